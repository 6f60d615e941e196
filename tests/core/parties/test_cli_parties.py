"""`microcourt-cli parties list|show|add`: the JSON contract and masking."""
import json
import re
import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from microcourt.cli import main
from microcourt.validation.idcard import compose_resident_id

KEYS = {"id", "name", "kind", "gender", "birth_date", "age", "elderly", "id_number", "phone"}
ID = compose_resident_id("330185", date(1956, 2, 29), 123)
FULL_ID = re.compile(r"\d{17}[\dX]")


def run(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data_dir(tmp_path, capsys):
    code, _, err = run(capsys, tmp_path, "parties", "add", "--name", "王𠮷",
                       "--id-number", ID.lower(), "--phone", "138 1234 5678",
                       "--address", "上田村<8>号", "--consent", "paper",
                       "--notes", "<b>&")
    assert code == 0, err
    code, _, err = run(capsys, tmp_path, "parties", "add", "--name", "阿依古丽·买买提",
                       "--gender", "female", "--phone", "0571-63721234", "--address", "上田村")
    assert code == 0, err
    return tmp_path


def test_list_json_has_the_contract_keys_and_masked_numbers(capsys, data_dir):
    code, out, _ = run(capsys, data_dir, "parties", "list", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [r["name"] for r in rows] == ["阿依古丽·买买提", "王𠮷"]
    assert all(KEYS <= set(r) for r in rows)
    wang = rows[1]
    assert wang == {**wang, "kind": "person", "gender": "male", "birth_date": "1956-02-29",
                    "elderly": True, "phone": "13812345678",
                    "id_number": "330185********" + ID[-4:]}
    assert isinstance(wang["age"], int) and wang["age"] >= 70
    assert not FULL_ID.search(out)


def test_list_search_and_text_output(capsys, data_dir):
    # pypinyin has no reading for 𠮷: "wang" finds 王𠮷 (and typing 𠮷 itself does)
    code, out, _ = run(capsys, data_dir, "parties", "list", "--search", "wang", "--json")
    assert [r["name"] for r in json.loads(out)] == ["王𠮷"]
    code, out, err = run(capsys, data_dir, "parties", "list", "--search", "5678")
    assert code == 0 and "王𠮷" in out and ID not in out and "共1位" in err


def test_show_masks_unless_revealed_and_reveal_is_audited_masked(capsys, data_dir):
    code, out, _ = run(capsys, data_dir, "parties", "show", "1", "--json")
    detail = json.loads(out)
    assert detail["id_number"].endswith(ID[-4:]) and ID not in out
    assert detail["notes"] == "<b>&"
    code, out, _ = run(capsys, data_dir, "parties", "show", "1", "--reveal")
    assert code == 0 and ID in out
    with sqlite3.connect(data_dir / "microcourt.db") as db:
        details = " ".join(d for (d,) in db.execute("SELECT action || details FROM audit_entry"))
    assert "party.reveal_id" in details and ID not in details


def test_add_without_consent_fails_with_the_reason(capsys, data_dir):
    code, out, err = run(capsys, data_dir, "parties", "add", "--name", "张三",
                         "--id-number", compose_resident_id("330185", date(1960, 1, 1), 11),
                         "--phone", "13812345678", "--address", "上田村")
    assert code == 1 and "个人信息同意" in err and out == ""


def test_add_reports_every_bad_field(capsys, tmp_path):
    code, _, err = run(capsys, tmp_path, "parties", "add", "--name", "张三",
                       "--id-number", "330185195602291230", "--phone", "12")
    assert code == 1
    assert "校验位" in err and "电话" in err and "户籍地址" in err


def test_show_unknown_party_exits_1(capsys, tmp_path):
    code, _, err = run(capsys, tmp_path, "parties", "show", "42")
    assert code == 1 and "42" in err


def test_import_subcommand_is_in_the_same_group():
    result = subprocess.run([sys.executable, "-m", "microcourt.cli", "parties", "--help"],
                            capture_output=True)
    help_text = result.stdout.decode("utf-8")
    assert result.returncode == 0
    for action in ("list", "show", "add", "import"):
        assert action in help_text


def test_demo_data_lists_with_no_full_id_number_anywhere(capsys, tmp_path):
    code, _, err = run(capsys, tmp_path, "demo")
    assert code == 0, err
    code, out, _ = run(capsys, tmp_path, "parties", "list", "--json")
    rows = json.loads(out)
    assert len(rows) > 77 and all(KEYS <= set(r) for r in rows)
    assert {r["kind"] for r in rows} == {"person", "organization"}
    assert not FULL_ID.search(out)
    code, out, _ = run(capsys, tmp_path, "parties", "list", "--search", rows[0]["name"],
                       "--json")
    assert rows[0]["id"] in [r["id"] for r in json.loads(out)]
