"""司法确认申请书: the joint application to confirm a people's mediation agreement.

民事诉讼法 (2023) arts. 205-206 and 人民调解法 art. 33: the parties apply jointly, within
30 days of the agreement taking effect; both sides are applicants. 最高法《关于人民调解
协议司法确认程序的若干规定》 and 民诉解释 351-358 give the contents printed here: every
applicant's particulars, agents and their authority, the request, the facts and reasons
(the dispute, the mediation, the agreed terms), the applicants' commitment that the
agreement is voluntary, not collusive and harms no one else, the court addressed, a
signature and fingerprint for each applicant, the date, and the attachments. A
court-referred dispute (委派/委托调解) is applied for at the referring court
(民事诉讼法 205(一)), and the application says so with the court's case number.
"""
from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from microcourt.documents.agreement_tables import total_line
from microcourt.documents.builder import heading
from microcourt.documents.inputs.agreement import ClaimantSchedule
from microcourt.documents.inputs.filing import FilingApplicant, FilingCase, Packet
from microcourt.documents.materials_checklist import materials
from microcourt.documents.parts.particulars import applicant_lines
from microcourt.documents.parts.signatures import Signer, date_block, signer_blocks
from microcourt.documents.styles import DocumentStyles
from microcourt.documents.text import paragraph
from microcourt.domain import CaseCategory, CaseRole
from microcourt.timeutil import format_date_cn
from microcourt.validation.money import format_amount

TITLE = "司法确认申请书"
COMMITMENTS = (
    "一、申请人出于解决纠纷的目的自愿达成上述调解协议，没有恶意串通、规避法律的行为；",
    "二、调解协议的内容不损害国家利益、社会公共利益和他人的合法权益；",
    "三、申请人提交的材料真实、合法；如果因为该协议内容而给他人造成损害的，愿意承担相应的"
    "民事责任和其他法律责任。",
)


def application_story(source: FilingCase, packet: Packet,
                      styles: DocumentStyles) -> list[Flowable]:
    agreement = source.agreement
    committee = source.profile.committee
    story: list[Flowable] = [paragraph(TITLE, styles.title),
                             paragraph(f"（人民调解协议编号：{source.case_number}）",
                                       styles.subtitle)]
    for applicant in packet.applicants:
        story += [paragraph(line, styles.plain) for line in applicant_lines(applicant)]
    story += heading("请求事项", styles)
    story.append(paragraph(
        f"请求确认申请人于{format_date_cn(source.reached_on)}在{committee}主持下达成的"
        f"人民调解协议（编号：{source.case_number}）有效。", styles.body))
    story += heading("事实和理由", styles)
    story += [paragraph(text, styles.body) for text in _facts(source, packet)]
    story += [paragraph(f"{n}. {clause}", styles.body)
              for n, clause in enumerate(agreement.clauses, start=1)]
    if packet.schedule is not None:
        story += [paragraph(line, styles.body) for line in schedule_lines(packet.schedule)]
    story.append(paragraph(
        "上述协议已经各方当事人签名（按指印）或盖章、人民调解员签名并加盖人民调解委员会印章，"
        f"现已生效。为此，依照{_legal_basis(source)}的规定，申请人共同向贵院申请司法确认。",
        styles.body))
    story += heading("申请人承诺", styles)
    story += [paragraph(line, styles.body) for line in COMMITMENTS]
    story += [Spacer(1, styles.sizes.body * 0.5), paragraph("此致", styles.plain),
              paragraph(source.court, styles.plain), Spacer(1, styles.sizes.body)]
    story += signatures(packet.applicants, styles)
    story += _attachments(source, packet, styles)
    return story


def _facts(source: FilingCase, packet: Packet) -> list[str]:
    agreement = source.agreement
    claimants = [a for a in packet.applicants if a.party.role == CaseRole.APPLICANT]
    others = [a for a in packet.applicants if a.party.role != CaseRole.APPLICANT]
    texts = [f"{names_of(claimants)}与{names_of(others)}因{category_cn(source.category)}，"
             + _how_it_came(source)]
    texts += [line for text in (agreement.facts, agreement.items_in_dispute)
              for line in text.split("\n") if line.strip()]
    mediators = "、".join(m.name for m in agreement.mediators)
    by = f"（人民调解员：{mediators}）" if mediators else ""
    place = f"在{agreement.signing_place}" if agreement.signing_place else ""
    sealed = (f"，{source.profile.committee}于{format_date_cn(source.sealed_on)}加盖印章，"
              "协议自该日起生效" if source.sealed_later else "")
    texts.append(f"经{source.profile.committee}主持调解{by}，各方当事人自愿达成调解协议，"
                 f"于{format_date_cn(source.reached_on)}{place}签署{sealed}，协议主要内容如下：")
    return texts


def _how_it_came(source: FilingCase) -> str:
    committee, referral = source.profile.committee, source.referral
    if referral is None:
        return f"向{committee}申请调解。"
    return (f"经{referral.court}{referral.kind}（案号：{referral.case_number}），"
            f"由{committee}主持调解。")


def _legal_basis(source: FilingCase) -> str:
    """205(一): a mediation the court invited is applied for at that court."""
    article = "第二百零五条第一项" if source.referral else "第二百零五条"
    return (f"《中华人民共和国民事诉讼法》{article}、第二百零六条和"
            "《中华人民共和国人民调解法》第三十三条")


def names_of(group: list[FilingApplicant]) -> str:
    if len(group) > 3:
        return f"{group[0].name}等{len(group)}人"
    return "、".join(a.name for a in group) or "对方当事人"


def category_cn(category: str) -> str:
    try:
        return CaseCategory(category).cn
    except ValueError:
        return "纠纷"


def schedule_lines(schedule: ClaimantSchedule) -> list[str]:
    """This claimant's own part of the plan: who pays how much by when, and the total."""
    items = schedule.installments
    if not items:
        return []
    payer = items[0].payer_name or "被申请人"
    if len(items) == 1:
        return [f"其中，{payer}应于{format_date_cn(items[0].due_on)}前一次性支付申请人"
                f"{schedule.name}" + total_line(schedule.total_fen, prefix="")]
    lines = [f"其中，{payer}应支付申请人{schedule.name}的款项共{len(items)}期："]
    lines += [f"第{i.seq}期：{format_date_cn(i.due_on)}前支付人民币{format_amount(i.amount_fen)}元；"
              for i in items]
    lines.append(total_line(schedule.total_fen))
    return lines


def signatures(applicants: tuple[FilingApplicant, ...], styles: DocumentStyles) -> list[Flowable]:
    """Each applicant signs and presses a fingerprint (an organization seals); many
    people sign in a table whose rows never split."""
    signers = [Signer("申请人", a.name, a.is_organization) for a in applicants]
    return [*signer_blocks(signers, styles, "申请人签名（按指印）："),
            Spacer(1, styles.sizes.body * 0.6), date_block("申请日期：", styles)]


def _attachments(source: FilingCase, packet: Packet, styles: DocumentStyles) -> list[Flowable]:
    lines = [f"{n}. {item.name}{item.copies}" for n, item in
             enumerate(materials(source, packet), start=1)]
    return [KeepTogether([paragraph("附：", styles.heading),
                          *[paragraph(line, styles.plain) for line in lines]])]
