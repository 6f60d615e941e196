"""强制执行申请书: read back from the PDF (parties with full ID numbers, the ruling, each
overdue installment, the total in figures and uppercase, the court), and refused with
every reason at once when there is no ruling or nothing overdue."""
from __future__ import annotations

from datetime import date

import pytest
from filing_support import PROFILE, flat, pdf_text, signed_case

from microcourt.db.models import Filing, Party
from microcourt.errors import UserError
from microcourt.services.reports.monthly import ReportsService
from microcourt.validation.money import format_amount, to_chinese_upper

LATE = date(2024, 5, 15)        # both installments (31 March, 30 April) overdue
RULING_NUMBER = "（2024）浙0185民特123号"


def _confirm(services, ids, claimant_id=None, number=RULING_NUMBER):
    agreement = services.agreements.in_force(ids.case_id, LATE)
    with services.ctx.db.transaction() as s:
        s.add(Filing(case_id=ids.case_id, agreement_id=agreement.id, claimant_id=claimant_id,
                     mode="per_claimant" if claimant_id else "joint", status="confirmed",
                     submitted_on=date(2024, 2, 25), ruling_on=date(2024, 3, 10),
                     court=PROFILE.court, court_case_number=number,
                     platform="mobile_micro_court"))
    return agreement


def test_application_for_every_claimant_under_a_joint_ruling(services, tmp_path):
    ids = signed_case(services)
    agreement = _confirm(services, ids)
    first = agreement.schedules[0].installments[0]
    services.agreements.record_payment(first.id, date(2024, 4, 2), 50_000, today=LATE)
    out = ReportsService(services.ctx).write_enforcement(ids.case_id, tmp_path / "执行.pdf",
                                                         today=LATE)
    text = pdf_text(out)
    owed = sum(i.amount_fen for i in agreement.installments) - 50_000
    with services.ctx.db.reading() as s:
        full_id = s.get(Party, ids.applicants[0]).id_number
    for expected in ("强制执行申请书", "申请执行人：王𠮷", "申请执行人：阿依古丽·买买提",
                     "被执行人：临安<b>&鞋业有限公司", "法定代表人：周建国", full_id,
                     f"杭州市临安区人民法院{RULING_NUMBER}民事裁定书",
                     "2024年3月10日裁定确认上田村人民调解委员会", "执行依据", "申请事项",
                     "事实与理由", "加倍支付迟延履行期间的债务利息", "下列8期款项",
                     to_chinese_upper(owed), "此致杭州市临安区人民法院", "请在此处按指印"):
        assert flat(expected) in text, expected
    partly = format_amount(first.amount_fen - 50_000)  # 王𠮷's first, less the 500.00 paid
    assert flat(f"第1期2024-03-31{format_amount(first.amount_fen)}500.00{partly}") in text


def test_per_claimant_ruling_covers_that_claimant_only(services, tmp_path):
    ids = signed_case(services)
    _confirm(services, ids, claimant_id=ids.claimants[2])
    out = ReportsService(services.ctx).write_enforcement(ids.case_id, tmp_path / "e.pdf",
                                                         today=LATE)
    text = pdf_text(out)
    assert "申请执行人：张堃" in text
    assert "申请执行人：王𠮷" not in text and "下列2期款项" in text
    assert "（申请人张堃）" in text


def test_refused_without_ruling_naming_every_reason(services, tmp_path):
    ids = signed_case(services)
    reports = ReportsService(services.ctx)
    with pytest.raises(UserError) as refused:
        reports.write_enforcement(ids.case_id, tmp_path / "e.pdf", today=date(2024, 3, 15))
    message = refused.value.message
    assert "尚未经法院裁定确认有效" in message and "没有逾期未付" in message
    assert message.count("\n") == 2  # the heading and two numbered reasons
    assert not (tmp_path / "e.pdf").exists()


def test_refused_when_nothing_is_overdue(services, tmp_path):
    ids = signed_case(services)
    _confirm(services, ids)
    reasons = ReportsService(services.ctx).enforcement_check(ids.case_id, date(2024, 3, 31))
    assert reasons == ["截至2024-03-31，案件上田微调〔2024〕第1号没有逾期未付的分期款项，"
                       "无需申请强制执行。"]


def test_ruling_without_court_number_must_be_completed(services):
    ids = signed_case(services)
    _confirm(services, ids, number=None)
    reasons = ReportsService(services.ctx).enforcement_check(ids.case_id, LATE)
    assert len(reasons) == 1 and "缺少法院案号（全体申请人）" in reasons[0]

