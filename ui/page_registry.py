"""The page registry: the main window shows one navigation entry per PageSpec, in this
order, and builds a page only when it is first shown. A later issue adds its page by
adding one entry here; the module is imported only when the page opens (lean start-up).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import PageContext


# A plain class, not a dataclass: it is built before the first paint, and each
# dataclass costs a compile at import (tests/benchmarks/bench_startup.py).
class PageSpec:
    __slots__ = ("key", "title", "factory", "icon", "roles")

    def __init__(self, key: str, title: str, factory: Callable[[PageContext], QWidget],
                 icon: str = "", roles: frozenset[str] | None = None):
        self.key = key
        self.title = title  # English source text in the "Pages" context; see display_title()
        self.factory = factory
        self.icon = icon  # file name under resources/icons, optional
        self.roles = roles  # OperatorRole values shown the page; None: everyone

    def allows(self, role: str) -> bool:
        return self.roles is None or role in self.roles

    def display_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)


def lazy(module: str, class_name: str) -> Callable[[PageContext], QWidget]:
    """A factory that imports `module` on first use and builds `class_name(context)`."""
    def build(context: PageContext) -> QWidget:
        return getattr(importlib.import_module(module), class_name)(context)
    return build


_ADMIN = frozenset({"admin"})  # domain.OperatorRole.ADMIN (not imported before the first paint)

PAGES: list[PageSpec] = [
    # First: the window opens on what the liaison must do today (issue 8).
    PageSpec("workbench", QT_TRANSLATE_NOOP("Pages", "Workbench"),
             lazy("ui.workbench.page", "WorkbenchPage")),
    PageSpec("parties", QT_TRANSLATE_NOOP("Pages", "Parties"),
             lazy("ui.parties.page", "PartiesPage")),
    PageSpec("cases", QT_TRANSLATE_NOOP("Pages", "Cases"),
             lazy("ui.cases.page", "CasesPage")),
    # The device check is a dialog opened from the Hearings page, not a page: it checks
    # the platform of the hearing about to start and frees the camera when closed.
    PageSpec("hearings", QT_TRANSLATE_NOOP("Pages", "Hearings"),
             lazy("ui.hearings.page", "HearingsPage")),
    PageSpec("statistics", QT_TRANSLATE_NOOP("Pages", "Statistics"),
             lazy("ui.statistics.page", "StatisticsPage")),
    PageSpec("mediators", QT_TRANSLATE_NOOP("Pages", "Mediators"),
             lazy("ui.mediators.page", "MediatorsPage")),
    # The administrator's pages (issue 7); the services refuse other roles anyway.
    PageSpec("accounts", QT_TRANSLATE_NOOP("Pages", "Accounts"),
             lazy("ui.admin.accounts_page", "AccountsPage"), roles=_ADMIN),
    PageSpec("audit", QT_TRANSLATE_NOOP("Pages", "Audit log"),
             lazy("ui.admin.audit_page", "AuditPage"), roles=_ADMIN),
    PageSpec("backups", QT_TRANSLATE_NOOP("Pages", "Backups"),
             lazy("ui.admin.backup_page", "BackupPage"), roles=_ADMIN),
    PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "Settings"),
             lazy("ui.admin.settings_page", "SettingsPage")),
]
