"""Asking for clashes before they are made: a mediator about to be assigned to a case
who is already booked elsewhere at the time of one of the case's scheduled hearings.
(The hearings themselves are refused at booking, see rules.clashes; an assignment is
not refused, because the liaison may move either hearing, but it is warned about.)"""
from __future__ import annotations

from sqlalchemy import select

from microcourt.db.models import Hearing, Mediator
from microcourt.domain import HearingKind, HearingStatus
from microcourt.services.hearings.mapping import hearing_query, scheduled_bookings
from microcourt.services.hearings.rules import short_span
from microcourt.services.kernel import refs
from microcourt.services.kernel.context import AppContext
from microcourt.services.kernel.rules import ADMIN, allowed
from microcourt.timeutil import now_utc


class HearingConflicts:
    ctx: AppContext

    @allowed(ADMIN, what="修改案件")
    def mediator_clashes(self, case_ref: int | str, mediator_id: int) -> list[str]:
        """One Chinese sentence per scheduled, not yet ended hearing of the case at
        whose time the mediator is booked in another hearing; [] if none."""
        with self.ctx.db.reading() as session:
            case_id = refs.case_id(session, case_ref)
            name = session.scalar(select(Mediator.name).where(Mediator.id == mediator_id))
            ours = session.execute(hearing_query().where(
                Hearing.case_id == case_id, Hearing.status == HearingStatus.SCHEDULED.value,
                Hearing.end_at > now_utc())).all()
            found = []
            for hearing, _number, _mediator in ours:
                for other in scheduled_bookings(session, hearing.start_at, hearing.end_at):
                    if other.hearing_id != hearing.id and other.mediator_id == mediator_id:
                        found.append(
                            f"调解员{name or ''}在{short_span(other.start, other.end)}已安排了"
                            f"案件{other.case_number}的{HearingKind(other.kind).cn}，与本案"
                            f"{short_span(hearing.start_at, hearing.end_at)}的"
                            f"{HearingKind(hearing.kind).cn}时间重叠。")
            return found
