"""The packet's documents, read back from the PDFs: every element a court checks, for a
person applicant, an organization applicant and an agent; fonts embedded; names with
rare characters given back exactly; files, names and SHA-256 as recorded."""
import hashlib
from pathlib import Path

import pytest
from filing_support import AGENT_ID, NAMES, TODAY, flat, pdf_text, signed_case
from fixtures.agreement_cases import COMPANY
from pypdf import PdfReader

from microcourt.domain import FilingMode
from microcourt.services.kernel.progress import run_to_end


@pytest.fixture
def joint(services, tmp_path):
    ids = signed_case(services)
    result = run_to_end(services.filings.generate(ids.case_id, tmp_path / "out",
                                                  mode=FilingMode.JOINT, today=TODAY))
    detail = services.agreements.in_force(ids.case_id)
    return ids, result, detail


def _doc(result, kind, index=0) -> Path:
    filing = result.filings[0]
    files = [d for d in filing.documents if d.kind == kind]
    return Path(result.folder) / files[index].file_name


def test_the_application_holds_every_element_for_persons_organizations_and_agents(joint):
    ids, result, detail = joint
    text = pdf_text(_doc(result, "application"))
    worker = detail.applicants[0]
    assert "司法确认申请书" in text
    # a person: name, gender, birth date, ethnicity, occupation, address, ID number, phone
    assert flat(f"申请人：王𠮷，女，{worker.birth_date.year}年{worker.birth_date.month}月"
                f"{worker.birth_date.day}日出生，汉族，制鞋工，住{worker.address}") in text
    assert worker.id_number in text and worker.id_number.endswith("X")
    assert "联系电话13857100000" in text
    # an organization: name, address, credit code, legal representative and title
    company = detail.respondents[0]
    assert flat(f"申请人：{COMPANY}，住所地浙江省杭州市临安区工业园区8号，"
                f"统一社会信用代码{company.id_number}") in text
    assert "法定代表人：周建国，总经理。" in text
    # agents and their authority
    assert f"委托代理人：买买提·艾力，男，近亲属，系申请人儿子，公民身份号码{AGENT_ID}" in text
    assert "代理权限：特别授权：代为申请司法确认，代为签收法律文书。" in text
    # request, facts and reasons, agreed terms, commitment, court, signatures, date, list
    assert "请求确认申请人于2024年2月20日在上田村人民调解委员会主持下达成的人民调解协议" in text
    assert "拖欠工资。" in text and "被申请人支付<b>全部</b>工资&补偿。" in text
    assert "没有恶意串通、规避法律的行为" in text and "不损害国家利益、社会公共利益和他人的合法权益" in text
    assert "此致杭州市临安区人民法院" in text
    assert text.count("签名（按指印）：") == len(NAMES) and text.count("请在此处按指印") == len(NAMES)
    assert "申请人（盖章）" in text and "申请日期" in text
    assert ("附：1.司法确认申请书1份2.人民调解协议书（打印件）1份3.人民调解协议书签署原件扫描件1份"
            "4.调解组织主持调解的证明1份5.送达地址确认书5份6.授权委托书2份") in text


def test_service_address_confirmation_for_a_person_and_an_organization(joint):
    ids, result, detail = joint
    person = pdf_text(_doc(result, "service_address", 0))
    assert "送达地址确认书" in person and "受送达人王𠮷" in person
    assert "送达地址浙江省杭州市临安区上田村村委会转交" in person
    assert "收件人王𠮷" in person and "联系电话13857100000" in person
    assert "☑同意☐不同意电子送达" in person and "微信号：wang_ji_58" in person
    assert "或者已由他人向我宣读" in person and "请在此处按指印" in person
    organization = pdf_text(_doc(result, "service_address", len(NAMES)))
    assert f"受送达人{COMPANY}" in organization and "收件人周建国（法定代表人）" in organization
    assert "☐同意☐不同意" in organization  # not recorded: ticked by hand
    assert "受送达人（盖章）" in organization


def test_a_power_of_attorney_for_each_agent_with_special_authority_spelled_out(joint):
    ids, result, detail = joint
    relative = pdf_text(_doc(result, "power_of_attorney", 0))
    assert "授权委托书" in relative and "委托人：阿依古丽·买买提" in relative
    assert "受托人买买提·艾力" in relative and AGENT_ID in relative
    assert "与委托人关系儿子" in relative
    assert "特别授权：代为申请司法确认，代为签收法律文书。" in relative
    assert "委托人：阿依古丽·买买提签名（按指印）" in relative and "受托人签名" in relative
    company = pdf_text(_doc(result, "power_of_attorney", 1))
    assert f"委托人：{COMPANY}" in company and "受托人方丽萍" in company
    # the registry recorded the mediation power only: the confirmation stage's are added
    assert "特别授权：签署调解协议，代为申请司法确认，代为签收法律文书。" in company
    assert "委托人（盖章）" in company


def test_the_checklist_ticks_what_is_generated_and_lists_what_to_add(joint):
    ids, result, detail = joint
    text = pdf_text(_doc(result, "checklist"))
    assert "司法确认申请材料清单" in text
    assert "调解组织主持调解的证明1份☑" in text and "居民身份证" in text
    # no scan attached: said plainly, and the scan is still to add
    assert "人民调解协议书（打印件）1份☑仅供参考，不是签署原件" in text
    assert "人民调解协议书签署原件扫描件1份☐" in text and "协议书是打印件，仅供参考" in text
    assert "营业执照" in text and "工资清单" in text and "☑" in text and "☐" in text


def test_fonts_are_embedded_and_rare_names_come_back_exactly(joint):
    ids, result, detail = joint
    for document in result.filings[0].documents:
        data = (Path(result.folder) / document.file_name).read_bytes()
        assert b"/FontFile2" in data
        assert b"/Helvetica" not in data and b"/Times-Roman" not in data
    text = pdf_text(_doc(result, "combined"))
    for name in NAMES:
        assert name in text


def test_files_have_predictable_names_and_their_sha256_is_recorded(joint, services):
    ids, result, detail = joint
    folder = Path(result.folder)
    assert folder.name == ids.number
    names = [d.file_name for d in result.filings[0].documents]
    assert names[0] == "01_全体申请人/01_司法确认申请书.pdf"
    assert names[1] == "01_全体申请人/02_人民调解协议书.pdf"
    assert names[2] == "01_全体申请人/03_调解组织主持调解的证明.pdf"
    assert "01_全体申请人/04_送达地址确认书_王𠮷.pdf" in names
    assert names[-1] == "01_全体申请人_司法确认申请材料.pdf"
    stored = services.filings.list_for_case(ids.case_id)[0]
    assert stored.documents == result.filings[0].documents
    for document in stored.documents:
        data = (folder / document.file_name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == document.sha256
        assert len(data) == document.size_bytes
    assert sorted(p.name for p in folder.parent.iterdir()) == [folder.name]  # no temp left


def test_the_combined_pdf_binds_every_document_with_its_own_page_numbers(joint):
    ids, result, detail = joint
    combined = PdfReader(_doc(result, "combined"))
    separate = [d for d in result.filings[0].documents if d.kind != "combined"]
    pages = [len(PdfReader(Path(result.folder) / d.file_name).pages) for d in separate]
    assert len(combined.pages) == sum(pages)
    assert [item.title for item in combined.outline][:2] == ["司法确认申请书", "人民调解协议书"]
    first = combined.pages[pages[0]].extract_text()  # the agreement's first page
    assert "人民调解协议书" in first and f"第 1 页 共 {pages[1]} 页" in first


def _company_contact(services, ids, **values):
    from microcourt.db.models import Party
    with services.ctx.db.transaction() as s:
        company = s.get(Party, ids.respondent)
        for name, value in values.items():
            setattr(company, name, value)


def test_the_service_address_has_its_postcode_and_a_company_its_e_mail(services, tmp_path):
    ids = signed_case(services)
    _company_contact(services, ids, phone="0571-63712345", service_postcode="311300",
                     e_service_address="legal@zhuobu.example.com", accepts_e_service=True)
    result = run_to_end(services.filings.generate(ids.case_id, tmp_path / "out",
                                                  mode=FilingMode.JOINT, today=TODAY))
    organization = pdf_text(_doc(result, "service_address", len(NAMES)))
    assert "邮政编码311300" in organization
    assert "电子邮箱：legal@zhuobu.example.com" in organization
    assert "联系电话0571-63712345" in organization
    # a switchboard number receives no text message: it never stands as the SMS number
    assert "手机号码（短信）：____________" in organization
    person = pdf_text(_doc(result, "service_address", 0))
    assert "手机号码（短信）：13857100000" in person and "邮政编码________" in person


def test_e_service_resting_on_a_landline_is_refused_by_name(services, tmp_path):
    from microcourt.services.filings.dto import FilingRefused
    ids = signed_case(services)
    _company_contact(services, ids, phone="0571-63712345", accepts_e_service=True, wechat=None,
                     e_service_address=None)
    with pytest.raises(FilingRefused) as refused:
        run_to_end(services.filings.generate(ids.case_id, tmp_path / "out",
                                             mode=FilingMode.JOINT, today=TODAY))
    assert f"申请人{COMPANY}同意电子送达，但联系电话0571-63712345不是手机号码" in \
        refused.value.message
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
