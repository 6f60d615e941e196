"""The filing record dialog on one application: returned for correction needs the court's
deadline (refused beside the field, nothing written), then the court's case number and
the ruling; the table shows each status as the liaison reads it."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from microcourt.domain import FilingStatus
from microcourt.services.filings.dto import FilingUpdate
from microcourt.services.kernel.progress import run_to_end
from microcourt.timeutil import today_local
from tests.ui import cases_ui_support as support
from tests.ui.filing_ui_support import SALE_NUMBER, case_id
from ui.common.dates import today_qdate
from ui.filings.table_model import Column, FilingTableModel
from ui.filings.update import FilingUpdateDialog, next_statuses

liaison, demo = support.liaison, support.demo  # fixtures
COURT_NUMBER = "(2026)浙0185民特123号"


@pytest.fixture
def submitted(demo, tmp_path):
    """The sale case's joint packet, generated and submitted yesterday."""
    services = demo.services
    result = run_to_end(services.filings.generate(SALE_NUMBER, tmp_path / "out"))
    filing = result.filings[0]
    return services.filings.update(filing.id, FilingUpdate(
        "submitted", submitted_on=today_local() - timedelta(days=1),
        platform="zhejiang_odr"))[0]


def choose(dialog: FilingUpdateDialog, status: FilingStatus) -> None:
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(status.value))


def test_returned_without_a_deadline_is_refused_beside_the_field(demo, submitted, qtbot):
    dialog = FilingUpdateDialog(demo, [submitted])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Update status"
    assert dialog.platform_combo.currentData() == "zhejiang_odr"  # what was recorded
    choose(dialog, FilingStatus.RETURNED)
    dialog.notes_edit.setPlainText("缺少<身份证>复印件 & 送达地址")
    dialog.save()
    assert dialog.errors.is_showing("correction_deadline")
    assert "补正期限" in dialog.errors.labels["correction_deadline"].text()
    assert dialog.saved is None and not dialog.result()
    assert dialog.notes_edit.toPlainText() == "缺少<身份证>复印件 & 送达地址"  # kept
    assert demo.services.filings.get(submitted.id).status == FilingStatus.SUBMITTED

    deadline = today_local() + timedelta(days=10)
    dialog.correction_deadline.set_value(deadline)
    dialog.court_number_edit.setText(COURT_NUMBER)
    dialog.save()
    assert dialog.result() and not dialog.errors.is_showing("correction_deadline")
    stored = demo.services.filings.get(submitted.id)
    assert stored.status == FilingStatus.RETURNED and stored.correction_deadline == deadline
    assert stored.court_case_number == COURT_NUMBER
    assert stored.notes == "缺少<身份证>复印件 & 送达地址"

    model = FilingTableModel()
    model.set_filings([stored])
    assert model.texts()[0][Column.STATUS] == \
        f"Returned for correction (correct by {deadline.isoformat()})"
    assert model.texts()[0][Column.COURT_NUMBER] == COURT_NUMBER


def test_a_ruling_before_the_submission_is_refused_then_confirmed(demo, submitted, qtbot):
    dialog = FilingUpdateDialog(demo, [submitted])
    qtbot.addWidget(dialog)
    choose(dialog, FilingStatus.CONFIRMED)
    dialog.ruling_on.set_value(submitted.submitted_on - timedelta(days=3))
    dialog.save()
    assert dialog.errors.is_showing("ruling_on")
    dialog.ruling_on.edit.setDate(today_qdate())
    dialog.save()
    assert dialog.result()
    stored = demo.services.filings.get(submitted.id)
    assert stored.status == FilingStatus.CONFIRMED and stored.ruling_on == today_local()
    detail = demo.services.cases.get_case(case_id(demo, SALE_NUMBER))
    assert detail.status == "confirmed"  # the case follows its only filing


def test_the_status_choices_are_those_every_selected_filing_may_take(demo, submitted):
    generated = [replace(submitted, status="generated")]
    assert next_statuses(generated) == [FilingStatus.SUBMITTED, FilingStatus.WITHDRAWN]
    both = next_statuses([submitted, generated[0]])
    assert both == [FilingStatus.WITHDRAWN]  # the only step open to both
    assert next_statuses([submitted])[0] is FilingStatus.SUBMITTED  # correct details only


def test_a_date_left_unticked_keeps_the_stored_one(demo, submitted, qtbot):
    dialog = FilingUpdateDialog(demo, [submitted])
    qtbot.addWidget(dialog)
    assert dialog.submitted_on.value() == submitted.submitted_on
    dialog.submitted_on.check.setChecked(False)
    assert dialog.update_value().submitted_on is None  # None: the service keeps it
