"""A mediator reads aloud and records readings on their own cases only; the engine
choice is the administrator's."""
import pytest
from cases_support import LIAISON, draft, mediator
from hearing_support import at, hearing_draft, make_world, monday_in_weeks

from microcourt.services import open_services
from microcourt.services.kernel.context import Actor
from microcourt.services.kernel.guard import PermissionDenied
from microcourt.services.readings.dto import ReadDocument


@pytest.fixture
def world(tmp_path):
    services = open_services(tmp_path / "data", actor=LIAISON)
    w = make_world(services)
    w.other_case = services.cases.create_case(draft(category="loan")).id
    services.cases.add_mediator(w.other_case, mediator(services, "章丽华", "13905718802"))
    w.hearing = services.hearings.schedule(hearing_draft(w, at(monday_in_weeks(2), 9)))
    yield w
    services.close()


def test_mediator_reads_their_own_case_only(world):
    services = world.services
    person = next(p for p in world.hearing.participants if p.party_id == world.applicant)
    services.act_as(Actor(name="俞国强", role="mediator", operator_id=7,
                          mediator_id=world.mediator))
    script = services.readings.script(ReadDocument.HEARING_NOTICE, world.case_id, person.id)
    info = services.readings.record(ReadDocument.HEARING_NOTICE, world.case_id, person.id,
                                    world.applicant, script.digest, True)
    assert info.read_by == "俞国强"
    with pytest.raises(PermissionDenied, match="不是您调解的"):
        services.readings.script(ReadDocument.HEARING_NOTICE, world.other_case, person.id)
    with pytest.raises(PermissionDenied, match="不是您调解的"):
        services.readings.for_case(world.other_case)
    with pytest.raises(PermissionDenied):
        services.readings.set_engine_choice("offline")


def test_read_only_cannot_record_a_reading_and_the_admin_sets_the_voice(world):
    services = world.services
    services.act_as(Actor(name="查看", role="read_only", operator_id=8))
    with pytest.raises(PermissionDenied):
        services.readings.record(ReadDocument.CONSENT_NOTICE, None, world.applicant,
                                 world.applicant, "0" * 64, True)
    assert services.readings.engine_choice() == "auto"
    services.act_as(LIAISON)
    assert services.readings.set_engine_choice("offline") == "offline"
    assert services.readings.engine_choice() == "offline"
