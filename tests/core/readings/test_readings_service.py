"""Reading documents aloud to parties (issue 18, item 3): the script is the printed
wording, a reading is recorded (timeline, audit) and printed on the agreement for that
party, and a version changed after reading needs a new reading before signing."""
import re

import pytest
from cases_support import draft as case_draft
from cases_support import person
from fixtures.agreement_cases import make_case
from pypdf import PdfReader

from microcourt.errors import UserError, ValidationErrors
from microcourt.services.agreements.dto import AgreementDraft, SignatureEntry
from microcourt.services.audit.queries import AuditFilter
from microcourt.services.kernel.context import Actor
from microcourt.services.readings.dto import ReadDocument, ReadingState
from microcourt.timeutil import today_local

AGREEMENT = ReadDocument.AGREEMENT.value
TODAY = today_local()


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(path) -> str:
    return flat("".join(page.extract_text() for page in PdfReader(path).pages))


@pytest.fixture
def draft(services):
    services.act_as(Actor(name="俞晓燕"))
    ids = make_case(services, [("王𠮷", 397_864_50), ("阿依古丽·买买提", 100_000)])
    agreements = services.agreements
    detail = agreements.create_draft(ids.case_id, from_template=False)
    detail = agreements.save_draft(detail.id, AgreementDraft(
        facts="被申请人拖欠工资。", responsibilities="被申请人负全部责任。",
        clauses=["被申请人于2027年1月10日前向申请人王𠮷支付397,864.50元。",
                 "双方同意由人民调解委员会调解，不再重新主张。"],
        performance_way="银行转账", signing_place="上田村微法庭"))
    return ids, detail


def read_to(services, ids, detail, party_id, understood=True):
    script = services.readings.script(AGREEMENT, ids.case_id, detail.id)
    return services.readings.record(AGREEMENT, ids.case_id, detail.id, party_id,
                                    script.digest, understood, voice="离线语音")


def test_the_script_reads_what_the_paper_prints(services, draft, tmp_path):
    ids, detail = draft
    script = services.readings.script(AGREEMENT, ids.case_id, detail.id)
    texts = [p.text for p in script.script.passages]
    assert script.title == "人民调解协议书（第1版）"
    assert texts[0] == "人民调解协议书"
    assert "1. 被申请人于2027年1月10日前向申请人王𠮷支付397,864.50元。" in texts
    assert "2. 双方同意由人民调解委员会调解，不再重新主张。" in texts
    assert {listener.name for listener in script.listeners} >= {"王𠮷", "阿依古丽·买买提"}
    printed = pdf_text(services.agreements.write_pdf(detail.id, tmp_path / "a.pdf"))
    for passage in script.script.passages:
        if passage.kind != "signature":
            assert flat(passage.text) in printed, passage.text


def test_a_reading_is_recorded_in_the_timeline_and_audit_and_printed_for_that_party(
        services, draft, tmp_path):
    ids, detail = draft
    wang, aygul = ids.applicants
    read_to(services, ids, detail, wang, understood=True)
    read_to(services, ids, detail, aygul, understood=False)
    case = services.cases.get_case(ids.case_id)
    notes = [e.note for e in case.events if e.kind == "reading"]
    assert notes[0] == (f"俞晓燕于{TODAY.year}年{TODAY.month}月{TODAY.day}日向王𠮷宣读"
                        "人民调解协议书（第1版）（用离线语音朗读），当事人表示听明白。")
    assert "阿依古丽·买买提" in notes[1] and "没有听明白" in notes[1]
    entries = services.audit.query(AuditFilter(action="reading.record"))
    assert len(entries) == 2
    assert services.audit.verify().ok
    printed = pdf_text(services.agreements.write_pdf(detail.id, tmp_path / "a.pdf"))
    day = f"{TODAY.year}年{TODAY.month}月{TODAY.day}日"
    assert f"本文书已由俞晓燕于{day}向当事人王𠮷宣读，当事人表示听明白。" in printed
    assert "向当事人阿依古丽·买买提宣读" not in printed  # she said she did not understand


def test_an_edited_version_asks_for_a_new_reading_before_signing(services, draft, tmp_path):
    ids, detail = draft
    wang, aygul = ids.applicants
    read_to(services, ids, detail, wang)
    agreements = services.agreements
    agreements.save_draft(detail.id, AgreementDraft(
        facts="被申请人拖欠工资。", responsibilities="被申请人负全部责任。",
        clauses=["被申请人于2027年2月10日前向申请人王𠮷支付397,864.50元。"],
        performance_way="银行转账", signing_place="上田村微法庭"))
    states = {r.name: r.state for r in services.readings.agreement_status(detail.id)}
    assert states["王𠮷"] == ReadingState.STALE
    assert states["阿依古丽·买买提"] == ReadingState.NONE
    # the paper no longer claims a reading of words she never heard
    assert "本文书已由" not in pdf_text(agreements.write_pdf(detail.id, tmp_path / "a.pdf"))
    entries = [SignatureEntry(TODAY, party_id=p) for p in ids.applicants + [ids.respondent]]
    entries.append(SignatureEntry(TODAY, mediator_id=ids.mediator))
    with pytest.raises(ValidationErrors) as info:
        agreements.record_signing(detail.id, entries)
    assert "王𠮷听到的是改动前的协议" in info.value.message
    assert agreements.get(detail.id).status == "draft"
    read_to(services, ids, agreements.get(detail.id), wang)
    signed = agreements.record_signing(detail.id, entries)
    assert signed.status == "signed"


def test_a_party_who_did_not_understand_cannot_be_recorded_as_signing(services, draft):
    ids, detail = draft
    read_to(services, ids, detail, ids.applicants[0], understood=False)
    entries = [SignatureEntry(TODAY, party_id=p) for p in ids.applicants + [ids.respondent]]
    entries.append(SignatureEntry(TODAY, mediator_id=ids.mediator))
    with pytest.raises(ValidationErrors) as info:
        services.agreements.record_signing(detail.id, entries)
    assert "表示没有听明白" in info.value.message


def test_a_new_version_makes_the_old_reading_stale(services, draft):
    ids, detail = draft
    read_to(services, ids, detail, ids.applicants[0])
    entries = [SignatureEntry(TODAY, party_id=p) for p in ids.applicants + [ids.respondent]]
    entries.append(SignatureEntry(TODAY, mediator_id=ids.mediator))
    services.agreements.record_signing(detail.id, entries)
    second = services.agreements.new_version(detail.id, "还款日期推后一个月")
    states = {r.name: r.state for r in services.readings.agreement_status(second.id)}
    assert states["王𠮷"] == ReadingState.STALE  # version 2 prints 第2版: other wording


def test_a_reading_of_wording_that_changed_meanwhile_is_refused(services, draft):
    ids, detail = draft
    script = services.readings.script(AGREEMENT, ids.case_id, detail.id)
    services.agreements.save_draft(detail.id, AgreementDraft(
        facts="改了。", responsibilities="", clauses=["新的条款。"]))
    with pytest.raises(UserError) as info:
        services.readings.record(AGREEMENT, ids.case_id, detail.id, ids.applicants[0],
                                 script.digest, True)
    assert "有了改动" in info.value.message
    assert services.readings.for_case(ids.case_id) == []


def test_only_a_party_of_the_document_can_be_the_listener(services, draft):
    ids, detail = draft
    stranger = person(services, "张堃")
    script = services.readings.script(AGREEMENT, ids.case_id, detail.id)
    with pytest.raises(UserError):
        services.readings.record(AGREEMENT, ids.case_id, detail.id, stranger,
                                 script.digest, True)
    other_case = services.cases.create_case(case_draft()).id
    with pytest.raises(UserError):  # the agreement is not of that case
        services.readings.script(AGREEMENT, other_case, detail.id)


def test_the_readers_name_is_checked_and_printable(services, draft):
    ids, detail = draft
    script = services.readings.script(AGREEMENT, ids.case_id, detail.id)
    with pytest.raises(UserError):
        services.readings.record(AGREEMENT, ids.case_id, detail.id, ids.applicants[0],
                                 script.digest, True, read_by="  ")
    info = services.readings.record(AGREEMENT, ids.case_id, detail.id, ids.applicants[0],
                                    script.digest, True, read_by=" 金德明 ")
    assert info.read_by == "金德明"


def test_the_consent_notice_is_read_before_any_case(services, draft):
    ids, _detail = draft
    party = ids.applicants[0]
    script = services.readings.script(ReadDocument.CONSENT_NOTICE, None, party)
    assert script.title == "个人信息处理告知同意书"
    assert any("您随时可以反悔" in p.text for p in script.script.passages)
    services.readings.record(ReadDocument.CONSENT_NOTICE, None, party, party, script.digest,
                             True)
    [entry] = services.audit.query(AuditFilter(action="reading.record"))
    assert entry.entity == "party" and entry.entity_id == party
