"""CasesService: registering a case (numbering, validation by field), editing it, reading
it back by id or registry number, notes, and the audit trail of every write."""
from datetime import date, timedelta
from decimal import Decimal

import pytest
from cases_support import draft, liaison_services, person
from sqlalchemy import select

from microcourt.db.models import AuditEntry
from microcourt.errors import NotFound, UserError, ValidationError, ValidationErrors
from microcourt.services.audit.chain import verify
from microcourt.services.parties.dto import ConsentRecord, PartyDraft
from microcourt.services.settings.service import CourtProfileData
from microcourt.timeutil import today_local
from microcourt.validation.idcard import compose_resident_id


@pytest.fixture
def svc(tmp_path):
    services = liaison_services(tmp_path)
    yield services
    services.close()


def test_two_cases_get_consecutive_unique_numbers_from_the_pattern(svc):
    svc.settings.save_profile(CourtProfileData(
        name="上田村微法庭", village="上田村", committee="上田村人民调解委员会",
        court="杭州市临安区人民法院", liaison_name="俞晓燕", liaison_phone="13800000000",
        case_number_pattern="{village}微调〔{year}〕第{seq}号"))
    first = svc.cases.create_case(draft())
    second = svc.cases.create_case(draft(category="房屋租赁合同纠纷"))
    assert (first.number, second.number) == ("上田微调〔2026〕第1号", "上田微调〔2026〕第2号")
    assert second.status == "registered" and second.category == "lease"
    assert [c.number for c in svc.cases.list_cases()] == [second.number, first.number]


def test_numbers_follow_the_received_year_and_are_never_reused(svc):
    old = svc.cases.create_case(draft(received_on=date(2025, 12, 31)))
    new = svc.cases.create_case(draft(received_on=date(2026, 1, 1)))
    assert (old.year, old.seq, new.year, new.seq) == (2025, 1, 2026, 1)
    edited = svc.cases.update_case(new.id, draft(received_on=date(2025, 12, 30)))
    assert edited.number == new.number  # a registry number never changes
    assert svc.cases.create_case(draft(received_on=date(2025, 6, 1))).seq == 2


def test_created_case_reads_back_with_the_created_event_and_audit(svc):
    created = svc.cases.create_case(draft(summary="  <b>房东</b> & 租客 ", amount="12万"))
    detail = svc.cases.get_case(created.number)
    assert detail == svc.cases.get_case(created.id)
    assert detail.summary == "<b>房东</b> & 租客"  # markup stored literally
    assert detail.amount == Decimal("120000.00") and detail.received_on == date(2026, 1, 5)
    [event] = detail.events
    assert (event.kind, event.actor, event.to_status, event.note) == \
        ("created", "俞晓燕", "registered", "登记收案")
    assert event.at.tzinfo is not None
    with svc.ctx.db.reading() as s:
        entry = s.scalar(select(AuditEntry))
    assert (entry.action, entry.actor, entry.entity_id) == ("case.create", "俞晓燕", created.id)
    assert verify(svc.ctx).ok


@pytest.mark.parametrize("amount, fen", [("0", 0), (0, 0), ("", None), (None, None),
                                         ("999,999,999,999.99", 99_999_999_999_999),
                                         (Decimal("397864.50"), 39_786_450)])
def test_amounts_zero_empty_and_very_large(svc, amount, fen):
    assert svc.cases.create_case(draft(amount=amount)).amount_fen == fen


def test_validation_errors_by_field_and_nothing_written(svc):
    tomorrow = today_local() + timedelta(days=1)
    with pytest.raises(ValidationErrors) as info:
        svc.cases.create_case(draft(category="离婚", summary="  ", amount="-5",
                                    received_on=tomorrow, source="电话"))
    fields = info.value.by_field()
    assert set(fields) == {"category", "summary", "amount", "received_on", "source"}
    assert "离婚" in fields["category"] and "民间借贷纠纷" in fields["category"]
    assert "请填写案情摘要" in fields["summary"]
    assert "-5" in fields["amount"] and "负数" in fields["amount"]
    assert tomorrow.isoformat() in fields["received_on"]
    assert svc.cases.list_cases() == []
    assert svc.cases.create_case(draft()).seq == 1  # the refused case used no number


def test_29_february_and_impossible_dates(svc):
    assert svc.cases.create_case(draft(received_on="2024年2月29日")).received_on == date(2024, 2, 29)
    with pytest.raises(ValidationErrors) as info:
        svc.cases.create_case(draft(received_on="2025-02-29"))
    assert "2025年2月只有28天" in info.value.by_field()["received_on"]


def test_amount_with_fraction_of_a_fen_or_absurdly_large_is_refused(svc):
    for amount, words in (("1.005", "两位小数"), ("10000000000000", "过大")):
        with pytest.raises(ValidationErrors) as info:
            svc.cases.create_case(draft(amount=amount))
        assert words in info.value.by_field()["amount"]


def test_update_records_changed_fields_and_draft_for_edit_round_trips(svc):
    created = svc.cases.create_case(draft())
    assert svc.cases.update_case(created.id, svc.cases.draft_for_edit(created.id)).events \
        == svc.cases.get_case(created.id).events  # nothing changed, nothing logged
    updated = svc.cases.update_case(created.id, draft(summary="租客已搬离。", amount="0"))
    assert updated.amount_fen == 0 and updated.summary == "租客已搬离。"
    assert updated.events[-1].kind == "updated"
    assert updated.events[-1].note == "修改了案情摘要、标的额"


def test_notes_go_on_the_timeline_even_when_closed(svc):
    created = svc.cases.create_case(draft())
    svc.cases.change_status(created.id, "closed", reason="当事人撤回申请")
    noted = svc.cases.add_note(created.id, "当事人来电 <确认> & 致谢")
    assert noted.events[-1].kind == "note" and noted.events[-1].note == "当事人来电 <确认> & 致谢"
    with pytest.raises(UserError, match="已结案"):
        svc.cases.update_case(created.id, draft())
    with pytest.raises(ValidationError) as info:
        svc.cases.add_note(created.id, "   ")
    assert info.value.field == "note"


def test_unknown_case_is_not_found_by_id_or_number(svc):
    with pytest.raises(NotFound, match="第9号"):
        svc.cases.get_case("上田微调〔2026〕第9号")
    with pytest.raises(NotFound, match="9"):
        svc.cases.get_case(9)


def test_parties_in_roles_show_masked_id_numbers_and_agents(svc):
    number = compose_resident_id("330185", date(1956, 2, 29), 123)
    party = svc.parties.register(PartyDraft(
        name="阿依古丽·买买提", id_number=number.lower(), phone="13812345678",
        household_address="上田村1号"), ConsentRecord(on=date(2026, 1, 5), form="paper")).id
    created = svc.cases.create_case(draft())
    detail = svc.cases.add_party(created.id, party, "申请人", 100)
    [row] = detail.parties
    assert row.name == "阿依古丽·买买提" and row.role == "applicant"
    assert row.id_number == "330185********" + number[-4:] and number not in str(detail)
    with svc.ctx.db.reading() as s:
        assert all(number not in e.details for e in s.scalars(select(AuditEntry)))
    with pytest.raises(UserError, match="已是本案的申请人"):
        svc.cases.add_party(created.id, party, "respondent")
    other = person(svc, "张堃")
    with pytest.raises(UserError, match="只有申请人填写请求金额"):
        svc.cases.add_party(created.id, other, "respondent", 100)


def test_cases_found_by_summary_and_by_party_name_pinyin_and_initials(tmp_path):
    from microcourt.services import open_services
    from microcourt.services.demo.service import load_demo
    from microcourt.services.kernel.progress import run_to_end

    services = open_services(tmp_path / "demo")
    run_to_end(load_demo(services))
    cases = {c.id: c for c in services.cases.list_cases()}
    wage = next(c for c in cases.values() if c.claimants == 77)
    detail = services.cases.get_case(wage.id)
    worker = next(p for p in detail.parties if p.role == "applicant")
    from microcourt.search_keys import name_keys
    pinyin, initials = name_keys(worker.name)
    assert wage.id in services.cases.matching_ids(worker.name)
    assert wage.id in services.cases.matching_ids(pinyin)
    assert wage.id in services.cases.matching_ids(detail.summary.split("，")[0][:4])
    assert services.cases.matching_ids("没有这样的词语") == set()
    assert services.cases.matching_ids("%") == set()  # LIKE wildcards are literal
    services.close()
