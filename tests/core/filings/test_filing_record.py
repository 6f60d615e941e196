"""The filing record after upload: what each status needs, which may follow which, the
case's status following its filings, and the windows closing soon."""
from datetime import date, timedelta

import pytest
from filing_support import SIGNED_ON, TODAY, signed_case

from microcourt.errors import UserError, ValidationErrors
from microcourt.services.filings.dto import FilingUpdate
from microcourt.services.kernel.progress import run_to_end

UPLOADED = date(2024, 2, 28)


@pytest.fixture
def generated(services, tmp_path):
    ids = signed_case(services)
    result = run_to_end(services.filings.generate(ids.case_id, tmp_path / "out", today=TODAY))
    return ids, [f.id for f in result.filings]


def _case_status(services, ids) -> str:
    return services.cases.get_case(ids.case_id).status


def test_submitting_needs_a_date_and_a_platform_and_moves_the_case(services, generated):
    ids, filings = generated
    with pytest.raises(ValidationErrors) as missing:
        services.filings.update(filings, FilingUpdate("submitted"), today=TODAY)
    assert set(missing.value.by_field()) == {"submitted_on", "platform"}
    assert _case_status(services, ids) == "agreed"
    done = services.filings.update(filings, FilingUpdate("已提交", submitted_on=UPLOADED,
                                                         platform="移动微法院"), today=TODAY)
    assert {f.status for f in done} == {"submitted"} and done[0].platform == "mobile_micro_court"
    detail = services.cases.get_case(ids.case_id)
    assert detail.status == "applied"
    assert any("司法确认申请4份：已提交" in e.note for e in detail.events)


def test_a_return_needs_the_deadline_and_a_ruling_its_date(services, generated):
    ids, filings = generated
    services.filings.update(filings, FilingUpdate("submitted", submitted_on=UPLOADED,
                                                  platform="zhejiang_odr"), today=TODAY)
    with pytest.raises(ValidationErrors) as returned:
        services.filings.update(filings[0], FilingUpdate("returned"), today=TODAY)
    assert "correction_deadline" in returned.value.by_field()
    with pytest.raises(ValidationErrors) as early:
        services.filings.update(filings[0], FilingUpdate("confirmed", ruling_on=date(2024, 2, 1)),
                                today=TODAY)
    assert "早于提交日期" in early.value.by_field()["ruling_on"]
    info = services.filings.update(filings[0], FilingUpdate(
        "returned", correction_deadline=date(2024, 3, 10), notes="补充身份证<复印件>&"),
        today=TODAY)[0]
    assert info.correction_deadline == date(2024, 3, 10) and info.notes == "补充身份证<复印件>&"


def test_the_case_is_confirmed_once_every_filing_is_decided(services, generated):
    ids, filings = generated
    services.filings.update(filings, FilingUpdate("submitted", submitted_on=UPLOADED,
                                                  platform="court_mediation"), today=TODAY)
    services.filings.update(filings[0], FilingUpdate("confirmed", ruling_on=TODAY,
                                                     court_case_number="（2024）浙0185民特1号"),
                            today=TODAY)
    assert _case_status(services, ids) == "applied"  # three still pending
    services.filings.update(filings[1:], FilingUpdate("confirmed", ruling_on=TODAY), today=TODAY)
    assert _case_status(services, ids) == "confirmed"
    assert services.filings.get(filings[0]).court_case_number == "（2024）浙0185民特1号"


def test_refused_everywhere_means_refused_and_withdrawn_everywhere_goes_back(services, generated):
    ids, filings = generated
    services.filings.update(filings, FilingUpdate("submitted", submitted_on=UPLOADED,
                                                  platform="other"), today=TODAY)
    services.filings.update(filings, FilingUpdate("withdrawn"), today=TODAY)
    assert _case_status(services, ids) == "agreed"


def test_steps_that_make_no_sense_are_refused_and_nothing_changes(services, generated):
    ids, filings = generated
    with pytest.raises(ValidationErrors) as jump:
        services.filings.update(filings[0], FilingUpdate("accepted", submitted_on=UPLOADED,
                                                         platform="other"), today=TODAY)
    assert "不能改为“已受理”" in jump.value.by_field()["status"]
    with pytest.raises(UserError, match="逐份填写法院案号"):
        services.filings.update(filings, FilingUpdate("submitted", submitted_on=UPLOADED,
                                                      platform="other", court_case_number="1"),
                                today=TODAY)
    with pytest.raises(ValidationErrors):
        services.filings.update(filings, FilingUpdate("submitted", submitted_on=TODAY
                                                      + timedelta(days=1), platform="other"),
                                today=TODAY)
    assert {f.status for f in services.filings.list_for_case(ids.case_id)} == {"generated"}


def test_windows_closing_lists_unfiled_agreements_and_missed_ones_on_request(services):
    ids = signed_case(services)
    deadline = SIGNED_ON + timedelta(days=30)
    soon = services.filings.windows_closing(7, today=deadline - timedelta(days=5))
    assert [(w.case_number, w.deadline, w.days_left) for w in soon] == [(ids.number, deadline, 5)]
    assert services.filings.windows_closing(3, today=deadline - timedelta(days=5)) == []
    later = deadline + timedelta(days=2)
    assert services.filings.windows_closing(7, today=later) == []
    [missed] = services.filings.windows_closing(7, today=later, include_missed=True)
    assert missed.missed and missed.days_left == -2
