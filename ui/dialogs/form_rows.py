"""A form row whose caption's mnemonic (&Name) focuses the field, with the field's
error label under it (ui.widgets.field_errors). QFormLayout.addRow(text, layout) would
show the "&" literally, since a layout cannot be a label's buddy."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ui.widgets.field_errors import FieldErrors


def add_field_row(form: QFormLayout, errors: FieldErrors, name: str, caption: str,
                  widget: QWidget, *below: QWidget) -> None:
    label = QLabel(caption, widget.parentWidget())
    label.setBuddy(widget)
    form.addRow(label, errors.cell(name, widget, *below))
