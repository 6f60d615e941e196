"""The audit chain against concurrent writers and against the attacks the chain alone
cannot see (issue 12, item 3): six parallel `backup create` runs leave one unforked
chain; deleting the newest entries, deleting all of them, or editing one and
recomputing every later hash are each named by an anchor outside the database."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from microcourt.cli import main
from microcourt.db.models import AuditEntry
from microcourt.services import open_services
from microcourt.services.audit import chain as audit
from microcourt.services.audit.anchors import anchor_file
from tests.core.backup_support import PASSWORD, add_party, fast_kdf  # noqa: F401

ROOT = Path(__file__).parents[3]


@pytest.fixture
def logged(services):
    """Five entries, a backup, then three more: the backup saw #6's predecessor."""
    for number in range(1, 6):
        add_party(services, number)
    services.backups.create()
    for number in range(6, 9):
        add_party(services, number)
    assert audit.verify(services.ctx).ok
    return services


def raw(services, sql: str, **params) -> None:
    with services.ctx.db.transaction() as session:
        session.execute(text(sql), params)


def recompute_from(services, first_id: int) -> None:
    """What a careful attacker does after an edit: rehash every later entry."""
    with services.ctx.db.transaction() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        prev = audit.GENESIS
        for entry in entries:
            if entry.id >= first_id:
                entry.prev_hash = prev
                entry.entry_hash = audit._digest(prev, entry.at, entry.actor, entry.source,
                                                 entry.action, entry.entity,
                                                 entry.entity_id, entry.details)
            prev = entry.entry_hash


def forge_head_row(services) -> None:
    """The attacker also fixes the head row inside the database."""
    with services.ctx.db.reading() as session:
        head = audit.head(session)
    value = f"{head.id}:{head.hash}" if head else ""
    raw(services, "UPDATE app_setting SET value = :v WHERE key = :k", v=value,
        k=audit.HEAD_KEY)


def test_six_parallel_backup_runs_leave_one_chain(tmp_path):
    data = tmp_path / "data"
    services = open_services(data)
    add_party(services, 1)
    services.close()
    command = [sys.executable, "-m", "microcourt.cli", "--data-dir", str(data),
               "backup", "create"]
    runs = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE) for _ in range(6)]
    results = [(run.wait(timeout=120), run.stderr.read().decode()) for run in runs]
    assert [code for code, _ in results] == [0] * 6, results
    services = open_services(data)
    try:
        report = audit.verify(services.ctx)
        assert report.ok, report
        assert report.checked == 7 and not report.findings
        with services.ctx.db.reading() as session:
            prevs = session.scalars(select(AuditEntry.prev_hash)).all()
        assert len(set(prevs)) == len(prevs)  # nobody linked to the same predecessor
        lines = anchor_file(services.ctx.paths.database).read_text("utf-8").splitlines()
        heads = [json.loads(line) for line in lines]
        assert sorted(h["id"] for h in heads) == list(range(1, 8))  # one per commit
        assert not any(h.get("why") for h in heads)                 # no conflict seen
    finally:
        services.close()


def test_deleting_the_newest_entries_is_named_as_truncation(logged):
    raw(logged, "DELETE FROM audit_entry WHERE id > 5")
    forge_head_row(logged)
    report = audit.verify(logged.ctx)
    assert not report.ok and report.checked == 5
    assert any("审计日志只到第5号，但链头记录文件见过第9号" in f for f in report.findings)
    assert any("日志文件 microcourt.log" in f or "见过第9号" in f for f in report.findings)


def test_deleting_everything_is_named(logged):
    raw(logged, "DELETE FROM audit_entry")
    raw(logged, "DELETE FROM app_setting WHERE key = :k", k=audit.HEAD_KEY)
    report = audit.verify(logged.ctx)
    assert not report.ok and report.checked == 0
    assert any(f.startswith("审计日志是空的，但") and "的备份" in f and "见过第5号" in f
               for f in report.findings), report.findings


def test_an_edit_with_every_later_hash_recomputed_is_named_as_a_rewrite(logged):
    raw(logged, "UPDATE audit_entry SET details = :d WHERE id = 3", d='{"name": "改过"}')
    recompute_from(logged, 3)
    forge_head_row(logged)
    with logged.ctx.db.reading() as session:
        assert audit.verify_session(session).ok  # the chain alone is fooled
    report = audit.verify(logged.ctx)
    assert not report.ok
    assert any("第5号记录与" in f and "的备份" in f for f in report.findings), report.findings
    assert any("第9号记录与链头记录文件所见的不同" in f for f in report.findings)


def test_a_truncation_then_new_entries_keeps_the_evidence(logged):
    """The attacker deletes #7..#9 and the program writes on: the anchor file keeps the
    head the chain no longer holds."""
    raw(logged, "DELETE FROM audit_entry WHERE id > 6")
    forge_head_row(logged)
    for number in range(9, 13):
        add_party(logged, number)
    report = audit.verify(logged.ctx)
    assert not report.ok
    assert any("第9号记录与链头记录文件中保存的旧链头所见的不同" in f for f in report.findings)


def test_a_restore_sets_older_anchors_aside(logged):
    backup = logged.backups.list()[0]
    logged.backups.restore(backup.path)
    add_party(logged, 20)
    report = audit.verify(logged.ctx)
    assert report.ok, report.findings
    assert any("从备份恢复过数据" in n for n in report.notes)


def test_a_paper_anchor_is_checked_through_the_cli(capsys, logged):
    with logged.ctx.db.reading() as session:
        printed = audit.head(session).printed()
    code = main(["--data-dir", str(logged.data_dir), "audit", "verify", "--anchor", printed])
    out, err = capsys.readouterr()
    assert code == 0 and "审计日志完整" in out, err
    wrong = printed.split(":")[0] + ":" + "0" * 16
    code = main(["--data-dir", str(logged.data_dir), "audit", "verify", "--anchor", wrong])
    out, err = capsys.readouterr()
    assert code == 1 and "纸面记录所见的不同" in err


def test_the_log_and_the_anchor_file_are_private(logged):
    path = anchor_file(logged.ctx.paths.database)
    if sys.platform != "win32":
        assert path.stat().st_mode & 0o077 == 0


def test_an_encrypted_export_carries_the_head_that_names_a_truncation(logged, tmp_path,
                                                                     fast_kdf):
    stick = tmp_path / "U盘"
    stick.mkdir()
    exported = logged.backups.export(stick, PASSWORD)
    report = logged.backups.verify(exported.path, PASSWORD)
    assert report.audit_head is not None and report.audit_head.id == 9
    assert report.audit_findings == ()
    raw(logged, "DELETE FROM audit_entry WHERE id > 4")
    report = logged.backups.verify(exported.path, PASSWORD)
    assert any("只到第4号" in f and "见过第9号" in f for f in report.audit_findings)


def test_the_anchor_file_is_compacted_keeping_evidence_and_the_head(logged, monkeypatch):
    from microcourt.services.audit import anchors

    raw(logged, "DELETE FROM audit_entry WHERE id > 6")
    forge_head_row(logged)
    add_party(logged, 30)  # finds the anchored #9 gone: kept as a conflict
    monkeypatch.setattr(anchors, "COMPACT_AT", 600)
    for number in range(31, 36):
        add_party(logged, number)
    path = anchor_file(logged.ctx.paths.database)
    lines = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert len(lines) <= 4
    assert any(line.get("why") == "conflict" and line["id"] == 9 for line in lines)
    with logged.ctx.db.reading() as session:
        assert lines[-1]["id"] == audit.head(session).id
    assert not audit.verify(logged.ctx).ok  # the evidence still speaks
