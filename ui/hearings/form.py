"""Booking (or editing) a hearing: the case, kind, start and end, platform, meeting link
or number, court and judge (defaults from Settings), mediator, room (default: the
village micro-court room), the participants and where each joins from.

Save hands the form to the hearings service. A clash (same room, mediator or person at
an overlapping time) comes back as a ValidationError on its field and is shown there,
with everything typed kept. Times outside 08:00-20:00 or at the weekend are warned
about as soon as they are typed, but do not stop the booking. An existing hearing's
times change only through "Reschedule", which asks for the reason.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import CaseStatus, HearingKind, Platform
from microcourt.services.hearings.dto import HearingDetail, HearingDraft
from microcourt.services.hearings.rules import time_warnings
from microcourt.timeutil import LOCAL_ZONE, now_local
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors
from ui.common.form_rows import add_field_row, save_cancel_buttons
from ui.common.inputs import coded_combo, combo_value, keep_readable, set_combo_value
from ui.common.screen import fit_on_screen, scrolling
from ui.context import PageContext
from ui.hearings.free_slot import FreeSlotRow
from ui.hearings.participants import ParticipantsTable
from ui.operations import call

DEFAULT_MINUTES = 90
WARNING_STYLE = "color: #8a5300; font-weight: bold;"
DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"


def to_qdatetime(moment: datetime) -> QDateTime:
    local = moment.astimezone(LOCAL_ZONE).replace(tzinfo=None)
    return QDateTime(local.date(), QTime(local.hour, local.minute))


def from_qdatetime(edit: QDateTimeEdit) -> datetime:
    """Wall-clock time in Asia/Shanghai, whatever the PC's own zone."""
    return edit.dateTime().toPython().replace(second=0, microsecond=0, tzinfo=LOCAL_ZONE)


def next_slot() -> datetime:
    """Tomorrow 09:00 local: a sensible first guess for a new booking."""
    tomorrow = now_local() + timedelta(days=1)
    return tomorrow.replace(hour=9, minute=0, second=0, microsecond=0)


def date_time_edit(parent: QWidget, name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_TIME_FORMAT)
    return edit


class HearingFormDialog(Dialog):
    def __init__(self, context: PageContext, case_id: int | None = None,
                 hearing: HearingDetail | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.hearing = hearing
        self.saved: HearingDetail | None = None
        self.case = None
        keep_readable(self)
        self.errors = FieldErrors(general=QLabel(self))
        self.errors.general.setObjectName("form_error")
        self._build()
        self._fill_defaults()
        if hearing is not None:
            self._fill(context.services.hearings.draft_for_edit(hearing.id))
        else:
            self._choose_case(case_id)
        self.setWindowTitle(self.tr("Edit hearing") if hearing else self.tr("Book a hearing"))
        self.show_warnings()

    @property
    def hearings(self):
        return self.context.services.hearings

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.case_combo = QComboBox(self)
        self.case_combo.setObjectName("case")
        self.kind_combo = coded_combo(self, HearingKind)
        self.kind_combo.setObjectName("kind")
        self.start_edit = date_time_edit(self, "start")
        self.end_edit = date_time_edit(self, "end")
        self.platform_combo = coded_combo(self, Platform, blank=self.tr("(none: on site)"))
        self.platform_combo.setObjectName("platform")
        self.link_edit = self._line("meeting_link", self.tr(
            "https://… link, or the meeting number on the platform"))
        self.court_edit = self._line("court", self.tr("default: the court in Settings"))
        self.judge_edit = self._line("judge", self.tr("default: the judge in Settings"))
        self.mediator_combo = QComboBox(self)
        self.mediator_combo.setObjectName("mediator")
        self.room_edit = self._line("room", self.tr("default: the micro-court room"))
        self.participants = ParticipantsTable(self)
        self.refill_button = QPushButton(self.tr("&Fill from the case"), self)
        self.refill_button.clicked.connect(self.fill_participants)
        self.participants.button_row.insertWidget(2, self.refill_button)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("time_warning")
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        self.free_slot = FreeSlotRow(self)
        self.free_slot.find_button.clicked.connect(self.find_free_slot)
        self.free_slot.taken.connect(self.take_slot)
        set_combo_value(self.platform_combo, HearingDraft.platform)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.case_combo.currentIndexChanged.connect(self._case_chosen)
        self.start_edit.dateTimeChanged.connect(self._start_moved)
        self.end_edit.dateTimeChanged.connect(self.show_warnings)
        self._lay_out()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _lay_out(self) -> None:
        form = QFormLayout()
        for name, caption, widget, *below in (
                ("case_id", self.tr("&Case"), self.case_combo),
                ("kind", self.tr("&Kind"), self.kind_combo),
                ("start", self.tr("S&tart"), self.start_edit),
                ("end", self.tr("&End"), self.end_edit, self.warning_label, self.free_slot),
                ("platform", self.tr("&Platform"), self.platform_combo),
                ("meeting_link", self.tr("Meeting &link or number"), self.link_edit),
                ("court", self.tr("C&ourt"), self.court_edit),
                ("judge", self.tr("&Judge"), self.judge_edit),
                ("mediator_id", self.tr("&Mediator"), self.mediator_combo),
                ("room", self.tr("&Room"), self.room_edit),
                ("participants", self.tr("P&articipants"), self.participants)):
            add_field_row(form, self.errors, name, caption, widget, *below)
        buttons, self.save_button = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addWidget(scrolling(form, self), 1)  # Save stays in sight on a short screen
        layout.addWidget(buttons)
        fit_on_screen(self, 820, 820)

    # -- filling -------------------------------------------------------------------------

    def _fill_defaults(self) -> None:
        profile = self.context.services.settings.profile()
        if profile is not None:
            self.court_edit.setText(profile.court)
            self.judge_edit.setText(profile.judge)
            self.room_edit.setText(profile.room)
        start = next_slot()
        self.start_edit.setDateTime(to_qdatetime(start))
        self.end_edit.setDateTime(to_qdatetime(start + timedelta(minutes=DEFAULT_MINUTES)))

    def _choose_case(self, case_id: int | None) -> None:
        """The given case, fixed; or a pick list of the cases still open."""
        cases = [c for c in self.context.services.cases.list_cases()
                 if c.status != CaseStatus.CLOSED or c.id == case_id]
        self.case_combo.blockSignals(True)
        self.case_combo.addItem(self.tr("(choose a case)"), None)
        for case in cases:
            self.case_combo.addItem(case.number, case.id)
        set_combo_value(self.case_combo, case_id)
        self.case_combo.setEnabled(case_id is None)
        self.case_combo.blockSignals(False)
        self._case_chosen()

    def _case_chosen(self, *_index) -> None:
        case_id = self.case_combo.currentData()
        self.case = None if case_id is None else self.context.services.cases.get_case(case_id)
        self.mediator_combo.clear()
        self.mediator_combo.addItem(self.tr("(the case's lead mediator)"), None)
        for mediator in (self.case.mediators if self.case else ()):
            if not mediator.recused:
                self.mediator_combo.addItem(mediator.name, mediator.mediator_id)
        if self.hearing is None:
            self.fill_participants()

    def _kind_chosen(self, *_index) -> None:
        """On-site mediation needs no platform; a video session does."""
        onsite = combo_value(self.kind_combo) == HearingKind.ONSITE_MEDIATION.value
        if onsite:
            set_combo_value(self.platform_combo, None)
        elif combo_value(self.platform_combo) is None:
            set_combo_value(self.platform_combo, HearingDraft.platform)

    def fill_participants(self) -> None:
        """The participants drawn from the case, the judge and the mediator chosen."""
        if self.case is None:
            self.participants.set_rows([])
            return
        active = sorted((m for m in self.case.mediators if not m.recused),
                        key=lambda m: not m.is_lead)
        chosen = self.mediator_combo.currentData()
        mediator = next((m for m in active if m.mediator_id == chosen),
                        active[0] if active else None)
        self.participants.set_rows(self.context.services.hearings.default_participants(
            self.case.id, combo_value(self.kind_combo), self.judge_edit.text().strip(),
            mediator.mediator_id if mediator else None))

    def _fill(self, draft: HearingDraft) -> None:
        self.case_combo.addItem(self.hearing.case_number, self.hearing.case_id)
        self.case_combo.setEnabled(False)
        self.case = self.context.services.cases.get_case(self.hearing.case_id)
        self._case_chosen()
        set_combo_value(self.kind_combo, draft.kind)
        for edit, moment in ((self.start_edit, draft.start), (self.end_edit, draft.end)):
            edit.setDateTime(to_qdatetime(moment))
            edit.setEnabled(False)
            edit.setToolTip(self.tr("Use Reschedule to change the time (with the reason)."))
        set_combo_value(self.platform_combo, draft.platform)
        self.link_edit.setText(draft.meeting_link)
        self.court_edit.setText(draft.court)
        self.judge_edit.setText(draft.judge)
        self.room_edit.setText(draft.room)
        set_combo_value(self.mediator_combo, draft.mediator_id)
        self.participants.set_rows(draft.participants or [])

    # -- times ---------------------------------------------------------------------------

    def _start_moved(self, *_args) -> None:
        """Moving the start keeps the length: the end follows."""
        if self.hearing is None:
            self.end_edit.setDateTime(
                self.start_edit.dateTime().addSecs(getattr(self, "_length", DEFAULT_MINUTES * 60)))
        self.show_warnings()

    def find_free_slot(self) -> None:
        """Ask for the next free slot of the typed length from the typed start."""
        self.errors.clear()
        if self.case_combo.currentData() is None:
            self.errors.show({"case_id": self.tr("Please choose the case.")})
            return
        hearings, draft = self.hearings, self.draft()
        hearing_id = self.hearing.id if self.hearing else None
        found = call(self.context, self, lambda: (hearings.next_free_slot(draft, hearing_id),),
                     form=self.errors)
        if found is not None:
            self.free_slot.show_proposal(found[0])

    def take_slot(self, start: datetime, end: datetime) -> None:
        self._length = int((end - start).total_seconds())
        self.start_edit.setDateTime(to_qdatetime(start))  # the end follows (_start_moved)
        self.end_edit.setDateTime(to_qdatetime(end))

    def show_warnings(self, *_args) -> tuple[str, ...]:
        start, end = from_qdatetime(self.start_edit), from_qdatetime(self.end_edit)
        if end > start:
            self._length = int((end - start).total_seconds())
        warnings = time_warnings(start, end) if end > start else ()
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))
        return warnings

    # -- saving --------------------------------------------------------------------------

    def draft(self) -> HearingDraft:
        return HearingDraft(
            case_id=self.case_combo.currentData() or 0, kind=combo_value(self.kind_combo),
            start=from_qdatetime(self.start_edit), end=from_qdatetime(self.end_edit),
            platform=combo_value(self.platform_combo), meeting_link=self.link_edit.text(),
            court=self.court_edit.text(), judge=self.judge_edit.text(),
            room=self.room_edit.text(), mediator_id=self.mediator_combo.currentData(),
            participants=self.participants.drafts())

    def save(self) -> None:
        self.errors.clear()
        if self.case_combo.currentData() is None:
            self.errors.show({"case_id": self.tr("Please choose the case.")})
            return
        hearings, draft = self.hearings, self.draft()
        if self.hearing is None:
            self.saved = call(self.context, self, lambda: hearings.schedule(draft),
                              form=self.errors)
        else:  # refused e.g. when the case was closed meanwhile
            hearing_id = self.hearing.id
            self.saved = call(self.context, self, lambda: hearings.update(hearing_id, draft),
                              form=self.errors)
        if self.saved is not None:
            self.accept()

    def error_text(self, field: str) -> str:
        """The message shown beside `field` ("" if none), for tests and screenshots."""
        return self.errors.text(field)
