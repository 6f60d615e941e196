"""Settings → Reading aloud: the administrator's choice is stored and audited; trying
the voice says plainly when this PC cannot read aloud."""
from microcourt.services.audit.queries import AuditFilter
from microcourt.speech.engine import NoChineseVoice
from ui.admin.settings_page import SettingsPage


def test_choosing_the_offline_voice_is_kept_and_audited(qtbot, context):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    combo = page.speech.choice
    assert combo.currentData() == "auto"
    combo.setCurrentIndex(combo.findData("offline"))
    assert context.services.readings.engine_choice() == "offline"
    [entry] = context.services.audit.query(AuditFilter(action="settings.speech"))
    assert entry.details == {"engine": "offline"}
    again = SettingsPage(context)
    qtbot.addWidget(again)
    assert again.speech.choice.currentData() == "offline"


def test_trying_the_voice_without_any_says_so(qtbot, context, monkeypatch):
    def none(_choice):
        raise NoChineseVoice("这台电脑没有可用的中文朗读语音，不能朗读。")
    monkeypatch.setattr("ui.admin.speech_settings.open_voice", none)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.speech.try_button.click()
    assert "没有可用的中文朗读语音" in page.speech.found.text()
