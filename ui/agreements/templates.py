"""The clause templates of each dispute category, which the liaison may list, add, edit
and delete. Placeholders {申请人} {被申请人} {金额} {金额大写} are filled from the case when a
template is inserted. Deleting every template of a category does not bring the shipped
ones back (clause_templates.py)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import CaseCategory
from microcourt.services.agreements.dto import ClauseTemplateInfo
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors
from ui.common.inputs import coded_combo, keep_readable, set_combo_value
from ui.context import PageContext
from ui.operations import call

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplateManagerDialog(Dialog):
    def __init__(self, context: PageContext, category: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.editing: ClauseTemplateInfo | None = None
        keep_readable(self)
        self.setWindowTitle(self.tr("Clause templates"))
        self.errors = FieldErrors(general=QLabel(self))
        self.category_combo = coded_combo(self, CaseCategory.choices())
        self.category_combo.setObjectName("template_category")
        set_combo_value(self.category_combo, category)
        self.category_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.list = QListWidget(self)
        self.list.setObjectName("template_list")
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("template_title")
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("template_text")
        hint = QLabel(self.tr("Placeholders filled in from the case: {申请人} {被申请人} "
                              "{金额} {金额大写}."), self)
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.errors.cell("title", self.title_edit))
        form.addRow(self.tr("Wording:"), self.errors.cell("text", self.text_edit, hint))
        self.new_button = self._button(self.tr("&New"), self.new_template)
        self.save_button = self._button(self.tr("&Save template"), self.save)
        self.delete_button = self._button(self.tr("&Delete"), self.delete)
        row = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Category:"), self))
        top.addWidget(self.category_combo, 1)
        editor = QVBoxLayout()
        editor.addLayout(form, 1)
        editor.addWidget(self.errors.general)
        editor.addLayout(row)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(editor, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.resize(900, 520)
        self.reload()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def category(self) -> str:
        return self.category_combo.currentData()

    def reload(self, select_id: int | None = None) -> None:
        templates = self.context.services.agreements.templates.list(self.category())
        self.list.blockSignals(True)
        self.list.clear()
        for template in templates:
            item = QListWidgetItem(template.title, self.list)
            item.setData(TEMPLATE_ROLE, template)
            item.setToolTip(template.text)
        self.list.blockSignals(False)
        rows = [t.id for t in templates]
        self.list.setCurrentRow(rows.index(select_id) if select_id in rows else
                                (0 if rows else -1))
        if not rows:
            self.new_template()

    def _show(self, item: QListWidgetItem | None) -> None:
        self.errors.clear()
        self.editing = item.data(TEMPLATE_ROLE) if item is not None else None
        self.title_edit.setText(self.editing.title if self.editing else "")
        self.text_edit.setPlainText(self.editing.text if self.editing else "")
        self.delete_button.setEnabled(self.editing is not None)

    def new_template(self) -> None:
        self.list.setCurrentRow(-1)
        self._show(None)
        self.title_edit.setFocus()

    def save(self) -> None:
        self.errors.clear()
        templates, category = self.context.services.agreements.templates, self.category()
        title, text = self.title_edit.text(), self.text_edit.toPlainText()
        editing = self.editing.id if self.editing else None
        saved = call(self.context, self, lambda: templates.save(
            category, title, text, template_id=editing), form=self.errors)
        if saved is not None:
            self.reload(select_id=saved.id)  # the editors follow `changed`

    def delete(self) -> None:
        if self.editing is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete template"),
            self.tr("Delete the template \"{0}\"? Agreements already written keep their "
                    "wording.").format(self.editing.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        templates, template_id = self.context.services.agreements.templates, self.editing.id
        call(self.context, self, lambda: templates.delete(template_id))
        self.reload()
