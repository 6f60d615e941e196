"""`microcourt-cli cases show/create/status/add-party/add-mediator`, in process."""
import json

import pytest
from cases_support import case_with_sides, liaison_services, mediator, person

from microcourt.cli import main


@pytest.fixture
def data(tmp_path):
    """A data dir holding one case with both sides and a mediator; yields (dir, number)."""
    services = liaison_services(tmp_path)
    detail, _, _ = case_with_sides(services, summary="租客 <张堃> & 房东", amount="0")
    services.cases.add_mediator(detail.id, mediator(services))
    services.close()
    return str(tmp_path / "data"), detail.number


def cli(capsys, data_dir, *args):
    code = main(["--data-dir", data_dir, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_show_json_has_parties_mediators_events_and_masked_ids(capsys, data):
    data_dir, number = data
    code, out, _ = cli(capsys, data_dir, "cases", "show", number, "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["number"] == number and shown["status"] == "registered"
    assert shown["summary"] == "租客 <张堃> & 房东" and shown["amount"] == "0.00"
    assert [(p["name"], p["role"]) for p in shown["parties"]] == \
        [("王𠮷", "applicant"), ("张堃", "respondent")]
    assert shown["mediators"][0]["name"] == "俞国强" and shown["mediators"][0]["is_lead"]
    assert [e["kind"] for e in shown["events"]][:1] == ["created"]
    assert all(e["at"].endswith("+08:00") for e in shown["events"])
    assert shown["allowed_next"] == ["in_mediation", "closed"]
    assert shown["totals"] == {"claimants": 1, "claims": "0.00", "amount_from_claimants": False}


def test_status_moves_the_case_and_show_prints_the_timeline(capsys, data):
    data_dir, number = data
    code, out, _ = cli(capsys, data_dir, "cases", "status", number, "in_mediation")
    assert code == 0 and "调解中" in out
    code, out, err = cli(capsys, data_dir, "cases", "status", number, "closed")
    assert code == 1 and "需要填写原因" in err and out == ""
    code, out, _ = cli(capsys, data_dir, "cases", "status", number, "已结案",
                       "--reason", "双方和解，申请人撤回")
    assert code == 0
    code, out, _ = cli(capsys, data_dir, "cases", "show", number)
    assert code == 0
    assert "调解中 → 已结案" in out and "双方和解，申请人撤回" in out and "王𠮷" in out
    assert "命令行" in out  # the CLI acts as itself in the timeline


def test_create_add_party_and_mediator_then_list(capsys, tmp_path):
    data_dir = str(tmp_path)
    code, out, _ = cli(capsys, data_dir, "cases", "create", "--category", "loan",
                       "--summary", "借款三万元到期未还。", "--amount", "3万",
                       "--received-on", "2024-02-29")
    assert code == 0 and out.strip() == "微调〔2024〕第1号"
    code, _, err = cli(capsys, data_dir, "cases", "create", "--category", "loan",
                       "--summary", " ", "--amount", "abc")
    assert code == 1 and "请填写案情摘要" in err and "abc" in err
    code, _, err = cli(capsys, data_dir, "cases", "add-party", "微调〔2024〕第1号", "7",
                       "--role", "applicant")
    assert code == 1 and "没有编号为7的当事人" in err
    code, out, _ = cli(capsys, data_dir, "cases", "list", "--json")
    [listed] = json.loads(out)
    assert listed["amount"] == "30000.00" and listed["received_on"] == "2024-02-29"


def test_show_an_unknown_number_exits_1(capsys, tmp_path):
    code, _, err = cli(capsys, str(tmp_path), "cases", "show", "上田微调〔2026〕第404号")
    assert code == 1 and "第404号" in err


def test_add_party_with_an_amount_and_add_mediator(capsys, data, tmp_path):
    data_dir, number = data
    services = liaison_services(tmp_path)
    newcomer = person(services, "李䶮")
    other_mediator = mediator(services, "潘美娟", "13957102266")
    services.close()
    code, out, _ = cli(capsys, data_dir, "cases", "add-party", number, str(newcomer),
                       "--role", "申请人", "--amount", "1,234.5")
    assert code == 0 and "李䶮" in out
    code, out, _ = cli(capsys, data_dir, "cases", "add-mediator", number, str(other_mediator))
    assert code == 0 and "潘美娟" in out
    shown = json.loads(cli(capsys, data_dir, "cases", "show", number, "--json")[1])
    assert shown["parties"][-1]["claim_amount"] == "1234.50"
    assert shown["amount"] == "1234.50" and shown["totals"]["amount_from_claimants"]
    assert [m["name"] for m in shown["mediators"]] == ["俞国强", "潘美娟"]
