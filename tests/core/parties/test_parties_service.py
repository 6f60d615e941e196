"""PartiesService: registering, editing, reading, duplicates, consent, batches, audit."""
from datetime import date

import pytest
from sqlalchemy import select

from microcourt.db.models import AuditEntry, Party
from microcourt.errors import NotFound, ValidationError, ValidationErrors
from microcourt.services.audit.chain import verify
from microcourt.services.parties.dto import ConsentRecord, PartyDraft
from microcourt.services.parties.rules import DraftError
from microcourt.services.parties.service import CONSENT_REQUIRED, DuplicateParty
from microcourt.validation.credit_code import check_char
from microcourt.validation.idcard import compose_resident_id

ID = compose_resident_id("330185", date(1956, 2, 29), 123)
CONSENT = ConsentRecord(on=date(2026, 1, 5), form="paper")
CREDIT = "91330185MA28F0Y65" + check_char("91330185MA28F0Y65")


def person(**changes) -> PartyDraft:
    values = dict(name="张三", id_number=ID, phone="13812345678",
                  household_address="浙江省杭州市临安区上田村8号")
    values.update(changes)
    return PartyDraft(**values)


def company() -> PartyDraft:
    return PartyDraft(kind="organization", name="杭州临安某鞋业有限公司", id_number=CREDIT,
                      phone="0571-63721234", household_address="临安区锦北街道工业园1号",
                      legal_rep_name="王建国", legal_rep_title="执行董事")


def audit_details(services) -> list[str]:
    with services.ctx.db.reading() as s:
        return [f"{e.action} {e.details}" for e in s.scalars(select(AuditEntry))]


def test_register_person_and_read_back_masked_with_age_and_elderly(services):
    detail = services.parties.register(person(name="王𠮷", notes="<b>&"), CONSENT)
    again = services.parties.get(detail.id)
    assert again.name == "王𠮷" and again.notes == "<b>&"
    assert again.id_number == "330185********" + ID[-4:]
    assert again.birth_date == date(1956, 2, 29) and again.gender == "male"
    assert again.age >= 70 and again.elderly
    assert again.has_consent and again.consent_form == "paper"
    assert services.parties.reveal_id_number(detail.id) == ID


def test_register_organization_needs_no_personal_consent(services):
    detail = services.parties.register(company())
    assert detail.kind == "organization" and detail.id_number.endswith(CREDIT[-4:])
    assert detail.legal_rep_name == "王建国" and not detail.elderly


def test_id_number_without_consent_is_refused_and_nothing_written(services):
    with pytest.raises(ValidationError) as info:
        services.parties.register(person())
    assert info.value.field == "consent" and info.value.message == CONSENT_REQUIRED
    assert services.parties.count("") == 0


def test_person_without_id_number_needs_no_consent(services):
    detail = services.parties.register(person(id_number=None, gender="female"))
    assert detail.id_number == "" and not detail.has_id_number


def test_same_identity_twice_is_a_duplicate_naming_the_existing_party(services):
    first = services.parties.register(person(), CONSENT)
    with pytest.raises(DuplicateParty) as info:
        services.parties.register(person(name="张叁", id_number=ID.lower()), CONSENT)
    assert info.value.existing_id == first.id and info.value.existing_name == "张三"
    assert "张三" in info.value.message and ID not in info.value.message
    assert services.parties.count("") == 1


def test_database_constraint_is_also_reported_as_duplicate(services, monkeypatch):
    first = services.parties.register(person(), CONSENT)
    # As if another window registered the same person between the check and the insert:
    # the first check sees nothing, the unique constraint then refuses the row.
    from microcourt.services.parties import service as module
    real, calls = module._duplicate_of, []

    def blind_first(*args, **kwargs):
        calls.append(args)
        return None if len(calls) == 1 else real(*args, **kwargs)

    monkeypatch.setattr(module, "_duplicate_of", blind_first)
    with pytest.raises(DuplicateParty) as info:
        services.parties.register(person(), CONSENT)
    assert info.value.existing_id == first.id


def test_find_and_existing_identities(services):
    detail = services.parties.register(person(), CONSENT)
    assert services.parties.find_by_identity("resident_id", ID.lower()) == detail.id
    assert services.parties.find_by_identity("passport", ID) is None
    pairs = [("resident_id", ID), ("resident_id", "110105194912310021")]
    assert services.parties.existing_identities(pairs) == {("resident_id", ID): detail.id}


def test_update_keeps_stored_number_from_masked_draft_and_audits_changed_fields(services):
    detail = services.parties.register(person(), CONSENT)
    draft = services.parties.draft_for_edit(detail.id)
    assert draft.id_number == detail.id_number  # masked in the form
    draft.phone = "13900001111"
    updated = services.parties.update(detail.id, draft)
    assert updated.phone == "13900001111"
    assert services.parties.reveal_id_number(detail.id) == ID
    update_entries = [d for d in audit_details(services) if d.startswith("party.update")]
    assert update_entries and "phone" in update_entries[-1] and "id_number" not in update_entries[-1]


def test_update_to_anothers_identity_is_a_duplicate(services):
    first = services.parties.register(person(), CONSENT)
    other = services.parties.register(person(name="李四", id_number=None, gender="male"))
    with pytest.raises(DuplicateParty) as info:
        services.parties.update(other.id, person(name="李四"), CONSENT)
    assert info.value.existing_id == first.id


def test_adding_an_id_number_on_update_needs_consent_unless_on_record(services):
    plain = services.parties.register(person(id_number=None, gender="male"))
    with pytest.raises(ValidationError) as info:
        services.parties.update(plain.id, person())
    assert info.value.field == "consent"
    services.parties.set_consent(plain.id, CONSENT)
    assert services.parties.update(plain.id, person()).has_id_number


def test_bad_update_changes_nothing(services):
    detail = services.parties.register(person(), CONSENT)
    with pytest.raises(ValidationErrors):
        services.parties.update(detail.id, person(phone="123"))
    assert services.parties.get(detail.id).phone == "13812345678"


def test_unknown_party_is_not_found(services):
    with pytest.raises(NotFound):
        services.parties.get(999)


def test_create_many_writes_all_in_order(services):
    drafts = [person(name=f"工人{i}", id_number=compose_resident_id(
        "330185", date(1966, 1, 1), 100 + i)) for i in range(77)]
    ids = services.parties.create_many(drafts, CONSENT)
    assert len(ids) == 77
    assert [services.parties.get(i).name for i in (ids[0], ids[-1])] == ["工人0", "工人76"]
    assert services.parties.count("gongren") == 77


def test_create_many_bad_row_names_its_index_and_writes_nothing(services):
    drafts = [person(name="甲", id_number=compose_resident_id("330185", date(1966, 1, 1), 1)),
              person(name="乙", phone="12"),
              person(name="丙", id_number=compose_resident_id("330185", date(1966, 1, 1), 1))]
    with pytest.raises(ValidationErrors) as info:
        services.parties.create_many(drafts, CONSENT)
    errors = info.value.errors
    assert all(isinstance(e, DraftError) for e in errors)
    assert {(e.index, e.attribute) for e in errors} == {(1, "phone"), (2, "id_number")}
    assert "第1条" in next(e.message for e in errors if e.index == 2)
    assert services.parties.count("") == 0


def test_create_many_refuses_already_registered_and_missing_consent(services):
    services.parties.register(person(), CONSENT)
    with pytest.raises(ValidationErrors) as info:
        services.parties.create_many([person(name="甲", id_number=None, gender="male"),
                                      person()], CONSENT)
    assert [(e.index, e.attribute) for e in info.value.errors] == [(1, "id_number")]
    with pytest.raises(ValidationErrors) as info:
        services.parties.create_many([person(id_number=compose_resident_id(
            "330185", date(1966, 1, 1), 7))], None)
    assert info.value.by_field() == {"consent": CONSENT_REQUIRED}
    assert services.parties.count("") == 1


def test_audit_never_holds_a_full_id_number_and_chain_verifies(services):
    detail = services.parties.register(person(), CONSENT)
    services.parties.reveal_id_number(detail.id)
    services.parties.update(detail.id, services.parties.draft_for_edit(detail.id))
    entries = audit_details(services)
    assert any(e.startswith("party.reveal_id") for e in entries)
    assert not any(ID in e or ID[6:14] in e for e in entries)
    assert verify(services.ctx).ok


def test_search_keys_kept_by_every_write(services):
    detail = services.parties.register(person(phone="0571-63721234"), CONSENT)
    with services.ctx.db.reading() as s:
        row = s.get(Party, detail.id)
        assert (row.name_pinyin, row.name_initials, row.id_tail_rev, row.phone_digits) == (
            "zhangsan", "zs", ID[-6:][::-1], "057163721234")
