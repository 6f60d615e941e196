"""Conflicts in the window, with clicks delivered to the top-level window: the judge's
clash refused beside the Judge field, the next free slot found and taken, a mediator
booked at the case's hearing warned of on assignment, overlapping hearings marked in
the agenda, the week view and the workbench."""
from __future__ import annotations

from datetime import timedelta

from microcourt.services.hearings.dto import ParticipantDraft
from tests.core.cases_support import draft
from tests.ui.hearings_ui_support import at, book, liaison, next_weekday, world  # noqa: F401
from tests.ui.input_support import click
from ui.cases.mediator_dialog import MediatorAssignDialog
from ui.hearings.agenda import OVERLAP_MARK, AgendaView
from ui.hearings.form import HearingFormDialog, to_qdatetime
from ui.hearings.week import WeekView
from ui.workbench.sections import ITEM_ROLE, TASK_SECTIONS, SectionTree

NOBODY = [ParticipantDraft(name="路人", role="other")]


def other_case(world) -> int:  # noqa: F811
    """A case of its own people, no mediator: only the judge or the room can clash."""
    return world.services.cases.create_case(draft(category="loan", summary="借款未还。")).id


def form(qtbot, world, case_id, start) -> HearingFormDialog:  # noqa: F811
    dialog = HearingFormDialog(world.context, case_id)
    qtbot.addWidget(dialog)
    dialog.start_edit.setDateTime(to_qdatetime(start))
    return dialog


def test_the_judge_booked_elsewhere_is_refused_in_the_form(qtbot, world):  # noqa: F811
    day = next_weekday(2)
    book(world, at(day, 9))  # 陈立新 (the Settings' judge) takes part
    dialog = form(qtbot, world, other_case(world), at(day, 10))
    dialog.room_edit.setText("村文化礼堂")
    assert dialog.participants.names() == ["陈立新"]
    click(qtbot, dialog.save_button)
    assert dialog.saved is None and dialog.isVisible()
    assert dialog.error_text("judge").startswith(
        f"时间冲突：法官陈立新在{day.year}年{day.month}月{day.day}日 09:00—10:30已安排了"
        f"案件{world.case_number}")
    assert dialog.room_edit.text() == "村文化礼堂"  # what was typed is kept
    dialog.judge_edit.setText("赵法官")
    dialog.fill_participants()
    click(qtbot, dialog.save_button)
    assert dialog.saved is not None and dialog.saved.judge == "赵法官"


def test_the_next_free_slot_is_proposed_and_taken(qtbot, world):  # noqa: F811
    day = next_weekday(2)
    book(world, at(day, 9))
    dialog = form(qtbot, world, world.case_id, at(day, 9))
    assert not dialog.free_slot.take_button.isEnabled()
    click(qtbot, dialog.free_slot.find_button)
    assert dialog.free_slot.label.text() == (
        f"Free: {day:%Y-%m-%d} 10:30 to 12:00 (mediator, judge and room)")
    click(qtbot, dialog.free_slot.take_button)
    start = dialog.start_edit.dateTime().toPython()
    assert (start.hour, start.minute) == (10, 30)
    assert dialog.end_edit.dateTime().toPython() - start == timedelta(minutes=90)
    click(qtbot, dialog.save_button)
    assert dialog.saved is not None and dialog.saved.local_start.hour == 10


def test_assigning_a_mediator_booked_at_the_cases_hearing_warns(qtbot, world):  # noqa: F811
    day = next_weekday(2)
    book(world, at(day, 9))  # the mediator 俞国强 mediates the first case's session
    case_id = other_case(world)
    book(world, at(day, 10), case_id=case_id, room="村文化礼堂", judge="赵法官",
         participants=NOBODY)
    case = world.services.cases.get_case(case_id)
    dialog = MediatorAssignDialog(world.context, case)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.mediator_combo.currentData() == world.mediator
    assert dialog.clash_label.isVisible()
    assert dialog.clash_label.text().startswith(
        f"调解员俞国强在{day.year}年{day.month}月{day.day}日 09:00—10:30已安排了案件"
        f"{world.case_number}的视频调解，与本案")
    click(qtbot, dialog.ok_button)  # a warning, not a refusal
    assert dialog.assignment is not None


def test_overlapping_hearings_are_marked_with_the_other_named(qtbot, world):  # noqa: F811
    day = next_weekday(1)
    first = book(world, at(day, 9))
    second = book(world, at(day, 10), case_id=other_case(world), room="村文化礼堂",
                  judge="赵法官", participants=NOBODY)
    alone = book(world, at(day, 14))
    agenda = AgendaView()
    qtbot.addWidget(agenda)
    agenda.show_days(world.services.hearings.agenda(day, 1))
    lines = [line.strip() for line in agenda.texts()[1:]]
    assert [line.startswith(OVERLAP_MARK) for line in lines] == [True, True, False]
    items = agenda._hearing_items()
    assert second.case_number in items[0].toolTip(0) and "时间重叠" in items[0].toolTip(0)
    assert world.case_number in items[1].toolTip(0)
    assert "时间重叠" not in items[2].toolTip(0)
    week = WeekView()
    qtbot.addWidget(week)
    week.monday = day - timedelta(days=day.weekday())
    week.show_days(world.services.hearings.week(day))
    cells = week.texts()[day.weekday()]
    assert [cell.startswith(OVERLAP_MARK) for cell in cells] == [True, True, False]
    assert second.case_number in week.columns[day.weekday()].item(0).toolTip()
    tree = SectionTree(TASK_SECTIONS, "tasks")
    qtbot.addWidget(tree)
    tree.show_workbench(world.services.workbench.build(day - timedelta(days=1)))
    rows = {row.data(0, ITEM_ROLE).target[1]: row for row in tree.rows("hearings_tomorrow")}
    assert rows[first.id].text(0).startswith("⚠ ") and not rows[alone.id].text(0).startswith("⚠")
    assert second.case_number in rows[first.id].toolTip(0)
