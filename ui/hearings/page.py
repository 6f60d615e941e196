"""The Hearings page: the agenda (today and the coming days), the week view and the
"tomorrow" phone list on the left, the chosen hearing in full on the right with its
actions. The bar above books a hearing, exports the coming weeks to a calendar, opens
the device check and sets how many minutes before a hearing the reminder comes.

Hearings change on the case page too: the page follows AppEvents.changed (at once when
shown, else when next shown) and reloads when shown after a while (the agenda starts
today; ui.common.refresh)."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from microcourt.periods import next_working_day
from microcourt.services.hearings.dto import HearingDetail
from microcourt.services.hearings.queries import MAX_REMINDER_MINUTES
from microcourt.timeutil import now_utc, today_local
from ui.common.inputs import keep_readable
from ui.common.refresh import Follower, unless_gone
from ui.context import PageContext
from ui.hearings.agenda import AgendaView
from ui.hearings.common import HearingActions
from ui.hearings.detail import HearingDetailPanel
from ui.hearings.tomorrow import TomorrowList
from ui.hearings.week import WeekView
from ui.operations import call, initiated_by


def touches_hearings(changes) -> bool:
    """Whether the lists may show something changed: a hearing, or the name of someone
    on a case (parties and mediators name the cases they are on; one on no case is in
    no hearing)."""
    return changes.touches("hearings") or (changes.touches_any("parties", "mediators")
                                           and changes.touches("cases"))

AGENDA_DAYS = 14
EXPORT_DAYS = 60  # "the coming weeks" for a phone's calendar


class HearingsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        keep_readable(self)
        self.actions = HearingActions(context, self)
        self._build()
        self.reload()
        self._reread_shown = False
        self.follow = Follower(self, self._follow)
        context.events.changed.connect(self._changed)

    @property
    def hearings(self):
        return self.context.services.hearings

    def _build(self) -> None:
        self.book_button = QPushButton(self.tr("&Book a hearing…"), self)
        self.book_button.setObjectName("book_hearing")
        self.book_button.clicked.connect(lambda: self.actions.book(None))
        self.export_button = QPushButton(self.tr("Export the coming weeks (.&ics)…"), self)
        self.export_button.clicked.connect(self.export_coming)
        self.device_button = QPushButton(self.tr("&Device check…"), self)
        self.device_button.setObjectName("device_check")
        self.device_button.clicked.connect(self.open_device_check)
        self.reminder_spin = QSpinBox(self)
        self.reminder_spin.setObjectName("reminder_minutes")
        self.reminder_spin.setRange(1, MAX_REMINDER_MINUTES)
        self.reminder_spin.setSuffix(self.tr(" min before"))
        self.reminder_spin.setValue(self.hearings.reminder_minutes())
        self.reminder_spin.editingFinished.connect(self.save_reminder_minutes)
        bar = QHBoxLayout()
        for widget in (self.book_button, self.export_button, self.device_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Remind"), self))
        bar.addWidget(self.reminder_spin)
        self.agenda = AgendaView(self)
        self.week = WeekView(self)
        self.week.week_changed.connect(lambda _monday: self.reload_week())
        self.tomorrow = TomorrowList(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("hearing_tabs")
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.tabs.addTab(self.week, self.tr("Week"))
        self.tabs.addTab(self.tomorrow, self.tr("Phone list for tomorrow"))
        self.detail = HearingDetailPanel(self.context, self)
        self.agenda.chosen.connect(self.detail.show_hearing)
        self.week.chosen.connect(self.detail.show_hearing)
        self.tomorrow.chosen.connect(self.open_item)
        self.detail.buttons.actions.changed.connect(self._hearing_changed)
        self.actions.changed.connect(self._hearing_changed)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 520])  # seven day columns need the room
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    # -- loading -------------------------------------------------------------------------

    def reload(self, reread_shown: bool = True) -> None:
        self.agenda.show_days(self.hearings.agenda(days=AGENDA_DAYS))
        self.reload_week()
        self.tomorrow.show_calls(self.hearings.tomorrow_calls())
        shown, hearings = self.detail.hearing, self.hearings
        if shown is not None and reread_shown:  # None: not in a restored backup
            self.detail.show_hearing(call(self.context, self,
                                          unless_gone(lambda: hearings.get(shown.id))))
        elif shown is not None:
            self.agenda.select(shown.id)

    def reload_week(self) -> None:
        self.week.show_days(self.hearings.week(self.week.monday))

    def _changed(self, changes, initiator) -> None:
        if changes.touches("settings") and not initiated_by(initiator, self):
            self.reminder_spin.setValue(self.hearings.reminder_minutes())
        if not touches_hearings(changes):
            return
        shown = self.detail.hearing
        # A write made here hands its hearing to the detail itself (_hearing_changed).
        self._reread_shown |= shown is not None and not initiated_by(initiator, self) and (
            changes.touches("hearings", shown.id) or changes.touches_any("parties",
                                                                         "mediators"))
        self.follow.request()

    def _follow(self) -> None:
        reread, self._reread_shown = self._reread_shown, False
        self.reload(reread_shown=reread)

    def open_item(self, hearing_id: int) -> None:  # the shell's cross-page navigation
        hearings = self.hearings
        hearing = call(self.context, self, lambda: hearings.get(hearing_id))
        if hearing is not None:
            self.detail.show_hearing(hearing)
            self.agenda.select(hearing_id)

    def _hearing_changed(self, hearing: HearingDetail) -> None:
        """A write made on this page: its hearing as it returned (the lists followed)."""
        self.detail.show_hearing(hearing)
        self.agenda.select(hearing.id)

    # -- bar -----------------------------------------------------------------------------

    def export_coming(self, path=None):
        today = today_local()
        return self.actions.export_ics(from_day=today, to_day=today + timedelta(days=EXPORT_DAYS),
                                       path=path)

    def save_reminder_minutes(self) -> None:
        hearings, wanted = self.hearings, self.reminder_spin.value()
        minutes = call(self.context, self, lambda: hearings.set_reminder_minutes(wanted))
        if minutes is not None:
            self.context.events.status_message.emit(
                self.tr("Reminders come {0} minutes before each hearing.").format(minutes))

    def open_device_check(self):
        from ui.hearings.device_check import DeviceCheckDialog  # noqa: PLC0415

        # The hearing it is for: the first still to come today or up to the next working
        # day, so that on a Friday (or before a holiday) it is Monday's (the day after's).
        today, now = today_local(), now_utc()
        days = (next_working_day(today) - today).days + 1
        upcoming = next((h for day in self.hearings.agenda(days=days) for h in day.hearings
                         if h.is_scheduled and h.end > now), None)
        dialog = DeviceCheckDialog(self.context, upcoming, self.window())
        dialog.open()
        return dialog
