"""The agenda: today and the coming days, each day a heading with its hearings under it
by start time (a session across midnight is listed under both days). Days without a
hearing say so, so "nothing on Thursday" is visible rather than missing."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from microcourt.services.hearings.dto import AgendaDay, HearingDetail
from microcourt.services.hearings.rules import overlap_note, overlapping
from microcourt.timeutil import today_local
from ui.hearings.common import one_line

HEARING_ROLE = Qt.ItemDataRole.UserRole
OVERLAP_MARK = "⚠ "  # before a hearing whose time overlaps another's; the tooltip names it
OVERLAP_COLOUR = "#8a5300"


def overlap_marks(days: list[AgendaDay]) -> dict[int, str]:
    """hearing id: the note naming the hearings it overlaps, for the shown days."""
    found = overlapping([h for day in days for h in day.hearings])
    return {hearing_id: overlap_note(others) for hearing_id, others in found.items()}
# English source text, translated in the "HearingDays" context.
WEEKDAYS = (QT_TRANSLATE_NOOP("HearingDays", "Monday"), QT_TRANSLATE_NOOP("HearingDays", "Tuesday"),
            QT_TRANSLATE_NOOP("HearingDays", "Wednesday"),
            QT_TRANSLATE_NOOP("HearingDays", "Thursday"), QT_TRANSLATE_NOOP("HearingDays", "Friday"),
            QT_TRANSLATE_NOOP("HearingDays", "Saturday"), QT_TRANSLATE_NOOP("HearingDays", "Sunday"))


# The week view's narrow column headings (周一): seven columns fit beside the list at the
# largest font step, where 星期一 did not.
SHORT_WEEKDAYS = (QT_TRANSLATE_NOOP("HearingDays", "Mon"), QT_TRANSLATE_NOOP("HearingDays", "Tue"),
                  QT_TRANSLATE_NOOP("HearingDays", "Wed"), QT_TRANSLATE_NOOP("HearingDays", "Thu"),
                  QT_TRANSLATE_NOOP("HearingDays", "Fri"), QT_TRANSLATE_NOOP("HearingDays", "Sat"),
                  QT_TRANSLATE_NOOP("HearingDays", "Sun"))


def weekday_text(day: date, short: bool = False) -> str:
    names = SHORT_WEEKDAYS if short else WEEKDAYS
    return QCoreApplication.translate("HearingDays", names[day.weekday()])


def day_title(day: date) -> str:
    """"2026-11-24 Tuesday", with "(today)" or "(tomorrow)" where it applies."""
    title = f"{day.isoformat()} {weekday_text(day)}"
    today = today_local()
    if day == today:
        title += " " + QCoreApplication.translate("HearingDays", "(today)")
    elif day == today + timedelta(days=1):
        title += " " + QCoreApplication.translate("HearingDays", "(tomorrow)")
    return title


class AgendaView(QTreeWidget):
    chosen = Signal(object)  # HearingDetail or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agenda")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.currentItemChanged.connect(lambda current, _old: self.chosen.emit(
            current.data(0, HEARING_ROLE) if current else None))

    def show_days(self, days: list[AgendaDay]) -> None:
        current = self.current()
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        marks = overlap_marks(days)
        for agenda_day in days:
            heading = QTreeWidgetItem(self, [day_title(agenda_day.day)])
            heading.setFont(0, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for hearing in agenda_day.hearings:
                mark = marks.get(hearing.id, "")
                item = QTreeWidgetItem(heading, [(OVERLAP_MARK if mark else "")
                                                 + one_line(hearing)])
                item.setData(0, HEARING_ROLE, hearing)
                item.setToolTip(0, "\n".join(filter(None, (one_line(hearing, with_date=True),
                                                            hearing.room, mark))))
                if mark:
                    item.setForeground(0, QBrush(QColor(OVERLAP_COLOUR)))
            if not agenda_day.hearings:
                empty = QTreeWidgetItem(heading, [self.tr("No hearing")])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self.expandAll()
        if current is not None:
            self.select(current.id)

    def current(self) -> HearingDetail | None:
        item = self.currentItem()
        return item.data(0, HEARING_ROLE) if item else None

    def select(self, hearing_id: int) -> bool:
        for item in self._hearing_items():
            if item.data(0, HEARING_ROLE).id == hearing_id:
                self.setCurrentItem(item)
                return True
        return False

    def _hearing_items(self) -> list[QTreeWidgetItem]:
        found = []
        for top in range(self.topLevelItemCount()):
            heading = self.topLevelItem(top)
            found += [heading.child(i) for i in range(heading.childCount())
                      if heading.child(i).data(0, HEARING_ROLE) is not None]
        return found

    def texts(self) -> list[str]:
        """Every line as shown, headings included (for tests and screenshots)."""
        lines = []
        for top in range(self.topLevelItemCount()):
            heading = self.topLevelItem(top)
            lines.append(heading.text(0))
            lines += ["  " + heading.child(i).text(0) for i in range(heading.childCount())]
        return lines
