"""`agreement import / export / sign` through the real entry point: a script drives a case
from a JSON draft to the court (import -> sign -> filing generate), with the editor's
checks on the way."""
import json
import os
import subprocess
import sys
from datetime import date

import pytest

from microcourt.services import open_services
from microcourt.services.demo.service import load_demo
from microcourt.services.kernel.progress import run_to_end

TODAY = date(2026, 12, 3)


def run(data_dir, *args):
    result = subprocess.run([sys.executable, "-m", "microcourt.cli", "--data-dir",
                             str(data_dir), *args], capture_output=True,
                            env=dict(os.environ, PYTHONIOENCODING="ascii"))
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


@pytest.fixture
def demo(tmp_path):
    data = tmp_path / "data"
    services = open_services(data)
    run_to_end(load_demo(services))
    case = next(c for c in services.cases.list_cases() if c.status == "in_mediation"
                and c.parties == 2 and c.category == "traffic")
    detail = services.cases.get_case(case.id)
    services.close()
    names = {p.role: p.name for p in detail.parties}
    return data, case.number, names


def draft(names, first_clause):
    return {"facts": "两车相撞，申请人受伤。", "responsibilities": "被申请人负全部责任。",
            "clauses": [first_clause, "双方就本纠纷再无其他争议。"], "plan_clause_at": 0,
            "plan": [{"payer": names["respondent"], "payee": names["applicant"],
                      "due_on": "2027-01-10", "amount_fen": 600_000},
                     {"payer": names["respondent"], "payee": names["applicant"],
                      "due_on": "2027-02-10", "amount_fen": 634_567}]}


def test_import_sign_generate_round_trip(demo, tmp_path):
    data, number, names = demo
    source = tmp_path / "draft.json"
    source.write_text(json.dumps(draft(names, "被申请人于某年某月某日前支付{金额}元。"),
                                 ensure_ascii=False), encoding="utf-8")
    code, out, err = run(data, "agreement", "import", number, str(source))
    assert code == 0 and "草稿" in out and "不能签署" in err and "某年" in err
    code, _, err = run(data, "agreement", "sign", number, "--on", TODAY.isoformat())
    assert code == 1 and "未登记签署" in err and "第2条" in err  # refused on the placeholder

    code, out, _ = run(data, "agreement", "export", number)
    exported = json.loads(out)
    assert exported["plan_clause_at"] == 0 and exported["status"] == "draft"
    assert "2027年1月10日" in exported["plan_clause"]
    assert exported["performance_deadline"] == "2027-02-10"
    assert exported["total_fen"] == 1_234_567
    exported["clauses"][0] = "申请人自行修理摩托车。"
    source.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(data, "agreement", "import", number, str(source))
    assert code == 0 and err == ""
    again = json.loads(run(data, "agreement", "export", number)[1])
    assert {k: again[k] for k in ("clauses", "plan", "plan_clause")} == {
        k: exported[k] for k in ("clauses", "plan", "plan_clause")}  # the same JSON back

    code, out, err = run(data, "agreement", "sign", number, "--on", "2026-12-01",
                         "--seal-on", "2026-12-02")
    assert code == 0, err
    # the 30 days end on 2027-01-01, a year the holiday calendar does not hold: said
    assert "截止2027-01-01" in out and "尚未收录2027年的放假和调休安排" in out
    signed = json.loads(run(data, "agreement", "export", number)[1])
    assert (signed["status"], signed["sealed_on"], signed["effective_on"]) == (
        "signed", "2026-12-02", "2026-12-02")
    assert len(signed["signatures"]) == 3  # both parties and the mediator
    code, out, err = run(data, "filing", "generate", number, "--out", str(tmp_path / "out"))
    assert code == 0, err


def test_bad_json_and_unknown_names_are_refused_and_nothing_is_written(demo, tmp_path):
    data, number, names = demo
    source = tmp_path / "bad.json"
    source.write_text("{not json", encoding="utf-8")
    code, _, err = run(data, "agreement", "import", number, str(source))
    assert code == 1 and "JSON" in err
    bad = draft(names, "申请人放弃其他请求。")
    bad["plan"][0]["payer"] = "不存在的人"
    source.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(data, "agreement", "import", number, str(source))
    assert code == 1 and "不存在的人" in err
    code, _, err = run(data, "agreement", "export", number)
    assert code == 1 and "还没有调解协议" in err
