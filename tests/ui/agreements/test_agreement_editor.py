"""The agreement editor as a liaison uses it: write from templates, save with errors
beside fields, generate a plan, sign and see it locked, new versions, warnings."""
from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from microcourt.domain import AgreementStatus
from tests.fixtures.agreement_cases import make_case
from ui.agreements.editor import open_agreement_editor
from ui.agreements.plan_model import Column


@pytest.fixture
def lease_case(context):
    return make_case(context.services, [("王𠮷", 1_234_567)], category="lease",
                     summary="承租方拖欠租金六个月。")


@pytest.fixture
def editor(qtbot, context, lease_case):
    opened = open_agreement_editor(None, context, lease_case.case_id)
    yield opened
    close_quietly(opened)


def close_quietly(opened) -> None:
    """Close an editor a test left open, without the unsaved-changes question (it
    deletes itself on close, so one a test closed is already gone)."""
    if shiboken6.isValid(opened):
        opened.dirty = False
        opened.close()


def test_a_new_agreement_starts_from_the_category_templates(editor, context, lease_case):
    clauses = editor.terms.clauses.clauses()
    assert clauses[0].startswith("双方同意于某年某月某日解除")
    assert any("王𠮷" in c or "12,345.67" in c for c in clauses)  # placeholders filled
    assert editor.terms.inputs["facts"].toPlainText() == "承租方拖欠租金六个月。"
    assert editor.detail.editable and not editor.terms.inputs["facts"].isReadOnly()
    # copies default: 2 parties + 1
    assert editor.terms.copies_spin.value() == 3


def test_inserting_a_template_and_saving_keeps_the_clause(editor, context):
    clauses = editor.terms.clauses
    clauses.list.setCurrentRow(0)
    deposit = next(a for a in clauses.template_menu.actions() if a.text() == "押金处理")
    deposit.trigger()
    assert clauses.clauses()[1].startswith("出租方在房屋交还并验收后七日内退还押金")
    assert editor.dirty and editor.windowTitle().startswith("*")
    assert editor.save()
    stored = context.services.agreements.get(editor.detail.id)
    assert stored.clauses[1] == clauses.clauses()[1]
    assert not editor.dirty


def test_moving_and_removing_clauses(editor):
    clauses = editor.terms.clauses
    first, second = clauses.clauses()[:2]
    clauses.list.setCurrentRow(0)
    clauses.move_current(1)
    assert clauses.clauses()[:2] == [second, first]
    clauses.remove_current()
    assert first not in clauses.clauses()


def test_an_error_is_shown_beside_its_field_and_the_text_is_kept(editor, context):
    too_few = 2  # 2 parties: at least 3 copies
    editor.terms.inputs["facts"].setPlainText("租客<李四>&家属拖欠房租。")
    editor.terms.copies_spin.setValue(too_few)
    editor.tabs.setCurrentWidget(editor.plan)
    assert not editor.save()
    assert editor.terms.errors.is_showing("copies")
    assert "至少一式3份" in editor.terms.errors.labels["copies"].text()
    assert editor.tabs.currentWidget() is editor.terms.terms_page
    assert editor.terms.inputs["facts"].toPlainText() == "租客<李四>&家属拖欠房租。"
    assert context.services.agreements.get(editor.detail.id).facts == "承租方拖欠租金六个月。"


def test_an_error_in_a_clause_marks_that_clause(editor, monkeypatch):
    from microcourt.errors import ValidationError

    def refuse(_id, draft):
        raise ValidationError("clauses[1]", "第2条中的字“\U000F0000”无法打印。")

    monkeypatch.setattr(editor.service, "save_draft", refuse)
    clauses = editor.terms.clauses
    clauses.list.setCurrentRow(0)
    clauses.insert("   ")  # blank rows are not numbered by the service
    assert not editor.save()
    assert clauses.list.currentRow() == 2  # second clause with text is row 2
    assert "无法打印" in clauses.error.text() and not clauses.error.isHidden()


def test_a_bad_total_is_kept_as_typed_with_its_error(editor):
    editor.plan.total_edit.setText("12,3x")
    assert editor.plan.total_upper.text() == ""
    assert not editor.save()
    assert editor.plan.errors.is_showing("total")
    assert editor.plan.total_edit.text() == "12,3x"
    assert editor.tabs.currentWidget() is editor.plan


def test_uppercase_total_follows_the_typing(editor):
    editor.plan.total_edit.setText("400000")
    assert editor.plan.total_upper.text() == "肆拾万元整"
    editor.plan.total_edit.setText("1005.3")
    assert editor.plan.total_upper.text() == "壹仟零伍元叁角"


def test_generating_a_plan_sums_exactly_and_shows_the_uppercase_total(editor, lease_case):
    plan = editor.plan
    plan.total_edit.setText("1000.00")
    plan.count_spin.setValue(3)
    plan.first_date.setDate(QDate(2024, 1, 31))
    plan.generate()
    rows = plan.model.all_rows()
    assert [r.amount_fen for r in rows] == [33_333, 33_333, 33_334]
    assert [r.due_on for r in rows] == [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31)]
    assert "壹仟元整" in plan.summary.text()
    assert rows[0].payer_party_id == lease_case.respondent
    assert editor.detail.installments_total_fen == 100_000


def test_editing_a_row_by_hand_is_saved_and_a_bad_amount_named(editor, context):
    plan = editor.plan
    plan.total_edit.setText("300")
    plan.count_spin.setValue(3)
    plan.generate()
    model = plan.model
    model.setData(model.index(2, Column.AMOUNT), "abc")
    assert not editor.save()
    assert model.index(2, Column.AMOUNT).data() == "abc"  # typed text kept
    assert "每期金额" in plan.row_error.text()
    model.setData(model.index(2, Column.AMOUNT), "150")
    assert editor.save()
    amounts = [i.amount_fen for i in context.services.agreements.get(editor.detail.id)
               .installments]
    assert amounts == [10_000, 10_000, 15_000]
    assert any(w.kind == "total_mismatch" for w in editor.detail.warnings)
    assert "不一致" in editor.warnings.text()


def test_the_service_error_for_a_row_lands_on_that_row(editor):
    plan = editor.plan
    plan.total_edit.setText("300")
    plan.generate()
    model = plan.model
    model.setData(model.index(1, Column.AMOUNT), "0")
    assert not editor.save()
    assert plan.table.currentIndex().row() == 1
    assert "必须大于零" in plan.row_error.text()
    assert model.index(1, Column.AMOUNT).data(Qt.ItemDataRole.ForegroundRole) is not None


def write_in_the_blanks(editor) -> None:
    """What the liaison does with a template's 某年某月某日 and {金额}: each clause with a
    blank chosen and written again (the panel's Fix… picks the same clause)."""
    clauses = editor.terms.clauses
    for warning in [w for w in editor.warnings.warnings if w.kind == "placeholder"]:
        editor.warnings.fix_buttons[warning.field].click()
        clauses.editor.setPlainText(f"双方于2024年3月{warning.clause_index}日前办理第"
                                    f"{warning.clause_index}项交接手续。")
    for warning in [w for w in editor.warnings.warnings if w.kind == "no_payment_term"]:
        editor.warnings.fix_buttons[warning.field].click()  # the plan tab: pay it in one go
        assert editor.tabs.currentWidget() is editor.plan
        editor.plan.count_spin.setValue(1)
        editor.plan.generate()
    assert not editor.warnings.blocking()


def sign_everyone(qtbot, editor):
    write_in_the_blanks(editor)
    dialog = editor.sign()
    assert dialog is not None
    dialog.all_dates.setDate(QDate(2024, 2, 29))
    dialog.set_every_date()
    dialog.date_at(0).setDate(QDate(2024, 3, 1))  # the last signature
    with qtbot.waitSignal(dialog.finished):
        dialog.record()
    return dialog


def test_signing_locks_the_agreement_and_shows_the_dates(qtbot, editor):
    editor.plan.total_edit.setText("300")
    editor.plan.generate()
    sign_everyone(qtbot, editor)
    assert editor.detail.status == AgreementStatus.SIGNED
    assert editor.detail.effective_on == date(2024, 3, 1)
    assert "2024-03-01" in editor.banner.text() and "2024-04-01" in editor.banner.text()  # 03-31 is a Sunday (art. 85)
    assert editor.terms.inputs["facts"].isReadOnly()
    assert editor.terms.clauses.editor.isReadOnly()
    assert not editor.terms.clauses.add_button.isEnabled()
    assert editor.plan.total_edit.isReadOnly() and editor.plan.generator.isHidden()
    assert not editor.save_button.isEnabled() and editor.new_version_button.isEnabled()
    assert not editor.plan.model.flags(editor.plan.model.index(0, Column.AMOUNT)) \
        & Qt.ItemFlag.ItemIsEditable


def test_signing_without_everyone_names_who_is_missing(qtbot, editor):
    write_in_the_blanks(editor)
    dialog = editor.sign()
    dialog.check_at(0).setChecked(False)  # 王𠮷 has not signed
    dialog.record()
    assert dialog.isVisible()
    assert "王𠮷" in dialog.error.text()
    assert editor.detail.status == AgreementStatus.DRAFT


def test_a_new_version_after_signing_keeps_the_old_one_readable(qtbot, editor, monkeypatch):
    sign_everyone(qtbot, editor)
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getMultiLineText",
                        lambda *args, **kwargs: ("租金减免金额调整。", True))
    new = editor.new_version()
    assert new.version == 2 and editor.detail.editable
    assert not editor.terms.inputs["facts"].isReadOnly()
    assert editor.version_combo.count() == 2
    assert "1" in editor.banner.text()  # replaces version 1 when signed
    editor.version_combo.setCurrentIndex(0)
    editor.version_combo.activated.emit(0)
    assert editor.detail.version == 1 and editor.terms.inputs["facts"].isReadOnly()
    assert editor.terms.inputs["facts"].toPlainText() == "承租方拖欠租金六个月。"


def test_a_divorce_clause_raises_the_warning_panel(editor, message_boxes):
    write_in_the_blanks(editor)
    assert editor.warnings.isHidden()
    editor.terms.clauses.insert("双方同意离婚。")
    assert not editor.warnings.isHidden()
    assert "第三百五十五条" in editor.warnings.text()
    message_boxes.answer = QMessageBox.StandardButton.No
    assert editor.preview() is None  # asked first, and the liaison said no
    assert "离婚" in message_boxes.texts("question")[-1]
    dialog = editor.sign()
    assert not dialog.warning_panel.isHidden()
    dialog.reject()


def test_electronic_signature_of_a_family_matter_is_warned(qtbot, context):
    case = make_case(context.services, [("张堃", None)], category="family",
                     number="上田微调〔2024〕第2号")
    opened = open_agreement_editor(None, context, case.case_id)
    opened.terms.electronic_check.setChecked(True)
    assert "电子签名法第三条" in opened.warnings.text()
    close_quietly(opened)


def test_closing_with_unsaved_changes_asks(editor, message_boxes):
    editor.terms.inputs["facts"].setPlainText("改过的事实")
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    assert not editor.close()
    message_boxes.answer = QMessageBox.StandardButton.Save
    assert editor.close()
    assert editor.service.get(editor.detail.id).facts == "改过的事实"


def test_opening_the_same_case_twice_raises_the_open_editor(qtbot, editor, context, lease_case):
    assert open_agreement_editor(None, context, lease_case.case_id) is editor


def test_a_missing_case_is_refused_with_a_message(context, message_boxes):
    assert open_agreement_editor(None, context, 9999) is None
    assert "9999" in message_boxes.texts("warning")[-1]


def test_ctrl_s_saves(qtbot, editor, context):
    editor.show()
    editor.terms.inputs["performance_place"].setText("上田村村委会")
    editor.terms.inputs["performance_place"].setFocus()
    qtbot.keyClick(editor.terms.inputs["performance_place"], Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)
    assert not editor.dirty
    assert context.services.agreements.get(editor.detail.id).performance_place == "上田村村委会"
