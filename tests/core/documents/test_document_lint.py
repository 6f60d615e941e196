"""The document lint (tests/pdf_lint.py) over every document type: the demo's cases, and
hypothesis-made parties (names from the whole 通用规范汉字表 with its Extension B-E
characters, minority names with ·, long addresses, 1 to 120 claimants). conftest.py
lints every PDF a test makes; these tests make all kinds and say so explicitly."""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from filing_support import COMPANY_AGENT_ID, PROFILE, TODAY
from fixtures.agreement_cases import make_case
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_lint import lint_pdf

from microcourt.db.models import Filing, Party
from microcourt.domain import FilingMode
from microcourt.paths import resource
from microcourt.services import open_services
from microcourt.services.agreements.dto import AgreementDraft, SignatureEntry
from microcourt.services.demo.service import load_demo
from microcourt.services.filings.dto import FilingRefused
from microcourt.services.kernel.progress import run_to_end
from microcourt.services.reports.monthly import ReportsService

SIGNED = date(2024, 2, 20)
LATE = date(2024, 5, 15)


def _table() -> list[str]:
    text = resource("fonts", "tongyong-guifan-hanzi-2013.txt").read_text(encoding="utf-8")
    return [line.split("\t")[1] for line in text.splitlines() if line and line[0] != "#"]


TABLE = _table()
BEYOND_BMP = [c for c in TABLE if ord(c) > 0xFFFF]  # 𬱖 and the other 195
hanzi = st.one_of(st.sampled_from(TABLE), st.sampled_from(BEYOND_BMP))
plain_name = st.text(hanzi, min_size=2, max_size=4)
minority_name = st.builds(lambda a, b: f"{a}·{b}", st.text(hanzi, min_size=2, max_size=5),
                          st.text(hanzi, min_size=2, max_size=6))
names = st.one_of(plain_name, plain_name, minority_name)
addresses = st.builds(lambda town, number: f"浙江省杭州市临安区{town}{number}号",
                      st.text(hanzi, min_size=2, max_size=90), st.integers(1, 9999))


def all_pdfs(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.pdf"))


def assert_clean(paths: list[Path]) -> None:
    assert paths
    for path in paths:
        assert lint_pdf(path.read_bytes()) == [], path.name


def _signed(services, people: list[tuple[str, str]]):
    services.settings.save_profile(PROFILE)
    ids = make_case(services, [(name, 300_000 + 1_000 * i) for i, (name, _) in
                               enumerate(people)])
    with services.ctx.db.transaction() as s:
        for party_id, (_, address) in zip(ids.applicants, people):
            s.get(Party, party_id).household_address = address
        s.get(Party, ids.respondent).agents[0].id_number = COMPANY_AGENT_ID
    agreements = services.agreements
    draft = agreements.create_draft(ids.case_id, from_template=False)
    agreements.save_draft(draft.id, AgreementDraft(
        facts="拖欠工资。", items_in_dispute="工资数额。", responsibilities="被申请人负全部责任。",
        clauses=["被申请人分期支付工资。", "任何一期未按时足额支付的，剩余款项视为全部到期。"],
        performance_way="银行转账", signing_place="上田村微法庭"))
    agreements.generate_per_claimant(draft.id, 2, date(2024, 3, 31),
                                     payer_party_id=ids.respondent)
    entries = [SignatureEntry(SIGNED, party_id=p) for p in ids.applicants + [ids.respondent]]
    entries.append(SignatureEntry(SIGNED, mediator_id=ids.mediator))
    agreements.record_signing(draft.id, entries, today=TODAY)
    return ids, draft.id


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=st.lists(st.tuples(names, addresses), min_size=1, max_size=120))
def test_generated_parties_make_clean_documents_of_every_kind(people):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        services = open_services(root / "data")
        try:
            ids, agreement_id = _signed(services, people)
            services.agreements.write_pdf(agreement_id, root / "协议.pdf")
            services.agreements.write_pdf(agreement_id, root / "协议大字.pdf", large_print=True)
            run_to_end(services.filings.generate(ids.case_id, root / "packets",
                                                 mode=FilingMode.JOINT, today=TODAY))
            with services.ctx.db.transaction() as s:
                s.add(Filing(case_id=ids.case_id, agreement_id=agreement_id, mode="joint",
                             status="confirmed", ruling_on=date(2024, 3, 10),
                             court=PROFILE.court, court_case_number="（2024）浙0185民特9号"))
            ReportsService(services.ctx).write_enforcement(ids.case_id, root / "执行.pdf",
                                                           today=LATE)
            services.parties.write_consent_notice(root / "告知.pdf", people[0][0])
            assert_clean(all_pdfs(root))
        finally:
            services.close()


def test_the_demo_cases_make_clean_documents_of_every_kind(services, tmp_path):
    run_to_end(load_demo(services))
    for case in services.cases.list_cases():
        agreement = services.agreements.in_force(case.id)
        if agreement is None:
            continue
        services.agreements.write_pdf(agreement.id, tmp_path / f"{case.id}.pdf")
        if case.id % 2:
            services.agreements.write_pdf(agreement.id, tmp_path / f"{case.id}大.pdf", True)
        mode = FilingMode.JOINT if len(agreement.applicants) > 3 else FilingMode.PER_CLAIMANT
        try:
            run_to_end(services.filings.generate(case.id, tmp_path / "packets", mode=mode,
                                                 acknowledge_late=True))
        except FilingRefused as refused:  # the demo's 尽快…再商量 agreement the court refused
            assert "不明确" in refused.message, refused.message
    for hearing in services.hearings.list_range(None, None):
        if hearing.is_scheduled:
            services.hearings.build_notices(hearing.id, tmp_path / f"通知{hearing.id}.pdf")
    for month in ("2026-03", "2026-11"):
        services.reports.write_monthly(month, tmp_path / f"月报{month}.pdf")
    services.parties.write_consent_notice(tmp_path / "告知.pdf", "阿依古丽·买买提")
    assert len(all_pdfs(tmp_path)) > 20
    assert_clean(all_pdfs(tmp_path))
