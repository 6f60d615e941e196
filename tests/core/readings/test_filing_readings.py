"""Readings of the papers of the filing: the service address form prints the attestation
for the party it was read to (issue 18); the power of attorney and hearing notices read
their printed wording."""
import re

from filing_support import TODAY, pdf_text, signed_case
from hearing_support import at, hearing_draft, make_world, monday_in_weeks

from microcourt.services.kernel.progress import run_to_end
from microcourt.services.readings.dto import ReadDocument

SERVICE = ReadDocument.SERVICE_ADDRESS.value


def test_the_service_address_form_carries_the_attestation_of_its_party(services, tmp_path):
    ids = signed_case(services)
    wang, aygul = ids.applicants[0], ids.applicants[1]
    script = services.readings.script(SERVICE, ids.case_id, wang)
    texts = [p.text for p in script.script.passages]
    assert script.title == "送达地址确认书（王𠮷）"
    assert "受送达人：王𠮷" in texts
    assert any(t.startswith("我已阅读本确认书的告知事项") for t in texts)
    services.readings.record(SERVICE, ids.case_id, wang, wang, script.digest, True,
                             read_by="俞晓燕", read_on=TODAY)
    result = run_to_end(services.filings.generate(ids.case_id, tmp_path / "out", today=TODAY))
    forms = sorted(p for p in (tmp_path / "out").rglob("*送达地址确认书*.pdf"))
    by_name = {re.search(r"送达地址确认书_(.+)\.pdf", p.name).group(1): pdf_text(p)
               for p in forms}
    assert "本文书已由俞晓燕于2024年3月1日向当事人王𠮷宣读，当事人表示听明白。" in by_name["王𠮷"]
    assert "本文书已由" not in by_name["阿依古丽·买买提"]
    assert aygul and result.filings


def test_a_corrected_address_needs_a_new_reading(services, tmp_path):
    ids = signed_case(services)
    wang = ids.applicants[0]
    script = services.readings.script(SERVICE, ids.case_id, wang)
    services.readings.record(SERVICE, ids.case_id, wang, wang, script.digest, True,
                             read_on=TODAY)
    from microcourt.db.models import Party
    with services.ctx.db.transaction() as s:
        s.get(Party, wang).service_address = "浙江省杭州市临安区锦城街道1号"
    run_to_end(services.filings.generate(ids.case_id, tmp_path / "out", today=TODAY))
    form = next((tmp_path / "out").rglob("*送达地址确认书_王𠮷.pdf"))
    assert "本文书已由" not in pdf_text(form)


def test_the_power_of_attorney_is_read_to_the_principal(services):
    ids = signed_case(services)
    source = services.filings.check(ids.case_id)
    assert source.ready
    agent_id = next(a.agent_id for a in _applicants(services, ids.case_id)
                    if a.name == "买买提·艾力")
    script = services.readings.script(ReadDocument.POWER_OF_ATTORNEY, ids.case_id, agent_id)
    texts = [p.text for p in script.script.passages]
    assert "授权委托书" in texts and "受托人：买买提·艾力" in texts
    assert [listener.name for listener in script.listeners] == ["阿依古丽·买买提"]


def _applicants(services, case_id):
    from microcourt.services.filings.queries import load_source
    with services.ctx.db.reading() as s:
        source = load_source(s, case_id, TODAY)
    return [agent for applicant in source.applicants for agent in applicant.agents]


def test_a_hearing_notice_is_read_to_its_participant(services):
    world = make_world(services)
    hearing = services.hearings.schedule(hearing_draft(world, at(monday_in_weeks(2), 9)))
    person = next(p for p in hearing.participants if p.party_id == world.applicant)
    script = services.readings.script(ReadDocument.HEARING_NOTICE, world.case_id, person.id)
    assert script.title.startswith("视频调解通知书")
    assert any(p.text.startswith("王𠮷") for p in script.script.passages)
    husband = next(p for p in hearing.participants if p.agent_id == world.husband)
    script = services.readings.script(ReadDocument.HEARING_NOTICE, world.case_id, husband.id)
    assert [listener.party_id for listener in script.listeners] == [world.respondent]
