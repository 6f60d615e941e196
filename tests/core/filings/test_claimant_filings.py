"""Each claimant's filing has its own life (issue 11 item 2), on the demo's 77-worker
wage case driven through the command line as a script would: 13 submitted, 3 of them
confirmed; the case status, the 30-day window, and regenerating only what is missing."""
import hashlib
import json
from pathlib import Path

import pytest

from microcourt.cli import main
from microcourt.services import open_services
from microcourt.services.demo.service import load_demo
from microcourt.services.filings.dto import FilingRefused
from microcourt.services.kernel.progress import run_to_end
from microcourt.timeutil import today_local

WAGE_CASE = "上田微调〔2026〕第11号"


@pytest.fixture(scope="module")
def wage(tmp_path_factory):
    root = tmp_path_factory.mktemp("claimants")
    services = open_services(root / "data")
    run_to_end(load_demo(services))
    first = run_to_end(services.filings.generate(WAGE_CASE, root / "out"))
    yield services, root, first
    services.close()


def cli(services, *args) -> int:
    return main(["--data-dir", str(services.data_dir), *args])


def _names(*flag_names):
    return [part for name in flag_names for part in ("--claimant", name)]


def test_13_submitted_3_confirmed_then_only_the_missing_64_are_made(wage, capsys):
    services, root, first = wage
    today = today_local().isoformat()
    labels = [f.label for f in first.filings]
    sent, confirmed = labels[:13], labels[:3]
    assert cli(services, "filing", "record", WAGE_CASE, *_names(*sent), "--status", "submitted",
               "--on", today, "--platform", "移动微法院") == 0
    assert "已登记13份申请为“已提交”" in capsys.readouterr().out
    assert cli(services, "filing", "record", WAGE_CASE, *_names(*confirmed),
               "--status", "confirmed", "--on", today) == 0
    capsys.readouterr()

    # the case does not jump to 司法确认有效 while 64 claimants are unfiled
    case_id = services.agreements.case_id_for_number(WAGE_CASE)
    assert services.cases.get_case(case_id).status == "applied"
    check = services.filings.check(WAGE_CASE)
    assert check.progress == "已确认 3/77，已提交 10/77，未提交 64"
    assert check.ready and check.to_generate == 64

    # the window stays on the workbench and in `filing deadlines`
    [window] = [w for w in services.filings.windows_closing(60, include_missed=True)
                if w.case_number == WAGE_CASE]
    assert (window.claimants, window.unfiled) == (77, 64)
    bench = services.workbench.build(today=window.deadline)  # its last day
    [item] = [i for i in bench.items if i.kind == "window_closing"
              and i.case_number == WAGE_CASE]
    assert "还有64名申请人的申请材料未提交" in item.detail
    assert cli(services, "filing", "deadlines", "--days", "60", "--missed", "--json") == 0
    [listed] = [w for w in json.loads(capsys.readouterr().out) if w["case_number"] == WAGE_CASE]
    assert listed["unfiled"] == 64 and listed["progress"].startswith("已确认 3/77")

    # regenerating makes the 64 missing packets only; the 13 sent stay as they were
    folder = Path(first.folder)
    kept = {f.label: f for f in first.filings if f.label in sent}
    again = run_to_end(services.filings.generate(WAGE_CASE, root / "out"))
    assert len(again.filings) == 64 and not {f.label for f in again.filings} & set(sent)
    for filing in kept.values():
        for document in filing.documents:
            data = (folder / document.file_name).read_bytes()
            assert hashlib.sha256(data).hexdigest() == document.sha256
    assert len([p for p in folder.iterdir() if p.is_dir()]) == 77
    numbers = {f.label: f.documents[0].file_name.split("_")[0] for f in first.filings}
    assert all(f.documents[0].file_name.startswith(numbers[f.label] + "_")
               for f in again.filings)  # each keeps its number among the 77
    with pytest.raises(FilingRefused, match="逐人申请"):
        run_to_end(services.filings.generate(WAGE_CASE, root / "out", mode="joint"))

    # once every claimant is submitted: the window closes and nothing is made again
    assert cli(services, "filing", "record", WAGE_CASE, "--all", "--status", "submitted",
               "--on", today, "--platform", "mobile_micro_court") == 0
    out = capsys.readouterr().out
    assert "已登记64份申请为“已提交”" in out and "另有13份" in out
    assert all(w.case_number != WAGE_CASE
               for w in services.filings.windows_closing(60, include_missed=True))
    with pytest.raises(FilingRefused, match="以免重复提交"):
        run_to_end(services.filings.generate(WAGE_CASE, root / "out"))
    assert services.filings.check(WAGE_CASE).progress == "已确认 3/77，已提交 74/77，未提交 0"
    assert services.cases.get_case(case_id).status == "applied"


def test_record_names_a_claimant_with_no_packet_and_needs_a_date(wage, capsys):
    services, _root, _first = wage
    assert cli(services, "filing", "record", WAGE_CASE, "--claimant", "不存在的人",
               "--status", "submitted", "--on", today_local().isoformat()) == 1
    assert "没有申请人“不存在的人”" in capsys.readouterr().err
    assert cli(services, "filing", "record", WAGE_CASE, "--all", "--status", "confirmed") == 1
    assert "--on" in capsys.readouterr().err
