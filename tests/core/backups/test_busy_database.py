"""A busy file is not a damaged file (issue 12, item 8): a database another program
holds locked at start is reported as busy and tried again, never moved aside."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from microcourt import cli
from microcourt.db import engine as db_engine
from microcourt.db import sqlite_checks
from microcourt.errors import DatabaseBusy
from microcourt.paths import DataPaths
from microcourt.services import open_services
from microcourt.services.backups.integrity import open_or_recover

HOLDER = textwrap.dedent("""
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("PRAGMA locking_mode=EXCLUSIVE")
    connection.execute("BEGIN EXCLUSIVE")
    connection.execute("UPDATE app_setting SET value = value")
    print("locked", flush=True)
    sys.stdin.readline()
""")


class Holder:
    """Another program (a database tool) holding the file exclusively locked."""

    def __init__(self, database):
        self.process = subprocess.Popen([sys.executable, "-c", HOLDER, str(database)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.write("\n")
            self.process.stdin.flush()
            self.process.wait(10)


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(sqlite_checks, "CHECK_TIMEOUT_S", 0.2)
    monkeypatch.setattr(cli, "BUSY_PAUSE_S", 0.05)
    services = open_services(tmp_path / "data")
    services.settings.set("idle_lock_minutes", "9")
    services.close()
    return DataPaths(tmp_path / "data")


@pytest.fixture
def holder(data):
    held = Holder(data.database)
    yield held
    held.release()


def _untouched(paths: DataPaths) -> None:
    assert not list(paths.root.glob("microcourt.damaged-*")), "a busy file was moved aside"
    assert paths.database.exists()


def test_a_locked_database_at_start_is_busy_not_damaged(data, holder):
    with pytest.raises(DatabaseBusy) as raised:
        open_or_recover(data)
    assert "占用" in raised.value.message and "没有损坏" in raised.value.message
    _untouched(data)
    holder.release()
    recovery = open_or_recover(data)  # the retry, once the other program let go
    assert not recovery.damaged
    recovery.database.dispose()
    _untouched(data)


def test_the_cli_retries_then_says_busy(data, holder, capsys):
    assert cli.main(["--data-dir", str(data.root), "cases", "list", "--json"]) == 1
    err = capsys.readouterr().err
    assert err.count("秒后重试") == cli.BUSY_RETRIES and "占用" in err and "已重试" in err
    _untouched(data)
    holder.release()
    assert cli.main(["--data-dir", str(data.root), "cases", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
