"""Settings: the particulars form (errors beside fields, text kept, saved for good) and
the display preferences."""
from __future__ import annotations

from input_support import click
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from microcourt.services import open_services
from ui.admin.profile_form import ProfileForm
from ui.admin.settings_page import SettingsPage
from ui.operations import call
from ui.preferences import Preferences

GOOD = {
    "name": "𠮷祥村微法庭",
    "village": "𠮷祥村",
    "committee": "𠮷祥村人民调解委员会",
    "court": "临安区人民法院",
    "liaison_name": "阿依古丽·买买提",
    "liaison_phone": "13812345678",
    "address": "村委会二楼 <调解室> & 档案室",
    "room": "",
    "judge": "王喆",
}


def _page(context, qtbot) -> SettingsPage:
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def _type(form: ProfileForm, qtbot, values: dict[str, str]) -> None:
    """Type ASCII key by key; Chinese arrives whole, as from an input method (QTest
    cannot synthesise keys outside the BMP, such as 𠮷)."""
    for name, text in values.items():
        form.edits[name].clear()
        if text.isascii():
            qtbot.keyClicks(form.edits[name], text)
        else:
            form.edits[name].setText(text)


def test_bad_phone_is_marked_beside_its_field_and_text_is_kept(context, qtbot, chinese):
    page = _page(context, qtbot)
    _type(page.form, qtbot, {**GOOD, "liaison_phone": "1381234"})
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    error = page.form.error_labels["liaison_phone"]
    assert error.isVisible() and "1381234" in error.text()
    assert page.form.edits["liaison_phone"].text() == "1381234"
    assert page.form.edits["name"].text() == GOOD["name"]
    assert page.focusWidget() is page.form.edits["liaison_phone"]
    assert not page.form.error_labels["name"].isVisible()
    assert page.confirmation.text() == ""
    assert context.services.settings.profile() is None  # nothing half-saved


def test_first_bad_field_gets_focus_when_several_are_wrong(context, qtbot, chinese):
    page = _page(context, qtbot)
    _type(page.form, qtbot, {**GOOD, "village": "", "liaison_phone": "123"})
    page.save()
    assert page.focusWidget() is page.form.edits["village"]
    assert page.form.error_labels["village"].isVisible()
    assert page.form.error_labels["liaison_phone"].isVisible()


def test_fix_save_and_values_are_back_after_restart(context, data_dir, qtbot, chinese):
    page = _page(context, qtbot)
    _type(page.form, qtbot, {**GOOD, "liaison_phone": "1381234"})
    page.save()
    _type(page.form, qtbot, {"liaison_phone": "138 1234 5678"})
    statuses = []
    context.events.status_message.connect(statuses.append)
    qtbot.keyClick(page.form.edits["liaison_phone"], Qt.Key.Key_Return)  # Enter saves
    assert not page.form.error_labels["liaison_phone"].isVisible()
    assert page.confirmation.text() == "已保存。"
    assert statuses == ["已保存。"]
    assert page.form.edits["liaison_phone"].text() == "13812345678"  # as stored
    context.services.close()

    services = open_services(data_dir)  # a fresh start on the same data
    try:
        from ui.context import PageContext
        again = _page(PageContext(services, Preferences()), qtbot)
        shown = {name: edit.text() for name, edit in again.form.edits.items()}
    finally:
        services.close()
    assert shown["name"] == "𠮷祥村微法庭"
    assert shown["liaison_name"] == "阿依古丽·买买提"
    assert shown["address"] == "村委会二楼 <调解室> & 档案室"
    assert shown["liaison_phone"] == "13812345678"


def test_case_number_example_follows_the_pattern(context, qtbot, chinese):
    page = _page(context, qtbot)
    _type(page.form, qtbot, {"village": "上田村",
                             "case_number_pattern": "{village}调〔{year}〕{seq}号"})
    example = page.form.example.text()
    assert "上田调〔" in example and "〕1号" in example
    _type(page.form, qtbot, {"case_number_pattern": "第{oops}号"})
    assert "格式" in page.form.example.text() and "{oops}" not in page.form.example.text()


def test_tab_goes_down_the_form(context, qtbot, chinese):
    page = _page(context, qtbot)
    edits = page.form.edits
    edits["name"].setFocus()
    qtbot.keyClick(edits["name"], Qt.Key.Key_Tab)
    assert page.focusWidget() is edits["village"]
    qtbot.keyClick(edits["village"], Qt.Key.Key_Tab)
    assert page.focusWidget() is edits["committee"]


def test_larger_fonts_change_the_whole_app_at_once(context, qtbot, chinese):
    page = _page(context, qtbot)
    before = QApplication.font().pointSizeF()
    page.font_scale.setCurrentIndex(page.font_scale.findData(1.5))
    assert QApplication.font().pointSizeF() == before * 1.5
    name_edit = page.form.edits["name"]
    qtbot.waitUntil(lambda: name_edit.font().pointSizeF() == before * 1.5)
    assert Preferences().font_scale() == 1.5
    page.font_scale.setCurrentIndex(page.font_scale.findData(1.25))
    assert QApplication.font().pointSizeF() == before * 1.25  # from the base, not compounded


def test_language_choice_is_kept_for_next_start(context, qtbot, chinese):
    page = _page(context, qtbot)
    page.language.setCurrentIndex(page.language.findData("en"))
    assert Preferences().language() == "en"
    assert "下次" in page.language_note.text()


def test_page_shows_particulars_saved_elsewhere(context, qtbot, chinese):
    from microcourt.services.settings.service import CourtProfileData

    page = _page(context, qtbot)
    elsewhere = QWidget()  # as the first-start dialog does
    settings = context.services.settings
    call(context, elsewhere, lambda: settings.save_profile(
        CourtProfileData(**{**GOOD, "room": "二楼"})))
    assert page.form.edits["name"].text() == "𠮷祥村微法庭"
    assert page.form.edits["room"].text() == "二楼"


def test_a_mediator_pressing_save_is_told_why_not(context, qtbot, chinese, message_boxes,
                                                  caplog):
    """A refusal (PermissionDenied) is the service's Chinese message, never a crash
    dialog, and what was typed stays."""
    from microcourt.services.kernel.context import Actor

    page = _page(context, qtbot)
    context.services.act_as(Actor(name="潘美娟", role="mediator", mediator_id=1))
    _type(page.form, qtbot, GOOD)
    click(qtbot, page.save_button)
    assert message_boxes.texts("critical") == [] and "Traceback" not in caplog.text
    [refusal] = message_boxes.texts("warning")
    assert "调解员" in refusal and "修改微法庭信息" in refusal
    assert page.form.edits["name"].text() == "𠮷祥村微法庭"  # kept as typed
    assert page.confirmation.text() == ""
    assert context.services.settings.profile() is None  # nothing was stored
