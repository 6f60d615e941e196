"""First start: the greeting reuses the particulars form and offers the demo data."""
from __future__ import annotations

import sys

from input_support import click

from microcourt.services.demo.service import DEMO_PROFILE, DemoSummary
from microcourt.services.kernel.context import Actor
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
    with qtbot.waitSignal(context.events.changed) as changed:
        click(qtbot, dialog.save_button)
    assert changed.args[0].profile and changed.args[1] is dialog  # no opener: itself
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert context.services.settings.profile().name == "上田村微法庭"


def test_demo_button_loads_the_demo_data_in_the_background(context, qtbot):
    """The real demo: its parties, cases and the micro-court's particulars end up in the
    database, loaded on a worker thread, and every page is told everything is new."""
    dialog = _dialog(context, qtbot)
    announced = []
    context.events.changed.connect(lambda changes, _initiator: announced.append(changes))
    click(qtbot, dialog.demo_button)
    assert not dialog.demo_button.isEnabled()  # while it loads
    with qtbot.waitSignal(dialog.operation.finished, timeout=30_000):
        pass
    summary = dialog.operation.result
    assert isinstance(summary, DemoSummary) and dialog.operation.error is None
    services = context.services
    assert summary.parties == services.parties.count() > 100
    assert summary.cases == len(services.cases.list_cases()) > 10
    assert services.settings.profile().name == DEMO_PROFILE["name"]
    assert [changes.everything for changes in announced] == [True]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert not context.services.demo.is_empty()
    assert context.services.cases.list_cases()


def test_demo_button_is_refused_to_a_non_administrator(context, qtbot, message_boxes):
    context.services.act_as(Actor(name="只读", role="read_only", operator_id=3))
    dialog = _dialog(context, qtbot)
    click(qtbot, dialog.demo_button)
    [text] = message_boxes.texts("warning")
    assert "不能载入演示数据" in text
    assert dialog.operation is None and dialog.isVisible()
    assert context.services.demo.is_empty()


def test_missing_demo_loader_says_so(context, qtbot, monkeypatch, message_boxes):
    monkeypatch.setitem(sys.modules, "microcourt.services.demo.service", None)  # import fails
    dialog = _dialog(context, qtbot)
    dialog.demo_button.click()
    assert len(message_boxes.texts("warning")) == 1
    assert dialog.isVisible()
