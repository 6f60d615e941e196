"""Payment plans stored on agreements, payments against them, and the overdue queries."""
from datetime import date

import pytest
from fixtures.agreement_cases import make_case, template_draft

from microcourt.errors import UserError, ValidationError, ValidationErrors
from microcourt.services.agreements.dto import InstallmentRow, SignatureEntry

SIGNED_ON = date(2024, 1, 20)


def _sign(services, ids, agreement_id):
    entries = [SignatureEntry(SIGNED_ON, party_id=p) for p in ids.applicants + [ids.respondent]]
    entries.append(SignatureEntry(SIGNED_ON, mediator_id=ids.mediator))
    return services.agreements.record_signing(agreement_id, entries, today=SIGNED_ON)


@pytest.fixture
def one(services):
    ids = make_case(services, [("张堃", 100_000)])
    return ids, template_draft(services, ids.case_id).id


def test_a_total_splits_exactly_with_the_last_installment_taking_the_rest(services, one):
    ids, agreement_id = one
    detail = services.agreements.generate_installments(
        agreement_id, total_fen=100_000, count=3, first_date=date(2024, 1, 31),
        payer_party_id=ids.respondent, payee_party_id=ids.applicants[0])
    plan = detail.installments
    assert [i.amount_fen for i in plan] == [33_333, 33_333, 33_334]
    assert sum(i.amount_fen for i in plan) == detail.total_fen == 100_000
    # 31 January, then the last day of a leap February, then 31 March
    assert [i.due_on for i in plan] == [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31)]
    assert {i.payer_name for i in plan} == {"临安<b>&鞋业有限公司"}
    assert plan[0].claimant_id == ids.claimants[0]  # the payee's own schedule
    assert not detail.warnings


def test_regenerating_replaces_the_plan(services, one):
    ids, agreement_id = one
    services.agreements.generate_installments(agreement_id, 100_000, 5, date(2024, 2, 29),
                                              payer_party_id=ids.respondent)
    detail = services.agreements.generate_installments(agreement_id, 1, 1, date(2024, 2, 29),
                                                       every=2, unit="week")
    assert [(i.seq, i.amount_fen) for i in detail.installments] == [(1, 1)]
    assert detail.total_fen == 1


@pytest.mark.parametrize("kwargs, field", [
    (dict(total_fen=0, count=1), "total"),
    (dict(total_fen=5, count=6), "count"),
    (dict(total_fen=500, count=2, payer_party_id=424242), "payer"),
])
def test_bad_plans_are_refused_by_field(services, one, kwargs, field):
    _, agreement_id = one
    with pytest.raises(ValidationError) as caught:
        services.agreements.generate_installments(agreement_id, first_date=date(2024, 2, 1),
                                                  **kwargs)
    assert caught.value.field == field
    assert services.agreements.get(agreement_id).installments == ()


def test_77_claimants_each_get_their_own_exact_schedule(services):
    amounts = [100_001 + 7 * i for i in range(77)]
    ids = make_case(services, [(f"工人{i}", a) for i, a in enumerate(amounts)])
    agreement_id = template_draft(services, ids.case_id).id
    detail = services.agreements.generate_per_claimant(agreement_id, count=3,
                                                       first_date=date(2024, 2, 29))
    assert len(detail.schedules) == 77 and len(detail.installments) == 231
    assert [s.total_fen for s in detail.schedules] == amounts
    assert detail.total_fen == detail.installments_total_fen == sum(amounts)
    assert all(s.installments[-1].amount_fen - s.installments[0].amount_fen in (0, 1, 2)
               for s in detail.schedules)
    assert [i.due_on for i in detail.schedules[0].installments] == [
        date(2024, 2, 29), date(2024, 3, 29), date(2024, 4, 29)]
    assert {i.payer_party_id for i in detail.installments} == {ids.respondent}
    assert [s.name for s in detail.schedules[:2]] == ["工人0", "工人1"]


def test_per_claimant_plans_name_applicants_without_an_amount(services):
    ids = make_case(services, [("王𠮷", 5_000), ("俞桂英", None)])
    agreement_id = template_draft(services, ids.case_id).id
    with pytest.raises(ValidationError, match="俞桂英"):
        services.agreements.generate_per_claimant(agreement_id, 2, date(2024, 2, 1))


def test_hand_edited_rows_are_checked_row_by_row(services, one):
    ids, agreement_id = one
    rows = [InstallmentRow(date(2024, 3, 1), 0, ids.respondent, ids.applicants[0]),
            InstallmentRow(date(2024, 2, 1), 500, ids.respondent, ids.respondent)]
    with pytest.raises(ValidationErrors) as caught:
        services.agreements.set_installments(agreement_id, rows)
    assert set(caught.value.by_field()) == {"installments[0].amount", "installments[1].payee"}
    good = [InstallmentRow(date(2024, 3, 1), 700, ids.respondent, ids.applicants[0]),
            InstallmentRow(date(2024, 2, 1), 300, ids.respondent, ids.applicants[0])]
    detail = services.agreements.set_installments(agreement_id, good)
    assert [(i.seq, i.due_on, i.amount_fen) for i in detail.installments] == [
        (1, date(2024, 2, 1), 300), (2, date(2024, 3, 1), 700)]
    assert any(w.kind == "total_mismatch" for w in detail.warnings)  # 1,000 vs 100,000


def test_partial_payments_overpayment_and_states(services, one):
    ids, agreement_id = one
    services.agreements.generate_installments(agreement_id, 90_000, 3, date(2024, 2, 1),
                                              payer_party_id=ids.respondent,
                                              payee_party_id=ids.applicants[0])
    first = services.agreements.get(agreement_id).installments[0]
    with pytest.raises(UserError, match="还没有签署"):
        services.agreements.record_payment(first.id, date(2024, 1, 21), 100)
    _sign(services, ids, agreement_id)
    part = services.agreements.record_payment(first.id, date(2024, 1, 25), 10_000, "现金",
                                              today=date(2024, 1, 26))
    assert (part.paid_fen, part.outstanding_fen, part.state) == (10_000, 20_000, "partly_paid")
    with pytest.raises(ValidationErrors) as caught:
        services.agreements.record_payment(first.id, date(2024, 1, 26), 20_001,
                                           today=date(2024, 1, 26))
    assert "200.00元" in caught.value.by_field()["amount"]
    with pytest.raises(ValidationErrors, match="晚于今天"):
        services.agreements.record_payment(first.id, date(2024, 1, 27), 1,
                                           today=date(2024, 1, 26))
    paid = services.agreements.record_payment(first.id, date(2024, 1, 26), 20_000,
                                              today=date(2024, 1, 26))
    assert paid.state == "paid" and len(paid.payments) == 2
    states = [i.state for i in services.agreements.get(agreement_id,
                                                       today=date(2024, 3, 2)).installments]
    assert states == ["paid", "overdue", "due"]  # 1 March is past; 1 April is not


def test_overdue_queries_count_unpaid_installments_of_signed_agreements(services, one):
    ids, agreement_id = one
    services.agreements.generate_installments(agreement_id, 90_000, 3, date(2024, 2, 1),
                                              payer_party_id=ids.respondent,
                                              payee_party_id=ids.applicants[0])
    assert services.agreements.count_overdue(date(2024, 12, 1)) == 0  # a draft is not owed
    _sign(services, ids, agreement_id)
    plan = services.agreements.get(agreement_id).installments
    services.agreements.record_payment(plan[0].id, date(2024, 2, 1), 5_000,
                                       today=date(2024, 2, 1))
    assert services.agreements.count_overdue(date(2024, 2, 1)) == 0  # due today: in time
    overdue = services.agreements.overdue_installments(date(2024, 3, 2))
    assert [(o.seq, o.outstanding_fen, o.days_overdue, o.claimant_name) for o in overdue] == [
        (1, 25_000, 30, "张堃"), (2, 30_000, 1, "张堃")]
    assert services.agreements.count_overdue(date(2024, 3, 2)) == 2
    assert services.agreements.overdue_installments(date(2024, 3, 2), case_id=ids.case_id + 1) == []


def test_a_new_version_keeps_what_was_paid(services, one):
    ids, agreement_id = one
    services.agreements.generate_installments(agreement_id, 2_000, 2, date(2024, 2, 1),
                                              payer_party_id=ids.respondent,
                                              payee_party_id=ids.applicants[0])
    _sign(services, ids, agreement_id)
    first = services.agreements.get(agreement_id).installments[0]
    services.agreements.record_payment(first.id, date(2024, 2, 1), 1_000, today=date(2024, 2, 2))
    v2 = services.agreements.new_version(agreement_id, "第二期推迟")
    assert [i.paid_fen for i in v2.installments] == [1_000, 0]
    with pytest.raises(UserError, match="还没有签署"):
        services.agreements.record_payment(v2.installments[1].id, date(2024, 2, 2), 1)
