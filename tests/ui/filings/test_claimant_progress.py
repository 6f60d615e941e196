"""Each claimant's filing in the Judicial confirmation tab, as the liaison sees it: the
aggregate of the 77 workers, Generate (clicked in the window) making only the packets
not yet submitted, a 驳回 that blocks filing the same version again with what to do
instead, and the window saying which holiday moved the last day."""
from __future__ import annotations

from datetime import date

from microcourt.domain import FilingStatus
from microcourt.services.filings.dto import FilingUpdate
from microcourt.services.filings.rules import make_window
from microcourt.services.kernel.progress import run_to_end
from microcourt.timeutil import today_local
from tests.ui import cases_ui_support as support
from tests.ui.filing_ui_support import SALE_NUMBER, WAGE_NUMBER, case_id, open_filing_tab
from tests.ui.input_support import click
from ui.filings.table_model import Column
from ui.filings.window import WindowLabel

liaison, demo = support.liaison, support.demo  # fixtures


def _record(services, ids, status, **dates) -> None:
    services.filings.update(ids, FilingUpdate(status, platform="mobile_micro_court", **dates))


def test_the_77_show_their_aggregate_and_generate_makes_the_64_missing(demo, qtbot, tmp_path):
    services, today = demo.services, today_local()
    first = run_to_end(services.filings.generate(WAGE_NUMBER, tmp_path / "out"))
    ids = [f.id for f in first.filings]
    _record(services, ids[:13], "submitted", submitted_on=today)
    _record(services, ids[:3], "confirmed", ruling_on=today)

    page, panel = open_filing_tab(demo, qtbot, WAGE_NUMBER)
    assert panel.progress.isVisible()
    assert panel.progress.text().startswith(
        "Applications: confirmed 3/77, submitted 10/77, not submitted 64.")
    assert page.detail.status_label.text() == "Confirmation applied"  # not confirmed
    assert panel.per_claimant.isChecked() and not panel.joint.isEnabled()
    panel.folder_edit.setText(str(tmp_path / "out"))

    click(qtbot, panel.generate_button)
    qtbot.waitUntil(lambda: panel.operation is not None and not panel.operation.is_running(),
                    timeout=120_000)
    assert panel.operation.error is None
    rows = panel.list.texts()
    assert len(rows) == 77  # 13 sent kept, 64 made again; none twice
    sent = {f.label for f in first.filings[:13]}
    assert sorted(r[Column.CLAIMANT] for r in rows if r[Column.STATUS] != "Generated") \
        == sorted(sent)
    assert len({r[Column.CLAIMANT] for r in rows}) == 77
    assert "not submitted 64" in panel.progress.text()


def test_a_refused_application_blocks_filing_the_version_again(demo, qtbot, tmp_path,
                                                               monkeypatch):
    services, today = demo.services, today_local()
    [filing] = run_to_end(services.filings.generate(SALE_NUMBER, tmp_path / "out")).filings
    _record(services, [filing.id], "submitted", submitted_on=today)
    _record(services, [filing.id], "refused", ruling_on=today)
    opened = []
    monkeypatch.setattr("ui.agreements.editor.open_agreement_editor",
                        lambda parent, context, case: opened.append(case))

    page, panel = open_filing_tab(demo, qtbot, SALE_NUMBER)
    assert page.detail.status_label.text() == "Refused"
    [message] = panel.problems.texts()
    assert "不能再次申请司法确认" in message and "第二百零六条" in message
    assert "提起诉讼" in message and "新的调解协议" in message
    assert not panel.generate_button.isEnabled()
    assert panel.list.texts()[0][Column.STATUS].startswith("Refused")
    click(qtbot, panel.problems.fix_buttons[0])  # re-mediate: the agreement editor
    assert opened == [case_id(demo, SALE_NUMBER)]
    assert FilingStatus(services.filings.get(filing.id).status) is FilingStatus.REFUSED


def test_the_window_says_which_holiday_moved_the_last_day(qtbot):
    label = WindowLabel()
    qtbot.addWidget(label)
    label.show_window(make_window(1, "x", 1, date(2026, 9, 1), date(2026, 9, 28)))
    text = label.text()
    assert "Apply by 2026-10-08: 10 days left." in text
    assert "The thirtieth day, 2026-10-01, falls on the National Day holiday" in text
    assert "art. 85" in text
    label.show_window(make_window(1, "x", 1, date(2026, 12, 20), date(2026, 12, 28)))
    assert "does not have the State Council's holidays for 2027 yet" in label.text()
