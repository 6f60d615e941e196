"""The demo dataset: what a liaison opening the demo would look at, and loading rules."""
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from microcourt.db.models import (
    Agreement,
    AuditEntry,
    Case,
    CaseEvent,
    CaseMediator,
    CaseNumberCounter,
    CaseParty,
    CourtProfile,
    Hearing,
    Installment,
    Mediator,
    Party,
    PartyAgent,
)
from microcourt.domain import CaseCategory, CaseStatus
from microcourt.errors import UserError
from microcourt.search_keys import id_tail, name_keys
from microcourt.services import open_services
from microcourt.services.audit.chain import verify
from microcourt.services.demo.build import split_exact
from microcourt.services.demo.bulk import fill_bulk
from microcourt.services.demo.service import NOT_EMPTY, load_demo
from microcourt.services.kernel.progress import run_to_end
from microcourt.services.settings.service import CourtProfileData
from microcourt.timeutil import now_utc
from microcourt.validation.credit_code import normalize_credit_code
from microcourt.validation.idcard import parse_resident_id
from microcourt.validation.phone import normalize_phone

DAY = date(2026, 3, 2)  # the year-start case numbers and a 29 February birthday nearby


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    svc = open_services(tmp_path_factory.mktemp("demo"))
    summary = run_to_end(load_demo(svc, today=DAY))
    yield svc, summary
    svc.close()


def _wage_case(session) -> Case:
    return session.scalar(select(Case).where(Case.category == CaseCategory.WAGES,
                                             Case.amount_fen > 30_000_000))


def test_the_77_worker_case_has_77_claimants_against_the_shoe_company(demo):
    svc, _ = demo
    with svc.ctx.db.reading() as s:
        case = _wage_case(s)
        roles = Counter(link.role for link in case.parties)
        company = next(link.party for link in case.parties if link.role == "respondent")
        assert roles == {"applicant": 77, "respondent": 1}
        assert "鞋业" in company.name and company.kind == "organization"
        assert normalize_credit_code(company.id_number) == company.id_number
        assert company.legal_rep_name
        assert case.status == CaseStatus.AGREEMENT_REACHED


def test_wage_amounts_add_up_to_the_fen_per_worker_and_in_total(demo):
    svc, _ = demo
    with svc.ctx.db.reading() as s:
        case = _wage_case(s)
        claimants = [link for link in case.parties if link.role == "applicant"]
        company = next(link.party for link in case.parties if link.role == "respondent")
        agreement = s.scalar(select(Agreement).where(Agreement.case_id == case.id))
        assert 39_000_000 < case.amount_fen <= 40_000_000  # nearly 400,000 yuan
        assert sum(c.claim_amount_fen for c in claimants) == case.amount_fen
        assert all(c.claim_amount_fen > 0 for c in claimants)
        assert agreement.total_fen == case.amount_fen and agreement.status == "signed"
        by_claimant = {c.id: c for c in claimants}
        paid_to = Counter()
        for row in agreement.installments:
            claimant = by_claimant[row.claimant_id]
            assert row.payer_party_id == company.id
            assert row.payee_party_id == claimant.party_id
            paid_to[row.claimant_id] += row.amount_fen
        assert paid_to == {c.id: c.claim_amount_fen for c in claimants}
        assert len(agreement.signatures) == 77 + 1 + 1  # workers, company, mediator


def test_every_person_has_a_valid_id_matching_birth_date_and_gender(demo):
    svc, summary = demo
    with svc.ctx.db.reading() as s:
        people = s.scalars(select(Party).where(Party.kind == "person")).all()
        assert len(people) == summary.parties - summary.organizations > 100
        for p in people:
            parsed = parse_resident_id(p.id_number, today=DAY)
            assert (parsed.birth_date, parsed.gender) == (p.birth_date, p.gender), p.name
            assert (p.name_pinyin, p.name_initials) == name_keys(p.name)
            assert p.id_tail == id_tail(p.id_number)
            assert normalize_phone(p.phone) == p.phone
            assert p.consent_on and p.consent_form == "paper"
        ages = [DAY.year - p.birth_date.year for p in people]
        assert sum(50 <= a <= 80 for a in ages) > len(ages) * 0.7
        assert max(ages) >= 80
        assert any(p.birth_date.month == 2 and p.birth_date.day == 29 for p in people)
        for agent in s.scalars(select(PartyAgent).where(PartyAgent.id_number.is_not(None))):
            assert parse_resident_id(agent.id_number, today=DAY).gender == agent.gender


def test_rare_character_and_minority_names_are_present(demo):
    svc, _ = demo
    with svc.ctx.db.reading() as s:
        names = dict(s.execute(select(Party.name, Party.ethnicity)).all())
    assert {"王𠮷", "李䶮", "张堃", "阿依古丽·买买提"} <= set(names)
    assert names["阿依古丽·买买提"] == "维吾尔族"


def test_every_category_and_status_appears_with_a_matching_timeline(demo):
    svc, summary = demo
    with svc.ctx.db.reading() as s:
        cases = s.scalars(select(Case)).all()
        assert {c.category for c in cases} == {c.value for c in CaseCategory}
        assert {c.status for c in cases} == {c.value for c in CaseStatus}
        assert len(cases) == summary.cases >= 15
        for case in cases:
            events = case.events
            assert events[0].to_status == "registered" and events[0].from_status is None
            assert events[-1].to_status == case.status, case.number
            for before, after in zip(events, events[1:]):
                assert after.from_status == before.to_status and after.at >= before.at
            assert events[-1].at <= now_utc()
            assert (case.closed_on is not None) == (case.status == "closed")


def test_confirmations_were_applied_for_within_30_days_of_the_agreement(demo):
    svc, _ = demo
    with svc.ctx.db.reading() as s:
        for agreement in s.scalars(select(Agreement)):
            applied = s.scalar(select(CaseEvent.at).where(CaseEvent.case_id == agreement.case_id,
                                                          CaseEvent.to_status == "applied"))
            last_signature = max(sig.signed_on for sig in agreement.signatures)
            assert agreement.effective_on == last_signature
            if applied is not None:
                assert applied.date() - agreement.effective_on <= timedelta(days=30)


def test_the_lease_hearing_joins_court_village_room_and_home(demo):
    svc, _ = demo
    with svc.ctx.db.reading() as s:
        lease = s.scalar(select(Case).where(Case.category == "lease"))
        hearing = s.scalar(select(Hearing).where(Hearing.case_id == lease.id))
        assert hearing.status == "scheduled" and hearing.start_at.date() > DAY
        assert hearing.platform and hearing.judge
        locations = {p.role: p.location for p in hearing.participants if p.role != "agent"}
        agents = {p.name: p.location for p in hearing.participants if p.role == "agent"}
        assert locations == {"judge": "court", "mediator": "village_room"}
        assert sorted(agents.values()) == ["home", "village_room"]
        lawyer = s.scalar(select(PartyAgent).where(PartyAgent.kind == "lawyer"))
        assert lawyer.special_authority and agents[lawyer.name] == "home"


def test_mediators_recusal_and_court_profile(demo):
    svc, summary = demo
    with svc.ctx.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Mediator)) == summary.mediators == 3
        recused = s.scalars(select(CaseMediator).where(CaseMediator.recused)).all()
        assert len(recused) == 1 and recused[0].linked_party_id and recused[0].link_description
        support = s.scalar(select(Case).where(Case.category == "support"))
        assert "妇联" in support.mediators[0].mediator.organization
    profile = svc.settings.profile()
    assert profile.court == "杭州市临安区人民法院" and profile.village == "上田村"


def test_the_load_is_audited_once_and_the_chain_verifies(demo):
    svc, _ = demo
    with svc.ctx.db.reading() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "demo.load")).all()
    assert len(entries) == 1
    assert verify(svc.ctx).ok


def test_case_numbers_follow_the_received_dates_per_year(demo):
    svc, _ = demo
    with svc.ctx.db.reading() as s:
        rows = s.execute(select(Case.received_on, Case.year, Case.seq)
                         .order_by(Case.received_on)).all()
        counters = dict(s.execute(select(CaseNumberCounter.year,
                                          CaseNumberCounter.last_seq)).all())
    assert {year for _, year, _ in rows} == {2025, 2026}  # the demo day is early in 2026
    for year, last in counters.items():
        assert [seq for _, y, seq in rows if y == year] == list(range(1, last + 1))


def test_a_second_load_is_refused_and_changes_nothing(demo):
    svc, summary = demo
    with pytest.raises(UserError) as info:
        run_to_end(svc.demo.load(today=DAY))
    assert info.value.message == NOT_EMPTY
    with svc.ctx.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == summary.cases


def test_cancelling_part_way_leaves_the_database_empty(services):
    job = load_demo(services, today=DAY)
    for _ in range(5):
        progress = next(job)
    assert 0 < progress.done < progress.total
    job.close()
    with services.ctx.db.reading() as s:
        for model in (Party, Case, CaseParty, Mediator, CourtProfile, CaseNumberCounter,
                      Installment, AuditEntry):
            assert s.scalar(select(func.count()).select_from(model)) == 0, model.__name__
    assert services.demo.is_empty()
    assert run_to_end(load_demo(services, today=DAY)).cases >= 15  # and it can load after


def test_the_same_day_gives_the_same_demo(services, tmp_path):
    other = open_services(tmp_path / "other")
    try:
        for svc in (services, other):
            run_to_end(load_demo(svc, today=DAY))
        snapshots = []
        for svc in (services, other):
            with svc.ctx.db.reading() as s:
                snapshots.append(s.execute(select(Party.name, Party.id_number, Party.phone)
                                           .order_by(Party.id)).all())
        assert snapshots[0] == snapshots[1]
    finally:
        other.close()


def test_a_saved_court_profile_is_kept(services):
    own = CourtProfileData(name="横路村共享法庭", village="横路村", committee="横路村人民调解委员会",
                           court="杭州市临安区人民法院", liaison_name="章小红",
                           liaison_phone="13957100000")
    services.settings.save_profile(own)
    run_to_end(load_demo(services, today=DAY))
    assert services.settings.profile().name == "横路村共享法庭"
    assert services.cases.list_cases()[0].number.startswith("横路微调")


@pytest.mark.parametrize("total, weights", [(39_786_450, [3, 7, 5]), (1, [1, 1, 1]),
                                            (0, [4, 3, 3]), (100, [1, 2])])
def test_split_exact_adds_up_to_the_fen(total, weights):
    shares = split_exact(total, weights)
    assert sum(shares) == total and len(shares) == len(weights) and min(shares) >= 0


def test_bulk_fill_small_smoke(services):
    run_to_end(fill_bulk(services, parties=300, cases=50, seed=3, today=DAY))
    listed = services.cases.list_cases()
    assert len(listed) == 50
    assert all(2 <= c.parties <= 3 and 1 <= c.claimants <= 2 for c in listed)
    assert len({c.number for c in listed}) == 50
    with services.ctx.db.reading() as s:
        parties = s.scalars(select(Party)).all()
        assert len(parties) == 300
        for p in parties[:100]:
            if p.kind == "person":
                assert parse_resident_id(p.id_number, today=DAY).birth_date == p.birth_date
            else:
                assert normalize_credit_code(p.id_number) == p.id_number
            assert (p.name_pinyin, p.name_initials) == name_keys(p.name)
