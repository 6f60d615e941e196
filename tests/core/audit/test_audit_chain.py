"""The audit log: hash chain verification names the first edited or deleted entry,
no full ID number is ever stored, the query API filters, and `audit verify|list`."""
import json
import re
from datetime import timedelta

import pytest
from sqlalchemy import text

from microcourt.cli import main
from microcourt.db.models import AuditEntry
from microcourt.services.audit import chain as audit
from microcourt.services.audit import queries as audit_query
from microcourt.services.audit.queries import AuditFilter
from microcourt.services.kernel.context import Actor
from microcourt.timeutil import now_utc
from tests.core.backup_support import add_party, resident_id

FULL_ID = re.compile(r"\d{17}[\dXx]")


@pytest.fixture
def logged(services):
    """Five audited actions: entries 1..5."""
    for number in range(1, 6):
        add_party(services, number, f"王𠮷{number}")
    assert audit.verify(services.ctx) == audit.ChainReport(True, 5)
    return services


def raw(services, sql: str, **params) -> None:
    with services.ctx.db.transaction() as session:
        session.execute(text(sql), params)


def cli(capsys, services, *args):
    code = main(["--data-dir", str(services.data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_edited_entry_is_named(logged):
    raw(logged, "UPDATE audit_entry SET details = :d WHERE id = 3", d='{"name": "改过"}')
    report = audit.verify(logged.ctx)
    assert (report.ok, report.first_broken_id, report.checked) == (False, 3, 2)
    assert report.reason == "本条记录的内容被改动"


def test_an_edited_actor_or_time_is_named_too(logged):
    raw(logged, "UPDATE audit_entry SET actor = '别人' WHERE id = 4")
    assert audit.verify(logged.ctx).first_broken_id == 4
    raw(logged, "UPDATE audit_entry SET actor = (SELECT actor FROM audit_entry WHERE id = 3)"
                " WHERE id = 4")
    assert audit.verify(logged.ctx).ok
    raw(logged, "UPDATE audit_entry SET at = :at WHERE id = 2", at=now_utc() - timedelta(days=1))
    assert audit.verify(logged.ctx).first_broken_id == 2


def test_a_deleted_entry_breaks_the_chain_at_the_next_one(logged):
    raw(logged, "DELETE FROM audit_entry WHERE id = 2")
    report = audit.verify(logged.ctx)
    assert (report.ok, report.first_broken_id) == (False, 3)
    assert report.reason == "前一条记录缺失或被改动"


def test_a_recomputed_hash_does_not_hide_an_edit_from_the_next_entry(logged):
    """Rewriting an entry and recomputing its own hash, as a forger who knows the format
    would, makes that entry check out by itself; the next entry's link still breaks."""
    with logged.ctx.db.transaction() as session:
        entry = session.get(AuditEntry, 2)
        entry.details = '{"name": "改过"}'
        entry.entry_hash = audit._digest(entry.prev_hash, entry.at, entry.actor, entry.source,
                                         entry.action, entry.entity, entry.entity_id,
                                         entry.details)
    report = audit.verify(logged.ctx)
    assert (report.ok, report.first_broken_id, report.checked) == (False, 3, 2)
    assert report.reason == "前一条记录缺失或被改动"


def test_a_full_id_number_given_by_mistake_is_stored_masked(services):
    number = resident_id(42)
    with_x = next(resident_id(n) for n in range(100) if resident_id(n).endswith("X"))
    with services.ctx.db.transaction() as session:
        audit.record(session, Actor("俞晓燕"), "party.note", "party", 1,
                     note=f"核对 {with_x.lower()} 与 {number}", phone="13812345678",
                     amount_fen="123456789012345678")  # not an ID: wrong check character
    with services.ctx.db.reading() as session:
        stored = session.execute(text("SELECT details FROM audit_entry")).scalar()
    assert not FULL_ID.search(stored.replace("123456789012345678", ""))
    assert f"{number[:6]}********{number[-4:]}" in stored
    assert f"{with_x[:6]}********{with_x[-4:]}" in stored
    assert "13812345678" in stored and "123456789012345678" in stored
    assert audit.verify(services.ctx).ok


def test_query_filters_by_action_actor_entity_and_time(services):
    add_party(services, 1, "阿依古丽·买买提")
    with services.ctx.db.transaction() as session:
        audit.record(session, Actor("俞晓燕"), "case.open", "case", 9, note="<b>&")
    ctx = services.ctx
    assert [r.action for r in audit_query.query(ctx)] == ["case.open", "party.register"]
    assert [r.entity_id for r in audit_query.query(ctx, AuditFilter(action="party."))] == [1]
    only = audit_query.query(ctx, AuditFilter(actor="俞晓燕"))
    assert len(only) == 1 and only[0].details == {"note": "<b>&"}
    assert audit_query.count(ctx, AuditFilter(entity="case", entity_id=9)) == 1
    assert audit_query.count(ctx, AuditFilter(since=now_utc() + timedelta(minutes=1))) == 0
    assert audit_query.count(ctx, AuditFilter(until=now_utc() + timedelta(minutes=1))) == 2
    actors, actions, entities = audit_query.distinct_values(ctx)
    assert "俞晓燕" in actors and actions == ["case.open", "party.register"]
    assert entities == ["case", "party"]
    with pytest.raises(ValueError):
        AuditFilter(since=now_utc().replace(tzinfo=None))


def test_cli_audit_verify_reports_the_count_or_the_first_broken_entry(capsys, logged):
    code, out, _ = cli(capsys, logged, "audit", "verify")
    # The CLI itself adds nothing before verifying: 5 entries.
    assert code == 0 and out.strip().startswith("审计日志完整：共5条（与")
    raw(logged, "DELETE FROM audit_entry WHERE id = 4")
    code, out, err = cli(capsys, logged, "audit", "verify")
    assert code == 1 and "第5号记录" in err and "前一条记录缺失或被改动" in err
    code, out, _ = cli(capsys, logged, "audit", "verify", "--json")
    assert code == 1
    answer = json.loads(out)
    assert {key: answer[key] for key in ("ok", "checked", "first_broken_id", "reason")} \
        == {"ok": False, "checked": 3, "first_broken_id": 5, "reason": "前一条记录缺失或被改动"}


def test_cli_audit_list_filters_and_never_prints_a_full_id(capsys, logged):
    code, out, _ = cli(capsys, logged, "audit", "list", "--action-code", "party.",
                       "--limit", "2", "--json")
    rows = json.loads(out)
    assert code == 0 and [r["entity_id"] for r in rows] == [5, 4]
    assert not FULL_ID.search(out)
    code, out, _ = cli(capsys, logged, "audit", "list")
    assert code == 0 and len(out.strip().splitlines()) == 6 and not FULL_ID.search(out)
    code, _, err = cli(capsys, logged, "audit", "list", "--since", "2026-02-30")
    assert code == 1 and "2026-02-30" in err
