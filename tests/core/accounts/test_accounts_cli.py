"""`microcourt-cli accounts`: the administrator's tool needs no login, its actions are
audited as done from the command line, and no password ever appears in the log."""
from __future__ import annotations

import json

from sqlalchemy import select

from microcourt.cli import main
from microcourt.db.models import AuditEntry
from microcourt.services import open_services


def run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), *args])


def test_add_list_and_reset_password_from_the_command_line(tmp_path, capsys):
    data_dir = tmp_path / "data"
    secret = tmp_path / "pw.txt"
    secret.write_text("村委会&<密码>2026\n", encoding="utf-8")
    assert run(data_dir, "accounts", "add", "yuxy", "--name", "俞晓燕", "--role", "admin",
               "--password-file", str(secret)) == 0
    assert run(data_dir, "accounts", "list", "--json") == 0
    out = capsys.readouterr().out
    [row] = json.loads(out[out.index("["):])
    assert (row["username"], row["display_name"], row["role"], row["active"]) == (
        "yuxy", "俞晓燕", "admin", True)
    secret.write_text("another-password-9", encoding="utf-8")
    assert run(data_dir, "accounts", "reset-password", "YUXY", "--password-file", str(secret)) == 0
    services = open_services(data_dir)
    try:
        assert services.accounts.login("yuxy", "another-password-9").name == "俞晓燕"
        with services.ctx.db.reading() as session:
            entries = list(session.scalars(select(AuditEntry).where(
                AuditEntry.action.in_(["account.create", "account.reset_password"]))))
    finally:
        services.close()
    assert [(e.actor, e.source) for e in entries] == [("命令行", "cli")] * 2
    assert all("密码" not in e.details and "another" not in e.details for e in entries)


def test_a_short_password_is_refused_with_the_reason(tmp_path, capsys):
    secret = tmp_path / "pw.txt"
    secret.write_text("short", encoding="utf-8")
    assert run(tmp_path / "data", "accounts", "add", "li", "--name", "李四", "--role",
               "read_only", "--password-file", str(secret)) == 1
    assert "至少要 8 个字符" in capsys.readouterr().err


def test_reset_password_of_an_unknown_user(tmp_path, capsys):
    assert run(tmp_path / "data", "accounts", "reset-password", "nobody") == 1
    assert "nobody" in capsys.readouterr().err
