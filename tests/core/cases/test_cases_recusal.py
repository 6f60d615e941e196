"""Recusal (特邀调解规定 art. 15) and the mediator-as-agent rule (art. 16)."""
import pytest
from cases_support import agent, case_with_sides, liaison_services, mediator

from microcourt.errors import UserError, ValidationError


@pytest.fixture
def svc(tmp_path):
    services = liaison_services(tmp_path)
    yield services
    services.close()


def test_a_linked_mediator_blocks_mediation_until_the_liaison_decides(svc):
    case, applicant, _ = case_with_sides(svc)
    result = svc.cases.add_mediator(case.id, mediator(svc), linked_party_id=applicant,
                                    link_description="申请人的堂兄")
    assert result.recusal_required and result.mediator.recusal_pending
    assert "俞国强" in result.question and "王𠮷" in result.question and "堂兄" in result.question
    with pytest.raises(UserError) as info:
        svc.cases.change_status(case.id, "in_mediation")
    assert "俞国强" in info.value.message and "王𠮷" in info.value.message
    assert "回避" in info.value.message
    with pytest.raises(ValidationError) as missing:
        svc.cases.decide_recusal(result.mediator.id, recused=False, reason=" ")
    assert missing.value.field == "reason" and "不回避的理由" in missing.value.message
    decided = svc.cases.decide_recusal(result.mediator.id, recused=False,
                                       reason="双方当事人书面同意由其调解")
    [m] = decided.mediators
    assert not m.recusal_pending and m.continue_reason == "双方当事人书面同意由其调解"
    assert decided.events[-1].kind == "recusal" and "书面同意" in decided.events[-1].note
    assert svc.cases.change_status(case.id, "in_mediation").status == "in_mediation"


def test_a_recused_mediator_is_marked_cannot_lead_and_does_not_count(svc):
    case, applicant, _ = case_with_sides(svc)
    linked = svc.cases.add_mediator(case.id, mediator(svc), linked_party_id=applicant,
                                    link_description="同一户籍的近亲属")
    detail = svc.cases.decide_recusal(linked.mediator.id, recused=True)
    [m] = detail.mediators
    assert m.recused and not m.is_lead and not m.recusal_pending
    with pytest.raises(UserError, match="已回避，不能主持"):
        svc.cases.set_lead(m.id)
    with pytest.raises(UserError, match="未回避的）调解员"):
        svc.cases.change_status(case.id, "in_mediation")
    other = svc.cases.add_mediator(case.id, mediator(svc, "潘美娟", "13957102266"))
    assert other.mediator.is_lead and not other.recusal_required
    assert svc.cases.change_status(case.id, "in_mediation").status == "in_mediation"


def test_a_link_found_later_voids_the_earlier_decision(svc):
    case, applicant, respondent = case_with_sides(svc)
    added = svc.cases.add_mediator(case.id, mediator(svc))
    assert not added.recusal_required
    again = svc.cases.record_link(added.mediator.id, respondent, "被申请人的女婿")
    assert again.recusal_required and again.mediator.linked_party_name == "张堃"
    with pytest.raises(UserError, match="张堃"):
        svc.cases.change_status(case.id, "in_mediation")


def test_a_link_must_name_a_party_of_the_case_and_say_what_it_is(svc):
    case, applicant, _ = case_with_sides(svc)
    with pytest.raises(ValidationError) as info:
        svc.cases.add_mediator(case.id, mediator(svc), linked_party_id=applicant)
    assert info.value.field == "link_description"
    with pytest.raises(ValidationError) as info:
        svc.cases.add_mediator(case.id, mediator(svc, "金德明", "13900000001"),
                               linked_party_id=9999, link_description="邻居")
    assert info.value.field == "linked_party_id"
    assert svc.cases.get_case(case.id).mediators == ()


def test_the_mediator_cannot_be_attached_as_a_party_agent(svc):
    case, applicant, _ = case_with_sides(svc)
    svc.cases.add_mediator(case.id, mediator(svc, "俞国强", "13905718801"))
    same_person = agent(svc, applicant, "俞国强", "139 0571 8801")
    case_party = svc.cases.get_case(case.id).in_role("applicant")[0]
    with pytest.raises(UserError) as info:
        svc.cases.attach_agent(case_party.id, same_person)
    assert "特邀调解的规定》第十六条" in info.value.message and "俞国强" in info.value.message
    assert svc.cases.get_case(case.id).parties[0].agents == ()
    namesake = agent(svc, applicant, "俞国强", "13700000099")  # another phone: another man
    attached = svc.cases.attach_agent(case_party.id, namesake)
    assert [a.name for a in attached.parties[0].agents] == ["俞国强"]


def test_a_party_agent_cannot_be_added_as_mediator(svc):
    case, applicant, _ = case_with_sides(svc)
    case_party = svc.cases.get_case(case.id).in_role("applicant")[0]
    svc.cases.attach_agent(case_party.id, agent(svc, applicant, "潘美娟"))  # no phone recorded
    with pytest.raises(UserError, match="已是本案当事人的代理人"):
        svc.cases.add_mediator(case.id, mediator(svc, "潘美娟", "13957102266"))
    assert svc.cases.get_case(case.id).mediators == ()


def test_a_recused_mediator_may_act_as_agent_but_cannot_then_continue(svc):
    # A relative who steps aside may represent the party (民诉法 art. 61) ...
    case, applicant, _ = case_with_sides(svc)
    linked = svc.cases.add_mediator(case.id, mediator(svc), linked_party_id=applicant,
                                    link_description="申请人之子")
    svc.cases.decide_recusal(linked.mediator.id, recused=True, reason="近亲属")
    case_party = svc.cases.get_case(case.id).in_role("applicant")[0]
    svc.cases.attach_agent(case_party.id, agent(svc, applicant, "俞国强", "13905718801"))
    # ... but then cannot be un-recused to mediate the same case.
    with pytest.raises(UserError, match="第十六条"):
        svc.cases.decide_recusal(linked.mediator.id, recused=False, reason="改变主意")


def test_detach_an_agent_and_remove_a_mediator_leave_the_timeline(svc):
    case, applicant, _ = case_with_sides(svc)
    case_party = svc.cases.get_case(case.id).in_role("applicant")[0]
    husband = agent(svc, applicant, "李䶮", "13700000123")
    svc.cases.attach_agent(case_party.id, husband)
    detail = svc.cases.detach_agent(case_party.id, husband)
    assert detail.parties[0].agents == () and "李䶮不再代理申请人王𠮷" in detail.events[-1].note
    with pytest.raises(UserError, match="没有代理王𠮷"):
        svc.cases.detach_agent(case_party.id, husband)
    first = svc.cases.add_mediator(case.id, mediator(svc)).mediator
    second = svc.cases.add_mediator(case.id, mediator(svc, "潘美娟", "13957102266")).mediator
    assert first.is_lead and not second.is_lead  # the first one presides by default
    detail = svc.cases.set_lead(second.id)
    assert [m.is_lead for m in detail.mediators] == [False, True]
    detail = svc.cases.remove_mediator(first.id)
    assert [m.name for m in detail.mediators] == ["潘美娟"]
    assert [e.kind for e in detail.events][-3:] == ["mediator_added", "mediator_lead",
                                                    "mediator_removed"]
