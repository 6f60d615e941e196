"""Hearings on paper and in calendars: the participants' notices and the .ics export
(mixed into HearingsService, which supplies `ctx`, `get` and `list_range`)."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from sqlalchemy import select

from microcourt.db.models import Filing
from microcourt.documents.inputs.hearing import HearingNotice, NoticeRecipient
from microcourt.errors import UserError
from microcourt.services.audit import chain as audit
from microcourt.services.hearings.dto import HearingDetail, ParticipantInfo
from microcourt.services.hearings.rules import describe_time
from microcourt.services.kernel.rules import ADMIN, EXPORT, allowed
from microcourt.timeutil import today_local


def notice_data(hearing: HearingDetail, chosen: list[ParticipantInfo],
                court_case_number: str) -> HearingNotice:
    """What the notices print: the time in words, and the court's own number for its
    proceeding (used when the court itself summons)."""
    return HearingNotice(
        kind=hearing.kind, kind_cn=hearing.kind_cn, mediation_number=hearing.case_number,
        court_case_number=court_case_number,
        time_text=describe_time(hearing.start, hearing.end),
        platform_cn=hearing.platform_cn, meeting_link=hearing.meeting_link, room=hearing.room,
        court=hearing.court, issued_on=today_local(),
        recipients=tuple(NoticeRecipient(p.name, p.role, p.role_cn, p.location,
                                         p.location_cn, p.needs_help) for p in chosen))


def court_case_number(session, case_id: int) -> str:
    """The court's own number for its proceeding on the case (the confirmation's), if a
    filing recorded one: a court summons names it as 案号."""
    return session.scalar(
        select(Filing.court_case_number).where(
            Filing.case_id == case_id, Filing.court_case_number.is_not(None),
            Filing.court_case_number != "").order_by(Filing.id.desc()).limit(1)) or ""


class HearingExports:
    @allowed(ADMIN, what=EXPORT)
    def build_notices(self, hearing_id: int, out_path: str | os.PathLike,
                      participant_ids: list[int] | None = None,
                      large_print: bool = True) -> Path:
        """The notice for each chosen participant (default: everyone but the judge),
        one after another in one PDF, written atomically."""
        from microcourt.documents.hearing_notice import build_hearing_notices
        from microcourt.services.settings.service import SettingsService
        hearing = self.get(hearing_id)
        if not hearing.is_scheduled:
            raise UserError(f"这次{hearing.kind_cn}{hearing.status_cn}，不再打印通知书。")
        chosen = [p for p in hearing.participants
                  if (p.id in participant_ids if participant_ids is not None
                      else p.role != "judge")]
        if not chosen:
            raise UserError("请选择要打印通知书的参加人。")
        profile = SettingsService(self.ctx).profile()
        with self.ctx.db.reading() as session:
            court_number = court_case_number(session, hearing.case_id)
        path = build_hearing_notices(out_path, notice_data(hearing, chosen, court_number),
                                     profile, large_print)
        audit.record_export(self.ctx, "hearing.notices", "hearing", hearing_id,
                            case=hearing.case_number, participants=len(chosen))
        return path

    @allowed(ADMIN, what=EXPORT)
    def export_ics(self, out_path: str | os.PathLike, hearing_id: int | None = None,
                   from_day: date | None = None, to_day: date | None = None) -> Path:
        """One hearing (`hearing_id`) or every hearing taking place from `from_day` to
        `to_day` inclusive (open-ended when None; cancelled ones included so calendars
        drop them) as an RFC 5545 file, written atomically."""
        from microcourt.services.hearings.calendar import write_ics
        hearings = self._for_export(hearing_id, from_day, to_day)
        path = write_ics(out_path, hearings)
        audit.record_export(self.ctx, "hearing.ics", "hearing", hearing_id,
                            hearings=len(hearings), file=Path(path).name)
        return path

    @allowed(ADMIN, what=EXPORT)
    def ics_bytes(self, hearing_id: int | None = None, from_day: date | None = None,
                  to_day: date | None = None) -> bytes:
        from microcourt.services.hearings.calendar import calendar_bytes
        hearings = self._for_export(hearing_id, from_day, to_day)
        audit.record_export(self.ctx, "hearing.ics", "hearing", hearing_id,
                            hearings=len(hearings))
        return calendar_bytes(hearings)

    def _for_export(self, hearing_id, from_day, to_day) -> list[HearingDetail]:
        if hearing_id is not None:
            return [self.get(hearing_id)]
        return self.list_range(from_day, to_day)
