"""Many claimants in the case detail: the demo's 77 workers with the right count and
total (figures and Chinese uppercase, equal to the case amount), editing one amount,
and adding applicants from the registry or from an imported list with their amounts."""
from __future__ import annotations

from decimal import Decimal

import pytest

from microcourt.importers import import_parties
from microcourt.services.cases.dto import CaseDraft
from microcourt.services.kernel.progress import run_to_end
from tests.core.cases_support import person
from tests.fixtures.party_lists import workers, write_csv
from tests.ui import cases_ui_support as support
from tests.ui.cases_ui_support import WAGE_CASE, drive
from ui.cases.claimant_model import Column
from ui.cases.claimants import ClaimAmountDialog
from ui.cases.page import CasesPage
from ui.parties.import_dialog import ImportDialog
from ui.parties.picker import PartyPickerDialog

liaison, demo = support.liaison, support.demo  # fixtures


@pytest.fixture
def wage_page(demo, qtbot) -> CasesPage:
    page = CasesPage(demo)
    qtbot.addWidget(page)
    page.open_case(WAGE_CASE)
    return page


def test_the_77_workers_add_up_to_the_case_amount(wage_page):
    panel = wage_page.detail.claimants
    assert panel.model.rowCount() == 77
    assert "77" in wage_page.detail.tabs.tabText(2)
    totals = panel.totals_label.text()
    assert totals.startswith("77 applicants")
    assert "397,864.50" in totals and "叁拾玖万柒仟捌佰陆拾肆元伍角" in totals
    assert "case's amount in dispute" in panel.amount_label.text()
    shown = sum(Decimal(panel.model.index(r, Column.AMOUNT).data().replace(",", ""))
                for r in range(77))
    assert shown == Decimal("397864.50")  # the rows add up to the line under them
    ids = [panel.model.index(r, Column.ID_NUMBER).data() for r in range(77)]
    assert all("*" in number for number in ids)  # masked


def test_editing_one_amount_keeps_the_totals_and_the_list_consistent(wage_page, monkeypatch):
    panel = wage_page.detail.claimants
    panel.table.selectRow(0)
    before = panel.current()
    outcome = {}

    def type_amounts(dialog: ClaimAmountDialog) -> None:
        dialog.amount_edit.setText("一千")
        dialog.save()
        outcome["error"] = dialog.errors.is_showing("claim_amount")
        outcome["kept"] = dialog.amount_edit.text()
        dialog.amount_edit.setText(str(before.claim_amount + 100))
        dialog.save()

    drive(monkeypatch, ClaimAmountDialog, type_amounts)
    panel.edit_amount()
    assert outcome == {"error": True, "kept": "一千"}
    assert "397,964.50" in panel.totals_label.text()  # +100 yuan
    assert "叁拾玖万柒仟玖佰陆拾肆元伍角" in panel.totals_label.text()
    row = wage_page.model.row_of(WAGE_CASE)
    assert wage_page.model.case_at(row).amount_fen == 39_796_450  # the list follows
    assert "397,964.50" in wage_page.detail.info_label.text()


@pytest.fixture
def new_case(liaison, qtbot):
    """A wage case with its respondent, shown on the page."""
    services = liaison.services
    detail = services.cases.create_case(CaseDraft(category="wages", summary="欠薪"))
    company = person(services, "某鞋业公司")
    services.cases.add_party(detail.id, company, "respondent")
    page = CasesPage(liaison)
    qtbot.addWidget(page)
    page.open_case(detail.id)
    return page


def imported_ids(liaison, tmp_path, count: int) -> list[int]:
    path = write_csv(tmp_path / "工人名单.csv", workers(count), "utf-8")
    report = run_to_end(import_parties(liaison.services, path, consent_on_file=True))
    assert report.ok
    return report.imported_ids


def test_import_a_list_adds_the_people_with_their_amounts(new_case, liaison, tmp_path,
                                                          monkeypatch):
    ids = imported_ids(liaison, tmp_path, 12)
    # The import dialog itself is tested elsewhere: here it reports the new parties.
    drive(monkeypatch, ImportDialog, lambda dialog: dialog.imported.emit(ids))
    panel = new_case.detail.claimants
    panel.import_list()
    assert panel.model.rowCount() == 12
    assert panel.model.index(0, Column.NAME).data() == "𠮷祥"
    expected = sum(Decimal("5194.81") + i for i in range(12))
    assert f"{expected:,.2f}" in panel.totals_label.text()
    assert new_case.detail.detail.amount == expected


def test_adding_from_the_registry_is_all_or_nothing(new_case, liaison, tmp_path,
                                                     monkeypatch, message_boxes):
    ids = imported_ids(liaison, tmp_path, 3)
    no_amount = person(liaison.services, "张三")

    def pick(ids_to_choose):
        def act(picker: PartyPickerDialog) -> None:
            for row in range(picker.model.rowCount()):
                if picker.model.party_at(row).id in ids_to_choose:
                    picker.table.selectionModel().select(
                        picker.model.index(row, 0),
                        picker.table.selectionModel().SelectionFlag.Select
                        | picker.table.selectionModel().SelectionFlag.Rows)
            picker.choose()
        return act

    panel = new_case.detail.claimants
    drive(monkeypatch, PartyPickerDialog, pick({*ids, no_amount}))
    panel.add_from_registry()
    assert panel.model.rowCount() == 0  # refused as a whole
    assert "张三没有请求金额" in message_boxes.texts("warning")[-1]

    drive(monkeypatch, PartyPickerDialog, pick(set(ids)))
    panel.add_from_registry()
    assert panel.model.rowCount() == 3
    assert panel.totals_label.text().startswith("3 applicants")


def test_the_employer_is_listed_before_the_77_workers(wage_page):
    parties = wage_page.detail.parties
    assert parties.table.rowCount() == 78
    assert parties.table.item(0, 0).text() == "Respondent"
    assert parties.table.item(0, 1).text() == "杭州临安卓步鞋业有限公司"
    assert parties.table.item(0, 5).text()  # its agent in this case
    assert {parties.table.item(r, 0).text() for r in range(1, 78)} == {"Applicant"}
