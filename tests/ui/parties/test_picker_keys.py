"""The party picker from the keyboard, keys to its QWindow: typing searches, Enter
chooses the first match, Down goes into the list; a party not yet registered is
registered from the picker and chosen."""
from __future__ import annotations

from input_support import click, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from microcourt.services.parties.dto import PartyDraft
from ui.common.inputs import set_combo_value
from ui.parties.form import PartyFormDialog
from ui.parties.picker import PartyPickerDialog


def _picker(context, qtbot):
    parties = context.services.parties
    ids = {name: parties.register(PartyDraft(name=name, phone=phone, gender="male",
                                             household_address="上田村1号")).id
           for name, phone in (("张三", "13800000001"), ("张三丰", "13800000002"),
                               ("李四", "13800000003"))}
    picker = PartyPickerDialog(context)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.activateWindow()
    picker.search.setFocus()
    return picker, ids


def test_enter_in_the_search_box_chooses_the_first_match(context, qtbot):
    picker, ids = _picker(context, qtbot)
    type_text(qtbot, picker, "ls")
    press(qtbot, picker, Qt.Key.Key_Return)  # before the 200 ms search: the typed text counts
    assert picker.result() == QDialog.DialogCode.Accepted and picker.party_id == ids["李四"]


def test_down_goes_into_the_list_and_enter_chooses_there(context, qtbot):
    picker, ids = _picker(context, qtbot)
    type_text(qtbot, picker, "zs")
    press(qtbot, picker, Qt.Key.Key_Down)
    assert picker.table.hasFocus()
    press(qtbot, picker, Qt.Key.Key_Down)
    press(qtbot, picker, Qt.Key.Key_Return)
    assert picker.result() == QDialog.DialogCode.Accepted
    assert picker.party_id == ids["张三丰"]


def test_a_new_party_is_registered_from_the_picker_and_chosen(context, qtbot, monkeypatch):
    picker, _ids = _picker(context, qtbot)

    def fill_and_save(form: PartyFormDialog) -> int:  # what the liaison types, then Save
        form.fields.inputs["name"].setText("王五")
        set_combo_value(form.fields.inputs["gender"], "male")
        form.fields.inputs["household_address"].setText("上田村2号")
        form.fields.inputs["phone"].setText("13800000004")
        form.save()
        return form.result()

    monkeypatch.setattr(PartyFormDialog, "exec", fill_and_save)
    click(qtbot, picker.register_button)
    assert picker.result() == QDialog.DialogCode.Accepted
    assert context.services.parties.get(picker.party_id).name == "王五"
