"""授权委托书: one for each agent, for one stage of the matter.

民事诉讼法 (2023) art. 61: who may be entrusted (a close relative, a lawyer, a citizen
recommended by the community, an employee of the organization); art. 62: the power of
attorney names the matters and the authority, and admitting, waiving or changing claims
or settling needs special authority spelled out in it. A stage's power of attorney does
not cover the next (DESIGN 2): the judicial-confirmation packet holds the confirmation
stage's, the enforcement application its own (申请执行、提供财产线索，with special
authority 和解、领取执行款物). A guardian is a legal representative (法定代理人), not an
agent by contract: proof of guardianship goes in the packet instead
(materials_checklist), so no power of attorney is printed for one.
"""
from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from microcourt.documents.builder import heading
from microcourt.documents.inputs.filing import FilingAgent, FilingApplicant, FilingCase
from microcourt.documents.parts.particulars import (
    CONFIRMATION,
    ENFORCEMENT,
    agent_kind_cn,
    authority_text,
    id_label,
    party_line,
    person_bits,
    representative_line,
)
from microcourt.documents.parts.signatures import (
    SignatureBlock,
    SignatureRow,
    organization_block,
    person_block,
)
from microcourt.documents.parts.tables import form_table
from microcourt.documents.styles import DocumentStyles
from microcourt.documents.text import paragraph
from microcourt.domain import AgentKind

TITLE = "授权委托书"
TERMS = {
    CONFIRMATION: "自本委托书签署之日起，至本司法确认案件程序终结（含裁定书送达）时止。",
    ENFORCEMENT: "自本委托书签署之日起，至本执行案件执行完毕或者终结时止。",
}


def needs_power_of_attorney(agent: FilingAgent) -> bool:
    return agent.particulars.kind != AgentKind.GUARDIAN


def agent_rows(agent: FilingAgent, principal: FilingApplicant) -> list[tuple[str, str]]:
    facts = agent.particulars
    rows = [("受托人", facts.name), ("性别", "，".join(person_bits(facts.gender, None, None))),
            ("代理人类别", agent_kind_cn(facts))]
    if facts.kind == AgentKind.LAWYER and agent.licence_number:
        rows.append(("律师执业证号", agent.licence_number))
    rows.append((id_label(agent.id_type), facts.id_number))
    rows.append(("工作单位", facts.work_unit or ""))
    whose = "该单位" if principal.is_organization else "委托人"
    rows.append((f"与{whose}关系", facts.relation or ""))
    rows.append(("住址", agent.address or ""))
    rows.append(("联系电话", facts.phone or ""))
    return rows


def power_of_attorney_story(principal: FilingApplicant, agent: FilingAgent, matter: str,
                            styles: DocumentStyles, stage: str = CONFIRMATION) -> list[Flowable]:
    """The power of attorney `principal` gives `agent` for `matter` (the words after
    "作为…的委托代理人" names the case: 共同申请确认人民调解协议……一案 / 申请执行……一案)."""
    me = "本单位" if principal.is_organization else "本人"
    story: list[Flowable] = [paragraph(TITLE, styles.title),
                             paragraph(party_line(principal.party, "委托人"), styles.plain)]
    representative = representative_line(principal.party)
    if representative:
        story.append(paragraph(representative, styles.plain))
    story += [Spacer(1, styles.sizes.body * 0.3), form_table(agent_rows(agent, principal), styles)]
    story += heading("委托事项", styles)
    story.append(paragraph(f"现委托上列受托人在{me}{matter}中，作为{me}的委托代理人。",
                           styles.body))
    story += heading("代理权限", styles)
    story.append(paragraph(authority_text(agent.particulars, stage), styles.body))
    story += heading("代理期限", styles)
    story.append(paragraph(TERMS[stage], styles.body))
    principal_block = (organization_block("委托人", principal.name, styles, "法定代表人签名：")
                       if principal.is_organization
                       else person_block("委托人", principal.name, styles))
    story += [Spacer(1, styles.sizes.body), principal_block, Spacer(1, styles.sizes.body * 0.5),
              SignatureBlock(styles, [SignatureRow("受托人签名："), SignatureRow("日期：", "date")])]
    return story


def confirmation_matter(case: FilingCase, principal: FilingApplicant) -> str:
    """The agent acts in every application of the case (the company's one agent in all
    77 per-worker packets), so the other side is named as in the agreement."""
    side = principal.party.role
    others = [a.name for a in case.applicants if a.party.role != side]
    with_whom = "、".join(others[:3]) + (f"等{len(others)}人" if len(others) > 3 else "")
    return f"与{with_whom}共同申请确认人民调解协议（编号：{case.case_number}）效力一案"
