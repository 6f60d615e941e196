"""The menu bar (issue 13, item 10): 文件 (the operator's session), 案件 (the case
work pages), 工具 (the other pages; an administrator's only for an administrator) and
帮助 (the user guide, About). The session's actions stay disabled until someone has
logged in (OperatorSession binds them)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ui.about import add_help_menu

# Which menu each page goes in; pages not named go under Tools.
CASE_PAGES = ("workbench", "parties", "cases", "hearings")


class WindowMenus:
    def __init__(self, window: QMainWindow, data_dir: Path):
        self.window = window
        self.session = None
        bar = window.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
        file_menu.setObjectName("file_menu")
        self.lock_now = self._add(file_menu, QCoreApplication.translate("Menus", "&Lock now"), "lock_now_action",
                                  lambda s: s.lock_now(), QKeySequence("Ctrl+L"))
        self.change_password = self._add(file_menu, QCoreApplication.translate("Menus", "Change my &password..."),
                                         "change_password_action",
                                         lambda s: s.change_password())
        self.switch_user = self._add(file_menu, QCoreApplication.translate("Menus", "&Switch user..."), "switch_user_action",
                                     lambda s: s.switch_user())
        self.log_out = self._add(file_menu, QCoreApplication.translate("Menus", "Log &out"), "log_out_action",
                                 lambda s: s.log_out())
        file_menu.addSeparator()
        quit_action = file_menu.addAction(QCoreApplication.translate("Menus", "&Quit"))
        quit_action.setObjectName("quit_action")
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(window.close)
        self.case_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Cases"))
        self.case_menu.setObjectName("case_menu")
        self.tools_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Tools"))
        self.tools_menu.setObjectName("tools_menu")
        self.page_actions: dict[str, QAction] = {}
        self.help_menu, self.guide_action = add_help_menu(window, data_dir)
        self.bind(None)

    def _add(self, menu, text, name, run, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda: self.session is not None and run(self.session))
        return action

    def add_pages(self, specs) -> None:
        """One entry per page (Ctrl+1 ... for the case pages, in their order)."""
        for spec in specs:
            in_cases = spec.key in CASE_PAGES
            menu = self.case_menu if in_cases else self.tools_menu
            action = menu.addAction(spec.display_title())
            action.setObjectName(f"page_action_{spec.key}")
            if in_cases:
                action.setShortcut(QKeySequence(f"Ctrl+{CASE_PAGES.index(spec.key) + 1}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.window.show_page(key))
            self.page_actions[spec.key] = action

    def show_for_role(self, role: str | None, specs) -> None:
        for spec in specs:
            allowed = role is not None and spec.allows(role)
            self.page_actions[spec.key].setVisible(allowed)

    def bind(self, session) -> None:
        """The session the File actions act on (None: nobody logged in)."""
        self.session = session
        for action in (self.lock_now, self.change_password, self.switch_user, self.log_out):
            action.setEnabled(session is not None)
        self.switch_user.setVisible(session is None or not session.guest)
