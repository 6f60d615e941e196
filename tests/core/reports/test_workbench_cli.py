"""`microcourt-cli workbench|warnings [--json]`, `report --month --out`, `enforcement pdf`."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from filing_support import pdf_text
from openpyxl import load_workbook
from workbench_support import agreement, at, case, company, filing, installment, person

from microcourt.cli import main

TODAY = date(2024, 3, 15)


def cli(services, *args) -> int:
    return main(["--data-dir", str(services.data_dir), *args])


@pytest.fixture
def confirmed(services):
    with services.ctx.db.transaction() as s:
        worker, boss = person(s, "王𠮷"), company(s)
        row = case(s, date(2023, 12, 1), "confirmed", [worker], [boss],
                   changed=at(TODAY - timedelta(days=2)))
        deal = agreement(s, row, effective_on=date(2024, 1, 2), total_fen=200_000)
        installment(s, deal, date(2024, 3, 1), 200_000, boss, worker)
        filing(s, row, deal, "confirmed", submitted=date(2024, 1, 5), ruling=date(2024, 1, 20),
               court_number="（2024）浙0185民特12号")
        return row.number


def test_workbench_json(services, confirmed, capsys):
    assert cli(services, "workbench", "--json", "--today", TODAY.isoformat()) == 0
    items = json.loads(capsys.readouterr().out)
    assert [(i["kind"], i["severity"]) for i in items] == [("enforcement", "urgent"),
                                                           ("overdue", "warning")]
    assert items[1]["due"] == "2024-03-01" and items[1]["case_number"] == confirmed
    assert items[1]["target"][0] == "agreement"


def test_warnings_text(services, confirmed, capsys):
    assert cli(services, "warnings", "--today", TODAY.isoformat()) == 0
    out = capsys.readouterr().out
    assert out.startswith("[紧急] 确认后逾期未履行｜") and "强制执行" in out


def test_empty_workbench_says_so(services, capsys):
    assert cli(services, "workbench") == 0
    assert "没有待办事项" in capsys.readouterr().out


def test_report_xlsx_and_pdf(services, confirmed, tmp_path, capsys):
    xlsx, pdf = tmp_path / "r.xlsx", tmp_path / "r.pdf"
    assert cli(services, "report", "--month", "2024-01", "--out", str(xlsx)) == 0
    assert cli(services, "report", "--month", "2024-01", "--out", str(pdf)) == 0
    assert "已生成月度工作报告" in capsys.readouterr().out
    assert load_workbook(xlsx).sheetnames == ["汇总", "案件清单"]
    assert "2024年1月工作报告" in pdf_text(pdf)


def test_report_bad_month_exits_1(services, tmp_path, capsys):
    assert cli(services, "report", "--month", "2024-13", "--out", str(tmp_path / "r.pdf")) == 1
    assert "期间“2024-13”无效" in capsys.readouterr().err


def test_enforcement_pdf_and_refusal(services, confirmed, tmp_path, capsys):
    out = tmp_path / "执行.pdf"
    assert cli(services, "enforcement", "pdf", confirmed, "--out", str(out)) == 0
    assert "申请执行人：王𠮷" in pdf_text(out)
    with services.ctx.db.transaction() as s:
        other = case(s, date(2024, 1, 5), "in_mediation", [person(s, "张堃")])
        number = other.number
    assert cli(services, "enforcement", "pdf", number, "--out", str(tmp_path / "x.pdf")) == 1
    assert "没有已签署的调解协议" in capsys.readouterr().err
