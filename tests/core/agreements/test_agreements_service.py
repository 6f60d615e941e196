"""Agreements service: drafts, field errors, signing rules, versions and the 30-day window."""
from datetime import date, timedelta

import pytest
from fixtures.agreement_cases import COMPANY, make_case, template_draft
from sqlalchemy import select

from microcourt.db.models import AuditEntry, Case, CaseEvent
from microcourt.errors import UserError, ValidationErrors
from microcourt.services.agreements.dto import AgreementDraft, SignatureEntry

TODAY = date(2024, 3, 1)


@pytest.fixture
def case(services):
    return make_case(services, [("王𠮷", 300_000), ("阿依古丽·买买提", 200_000)])


def _all_sign(ids, day=date(2024, 2, 20), last=None):
    entries = [SignatureEntry(day, party_id=p) for p in ids.applicants]
    entries.append(SignatureEntry(last or day, party_id=ids.respondent))
    entries.append(SignatureEntry(day, mediator_id=ids.mediator))
    return entries


def test_a_new_draft_is_prefilled_from_the_case_and_the_category_templates(services, case):
    detail = services.agreements.create_draft(case.case_id)
    assert detail.status == "draft" and detail.editable and detail.version == 1
    assert detail.facts == "被申请人拖欠工资。" and detail.items_in_dispute == "请求支付拖欠的工资。"
    assert detail.clauses and "拖欠" in detail.clauses[0]
    # placeholders filled with the parties and the amount in figures and uppercase
    assert COMPANY in detail.clauses[0] and "王𠮷" in detail.clauses[0]
    assert "5,000.00" in detail.clauses[0] and "伍仟元整" in detail.clauses[0]
    assert detail.copies == 4  # 3 parties + 1 kept by the committee
    assert [p.name for p in detail.applicants] == ["王𠮷", "阿依古丽·买买提"]
    assert detail.applicants[0].id_number.endswith("X")  # full, as registered
    company = detail.respondents[0]
    assert company.legal_rep_name == "周建国" and company.agents[0].special_authority


def test_a_second_draft_for_the_same_case_is_refused(services, case):
    services.agreements.create_draft(case.case_id)
    with pytest.raises(UserError, match="已有调解协议"):
        services.agreements.create_draft(case.case_id)


def test_saving_a_draft_keeps_text_literally_and_drops_blank_clauses(services, case):
    draft_id = services.agreements.create_draft(case.case_id, from_template=False).id
    saved = services.agreements.save_draft(draft_id, AgreementDraft(
        facts="  拖欠<b>工资</b> & 加班费\n第二段  ", clauses=["付款", "  ", "再无争议"],
        performance_deadline=date(2024, 2, 29), total_fen=0, signing_place="村委会"))
    assert saved.facts == "拖欠<b>工资</b> & 加班费\n第二段"
    assert saved.clauses == ("付款", "再无争议")
    assert saved.performance_deadline == date(2024, 2, 29) and saved.total_fen == 0
    assert services.agreements.get(draft_id).clauses == ("付款", "再无争议")


def test_every_bad_field_is_reported_at_once_and_nothing_is_saved(services, case):
    draft_id = services.agreements.create_draft(case.case_id, from_template=False).id
    with pytest.raises(ValidationErrors) as caught:
        services.agreements.save_draft(draft_id, AgreementDraft(
            facts="拖欠", clauses=["甲方支付\ue000元"], copies=2, total_fen=-1,
            performance_place="地" * 301))
    fields = caught.value.by_field()
    assert set(fields) == {"clauses[0]", "copies", "total", "performance_place"}
    assert "U+E000" in fields["clauses[0]"]
    assert "至少一式4份" in fields["copies"]
    assert services.agreements.get(draft_id).facts == "被申请人拖欠工资。"


def test_signing_locks_the_agreement_effective_on_the_last_signature(services, case):
    agreements = services.agreements
    draft = template_draft(services, case.case_id)
    signed = agreements.record_signing(draft.id, _all_sign(case, last=date(2024, 2, 25)),
                                       today=TODAY)
    assert signed.status == "signed" and not signed.editable
    assert signed.effective_on == date(2024, 2, 25)  # 人民调解法 art. 29
    assert signed.confirmation_deadline == date(2024, 3, 26)
    assert agreements.confirmation_window(signed) == date(2024, 3, 26)
    assert {s.signer_name for s in signed.signatures} >= {"王𠮷", COMPANY, "金德明"}
    with pytest.raises(UserError, match="已经签署.*新版本"):
        agreements.save_draft(draft.id, AgreementDraft(facts="改", clauses=["改"]))
    with services.ctx.db.reading() as s:
        case_row = s.get(Case, case.case_id)
        assert case_row.status == "agreed"
        events = s.scalars(select(CaseEvent).where(CaseEvent.case_id == case.case_id)).all()
        assert any(e.to_status == "agreed" for e in events)
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "agreement.sign")).all()
        assert len(audit) == 1 and "330185" not in audit[0].details


def test_signing_names_who_has_not_signed_and_refuses_future_dates(services, case):
    draft = services.agreements.create_draft(case.case_id)
    entries = [SignatureEntry(date(2024, 2, 20), party_id=case.applicants[0]),
               SignatureEntry(date(2024, 3, 5), party_id=case.respondent)]
    with pytest.raises(ValidationErrors) as caught:
        services.agreements.record_signing(draft.id, entries, today=TODAY)
    fields = caught.value.by_field()
    assert "阿依古丽·买买提" in fields["signatures"]
    assert "晚于今天" in fields["signatures[1]"]
    assert "调解员" in fields["mediator"]
    assert services.agreements.get(draft.id).status == "draft"


def test_a_stranger_or_a_double_signature_is_refused(services, case):
    draft = services.agreements.create_draft(case.case_id)
    entries = _all_sign(case) + [SignatureEntry(date(2024, 2, 20), party_id=case.respondent),
                                 SignatureEntry(date(2024, 2, 20), party_id=99_999)]
    with pytest.raises(ValidationErrors) as caught:
        services.agreements.record_signing(draft.id, entries, today=TODAY)
    messages = " ".join(caught.value.by_field().values())
    assert "登记了两次" in messages and "不是本案当事人" in messages


def test_a_new_version_supersedes_the_old_only_once_signed(services, case):
    agreements = services.agreements
    v1 = template_draft(services, case.case_id)
    agreements.record_signing(v1.id, _all_sign(case), today=TODAY)
    with pytest.raises(UserError):
        agreements.new_version(v1.id, "   ")
    v2 = agreements.new_version(v1.id, "付款日期推迟")
    assert v2.version == 2 and v2.status == "draft" and v2.supersedes_id == v1.id
    assert v2.clauses == agreements.get(v1.id).clauses
    assert agreements.get(v1.id).status == "signed"  # still in force
    assert agreements.in_force(case.case_id).id == v1.id
    assert agreements.current(case.case_id).id == v2.id
    agreements.save_draft(v2.id, AgreementDraft(facts="事实", clauses=["新的条款"]))
    agreements.record_signing(v2.id, _all_sign(case, day=date(2024, 2, 28)), today=TODAY)
    old = agreements.get(v1.id)
    assert old.status == "superseded" and old.clauses[0] != "新的条款"  # readable, unchanged
    assert [(v.version, v.status) for v in agreements.versions(case.case_id)] == [
        (1, "superseded"), (2, "signed")]
    assert agreements.get(v2.id).superseded_version == 1


def test_warnings_for_clauses_a_court_will_not_confirm_and_family_e_signatures(services):
    ids = make_case(services, [("李梅", None)], category="family", summary="夫妻感情破裂。")
    draft = services.agreements.create_draft(ids.case_id, from_template=False)
    detail = services.agreements.save_draft(draft.id, AgreementDraft(
        facts="夫妻感情破裂。", clauses=["双方自愿离婚。", "确认房屋所有权归女方所有。"],
        electronic_signature=True))
    kinds = {w.kind for w in detail.warnings}
    assert kinds == {"status", "ownership", "e_signature"}


def test_windows_closing_lists_agreements_whose_30_days_run_out(services, case):
    draft = template_draft(services, case.case_id)
    services.agreements.record_signing(draft.id, _all_sign(case, day=date(2024, 2, 1)),
                                       today=TODAY)
    # thirty days on is Saturday 2024-03-02: the period ends on Monday (民事诉讼法 art. 85)
    deadline = date(2024, 3, 4)
    found = services.agreements.windows_closing(7, today=deadline - timedelta(days=5))
    assert [(w.case_number, w.deadline, w.days_left) for w in found] == [
        (case.number, deadline, 5)]
    assert services.agreements.windows_closing(7, today=deadline + timedelta(days=1)) == []
    assert services.agreements.windows_closing(3, today=deadline - timedelta(days=5)) == []


def test_a_draft_can_be_discarded_but_a_signed_agreement_cannot(services, case):
    draft = services.agreements.create_draft(case.case_id)
    services.agreements.discard_draft(draft.id)
    assert services.agreements.current(case.case_id) is None
    again = template_draft(services, case.case_id)
    services.agreements.record_signing(again.id, _all_sign(case), today=TODAY)
    with pytest.raises(UserError):
        services.agreements.discard_draft(again.id)
