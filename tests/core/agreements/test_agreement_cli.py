"""`microcourt-cli agreement pdf|show` through the real entry point, on the demo data."""
import json
import os
import subprocess
import sys
from datetime import date

import pytest
from pypdf import PdfReader

from microcourt.services import open_services
from microcourt.services.demo.service import load_demo
from microcourt.services.kernel.progress import run_to_end


def run(data_dir, *args):
    return subprocess.run([sys.executable, "-m", "microcourt.cli", "--data-dir", str(data_dir),
                           *args], capture_output=True,
                          env=dict(os.environ, PYTHONIOENCODING="ascii"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    data = tmp_path_factory.mktemp("agreement-cli")
    svc = open_services(data)
    run_to_end(load_demo(svc, today=date(2026, 3, 2)))
    cases = svc.cases.list_cases()
    svc.close()
    wages = next(c.number for c in cases if c.claimants == 77)
    without = next(c.number for c in cases if c.status == "registered")
    return data, wages, without


def test_pdf_writes_the_wage_agreement(demo, tmp_path):
    data, wages, _ = demo
    out = tmp_path / "协议.pdf"
    result = run(data, "agreement", "pdf", wages, "--out", str(out), "--large-print")
    assert result.returncode == 0, result.stderr.decode("utf-8")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "人民调解协议书" in text and wages in text


@pytest.mark.parametrize("which, message", [("unknown", "没有案号为"), ("without", "还没有调解协议")])
def test_pdf_of_an_unknown_case_or_one_without_agreement_exits_1(demo, tmp_path, which,
                                                                  message):
    data, _, without = demo
    number = "上田微调〔1999〕第9号" if which == "unknown" else without
    out = tmp_path / "x.pdf"
    result = run(data, "agreement", "pdf", number, "--out", str(out))
    assert result.returncode == 1
    assert message in result.stderr.decode("utf-8") and not out.exists()


def test_pdf_needs_an_output_file(demo):
    data, wages, _ = demo
    assert run(data, "agreement", "pdf", wages).returncode == 2


def test_show_json_gives_the_plan_without_id_numbers(demo):
    data, wages, _ = demo
    result = run(data, "agreement", "show", wages, "--json")
    assert result.returncode == 0
    shown = json.loads(result.stdout.decode("utf-8"))
    assert shown["status"] == "signed" and shown["copies"] == 79
    assert len(shown["installments"]) == 231
    assert sum(i["amount_fen"] for i in shown["installments"]) == shown["total_fen"] == 39_786_450
    assert "330185" not in result.stdout.decode("utf-8")
