"""The printed 人民调解协议书: what a liaison would check on the page and in the text layer."""
import re
from datetime import date

import pytest
from fixtures.agreement_cases import COMPANY, make_case
from pypdf import PdfReader
from sqlalchemy import select

from microcourt.db.models import Case, Party
from microcourt.documents.agreement import build_agreement_pdf
from microcourt.documents.fonts import MissingGlyphError
from microcourt.services import open_services
from microcourt.services.agreements.dto import AgreementDraft
from microcourt.services.demo.service import load_demo
from microcourt.services.kernel.progress import run_to_end
from microcourt.services.settings.service import CourtProfileData
from microcourt.validation.money import format_amount, to_chinese_upper

PROFILE = CourtProfileData(committee="上田村人民调解委员会")
NAMES = ["王𠮷", "阿依古丽·买买提", "张堃", "䶮"]


def flat(text: str) -> str:
    """Text without line breaks and spaces: a name wrapped at a line end still matches."""
    return re.sub(r"\s+", "", text)


def pdf_text(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.fixture
def printed(services, tmp_path):
    ids = make_case(services, [(name, 123_456 + i) for i, name in enumerate(NAMES)])
    agreements = services.agreements
    draft = agreements.create_draft(ids.case_id)
    agreements.save_draft(draft.id, AgreementDraft(
        facts="拖欠<b>工资</b> & “加班费”。", responsibilities="被申请人负全部责任。",
        clauses=["被申请人支付<i>全部</i>工资 & 补偿。", "双方再无争议。"],
        performance_way="银行转账", performance_place="临安区",
        performance_deadline=date(2024, 5, 31), breach_terms="逾期的，申请人可申请强制执行。"))
    detail = agreements.generate_installments(draft.id, 1_000_000_01, 3, date(2024, 2, 29),
                                              payer_party_id=ids.respondent,
                                              payee_party_id=ids.applicants[0])
    return detail, tmp_path


def test_every_party_and_id_number_prints_exactly_as_registered(printed):
    detail, folder = printed
    out = build_agreement_pdf(detail, folder / "a.pdf", court_profile=PROFILE)
    text = flat("".join(pdf_text(out)))
    for party in detail.parties:
        assert party.name in text
        assert party.id_number in text  # full: a legal document
    assert detail.applicants[0].id_number.endswith("X")
    assert "人民调解协议书" in text and detail.case_number in text
    assert COMPANY in text and "<b>工资</b>&“加班费”" in text  # markup printed literally
    assert "支付<i>全部</i>工资&补偿" in text
    assert "法定代表人：周建国" in text and "委托代理人：方丽萍" in text
    assert "本协议一式6份，当事人各执一份，人民调解委员会留存一份" in text
    assert "上田村人民调解委员会（印章）" in text and "逾期的，申请人可申请强制执行" in text


def test_the_payment_plan_prints_each_installment_and_the_uppercase_total(printed):
    detail, folder = printed
    text = flat("".join(pdf_text(build_agreement_pdf(detail, folder / "a.pdf"))))
    for item in detail.installments:
        assert format_amount(item.amount_fen) in text
    assert "2024年2月29日前" in text and "2024年4月29日前" in text
    total = detail.installments_total_fen
    assert f"合计人民币{format_amount(total)}元（大写：{to_chinese_upper(total)}）" in text
    assert "壹佰万元零壹分" in text


def test_fonts_are_embedded_and_no_base_font_is_named(printed):
    detail, folder = printed
    data = build_agreement_pdf(detail, folder / "a.pdf").read_bytes()
    assert b"/FontFile2" in data
    assert b"/Helvetica" not in data and b"/Times-Roman" not in data


def test_large_print_sets_the_agreed_terms_at_16_points_or_more(printed):
    detail, folder = printed
    out = build_agreement_pdf(detail, folder / "big.pdf", large_print=True)
    sizes = []

    def visit(text, cm, tm, font, size):
        if "双方" in text or "被申请人" in text:
            sizes.append(size * tm[0])

    for page in PdfReader(out).pages:
        page.extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= 16
    assert len(PdfReader(out).pages) > len(PdfReader(build_agreement_pdf(
        detail, folder / "small.pdf")).pages)


def test_a_signature_block_is_never_split_across_pages(printed):
    detail, folder = printed
    for large in (False, True):
        pages = pdf_text(build_agreement_pdf(detail, folder / "a.pdf", large_print=large))
        for page in pages:
            if "签名（按指印）" in page:
                assert "日期" in page
            if "被申请人（盖章）" in page:
                assert "法定代表人或委托代理人签名" in page


def test_a_character_no_font_has_is_refused_by_name_and_nothing_is_written(services, tmp_path):
    ids = make_case(services, [("李\ue000", 1_000)])
    with services.ctx.db.transaction() as s:  # a name that bypassed the registry's checks
        s.get(Party, ids.applicants[0]).name = "李\ue000"
    detail = services.agreements.create_draft(ids.case_id)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(MissingGlyphError, match="U\\+E000"):
        build_agreement_pdf(detail, folder / "refused.pdf")
    assert list(folder.iterdir()) == []  # neither the PDF nor a temporary file


@pytest.fixture(scope="module")
def demo_wage_agreement(tmp_path_factory):
    svc = open_services(tmp_path_factory.mktemp("agreement-demo"))
    run_to_end(load_demo(svc, today=date(2026, 3, 2)))
    with svc.ctx.db.reading() as s:
        case_id = s.scalar(select(Case.id).where(Case.amount_fen == 39_786_450))
    yield svc.agreements.current(case_id), svc.settings.profile()
    svc.close()


@pytest.mark.parametrize("large", [False, True])
def test_the_77_claimant_agreement_prints_every_worker_and_the_total(demo_wage_agreement,
                                                                     tmp_path, large):
    detail, profile = demo_wage_agreement
    out = build_agreement_pdf(detail, tmp_path / "wages.pdf", large_print=large,
                              court_profile=profile)
    pages = pdf_text(out)
    text = flat("".join(pages))
    assert len(detail.applicants) == 77
    for worker in detail.applicants:
        assert worker.id_number in text
        # particulars, the plan and the signature table each name every worker
        assert text.count(worker.name) >= 3, worker.name
    assert "王𠮷" in text and "阿依古丽·买买提" in text
    assert f"（大写：{to_chinese_upper(39_786_450)}）" in text
    assert "本协议一式79份" in text


def test_the_77_row_signature_table_repeats_its_header_on_every_page(demo_wage_agreement,
                                                                     tmp_path):
    detail, profile = demo_wage_agreement
    pages = [flat(p) for p in pdf_text(build_agreement_pdf(detail, tmp_path / "w.pdf"))]
    start = next(i for i, p in enumerate(pages) if "申请人签名（按指印）：" in p)
    end = next(i for i, p in enumerate(pages) if "被申请人（盖章）" in p)
    table_pages = pages[start:end + 1]
    assert len(table_pages) >= 3
    for page in table_pages:
        if "日" in page:
            assert "序号姓名签名按指印日期" in page
    signed_rows = sum(len(re.findall("年月日", page)) for page in table_pages)
    assert signed_rows >= 77
