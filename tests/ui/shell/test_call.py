"""ui.operations.call: one way to call the core from the UI. A refusal is its Chinese
message, a bad field is marked beside it with the text kept, a bug is one apologetic
dialog and a traceback in the log; whatever committed is announced as `changed`."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from microcourt.errors import UserError, ValidationError, ValidationErrors
from microcourt.services.kernel.guard import PermissionDenied
from microcourt.services.mediators.service import MediatorDraft
from microcourt.services.parties.dto import PartyDraft
from ui.common.field_errors import FieldErrors
from ui.operations import call, initiated_by, run_job

REFUSED = "这个案件已结案，不能再修改。"


def announced(context) -> list:
    seen = []
    context.events.changed.connect(lambda changes, initiator: seen.append((changes, initiator)))
    return seen


def form(parent: QWidget, general: bool = True) -> tuple[FieldErrors, QLineEdit]:
    errors = FieldErrors(general=QLabel(parent) if general else None)
    phone = QLineEdit("1381234", parent)
    errors.add("phone", phone)
    return errors, phone


def test_a_refusal_is_its_chinese_message(context, qtbot, message_boxes):
    parent, done = QWidget(), []
    qtbot.addWidget(parent)

    def refuse():
        raise UserError(REFUSED)

    assert call(context, parent, refuse, on_done=done.append) is None
    assert message_boxes.texts("warning") == [REFUSED] and done == []


def test_a_permission_refusal_is_no_crash(context, qtbot, message_boxes, caplog):
    parent = QWidget()
    qtbot.addWidget(parent)

    def refuse():
        raise PermissionDenied("“调解员”账户（潘美娟）不能修改微法庭信息。")

    call(context, parent, refuse)
    assert message_boxes.texts("critical") == [] and "Traceback" not in caplog.text
    assert message_boxes.texts("warning") == ["“调解员”账户（潘美娟）不能修改微法庭信息。"]


def test_bad_fields_are_marked_beside_them_and_the_text_kept(context, qtbot, message_boxes):
    parent = QWidget()
    qtbot.addWidget(parent)
    errors, phone = form(parent)

    def invalid():
        raise ValidationErrors([ValidationError("phone", "手机号码应为11位。"),
                                ValidationError("", "请至少填写一种联系方式。")])

    assert call(context, parent, invalid, form=errors) is None
    assert errors.text("phone") == "手机号码应为11位。" and phone.text() == "1381234"
    assert errors.general.text() == "请至少填写一种联系方式。"
    assert message_boxes.shown == []


def test_a_message_for_no_field_of_a_form_without_a_general_label_is_not_lost(
        context, qtbot, message_boxes):
    parent = QWidget()
    qtbot.addWidget(parent)
    errors, _phone = form(parent, general=False)

    def invalid():
        raise ValidationError("id_number", "身份证号码校验位不对。")

    call(context, parent, invalid, form=errors)
    assert message_boxes.texts("warning") == ["身份证号码校验位不对。"]


def test_a_refusal_can_go_under_the_fields_instead(context, qtbot, message_boxes):
    parent = QWidget()
    qtbot.addWidget(parent)
    errors, _phone = form(parent)

    def refuse():
        raise UserError(REFUSED)

    call(context, parent, refuse, form=errors, inline=True)
    assert errors.general.text() == REFUSED and message_boxes.shown == []


def test_a_bug_is_apologised_for_once_and_logged(context, qtbot, message_boxes, caplog):
    parent = QWidget()
    qtbot.addWidget(parent)
    assert call(context, parent, lambda: {}["missing"]) is None
    assert len(message_boxes.texts("critical")) == 1 and message_boxes.texts("warning") == []
    assert "KeyError" in caplog.text and "Traceback" in caplog.text


def test_what_was_written_is_announced_with_who_did_it(context, qtbot):
    parent, seen = QWidget(), announced(context)
    qtbot.addWidget(parent)
    mediators = context.services.mediators
    saved = call(context, parent, lambda: mediators.create(MediatorDraft(name="金德明")))
    assert saved is not None
    [(changes, initiator)] = seen
    assert changes.mediators == {saved.id} and changes.audit and initiator is parent
    call(context, parent, lambda: mediators.list())  # a read: nothing to tell
    assert len(seen) == 1


def test_a_dialog_writes_for_the_widget_that_opened_it(context, qtbot):
    page, seen = QWidget(), announced(context)
    qtbot.addWidget(page)
    dialog = QDialog(page)
    mediators = context.services.mediators
    call(context, dialog, lambda: mediators.create(MediatorDraft(name="金德明")))
    [(_changes, initiator)] = seen
    assert initiator is page and initiated_by(initiator, page)
    assert not initiated_by(initiator, QWidget())


def test_what_committed_before_a_failure_is_announced_too(context, qtbot, message_boxes):
    parent, seen = QWidget(), announced(context)
    qtbot.addWidget(parent)
    services = context.services

    def half():
        services.mediators.create(MediatorDraft(name="金德明"))  # committed
        services.parties.register(PartyDraft(name=""))  # refused: nothing written

    assert call(context, parent, half) is None
    [(changes, _initiator)] = seen
    assert changes.mediators and not changes.parties
    assert len(message_boxes.texts("warning")) == 1


def test_a_job_announces_what_it_committed_on_its_thread(context, qtbot):
    seen = announced(context)
    services = context.services

    def job():
        yield from ()
        return services.mediators.create(MediatorDraft(name="潘美娟"))

    op = run_job(None, job(), "job", context=context)
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    [(changes, _initiator)] = seen
    assert changes.mediators == {op.result.id} and op.changes == changes


def test_a_cancelled_job_announces_nothing(context, qtbot):
    from microcourt.services.demo.service import load_demo

    seen = announced(context)
    op = run_job(None, load_demo(context.services), "demo", context=context)
    op.cancel()
    with qtbot.waitSignal(op.finished, timeout=20_000):
        pass
    assert op.was_cancelled and seen == [] and context.services.demo.is_empty()
