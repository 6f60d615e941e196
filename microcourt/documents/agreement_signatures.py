"""The signature part of the 人民调解协议书 (人民调解法 art. 29): every party signs, seals or
puts a fingerprint, the mediator signs, the committee seals.

A party's block (name, signature line, fingerprint box, date) is one flowable, so a page
break never splits it; many claimants sign in a table whose rows never split and whose
header repeats on every page; the mediator's and the committee's blocks are kept together.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from microcourt.documents.agreement_parts import (
    COMPACT_FROM,
    cell_width,
    grid_style,
    role_cn,
    table_styles,
)
from microcourt.documents.signatures import DATE, TEXT, SignatureBlock, SignatureRow
from microcourt.documents.styles import TEXT_WIDTH, DocumentStyles
from microcourt.documents.text import paragraph
from microcourt.domain import CaseRole
from microcourt.services.agreements.dto import AgreementDetail, PartyParticulars

SEAL_SPACE = 45 * mm  # a committee seal is about 42 mm across
DATE_BLANKS = "年    月    日"  # a plain cell string: a Paragraph would collapse the spaces
ROW_HEIGHT = {False: 15 * mm, True: 20 * mm}  # room to sign and press a thumb


def signature_section(detail: AgreementDetail, committee: str,
                      styles: DocumentStyles) -> list[Flowable]:
    story: list[Flowable] = []
    gap = Spacer(1, styles.sizes.body * 0.8)
    for role in (CaseRole.APPLICANT, CaseRole.RESPONDENT, CaseRole.THIRD_PARTY):
        group = [p for p in detail.parties if p.role == role]
        if len(group) >= COMPACT_FROM:
            story += signature_table(group, role, styles)
            story.append(gap)
            continue
        for party in group:
            story += [party_block(party, styles), gap]
    story += [mediator_block(name, styles) for name in _mediator_names(detail)]
    story += [gap, committee_block(committee, styles)]
    return story


def party_block(party: PartyParticulars, styles: DocumentStyles) -> Flowable:
    role = role_cn(party.role)
    if party.is_organization:
        rows = [SignatureRow(f"{role}（盖章）：", TEXT, party.name),
                SignatureRow("法定代表人或委托代理人签名："),
                SignatureRow("日期：", DATE)]
        return SignatureBlock(styles, rows)
    rows = [SignatureRow(f"{role}：", TEXT, party.name),
            SignatureRow("签名（按指印）："),
            SignatureRow("日期：", DATE)]
    return SignatureBlock(styles, rows, fingerprint=True)


def signature_table(group: list[PartyParticulars], role: CaseRole,
                    styles: DocumentStyles) -> list[Flowable]:
    """One row per party: 序号, name, a space to sign, a box for the fingerprint, the
    date. Rows never split; the header row repeats on every page."""
    left, centred, _ = table_styles(styles)
    seq_w = cell_width("序号", centred)
    name_w = cell_width("阿依古丽" if styles.large_print else "阿依古丽·买", left)
    date_w = cell_width("  " + DATE_BLANKS, left)
    print_w = ROW_HEIGHT[styles.large_print] + 2 * mm
    sign_w = TEXT_WIDTH - seq_w - name_w - date_w - print_w
    header = ["序号", "姓名", "签名", "按指印", "日期"]
    rows = [[paragraph(h, centred) for h in header]]
    rows += [[paragraph(str(i), centred), paragraph(p.name, left), "", "",
              DATE_BLANKS]
             for i, p in enumerate(group, start=1)]
    heights = [None] + [ROW_HEIGHT[styles.large_print]] * len(group)
    table = Table(rows, colWidths=[seq_w, name_w, sign_w, print_w, date_w],
                  rowHeights=heights, repeatRows=1, hAlign="LEFT", style=grid_style(extra=(
                      ("FONTSIZE", (4, 1), (4, -1), left.fontSize),
                      ("ALIGN", (4, 1), (4, -1), "RIGHT"))))
    title = paragraph(f"{role.cn}签名（按指印）：", styles.plain)
    # the caption goes to the next page with the table's first rows, never alone
    needed = styles.plain.leading * 2 + ROW_HEIGHT[styles.large_print] * 2
    return [CondPageBreak(needed), title, table]


def _mediator_names(detail: AgreementDetail) -> list[str]:
    return [m.name for m in detail.mediators] or [""]


def mediator_block(name: str, styles: DocumentStyles) -> Flowable:
    rows = ([SignatureRow("人民调解员：", TEXT, name)] if name else []) + [
        SignatureRow("人民调解员签名：" if not name else "签名："), SignatureRow("日期：", DATE)]
    return SignatureBlock(styles, rows)


def committee_block(committee: str, styles: DocumentStyles) -> Flowable:
    """The committee's name, room for its seal, and the date: kept on one page."""
    name = committee or "______________人民调解委员会"
    return KeepTogether([
        paragraph(f"{name}（印章）", styles.plain),
        Spacer(1, SEAL_SPACE),
        SignatureBlock(styles, [SignatureRow("日期：", DATE)]),
    ])
