"""人民调解协议书: the mediation agreement as printed for signing, A4 PDF.

Contents follow 人民调解法 art. 29: the parties' particulars; the main facts, the items
in dispute and each party's responsibility; the agreed terms; the way, place and
deadline of performance; signatures (and fingerprints) of every party, the mediator's
signature and the committee's seal; one copy for each party and one kept. The agreement
takes effect on the last signature, which the copy note says in the usual words.
"""
from __future__ import annotations

import os
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from microcourt.documents.agreement_tables import party_table, payment_plan, total_line
from microcourt.documents.attestation import attestation_story
from microcourt.documents.builder import build_pdf, heading
from microcourt.documents.inputs.agreement import AgreementText, plan_title
from microcourt.documents.inputs.court import CourtProfileData
from microcourt.documents.inputs.parties import PartyParticulars
from microcourt.documents.inputs.reading import ReadingAttestation
from microcourt.documents.parts.particulars import MEDIATION, party_lines
from microcourt.documents.parts.signatures import (
    COMPACT_FROM,
    DATE,
    TEXT,
    SealBlock,
    SignatureBlock,
    SignatureRow,
    Signer,
    signer_blocks,
)
from microcourt.documents.styles import DocumentStyles, document_styles
from microcourt.documents.text import paragraph
from microcourt.domain import CaseRole
from microcourt.errors import UserError
from microcourt.timeutil import format_date_cn

TITLE = "人民调解协议书"
CHINESE_NUMERALS = "一二三四五六七八九十"


def build_agreement_pdf(detail: AgreementText, out_path: str | os.PathLike,
                        large_print: bool = False,
                        court_profile: CourtProfileData | None = None,
                        attestations: tuple[ReadingAttestation, ...] = ()) -> Path:
    """Write the agreement to `out_path` (atomically) and return the path. Large print
    sets the body in 18 pt (tables 16 pt) for elderly parties. A character no bundled
    font has raises MissingGlyphError naming it; nothing is written then."""
    if not detail.parties:
        raise UserError(f"案件{detail.case_number}还没有当事人，无法打印调解协议书。")
    styles = document_styles(large_print)
    story = agreement_story(detail, court_profile or CourtProfileData(), styles, attestations)
    return build_pdf(out_path, story, title=f"{TITLE}（{detail.case_number}）", styles=styles,
                     subject="人民调解法第二十九条")


def agreement_story(detail: AgreementText, profile: CourtProfileData, styles: DocumentStyles,
                    attestations: tuple[ReadingAttestation, ...] = ()) -> list[Flowable]:
    """The flowables of the agreement, for callers that bind documents together (the
    judicial-confirmation packet); `attestations` of readings print after the copies
    note, right above the signatures, where each signer reads them before signing."""
    names = {p.party_id: p.name for p in detail.parties}
    story: list[Flowable] = [paragraph(TITLE, styles.title),
                             paragraph(_number_line(detail), styles.subtitle)]
    story += _particulars(detail.parties, styles)
    if detail.mediators:
        story.append(paragraph("人民调解员：" + "、".join(m.name for m in detail.mediators),
                               styles.plain))
    sections = _sections(detail, names, styles)
    for index, (title, body) in enumerate(sections):
        story += heading(f"{CHINESE_NUMERALS[index]}、{title}", styles)
        story += body
    story += [Spacer(1, styles.sizes.body * 0.5),
              paragraph(_copies_note(detail.copies), styles.body)]
    story += attestation_story(attestations, styles)
    story.append(Spacer(1, styles.sizes.body))
    story += _signatures(detail, profile.committee, styles)
    return story


ROLES = (CaseRole.APPLICANT, CaseRole.RESPONDENT, CaseRole.THIRD_PARTY)


def _particulars(parties: tuple[PartyParticulars, ...], styles: DocumentStyles) -> list[Flowable]:
    """The parties by role (申请人, 被申请人, 第三人), each role as paragraphs or, from
    COMPACT_FROM parties, as one table."""
    story: list[Flowable] = []
    for role in ROLES:
        group = [p for p in parties if p.role == role]
        if len(group) >= COMPACT_FROM:
            story.append(paragraph(f"{role.cn}：{group[0].name}等{len(group)}人，"
                                   "基本情况如下表：", styles.plain))
            story += [party_table(group, styles), Spacer(1, styles.sizes.body * 0.5)]
            continue
        for party in group:
            story += [paragraph(line, styles.plain) for line in party_lines(party, None, MEDIATION)]
    return story


def _signatures(detail: AgreementText, committee: str, styles: DocumentStyles) -> list[Flowable]:
    """Every party signs, seals or puts a fingerprint; the mediator signs; the committee
    seals (人民调解法 art. 29). The builder keeps the seal with the last signatures."""
    story: list[Flowable] = []
    gap = styles.sizes.body * 0.8
    for role in ROLES:
        group = [p for p in detail.parties if p.role == role]
        if not group:
            continue
        story += signer_blocks([Signer(role.cn, p.name, p.is_organization) for p in group],
                               styles, f"{role.cn}签名（按指印）：")
        story.append(Spacer(1, gap))
    story += [_mediator_block(name, styles) for name in _mediator_names(detail)]
    story += [Spacer(1, gap), SealBlock(committee or "______________人民调解委员会", styles)]
    return story


def _mediator_names(detail: AgreementText) -> list[str]:
    return [m.name for m in detail.mediators] or [""]


def _mediator_block(name: str, styles: DocumentStyles) -> SignatureBlock:
    rows = ([SignatureRow("人民调解员：", TEXT, name)] if name else []) + [
        SignatureRow("人民调解员签名：" if not name else "签名："), SignatureRow("日期：", DATE)]
    return SignatureBlock(styles, rows)


def _number_line(detail: AgreementText) -> str:
    line = f"编号：{detail.case_number}"
    if detail.version > 1:
        line += f"（第{detail.version}版"
        if detail.superseded_version:
            line += f"，签署后取代第{detail.superseded_version}版"
        line += "）"
    return line


def _sections(detail: AgreementText, names: dict[int, str],
              styles: DocumentStyles) -> list[tuple[str, list[Flowable]]]:
    sections = [
        ("纠纷主要事实及争议事项", _prose([detail.facts, detail.items_in_dispute], styles)),
        ("各方责任", _prose([detail.responsibilities], styles)),
        ("经调解，各方当事人自愿达成如下协议", _clauses(detail, styles)),
    ]
    plan = payment_plan(detail.schedules, names, styles)
    if plan:
        sections.append((plan_title(detail.schedules), plan))
    sections.append(("履行方式、地点和期限", _performance(detail, styles)))
    if detail.breach_terms.strip():
        sections.append(("违约责任", _prose([detail.breach_terms], styles)))
    return sections


def _prose(texts: list[str], styles: DocumentStyles) -> list[Flowable]:
    paragraphs = [paragraph(line, styles.body)
                  for text in texts for line in text.split("\n") if line.strip()]
    return paragraphs or [paragraph("（无）", styles.body)]


def _clauses(detail: AgreementText, styles: DocumentStyles) -> list[Flowable]:
    story = [paragraph(f"{n}. {text}", styles.body)
             for n, text in enumerate(detail.clauses, start=1)]
    if detail.total_fen and not detail.schedules:
        story.append(paragraph(total_line(detail.total_fen, "协议金额合计"), styles.body))
    return story or [paragraph("（无）", styles.body)]


def _performance(detail: AgreementText, styles: DocumentStyles) -> list[Flowable]:
    lines = []
    if detail.performance_way.strip():
        lines.append(f"履行方式：{detail.performance_way}")
    if detail.performance_place.strip():
        lines.append(f"履行地点：{detail.performance_place}")
    if detail.performance_deadline:
        lines.append(f"履行期限：{format_date_cn(detail.performance_deadline)}前履行完毕")
    if not lines:
        lines.append("按照上述协议内容履行。")
    return [paragraph(line, styles.body) for line in lines]


def _copies_note(copies: int) -> str:
    return (f"本协议一式{copies}份，当事人各执一份，人民调解委员会留存一份，自各方当事人签名"
            "（盖章或按指印）、人民调解员签名并加盖人民调解委员会印章之日起生效。")
