"""`microcourt-cli backup create|list|verify|restore` through the entry point."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from microcourt.cli import main
from microcourt.services import open_services
from tests.core.backup_support import PASSWORD, add_party, fast_kdf, party_names  # noqa: F401

ROOT = Path(__file__).parents[3]


@pytest.fixture
def data_dir(tmp_path):
    services = open_services(tmp_path / "data")
    add_party(services, 1, "王𠮷")
    services.close()
    return tmp_path / "data"


@pytest.fixture
def password_file(tmp_path):
    path = tmp_path / "密码.txt"
    path.write_text(PASSWORD + "\r\n第二行不算\n", encoding="utf-8")
    return path


def run(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def names(data_dir) -> list[str]:
    services = open_services(data_dir)
    try:
        return party_names(services)
    finally:
        services.close()


def test_create_and_list(capsys, data_dir):
    code, out, _ = run(capsys, data_dir, "backup", "create")
    assert code == 0 and "microcourt-manual-" in out
    code, out, _ = run(capsys, data_dir, "backup", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 1
    assert set(rows[0]) >= {"name", "path", "kind", "taken_at", "size", "encrypted"}
    assert rows[0]["kind"] == "manual" and rows[0]["encrypted"] is False
    assert rows[0]["taken_at"].endswith("+08:00")
    code, out, _ = run(capsys, data_dir, "backup", "list")
    assert code == 0 and "手动" in out


def test_export_needs_a_password_file(capsys, data_dir, tmp_path, fast_kdf):
    stick = tmp_path / "stick"
    stick.mkdir()
    code, _, err = run(capsys, data_dir, "backup", "create", "--to", str(stick))
    assert code == 1 and "--password-file" in err and list(stick.iterdir()) == []
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    code, _, err = run(capsys, data_dir, "backup", "create", "--to", str(stick),
                       "--password-file", str(empty))
    assert code == 1 and "第一行是空的" in err
    code, _, err = run(capsys, data_dir, "backup", "create", "--password-file", str(empty))
    assert code == 1 and "--to" in err


def test_encrypted_export_verify_and_restore(capsys, data_dir, tmp_path, password_file,
                                            fast_kdf):
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, err = run(capsys, data_dir, "backup", "create", "--to", str(stick),
                         "--password-file", str(password_file))
    assert code == 0, err
    [exported] = stick.iterdir()
    assert exported.suffix == ".mcbak"
    code, out, _ = run(capsys, data_dir, "backup", "verify", str(exported),
                       "--password-file", str(password_file))
    assert code == 0 and "完整性检查：通过" in out and "当事人：1" in out
    code, out, _ = run(capsys, data_dir, "backup", "verify", str(exported), "--json",
                       "--password-file", str(password_file))
    report = json.loads(out)
    assert report["ok"] and report["encrypted"] and report["counts"]["party"] == 1
    code, _, err = run(capsys, data_dir, "backup", "verify", str(exported))
    assert code == 1 and "--password-file" in err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the password", encoding="utf-8")
    code, _, err = run(capsys, data_dir, "backup", "verify", str(exported),
                       "--password-file", str(wrong))
    assert code == 1 and "密码不对，或备份文件已损坏" in err

    services = open_services(data_dir)
    add_party(services, 2, "阿依古丽·买买提")
    services.close()
    code, out, err = run(capsys, data_dir, "backup", "restore", str(exported), "--yes",
                         "--password-file", str(password_file))
    assert code == 0, err
    assert "恢复前的数据已另存为" in out
    assert names(data_dir) == ["王𠮷"]
    assert len(list((data_dir / "backups").glob("microcourt-before-restore-*.db"))) == 1


def test_verify_a_damaged_backup_exits_1(capsys, data_dir, tmp_path):
    run(capsys, data_dir, "backup", "create")
    [backup] = (data_dir / "backups").iterdir()
    damaged = tmp_path / "damaged.db"
    data = bytearray(backup.read_bytes())
    data[4096:] = b"\x55" * (len(data) - 4096)
    damaged.write_bytes(bytes(data))
    code, out, _ = run(capsys, data_dir, "backup", "verify", str(damaged))
    assert code == 1 and "未通过" in out


def test_restore_without_yes_refuses_when_not_interactive(data_dir):
    """Through the real entry point, with stdin not a terminal (a script, a pipe)."""
    services = open_services(data_dir)
    backup = services.backups.create()
    add_party(services, 2, "堃")
    services.close()
    done = subprocess.run([sys.executable, "-m", "microcourt.cli", "--data-dir", str(data_dir),
                           "backup", "restore", str(backup.path)],
                          stdin=subprocess.DEVNULL, capture_output=True, cwd=ROOT)
    assert done.returncode == 1
    assert "--yes" in done.stderr.decode("utf-8")
    assert names(data_dir) == ["堃", "王𠮷"]
