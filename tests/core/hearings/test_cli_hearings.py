"""`microcourt-cli hearings list [--json]` and `hearings ics --out FILE` (DESIGN.md
section 4) through the real entry point, on the demo dataset."""
import json
import os
import re
import subprocess
import sys
from datetime import datetime

import icalendar
import pytest

KEYS = {"id", "case_number", "kind", "platform", "status", "start", "end"}
ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")


def run(data_dir, *args):
    env = dict(os.environ, PYTHONIOENCODING="ascii")  # output must not depend on it
    return subprocess.run([sys.executable, "-m", "microcourt.cli", "--data-dir", str(data_dir),
                           *args], capture_output=True, env=env)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    data = tmp_path_factory.mktemp("cli-hearings")
    result = run(data, "demo")
    assert result.returncode == 0, result.stderr.decode("utf-8")
    return data


def listed(demo_dir, *args) -> list[dict]:
    result = run(demo_dir, "hearings", "list", "--json", *args)
    assert result.returncode == 0, result.stderr.decode("utf-8")
    return json.loads(result.stdout.decode("utf-8"))


def test_list_json_has_the_contract_keys_and_offsets(demo_dir):
    hearings = listed(demo_dir)
    assert len(hearings) == 3  # the demo: wage mediation held, lease hearing, accident mediation
    for hearing in hearings:
        assert KEYS <= set(hearing)
        assert ISO_WITH_OFFSET.match(hearing["start"]) and ISO_WITH_OFFSET.match(hearing["end"])
        assert datetime.fromisoformat(hearing["end"]) > datetime.fromisoformat(hearing["start"])
    starts = [datetime.fromisoformat(h["start"]) for h in hearings]
    assert starts == sorted(starts)
    lease = next(h for h in hearings if h["kind"] == "online_hearing")
    assert lease["platform"] == "mobile_micro_court" and lease["status"] == "scheduled"
    assert lease["case_number"].startswith("上田微调〔")
    assert {p["role"] for p in lease["participants"]} == {"judge", "mediator", "agent"}
    assert {h["status"] for h in hearings} == {"held", "scheduled"}


def test_list_from_a_day_and_for_a_case(demo_dir):
    everything = listed(demo_dir)
    lease = next(h for h in everything if h["kind"] == "online_hearing")
    day = lease["start"][:10]
    assert [h["id"] for h in listed(demo_dir, "--from", day, "--days", "1")] == [lease["id"]]
    assert [h["id"] for h in listed(demo_dir, "--case", lease["case_number"])] == [lease["id"]]


def test_list_as_a_table_shows_chinese_terms_and_local_times(demo_dir):
    result = run(demo_dir, "hearings", "list")
    out = result.stdout.decode("utf-8")
    assert result.returncode == 0
    assert "在线庭审" in out and "移动微法院" in out and "已安排" in out and "已举行" in out
    assert " 09:30\t" in out


def test_ics_export_parses_back_with_the_same_times(demo_dir, tmp_path):
    out = tmp_path / "hearings.ics"
    result = run(demo_dir, "hearings", "ics", "--out", str(out))
    assert result.returncode == 0, result.stderr.decode("utf-8")
    assert "已导出日历" in result.stdout.decode("utf-8")
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    by_start = {e.decoded("DTSTART"): e for e in events}
    for hearing in listed(demo_dir):
        event = by_start[datetime.fromisoformat(hearing["start"])]
        assert event.decoded("DTEND") == datetime.fromisoformat(hearing["end"])
        names = event["ATTENDEE"] if isinstance(event["ATTENDEE"], list) else [event["ATTENDEE"]]
        assert {str(a.params["CN"]) for a in names} == {p["name"] for p in hearing["participants"]}


def test_ics_of_one_hearing(demo_dir, tmp_path):
    lease = next(h for h in listed(demo_dir) if h["kind"] == "online_hearing")
    out = tmp_path / "one.ics"
    assert run(demo_dir, "hearings", "ics", "--out", str(out), "--id", str(lease["id"])).returncode == 0
    (event,) = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["URL"]) == lease["meeting_link"]


def test_usage_and_user_errors_have_their_exit_codes(demo_dir, tmp_path):
    both = run(demo_dir, "hearings", "ics", "--out", str(tmp_path / "x.ics"), "--id", "1",
               "--from", "2026-01-01")
    assert both.returncode == 2 and "--id" in both.stderr.decode("utf-8")
    bad_day = run(demo_dir, "hearings", "list", "--from", "2026-02-30")
    assert bad_day.returncode == 1 and "2月只有28天" in bad_day.stderr.decode("utf-8")
    missing = run(demo_dir, "hearings", "ics", "--out", str(tmp_path / "x.ics"), "--id", "999")
    assert missing.returncode == 1 and "没有编号为999" in missing.stderr.decode("utf-8")
    assert not (tmp_path / "x.ics").exists()
    assert run(demo_dir, "hearings", "ics").returncode == 2  # --out is required


def test_notice_and_tomorrow_commands(demo_dir, tmp_path):
    lease = next(h for h in listed(demo_dir) if h["kind"] == "online_hearing")
    out = tmp_path / "notice.pdf"
    result = run(demo_dir, "hearings", "notice", str(lease["id"]), "--out", str(out))
    assert result.returncode == 0, result.stderr.decode("utf-8")
    assert out.read_bytes().startswith(b"%PDF")
    calls = run(demo_dir, "hearings", "tomorrow", "--json")
    assert calls.returncode == 0 and isinstance(json.loads(calls.stdout.decode("utf-8")), list)
