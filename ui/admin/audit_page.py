"""The Audit log page (administrator only, issue 7 item 2): who did what and when,
newest first, filtered by date range, operator, action and kind of record; and
"Verify chain", which walks the hash chain and compares it with the anchors kept outside
the database (services/audit/anchors.py): it says whether any entry was changed or
removed, the newest ones included. The log never holds a full ID number (services/audit.py masks them)."""
from __future__ import annotations

import json
from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from microcourt.services.audit.queries import AuditFilter, AuditRow
from microcourt.timeutil import LOCAL_ZONE, format_local, today_local
from ui.admin.common import fill_table, read_only_table
from ui.common.refresh import Follower
from ui.context import PageContext
from ui.operations import call

PAGE_SIZE = 500
DEFAULT_DAYS = 30


def _combo(parent: QWidget, name: str, everyone: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.addItem(everyone, None)
    return combo


def _local_midnight(day: QDate) -> datetime:
    return datetime.combine(day.toPython(), time(), tzinfo=LOCAL_ZONE)


class AuditPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.rows: list[AuditRow] = []
        self._build_filters()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("audit_count")
        self.chain_label = QLabel(self)
        self.chain_label.setObjectName("chain_result")
        self.chain_label.setWordWrap(True)
        self.table = read_only_table(self, "audit_table", [
            self.tr("Time"), self.tr("Operator"), self.tr("Origin"), self.tr("Action"),
            self.tr("Record"), self.tr("No."), self.tr("Details")])
        verify = QPushButton(self.tr("&Verify chain"), self)
        verify.setObjectName("verify_chain")
        verify.clicked.connect(self.verify_chain)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.chain_label, 2)
        bottom.addWidget(verify)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.reload_choices()
        self.search()
        self.follow = Follower(self, self._follow)
        context.events.changed.connect(
            lambda changes, _initiator: changes.touches("audit") and self.follow.request())

    def _follow(self) -> None:
        """Nearly every write adds an entry: read the log again when it is looked at."""
        self.reload_choices()
        self.search()

    def _build_filters(self) -> None:
        today = QDate(today_local())
        # Not "From": that is the Origin column's word, and one source text gets one translation.
        self.use_dates = QCheckBox(self.tr("Dates from"), self)
        self.use_dates.setChecked(True)
        self.since, self.until = QDateEdit(today.addDays(-DEFAULT_DAYS), self), QDateEdit(today, self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.actor = _combo(self, "actor_filter", self.tr("Every operator"))
        self.action = _combo(self, "action_filter", self.tr("Every action"))
        self.entity = _combo(self, "entity_filter", self.tr("Every kind of record"))
        search = QPushButton(self.tr("&Show"), self)
        search.setObjectName("audit_search")
        search.clicked.connect(self.search)
        row = QHBoxLayout()
        row.addWidget(self.use_dates)
        row.addWidget(self.since)
        row.addWidget(QLabel(self.tr("to"), self))
        for widget in (self.until, self.actor, self.action, self.entity, search):
            row.addWidget(widget)
        row.addStretch(1)
        self.filter_row = row

    def reload_choices(self) -> None:
        actors, actions, entities = self.context.services.audit.distinct_values()
        for combo, values in ((self.actor, actors), (self.action, actions),
                              (self.entity, entities)):
            chosen = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def wanted(self) -> AuditFilter:
        since = until = None
        if self.use_dates.isChecked():
            since = _local_midnight(self.since.date())
            until = _local_midnight(self.until.date()) + timedelta(days=1)  # the whole day
        return AuditFilter(since=since, until=until, actor=self.actor.currentData(),
                           action=self.action.currentData(), entity=self.entity.currentData())

    def origin_text(self, source: str) -> str:
        """Where the action came from (services.context.Actor.source), in words."""
        names = {"gui": self.tr("Window"), "cli": self.tr("Command line")}
        return names.get(source, source)

    def search(self) -> None:
        audit, wanted = self.context.services.audit, self.wanted()
        self.rows = audit.query(wanted, limit=PAGE_SIZE)
        total = audit.count(wanted)
        fill_table(self.table, [(row.id, [
            format_local(row.at, with_seconds=True), row.actor, self.origin_text(row.source),
            row.action,
            row.entity or "", "" if row.entity_id is None else str(row.entity_id),
            json.dumps(row.details, ensure_ascii=False) if row.details else ""])
            for row in self.rows])
        text = self.tr("{0} entries").format(total)
        if total > len(self.rows):
            text = self.tr("Newest {0} of {1} entries").format(len(self.rows), total)
        self.count_label.setText(text)

    def verify_chain(self) -> None:
        report = call(self.context, self, self.context.services.audit.verify)
        if report is None:
            return
        if report.ok:
            self.chain_label.setText(self.tr(
                "The audit log is complete: {0} entries, none changed or removed; it agrees "
                "with the {1} records of its head kept outside the database.").format(
                    report.checked, report.anchors))
            self.chain_label.setStyleSheet("color: #2e7d32;")
        elif report.first_broken_id is not None:
            self.chain_label.setText(self.tr(
                "The audit log was tampered with at entry {0} ({1}); the {2} entries before "
                "it are intact.").format(report.first_broken_id, report.reason, report.checked))
            self.chain_label.setStyleSheet("color: #c62828;")
        else:  # the findings are the core's Chinese sentences, like `reason` above
            self.chain_label.setText(self.tr(
                "The audit log contradicts what was recorded outside the database: {0}")
                .format("；".join(report.findings)))
            self.chain_label.setStyleSheet("color: #c62828;")
