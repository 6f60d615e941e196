"""The Workbench (工作台, issue 8 items 1-3): the first page after login. On the left
what to do (today's and tomorrow's hearings, confirmation windows closing or missed,
overdue installments, stale drafts, returned filings), on the right the early warnings
(矛盾风险预警) with their reasons. Double-click, Enter or "Open" takes an item to the
page that deals with it; an enforcement warning also offers the 强制执行申请书 PDF.

The page asks the service again after a change touching a case (AppEvents.changed: at
once when shown, else when next shown), when shown after a while (a new day, another
PC; ui.common.refresh), and on Refresh:
the service answers in milliseconds, so no worker thread is needed.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from microcourt.services.reports.workbench_dto import ItemKind, Workbench, WorkbenchItem
from microcourt.timeutil import today_local
from ui.common.inputs import keep_readable
from ui.common.refresh import Follower
from ui.context import PageContext
from ui.operations import call
from ui.workbench.sections import ITEM_ROLE, TASK_SECTIONS, WARNING_SECTIONS, SectionTree

WEEKDAYS = (QT_TRANSLATE_NOOP("Workbench", "Monday"), QT_TRANSLATE_NOOP("Workbench", "Tuesday"),
            QT_TRANSLATE_NOOP("Workbench", "Wednesday"),
            QT_TRANSLATE_NOOP("Workbench", "Thursday"), QT_TRANSLATE_NOOP("Workbench", "Friday"),
            QT_TRANSLATE_NOOP("Workbench", "Saturday"), QT_TRANSLATE_NOOP("Workbench", "Sunday"))
TITLE_FACTOR = 1.4


class WorkbenchPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        # Which day the page is for; tests fix it, the liaison always sees today.
        self.today_provider: Callable[[], date] = today_local
        self.workbench: Workbench | None = None
        self.counts: dict[str, int] = {}
        keep_readable(self)
        self._build()
        self.follow = Follower(self, self.refresh)
        context.events.changed.connect(self._changed)
        self.refresh()

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("workbench_title")
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * TITLE_FACTOR)
        self.title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("workbench_summary")
        self.summary.setWordWrap(True)
        self.tasks = SectionTree(TASK_SECTIONS, "workbench_tasks", self)
        self.warnings = SectionTree(WARNING_SECTIONS, "workbench_warnings", self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("workbench_open")
        self.open_button.clicked.connect(self.open_current)
        self.enforcement_button = QPushButton(self.tr("&Enforcement application…"), self)
        self.enforcement_button.setObjectName("workbench_enforcement")
        self.enforcement_button.setToolTip(self.tr(
            "The application for enforcement (强制执行申请书) of the chosen confirmed agreement"))
        self.enforcement_button.clicked.connect(self.enforcement_application)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("workbench_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        for tree in (self.tasks, self.warnings):
            tree.itemActivated.connect(self._activated)  # double-click and Enter
            tree.currentItemChanged.connect(lambda current, _prev, t=tree: self._chosen(t))
        self._layout()
        self._update_buttons(None)

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.refresh_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._column(self.tr("To do"), self.tasks))
        splitter.addWidget(self._column(self.tr("Early warnings"), self.warnings))
        splitter.setSizes([520, 480])
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.enforcement_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _column(self, title: str, tree: SectionTree) -> QWidget:
        column = QWidget(self)
        label = QLabel(title, column)
        font = QFont(self.font())
        font.setBold(True)
        label.setFont(font)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(tree, 1)
        return column

    # -- showing -------------------------------------------------------------------------

    def _changed(self, changes, _initiator) -> None:
        # Every item is about a case (hearings, agreements, filings and the people on
        # them all name theirs); hearing items also name the mediator.
        if changes.touches_any("cases", "mediators"):
            self.follow.request()

    def refresh(self) -> None:
        workbench, today = self.context.services.workbench, self.today_provider()
        bench = call(self.context, self, lambda: workbench.build(today))
        if bench is None:  # e.g. an account that may not see the workbench
            return
        self.workbench = bench
        self.counts = self.tasks.show_workbench(bench)
        self.counts.update(self.warnings.show_workbench(bench))
        today = bench.today
        weekday = QCoreApplication.translate("Workbench", WEEKDAYS[today.weekday()])
        self.title.setText(self.tr("Today is {0}, {1}").format(today.isoformat(), weekday))
        self.summary.setText(self.tr("{0} things to do, {1} early warnings.").format(
            len(bench.tasks), len(bench.warnings)))
        self._update_buttons(None)

    def _chosen(self, tree: SectionTree) -> None:
        item = tree.current_workbench_item()
        if item is not None:  # one current item across both columns
            other = self.warnings if tree is self.tasks else self.tasks
            other.setCurrentItem(None)
            other.clearSelection()
        self._update_buttons(item if item is not None else self.current_item())

    def _update_buttons(self, item: WorkbenchItem | None) -> None:
        self.open_button.setEnabled(item is not None)
        self.enforcement_button.setEnabled(
            item is not None and item.kind == ItemKind.ENFORCEMENT.value)

    def current_item(self) -> WorkbenchItem | None:
        return self.tasks.current_workbench_item() or self.warnings.current_workbench_item()

    # -- opening -------------------------------------------------------------------------

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        item = row.data(0, ITEM_ROLE)
        if item is not None:
            self.open_target(item)

    def open_current(self) -> None:
        item = self.current_item()
        if item is not None:
            self.open_target(item)

    def open_target(self, item: WorkbenchItem):
        """Show what `item` is about on the page that deals with it. An agreement opens
        its editor (a window of its own, returned); a filing opens its case's Judicial
        confirmation tab."""
        page, item_id = item.target
        if page == "agreement":
            from ui.agreements.editor import open_agreement_editor  # noqa: PLC0415
            return open_agreement_editor(self.window(), self.context, item_id)
        if page == "filing":  # the case, on its Judicial confirmation tab
            page, item_id = "cases", (item_id, "filing")
        self.context.events.open_requested.emit(page, item_id)
        return None

    def enforcement_application(self):
        """Ask for the debtors' property leads, then build the 强制执行申请书 of the chosen
        enforcement warning and preview it (`self.enforcement_preview`, the operation);
        a refusal (no ruling number, nothing overdue...) is shown with every reason.
        Returns the leads dialog, open (None when refused)."""
        item = self.current_item()
        if item is None or item.kind != ItemKind.ENFORCEMENT.value or item.case_id is None:
            return None
        from ui.common.pdf_preview import preview_document  # noqa: PLC0415
        from ui.workbench.property_leads import PropertyLeadsDialog  # noqa: PLC0415

        reports, today, case_id = self.context.services.reports, self.workbench.today, item.case_id
        title = self.tr("Enforcement application {0}").format(item.case_number)

        def preview() -> None:
            self.enforcement_preview = preview_document(
                self, lambda path: reports.write_enforcement(case_id, path, today), title,
                context=self.context)  # audited: it carries full ID numbers

        debtors = call(self.context, self, lambda: reports.enforcement_debtors(case_id, today))
        if debtors is None:  # refused (no ruling number, nothing overdue...): shown
            return None
        dialog = PropertyLeadsDialog(self.context, list(debtors), self)
        dialog.accepted.connect(preview)
        dialog.open()
        return dialog
