"""Many claimants: one respondent against the 77 workers, each with the amount owed; the
case amount is the claimants' sum and follows every change, so totals always add up."""
import random
from decimal import Decimal

import pytest
from cases_support import draft, liaison_services, person
from sqlalchemy import select

from microcourt.db.models import Case
from microcourt.errors import UserError, ValidationErrors
from microcourt.services.parties.dto import PartyDraft
from microcourt.validation.money import MAX_FEN

WORKERS = 77
TOTAL_FEN = 39_786_450  # 397,864.50 yuan


def split(total: int, parts: int, seed: int = 7) -> list[int]:
    """`parts` positive amounts in fen summing exactly to `total`."""
    rng = random.Random(seed)
    cuts = sorted(rng.sample(range(1, total), parts - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [total])]


@pytest.fixture
def svc(tmp_path):
    services = liaison_services(tmp_path)
    yield services
    services.close()


@pytest.fixture
def workers(svc):
    """77 workers from an import list, with the 金额 column; names with rare characters."""
    amounts = split(TOTAL_FEN, WORKERS)
    names = ["王𠮷", "张堃", "阿依古丽·买买提", "李䶮"] + [f"工人{i}" for i in range(5, WORKERS + 1)]
    drafts = [PartyDraft(name=name, gender="female", phone=f"1370000{i:04d}",
                         household_address="临安区上田村", imported_amount_fen=amount)
              for i, (name, amount) in enumerate(zip(names, amounts))]
    return svc.parties.create_many(drafts, consent=None), amounts


@pytest.fixture
def wage_case(svc):
    detail = svc.cases.create_case(draft(category="wages", summary="鞋厂停产拖欠77名职工工资。",
                                         amount="400,000", source="grid"))
    company = person(svc, "杭州临安卓步鞋业有限公司", "0571-63881234")
    return svc.cases.add_party(detail.id, company, "respondent")


def test_77_claimants_from_the_import_list_add_up_exactly(svc, workers, wage_case):
    ids, amounts = workers
    detail = svc.cases.claimants_from_parties(wage_case.id, ids)
    claimants = detail.in_role("applicant")
    assert len(claimants) == WORKERS
    assert [c.party_id for c in claimants] == ids  # in the list's order
    assert [c.claim_amount_fen for c in claimants] == amounts
    assert detail.amount_fen == TOTAL_FEN == sum(amounts)  # the typed 400,000 gave way
    assert detail.amount == Decimal("397864.50")
    totals = svc.cases.totals(wage_case.number)
    assert (totals.claimants, totals.claims_fen, totals.amount_fen) == (77, TOTAL_FEN, TOTAL_FEN)
    assert totals.amount_from_claimants and totals.claims == Decimal("397864.50")
    listed = {c.number: c for c in svc.cases.list_cases()}[wage_case.number]
    assert (listed.claimants, listed.parties, listed.amount_fen) == (77, 78, TOTAL_FEN)
    event = detail.events[-1]
    assert event.kind == "claimants_added" and "77名" in event.note and "397,864.50元" in event.note


def test_the_case_amount_follows_every_change(svc, workers, wage_case):
    ids, amounts = workers
    svc.cases.add_claimants(wage_case.id, list(zip(ids[:3], amounts[:3])))
    detail = svc.cases.get_case(wage_case.id)
    first = detail.in_role("applicant")[0]
    assert detail.amount_fen == sum(amounts[:3])
    detail = svc.cases.set_claim_amount(first.id, 0)
    assert detail.amount_fen == sum(amounts[1:3])
    assert "改为0.00元" in detail.events[-1].note
    detail = svc.cases.remove_party(first.id)
    assert detail.amount_fen == sum(amounts[1:3]) and detail.totals.claimants == 2
    detail = svc.cases.add_party(wage_case.id, ids[3], "applicant", MAX_FEN)
    assert detail.amount_fen == sum(amounts[1:3]) + MAX_FEN
    with svc.ctx.db.reading() as s:  # what is stored, not only what is shown
        assert s.scalar(select(Case.amount_fen).where(Case.id == wage_case.id)) == detail.amount_fen


def test_the_amount_of_a_many_claimant_case_cannot_be_typed_over(svc, workers, wage_case):
    ids, amounts = workers
    svc.cases.add_claimants(wage_case.id, [(ids[0], amounts[0])])
    with pytest.raises(ValidationErrors) as info:
        svc.cases.update_case(wage_case.id, draft(category="wages", amount="400,000"))
    assert "申请人请求金额的合计" in info.value.by_field()["amount"]
    kept = svc.cases.update_case(wage_case.id, draft(category="wages", amount=""))
    assert kept.amount_fen == amounts[0]


def test_a_bad_list_is_refused_whole_naming_each_entry(svc, workers, wage_case):
    ids, amounts = workers
    rows = [(ids[0], amounts[0]), (ids[1], -1), (ids[0], 5), (424242, 5), (ids[2], None)]
    with pytest.raises(ValidationErrors) as info:
        svc.cases.add_claimants(wage_case.id, rows)
    fields = info.value.by_field()
    assert set(fields) == {"1.amount", "2.party_id", "3.party_id", "4.amount"}
    assert fields["1.amount"].startswith("第2条：张堃的请求金额") and "负数" in fields["1.amount"]
    assert "与第1条重复" in fields["2.party_id"] and "424242" in fields["3.party_id"]
    assert svc.cases.get_case(wage_case.id).in_role("applicant") == ()
    assert svc.cases.get_case(wage_case.id).amount_fen == 40_000_000  # untouched


def test_parties_already_on_the_case_or_without_an_imported_amount(svc, workers, wage_case):
    ids, _ = workers
    svc.cases.claimants_from_parties(wage_case.id, ids[:1])
    plain = person(svc, "没有金额的人")
    with pytest.raises(ValidationErrors) as info:
        svc.cases.claimants_from_parties(wage_case.id, [ids[0], plain])
    fields = info.value.by_field()
    assert "已是本案的申请人" in fields["0.party_id"] and "金额" in fields["1.amount"]
    with pytest.raises(UserError, match="名单是空的"):
        svc.cases.add_claimants(wage_case.id, [])


def test_without_any_claim_amount_the_typed_amount_stands(svc, wage_case):
    applicant = person(svc, "俞桂英")
    detail = svc.cases.add_party(wage_case.id, applicant, "applicant")
    assert detail.amount_fen == 40_000_000 and not detail.amount_from_claimants
