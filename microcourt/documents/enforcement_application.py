"""强制执行申请书: the application to enforce a judicially confirmed mediation agreement
whose installments are overdue (民事诉讼法 2023 art. 206; services.enforcement reads
and checks what it is made from).

Contents: 申请执行人 and 被执行人 with full particulars (it goes to the court), the
执行依据 (the court's ruling: court, case number, date), 申请事项 (the amount due and
unpaid, in figures and in uppercase, plus the statutory extra interest for delay and
the costs), 事实与理由 with each overdue installment in a table, the court addressed,
a signature and fingerprint per applicant, the date, and the attachments.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from microcourt.documents.agreement_parts import grid_style, table_styles, total_line
from microcourt.documents.agreement_signatures import signature_table
from microcourt.documents.builder import build_pdf, heading
from microcourt.documents.particulars import applicant_block, applicant_line, representative_line
from microcourt.documents.signatures import DATE, LINE, TEXT, SignatureBlock, SignatureRow
from microcourt.documents.styles import TEXT_WIDTH, DocumentStyles, document_styles
from microcourt.documents.text import paragraph
from microcourt.domain import CaseCategory, CaseRole
from microcourt.services.filings.enforcement import EnforcementSource
from microcourt.timeutil import format_date_cn
from microcourt.validation.money import format_amount, to_chinese_upper

TITLE = "强制执行申请书"
COMPACT_FROM = 6  # from this many applicants, one signature table instead of blocks
ATTACHMENTS = ("民事裁定书（确认人民调解协议效力）副本", "人民调解协议书", "申请执行人身份证明",
               "委托代理人的授权委托书（如有）", "付款记录及催告情况")


def write_enforcement_pdf(found: EnforcementSource, out_path: Path,
                          large_print: bool = False) -> Path:
    styles = document_styles(large_print)
    return build_pdf(out_path, enforcement_story(found, styles), styles=styles,
                     title=f"{TITLE}（{found.case_number}）", subject=TITLE)


def enforcement_story(found: EnforcementSource, styles: DocumentStyles) -> list[Flowable]:
    story: list[Flowable] = [paragraph(TITLE, styles.title)]
    for creditor in found.creditors:
        story += [paragraph(line, styles.plain) for line in applicant_block(creditor, "申请执行人")]
    for debtor in found.debtors:  # the debtor's own agents have no place here
        story.append(paragraph(applicant_line(debtor, "被执行人"), styles.plain))
        representative = representative_line(debtor)
        if representative:
            story.append(paragraph(representative, styles.plain))
    story += heading("执行依据", styles)
    story += [paragraph(_basis(found, ruling), styles.body) for ruling in found.rulings]
    story += heading("申请事项", styles)
    story += [paragraph(line, styles.body) for line in _requests(found)]
    story += heading("事实与理由", styles)
    story += [paragraph(line, styles.body) for line in _facts(found)]
    story.append(_installment_table(found, styles))
    story.append(paragraph(total_line(found.outstanding_fen, "以上逾期未付款项合计"), styles.body))
    story.append(paragraph(
        "为维护申请执行人的合法权益，依照《中华人民共和国民事诉讼法》第二百零六条的规定，"
        "特向贵院申请强制执行。", styles.body))
    story += [Spacer(1, styles.sizes.body * 0.5), paragraph("此致", styles.plain),
              paragraph(found.court, styles.plain), Spacer(1, styles.sizes.body)]
    story += _signatures(found, styles)
    lines = [f"{n}. {item}" for n, item in enumerate(ATTACHMENTS, start=1)]
    story.append(KeepTogether([paragraph("附：", styles.heading),
                               *[paragraph(line, styles.plain) for line in lines]]))
    return story


def _basis(found: EnforcementSource, ruling) -> str:
    agreement = found.source.agreement
    whose = "" if ruling.label == "全体申请人" else f"（申请人{ruling.label}）"
    # the number carries its own brackets: （2024）浙0185民特123号
    return (f"{ruling.court}{ruling.court_case_number}民事裁定书{whose}，"
            f"于{format_date_cn(ruling.ruling_on)}裁定确认{found.source.profile.committee}"
            f"主持达成、于{format_date_cn(agreement.effective_on)}生效的人民调解协议"
            f"（编号：{found.case_number}）有效。该裁定已发生法律效力。")


def _requests(found: EnforcementSource) -> list[str]:
    debtors = "、".join(d.name for d in found.debtors) or "被执行人"
    owed = found.outstanding_fen
    return [f"一、请求强制执行被执行人{debtors}向申请执行人支付已到期未付款项人民币"
            f"{format_amount(owed)}元（大写：{to_chinese_upper(owed)}）；",
            "二、请求被执行人依法加倍支付迟延履行期间的债务利息；",
            "三、本案执行费用由被执行人负担。"]


def _facts(found: EnforcementSource) -> list[str]:
    agreement = found.source.agreement
    creditors = found.creditors
    names = (f"{creditors[0].name}等{len(creditors)}人" if len(creditors) > 3
             else "、".join(c.name for c in creditors))
    debtors = "、".join(d.name for d in found.debtors)
    try:
        category = CaseCategory(found.source.category).cn
    except ValueError:
        category = "纠纷"
    first_ruling = min((r.ruling_on for r in found.rulings if r.ruling_on), default=None)
    return [f"申请执行人{names}与被执行人{debtors}因{category}，经"
            f"{found.source.profile.committee}主持调解，于{format_date_cn(agreement.effective_on)}"
            f"达成人民调解协议，约定由被执行人分期支付款项。{found.court}于"
            f"{format_date_cn(first_ruling)}裁定确认该调解协议有效。",
            f"裁定生效后，被执行人未按协议约定履行。截至{format_date_cn(found.today)}，"
            f"下列{len(found.overdue)}期款项已到期而未付清："]


def _installment_table(found: EnforcementSource, styles: DocumentStyles) -> Table:
    left, centred, right = table_styles(styles)
    header = ["申请执行人", "期数", "到期日", "应付（元）", "已付（元）", "未付（元）"]
    rows = [[paragraph(h, centred) for h in header]]
    for item in found.overdue:
        rows.append([paragraph(item.payee_name, left), paragraph(f"第{item.seq}期", centred),
                     paragraph(item.due_on.isoformat(), centred),
                     paragraph(format_amount(item.amount_fen), right),
                     paragraph(format_amount(item.paid_fen), right),
                     paragraph(format_amount(item.outstanding_fen), right)])
    shares = (0.24, 0.1, 0.16, 0.17, 0.16, 0.17)
    return Table(rows, colWidths=[TEXT_WIDTH * s for s in shares], style=grid_style(),
                 repeatRows=1, hAlign="LEFT")


def _signatures(found: EnforcementSource, styles: DocumentStyles) -> list[Flowable]:
    people = [c for c in found.creditors if not c.is_organization]
    story: list[Flowable] = []
    gap = Spacer(1, styles.sizes.body * 0.6)
    if len(people) >= COMPACT_FROM:
        story += signature_table([c.party for c in people], CaseRole.APPLICANT, styles)
        story.append(gap)
        people = []
    for creditor in found.creditors:
        if creditor.is_organization:
            story += [SignatureBlock(styles, [
                SignatureRow("申请执行人（盖章）：", TEXT, creditor.name),
                SignatureRow("法定代表人或委托代理人签名："), SignatureRow("日期：", DATE)]), gap]
        elif creditor in people:
            story += [SignatureBlock(styles, [
                SignatureRow("申请执行人：", TEXT, creditor.name),
                SignatureRow("签名（按指印）：", LINE), SignatureRow("日期：", DATE)],
                fingerprint=True), gap]
    story.append(SignatureBlock(styles, [SignatureRow("申请日期：", DATE)]))
    return story
