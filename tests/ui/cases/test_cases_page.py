"""The Cases page: registering a case through the form (number assigned, shown, listed),
errors beside the fields, the status menu offering only allowed steps, refusals shown
with the service's message, and a status change with its reason on the timeline."""
from __future__ import annotations

import pytest

from microcourt.services.cases.dto import CaseDraft
from tests.core.cases_support import case_with_sides, mediator
from tests.ui import cases_ui_support as support
from tests.ui.cases_ui_support import drive
from ui.cases.form import CaseFormDialog
from ui.cases.page import CasesPage
from ui.cases.status import StatusDialog
from ui.cases.table_model import Column
from ui.common.inputs import set_combo_value

liaison, demo = support.liaison, support.demo  # fixtures


@pytest.fixture
def page(liaison, qtbot) -> CasesPage:
    widget = CasesPage(liaison)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    return widget


def numbers(page: CasesPage) -> list[str]:
    model = page.model
    return [model.index(r, Column.NUMBER).data() for r in range(model.rowCount())]


def fill_form(dialog: CaseFormDialog, amount: str, summary: str = "租金 <b>&</b> 六个月") -> None:
    set_combo_value(dialog.category_combo, "lease")
    dialog.summary_edit.setPlainText(summary)
    dialog.amount_edit.setText(amount)


def test_new_case_gets_a_number_shown_in_the_detail_and_the_list(page, monkeypatch, liaison,
                                                                  qtbot):
    messages = []
    liaison.events.status_message.connect(messages.append)
    drive(monkeypatch, CaseFormDialog, lambda d: (fill_form(d, "12万"), d.save()))
    dialog = page.new_case()
    number = dialog.saved.number
    assert number.endswith("第1号")
    assert numbers(page) == [number]
    assert number in page.detail.number_label.text()
    assert page.table.currentIndex().row() == 0  # selected in the list
    assert page.model.index(0, Column.AMOUNT).data() == "120,000.00"
    assert "120,000.00" in page.detail.info_label.text()
    assert any(number in text for text in messages)
    stored = liaison.services.cases.get_case(number)
    assert stored.summary == "租金 <b>&</b> 六个月"  # markup kept literally


def test_bad_amount_is_shown_beside_the_field_and_the_text_kept(liaison, qtbot):
    dialog = CaseFormDialog(liaison)
    qtbot.addWidget(dialog)
    fill_form(dialog, "12万x")
    dialog.save()
    assert dialog.errors.is_showing("amount")
    assert "12万x" in dialog.errors.labels["amount"].text()
    assert dialog.amount_edit.text() == "12万x"
    assert dialog.summary_edit.toPlainText() == "租金 <b>&</b> 六个月"
    assert not dialog.errors.is_showing("summary")
    assert dialog.result() == 0 and dialog.saved is None
    assert liaison.services.cases.list_cases() == []  # nothing half-written


def test_missing_category_and_summary_are_named(liaison, qtbot):
    dialog = CaseFormDialog(liaison)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.errors.is_showing("category")
    assert dialog.errors.is_showing("summary")
    assert not dialog.errors.is_showing("amount")  # empty = not stated, allowed


def test_editing_a_case_keeps_its_number(page, monkeypatch, liaison):
    detail = liaison.services.cases.create_case(CaseDraft(category="loan", summary="借款",
                                                          amount="5000"))
    page.model.reload()
    page.open_case(detail.id)
    drive(monkeypatch, CaseFormDialog,
          lambda d: (d.summary_edit.setPlainText("借款两万元未还"), d.save()))
    page.detail.edit()
    assert page.detail.detail.number == detail.number
    assert page.detail.detail.summary == "借款两万元未还"
    assert "Particulars changed" in page.detail.timeline.texts()[-1][2]


def test_status_menu_offers_only_the_allowed_steps(page, liaison):
    detail = liaison.services.cases.create_case(CaseDraft(category="loan", summary="借款"))
    page.model.reload()
    page.open_case(detail.id)
    assert page.detail.status_button.targets() == ["in_mediation", "closed"]


def test_refused_transition_shows_the_service_message(liaison, qtbot):
    detail = liaison.services.cases.create_case(CaseDraft(category="loan", summary="借款"))
    dialog = StatusDialog(liaison, detail, "in_mediation")
    qtbot.addWidget(dialog)
    dialog.reason_edit.setPlainText("双方到场")
    dialog.save()
    assert not dialog.error_label.isHidden()
    assert "还不能开始调解" in dialog.error_label.text()
    assert "还没有申请人" in dialog.error_label.text()
    assert dialog.reason_edit.toPlainText() == "双方到场"  # kept for the next try
    assert liaison.services.cases.get_case(detail.id).status == "registered"


def test_closing_early_asks_a_reason_and_the_timeline_shows_who_and_why(
        page, monkeypatch, liaison):
    detail = liaison.services.cases.create_case(CaseDraft(category="loan", summary="借款"))
    page.model.reload()
    page.open_case(detail.id)
    attempts = []

    def close_with(reason):
        def act(dialog):
            attempts.append((dialog.required, reason))
            dialog.reason_edit.setPlainText(reason)
            dialog.save()
            attempts.append(dialog.error_label.text() if not dialog.error_label.isHidden()
                            else "")
        return act

    drive(monkeypatch, StatusDialog, close_with(""))
    page.detail.status_button.ask("closed")
    assert attempts[0] == (True, "")  # a reason is required for this step
    assert "需要填写原因" in attempts[1]
    assert page.detail.detail.status == "registered"

    drive(monkeypatch, StatusDialog, close_with("当事人撤回申请"))
    page.detail.status_button.ask("closed")
    assert page.detail.detail.status == "closed"
    when, who, what, why = page.detail.timeline.texts()[-1]
    assert (who, why) == ("俞晓燕", "当事人撤回申请")
    assert what == "Status: Registered → Closed"
    assert page.model.index(0, Column.STATUS).data() == "Closed"  # the list follows
    assert page.detail.status_button.targets() == []  # closed: nothing further
    assert not page.detail.edit_button.isEnabled()


def test_a_normal_step_takes_an_optional_remark(page, monkeypatch, liaison):
    detail, _a, _r = case_with_sides(liaison.services)
    liaison.services.cases.add_mediator(detail.id, mediator(liaison.services))
    page.model.reload()
    page.open_case(detail.id)
    driven = drive(monkeypatch, StatusDialog, lambda d: d.save())
    page.detail.status_button.ask("in_mediation")
    assert driven[0].required is False
    assert page.detail.detail.status == "in_mediation"
    assert page.detail.timeline.texts()[-1][3] == "已登记 → 调解中"


def test_search_and_filters_narrow_the_demo_list(demo, qtbot):
    page = CasesPage(demo)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 16
    page.search.setText("第11号")
    assert page.search_timer.isActive()  # debounced
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert numbers(page)[0].endswith("第11号")
    assert "1 of 16" in page.count_label.text()
    page.search.clear()
    page.status_filter.setCurrentIndex(page.status_filter.findData("closed"))
    assert {page.model.case_at(r).status for r in range(page.model.rowCount())} == {"closed"}
    page.category_filter.setCurrentIndex(page.category_filter.findData("wages"))
    page.status_filter.setCurrentIndex(page.status_filter.findData("open"))
    page.apply_filter()
    # the 77-worker case and a performed (not yet closed) wage case
    assert [n[-4:] for n in numbers(page)] == ["第11号", "〕第3号"]
