"""强制执行申请书: the application to enforce a judicially confirmed mediation agreement
(民事诉讼法 2023 art. 206), one per ruling: a per-claimant confirmation is its own ruling,
so each worker applies on their own ruling (the filings service makes one
EnforcementApplication per ruling and decides what each claims).

Contents: 申请执行人 with full particulars and their agents' enforcement-stage authority,
被执行人, the 执行依据 (the court's ruling: court, case number, date), 申请事项 (the sum
claimed, in figures and in uppercase: the installments due and unpaid, or with an
acceleration clause the whole remainder; the doubled interest for delay, art. 264; the
costs), 事实与理由 with each installment claimed in a table, the debtor's property and
property leads (最高法《关于民事执行中财产调查若干问题的规定》art. 1: the applicant
gives the leads it knows), the court addressed, signatures, the date, the attachments.
Each agent's enforcement-stage 授权委托书 is bound after the application, each document
with its own page numbers.
"""
from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from microcourt.documents.agreement_tables import total_line
from microcourt.documents.builder import build_pdf, heading, render_pdf, write_atomically
from microcourt.documents.filing_combine import combine, parse_pdf
from microcourt.documents.inputs.enforcement import DebtorLeads, EnforcementApplication
from microcourt.documents.parts.particulars import (
    ENFORCEMENT,
    applicant_lines,
    party_line,
    representative_line,
)
from microcourt.documents.parts.signatures import Signer, date_block, signer_blocks
from microcourt.documents.parts.tables import cell_styles, text_table
from microcourt.documents.power_of_attorney import TITLE as ATTORNEY_TITLE
from microcourt.documents.power_of_attorney import needs_power_of_attorney, power_of_attorney_story
from microcourt.documents.styles import DocumentStyles, document_styles
from microcourt.documents.text import paragraph
from microcourt.domain import CaseCategory
from microcourt.timeutil import format_date_cn
from microcourt.validation.money import format_amount, to_chinese_upper

TITLE = "强制执行申请书"
ATTACHMENTS = ("民事裁定书（确认人民调解协议效力）副本", "人民调解协议书", "申请执行人身份证明",
               "委托代理人的执行阶段授权委托书（如有）", "付款记录及催告情况",
               "被执行人财产线索的相关材料（如有）")
LEAD_ROWS_BLANK = 2  # lines left to write on for a kind of property nobody recorded yet


def write_enforcement_pdf(applications: Sequence[EnforcementApplication], out_path: Path,
                          large_print: bool = False) -> Path:
    """Each application, followed by its agents' powers of attorney, bound into one PDF
    (each document numbered on its own), written atomically."""
    styles = document_styles(large_print)
    documents = [(f"{TITLE}（{app.ruling.label}）", enforcement_story(app, styles))
                 for app in applications]
    for app in applications:
        for creditor in app.creditors:
            for agent in filter(needs_power_of_attorney, creditor.agents):
                documents.append((f"{ATTORNEY_TITLE}（执行阶段，{agent.name}）",
                                  power_of_attorney_story(creditor, agent, _matter(app), styles,
                                                          ENFORCEMENT)))
    case = applications[0].case_number
    if len(documents) == 1:
        return build_pdf(out_path, documents[0][1], styles=styles,
                         title=f"{TITLE}（{case}）", subject=TITLE)
    parsed = []
    for title, story in documents:
        buffer = io.BytesIO()
        render_pdf(buffer, story, title=title, styles=styles, subject=TITLE)
        parsed.append((title, parse_pdf(buffer.getvalue())))
    data = combine(parsed, f"{TITLE}（{case}）")
    return write_atomically(out_path, lambda temp: temp.write_bytes(data))


def _matter(app: EnforcementApplication) -> str:
    ruling = app.ruling
    return f"申请执行{ruling.court}{ruling.court_case_number}民事裁定书一案"


def enforcement_story(app: EnforcementApplication, styles: DocumentStyles) -> list[Flowable]:
    story: list[Flowable] = [paragraph(TITLE, styles.title)]
    for creditor in app.creditors:
        story += [paragraph(line, styles.plain)
                  for line in applicant_lines(creditor, "申请执行人", ENFORCEMENT)]
    for debtor in app.debtors:  # the debtor's own agents have no place here
        story.append(paragraph(party_line(debtor.party, "被执行人"), styles.plain))
        representative = representative_line(debtor.party)
        if representative:
            story.append(paragraph(representative, styles.plain))
    story += heading("执行依据", styles)
    story.append(paragraph(_basis(app), styles.body))
    story += heading("申请事项", styles)
    story += [paragraph(line, styles.body) for line in _requests(app)]
    story += heading("事实与理由", styles)
    story += [paragraph(line, styles.body) for line in _facts(app)]
    story.append(_installment_table(app, styles))
    story.append(paragraph(total_line(app.claimed_fen, "以上申请执行款项合计"), styles.body))
    story.append(paragraph(
        "为维护申请执行人的合法权益，依照《中华人民共和国民事诉讼法》第二百零六条的规定，"
        "特向贵院申请强制执行。", styles.body))
    story += _property_section(app, styles)
    story += [Spacer(1, styles.sizes.body * 0.5), paragraph("此致", styles.plain),
              paragraph(app.court, styles.plain), Spacer(1, styles.sizes.body)]
    signers = [Signer("申请执行人", c.name, c.is_organization) for c in app.creditors]
    story += [*signer_blocks(signers, styles, "申请执行人签名（按指印）："),
              Spacer(1, styles.sizes.body * 0.6), date_block("申请日期：", styles)]
    lines = [f"{n}. {item}" for n, item in enumerate(ATTACHMENTS, start=1)]
    story.append(KeepTogether([paragraph("附：", styles.heading),
                               *[paragraph(line, styles.plain) for line in lines]]))
    return story


def _basis(app: EnforcementApplication) -> str:
    ruling = app.ruling
    whose = "" if ruling.claimant_id is None else f"（申请人{ruling.label}）"
    # the number carries its own brackets: （2024）浙0185民特123号
    return (f"{ruling.court}{ruling.court_case_number}民事裁定书{whose}，"
            f"于{format_date_cn(ruling.ruling_on)}裁定确认{app.committee}"
            f"主持达成、于{format_date_cn(app.agreement_effective_on)}生效的人民调解协议"
            f"（调解编号：{app.case_number}）有效。该裁定已发生法律效力。")


def _requests(app: EnforcementApplication) -> list[str]:
    debtors = "、".join(d.name for d in app.debtors) or "被执行人"
    owed = app.claimed_fen
    due = sum(i.outstanding_fen for i in app.overdue)
    what = "已到期未付款项"
    if app.accelerated:
        early = owed - due
        what = (f"已到期未付款项人民币{format_amount(due)}元及依协议约定视为全部到期的剩余"
                f"未付款项人民币{format_amount(early)}元，共计")
    return [f"一、请求强制执行被执行人{debtors}向申请执行人支付{what}人民币"
            f"{format_amount(owed)}元（大写：{to_chinese_upper(owed)}）；",
            "二、请求被执行人依法加倍支付迟延履行期间的债务利息"
            "（《中华人民共和国民事诉讼法》第二百六十四条）；",
            "三、本案执行费用由被执行人负担。"]


def _facts(app: EnforcementApplication) -> list[str]:
    creditors = app.creditors
    names = (f"{creditors[0].name}等{len(creditors)}人" if len(creditors) > 3
             else "、".join(c.name for c in creditors))
    debtors = "、".join(d.name for d in app.debtors)
    try:
        category = CaseCategory(app.category).cn
    except ValueError:
        category = "纠纷"
    how, unit = ("一次性", "笔") if app.single_payment else ("分期", "期")
    lines = [f"申请执行人{names}与被执行人{debtors}因{category}，经{app.committee}主持调解，"
             f"于{format_date_cn(app.agreement_effective_on)}达成人民调解协议，约定由被执行人"
             f"{how}支付款项。{app.court}于"
             f"{format_date_cn(app.ruling.ruling_on)}裁定确认该调解协议有效。",
             f"裁定生效后，被执行人未按协议约定履行。截至{format_date_cn(app.today)}，"
             f"下列{len(app.overdue)}{unit}款项已到期而未付清。"]
    if app.accelerated:
        lines.append(f"协议约定：“{app.acceleration_clause}”被执行人既已逾期未付，其余"
                     f"{len(app.accelerated)}{unit}未到期款项依约视为全部到期，一并申请执行。")
    return lines


def _installment_table(app: EnforcementApplication, styles: DocumentStyles) -> Table:
    left, centred, right = cell_styles(styles)
    rows = [["申请执行人", "期数", "约定付款日", "应付（元）", "已付（元）", "未付（元）", "状态"]]
    early = {i.id for i in app.accelerated}
    for item in app.claimed:
        rows.append([item.payee_name, "一次性" if app.single_payment else f"第{item.seq}期",
                     format_date_cn(item.due_on),
                     format_amount(item.amount_fen), format_amount(item.paid_fen),
                     format_amount(item.outstanding_fen),
                     "提前到期" if item.id in early else "已逾期"])
    return text_table(rows, [left, centred, centred, right, right, right, centred],
                      flexible={0}, header_style=centred, floors={0: "阿依古丽"})


def _property_section(app: EnforcementApplication, styles: DocumentStyles) -> list[Flowable]:
    """Per debtor, each kind of property with the leads recorded, or lines to write on."""
    story = heading("被执行人财产情况及财产线索", styles)
    story.append(paragraph("申请执行人已知的被执行人财产及财产线索如下（未知的可不填，"
                           "执行中发现新线索的，应及时告知人民法院）：", styles.body))
    leads_of = {d.debtor: d for d in app.leads}
    for debtor in app.debtors:
        story.append(paragraph(f"被执行人：{debtor.name}", styles.plain))
        story.append(_leads_table(leads_of.get(debtor.name, DebtorLeads(debtor.name, ())),
                                  app.property_kinds, styles))
        story.append(Spacer(1, styles.sizes.body * 0.5))
    return story


def _leads_table(leads: DebtorLeads, kinds: tuple[tuple[str, str], ...],
                 styles: DocumentStyles) -> Table:
    left, centred, _ = cell_styles(styles)
    rows = [["财产类型", "财产情况或线索（开户行及账号、车牌号、不动产坐落、工资发放单位等）"]]
    for kind, kind_cn in kinds:
        recorded = [lead.detail for lead in leads.leads if lead.kind == kind]
        rows.append([kind_cn, "\n".join(recorded) if recorded else "\n" * LEAD_ROWS_BLANK])
    return text_table(rows, [left, left], flexible={1}, header_style=centred)
