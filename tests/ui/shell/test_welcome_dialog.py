"""First start: the greeting reuses the particulars form and offers the demo data."""
from __future__ import annotations

import sys
import types

from microcourt.services.kernel.progress import Progress
from ui.welcome_dialog import WelcomeDialog

GOOD = dict(name="上田村微法庭", village="上田村", committee="上田村人民调解委员会",
            court="临安区人民法院", liaison_name="张堃",
            liaison_phone="0571-88776655")


def _dialog(context, qtbot) -> WelcomeDialog:
    dialog = WelcomeDialog(context)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_first_start_is_detected(context):
    assert context.services.settings.is_first_start()


def test_bad_particulars_keep_the_dialog_open(context, qtbot):
    dialog = _dialog(context, qtbot)
    for name, text in {**GOOD, "court": ""}.items():
        dialog.form.edits[name].setText(text)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.form.error_labels["court"].isVisible()
    assert context.services.settings.is_first_start()


def test_saving_particulars_closes_and_announces(context, qtbot):
    dialog = _dialog(context, qtbot)
    for name, text in GOOD.items():
        dialog.form.edits[name].setText(text)
    with qtbot.waitSignal(context.events.profile_changed) as changed:
        dialog.save_button.click()
    assert changed.args[0].name == "上田村微法庭"
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert not context.services.settings.is_first_start()


def test_demo_button_runs_the_loader_in_the_background(context, qtbot, monkeypatch):
    calls = []

    def load_demo(services):
        calls.append(services)
        yield Progress(1, 2, "当事人")
        yield Progress(2, 2, "案件")

    fake = types.ModuleType("microcourt.services.demo.service")
    fake.load_demo = load_demo
    monkeypatch.setitem(sys.modules, "microcourt.services.demo.service", fake)
    dialog = _dialog(context, qtbot)
    dialog.demo_button.click()
    with qtbot.waitSignal(dialog.operation.finished, timeout=5000):
        pass
    assert calls == [context.services]
    assert dialog.result() == dialog.DialogCode.Accepted


def test_missing_demo_loader_says_so(context, qtbot, monkeypatch, message_boxes):
    monkeypatch.setitem(sys.modules, "microcourt.services.demo.service", None)  # import fails
    dialog = _dialog(context, qtbot)
    dialog.demo_button.click()
    assert len(message_boxes.texts("warning")) == 1
    assert dialog.isVisible()
