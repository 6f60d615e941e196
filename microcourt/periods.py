"""Periods counted in days, by the statute's own rule (民事诉讼法 2023 art. 85):

    期间开始的日，不计算在期间内。期间届满的最后一日是法定休假日的，以法定休假日后的
    第一日为期间届满的日期。

So "within thirty days of the agreement taking effect" ends thirty days after that day;
if that day is a rest day (a weekend, or a public holiday of the State Council's yearly
arrangement) the period ends on the first working day after it, and the arrangement's
make-up working days (调休上班的周末) are working days. The arrangement comes from the
`chinese-calendar` package, which knows the years the State Council has announced; a
year it does not know yet is reported as such (`unknown_year`), never treated as if
every weekday were a working day without saying so.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import chinese_calendar

from microcourt.domain import QT_TRANSLATE_NOOP as _
from microcourt.domain import Coded
from microcourt.timeutil import format_date_cn


class RestDay(Coded):
    """Why a day is not a working day: a weekend, or the holiday whose days it is."""

    WEEKEND = "weekend", _("Domain", "weekend"), "休息日"
    NEW_YEARS_DAY = "new_years_day", _("Domain", "New Year's Day holiday"), "元旦假期"
    SPRING_FESTIVAL = "spring_festival", _("Domain", "Spring Festival holiday"), "春节假期"
    TOMB_SWEEPING_DAY = ("tomb_sweeping_day", _("Domain", "Qingming Festival holiday"),
                         "清明节假期")
    LABOUR_DAY = "labour_day", _("Domain", "Labour Day holiday"), "劳动节假期"
    DRAGON_BOAT_FESTIVAL = ("dragon_boat_festival", _("Domain", "Dragon Boat Festival holiday"),
                            "端午节假期")
    MID_AUTUMN_FESTIVAL = ("mid_autumn_festival", _("Domain", "Mid-Autumn Festival holiday"),
                           "中秋节假期")
    NATIONAL_DAY = "national_day", _("Domain", "National Day holiday"), "国庆节假期"
    HOLIDAY = "holiday", _("Domain", "public holiday"), "法定节假日"  # one the enum lacks


@dataclass(frozen=True)
class PeriodEnd:
    """The last day of a period: `nominal` by counting, `deadline` after art. 85."""

    nominal: date
    deadline: date
    rest_days: tuple[RestDay, ...] = ()   # what the deadline was moved over, in order
    unknown_year: int | None = None       # the calendar has no arrangement for this year

    @property
    def moved(self) -> bool:
        return self.deadline != self.nominal

    def note_cn(self) -> str:
        """One Chinese sentence for the window and the CLI; empty when nothing to say."""
        if self.unknown_year is not None:
            return unknown_year_note(self.unknown_year, self.deadline)
        if not self.moved:
            return ""
        why = "、".join(("星期" + "六日"[self.nominal.weekday() - 5] + r.cn)
                       if r is RestDay.WEEKEND and self.nominal.weekday() >= 5 else r.cn
                       for r in self.rest_days)
        return (f"期间最后一日{format_date_cn(self.nominal)}逢{why}，依民事诉讼法第八十五条"
                f"顺延至其后第一个工作日{format_date_cn(self.deadline)}")


def known_years() -> tuple[int, int]:
    """The first and last year whose holiday arrangement the calendar holds."""
    years = [day.year for day in chinese_calendar.constants.holidays]
    return min(years), max(years)


def unknown_year_note(year: int, deadline: date) -> str:
    first, last = known_years()
    return (f"本软件的节假日日历尚未收录{year}年的放假和调休安排（现有{first}年至{last}年），"
            f"期限暂按{format_date_cn(deadline)}计算；该日如是法定节假日，依民事诉讼法第八十五条"
            "顺延至其后第一个工作日，请对照国务院办公厅公布的放假安排核对，并更新本软件")


def rest_day(day: date) -> RestDay | None:
    """Why `day` is not a working day, None if it is one; NotImplementedError for a year
    the calendar does not know."""
    if chinese_calendar.is_workday(day):
        return None
    _on_holiday, name = chinese_calendar.get_holiday_detail(day)
    if name is None:
        return RestDay.WEEKEND
    try:
        return RestDay(chinese_calendar.Holiday(name).name)
    except ValueError:
        return RestDay.HOLIDAY


def next_working_day(day: date) -> date:
    """The first working day after `day`; past the known calendar, the next weekday."""
    day += timedelta(days=1)
    try:
        while rest_day(day) is not None:
            day += timedelta(days=1)
    except NotImplementedError:
        while day.weekday() >= 5:
            day += timedelta(days=1)
    return day


def period_end(start: date, days: int) -> PeriodEnd:
    """The last day of a period of `days` days from `start` (start not counted)."""
    nominal = start + timedelta(days=days)
    day, passed = nominal, []
    try:
        while (why := rest_day(day)) is not None:
            if why not in passed:
                passed.append(why)
            day += timedelta(days=1)
    except NotImplementedError:
        # the earliest day it could be: where the known calendar stops
        return PeriodEnd(nominal, day, tuple(passed), unknown_year=day.year)
    return PeriodEnd(nominal, day, tuple(passed))
