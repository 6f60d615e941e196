"""Generating packets: refusals before anything is written (all problems at once, with
where to fix them), the missed 30-day window, cancel and failure leaving nothing."""
from datetime import date, timedelta

import pytest
from filing_support import SIGNED_ON, TODAY, signed_case
from fixtures.agreement_cases import make_case
from sqlalchemy import func, select

from microcourt.db.models import Case, Filing, Party, PartyAgent
from microcourt.services.filings import render as filing_render
from microcourt.services.filings.dto import FilingRefused
from microcourt.services.kernel.progress import run_to_end


def _generate(services, case_id, out, **kwargs):
    return run_to_end(services.filings.generate(case_id, out, today=kwargs.pop("today", TODAY),
                                                **kwargs))


def _filings(services) -> int:
    with services.ctx.db.reading() as s:
        return s.scalar(select(func.count(Filing.id)))


def test_an_unsigned_agreement_is_refused_and_nothing_is_written(services, tmp_path):
    ids = make_case(services, [("王𠮷", 100_000)])
    services.agreements.create_draft(ids.case_id)
    with pytest.raises(FilingRefused) as refused:
        _generate(services, ids.case_id, tmp_path / "out")
    [problem] = refused.value.problems
    assert problem.kind == "unsigned" and "第1版调解协议尚未签署" in problem.message
    assert "记录签署" in problem.fix_at
    assert not (tmp_path / "out").exists() and _filings(services) == 0


def test_missing_particulars_are_listed_all_at_once_with_where_to_fix_each(services, tmp_path):
    ids = signed_case(services)
    with services.ctx.db.transaction() as s:
        first = s.get(Party, ids.applicants[0])
        first.household_address = first.service_address = None
        s.get(Party, ids.applicants[2]).id_number = None
        s.scalar(select(PartyAgent).where(PartyAgent.name == "买买提·艾力")).id_number = None
    with pytest.raises(FilingRefused) as refused:
        _generate(services, ids.case_id, tmp_path / "out")
    problems = refused.value.problems
    assert [p.kind for p in problems] == ["missing", "agent", "missing"]
    assert "申请人王𠮷缺少住址" in problems[0].message
    assert problems[0].target == ("party", ids.applicants[0])
    assert "代理人买买提·艾力缺少授权委托书所需的公民身份号码" in problems[1].message
    assert problems[1].target[0] == "agent" and "代理人" in problems[1].fix_at
    assert "申请人张堃缺少公民身份号码" in problems[2].message
    message = refused.value.message
    assert "1. 申请人王𠮷" in message and "2. 阿依古丽·买买提的代理人" in message
    assert not (tmp_path / "out").exists()


def test_a_lawyer_at_the_clients_address_is_refused_and_the_firms_address_passes(
        services, tmp_path):
    """The power of attorney prints the agent's 住址: a lawyer's is the firm's, so the
    client's own address there (spaced differently, too) is the client's copied over."""
    ids = signed_case(services)
    with services.ctx.db.transaction() as s:
        agent = s.scalar(select(PartyAgent).where(PartyAgent.name == "买买提·艾力"))
        agent.kind, agent.licence_number = "lawyer", "13301201810123456"
        agent.address = " 浙江省杭州市临安区 上田村村委会转交"  # the principal's service address
        agent.principal.service_address = "浙江省杭州市临安区上田村村委会转交"
    problems = services.filings.check(ids.case_id).problems
    [home] = [p for p in problems if "律师事务所的地址" in p.message]
    assert home.kind == "agent" and home.target[0] == "agent" and "买买提·艾力" in home.message
    with services.ctx.db.transaction() as s:
        s.scalar(select(PartyAgent).where(PartyAgent.name == "买买提·艾力")).address = \
            "浙江省杭州市临安区锦城街道钱王大街588号"
    assert not [p for p in services.filings.check(ids.case_id).problems
                if "律师事务所的地址" in p.message]


def test_clauses_courts_do_not_accept_are_flagged(services, tmp_path):
    ids = signed_case(services, clauses=["双方同意离婚。", "确认房屋归申请人所有。"])
    with pytest.raises(FilingRefused) as refused:
        _generate(services, ids.case_id, tmp_path / "out")
    kinds = [p.kind for p in refused.value.problems]
    assert kinds == ["clause", "clause"]
    assert "第三百五十五条" in refused.value.problems[0].message


def test_a_missed_window_warns_strongly_and_generates_only_when_acknowledged(services, tmp_path):
    ids = signed_case(services)
    late_day = SIGNED_ON + timedelta(days=31)
    with pytest.raises(FilingRefused) as refused:
        _generate(services, ids.case_id, tmp_path / "out", today=late_day)
    assert refused.value.late_only
    message = refused.value.problems[0].message
    assert "2024年3月21日届满（已超过1天）" in message
    assert "支付令" in message and "提起诉讼" in message and "重新调解" in message
    assert services.filings.window(ids.case_id, today=late_day).missed
    result = _generate(services, ids.case_id, tmp_path / "out", today=late_day,
                       acknowledge_late=True)
    assert result.filings and "支付令" in result.warnings[0]


def test_the_last_day_of_the_window_is_still_in_time(services, tmp_path):
    ids = signed_case(services)
    window = services.filings.window(ids.case_id, today=SIGNED_ON + timedelta(days=30))
    assert window.deadline == date(2024, 3, 21) and window.days_left == 0
    result = _generate(services, ids.case_id, tmp_path / "out", today=window.deadline)
    assert len(result.filings) == 4  # wages with several workers: one packet each


def test_cancelling_part_way_leaves_no_file_and_no_record(services, tmp_path):
    ids = signed_case(services)
    out = tmp_path / "out"
    job = services.filings.generate(ids.case_id, out, today=TODAY)
    first = next(job)
    assert first.total == 5 and "王𠮷" in first.message
    next(job)  # the first packet is on disk in the staging folder now
    assert any(out.rglob("*.pdf"))
    job.close()  # the cancel button
    assert list(out.iterdir()) == [] and _filings(services) == 0


def test_a_failure_keeps_the_previous_packets_and_leaves_nothing_new(services, tmp_path,
                                                                     monkeypatch):
    ids = signed_case(services)
    out = tmp_path / "out"
    first = _generate(services, ids.case_id, out)
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    calls = []
    original = filing_render.PacketRenderer.write

    def failing(self, root, packet, total):
        calls.append(packet.index)
        if len(calls) == 3:
            raise OSError("disk full")
        return original(self, root, packet, total)

    monkeypatch.setattr(filing_render.PacketRenderer, "write", failing)
    with pytest.raises(OSError):
        _generate(services, ids.case_id, out)
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before
    assert [f.id for f in services.filings.list_for_case(ids.case_id)] == \
        [f.id for f in first.filings]


def test_generating_again_replaces_the_folder_and_the_unsent_filings(services, tmp_path):
    ids = signed_case(services)
    out = tmp_path / "out"
    _generate(services, ids.case_id, out)
    again = _generate(services, ids.case_id, out, mode="joint")
    assert [f.label for f in services.filings.list_for_case(ids.case_id)] == ["全体申请人"]
    assert sorted(p.name for p in (out / ids.number).iterdir()) == [
        "01_全体申请人", "01_全体申请人_司法确认申请材料.pdf"]
    assert again.filings[0].output_dir == str(out / ids.number / "01_全体申请人")


def test_the_default_mode_is_one_packet_per_worker_for_wages_else_joint(services, tmp_path):
    ids = signed_case(services)
    check = services.filings.check(ids.case_id, today=TODAY)
    assert check.ready and check.default_mode == "per_claimant" and check.claimants == 4
    with services.ctx.db.transaction() as s:
        s.get(Case, ids.case_id).category = "loan"
    assert services.filings.check(ids.case_id, today=TODAY).default_mode == "joint"
