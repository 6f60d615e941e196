"""`microcourt-cli parties import` through the real entry point."""
import json
import subprocess
import sys

from fixtures.party_lists import workers, write_xlsx


def _cli(data_dir, *args):
    return subprocess.run([sys.executable, "-m", "microcourt.cli", "--data-dir", str(data_dir),
                           "parties", "import", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8")


def test_a_good_list_imports_with_a_chinese_summary(tmp_path):
    path = write_xlsx(tmp_path / "名单.xlsx", workers(5))
    done = _cli(tmp_path / "data", path, "--consent-on-file")
    assert done.returncode == 0, done.stderr
    assert "已从“名单.xlsx”导入5位当事人" in done.stdout
    again = _cli(tmp_path / "data", path, "--consent-on-file", "--json")
    assert again.returncode == 1  # the same five people are now registered
    report = json.loads(again.stdout)
    assert report["imported"] == 0 and [e["row"] for e in report["errors"]] == [2, 3, 4, 5, 6]


def test_bad_rows_exit_1_with_one_line_per_problem(tmp_path):
    rows = workers(5)
    rows[2]["联系电话"] = "1381234"
    rows[3]["金额（元）"] = "五千"
    failed = _cli(tmp_path / "data", write_xlsx(tmp_path / "名单.xlsx", rows), "--consent-on-file")
    assert failed.returncode == 1
    lines = failed.stderr.splitlines()
    assert lines[0].startswith("第4行 列“联系电话” 值“1381234”：")
    assert lines[1].startswith("第5行 列“金额（元）” 值“五千”：")
    assert "没有导入任何数据" in lines[-1]
    assert failed.stdout == ""
    listed = _cli(tmp_path / "data", write_xlsx(tmp_path / "ok.xlsx", workers(5)),
                  "--consent-on-file")
    assert "导入5位" in listed.stdout  # the failed run left nothing behind


def test_missing_consent_and_missing_columns_are_refused(tmp_path):
    path = write_xlsx(tmp_path / "名单.xlsx", workers(3))
    refused = _cli(tmp_path / "data", path)
    assert refused.returncode == 1 and "--consent-on-file" in refused.stderr
    no_phone = write_xlsx(tmp_path / "缺列.xlsx", workers(3), ["姓名", "身份证号码", "家庭住址"])
    missing = _cli(tmp_path / "data", no_phone, "--consent-on-file")
    assert missing.returncode == 1 and "缺少“电话”列" in missing.stderr
    imported = _cli(tmp_path / "data", path, "--consent-on-file")
    assert "导入3位" in imported.stdout  # neither refusal wrote anything
