"""The reading window (issue 18, item 2): a document read aloud passage by passage (a
clause, a heading, a paragraph), the passage being read highlighted and its sentence
shown large, with four large buttons usable by keyboard: 朗读 (Alt+R), 暂停 (Alt+P),
重读这一条 (Alt+A) and 慢一点 (Alt+S, stays pressed). Up and down in the list move to
another passage. Below, the liaison records the reading (record_panel.py).

    open_read_aloud(parent, context, ReadDocument.AGREEMENT, case_id, agreement_id)

The voice is made when the window opens (ui/speech/voices.py): if this PC cannot read
aloud the window says so plainly and still records a reading done in person.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from microcourt.errors import UserError
from microcourt.services.readings.dto import DocumentScript
from microcourt.speech.engine import Speed, Voice
from microcourt.speech.reader import Reader, State
from microcourt.timeutil import format_date_cn
from ui.common.dialog import Dialog
from ui.common.inputs import keep_readable
from ui.common.screen import fit_on_screen
from ui.context import PageContext
from ui.operations import call
from ui.speech.record_panel import RecordPanel
from ui.speech.voices import GuiPoster, open_voice

HIGHLIGHT = QColor("#fff3b0")
BUTTON_HEIGHT = 56
VoiceFactory = Callable[[], tuple[Voice, str]]


def open_read_aloud(parent: QWidget | None, context: PageContext, document: str,
                    case_id: int | None, subject_id: int,
                    voice_factory: VoiceFactory | None = None) -> ReadAloudDialog | None:
    """Open the reading window for a document, or say why it cannot be read."""
    script = call(context, parent, lambda: context.services.readings.script(
        document, case_id, subject_id), initiator=None)
    if script is None:
        return None
    dialog = ReadAloudDialog(context, script, voice_factory, parent)
    dialog.show()
    return dialog


class ReadAloudDialog(Dialog):
    recorded = Signal(object)  # ReadingInfo

    def __init__(self, context: PageContext, document: DocumentScript,
                 voice_factory: VoiceFactory | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.document = document
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Read aloud: {0}").format(document.title))
        keep_readable(self)
        self.poster = GuiPoster(self)
        self.reader: Reader | None = None
        self.voice_name = ""
        self._build()
        self._open_voice(voice_factory or (lambda: open_voice(
            context.services.readings.engine_choice())))
        fit_on_screen(self, 900, 720)

    # -- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.voice_label = QLabel(self)
        self.voice_label.setObjectName("voice")
        self.voice_label.setWordWrap(True)
        self.passages = QListWidget(self)
        self.passages.setObjectName("passages")
        self.passages.setWordWrap(True)
        self.passages.setAlternatingRowColors(False)
        for passage in self.document.script.passages:
            item = QListWidgetItem(passage.text)
            if passage.kind in ("title", "heading"):
                font = QFont(self.passages.font())
                font.setBold(True)
                item.setFont(font)
            self.passages.addItem(item)
        self.passages.currentRowChanged.connect(self._passage_chosen)
        self.sentence = QLabel(self)
        self.sentence.setObjectName("current_sentence")
        self.sentence.setWordWrap(True)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        self.sentence.setFont(big)
        self.sentence.setMinimumHeight(BUTTON_HEIGHT)
        self.record = RecordPanel(self.document, self.context.services.ctx.actor.name, self)
        self.record.record_requested.connect(self._record)
        layout = QVBoxLayout(self)
        layout.addWidget(self.voice_label)
        layout.addWidget(self.passages, 1)
        layout.addWidget(self.sentence)
        layout.addLayout(self._buttons())
        layout.addWidget(self.record)

    def _buttons(self) -> QHBoxLayout:
        self.play_button = self._big(self.tr("&Read aloud"), "play", lambda: self.reader.play())
        self.pause_button = self._big(self.tr("&Pause"), "pause", lambda: self.reader.pause())
        self.repeat_button = self._big(self.tr("Read this one &again"), "repeat",
                                       lambda: self.reader.repeat_passage())
        self.slow_button = self._big(self.tr("&Slower"), "slow", self._slow_toggled)
        self.slow_button.setCheckable(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        for button in (self.play_button, self.pause_button, self.repeat_button,
                       self.slow_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        return row

    def _big(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        font = QFont(button.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        button.setFont(font)
        # A minimum set by hand replaces the button's own: never below what its text needs
        # (at the largest font step 56 px cut the bold label).
        need = button.minimumSizeHint()
        button.setMinimumSize(max(BUTTON_HEIGHT * 2, need.width()),
                              max(BUTTON_HEIGHT, need.height()))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _open_voice(self, factory: VoiceFactory) -> None:
        try:
            voice, note = factory()
        except UserError as exc:  # NoChineseVoice / NoSoundOutput: said plainly
            self.voice_label.setText(exc.message)
            self.voice_label.setStyleSheet("color: #b00020; font-weight: bold;")
            for button in (self.play_button, self.pause_button, self.repeat_button,
                           self.slow_button):
                button.setEnabled(False)
            self.passages.setCurrentRow(0)
            return
        self.voice_name = voice.name
        self.reader = Reader(voice, self.document.script, self._show, self.poster.post)
        self.voice_label.setText(" ".join(filter(None, [
            self.tr("Voice: {0}").format(voice.name), note])))
        self._show(self.reader)

    # -- following the reader --------------------------------------------------------

    def _show(self, reader: Reader) -> None:
        current = reader.current_passage
        for row in range(self.passages.count()):
            item = self.passages.item(row)
            item.setBackground(QBrush(HIGHLIGHT) if row == current else QBrush())
        if self.passages.currentRow() != current:
            self.passages.blockSignals(True)
            self.passages.setCurrentRow(current)
            self.passages.blockSignals(False)
        self.passages.scrollToItem(self.passages.item(current))
        reading = reader.state == State.READING
        self.sentence.setText(reader.current_sentence if reading or reader.state == State.PAUSED
                              else (self.tr("Finished reading.") if reader.state == State.FINISHED
                                    else ""))
        self.play_button.setEnabled(not reading)
        self.pause_button.setEnabled(reading)

    def _passage_chosen(self, row: int) -> None:
        if self.reader is not None and row >= 0:
            self.reader.go_to(row)

    def _slow_toggled(self) -> None:
        self.reader.set_speed(Speed.SLOW if self.slow_button.isChecked() else Speed.NORMAL)

    # -- recording -------------------------------------------------------------------

    def _record(self, party_id: int, read_by: str, understood: bool) -> None:
        document = self.document
        heard = self.reader is not None and self.reader.sentences_heard > 0
        info = call(self.context, self, lambda: self.context.services.readings.record(
            document.document, document.case_id, document.subject_id, party_id,
            document.digest, understood, read_by=read_by,
            voice=self.voice_name if heard else ""), form=self.record, inline=True)
        if info is None:
            return  # the panel says why and keeps what was typed
        said = (self.tr("understood") if info.understood else self.tr("did not understand"))
        self.record.show_recorded(self.tr("Recorded: {0} read it to {1} on {2}; the party {3}.")
                                  .format(info.read_by, info.party_name,
                                          format_date_cn(info.read_on), said))
        self.recorded.emit(info)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.reader is not None:
            self.reader.close()
            self.reader = None
        super().closeEvent(event)
