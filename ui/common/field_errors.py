"""Errors shown beside a form's fields: one red label under each field, hidden until the
service names that field in a ValidationError. What was typed is never touched; focus
goes to the first bad field in the order the fields were added (top of the form first).

    errors = FieldErrors(general=QLabel())   # general: messages naming no shown field
    form.addRow(label, errors.cell("phone", phone_edit))
    saved = ui.operations.call(context, self, lambda: service.save(draft), form=errors)
"""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from microcourt.errors import ValidationError, ValidationErrors

ERROR_STYLE = "color: #c62828;"


def error_label(parent: QWidget | None, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"{name}_error")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def messages_of(error: ValidationError | ValidationErrors) -> dict[str, str]:
    """{field: message}; several messages for one field are kept, one per line."""
    items = error.errors if isinstance(error, ValidationErrors) else [error]
    messages: dict[str, str] = {}
    for item in items:
        field = getattr(item, "field", "")
        messages[field] = "\n".join(filter(None, (messages.get(field), item.message)))
    return messages


class FieldErrors:
    def __init__(self, general: QLabel | None = None):
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.general = general
        if general is not None:
            general.setStyleSheet(ERROR_STYLE)
            general.setWordWrap(True)
            general.hide()

    def add(self, name: str, widget: QWidget, label: QLabel | None = None) -> QLabel:
        """Register `widget` as field `name`; returns its (new or given) error label."""
        label = label or error_label(widget.parentWidget(), name)
        self.labels[name] = label
        self.widgets[name] = widget
        return label

    def cell(self, name: str, widget: QWidget, *below: QWidget) -> QVBoxLayout:
        """`widget` with its error label (and any `below` widgets) under it, for a form row."""
        label = self.add(name, widget)
        layout = QVBoxLayout()
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(label)
        for extra in below:
            layout.addWidget(extra)
        return layout

    def clear(self) -> None:
        for label in [*self.labels.values(), self.general]:
            if label is not None:
                label.clear()
                label.hide()

    def show(self, messages: dict[str, str]) -> list[str]:
        """Show each message beside its field, focus the first bad field and return the
        messages naming no registered field (also shown in the general label, if any)."""
        self.clear()
        first = None
        for name, label in self.labels.items():
            if name in messages:
                label.setText(messages[name])
                label.show()
                if first is None:
                    first = self.widgets[name]
        others = [text for name, text in messages.items() if name not in self.labels]
        if others and self.general is not None:
            self.general.setText("\n".join(others))
            self.general.show()
        if first is not None:
            _focus(first)
        shown = next((label for label in [*self.labels.values(), self.general]
                      if label is not None), None)
        if shown is not None:
            _fit_window(shown)
        return others

    def show_exception(self, error: ValidationError | ValidationErrors) -> list[str]:
        return self.show(messages_of(error))

    def text(self, name: str) -> str:
        """The message shown beside field `name` ("" if none), for tests and screenshots."""
        return self.labels[name].text() if self.is_showing(name) else ""

    def is_showing(self, name: str) -> bool:
        label = self.labels.get(name)
        return label is not None and not label.isHidden()


def _fit_window(widget: QWidget) -> None:
    """Grow the dialog so the messages just shown get their room: otherwise the layout
    squeezes the fields flat (a password box drawn as a thin line) to fit them in."""
    window = widget.window()
    if window.layout() is not None:
        window.layout().activate()
    hint = window.sizeHint()
    if window.height() < hint.height() or window.width() < hint.width():
        window.resize(max(window.width(), hint.width()), max(window.height(), hint.height()))


def _focus(widget: QWidget) -> None:
    widget.setFocus()
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        widget.selectAll()
