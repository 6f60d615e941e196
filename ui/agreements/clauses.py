"""The agreed terms as an ordered list of clauses (人民调解法 art. 29: 协议内容): add,
remove, move up and down, edit the chosen one below the list, or insert one from the
category's clause templates with the parties' names and the amount filled in.

The service drops blank clauses before numbering them, so an error it names as
`clauses[i]` counts only the clauses with text; `sent()` keeps that mapping.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from microcourt.services.agreements.dto import AgreementDetail, ClauseTemplateInfo
from microcourt.services.agreements.templates import fill_placeholders
from microcourt.validation.money import format_amount, to_chinese_upper
from ui.agreements.plan_model import ERROR_TEXT
from ui.agreements.warnings import error_label

PREVIEW_CHARS = 120
NAMES_IN_PLACEHOLDER = 3


def placeholder_values(detail: AgreementDetail) -> dict[str, str]:
    """{申请人} {被申请人} {金额} {金额大写} for a template, as a new draft fills them."""
    def names(parties) -> str:
        chosen = [p.name for p in parties]
        shown = "、".join(chosen[:NAMES_IN_PLACEHOLDER])
        return shown + (f"等{len(chosen)}人" if len(chosen) > NAMES_IN_PLACEHOLDER else "")

    values = {"申请人": names(detail.applicants), "被申请人": names(detail.respondents)}
    if detail.total_fen:
        values |= {"金额": format_amount(detail.total_fen),
                   "金额大写": to_chinese_upper(detail.total_fen)}
    return values


class ClausesWidget(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._texts: list[str] = []
        self._errors: dict[int, str] = {}  # row -> message
        self.plan_row: int | None = None  # the clause written from the plan (not typed)
        self._read_only = False
        self._loading = False
        self.values: dict[str, str] = {}
        self.list = QListWidget(self)
        self.list.setObjectName("clause_list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentRowChanged.connect(self._show_current)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("clause_editor")
        self.editor.setPlaceholderText(self.tr("Choose a clause above to edit it here."))
        self.editor.setMaximumHeight(110)
        self.editor.textChanged.connect(self._editor_changed)
        self.error = error_label(self, "clauses_error")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor)
        layout.addWidget(self.error)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("Add claus&e"), self)
        self.add_button.clicked.connect(lambda: self.insert(""))
        self.template_button = QToolButton(self)
        self.template_button.setText(self.tr("&Insert from template"))
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.template_menu = QMenu(self.template_button)
        self.template_button.setMenu(self.template_menu)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.down_button.clicked.connect(lambda: self.move_current(1))
        row = QHBoxLayout()
        for button in (self.add_button, self.template_button, self.remove_button,
                       self.up_button, self.down_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- content ---------------------------------------------------------------------

    def set_clauses(self, clauses, plan_row: int | None = None) -> None:
        self._texts = list(clauses)
        self.plan_row = plan_row
        self._errors = {}
        self._rebuild(0 if self._texts else -1)

    def clauses(self) -> list[str]:
        return list(self._texts)

    def sent(self) -> tuple[list[str], list[int]]:
        """The clauses the service will number (those with text) and their rows."""
        rows = [row for row, text in enumerate(self._texts)
                if text.strip() or row == self.plan_row]
        return [self._texts[row] for row in rows], rows

    def plan_index(self) -> int | None:
        """The plan clause's index among the clauses sent."""
        _, rows = self.sent()
        return rows.index(self.plan_row) if self.plan_row in rows else None

    def select(self, index: int) -> None:
        """Show the `index`-th clause sent (as the service counts) in the editor."""
        _, rows = self.sent()
        if 0 <= index < len(rows):
            self.list.setCurrentRow(rows[index])
            self.editor.setFocus()

    def set_templates(self, templates: list[ClauseTemplateInfo],
                      values: dict[str, str]) -> None:
        self.values = values
        self.template_menu.clear()
        for template in templates:
            action = self.template_menu.addAction(template.title)
            action.setToolTip(template.text)
            action.triggered.connect(lambda _=False, t=template: self.insert_template(t))
        if not templates:
            self.template_menu.addAction(self.tr("(no templates for this category)")
                                         ).setEnabled(False)

    def insert_template(self, template: ClauseTemplateInfo) -> None:
        self.insert(fill_placeholders(template.text, self.values))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.editor.setReadOnly(read_only or self.list.currentRow() == self.plan_row)
        for button in (self.add_button, self.template_button, self.remove_button,
                       self.up_button, self.down_button):
            button.setEnabled(not read_only)

    # -- editing ---------------------------------------------------------------------

    def insert(self, text: str) -> None:
        """A new clause after the current one (at the end when none is chosen)."""
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else len(self._texts)
        self._texts.insert(row, text)
        if self.plan_row is not None and row <= self.plan_row:
            self.plan_row += 1
        self._errors = {}
        self._rebuild(row)
        self.editor.setFocus()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._texts) and row != self.plan_row:  # the plan writes that one
            del self._texts[row]
            if self.plan_row is not None and row < self.plan_row:
                self.plan_row -= 1
            self._errors = {}
            self._rebuild(min(row, len(self._texts) - 1))
            self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < len(self._texts) and 0 <= target < len(self._texts):
            self._texts[row], self._texts[target] = self._texts[target], self._texts[row]
            if self.plan_row in (row, target):
                self.plan_row = target if self.plan_row == row else row
            self._errors = {}
            self._rebuild(target)
            self.changed.emit()

    def _rebuild(self, current: int) -> None:
        self._loading = True
        self.list.clear()
        for row in range(len(self._texts)):
            item = QListWidgetItem(self.list)
            self._paint(row, item)
        self._loading = False
        self.list.setCurrentRow(current)
        self._show_current(current)

    def _paint(self, row: int, item: QListWidgetItem) -> None:
        text = " ".join(self._texts[row].split())
        if len(text) > PREVIEW_CHARS:
            text = text[:PREVIEW_CHARS] + "…"
        empty = self.tr("(empty)")
        mark = self.tr(" [written from the plan]") if row == self.plan_row else ""
        item.setText(f"{row + 1}. {text or empty}{mark}")
        item.setToolTip(self._errors.get(row, "") or (self.tr(
            "The payment clause is written from the payment plan: change the plan to change "
            "it.") if mark else ""))
        item.setForeground(QBrush(ERROR_TEXT) if row in self._errors else QBrush())

    def _show_current(self, row: int) -> None:
        self._loading = True
        self.editor.setPlainText(self._texts[row] if 0 <= row < len(self._texts) else "")
        self.editor.setEnabled(0 <= row < len(self._texts))
        self.editor.setReadOnly(self._read_only or row == self.plan_row)
        self._loading = False
        message = self._errors.get(row, "")
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _editor_changed(self) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self._texts):
            return
        self._texts[row] = self.editor.toPlainText()
        self._paint(row, self.list.item(row))
        self.changed.emit()

    # -- errors ----------------------------------------------------------------------

    def show_errors(self, messages: dict[str, str]) -> dict[str, str]:
        """Mark the clauses the service named (clauses[i]) and show the whole-list
        message ("clauses"); returns the messages that are not about clauses."""
        _, rows = self.sent()
        self._errors = {}
        general = messages.get("clauses", "")
        for key, message in messages.items():
            if key.startswith("clauses[") and key.endswith("]"):
                index = int(key[len("clauses["):-1])
                if index < len(rows):
                    self._errors[rows[index]] = message
        for row in range(self.list.count()):
            self._paint(row, self.list.item(row))
        if self._errors:
            first = min(self._errors)
            self.list.setCurrentRow(first)
            self._show_current(first)
        elif general:
            self.error.setText(general)
            self.error.show()
        else:
            self._show_current(self.list.currentRow())
        return {k: v for k, v in messages.items()
                if not (k == "clauses" or k.startswith("clauses["))}

    def has_error_showing(self) -> bool:
        return bool(self._errors) or not self.error.isHidden()
