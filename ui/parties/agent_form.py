"""Adding or editing a party's agent or guardian (民事诉讼法 arts. 61-62): a close
relative, a lawyer, or a citizen recommended by the community (often the liaison for an
elderly party). Settling, waiving or changing claims needs special authority written in
the power of attorney; ticking it without a scope stores the standard wording."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import AgentKind, Gender, IdType
from microcourt.services.parties.dto import AgentDraft, AgentInfo
from microcourt.services.parties.rules import STANDARD_SPECIAL_AUTHORITY
from ui.common.char_picker import attach_char_picker
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors
from ui.common.form_rows import save_cancel_buttons
from ui.common.inputs import coded_combo, combo_value, keep_readable, set_combo_value
from ui.common.screen import scrolling
from ui.context import PageContext
from ui.operations import call
from ui.parties.form_fields import PERSON_ID_TYPES

_LINES = ("name", "relation", "id_number", "phone", "address", "work_unit", "licence_number")


class AgentFormDialog(Dialog):
    def __init__(self, context: PageContext, party_id: int, agent: AgentInfo | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.party_id = party_id
        self.agent = agent
        self.saved: AgentInfo | None = None
        self.inputs: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("Edit agent {0}").format(agent.name) if agent
                            else self.tr("Add an agent or guardian"))
        keep_readable(self)
        self.errors = FieldErrors(general=QLabel(self))
        self._build()
        if agent is not None:
            self.set_agent(agent)

    def _labels(self) -> dict[str, str]:
        return {
            "kind": self.tr("&Acts as"), "name": self.tr("&Name"),
            "relation": self.tr("&Relation to the party"), "gender": self.tr("Gender"),
            "id_type": self.tr("ID type"), "id_number": self.tr("ID number"),
            "phone": self.tr("&Phone"), "address": self.tr("Address"),
            "work_unit": self.tr("Law firm or work unit"),
            "licence_number": self.tr("Lawyer's licence number"),
            "special_authority": self.tr("Special authority"),
            "authority_scope": self.tr("Scope of the authority"),
            "is_guardian": self.tr("Guardian"),
        }

    def _widgets(self) -> dict[str, QWidget]:
        scope = QPlainTextEdit(self)
        scope.setPlaceholderText(STANDARD_SPECIAL_AUTHORITY)
        scope.setTabChangesFocus(True)
        scope.setMaximumHeight(90)
        widgets = {name: QLineEdit(self) for name in _LINES}
        attach_char_picker(widgets["name"])
        widgets["relation"].setPlaceholderText(self.tr("e.g. son, daughter-in-law"))
        widgets["licence_number"].setPlaceholderText(self.tr("Lawyers only"))
        widgets.update(
            kind=coded_combo(self, AgentKind),
            gender=coded_combo(self, Gender, blank=self.tr("(from the ID number)")),
            id_type=coded_combo(self, PERSON_ID_TYPES),
            special_authority=QCheckBox(self.tr(
                "May settle, waive or change claims and apply for judicial confirmation"),
                self),
            authority_scope=scope,
            is_guardian=QCheckBox(self.tr("Is the party's legal guardian"), self))
        return widgets

    def _build(self) -> None:
        form = QFormLayout()
        widgets, labels = self._widgets(), self._labels()
        for name in labels:  # the order of _labels is the order on screen and of Tab
            widget = widgets[name]
            widget.setObjectName(name)
            caption = QLabel(labels[name], self)
            caption.setBuddy(widget)
            form.addRow(caption, self.errors.cell(name, widget))
            self.inputs[name] = widget
        self.inputs["special_authority"].toggled.connect(self.inputs["authority_scope"].setEnabled)
        self.inputs["authority_scope"].setEnabled(False)
        buttons, self.save_button = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addWidget(scrolling(form, self), 1)  # eleven rows: taller than 768 at 175%
        layout.addWidget(buttons)
        self.resize(680, 0)

    def draft(self) -> AgentDraft:
        return AgentDraft(
            **{name: self.inputs[name].text() or None for name in _LINES},
            kind=combo_value(self.inputs["kind"]), gender=combo_value(self.inputs["gender"]),
            id_type=combo_value(self.inputs["id_type"]),
            special_authority=self.inputs["special_authority"].isChecked(),
            authority_scope=self.inputs["authority_scope"].toPlainText(),
            is_guardian=self.inputs["is_guardian"].isChecked())

    def set_agent(self, agent: AgentInfo) -> None:
        for name in _LINES:
            self.inputs[name].setText(getattr(agent, name) or "")
        set_combo_value(self.inputs["kind"], agent.kind)
        set_combo_value(self.inputs["gender"], agent.gender)
        set_combo_value(self.inputs["id_type"], agent.id_type or IdType.RESIDENT_ID.value)
        self.inputs["special_authority"].setChecked(agent.special_authority)
        self.inputs["authority_scope"].setPlainText(agent.authority_scope or "")
        self.inputs["is_guardian"].setChecked(agent.is_guardian)

    def save(self) -> None:
        service, draft, stored = self.context.services.parties, self.draft(), self.agent
        self.errors.clear()
        self.saved = call(self.context, self, lambda: service.update_agent(stored.id, draft)
                          if stored else service.add_agent(self.party_id, draft),
                          form=self.errors)
        if self.saved is not None:
            self.accept()
