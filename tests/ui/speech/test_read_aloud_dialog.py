"""The reading window, with a fake voice: keys delivered to the window read the
agreement clause by clause with the clause highlighted, pause, repeat, slow down; the
reading is recorded for the chosen party (issue 18, items 2 and 3)."""
import pytest
import shiboken6
from fixtures.agreement_cases import make_case
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from speech_ui_support import FakeVoice

from microcourt.services.agreements.dto import AgreementDraft
from microcourt.services.kernel.context import Actor
from microcourt.services.readings.dto import ReadDocument
from microcourt.speech.engine import NoChineseVoice, Speed
from microcourt.speech.reader import State
from ui.agreements.editor import AgreementEditor
from ui.speech.read_aloud import HIGHLIGHT, ReadAloudDialog, open_read_aloud

CLAUSES = ["被申请人于2027年1月10日前支付397,864.50元。", "双方同意由人民调解委员会调解。"]


@pytest.fixture
def agreement(context):
    context.services.act_as(Actor(name="俞晓燕"))
    ids = make_case(context.services, [("王𠮷", 100_000), ("阿依古丽·买买提", 200_000)])
    agreements = context.services.agreements
    detail = agreements.create_draft(ids.case_id, from_template=False)
    detail = agreements.save_draft(detail.id, AgreementDraft(
        facts="被申请人拖欠工资。", responsibilities="被申请人负全部责任。", clauses=CLAUSES))
    return ids, detail


@pytest.fixture
def window(qtbot, context, agreement):
    ids, detail = agreement
    voice = FakeVoice()
    dialog = open_read_aloud(None, context, ReadDocument.AGREEMENT, ids.case_id, detail.id,
                             lambda: (voice, ""))
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    yield dialog, voice
    if shiboken6.isValid(dialog):  # closing deletes it (WA_DeleteOnClose)
        dialog.close()


def press(dialog, key, modifier=Qt.KeyboardModifier.AltModifier):
    """A key as the liaison presses it, to the window; a button's Alt+letter clicks it
    after Qt's short press animation."""
    QTest.keyClick(dialog.windowHandle(), key, modifier)
    QTest.qWait(150)


def highlighted(dialog) -> list[int]:
    return [row for row in range(dialog.passages.count())
            if dialog.passages.item(row).background().color() == HIGHLIGHT]


def test_alt_r_reads_clause_by_clause_with_the_clause_highlighted(qtbot, window):
    dialog, voice = window
    texts = [p.text for p in dialog.document.script.passages]
    first_clause = texts.index("1. " + CLAUSES[0])
    press(dialog, Qt.Key.Key_R)
    assert voice.spoken[0][0] == "人民调解协议书"
    assert dialog.reader.state == State.READING
    while dialog.reader.current_passage < first_clause:
        voice.finish(qtbot)
    assert highlighted(dialog) == [first_clause]
    assert dialog.sentence.text() == "1. " + CLAUSES[0]
    voice.finish(qtbot)
    assert highlighted(dialog) == [first_clause + 1]
    assert voice.spoken[-1][0] == "2. " + CLAUSES[1]


def test_pause_repeat_and_slower_by_keyboard(qtbot, window):
    dialog, voice = window
    press(dialog, Qt.Key.Key_R)
    voice.finish(qtbot)
    press(dialog, Qt.Key.Key_P)
    assert dialog.reader.state == State.PAUSED
    assert not dialog.pause_button.isEnabled() and dialog.play_button.isEnabled()
    press(dialog, Qt.Key.Key_R)  # resumes the interrupted sentence
    assert voice.spoken[-1][0] == voice.spoken[-2][0]
    press(dialog, Qt.Key.Key_S)
    assert dialog.slow_button.isChecked()
    assert voice.spoken[-1][1] == Speed.SLOW
    passage = dialog.reader.current_passage
    press(dialog, Qt.Key.Key_A)
    assert dialog.reader.position.passage == passage
    assert dialog.reader.position.sentence == 0


def test_arrow_keys_move_to_another_clause(qtbot, window):
    dialog, voice = window
    dialog.passages.setFocus()
    press(dialog, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    press(dialog, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    assert dialog.reader.current_passage == 2
    assert highlighted(dialog) == [2]
    press(dialog, Qt.Key.Key_R)
    assert voice.spoken[-1][0] == dialog.document.script.passages[2].sentences[0]


def test_confirming_the_reading_records_it_for_the_chosen_party(qtbot, window, context,
                                                                agreement):
    dialog, voice = window
    ids, _detail = agreement
    press(dialog, Qt.Key.Key_R)
    voice.finish(qtbot)
    dialog.record.listener.setCurrentIndex(dialog.record.listener.findText("阿依古丽·买买提"))
    press(dialog, Qt.Key.Key_C)
    [info] = context.services.readings.for_case(ids.case_id)
    assert (info.party_name, info.read_by, info.understood, info.voice) == (
        "阿依古丽·买买提", "俞晓燕", True, "测试语音")
    assert "阿依古丽·买买提" in dialog.record.confirmation.text()
    events = [e for e in context.services.cases.get_case(ids.case_id).events
              if e.kind == "reading"]
    assert len(events) == 1


def test_a_blank_reader_is_refused_and_kept_as_typed(qtbot, window, context, agreement):
    dialog, _voice = window
    dialog.record.read_by.clear()
    press(dialog, Qt.Key.Key_C)
    assert dialog.record.error.isVisible()
    assert "宣读人" in dialog.record.error.text()
    assert context.services.readings.for_case(agreement[0].case_id) == []


def test_no_chinese_voice_is_said_plainly_and_a_reading_in_person_still_records(
        qtbot, context, agreement):
    ids, detail = agreement
    script = context.services.readings.script(ReadDocument.AGREEMENT, ids.case_id, detail.id)

    def none():
        raise NoChineseVoice("这台电脑没有可用的中文朗读语音，不能朗读。")
    dialog = ReadAloudDialog(context, script, none)
    dialog.show()
    assert "没有可用的中文朗读语音" in dialog.voice_label.text()
    assert not dialog.play_button.isEnabled()
    dialog.record.record_button.click()
    [info] = context.services.readings.for_case(ids.case_id)
    assert info.voice == ""  # read in person
    dialog.close()


def test_closing_the_window_releases_the_voice(qtbot, window):
    dialog, voice = window
    dialog.close()
    assert voice.closed


def test_the_agreement_editor_opens_the_reading_of_its_draft(qtbot, context, agreement,
                                                             monkeypatch):
    ids, detail = agreement
    voice = FakeVoice()
    monkeypatch.setattr("ui.speech.read_aloud.open_voice", lambda _choice: (voice, ""))
    editor = AgreementEditor(context, ids.case_id)
    qtbot.addWidget(editor)
    editor.show()
    dialog = editor.read_aloud()
    assert dialog.document.subject_id == detail.id
    assert dialog.document.title == "人民调解协议书（第1版）"
    dialog.close()
