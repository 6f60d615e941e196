"""Settings: the micro-court's particulars (stored in the database, shared by every user
of this PC) and display preferences (per Windows user: font size and language)."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.admin.profile_form import ProfileForm
from ui.admin.speech_settings import SpeechSettings
from ui.common.refresh import Follower
from ui.context import PageContext
from ui.fonts import apply_font_scale
from ui.operations import call, initiated_by
from ui.preferences import FONT_SCALES

CONFIRMATION_MS = 5000


class SettingsPage(QScrollArea):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setWidgetResizable(True)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self._build_profile_group())
        layout.addWidget(self._build_display_group())
        self.speech = SpeechSettings(context, body)
        layout.addWidget(self.speech)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_stored()
        # Saved elsewhere (the first-start dialog, the demo data): show the stored values.
        self.follow = Follower(self, self.show_stored)
        context.events.changed.connect(self._changed)

    def show_stored(self) -> None:
        profile = self.context.services.settings.profile()
        if profile is not None:
            self.form.set_data(profile)

    def _changed(self, changes, initiator) -> None:
        if changes.touches("profile") and not initiated_by(initiator, self):
            self.follow.request()

    def _build_profile_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("This micro-court"), self)
        self.form = ProfileForm(group)
        self.form.submitted.connect(self.save)
        self.save_button = QPushButton(self.tr("&Save"), group)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.confirmation = QLabel(group)
        self.confirmation.setObjectName("confirmation")
        self.confirmation.setStyleSheet("color: #2e7d32;")
        self._confirmation_timer = QTimer(self, singleShot=True, interval=CONFIRMATION_MS)
        self._confirmation_timer.timeout.connect(self.confirmation.clear)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.confirmation, 1)
        layout = QVBoxLayout(group)
        layout.addWidget(self.form)
        layout.addLayout(row)
        return group

    def _build_display_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Display (this PC only)"), self)
        prefs = self.context.preferences
        self.font_scale = QComboBox(group)
        for scale in FONT_SCALES:
            self.font_scale.addItem(self.tr("{0}%").format(round(scale * 100)), scale)
        self.font_scale.setCurrentIndex(FONT_SCALES.index(prefs.font_scale()))
        self.font_scale.currentIndexChanged.connect(self._font_scale_chosen)
        self.language = QComboBox(group)
        # Each language is named in itself, so it can be found whatever is showing.
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(prefs.language()))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(self.tr("The language changes the next time you open "
                                            "the program."), group)
        self.language_note.setWordWrap(True)
        form = QFormLayout(group)
        font_label = QLabel(self.tr("Larger fonts for tired &eyes"), group)
        font_label.setBuddy(self.font_scale)
        language_label = QLabel(self.tr("&Language"), group)
        language_label.setBuddy(self.language)
        form.addRow(font_label, self.font_scale)
        form.addRow(language_label, self.language)
        form.addRow("", self.language_note)
        return group

    def save(self) -> None:
        self._confirmation_timer.stop()
        self.confirmation.clear()
        settings, typed = self.context.services.settings, self.form.data()
        self.form.clear_errors()
        saved = call(self.context, self, lambda: settings.save_profile(typed),
                     form=self.form.errors)
        if saved is None:
            return
        self.form.set_data(saved)  # the cleaned values, as stored
        message = self.tr("Saved.")
        self.confirmation.setText(message)
        self._confirmation_timer.start()
        self.context.events.status_message.emit(message)

    def _font_scale_chosen(self, index: int) -> None:
        scale = self.font_scale.itemData(index)
        self.context.preferences.set_font_scale(scale)
        apply_font_scale(scale)
        self.context.events.font_scale_changed.emit(scale)

    def _language_chosen(self, index: int) -> None:
        self.context.preferences.set_language(self.language.itemData(index))
        self.language_note.setStyleSheet("font-weight: bold;")
