"""The case lifecycle through CasesService: refused steps say why, every step leaves a
"status" event with who, when and why, and a case goes into mediation only when ready."""
import pytest
from cases_support import case_with_sides, draft, liaison_services, mediator

from microcourt.errors import UserError
from microcourt.timeutil import today_local


@pytest.fixture
def svc(tmp_path):
    services = liaison_services(tmp_path)
    yield services
    services.close()


@pytest.fixture
def ready(svc):
    """A case with both sides and a mediator: ready for mediation."""
    detail, _, _ = case_with_sides(svc)
    svc.cases.add_mediator(detail.id, mediator(svc))
    return detail


def test_the_whole_road_is_recorded_with_actor_and_reasons(svc, ready):
    road = ["in_mediation", "agreed", "applied", "confirmed", "performed", "closed"]
    for target in road:
        detail = svc.cases.change_status(ready.number, target,
                                         reason="法院裁定有效" if target == "confirmed" else "")
    steps = [e for e in detail.events if e.kind == "status"]
    assert [(e.from_status, e.to_status) for e in steps] == list(zip(["registered"] + road[:-1],
                                                                      road))
    assert all(e.actor == "俞晓燕" and e.at.tzinfo for e in steps)
    assert steps[3].note == "法院裁定有效"
    assert steps[0].note == "已登记 → 调解中"  # no reason given: the step itself
    assert detail.status == "closed" and detail.closed_on == today_local()
    assert detail.allowed_next == ()
    assert detail.events == tuple(sorted(detail.events, key=lambda e: (e.at, e.id)))


def test_a_senseless_step_is_refused_with_the_options_and_nothing_logged(svc, ready):
    with pytest.raises(UserError) as info:
        svc.cases.change_status(ready.id, "confirmed")
    assert "“已登记”，不能改为“司法确认有效”" in info.value.message
    assert "调解中" in info.value.message  # the allowed options are named
    assert [e.kind for e in svc.cases.get_case(ready.id).events if e.kind == "status"] == []


def test_leaving_the_normal_path_needs_a_reason_which_is_recorded(svc, ready):
    svc.cases.change_status(ready.id, "in_mediation")
    svc.cases.change_status(ready.id, "failed")
    with pytest.raises(UserError, match="需要填写原因"):
        svc.cases.change_status(ready.id, "in_mediation", reason="  ")
    back = svc.cases.change_status(ready.id, "调解中", reason="双方同意再调解一次 <重新约期>")
    assert back.events[-1].note == "双方同意再调解一次 <重新约期>"
    assert back.events[-1].from_status == "failed"


def test_an_unknown_status_is_refused_by_name(svc, ready):
    with pytest.raises(UserError, match="案件状态“搁置”不认识"):
        svc.cases.change_status(ready.id, "搁置")


def test_mediation_needs_an_applicant_a_respondent_and_a_mediator(svc):
    created = svc.cases.create_case(draft())
    with pytest.raises(UserError) as info:
        svc.cases.change_status(created.id, "in_mediation")
    message = info.value.message
    assert created.number in message
    assert "还没有申请人" in message and "还没有被申请人" in message and "调解员" in message
    assert svc.cases.get_case(created.id).status == "registered"


def test_a_closed_case_cannot_be_changed(svc, ready):
    svc.cases.change_status(ready.id, "closed", reason="申请人撤回")
    with pytest.raises(UserError, match="已结案"):
        svc.cases.add_mediator(ready.id, mediator(svc, "潘美娟", "13957102266"))
    with pytest.raises(UserError, match="已结案"):
        svc.cases.change_status(ready.id, "in_mediation", reason="再来")
