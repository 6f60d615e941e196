"""The 30-day window by 民事诉讼法 art. 85: a last day on a rest day moves to the first
working day after it, with the State Council's make-up working days; a year the
calendar does not know is said plainly."""
from datetime import date

from filing_support import signed_case

from microcourt.cli import main
from microcourt.periods import RestDay, known_years, next_working_day, period_end


def test_a_period_ending_on_national_day_moves_past_the_holiday():
    end = period_end(date(2026, 9, 1), 30)
    assert (end.nominal, end.deadline) == (date(2026, 10, 1), date(2026, 10, 8))
    assert end.rest_days == (RestDay.NATIONAL_DAY,)
    assert "2026年10月1日逢国庆节假期" in end.note_cn() and "2026年10月8日" in end.note_cn()


def test_weekends_move_and_make_up_working_days_do_not():
    saturday = period_end(date(2026, 11, 5), 30)
    assert saturday.deadline == date(2026, 12, 7) and "星期六休息日" in saturday.note_cn()
    # Saturday 10 October 2026 is a make-up working day after National Day
    make_up = period_end(date(2026, 9, 10), 30)
    assert make_up.deadline == make_up.nominal == date(2026, 10, 10) and not make_up.note_cn()
    ordinary = period_end(date(2026, 11, 2), 30)
    assert ordinary.deadline == date(2026, 12, 2) and not ordinary.moved


def test_the_next_working_day_skips_weekends_and_holidays_but_not_make_up_days():
    assert next_working_day(date(2026, 12, 2)) == date(2026, 12, 3)  # Wednesday
    assert next_working_day(date(2026, 12, 4)) == date(2026, 12, 7)  # Friday: Monday
    assert next_working_day(date(2026, 9, 30)) == date(2026, 10, 8)  # National Day
    assert next_working_day(date(2025, 12, 31)) == date(2026, 1, 4)  # a make-up Sunday
    beyond = date(known_years()[1] + 1, 12, 31)
    assert next_working_day(beyond).weekday() < 5  # unknown year: the next weekday


def test_a_year_the_calendar_does_not_know_is_said_plainly():
    unknown = known_years()[1] + 1
    end = period_end(date(unknown - 1, 12, 20), 30)
    assert end.unknown_year == unknown and end.deadline == end.nominal
    note = end.note_cn()
    assert f"尚未收录{unknown}年的放假和调休安排" in note and "国务院办公厅" in note


def test_the_window_says_which_holiday_moved_it(services, capsys):
    ids = signed_case(services, signed_on=date(2026, 9, 1))
    window = services.filings.window(ids.case_id, today=date(2026, 9, 28))
    assert window.deadline == date(2026, 10, 8) and window.days_left == 10
    assert window.nominal == date(2026, 10, 1) and window.rest_days == ("national_day",)
    assert "国庆节假期" in window.period_note
    bench = services.workbench.build(today=date(2026, 10, 2))
    [item] = [i for i in bench.items if i.kind == "window_closing"]
    assert "还剩6天" in item.title and "逢国庆节假期" in item.detail
    late = services.filings.check(ids.case_id, today=date(2026, 10, 8))
    assert late.late is None  # 8 October is still in time
    assert services.filings.check(ids.case_id, today=date(2026, 10, 9)).late is not None
    assert main(["--data-dir", str(services.data_dir), "filing", "check", ids.number]) in (0, 1)
    assert "逢国庆节假期" in capsys.readouterr().out
