"""Hearings as an iCalendar file (RFC 5545), through the `icalendar` package.

One VEVENT per hearing: a UID stable for the hearing's life (so a calendar that imports
the file again updates the event instead of adding a copy), DTSTART/DTEND in
Asia/Shanghai with its VTIMEZONE, SEQUENCE counting reschedules and the cancellation
(RFC 5545 3.8.7.4), STATUS:CANCELLED for a cancelled hearing, the meeting link as URL
and one ATTENDEE per participant with CN (RFC 5545 3.8.4.1). Participants have no e-mail
address here: their cal-address is a tel: URI (RFC 3966) or, without a phone, a urn:uuid.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import icalendar

from microcourt.domain import HearingStatus, JoinLocation
from microcourt.services.hearings.dto import HearingDetail, ParticipantInfo
from microcourt.timeutil import now_utc, to_local

PRODID = "-//微法庭助手//MicroCourt Hearings//ZH"
# Fixed namespace: the same hearing always gets the same UID, in every export.
UID_NAMESPACE = uuid.UUID("6f1d3c8e-4b7a-5c2e-9a41-0d5e8b7c2f19")
CHAIR_ROLES = {"judge", "mediator"}
STATUS = {HearingStatus.SCHEDULED.value: "CONFIRMED", HearingStatus.HELD.value: "CONFIRMED",
          HearingStatus.CANCELLED.value: "CANCELLED"}


def hearing_uid(hearing: HearingDetail) -> str:
    """Stable per hearing; the creation moment keeps two data directories' hearing 1
    apart."""
    return f"{uuid.uuid5(UID_NAMESPACE, f'{hearing.created_at.isoformat()}#{hearing.id}')}" \
           "@microcourt"


def tel_uri(phone: str) -> str | None:
    """`13812345678` -> tel:+86-13812345678; `0571-88776655-123` ->
    tel:+86-571-88776655;ext=123 (numbers as validation.phone normalises them).
    None for anything else, e.g. an old row typed freely."""
    parts = phone.strip().split("-")
    if not all(part.isdigit() for part in parts) or len(parts) > 3:
        return None
    if len(parts) == 1:
        return f"tel:+86-{parts[0]}"
    area, local, *extension = parts
    uri = f"tel:+86-{area.lstrip('0')}-{local}"
    return uri + (f";ext={extension[0]}" if extension else "")


def _attendee(hearing_uid_text: str, person: ParticipantInfo) -> icalendar.vCalAddress:
    address = (tel_uri(person.phone) if person.phone else None) or \
        f"urn:uuid:{uuid.uuid5(UID_NAMESPACE, f'{hearing_uid_text}/{person.id}')}"
    attendee = icalendar.vCalAddress(address)
    attendee.params["CN"] = person.name
    attendee.params["CUTYPE"] = "INDIVIDUAL"
    attendee.params["ROLE"] = "CHAIR" if person.role in CHAIR_ROLES else "REQ-PARTICIPANT"
    return attendee


def location_text(hearing: HearingDetail) -> str:
    """The room, then the platform with the link or meeting number."""
    parts = [hearing.room] if hearing.room else []
    if hearing.platform:
        parts.append(" ".join(p for p in (hearing.platform_cn, hearing.meeting_link) if p))
    elif hearing.meeting_link:
        parts.append(hearing.meeting_link)
    return "；".join(parts)


def description_text(hearing: HearingDetail) -> str:
    lines = [f"案件：{hearing.case_number}", f"类型：{hearing.kind_cn}"]
    if hearing.platform:
        lines.append(f"平台：{hearing.platform_cn}")
    if hearing.meeting_link:
        lines.append(f"会议链接或会议号：{hearing.meeting_link}")
    lines += [f"{label}：{value}" for label, value in (
        ("法院", hearing.court), ("法官", hearing.judge), ("调解员", hearing.mediator_name))
        if value]
    lines.append("参加人：")
    for p in hearing.participants:
        help_note = "，需联络员协助" if p.needs_help else ""
        lines.append(f"  {p.name}（{p.role_cn}）：{JoinLocation(p.location).cn}{help_note}")
    for change in hearing.changes:
        if change.kind in ("reschedule", "cancel") and change.reason:
            verb = "改期" if change.kind == "reschedule" else "取消"
            lines.append(f"{verb}原因：{change.reason}")
    if hearing.outcome:
        lines.append(f"结果：{hearing.outcome_cn}" +
                     (f"。{hearing.outcome_notes}" if hearing.outcome_notes else ""))
    return "\n".join(lines)


def event_for(hearing: HearingDetail) -> icalendar.Event:
    event = icalendar.Event()
    uid = hearing_uid(hearing)
    event.add("uid", uid)
    event.add("dtstamp", now_utc())
    event.add("created", hearing.created_at)
    event.add("dtstart", to_local(hearing.start))
    event.add("dtend", to_local(hearing.end))
    event.add("summary", f"{hearing.kind_cn}：{hearing.case_number}")
    location = location_text(hearing)
    if location:
        event.add("location", location)
    event.add("description", description_text(hearing))
    if hearing.join_url:
        event.add("url", hearing.join_url)
    event.add("sequence", hearing.sequence)
    event.add("status", STATUS[hearing.status])
    for person in hearing.participants:
        event.add("attendee", _attendee(uid, person), encode=0)
    return event


def calendar_for(hearings: list[HearingDetail]) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "微法庭庭审和调解安排")
    for hearing in hearings:
        calendar.add_component(event_for(hearing))
    if hearings:
        calendar.add_missing_timezones()  # the VTIMEZONE for TZID=Asia/Shanghai
    return calendar


def calendar_bytes(hearings: list[HearingDetail]) -> bytes:
    return calendar_for(hearings).to_ical()


def write_ics(out_path: str | os.PathLike, hearings: list[HearingDetail]) -> Path:
    """Write the calendar atomically (a failure leaves no half-written file)."""
    from microcourt.documents.builder import write_atomically
    data = calendar_bytes(hearings)
    return write_atomically(out_path, lambda temp: Path(temp).write_bytes(data))
