"""What the Hearings page and the case's Hearings tab share: how a hearing is written in
one line, and HearingActions, the user's actions on hearings (book, edit, reschedule,
cancel, mark held, notices, calendar export, join). Every write hands the fresh
HearingDetail to the widget holding the actions (`changed`, to show it at once) and is
announced as AppEvents.changed, so the lists and the case page follow (its status and
timeline change when a session is held)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from microcourt.domain import HearingKind, HearingOutcome, HearingStatus, Platform
from microcourt.errors import UserError
from microcourt.services.hearings.dto import HearingDetail
from ui.common.inputs import coded_text
from ui.common.pdf_preview import preview_document
from ui.context import PageContext
from ui.operations import call


def span_text(hearing: HearingDetail) -> str:
    """2026-11-24 09:30–11:00 (local), the end's date only when it differs."""
    start, end = hearing.local_start, hearing.local_end
    end_text = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%Y-%m-%d %H:%M}"
    return f"{start:%Y-%m-%d %H:%M}–{end_text}"


def clock_text(hearing: HearingDetail) -> str:
    return f"{hearing.local_start:%H:%M}–{hearing.local_end:%H:%M}"


def status_text(hearing: HearingDetail) -> str:
    """"Scheduled", or "Held: Agreement reached"."""
    status = coded_text(HearingStatus, hearing.status)
    if hearing.outcome:
        return f"{status}: {coded_text(HearingOutcome, hearing.outcome)}"
    return status


def kind_text(hearing: HearingDetail) -> str:
    return coded_text(HearingKind, hearing.kind)


def platform_text(hearing: HearingDetail) -> str:
    return coded_text(Platform, hearing.platform) if hearing.platform else ""


def one_line(hearing: HearingDetail, with_date: bool = False) -> str:
    """"09:30–11:00 Online court hearing · 上田微调〔2026〕第3号 · Mobile Micro Court"."""
    when = span_text(hearing) if with_date else clock_text(hearing)
    parts = [kind_text(hearing), hearing.case_number, platform_text(hearing)]
    if not hearing.is_scheduled:
        parts.append(status_text(hearing))
    return f"{when} " + " · ".join(p for p in parts if p)


class HearingActions(QObject):
    """The hearing actions, for any widget (`parent` is where dialogs open)."""

    changed = Signal(object)  # HearingDetail after a write made here (for its holder)

    def __init__(self, context: PageContext, parent: QWidget):
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent

    @property
    def hearings(self):
        return self.context.services.hearings

    def _done(self, hearing: HearingDetail | None, message: str) -> HearingDetail | None:
        if hearing is not None:
            self.changed.emit(hearing)
            self.context.events.status_message.emit(message)
        return hearing

    def book(self, case_id: int | None = None) -> HearingDetail | None:
        from ui.hearings.form import HearingFormDialog  # noqa: PLC0415

        dialog = HearingFormDialog(self.context, case_id, parent=self.parent_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        saved = dialog.saved
        note = self.tr("Booked {0} for {1}.").format(kind_text(saved), span_text(saved))
        if saved.warnings:
            note += " " + " ".join(saved.warnings)
        return self._done(saved, note)

    def edit(self, hearing: HearingDetail) -> HearingDetail | None:
        from ui.hearings.form import HearingFormDialog  # noqa: PLC0415

        dialog = HearingFormDialog(self.context, hearing.case_id, hearing=hearing,
                                   parent=self.parent_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        return self._done(dialog.saved, self.tr("Saved the hearing of {0}.").format(
            span_text(dialog.saved)))

    def _change(self, dialog_class, hearing: HearingDetail, message: str):
        dialog = dialog_class(self.context, hearing, self.parent_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        return self._done(dialog.saved, message.format(span_text(dialog.saved)))

    def reschedule(self, hearing: HearingDetail) -> HearingDetail | None:
        from ui.hearings.change import RescheduleDialog  # noqa: PLC0415
        return self._change(RescheduleDialog, hearing, self.tr("Moved to {0}."))

    def cancel(self, hearing: HearingDetail) -> HearingDetail | None:
        from ui.hearings.change import CancelDialog  # noqa: PLC0415
        return self._change(CancelDialog, hearing, self.tr("Cancelled the hearing of {0}."))

    def mark_held(self, hearing: HearingDetail) -> HearingDetail | None:
        from ui.hearings.change import HeldDialog  # noqa: PLC0415
        return self._change(HeldDialog, hearing, self.tr("Recorded the hearing of {0}."))

    def notices(self, hearing: HearingDetail):
        """Preview and print one large-print notice per participant (not the judge)."""
        hearing_id = hearing.id
        title = self.tr("Hearing notices {0}").format(hearing.case_number)
        return preview_document(self.parent_widget,
                                lambda path: self.hearings.build_notices(hearing_id, path),
                                title, context=self.context)

    def export_ics(self, hearing: HearingDetail | None = None, from_day: date | None = None,
                   to_day: date | None = None, path: str | Path | None = None) -> Path | None:
        """One hearing, or those from `from_day` to `to_day`, as an .ics file for a
        phone or desktop calendar (asks where to save it unless `path` is given)."""
        if path is None:
            start = str(Path.home() / ("hearing.ics" if hearing else "hearings.ics"))
            path, _filter = QFileDialog.getSaveFileName(
                self.parent_widget, self.tr("Export to calendar"), start,
                self.tr("Calendar files (*.ics)"))
            if not path:
                return None
        path = Path(path)
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        hearing_id = hearing.id if hearing else None

        def write() -> Path:
            try:
                return self.hearings.export_ics(path, hearing_id=hearing_id,
                                                from_day=from_day, to_day=to_day)
            except OSError as exc:  # a full or pulled-out USB stick: say so, in words
                raise UserError(self.tr("Could not write {0}: {1}").format(
                    path, exc.strerror or exc)) from exc

        written = call(self.context, self.parent_widget, write)
        if written is not None:
            self.context.events.status_message.emit(self.tr("Saved {0}.").format(written))
        return written

    def join(self, hearing: HearingDetail) -> bool:
        """Open the meeting link in the browser; a meeting number is shown instead."""
        if hearing.join_url:
            return QDesktopServices.openUrl(QUrl(hearing.join_url))
        if hearing.meeting_link:
            text = self.tr("Type the meeting number {0} into the {1} app.").format(
                hearing.meeting_link, platform_text(hearing) or self.tr("platform's"))
        else:
            text = self.tr("This hearing has no meeting link yet: edit it to add one.")
        QMessageBox.information(self.parent_widget, self.tr("Join"), text)
        return False
