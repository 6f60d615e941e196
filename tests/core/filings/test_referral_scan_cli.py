"""The command line for issue 11 points 4-5: `cases create` with a court referral and
`agreement scan` attaching, replacing and removing the signed original's scan."""
from __future__ import annotations

import json

from filing_support import signed_case
from scan_support import write_scans

from microcourt.cli import main


def cli(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_court_referred_case_from_the_command_line(capsys, tmp_path):
    base = ("cases", "create", "--category", "loan", "--summary", "借款三万元到期未还。",
            "--received-on", "2024-02-29", "--source", "法院委派")
    code, _, err = cli(capsys, tmp_path, *base)
    assert code == 1 and "请填写委派（委托）法院" in err and "请填写法院案号" in err
    code, out, _ = cli(capsys, tmp_path, *base, "--referring-court", "杭州市临安区人民法院",
                       "--referral-number", "（2024）浙0185民初88号", "--referral-kind", "委托调解")
    assert code == 0
    number = out.strip()
    code, out, _ = cli(capsys, tmp_path, "cases", "show", number, "--json")
    assert json.loads(out)["referral"] == {"kind": "entrusted", "court": "杭州市临安区人民法院",
                                           "case_number": "（2024）浙0185民初88号"}
    code, out, _ = cli(capsys, tmp_path, "cases", "show", number)
    assert "委托调解：杭州市临安区人民法院（案号：（2024）浙0185民初88号）" in out


def test_agreement_scan_attaches_and_removes(services, capsys, tmp_path):
    ids = signed_case(services)
    files = [str(p) for p in write_scans(tmp_path / "scan")]
    code, out, _ = cli(capsys, services.data_dir, "agreement", "scan", ids.number, *files)
    assert code == 0 and "已为第1版调解协议附签署原件扫描件：3个文件，共4页。" in out
    code, _, err = cli(capsys, services.data_dir, "agreement", "scan", ids.number,
                       str(tmp_path / "没有这个文件.pdf"))
    assert code == 1 and "无法读取扫描件“没有这个文件.pdf”" in err
    version = services.agreements.in_force(ids.case_id).id
    assert services.scans.scan_of(version).pages == 4  # the failed attach changed nothing
    code, out, _ = cli(capsys, services.data_dir, "agreement", "scan", ids.number, "--remove")
    assert code == 0 and services.scans.scan_of(version) is None
    code, _, err = cli(capsys, services.data_dir, "agreement", "scan", ids.number)
    assert code == 1 and "请选择签署原件的扫描件" in err
