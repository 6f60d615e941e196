"""Unclear content refuses signing and the filing (民诉解释 358(五)); the payment clause and
the deadline are written from the plan; the agreement takes effect on the last of the
signatures and the committee's seal (人民调解法 29)."""
from datetime import date

import pytest
from filing_support import PROFILE
from fixtures.agreement_cases import make_case
from sqlalchemy import select

from microcourt.db.models import Agreement, AgreementClause
from microcourt.errors import ValidationErrors
from microcourt.services.agreements.dto import AgreementDraft, InstallmentRow, SignatureEntry

DAY = date(2024, 2, 20)
TODAY = date(2024, 3, 1)
PLAN = [(date(2024, 4, 10), 150_000), (date(2024, 5, 10), 150_000)]

REFUSED = [
    ("双方同意于某年某月某日解除合同。", "placeholder"),
    ("申请人某某放弃其他请求。", "placeholder"),
    ("被申请人××交付钥匙。", "placeholder"),
    ("被申请人支付人民币{金额}元。", "placeholder"),
    ("大写：{金额大写}。", "placeholder"),
    ("被申请人拆除（）。", "placeholder"),
    ("被申请人于{日期}前搬离。", "placeholder"),
    ("被申请人于2024年4月9日前支付1,500元。", "plan_conflict"),        # a day off the plan
    ("被申请人分两期各支付1,000元。", "plan_conflict"),               # amounts off the plan
    ("被申请人于协议生效后十日内付清。", "plan_conflict"),            # its own period
    ("被申请人尽快支付其余工资。", "vague"),
]


@pytest.fixture
def case(services):
    services.settings.save_profile(PROFILE)
    return make_case(services, [("张堃", 300_000)])


def _draft(services, ids, clauses):
    agreements = services.agreements
    draft = agreements.create_draft(ids.case_id, from_template=False)
    agreements.set_installments(draft.id, [
        InstallmentRow(due, fen, ids.respondent, ids.applicants[0], ids.claimants[0])
        for due, fen in PLAN])
    return agreements.save_draft(draft.id, AgreementDraft(
        facts="拖欠工资。", clauses=list(clauses), signing_place="上田村微法庭",
        total_fen=300_000))


def _everyone(ids, day=DAY):
    return ([SignatureEntry(day, party_id=p) for p in ids.applicants + [ids.respondent]]
            + [SignatureEntry(day, mediator_id=ids.mediator)])


def test_a_draft_written_from_its_plan_signs_and_files(services, case):
    detail = _draft(services, case, ["申请人放弃其他请求。"])
    assert detail.plan_clause == 0
    assert detail.clauses[0] == (
        "被申请人临安<b>&鞋业有限公司分2期向申请人张堃支付人民币3,000.00元（大写：叁仟元整）："
        "第一期于2024年4月10日前支付1,500.00元；第二期于2024年5月10日前支付1,500.00元。")
    assert detail.performance_deadline == date(2024, 5, 10)  # 履行期限 from the plan
    assert detail.warnings == ()
    services.agreements.record_signing(detail.id, _everyone(case), today=TODAY)
    assert not [p for p in services.filings.check(case.case_id, today=TODAY).problems
                if p.kind in ("clause", "unclear")]


def test_changing_the_plan_writes_the_clause_again(services, case):
    detail = _draft(services, case, ["申请人放弃其他请求。"])
    again = services.agreements.generate_installments(
        detail.id, 300_000, 1, date(2024, 6, 1), payer_party_id=case.respondent,
        payee_party_id=case.applicants[0])
    assert "于2024年6月1日前向申请人张堃一次性支付人民币3,000.00元" in again.clauses[0]
    assert again.performance_deadline == date(2024, 6, 1) and again.warnings == ()
    # the typed text of the plan clause is never kept: it is written from the plan
    draft = AgreementDraft.from_detail(again)
    draft.clauses[0] = "随便改的付款条款"
    saved = services.agreements.save_draft(again.id, draft)
    assert saved.clauses == again.clauses


@pytest.mark.parametrize(("clause", "kind"), REFUSED)
def test_unclear_content_is_refused_at_signing_beside_its_clause(services, case, clause, kind):
    detail = _draft(services, case, ["申请人放弃其他请求。", clause])
    assert [(w.kind, w.field) for w in detail.blocking] == [(kind, "clauses[2]")]
    with pytest.raises(ValidationErrors) as caught:
        services.agreements.record_signing(detail.id, _everyone(case), today=TODAY)
    assert "第3条" in caught.value.by_field()["clauses[2]"]
    assert services.agreements.get(detail.id).status == "draft"


@pytest.mark.parametrize(("clause", "kind"), REFUSED)
def test_unclear_content_signed_before_the_check_is_refused_at_filing(services, case, clause,
                                                                     kind):
    detail = _draft(services, case, ["申请人放弃其他请求。", "双方再无争议。"])
    services.agreements.record_signing(detail.id, _everyone(case), today=TODAY)
    with services.ctx.db.transaction() as s:  # as an older version let it be signed
        row = s.scalar(select(AgreementClause).where(AgreementClause.agreement_id == detail.id,
                                                     AgreementClause.position == 3))
        row.text = clause
    problems = [p for p in services.filings.check(case.case_id, today=TODAY).problems
                if p.kind == "unclear"]
    assert [(p.field, p.target) for p in problems] == [("clauses[2]", ("agreement", detail.id))]
    with pytest.raises(Exception, match="第3条"):
        list(services.filings.generate(case.case_id, services.ctx.data_dir / "out",
                                       today=TODAY))


def test_a_sum_with_no_date_to_pay_it_by_is_refused_at_signing_and_at_filing(services, case):
    agreements = services.agreements
    draft = agreements.create_draft(case.case_id, from_template=False)
    detail = agreements.save_draft(draft.id, AgreementDraft(
        facts="拖欠工资。", clauses=["被申请人向申请人支付工资人民币3,000元。"],
        signing_place="上田村微法庭", total_fen=300_000))
    assert [(w.kind, w.field) for w in detail.blocking] == [("no_payment_term", "total")]
    with pytest.raises(ValidationErrors, match="没有写明何时支付"):
        agreements.record_signing(detail.id, _everyone(case), today=TODAY)
    dated = agreements.save_draft(detail.id, AgreementDraft(
        facts="拖欠工资。", clauses=list(detail.clauses), signing_place="上田村微法庭",
        total_fen=300_000, performance_deadline=date(2024, 3, 31)))
    assert dated.blocking == ()
    agreements.record_signing(dated.id, _everyone(case), today=TODAY)
    with services.ctx.db.transaction() as s:  # as an older version let it be signed
        s.get(Agreement, dated.id).performance_deadline = None
    problems = services.filings.check(case.case_id, today=TODAY).problems
    assert [(p.kind, p.field) for p in problems if p.kind == "unclear"] == [("unclear", "total")]


def test_a_template_draft_states_the_sum_once_and_the_plan_says_when(services):
    ids = make_case(services, [("王𠮷", 300_000), ("阿依古丽·买买提", 200_000)])
    agreements = services.agreements
    draft = agreements.create_draft(ids.case_id)
    assert not [c for c in draft.clauses if "某年" in c]  # wages: no date left to write
    assert [w.kind for w in draft.blocking] == ["no_payment_term"]
    planned = agreements.generate_installments(draft.id, 500_000, 2, date(2027, 1, 10))
    assert planned.blocking == () and planned.plan_clause == 1  # right after the sum
    assert "拖欠" in planned.clauses[0] and "分2期" in planned.clauses[1]
    assert sum("2027年" in c for c in planned.clauses) == 1  # the dates are said once


def test_the_seal_coming_last_is_the_day_it_takes_effect(services, case):
    detail = _draft(services, case, ["申请人放弃其他请求。"])
    signed = services.agreements.record_signing(detail.id, _everyone(case), today=TODAY,
                                                sealed_on=date(2024, 2, 27))
    assert (signed.sealed_on, signed.effective_on) == (date(2024, 2, 27), date(2024, 2, 27))
    assert signed.confirmation_deadline == date(2024, 3, 28)
    assert services.cases.get_case(case.case_id).status == "agreed"


def test_without_a_seal_date_the_seal_goes_on_with_the_last_signature(services, case):
    detail = _draft(services, case, ["申请人放弃其他请求。"])
    entries = _everyone(case)
    entries[0] = SignatureEntry(date(2024, 2, 22), party_id=case.applicants[0])
    signed = services.agreements.record_signing(detail.id, entries, today=TODAY)
    assert (signed.sealed_on, signed.effective_on) == (date(2024, 2, 22), date(2024, 2, 22))


def test_a_seal_in_the_future_or_before_the_case_is_refused(services, case):
    detail = _draft(services, case, ["申请人放弃其他请求。"])
    for day, words in ((date(2024, 3, 2), "晚于今天"), (date(2023, 12, 1), "早于收案日期")):
        with pytest.raises(ValidationErrors) as caught:
            services.agreements.record_signing(detail.id, _everyone(case), today=TODAY,
                                               sealed_on=day)
        assert words in caught.value.by_field()["sealed_on"]


def test_a_registered_case_reaches_agreement_when_it_takes_effect(services):
    services.settings.save_profile(PROFILE)
    ids = make_case(services, [("张堃", 300_000)], status="registered")
    detail = _draft(services, ids, ["申请人放弃其他请求。"])
    services.agreements.record_signing(detail.id, _everyone(ids), today=TODAY)
    case = services.cases.get_case(ids.case_id)
    assert case.status == "agreed"
    assert [e.to_status for e in case.events if e.to_status][-2:] == [
        "in_mediation", "agreed"]


def test_the_demo_agreements_are_written_from_their_plans(services):
    for _ in services.demo.load(today=date(2026, 12, 3)):
        pass
    by_number = {c.number: c for c in services.cases.list_cases()}
    wages = services.agreements.current(by_number["上田微调〔2026〕第11号"].id)
    loan = services.agreements.current(by_number["上田微调〔2026〕第4号"].id)
    for detail in (wages, loan):
        assert detail.plan_clause is not None and not detail.blocking
        for due in {i.due_on for i in detail.installments}:
            assert f"{due.year}年{due.month}月{due.day}日" in detail.clauses[detail.plan_clause]
        assert detail.performance_deadline == max(i.due_on for i in detail.installments)
    assert [i.amount_fen for i in loan.installments] == [6_000_000, 6_000_000]
    assert "分2期" in loan.clauses[loan.plan_clause]
    for case in by_number.values():  # only the case the court refused is unclear
        detail = services.agreements.current(case.id)
        if detail is not None and detail.status == "signed":
            assert bool(detail.blocking) == (case.status == "refused"), case.number
