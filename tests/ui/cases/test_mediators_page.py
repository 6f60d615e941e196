"""The Mediators page: adding a mediator through the form (errors beside the fields,
text kept), editing, and deactivating one so new cases no longer offer them."""
from __future__ import annotations

import pytest

from microcourt.services.cases.dto import CaseDraft
from tests.core.cases_support import mediator
from tests.ui import cases_ui_support as support
from tests.ui.cases_ui_support import drive
from ui.cases.mediator_dialog import MediatorAssignDialog
from ui.mediators.form import MediatorFormDialog
from ui.mediators.page import MediatorsPage
from ui.mediators.table_model import Column

liaison = support.liaison  # fixture


@pytest.fixture
def page(liaison, qtbot) -> MediatorsPage:
    widget = MediatorsPage(liaison)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def names(page: MediatorsPage) -> list[str]:
    return [page.model.index(r, Column.NAME).data() for r in range(page.model.rowCount())]


def test_a_bad_phone_is_shown_beside_the_field_and_kept(liaison, qtbot):
    dialog = MediatorFormDialog(liaison)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("潘美娟")
    dialog.phone_edit.setText("12345")
    dialog.specialty_boxes["family"].setChecked(True)
    dialog.save()
    assert dialog.errors.is_showing("phone")
    assert "12345" in dialog.errors.labels["phone"].text()
    assert dialog.phone_edit.text() == "12345"
    assert not dialog.errors.is_showing("name")
    assert dialog.saved is None
    assert liaison.services.mediators.list() == []


def test_adding_through_the_page_lists_the_mediator(page, monkeypatch, liaison):
    def fill(dialog: MediatorFormDialog) -> None:
        dialog.name_edit.setText("潘美娟")
        dialog.organization_edit.setText("临安区妇联巾帼志愿调解队")
        dialog.phone_edit.setText("139 5710 2266")
        for code in ("family", "neighbour"):
            dialog.specialty_boxes[code].setChecked(True)
        dialog.save()

    drive(monkeypatch, MediatorFormDialog, fill)
    page.add()
    assert names(page) == ["潘美娟"]
    row = page.model.mediator_at(0)
    assert row.specialties == ("family", "neighbour")
    assert row.phone == "13957102266"
    assert page.model.index(0, Column.SPECIALTIES).data() == \
        "Marriage, family and support, Neighbours"
    assert page.count_label.text() == "Mediators: 1 (1 active)"


def test_editing_shows_what_is_stored(page, monkeypatch, liaison):
    mediator(liaison.services, "金德明", "0571-63758810", specialties="劳动报酬")
    page.reload()
    page.table.selectRow(0)
    seen = {}

    def check(dialog: MediatorFormDialog) -> None:
        seen["phone"] = dialog.phone_edit.text()
        seen["labour"] = dialog.specialty_boxes["labour"].isChecked()
        dialog.organization_edit.setText("杭州市临安区人民法院（退休法官）")
        dialog.save()

    drive(monkeypatch, MediatorFormDialog, check)
    page.edit_current()
    assert seen == {"phone": "0571-63758810", "labour": True}
    assert page.model.mediator_at(0).organization == "杭州市临安区人民法院（退休法官）"


def test_deactivating_keeps_the_mediator_but_no_longer_offers_them(page, liaison, qtbot):
    services = liaison.services
    mediator_id = mediator(services, "俞国强")
    mediator(services, "潘美娟", "13957102266", specialties="婚姻家庭")
    page.reload()
    page.table.selectRow(page.model.row_of(mediator_id))
    assert page.active_button.text() == "&Deactivate"
    page.toggle_active()
    assert services.mediators.get(mediator_id).active is False
    row = page.model.row_of(mediator_id)
    assert page.model.index(row, Column.ACTIVE).data() == "Inactive"
    assert page.active_button.text() == "A&ctivate"  # still selected after the reload
    case = services.cases.create_case(CaseDraft(category="family", summary="赡养"))
    dialog = MediatorAssignDialog(liaison, case)
    qtbot.addWidget(dialog)
    offered = [dialog.mediator_combo.itemText(i) for i in range(dialog.mediator_combo.count())]
    assert len(offered) == 1 and offered[0].startswith("潘美娟")
    page.toggle_active()
    assert services.mediators.get(mediator_id).active is True
