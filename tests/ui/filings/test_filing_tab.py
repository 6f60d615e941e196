"""The Judicial confirmation tab before generating: the 30-day window with the days left
and its colour, every refusal listed at once with a Fix… that goes where the problem
is, and the missed-window warning that blocks generating until acknowledged."""
from __future__ import annotations

import pytest

from microcourt.services.filings.dto import FilingProblem
from tests.ui import cases_ui_support as support
from tests.ui.filing_ui_support import (
    LATE_NUMBER,
    SALE_NUMBER,
    UNSIGNED_NUMBER,
    WAGE_NUMBER,
    case_id,
    clear_applicant_address,
    clear_court,
    open_filing_tab,
)
from ui.filings.window import AMBER, GREEN, RED, window_colour

liaison, demo = support.liaison, support.demo  # fixtures


def test_the_window_shows_the_last_day_and_the_days_left_in_green(demo, qtbot):
    page, panel = open_filing_tab(demo, qtbot, WAGE_NUMBER)
    window = demo.services.filings.window(case_id(demo, WAGE_NUMBER))
    text = panel.window_label.text()
    assert window.deadline.isoformat() in text and window.effective_on.isoformat() in text
    assert f"{window.days_left} days left" in text
    assert window.days_left > 7
    assert panel.window_label.palette().color(panel.window_label.foregroundRole()) == GREEN
    assert panel.per_claimant.isChecked()  # the wage case's default: one packet each
    assert panel.generate_button.isEnabled()
    assert page.detail.tabs.tabText(page.detail.tabs.indexOf(panel)) == "Judicial confirmation"


@pytest.mark.parametrize("days_left, expected", [(8, GREEN), (7, AMBER), (0, AMBER), (-1, RED)])
def test_window_colours_green_amber_red(days_left, expected):
    from datetime import date, timedelta

    from microcourt.services.filings.dto import FilingWindow

    deadline = date(2024, 2, 29)
    window = FilingWindow(1, "x", 1, deadline - timedelta(days=30), deadline, days_left)
    assert window_colour(window) == expected


def test_without_a_signed_agreement_there_is_no_window_and_fix_opens_the_agreement(
        demo, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr("ui.agreements.editor.open_agreement_editor",
                        lambda parent, context, case: opened.append(case))
    page, panel = open_filing_tab(demo, qtbot, UNSIGNED_NUMBER)
    assert "No signed agreement yet" in panel.window_label.text()
    assert not panel.generate_button.isEnabled()
    assert len(panel.problems.fix_buttons) == 1
    panel.problems.fix_buttons[0].click()
    assert opened == [case_id(demo, UNSIGNED_NUMBER)]


def test_check_lists_every_problem_at_once_and_each_fix_goes_there(demo, qtbot):
    party_id, name = clear_applicant_address(demo, SALE_NUMBER)
    clear_court(demo)
    page, panel = open_filing_tab(demo, qtbot, SALE_NUMBER)
    texts = panel.problems.texts()
    assert len(texts) == 2 and not panel.problems.isHidden()
    assert any(name in t and "住址" in t and "联系电话" in t for t in texts)
    assert any("人民法院" in t for t in texts)
    assert not panel.generate_button.isEnabled()
    requests = []
    demo.events.open_requested.connect(lambda key, item: requests.append((key, item)))
    for button in panel.problems.fix_buttons:
        button.click()
    assert sorted(requests) == [("parties", party_id), ("settings", 0)]


def test_an_agents_problem_opens_the_party_the_agent_acts_for(demo, qtbot):
    page, panel = open_filing_tab(demo, qtbot, WAGE_NUMBER)
    principal = next(p for p in page.detail.detail.parties if p.agents)
    requests = []
    demo.events.open_requested.connect(lambda key, item: requests.append((key, item)))
    panel.fix(FilingProblem("agent", "缺少公民身份号码", "代理人",
                            ("agent", principal.agents[0].agent_id)))
    assert requests == [("parties", principal.party_id)]


def test_check_again_after_fixing_clears_the_list(demo, qtbot):
    clear_court(demo)
    page, panel = open_filing_tab(demo, qtbot, SALE_NUMBER)
    assert len(panel.problems.texts()) == 1
    profile = demo.services.settings.profile()
    profile.court = "杭州市临安区人民法院"
    demo.services.settings.save_profile(profile)
    messages = []
    demo.events.status_message.connect(messages.append)
    panel.check_button.click()
    assert panel.problems.isHidden() and panel.generate_button.isEnabled()
    assert messages and "nothing stops the packet" in messages[0]


def test_the_missed_window_blocks_generating_until_acknowledged(demo, qtbot, tmp_path):
    page, panel = open_filing_tab(demo, qtbot, LATE_NUMBER)
    assert not panel.late.isHidden()
    warning = panel.late.body.text()
    assert "三十日期限" in warning and "支付令" in warning  # what to do instead
    assert panel.window_label.palette().color(panel.window_label.foregroundRole()) == RED
    assert not panel.generate_button.isEnabled()
    assert panel.generate() is None
    panel.folder_edit.setText(str(tmp_path / "out"))
    panel.late.understood.setChecked(True)
    assert panel.generate_button.isEnabled()
    operation = panel.generate()
    qtbot.waitUntil(lambda: not operation.is_running(), timeout=30_000)
    assert operation.error is None
    assert [f.mode for f in panel.filings] == ["joint"]
    assert (tmp_path / "out" / LATE_NUMBER).is_dir()
    assert not panel.late.understood.isChecked()  # the next run asks again
