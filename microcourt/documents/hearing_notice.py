"""视频调解 / 在线庭审 / 现场调解通知书: one large-print notice per participant.

Written for a villager of 50 to 80 reading alone or having it read aloud: when (the
date with its weekday and 上午/下午), where to come or how to join from home (the
platform's name and the link or meeting number), what to bring, and whom to ring.
Every user string goes through text.paragraph (escaping and per-character font fallback),
so names such as 王𠮷 print and copy back exactly.

Issued by the one who sends it: a mediation session (视频调解, 现场调解) is the people's
mediation committee's (人民调解法 arts. 17, 22: the committee conducts the mediation),
so the notice carries the committee's name and seal line and the village number as
调解编号; only an online hearing (在线庭审), where the court itself summons, is issued
in the court's name, with the court's 案号 when the court gave one.
"""
from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from microcourt.documents.builder import build_pdf
from microcourt.documents.fonts import SERIF
from microcourt.documents.inputs.court import CourtProfileData
from microcourt.documents.inputs.hearing import HearingNotice, NoticeRecipient
from microcourt.documents.parts.signatures import SealBlock
from microcourt.documents.styles import TEXT_WIDTH, DocumentStyles, document_styles
from microcourt.documents.text import paragraph
from microcourt.domain import HearingKind, JoinLocation
from microcourt.timeutil import format_date_cn
from microcourt.validation.text import clean

BLANK = "__________"
ARRIVE_EARLY_MINUTES = 15
CELL_PADDING = 6


def build_hearing_notices(out_path: str | os.PathLike, hearing: HearingNotice,
                          profile: CourtProfileData | None, large_print: bool = True) -> Path:
    """Write one notice per recipient (each starting on a new page) to `out_path`."""
    styles = document_styles(large_print)
    profile = profile or CourtProfileData()
    story: list = []
    for index, person in enumerate(hearing.recipients):
        if index:
            story.append(PageBreak())
        story += notice_story(hearing, person, profile, styles)
    people = hearing.recipients
    names = "、".join(p.name for p in people[:3]) + ("等" if len(people) > 3 else "")
    return build_pdf(out_path, story, title=f"{title_of(hearing)}（{names}）", styles=styles,
                     subject=hearing.mediation_number)


def title_of(hearing: HearingNotice) -> str:
    return f"{hearing.kind_cn}通知书"


def court_summons(hearing: HearingNotice) -> bool:
    """Whether the court itself summons (its online hearing), so the court issues it."""
    return hearing.kind == HearingKind.ONLINE_HEARING.value


def issuer(hearing: HearingNotice, profile: CourtProfileData) -> str:
    if court_summons(hearing):
        return clean(hearing.court) or clean(profile.court) or "人民法院"
    return clean(profile.committee) or "本村（社区）人民调解委员会"


def numbers_line(hearing: HearingNotice) -> str:
    """（调解编号：上田微调〔2026〕第9号）, and the court's 案号 beside it when the court
    summons under a number of its own."""
    line = f"调解编号：{hearing.mediation_number}"
    if court_summons(hearing) and hearing.court_case_number:
        line = f"案号：{hearing.court_case_number}　{line}"
    return f"（{line}）"


def notice_story(hearing: HearingNotice, person: NoticeRecipient, profile: CourtProfileData,
                 styles: DocumentStyles) -> list:
    """The flowables of one participant's notice: a greeting, then a table of when,
    where, what to bring and whom to ring, and the issuer's seal line (one page in
    large print)."""
    return [
        paragraph(title_of(hearing), styles.title),
        paragraph(numbers_line(hearing), styles.subtitle),
        paragraph(f"{person.name}（{person.role_cn}）：", styles.plain),
        paragraph(f"请您按时参加下面的{hearing.kind_cn}。", styles.body),
        _facts_table(hearing, person, profile, styles),
        Spacer(1, styles.sizes.body / 2),
        SealBlock(issuer(hearing, profile), styles, format_date_cn(hearing.issued_on),
                  align_right=True, space=0),
    ]


def _facts_table(hearing: HearingNotice, person: NoticeRecipient, profile: CourtProfileData,
                 styles: DocumentStyles) -> Table:
    label_width = styles.sizes.heading * 3 + 2 * CELL_PADDING
    rows = [[paragraph(label, styles.heading), [paragraph(line, styles.plain) for line in lines]]
            for label, lines in _facts(hearing, person, profile)]
    table = Table(rows, colWidths=[label_width, TEXT_WIDTH - label_width])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SERIF),  # else the page names an unembedded Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
    ]))
    return table


def _facts(hearing: HearingNotice, person: NoticeRecipient,
           profile: CourtProfileData) -> list[tuple[str, list[str]]]:
    return [
        ("时　间", [f"{hearing.time_text}。"
                   f"请提前{ARRIVE_EARLY_MINUTES}分钟到场或上线。"]),
        ("地　点", _where(hearing, person, profile)),
        ("请带好", _to_bring(hearing, person)),
        ("联络员", _contact(profile)),
    ]


def _joining(hearing: HearingNotice) -> list[str]:
    """The platform, then the link or meeting number on a line of its own."""
    link = clean(hearing.meeting_link)
    return [f"通过“{hearing.platform_cn or '视频平台'}”参加。",
            f"会议链接或会议号：{link}" if link else "会议链接或会议号由联络员另行告诉您。"]


def _where(hearing: HearingNotice, person: NoticeRecipient,
           profile: CourtProfileData) -> list[str]:
    room = clean(hearing.room) or clean(profile.room) or clean(profile.name) or "村微法庭调解室"
    address = clean(profile.address)
    in_room = f"请到{room}" + (f"（{address}）" if address else "") + "参加。"
    if hearing.kind == HearingKind.ONSITE_MEDIATION.value:
        return [in_room]
    if person.location == JoinLocation.VILLAGE_ROOM.value:
        return [in_room + "其他人通过视频连线参加，联络员帮您接通，您不用自己操作。"]
    place = "法院" if person.location == JoinLocation.COURT.value else person.location_cn
    first, link = _joining(hearing)
    lines = [f"请在{place}用手机或电脑{first}", link,
             "请找安静、光线好的地方，开始时要对着镜头出示身份证。"]
    if person.needs_help:
        lines.append("开始前联络员会给您打电话，帮您调试手机。")
    return lines


def _to_bring(hearing: HearingNotice, person: NoticeRecipient) -> list[str]:
    items = ["居民身份证原件"]
    if person.role in ("applicant", "respondent", "third_party", "agent"):
        items.append("证据材料（合同、借条、收据、照片等）原件和复印件")
    if person.role == "agent":
        items.append("授权委托书" + ("和律师执业证"
                                  if person.location == JoinLocation.LAW_OFFICE.value else ""))
    if person.location in (JoinLocation.HOME.value, JoinLocation.LAW_OFFICE.value) \
            and hearing.kind != HearingKind.ONSITE_MEDIATION.value:
        items.append("能上网、充好电的手机")
    return ["；".join(items) + "。"]


def _contact(profile: CourtProfileData) -> list[str]:
    liaison = clean(profile.liaison_name) or BLANK
    phone = clean(profile.liaison_phone) or BLANK
    return [f"{liaison}，电话：{phone}。不明白或不能按时参加，请提前打电话。"]
