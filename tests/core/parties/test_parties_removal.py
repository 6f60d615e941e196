"""Withdrawing consent and deleting: anonymized when in a case (the case stays whole),
deleted when not; agents added, edited and removed."""
from datetime import date

import pytest
from sqlalchemy import select

from microcourt.db.models import AuditEntry, Case, CaseAgent, CaseParty, Party, PartyAgent
from microcourt.errors import NotFound, UserError, ValidationErrors
from microcourt.services.parties.dto import AgentDraft, ConsentRecord, PartyDraft, Removal
from microcourt.validation.idcard import compose_resident_id

ID = compose_resident_id("330185", date(1960, 7, 1), 335)
CONSENT = ConsentRecord(on=date(2026, 1, 5), form="oral", witness="王丽")


def register(services, **changes):
    values = dict(name="李秀英", id_number=ID, phone="13812345678", wechat="lxy1960",
                  household_address="临安区上田村3号", emergency_name="李强",
                  emergency_phone="13900001111", notes="耳背")
    values.update(changes)
    return services.parties.register(PartyDraft(**values), CONSENT)


def open_case_with(services, party_id: int, agent_id: int | None = None) -> int:
    with services.ctx.db.transaction() as s:
        case = Case(number="上田微调〔2026〕第1号", year=2026, seq=1, category="wages",
                    received_on=date(2026, 1, 6), source="walk_in", status="registered")
        link = CaseParty(case=case, party_id=party_id, role="applicant", position=1)
        s.add_all([case, link])
        s.flush()
        if agent_id:
            s.add(CaseAgent(case_party_id=link.id, agent_id=agent_id))
        return case.id


def test_unlinked_party_is_deleted_on_withdrawal(services):
    detail = register(services)
    services.parties.add_agent(detail.id, AgentDraft(name="李强", relation="儿子"))
    assert not services.parties.is_linked(detail.id)
    assert services.parties.withdraw_consent(detail.id) == Removal.DELETED
    with pytest.raises(NotFound):
        services.parties.get(detail.id)
    with services.ctx.db.reading() as s:
        assert s.scalar(select(PartyAgent)) is None


def test_linked_party_is_anonymized_and_the_case_stays(services):
    detail = register(services)
    case_id = open_case_with(services, detail.id)
    assert services.parties.is_linked(detail.id)
    assert services.parties.withdraw_consent(detail.id) == Removal.ANONYMIZED
    gone = services.parties.get(detail.id)
    assert gone.name == f"已匿名当事人#{detail.id}" and gone.anonymized
    assert (gone.id_number, gone.phone, gone.household_address, gone.wechat,
            gone.emergency_phone, gone.notes) == ("", None, None, None, None, "")
    assert gone.consent_withdrawn_on is not None
    with services.ctx.db.reading() as s:
        assert s.get(Case, case_id).parties[0].party_id == detail.id
        row = s.get(Party, detail.id)
        assert (row.name_pinyin, row.id_tail, row.id_tail_rev, row.phone_digits) == (
            "", None, None, None)
    # Nobody finds the old particulars any more, and the list leaves the record out.
    for text in ("李秀英", "lixiuying", "lxy", ID[-4:], "5678"):
        assert services.parties.search(text) == []
    assert services.parties.count("") == 0
    assert services.parties.count("", include_anonymized=True) == 1


def test_anonymized_party_cannot_be_edited_and_its_number_is_free_again(services):
    detail = register(services)
    open_case_with(services, detail.id)
    services.parties.delete(detail.id)
    with pytest.raises(UserError):
        services.parties.update(detail.id, PartyDraft(name="李秀英"))
    assert register(services).id != detail.id  # the same person may register afresh


def test_delete_records_the_outcome_in_the_audit(services):
    kept = register(services)
    open_case_with(services, kept.id)
    dropped = register(services, name="张三", id_number=None, gender="male")
    assert services.parties.delete(kept.id) == Removal.ANONYMIZED
    assert services.parties.delete(dropped.id) == Removal.DELETED
    with services.ctx.db.reading() as s:
        actions = [(e.action, e.entity_id) for e in s.scalars(select(AuditEntry))]
    assert ("party.anonymized", kept.id) in actions and ("party.deleted", dropped.id) in actions


def test_agents_add_list_update_remove(services):
    detail = register(services)
    lawyer = services.parties.add_agent(detail.id, AgentDraft(
        kind="lawyer", name="周律师", work_unit="浙江某某律师事务所",
        licence_number="13301 2010 1012 3456", special_authority=True))
    son = services.parties.add_agent(detail.id, AgentDraft(
        name="李强", relation="儿子", id_number=compose_resident_id(
            "330185", date(1985, 3, 3), 11).lower()))
    assert [a.name for a in services.parties.agents(detail.id)] == ["周律师", "李强"]
    assert lawyer.licence_number == "13301201010123456"
    assert "和解" in lawyer.authority_scope  # the standard special-authority wording
    assert "*" in son.id_number and son.gender == "male"
    renamed = services.parties.update_agent(son.id, AgentDraft(
        name="李强", relation="长子", id_number=son.id_number))  # masked: number kept
    assert renamed.relation == "长子" and renamed.id_number == son.id_number
    assert services.parties.get(detail.id).agents[1].relation == "长子"
    assert services.parties.remove_agent(son.id) == Removal.DELETED
    assert [a.name for a in services.parties.agents(detail.id)] == ["周律师"]


def test_agent_who_acted_in_a_case_is_only_deactivated(services):
    detail = register(services)
    agent = services.parties.add_agent(detail.id, AgentDraft(name="李强", relation="儿子"))
    open_case_with(services, detail.id, agent.id)
    assert services.parties.remove_agent(agent.id) == Removal.DEACTIVATED
    assert services.parties.agents(detail.id) == []
    assert [a.active for a in services.parties.agents(detail.id, include_inactive=True)] == [False]


def test_bad_agent_is_refused_with_every_field(services):
    detail = register(services)
    with pytest.raises(ValidationErrors) as info:
        services.parties.add_agent(detail.id, AgentDraft(kind="lawyer", name="", phone="1"))
    assert {"name", "phone", "work_unit", "licence_number"} <= set(info.value.by_field())
    assert services.parties.agents(detail.id) == []
