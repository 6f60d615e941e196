"""Hearings on paper and in calendars: the participants' notices and the .ics export
(mixed into HearingsService, which supplies `ctx`, `get` and `list_range`)."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from microcourt.errors import UserError
from microcourt.services.audit import chain as audit
from microcourt.services.hearings.dto import HearingDetail
from microcourt.services.kernel.rules import ADMIN, EXPORT, allowed


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
        path = build_hearing_notices(out_path, hearing, chosen, profile, large_print)
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
