"""强制执行申请书: read back from the PDF (parties with full ID numbers, the ruling, each
overdue installment, the total in figures and uppercase, the court), and refused with
every reason at once when there is no ruling or nothing overdue."""
from __future__ import annotations

from datetime import date

import pytest
from filing_support import CLAUSES, PROFILE, flat, pdf_text, signed_case
from pypdf import PdfReader

from microcourt.db.models import Filing, Party
from microcourt.errors import UserError
from microcourt.services.parties.dto import PropertyLeadDraft
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
    assert flat(f"第1期2024年3月31日{format_amount(first.amount_fen)}500.00{partly}已逾期") in text
    assert text.count("强制执行申请书") == 1  # one joint ruling: one application


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



ACCELERATION = "被申请人任何一期未按时足额支付的，申请人可就全部未付款项向人民法院申请强制执行。"
BETWEEN = date(2024, 4, 10)     # the first installment (31 March) overdue, the second not


def _per_claimant_rulings(services, ids):
    for number, claimant in enumerate(ids.claimants, start=1):
        _confirm(services, ids, claimant_id=claimant, number=f"（2024）浙0185民特{100 + number}号")


def test_one_application_per_ruling_each_naming_its_own_claimant(services, tmp_path):
    ids = signed_case(services)
    _per_claimant_rulings(services, ids)
    out = ReportsService(services.ctx).write_enforcement(ids.case_id, tmp_path / "e.pdf",
                                                         today=LATE)
    reader = PdfReader(out)
    titles = [item.title for item in reader.outline]
    assert [t for t in titles if t.startswith("强制执行申请书")] == [
        "强制执行申请书（王𠮷）", "强制执行申请书（阿依古丽·买买提）", "强制执行申请书（张堃）",
        "强制执行申请书（䶮）"]
    # each application is its own document, numbered on its own
    text = pdf_text(out)
    assert text.count("民特101号民事裁定书（申请人王𠮷）") == 1
    assert flat("第1页共1页") in text and "共12页" not in text


def _zhang_on_10_april(services, tmp_path, clauses):
    """张堃's application under their own ruling, between their two due dates."""
    ids = signed_case(services, clauses=clauses)
    _per_claimant_rulings(services, ids)
    agreement = services.agreements.in_force(ids.case_id, BETWEEN)
    zhang = next(s for s in agreement.schedules if s.name == "张堃")
    out = ReportsService(services.ctx).write_enforcement(
        ids.case_id, tmp_path / "e.pdf", today=BETWEEN, claimant="张堃")
    return zhang, flat(pdf_text(out))


def test_an_acceleration_clause_claims_the_whole_remainder_of_that_ruling(services, tmp_path):
    zhang, text = _zhang_on_10_april(services, tmp_path, [*CLAUSES, ACCELERATION])
    assert text.count("强制执行申请书") >= 1 and "申请执行人：王𠮷" not in text
    assert flat(to_chinese_upper(zhang.total_fen)) in text  # both installments
    first, second = zhang.installments
    assert flat(f"已到期未付款项人民币{format_amount(first.amount_fen)}元及依协议约定视为全部"
                f"到期的剩余未付款项人民币{format_amount(second.amount_fen)}元") in text
    assert flat(f"协议约定：“{ACCELERATION}”") in text
    assert flat(f"第2期2024年4月30日{format_amount(second.amount_fen)}0.00"
                f"{format_amount(second.amount_fen)}提前到期") in text


def test_without_the_clause_only_what_is_due_is_claimed(services, tmp_path):
    zhang, text = _zhang_on_10_april(services, tmp_path, CLAUSES)
    assert flat(to_chinese_upper(zhang.installments[0].amount_fen)) in text
    assert "提前到期" not in text and "视为全部到期" not in text


def test_a_claimant_without_an_enforceable_ruling_is_refused_by_name(services, tmp_path):
    ids = signed_case(services)
    _confirm(services, ids, claimant_id=ids.claimants[2])
    with pytest.raises(UserError) as refused:
        ReportsService(services.ctx).write_enforcement(ids.case_id, tmp_path / "e.pdf",
                                                       today=LATE, claimant="王𠮷")
    assert "“王𠮷”" in refused.value.message
    assert not (tmp_path / "e.pdf").exists()


def test_agents_get_an_enforcement_stage_power_of_attorney(services, tmp_path):
    ids = signed_case(services)  # 阿依古丽·买买提 acts through her son 买买提·艾力
    _per_claimant_rulings(services, ids)
    out = ReportsService(services.ctx).write_enforcement(
        ids.case_id, tmp_path / "e.pdf", today=LATE, claimant="阿依古丽·买买提")
    titles = [item.title for item in PdfReader(out).outline]
    assert titles == ["强制执行申请书（阿依古丽·买买提）", "授权委托书（执行阶段，买买提·艾力）"]
    text = flat(pdf_text(out))
    assert flat("申请执行杭州市临安区人民法院（2024）浙0185民特102号民事裁定书一案") in text
    assert "代为申请强制执行" in text and "至本执行案件执行完毕或者终结时止" in text
    assert "司法确认案件程序终结" not in text  # the confirmation stage's term is not reused


def test_the_debtors_property_leads_print_and_unknown_kinds_leave_room(services, tmp_path):
    ids = signed_case(services)
    _confirm(services, ids)
    services.parties.set_property_leads(ids.respondent, [
        PropertyLeadDraft("bank", "中国农业银行临安支行 6228 4803 1234 5678"),
        PropertyLeadDraft("车辆", "浙A·12345 货车"), PropertyLeadDraft("bank", "  ")])
    assert len(services.parties.property_leads(ids.respondent)) == 2  # the blank row dropped
    text = flat(pdf_text(ReportsService(services.ctx).write_enforcement(
        ids.case_id, tmp_path / "e.pdf", today=LATE)))
    assert "被执行人财产情况及财产线索" in text
    assert flat("银行存款中国农业银行临安支行622848031234 5678") in text or \
        flat("中国农业银行临安支行 6228 4803 1234 5678") in text
    assert flat("车辆浙A·12345 货车") in text
    for kind in ("不动产", "应收工资、劳务报酬", "其他财产"):  # lines to write on
        assert kind in text


def test_a_bad_property_kind_is_refused_naming_the_row(services):
    ids = signed_case(services)
    from microcourt.errors import ValidationErrors
    with pytest.raises(ValidationErrors) as refused:
        services.parties.set_property_leads(ids.respondent, [
            PropertyLeadDraft("bank", "农行"), PropertyLeadDraft("股票", "某证券账户")])
    assert refused.value.errors[0].field == "leads.2"
    assert services.parties.property_leads(ids.respondent) == ()
