"""One payment is said as one payment. With a plan of one installment per claimant the
agreement, every application and the enforcement application say 一次性 and 付款计划,
never 分期, 第1期 or 共1期 (a clerk reads 分期 over a single payment as terms that
contradict themselves); a typed clause that speaks of installments is warned about."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from filing_support import PROFILE, TODAY, flat, pdf_text, signed_case
from fixtures.agreement_cases import make_case

from microcourt.db.models import Filing
from microcourt.domain import FilingMode
from microcourt.services.agreements.dto import AgreementDraft, InstallmentRow
from microcourt.services.kernel.progress import run_to_end
from microcourt.services.reports.monthly import ReportsService
from microcourt.validation.money import format_amount

INSTALLMENT_WORDS = ("分期", "第1期", "共1期", "第一期", "各期")


def _packet_texts(services, ids, tmp_path, kind):
    result = run_to_end(services.filings.generate(ids.case_id, tmp_path / "out",
                                                  mode=FilingMode.PER_CLAIMANT, today=TODAY))
    return [pdf_text(Path(result.folder) / d.file_name)
            for filing in result.filings for d in filing.documents if d.kind == kind]


def test_single_payments_print_as_one_payment_in_the_agreement_and_applications(
        services, tmp_path):
    ids = signed_case(services, installments=1)
    detail = services.agreements.in_force(ids.case_id)
    agreement = _packet_texts(services, ids, tmp_path, "agreement")[0]
    assert "付款计划" in agreement and "2024年3月31日前一次性支付" in agreement
    for word in INSTALLMENT_WORDS:
        assert word not in agreement, word
    applications = _packet_texts(services, ids, tmp_path / "again", "application")
    assert len(applications) == len(detail.schedules) == 4
    for schedule, text in zip(detail.schedules, applications, strict=True):
        assert flat(f"应于2024年3月31日前一次性支付申请人{schedule.name}人民币"
                    f"{format_amount(schedule.total_fen)}元") in text
        for word in INSTALLMENT_WORDS:
            assert word not in text, (schedule.name, word)


def test_installments_still_print_as_installments(services, tmp_path):
    ids = signed_case(services, installments=2)
    agreement = _packet_texts(services, ids, tmp_path, "agreement")[0]
    assert "分期付款计划" in agreement and "第1期" in agreement
    application = _packet_texts(services, ids, tmp_path / "again", "application")[0]
    assert "共2期" in application and "第2期" in application


def test_an_overdue_single_payment_is_claimed_as_one_payment(services, tmp_path):
    ids = signed_case(services, installments=1)
    agreement = services.agreements.in_force(ids.case_id, date(2024, 5, 15))
    with services.ctx.db.transaction() as s:
        s.add(Filing(case_id=ids.case_id, agreement_id=agreement.id, claimant_id=None,
                     mode="joint", status="confirmed", submitted_on=date(2024, 2, 25),
                     ruling_on=date(2024, 3, 10), court=PROFILE.court,
                     court_case_number="（2024）浙0185民特123号", platform="mobile_micro_court"))
    out = ReportsService(services.ctx).write_enforcement(ids.case_id, tmp_path / "执行.pdf",
                                                         today=date(2024, 5, 15))
    text = pdf_text(out)
    assert "约定由被执行人一次性支付款项" in text and "下列4笔款项已到期而未付清" in text
    assert flat("一次性2024年3月31日") in text  # the 期数 column of the table
    for word in INSTALLMENT_WORDS:
        assert word not in text, word


@pytest.mark.parametrize(("count", "warned"), [(1, True), (2, False)])
def test_installment_words_over_a_single_payment_are_warned_not_refused(services, count,
                                                                        warned):
    services.settings.save_profile(PROFILE)
    ids = make_case(services, [("张堃", 300_000)])
    agreements = services.agreements
    draft = agreements.create_draft(ids.case_id, from_template=False)
    agreements.set_installments(draft.id, [
        InstallmentRow(date(2024, 4, 10 + n), 300_000 // count, ids.respondent,
                       ids.applicants[0], ids.claimants[0]) for n in range(count)])
    detail = agreements.save_draft(draft.id, AgreementDraft(
        facts="拖欠工资。", signing_place="上田村微法庭", total_fen=300_000,
        clauses=["被申请人任何一期未按时足额支付的，申请人可申请强制执行。"],
        breach_terms="每期逾期的，按日加付万分之五。"))
    found = [(w.field, w.clause_index) for w in detail.warnings
             if w.kind == "installment_wording"]
    assert found == ([("clauses[1]", 2), ("breach_terms", None)] if warned else [])
    assert detail.blocking == ()
    if warned:
        message = next(w.message for w in detail.warnings if w.field == "clauses[1]")
        assert "第2条" in message and "任何一期" in message and "一次性付款" in message
