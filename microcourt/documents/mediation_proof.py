"""调解组织主持调解的证明: the committee's proof that it presided over the mediation.

民诉解释 354 (materials of an application: the agreement, proof that the mediation
organization presided, the parties' identity ...) and 最高法《关于人民调解协议司法确认
程序的若干规定》 art. 3. One per packet, naming the packet's applicants: when the
committee took the dispute up (or which court referred it, 委派/委托调解), who mediated,
and when and where the agreement was signed; it ends with the mediator's signature and
the committee's seal.
"""
from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from microcourt.documents.filing_application import category_cn, names_of
from microcourt.documents.inputs.filing import FilingCase, Packet
from microcourt.documents.parts.signatures import SealBlock, SignatureBlock, SignatureRow
from microcourt.documents.styles import DocumentStyles
from microcourt.documents.text import paragraph
from microcourt.domain import CaseRole
from microcourt.timeutil import format_date_cn

TITLE = "调解组织主持调解的证明"


def mediation_proof_story(source: FilingCase, packet: Packet,
                          styles: DocumentStyles) -> list[Flowable]:
    committee = source.profile.committee or "人民调解委员会"
    return [
        paragraph(TITLE, styles.title),
        paragraph(f"（人民调解协议编号：{source.case_number}）", styles.subtitle),
        paragraph(f"{source.court}：", styles.plain),
        *[paragraph(text, styles.body) for text in proof_lines(source, packet)],
        paragraph("特此证明。", styles.body),
        Spacer(1, styles.sizes.body),
        SignatureBlock(styles, [SignatureRow("主持调解的人民调解员（签名）：")]),
        Spacer(1, styles.sizes.body * 0.5),
        SealBlock(committee, styles),
    ]


def proof_lines(source: FilingCase, packet: Packet) -> list[str]:
    agreement = source.agreement
    committee = source.profile.committee or "本委员会"
    claimants = [a for a in packet.applicants if a.party.role == CaseRole.APPLICANT]
    others = [a for a in packet.applicants if a.party.role != CaseRole.APPLICANT]
    when = f"于{format_date_cn(source.received_on)}" if source.received_on else ""
    referral = source.referral
    if referral:
        came = (f"{when}经{referral.court}{referral.kind}（案号：{referral.case_number}）"
                f"至{committee}")
    else:
        came = f"{when}向{committee}申请调解"
    mediators = "、".join(m.name for m in agreement.mediators) or "人民调解员"
    place = f"在{agreement.signing_place}" if agreement.signing_place else ""
    return [
        f"兹证明：{names_of(claimants)}与{names_of(others)}之间的{category_cn(source.category)}"
        f"，{came}，{committee}依照《中华人民共和国人民调解法》受理后，指派人民调解员"
        f"{mediators}主持调解。",
        f"经调解，各方当事人自愿达成人民调解协议（编号：{source.case_number}），"
        + _signed_and_sealed(source, committee, place),
    ]


def _signed_and_sealed(source: FilingCase, committee: str, place: str) -> str:
    """When and how it took effect; a seal on a later day has its own date, so the
    proof agrees with the signatures on the scanned original."""
    signed = (f"于{format_date_cn(source.reached_on)}{place}经各方当事人签名（按指印）或盖章、"
              "人民调解员签名")
    if source.sealed_later:
        return f"{signed}，{format_date_cn(source.sealed_on)}加盖{committee}印章后生效。"
    return f"{signed}并加盖{committee}印章后生效。"
