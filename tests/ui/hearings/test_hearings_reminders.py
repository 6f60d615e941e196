"""Reminders with a fake clock (a banner, once per hearing, re-armed by a reschedule),
the reminder lead time set on the Hearings page, the banner in the main window, and
the phone list for tomorrow."""
from __future__ import annotations

from datetime import timedelta

from microcourt.timeutil import today_local
from tests.ui.hearings_ui_support import at, book, liaison, next_weekday, world  # noqa: F401
from ui.hearings.page import HearingsPage
from ui.hearings.reminders import ReminderBanner, ReminderService
from ui.main_window import MainWindow


def service(qtbot, world, clock) -> tuple[ReminderService, ReminderBanner]:  # noqa: F811
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    return ReminderService(world.context, banner, clock=clock, use_tray=False), banner


def test_banner_once_per_hearing_within_the_lead_time(qtbot, world):  # noqa: F811
    start = at(next_weekday(1), 9, 30)
    hearing = book(world, start)
    now = [start - timedelta(minutes=45)]
    reminders, banner = service(qtbot, world, lambda: now[0])
    assert reminders.check_now() == [] and banner.isHidden()  # 30 minutes by default
    now[0] = start - timedelta(minutes=25)
    assert [h.id for h in reminders.check_now()] == [hearing.id]
    assert not banner.isHidden()
    assert banner.label.text().startswith("In 25 min: 09:30–11:00")
    assert world.case_number in banner.label.text()
    now[0] += timedelta(minutes=1)
    assert reminders.check_now() == []  # once only
    assert len(banner.lines) == 1
    banner.dismiss()
    assert banner.isHidden()


def test_a_reschedule_rearms_the_reminder(qtbot, world):  # noqa: F811
    start = at(next_weekday(1), 9, 30)
    hearing = book(world, start)
    now = [start - timedelta(minutes=10)]
    reminders, banner = service(qtbot, world, lambda: now[0])
    reminders.check_now()
    world.services.hearings.reschedule(hearing.id, start + timedelta(hours=4),
                                       start + timedelta(hours=5), "法官临时有庭")
    now[0] = start + timedelta(hours=4) - timedelta(minutes=5)
    assert [h.id for h in reminders.check_now()] == [hearing.id]
    assert len(banner.lines) == 2


def test_lead_time_set_on_the_page_is_used(qtbot, world):  # noqa: F811
    start = at(next_weekday(1), 9, 30)
    book(world, start)
    page = HearingsPage(world.context)
    qtbot.addWidget(page)
    assert page.reminder_spin.value() == 30
    page.reminder_spin.setValue(120)
    page.save_reminder_minutes()
    assert world.services.hearings.reminder_minutes() == 120
    reminders, _banner = service(qtbot, world, lambda: start - timedelta(minutes=100))
    assert len(reminders.check_now()) == 1


def test_main_window_hosts_the_banner_above_the_pages(qtbot, world):  # noqa: F811
    window = MainWindow(world.context)
    qtbot.addWidget(window)
    assert isinstance(window.reminder_banner, ReminderBanner)
    assert window.page_column.indexOf(window.reminder_banner) == 0
    window.close()


def test_phone_list_for_tomorrow(qtbot, world):  # noqa: F811
    tomorrow = today_local() + timedelta(days=1)
    book(world, at(tomorrow, 10, 0))
    book(world, at(today_local() + timedelta(days=2), 10, 0))  # not tomorrow
    page = HearingsPage(world.context)
    qtbot.addWidget(page)
    rows = page.tomorrow.texts()
    # The judge's court arranges its own side; who needs help comes first.
    assert [row[3] for row in rows] == ["王𠮷", "俞国强", "张堃", "李䶮"]
    assert rows[0][0] == "10:00" and rows[0][7] == "Yes" and rows[0][6] == "13812345678"
    assert "4" in page.tomorrow.summary.text() and "1 need help" in page.tomorrow.summary.text()
