"""The Changes value (union, emptiness, what it touches) and how writes are recorded:
per thread, only what commits, owners named up to the case."""
from __future__ import annotations

import threading

from cases_support import LIAISON, case_with_sides
from hearing_support import at, hearing_draft, make_world, monday_in_weeks

from microcourt.db.models import Base
from microcourt.services import open_services
from microcourt.services.kernel import change_capture
from microcourt.services.kernel.changes import (
    EVERYTHING,
    NO_CHANGES,
    Changes,
    note,
    recording,
    report,
)


def test_union_keeps_every_id_and_flag():
    merged = Changes(parties={1}, audit=True) | Changes(parties=[2], cases={7})
    assert merged == Changes(parties={1, 2}, cases={7}, audit=True)
    assert merged.parties == frozenset({1, 2})


def test_empty_and_audit_only():
    assert not NO_CHANGES and not Changes()
    audit_only = Changes(audit=True)
    assert audit_only and not audit_only.data
    assert Changes(cases={3}).data and Changes(settings=True).data and EVERYTHING.data


def test_touches_a_kind_or_given_ids():
    changes = Changes(cases={3, 4}, settings=True)
    assert changes.touches("cases") and changes.touches("cases", 3)
    assert changes.touches("cases", [9, 4]) and not changes.touches("cases", {9})
    assert not changes.touches("parties") and changes.touches("settings")
    assert changes.touches_any("parties", "settings") and not changes.touches_any("hearings")
    assert changes.kinds() == {"cases", "settings"}


def test_everything_touches_every_kind_and_id():
    assert EVERYTHING.touches("parties", 12345) and EVERYTHING.touches("backups")


def test_every_table_has_a_rule():
    ruled = set(change_capture._ROWS) | set(change_capture._FLAGS) | set(
        change_capture._IGNORED)
    models = {mapper.class_ for mapper in Base.registry.mappers}
    assert sorted(model.__name__ for model in models - ruled) == []


def test_a_hearing_names_its_case_and_a_participant_its_hearing_and_case(tmp_path):
    services = open_services(tmp_path / "data", actor=LIAISON)
    try:
        world = make_world(services)
        start = at(monday_in_weeks(2), 9)
        with recording() as recorder:
            hearing = services.hearings.schedule(hearing_draft(world, start))
        assert recorder.changes.hearings == {hearing.id}
        assert recorder.changes.cases == {world.case_id}
        assert not recorder.changes.parties  # the people are only named in it
    finally:
        services.close()


def test_an_agent_acting_in_a_case_names_the_case_found_in_the_database(tmp_path):
    services = open_services(tmp_path / "data", actor=LIAISON)
    try:
        detail, applicant, _respondent = case_with_sides(services)
        agent_id = services.parties.add_agent(applicant, _agent_draft()).id
        link = next(p.id for p in detail.parties if p.party_id == applicant)
        with recording() as recorder:
            services.cases.attach_agent(link, agent_id)
        assert recorder.changes.cases == {detail.id}
    finally:
        services.close()


def _agent_draft():
    from microcourt.services.parties.dto import AgentDraft  # noqa: PLC0415
    return AgentDraft(kind="relative", name="王䶮", relation="儿子", phone="13812340003")


def test_recordings_are_per_thread_and_nest():
    seen_elsewhere = []
    with recording() as outer:
        with recording() as inner:
            report(Changes(backups=True))
        thread = threading.Thread(target=lambda: seen_elsewhere.append(_record_on_thread()))
        thread.start()
        thread.join()
    assert inner.changes == Changes(backups=True) == outer.changes
    assert seen_elsewhere == [Changes(cases={1})]


def _record_on_thread() -> Changes:
    with recording() as recorder:
        report(Changes(cases={1}))
    return recorder.changes


def test_a_note_waits_for_the_commit(tmp_path):
    services = open_services(tmp_path / "data", actor=LIAISON)
    try:
        with recording() as recorder:
            with services.ctx.db.transaction() as session:
                note(session, Changes(filings={5}))
                assert not recorder.changes  # not before the commit
        assert recorder.changes == Changes(filings={5})
        with recording() as recorder:
            try:
                with services.ctx.db.transaction() as session:
                    note(session, Changes(filings={6}))
                    raise RuntimeError("the write fails")
            except RuntimeError:
                pass
        assert not recorder.changes
    finally:
        services.close()
