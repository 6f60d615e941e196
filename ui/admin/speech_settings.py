"""Settings → Reading aloud (issue 18): which voice reads (automatic, the system's
Chinese voice, the offline voice), stored for the whole micro-court and audited, and a
button that tries the voice this PC would use, saying plainly when there is none."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QPushButton, QWidget

from microcourt.errors import UserError
from microcourt.speech.choice import EngineChoice
from microcourt.speech.engine import Speed, Voice
from ui.context import PageContext
from ui.i18n import domain_label
from ui.operations import call
from ui.speech.voices import GuiPoster, open_voice

SAMPLE = "人民调解委员会调解，申请人于2027年1月10日前收到还款397,864.50元。"


class SpeechSettings(QGroupBox):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.voice: Voice | None = None
        self.poster = GuiPoster(self)
        self.setTitle(self.tr("Reading aloud"))
        self.choice = QComboBox(self)
        self.choice.setObjectName("speech_engine")
        for member in EngineChoice:
            self.choice.addItem(domain_label(member), member.value)
        self.choice.setCurrentIndex(self.choice.findData(
            context.services.readings.engine_choice().value))
        self.choice.currentIndexChanged.connect(self._chosen)
        self.try_button = QPushButton(self.tr("Tr&y the voice"), self)
        self.try_button.setObjectName("try_voice")
        self.try_button.clicked.connect(self.try_voice)
        self.found = QLabel(self)
        self.found.setObjectName("voice_found")
        self.found.setWordWrap(True)
        form = QFormLayout(self)
        label = QLabel(self.tr("&Voice"), self)
        label.setBuddy(self.choice)
        form.addRow(label, self.choice)
        form.addRow(self.try_button, self.found)

    def _chosen(self, index: int) -> None:
        chosen = self.choice.itemData(index)
        call(self.context, self, lambda: self.context.services.readings.set_engine_choice(
            chosen), on_done=lambda _c: self.context.events.status_message.emit(
            self.tr("Saved.")))

    def try_voice(self) -> None:
        """Speak a sentence with figures and legal words in the voice this PC would use."""
        self._release()
        try:
            self.voice, note = open_voice(EngineChoice(self.choice.currentData()))
        except UserError as exc:
            self.found.setText(exc.message)
            self.found.setStyleSheet("color: #b00020;")
            return
        self.found.setStyleSheet("")
        self.found.setText(" ".join(filter(None, [self.voice.name, note])))
        self.voice.speak(SAMPLE, Speed.NORMAL, lambda: self.poster.post(self._release))

    def _release(self) -> None:
        if self.voice is not None:
            self.voice.close()
            self.voice = None
