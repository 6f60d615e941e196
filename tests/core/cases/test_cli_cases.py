"""`microcourt-cli demo` and `microcourt-cli cases list` through the real entry points."""
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

CONSOLE_SCRIPT = Path(sys.executable).with_name("microcourt-cli")
KEYS = {"id", "number", "category", "status", "parties", "claimants", "received_on", "amount"}


def _env():
    return dict(os.environ, PYTHONIOENCODING="ascii")  # output must not depend on it


def run_module(data_dir, *args):
    return subprocess.run([sys.executable, "-m", "microcourt.cli", "--data-dir", str(data_dir),
                           *args], capture_output=True, env=_env())


def run_script(data_dir, *args):
    return subprocess.run([str(CONSOLE_SCRIPT), "--data-dir", str(data_dir), *args],
                          capture_output=True, env=_env())


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    data = tmp_path_factory.mktemp("cli-demo")
    result = run_module(data, "demo")
    assert result.returncode == 0, result.stderr.decode("utf-8")
    out = result.stdout.decode("utf-8")
    assert "已装入演示数据" in out and "案件16件" in out
    return data


def test_cases_list_json_after_demo_has_the_keys_and_counts(demo_dir):
    result = run_module(demo_dir, "cases", "list", "--json")
    assert result.returncode == 0
    cases = json.loads(result.stdout.decode("utf-8"))
    assert len(cases) == 16
    assert all(set(c) == KEYS for c in cases)
    wages = [c for c in cases if c["claimants"] == 77]
    assert len(wages) == 1 and wages[0]["parties"] == 78
    assert wages[0]["category"] == "wages" and wages[0]["status"] == "agreed"
    assert Decimal(wages[0]["amount"]) == Decimal("397864.50")
    assert wages[0]["number"].startswith("上田微调〔")
    assert len({c["number"] for c in cases}) == 16
    dates = [c["received_on"] for c in cases]
    assert dates == sorted(dates, reverse=True)  # newest first, ISO dates
    assert any(c["amount"] is None for c in cases) and any(c["amount"] == "0.00" for c in cases)


def test_cases_list_as_a_table_shows_chinese_terms(demo_dir):
    result = run_script(demo_dir, "cases", "list")
    assert result.returncode == 0
    out = result.stdout.decode("utf-8")
    assert "追索劳动报酬纠纷" in out and "397,864.50" in out and "达成协议" in out


def test_demo_twice_exits_1_with_the_chinese_message(demo_dir):
    result = run_script(demo_dir, "demo")
    assert result.returncode == 1
    assert "数据目录不是空的" in result.stderr.decode("utf-8")
    listed = json.loads(run_script(demo_dir, "cases", "list", "--json").stdout.decode("utf-8"))
    assert len(listed) == 16  # nothing added the second time


def test_an_empty_data_dir_lists_no_cases(tmp_path):
    result = run_script(tmp_path, "cases", "list", "--json")
    assert result.returncode == 0 and json.loads(result.stdout.decode("utf-8")) == []


@pytest.mark.parametrize("args", [["cases"], ["cases", "list", "--bogus"], ["demo", "extra"]])
def test_bad_usage_exits_2(tmp_path, args):
    result = run_script(tmp_path, *args)
    assert result.returncode == 2
    assert "用法错误" in result.stderr.decode("utf-8")


def test_usage_errors_are_explained_in_chinese():
    from microcourt.cli import chinese_usage_error

    assert chinese_usage_error("the following arguments are required: CASE_NUMBER") == \
        "缺少参数：CASE_NUMBER"
    assert chinese_usage_error("unrecognized arguments: --bogus") == "无法识别的参数：--bogus"
    assert chinese_usage_error("argument --days: invalid int value: 'abc'") == \
        "参数 --days 的值 'abc' 格式不对"
    assert chinese_usage_error("something new") == "something new"
