"""Every paper a party signs can be opened for reading: the consent notice from the
party, the service address form and the power of attorney from the filing tab, the
notices from a hearing; the signing dialog says who has had the agreement read."""
from filing_support import signed_case
from hearing_support import at, hearing_draft, make_world, monday_in_weeks
from speech_ui_support import FakeVoice

from microcourt.services.readings.dto import ReadDocument
from ui.agreements.signing import SigningDialog
from ui.filings.case_tab import CaseFiling
from ui.hearings.buttons import HearingButtons
from ui.parties.page import PartiesPage
from ui.speech.read_aloud import ReadAloudDialog


def _fake_voice(monkeypatch):
    voice = FakeVoice()
    monkeypatch.setattr("ui.speech.read_aloud.open_voice", lambda _choice: (voice, ""))
    return voice


def _opened(qapp) -> list[ReadAloudDialog]:
    return [w for w in qapp.topLevelWidgets() if isinstance(w, ReadAloudDialog)
            and w.isVisible()]


def _close_all(qapp):
    for dialog in _opened(qapp):
        dialog.close()


def test_filing_tab_lists_the_packet_papers_to_read(qtbot, qapp, context, monkeypatch):
    _fake_voice(monkeypatch)
    ids = signed_case(context.services)
    tab = CaseFiling(context)
    qtbot.addWidget(tab)
    tab.show_case(context.services.cases.get_case(ids.case_id))
    tab.read_button.fill_menu()
    titles = [a.text() for a in tab.read_button.menu().actions()]
    assert "送达地址确认书（王𠮷）" in titles
    assert "授权委托书（阿依古丽·买买提委托买买提·艾力）" in titles
    tab.read_button.menu().actions()[0].trigger()
    [dialog] = _opened(qapp)
    assert dialog.document.document == ReadDocument.SERVICE_ADDRESS
    _close_all(qapp)


def test_hearing_notices_are_read_to_each_participant_but_the_judge(qtbot, qapp, context,
                                                                   monkeypatch):
    _fake_voice(monkeypatch)
    world = make_world(context.services)
    hearing = context.services.hearings.schedule(hearing_draft(world, at(monday_in_weeks(2),
                                                                         9)))
    buttons = HearingButtons(context, lambda: hearing)
    qtbot.addWidget(buttons)
    buttons.update_for(hearing)
    assert buttons.read_button.isEnabled()
    buttons.read_button.fill_menu()
    actions = buttons.read_button.menu().actions()
    assert len(actions) == len([p for p in hearing.participants if p.role != "judge"])
    actions[0].trigger()
    [dialog] = _opened(qapp)
    assert dialog.document.document == ReadDocument.HEARING_NOTICE
    _close_all(qapp)


def test_the_consent_notice_is_read_from_the_party(qtbot, qapp, context, monkeypatch):
    _fake_voice(monkeypatch)
    world = make_world(context.services)
    page = PartiesPage(context)
    qtbot.addWidget(page)
    page.show()
    page.open_item(world.applicant)
    assert page.detail.read_button.isVisible()
    page.detail.read_button.click()
    [dialog] = _opened(qapp)
    assert dialog.document.document == ReadDocument.CONSENT_NOTICE
    assert dialog.record.listener.currentText() == "王𠮷"
    _close_all(qapp)


def test_signing_dialog_names_who_has_had_it_read(qtbot, context):
    from fixtures.agreement_cases import make_case

    from microcourt.services.agreements.dto import AgreementDraft
    ids = make_case(context.services, [("王𠮷", 100_000)])
    agreements = context.services.agreements
    detail = agreements.create_draft(ids.case_id, from_template=False)
    detail = agreements.save_draft(detail.id, AgreementDraft(facts="拖欠。", clauses=["付清。"]))
    script = context.services.readings.script(ReadDocument.AGREEMENT, ids.case_id, detail.id)
    context.services.readings.record(ReadDocument.AGREEMENT, ids.case_id, detail.id,
                                     ids.applicants[0], script.digest, True, read_by="俞晓燕")
    agreements.save_draft(detail.id, AgreementDraft(facts="拖欠。", clauses=["改了。"]))
    dialog = SigningDialog(context, agreements.get(detail.id), [])
    qtbot.addWidget(dialog)
    text = dialog.reading_status.text()
    assert "王𠮷" in text and "Changed since it was read" in text
    assert "b00020" in dialog.reading_status.styleSheet()
