"""`microcourt-cli filing generate|check|list|deadlines` (DESIGN.md section 4)."""
import json
from datetime import timedelta

from filing_support import SIGNED_ON, signed_case
from fixtures.agreement_cases import make_case

from microcourt.cli import main
from microcourt.services.agreements.dto import confirmation_deadline
from microcourt.timeutil import today_local


def cli(services, *args) -> int:
    return main(["--data-dir", str(services.data_dir), *args])


def test_generate_per_claimant_and_joint(services, tmp_path, capsys):
    ids = signed_case(services, signed_on=today_local() - timedelta(days=3))
    out = tmp_path / "申请材料"
    assert cli(services, "filing", "generate", ids.number, "--out", str(out)) == 0
    assert "已生成4套司法确认申请材料（逐人申请）" in capsys.readouterr().out
    assert len(list((out / ids.number).glob("*_司法确认申请材料.pdf"))) == 4
    assert cli(services, "filing", "generate", ids.number, "--out", str(out), "--joint") == 0
    assert [p.name for p in (out / ids.number).glob("*.pdf")] == ["01_全体申请人_司法确认申请材料.pdf"]
    assert cli(services, "filing", "list", ids.number, "--json") == 0
    [listed] = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert listed["mode"] == "joint" and len(listed["documents"][0]["sha256"]) == 64
    assert listed["documents"][0]["file"] == "01_全体申请人/01_司法确认申请书.pdf"


def test_refusals_exit_1_with_every_problem_on_stderr(services, tmp_path, capsys):
    ids = make_case(services, [("王𠮷", 1_000)])
    services.agreements.create_draft(ids.case_id)
    out = tmp_path / "out"
    assert cli(services, "filing", "generate", ids.number, "--out", str(out)) == 1
    assert "第1版调解协议尚未签署" in capsys.readouterr().err
    assert not out.exists()


def test_a_late_filing_needs_accept_late(services, tmp_path, capsys):
    ids = signed_case(services, signed_on=SIGNED_ON)
    out = tmp_path / "out"
    assert cli(services, "filing", "generate", ids.number, "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert "支付令" in err and "--accept-late" in err
    assert cli(services, "filing", "generate", ids.number, "--out", str(out), "--joint",
               "--accept-late") == 0
    assert "警告：" in capsys.readouterr().err


def test_deadlines_lists_windows_closing(services, capsys):
    signed_on = today_local() - timedelta(days=25)
    ids = signed_case(services, signed_on=signed_on)
    # five days on, unless that day is a rest day (民事诉讼法 art. 85)
    left = (confirmation_deadline(signed_on) - today_local()).days
    assert left >= 5
    assert cli(services, "filing", "deadlines", "--days", "20", "--json") == 0
    [window] = json.loads(capsys.readouterr().out)
    assert window["case_number"] == ids.number and window["days_left"] == left
    assert cli(services, "filing", "check", ids.number) == 0
    assert f"还剩{left}天" in capsys.readouterr().out
