"""A form row whose caption's mnemonic (&Name) focuses the field, with the field's
error label under it (ui.common.field_errors). QFormLayout.addRow(text, layout) would
show the "&" literally, since a layout cannot be a label's buddy."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QWidget

from ui.common.field_errors import FieldErrors


def add_field_row(form: QFormLayout, errors: FieldErrors, name: str, caption: str,
                  widget: QWidget, *below: QWidget) -> None:
    label = QLabel(caption, widget.parentWidget())
    label.setBuddy(widget)
    form.addRow(label, errors.cell(name, widget, *below))


def save_cancel_buttons(dialog: QDialog, on_save) -> tuple[QDialogButtonBox, QPushButton]:
    """Save (the default button: Enter saves) and Cancel, as every form dialog has them."""
    buttons = QDialogButtonBox(dialog)
    save = buttons.addButton(QCoreApplication.translate("FormButtons", "&Save"),
                             QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    save.setDefault(True)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons, save
