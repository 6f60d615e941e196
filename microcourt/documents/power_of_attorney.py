"""授权委托书: one for each agent acting for an applicant in the confirmation procedure.

民事诉讼法 (2023) art. 61: who may be entrusted (a close relative, a lawyer, a citizen
recommended by the community, an employee of the organization); art. 62: the power of
attorney names the matters and the authority, and admitting, waiving or changing claims
or settling needs special authority spelled out in it. A guardian is a legal
representative (法定代理人), not an agent by contract: proof of guardianship goes in the
packet instead (materials_checklist), so no power of attorney is printed for one.
"""
from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from microcourt.documents.builder import heading
from microcourt.documents.particulars import (
    agent_kind_cn,
    applicant_line,
    authority_text,
    form_table,
    id_label,
    person_bits,
    representative_line,
)
from microcourt.documents.signatures import DATE, LINE, TEXT, SignatureBlock, SignatureRow
from microcourt.documents.styles import DocumentStyles
from microcourt.documents.text import paragraph
from microcourt.domain import AgentKind
from microcourt.services.filings.dto import FilingAgent, FilingApplicant, FilingSource

TITLE = "授权委托书"
TERM = "自本委托书签署之日起，至本司法确认案件程序终结（含裁定书送达）时止。"


def needs_power_of_attorney(agent: FilingAgent) -> bool:
    return agent.particulars.kind != AgentKind.GUARDIAN


def agent_rows(agent: FilingAgent, principal: FilingApplicant) -> list[tuple[str, str]]:
    facts = agent.particulars
    rows = [("受托人", facts.name), ("性别", "，".join(person_bits(facts.gender, None, None))),
            ("代理人类别", agent_kind_cn(agent))]
    if facts.kind == AgentKind.LAWYER and agent.licence_number:
        rows.append(("律师执业证号", agent.licence_number))
    rows.append((id_label(agent.id_type), facts.id_number))
    rows.append(("工作单位", facts.work_unit or ""))
    whose = "该单位" if principal.is_organization else "委托人"
    rows.append((f"与{whose}关系", facts.relation or ""))
    rows.append(("住址", agent.address or ""))
    rows.append(("联系电话", facts.phone or ""))
    return rows


def power_of_attorney_story(source: FilingSource, principal: FilingApplicant,
                            agent: FilingAgent, styles: DocumentStyles) -> list[Flowable]:
    """The agent acts in every application of the case (the company's one agent in all
    77 per-worker packets), so the other side is named as in the agreement."""
    side = principal.party.role
    others = [a.name for a in source.applicants if a.party.role != side]
    with_whom = "、".join(others[:3]) + (f"等{len(others)}人" if len(others) > 3 else "")
    me = "本单位" if principal.is_organization else "本人"
    story: list[Flowable] = [paragraph(TITLE, styles.title),
                             paragraph(applicant_line(principal, "委托人"), styles.plain)]
    representative = representative_line(principal)
    if representative:
        story.append(paragraph(representative, styles.plain))
    story += [Spacer(1, styles.sizes.body * 0.3), form_table(agent_rows(agent, principal), styles)]
    story += heading("委托事项", styles)
    story.append(paragraph(
        f"现委托上列受托人在{me}与{with_whom}共同申请确认人民调解协议（编号："
        f"{source.case_number}）效力一案中，作为{me}的委托代理人。", styles.body))
    story += heading("代理权限", styles)
    story.append(paragraph(authority_text(agent), styles.body))
    story += heading("代理期限", styles)
    story.append(paragraph(TERM, styles.body))
    story += [Spacer(1, styles.sizes.body), _principal_signature(principal, styles),
              Spacer(1, styles.sizes.body * 0.5),
              SignatureBlock(styles, [SignatureRow("受托人签名：", LINE),
                                      SignatureRow("日期：", DATE)])]
    return story


def _principal_signature(principal: FilingApplicant, styles: DocumentStyles) -> Flowable:
    if principal.is_organization:
        return SignatureBlock(styles, [SignatureRow("委托人（盖章）：", TEXT, principal.name),
                                       SignatureRow("法定代表人签名："),
                                       SignatureRow("日期：", DATE)])
    return SignatureBlock(styles, [SignatureRow("委托人：", TEXT, principal.name),
                                   SignatureRow("签名（按指印）："),
                                   SignatureRow("日期：", DATE)], fingerprint=True)
