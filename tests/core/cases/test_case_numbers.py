from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from microcourt.db.models import Case, CaseNumberCounter
from microcourt.services.cases.numbers import next_case_number
from microcourt.services.settings.service import CourtProfileData

PROFILE = CourtProfileData(name="上田村微法庭", village="上田村", committee="上田村人民调解委员会",
                           court="杭州市临安区人民法院", liaison_name="俞晓燕",
                           liaison_phone="13857112345")


def _case(number: str, year: int, seq: int) -> Case:
    return Case(number=number, year=year, seq=seq, category="loan", received_on=date(year, 3, 1),
                source="walk_in", status="registered")


def _take(services, year):
    with services.ctx.db.transaction() as s:
        return next_case_number(s, year)


def test_numbers_follow_the_profile_pattern_and_count_up(services):
    services.settings.save_profile(PROFILE)
    assert _take(services, 2026) == ("上田微调〔2026〕第1号", 1)
    assert _take(services, 2026) == ("上田微调〔2026〕第2号", 2)


def test_without_a_profile_the_default_pattern_is_used(services):
    assert _take(services, 2026) == ("微调〔2026〕第1号", 1)


def test_each_year_restarts_at_one_and_keeps_its_own_count(services):
    services.settings.save_profile(PROFILE)
    assert _take(services, 2025)[1] == 1
    assert _take(services, 2025)[1] == 2
    assert _take(services, 2026)[1] == 1
    assert _take(services, 2025)[1] == 3
    with services.ctx.db.reading() as s:
        counters = dict(s.execute(select(CaseNumberCounter.year, CaseNumberCounter.last_seq)).all())
    assert counters == {2025: 3, 2026: 1}


def test_a_withdrawn_case_number_is_never_reused(services):
    services.settings.save_profile(PROFILE)
    with services.ctx.db.transaction() as s:
        number, seq = next_case_number(s, 2026)
        s.add(_case(number, 2026, seq))
    with services.ctx.db.transaction() as s:  # the case is withdrawn and deleted
        s.delete(s.scalar(select(Case).where(Case.number == number)))
    assert _take(services, 2026) == ("上田微调〔2026〕第2号", 2)


def test_a_rolled_back_transaction_gives_its_number_back(services):
    with pytest.raises(RuntimeError):
        with services.ctx.db.transaction() as s:
            next_case_number(s, 2026)
            raise RuntimeError("the case form failed to save")
    assert _take(services, 2026)[1] == 1  # nothing was created, so nothing was used


def test_a_number_already_held_by_a_case_is_skipped(services):
    services.settings.save_profile(PROFILE)
    with services.ctx.db.transaction() as s:  # typed in by hand before the counter knew
        s.add(_case("上田微调〔2026〕第1号", 2026, 1))
    assert _take(services, 2026) == ("上田微调〔2026〕第2号", 2)


def test_many_numbers_in_one_transaction_are_all_different(services):
    with services.ctx.db.transaction() as s:
        numbers = [next_case_number(s, 2026)[0] for _ in range(50)]
    assert len(set(numbers)) == 50


def test_the_database_refuses_two_cases_with_the_same_number(services):
    with pytest.raises(IntegrityError):
        with services.ctx.db.transaction() as s:
            s.add(_case("上田微调〔2026〕第1号", 2026, 1))
            s.flush()
            s.add(_case("上田微调〔2026〕第1号", 2026, 2))
            s.flush()
    with services.ctx.db.reading() as s:
        assert s.scalars(select(Case)).all() == []
