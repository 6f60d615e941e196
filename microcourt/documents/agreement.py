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

from microcourt.documents.agreement_parts import particulars, payment_plan, total_line
from microcourt.documents.agreement_signatures import signature_section
from microcourt.documents.attestation import attestation_story
from microcourt.documents.builder import build_pdf, heading
from microcourt.documents.styles import DocumentStyles, document_styles
from microcourt.documents.text import paragraph
from microcourt.errors import UserError
from microcourt.services.agreements.dto import AgreementDetail
from microcourt.services.readings.dto import ReadingAttestation
from microcourt.services.settings.service import CourtProfileData
from microcourt.timeutil import format_date_cn

TITLE = "人民调解协议书"
CHINESE_NUMERALS = "一二三四五六七八九十"


def build_agreement_pdf(detail: AgreementDetail, out_path: str | os.PathLike,
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


def agreement_story(detail: AgreementDetail, profile: CourtProfileData,
                    styles: DocumentStyles,
                    attestations: tuple[ReadingAttestation, ...] = ()) -> list[Flowable]:
    """The flowables of the agreement, for callers that bind documents together (the
    judicial-confirmation packet); `attestations` of readings print above the
    signatures."""
    names = {p.party_id: p.name for p in detail.parties}
    story: list[Flowable] = [paragraph(TITLE, styles.title),
                             paragraph(_number_line(detail), styles.subtitle)]
    story += particulars(detail.parties, styles)
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
    story += signature_section(detail, profile.committee, styles)
    return story


def _number_line(detail: AgreementDetail) -> str:
    line = f"编号：{detail.case_number}"
    if detail.version > 1:
        line += f"（第{detail.version}版"
        if detail.superseded_version:
            line += f"，签署后取代第{detail.superseded_version}版"
        line += "）"
    return line


def _sections(detail: AgreementDetail, names: dict[int, str],
              styles: DocumentStyles) -> list[tuple[str, list[Flowable]]]:
    sections = [
        ("纠纷主要事实及争议事项", _prose([detail.facts, detail.items_in_dispute], styles)),
        ("各方责任", _prose([detail.responsibilities], styles)),
        ("经调解，各方当事人自愿达成如下协议", _clauses(detail, styles)),
    ]
    plan = payment_plan(detail.schedules, names, styles)
    if plan:
        sections.append(("分期付款计划", plan))
    sections.append(("履行方式、地点和期限", _performance(detail, styles)))
    if detail.breach_terms.strip():
        sections.append(("违约责任", _prose([detail.breach_terms], styles)))
    return sections


def _prose(texts: list[str], styles: DocumentStyles) -> list[Flowable]:
    paragraphs = [paragraph(line, styles.body)
                  for text in texts for line in text.split("\n") if line.strip()]
    return paragraphs or [paragraph("（无）", styles.body)]


def _clauses(detail: AgreementDetail, styles: DocumentStyles) -> list[Flowable]:
    story = [paragraph(f"{n}. {text}", styles.body)
             for n, text in enumerate(detail.clauses, start=1)]
    if detail.total_fen and not detail.schedules:
        story.append(paragraph(total_line(detail.total_fen, "协议金额合计"), styles.body))
    return story or [paragraph("（无）", styles.body)]


def _performance(detail: AgreementDetail, styles: DocumentStyles) -> list[Flowable]:
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
