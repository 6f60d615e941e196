"""Helpers of the hearings UI tests: a micro-court with its particulars and a lease case
with 王𠮷 (applicant, hard of hearing), 张堃 (respondent, her husband 李䶮 as agent) and
a mediator; times on a weekday far enough ahead that "in the past" never bites."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest

from microcourt.services.hearings.dto import HearingDraft
from microcourt.timeutil import LOCAL_ZONE, today_local
from tests.core.hearing_support import LINK, PROFILE, make_world  # noqa: E402 - the core's
from tests.ui.cases_ui_support import liaison  # noqa: F401 - fixture, re-exported


def next_weekday(days_ahead: int = 1) -> date:
    """The first Monday-to-Friday day at least `days_ahead` days from today."""
    day = today_local() + timedelta(days=days_ahead)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def next_saturday() -> date:
    day = today_local() + timedelta(days=1)
    while day.weekday() != 5:
        day += timedelta(days=1)
    return day


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL_ZONE)


@dataclass
class World:
    context: object
    case_id: int
    case_number: str
    mediator: int

    @property
    def services(self):
        return self.context.services


@pytest.fixture
def world(liaison) -> World:  # noqa: F811
    """The core tests' case (王𠮷 against 张堃, whose husband 李䶮 is her agent), seen from
    the window as the liaison."""
    built = make_world(liaison.services, PROFILE)
    return World(liaison, built.case_id, built.case_number, built.mediator)


def book(world: World, start: datetime, minutes: int = 90, **changes):
    values = dict(case_id=world.case_id, kind="video_mediation", start=start,
                  end=start + timedelta(minutes=minutes), platform="mobile_micro_court",
                  meeting_link=LINK)
    values.update(changes)
    return world.services.hearings.schedule(HearingDraft(**values))
