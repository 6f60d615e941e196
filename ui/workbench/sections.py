"""The workbench's sections (what to do today, what is about to be late, the early
warnings) and the tree that lists them: one bold heading per section with its count,
one row per item (severity word, title, and the reason on the next line), coloured by
severity through the item's brushes (a style sheet would drop the readable font), and
a plain sentence in a section that has nothing ("今天没有庭审。")."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from microcourt.services.reports.early_warnings import IDLE_DAYS, MASS_CLAIMANTS, REPEAT_CASES
from microcourt.services.reports.workbench import STALE_DRAFT_DAYS, WINDOW_DAYS
from microcourt.services.reports.workbench_dto import ItemKind, Severity, Workbench, WorkbenchItem
from ui.i18n import domain_label

ITEM_ROLE = Qt.ItemDataRole.UserRole  # the WorkbenchItem a row stands for
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # the section key of a heading row
HEADING_FACTOR = 1.2
ROW_PADDING = 8  # pixels above and below a row's text, so items stand apart
ROW_GAP = 3  # of that padding, the white between two coloured rows
TEXT_MARGIN = 12  # the style's margins around an item's text

# (text, background) per severity: dark text on a pale ground stays readable in print
# screenshots and for weak eyes.
SEVERITY_COLOURS = {
    Severity.URGENT.value: (QColor("#8e0000"), QColor("#fde0dc")),
    Severity.WARNING.value: (QColor("#4e3b00"), QColor("#fff4c2")),
    Severity.INFO.value: (QColor("#0d3c6e"), QColor("#e3f2fd")),
}
EMPTY_COLOUR = QColor("#555555")


@dataclass(frozen=True)
class Section:
    key: str
    title: str          # English source, "Workbench" context; {0} takes `number`
    empty: str          # said plainly when the section has nothing
    pick: Callable[[Workbench], tuple[WorkbenchItem, ...]]
    number: int = 0

    def heading(self, count: int) -> str:
        title = QCoreApplication.translate("Workbench", self.title).format(self.number)
        return QCoreApplication.translate("Workbench", "{0} ({1})").format(title, count)

    def empty_text(self) -> str:
        return QCoreApplication.translate("Workbench", self.empty).format(self.number)


def _kinds(*kinds: ItemKind) -> Callable[[Workbench], tuple[WorkbenchItem, ...]]:
    return lambda bench: bench.of_kind(*(k.value for k in kinds))


def _hearings(today: bool) -> Callable[[Workbench], tuple[WorkbenchItem, ...]]:
    """A hearing that began before today and runs on counts as today's."""
    def pick(bench: Workbench) -> tuple[WorkbenchItem, ...]:
        return tuple(i for i in bench.of_kind(ItemKind.HEARING.value)
                     if (i.due is not None and i.due <= bench.today) == today)
    return pick


TASK_SECTIONS = (
    Section("hearings_today", QT_TRANSLATE_NOOP("Workbench", "Hearings today"),
            QT_TRANSLATE_NOOP("Workbench", "No hearings today."), _hearings(True)),
    Section("hearings_tomorrow", QT_TRANSLATE_NOOP("Workbench", "Hearings tomorrow"),
            QT_TRANSLATE_NOOP("Workbench", "No hearings tomorrow."), _hearings(False)),
    Section("window_closing",
            QT_TRANSLATE_NOOP("Workbench", "Confirmation windows closing within {0} days"),
            QT_TRANSLATE_NOOP("Workbench", "No confirmation window closes within {0} days."),
            _kinds(ItemKind.WINDOW_CLOSING), WINDOW_DAYS),
    Section("window_missed", QT_TRANSLATE_NOOP("Workbench", "Confirmation windows missed"),
            QT_TRANSLATE_NOOP("Workbench", "No confirmation window has been missed."),
            _kinds(ItemKind.WINDOW_MISSED)),
    Section("overdue", QT_TRANSLATE_NOOP("Workbench", "Overdue installments"),
            QT_TRANSLATE_NOOP("Workbench", "No installment is overdue."),
            _kinds(ItemKind.OVERDUE)),
    Section("stale_drafts",
            QT_TRANSLATE_NOOP("Workbench", "Draft agreements unsigned for over {0} days"),
            QT_TRANSLATE_NOOP("Workbench", "No draft agreement has waited over {0} days."),
            _kinds(ItemKind.STALE_DRAFT), STALE_DRAFT_DAYS),
    Section("returned", QT_TRANSLATE_NOOP("Workbench", "Filings returned for correction"),
            QT_TRANSLATE_NOOP("Workbench", "No filing has been returned for correction."),
            _kinds(ItemKind.RETURNED_FILING)),
)

WARNING_SECTIONS = (
    Section("mass_dispute",
            QT_TRANSLATE_NOOP("Workbench", "Mass disputes ({0} or more claimants)"),
            QT_TRANSLATE_NOOP("Workbench", "No mass dispute."),
            _kinds(ItemKind.MASS_DISPUTE), MASS_CLAIMANTS),
    Section("repeat_party",
            QT_TRANSLATE_NOOP("Workbench", "Parties in {0} or more disputes within 12 months"),
            QT_TRANSLATE_NOOP("Workbench", "No party has had {0} disputes within 12 months."),
            _kinds(ItemKind.REPEAT_PARTY), REPEAT_CASES),
    Section("enforcement",
            QT_TRANSLATE_NOOP("Workbench", "Overdue after judicial confirmation"),
            QT_TRANSLATE_NOOP("Workbench", "No confirmed agreement is overdue."),
            _kinds(ItemKind.ENFORCEMENT)),
    Section("idle_case", QT_TRANSLATE_NOOP("Workbench", "Cases idle for over {0} days"),
            QT_TRANSLATE_NOOP("Workbench", "No case has been idle for over {0} days."),
            _kinds(ItemKind.IDLE_CASE), IDLE_DAYS),
)


def item_text(item: WorkbenchItem) -> str:
    severity = domain_label(Severity(item.severity))
    mark = "⚠ " if item.overlap else ""  # a hearing overlapping another: see the tooltip
    return mark + QCoreApplication.translate("Workbench", "[{0}] {1}").format(
        severity, item.title) + "\n" + item.detail


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the column: QTreeView sizes a wrapped row
    as if it had the width of its unwrapped text, which cuts the reasons short."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        view = self.parent()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth = 1 if index.parent().isValid() else 0
        width = max(view.viewport().width() - view.indentation() * (depth + 1) - TEXT_MARGIN,
                    80)
        bounds = QFontMetrics(opt.font).boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), opt.text)
        return QSize(width, bounds.height() + 2 * ROW_PADDING)

    def paint(self, painter, option, index) -> None:
        """Leave a white gap between rows, so two yellow items do not run together."""
        opt = QStyleOptionViewItem(option)
        if index.data(ITEM_ROLE) is not None:
            opt.rect = option.rect.adjusted(0, ROW_GAP, 0, -ROW_GAP)
        super().paint(painter, opt, index)


class SectionTree(QTreeWidget):
    """One column of sections; rows carry their WorkbenchItem in ITEM_ROLE."""

    def __init__(self, sections: tuple[Section, ...], name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.sections = sections
        self.setObjectName(name)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setIndentation(12)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(WrappingDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.headings: dict[str, QTreeWidgetItem] = {}

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # the rows' heights follow the new width

    def show_workbench(self, bench: Workbench) -> dict[str, int]:
        """Fill every section; returns the count per section key."""
        self.clear()
        self.headings = {}
        counts = {}
        for section in self.sections:
            items = section.pick(bench)
            counts[section.key] = len(items)
            heading = self._heading(section, len(items))
            for item in items:
                heading.addChild(self._row(item))
            if not items:
                heading.addChild(self._empty_row(section))
            heading.setExpanded(True)
        return counts

    def _heading(self, section: Section, count: int) -> QTreeWidgetItem:
        heading = QTreeWidgetItem(self, [section.heading(count)])
        heading.setData(0, SECTION_ROLE, section.key)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * HEADING_FACTOR)
        heading.setFont(0, font)
        self.headings[section.key] = heading
        return heading

    def _row(self, item: WorkbenchItem) -> QTreeWidgetItem:
        row = QTreeWidgetItem([item_text(item)])
        row.setData(0, ITEM_ROLE, item)
        row.setToolTip(0, "\n".join(filter(None, (item.detail, item.overlap))))
        text, background = SEVERITY_COLOURS.get(item.severity, SEVERITY_COLOURS["info"])
        row.setForeground(0, QBrush(text))
        row.setBackground(0, QBrush(background))
        return row

    @staticmethod
    def _empty_row(section: Section) -> QTreeWidgetItem:
        row = QTreeWidgetItem([section.empty_text()])
        row.setFlags(Qt.ItemFlag.ItemIsEnabled)  # nothing to open
        row.setForeground(0, QBrush(EMPTY_COLOUR))
        return row

    def rows(self, key: str) -> list[QTreeWidgetItem]:
        """The item rows (not the empty sentence) of section `key`."""
        heading = self.headings[key]
        children = [heading.child(i) for i in range(heading.childCount())]
        return [c for c in children if c.data(0, ITEM_ROLE) is not None]

    def current_workbench_item(self) -> WorkbenchItem | None:
        current = self.currentItem()
        return current.data(0, ITEM_ROLE) if current is not None else None
