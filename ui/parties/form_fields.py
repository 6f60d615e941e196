"""The inputs of the party form, for a natural person or an organization: built in the
order they are read (Tab goes down each column), read into a PartyDraft as typed and
filled from one. Checking is the service's job; this only keeps the text.

For a resident ID (or a Hong Kong/Macao/Taiwan residence permit, same scheme), a birth
date and gender still empty are filled from the number, visibly; a value the liaison
typed is never replaced (a disagreement is the service's error on save).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import ETHNIC_GROUPS, Gender, IdType, PartyKind, PartyNeed
from microcourt.errors import ValidationError
from microcourt.services.parties.dto import PartyDraft
from microcourt.validation.idcard import parse_resident_id
from ui.common.char_picker import attach_char_picker
from ui.common.field_errors import FieldErrors
from ui.common.inputs import coded_combo, combo_value, set_combo_value
from ui.i18n import domain_label

PERSON_ID_TYPES = (IdType.RESIDENT_ID, IdType.HK_MACAO_PERMIT, IdType.TAIWAN_PERMIT,
                   IdType.PASSPORT)
_ENCODED_IDS = {IdType.RESIDENT_ID.value, IdType.HK_MACAO_PERMIT.value,
                IdType.TAIWAN_PERMIT.value}
NOTE_COLOUR = "#1565c0"
_NAME_FIELDS = ("name", "emergency_name", "legal_rep_name")
_TEXT_FIELDS = ("name", "birth_date", "id_number", "phone", "household_address",
                "service_address", "service_postcode", "wechat", "e_service_address",
                "occupation", "emergency_name", "emergency_relation", "emergency_phone",
                "legal_rep_name", "legal_rep_title")


class PartyFields(QWidget):
    def __init__(self, kind: PartyKind, errors: FieldErrors, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.errors = errors
        self.inputs: dict[str, QWidget] = {}
        self.need_boxes: dict[str, QCheckBox] = {}
        self._auto: dict[str, str] = {}  # fields filled from the ID number, and the value
        self.columns = [QVBoxLayout(), QVBoxLayout()]
        if kind is PartyKind.ORGANIZATION:
            self._build_organization()
        else:
            self._build_person()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for column in self.columns:
            if column.count():  # an organization's few fields make one column
                column.addStretch(1)
                row.addLayout(column, 1)

    # -- building --------------------------------------------------------------------

    def _group(self, column: int, title: str) -> QFormLayout:
        group = QGroupBox(title, self)
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.columns[column].addWidget(group)
        return form

    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget,
             *below: QWidget) -> QWidget:
        widget.setObjectName(name)
        widget.setParent(form.parentWidget())
        caption = QLabel(label, form.parentWidget())
        caption.setBuddy(widget)
        form.addRow(caption, self.errors.cell(name, widget, *below))
        self.inputs[name] = widget
        if name in _NAME_FIELDS:  # names with characters an input method cannot type
            attach_char_picker(widget)
        return widget

    def _line(self, placeholder: str = "", max_length: int = 300) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(max_length)
        return edit

    def _build_person(self) -> None:
        identity = self._group(0, self.tr("Identity"))
        self._add(identity, "name", self.tr("&Name"), self._line(max_length=100))
        self._add(identity, "gender", self.tr("&Gender"),
                  coded_combo(self, Gender, blank=self.tr("(from the ID number)")))
        self._add(identity, "ethnicity", self.tr("&Ethnicity"), self._ethnicity_box())
        self._add(identity, "birth_date", self.tr("&Birth date"),
                  self._line(self.tr("e.g. 1962-02-28 (filled from the ID number)"), 20))
        self._add(identity, "id_type", self.tr("ID &type"), coded_combo(self, PERSON_ID_TYPES))
        self.derived_note = QLabel(self)
        self.derived_note.setObjectName("derived_note")
        palette = self.derived_note.palette()  # a palette, not a style sheet: keeps the font
        palette.setColor(QPalette.ColorRole.WindowText, QColor(NOTE_COLOUR))
        self.derived_note.setPalette(palette)
        self.derived_note.setWordWrap(True)
        self.derived_note.hide()
        self._add(identity, "id_number", self.tr("ID n&umber"),
                  self._line(self.tr("18 characters; a final x is fine"), 40),
                  self.derived_note)
        self._build_contact(self._group(0, self.tr("Contact and service")))
        other = self._group(1, self.tr("Working with this person"))
        self._add(other, "occupation", self.tr("Occupation"), self._line(max_length=100))
        self._add(other, "needs", self.tr("Needs"), self._needs_box())
        self._add(other, "emergency_name", self.tr("Emergency contact"),
                  self._line(max_length=100))
        self._add(other, "emergency_relation", self.tr("Relation to them"),
                  self._line(self.tr("e.g. son, neighbour"), 50))
        self._add(other, "emergency_phone", self.tr("Emergency phone"), self._line())
        self._add(other, "notes", self.tr("Notes"), self._notes_box())
        self.inputs["id_number"].textChanged.connect(self._fill_from_id)
        self.inputs["id_type"].currentIndexChanged.connect(self._fill_from_id)
        self.inputs["birth_date"].textEdited.connect(lambda: self._typed("birth_date"))
        self.inputs["gender"].activated.connect(lambda: self._typed("gender"))

    def _build_contact(self, form: QFormLayout) -> None:
        self._add(form, "phone", self.tr("&Phone"),
                  self._line(self.tr("Mobile, or landline with area code")))
        address = self.tr("Registered address") if self.kind is PartyKind.PERSON \
            else self.tr("Registered office")
        self._add(form, "household_address", address, self._line())
        self._add(form, "service_address", self.tr("Address for service"),
                  self._line(self.tr("Where court papers reach them; empty: same as above")))
        self._add(form, "service_postcode", self.tr("Postcode"),
                  self._line(self.tr("6 digits, of the address for service"), 6))
        self._add(form, "accepts_e_service", self.tr("Electronic service"),
                  QCheckBox(self.tr("Accepts papers by SMS, WeChat or e-mail")))
        self._add(form, "wechat", self.tr("WeChat ID"), self._line(self.tr("Optional"), 64))
        self._add(form, "e_service_address", self.tr("E-mail for service"),
                  self._line(self.tr("Optional; a company's e-service address"), 120))

    def _build_organization(self) -> None:
        main = self._group(0, self.tr("Organization"))
        self._add(main, "name", self.tr("&Name"), self._line(max_length=200))
        self._add(main, "id_number", self.tr("&Unified social credit code"),
                  self._line(self.tr("18 characters"), 40))
        self._add(main, "legal_rep_name", self.tr("&Legal representative"),
                  self._line(max_length=100))
        self._add(main, "legal_rep_title", self.tr("Their &title"),
                  self._line(self.tr("e.g. general manager"), 100))
        self._build_contact(self._group(0, self.tr("Contact and service")))
        other = self._group(0, self.tr("Other"))
        self._add(other, "notes", self.tr("Notes"), self._notes_box())

    def _ethnicity_box(self) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)  # "汉" can be typed; the service completes it to "汉族"
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItems(["", *ETHNIC_GROUPS])
        box.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        box.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return box

    def _needs_box(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, need in enumerate(PartyNeed):
            check = QCheckBox(domain_label(need), box)
            check.setObjectName(f"need_{need.value}")
            self.need_boxes[need.value] = check
            grid.addWidget(check, index // 2, index % 2)
        return box

    def _notes_box(self) -> QPlainTextEdit:
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)  # Tab leaves the box, for keyboard-only use
        notes.setMinimumHeight(80)
        return notes

    # -- reading and filling ---------------------------------------------------------

    def text(self, name: str) -> str:
        widget = self.inputs.get(name)
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentText() if widget.isEditable() else (combo_value(widget) or "")
        return ""

    def draft(self) -> PartyDraft:
        person = self.kind is PartyKind.PERSON
        values = {name: self.text(name) or None for name in _TEXT_FIELDS if name in self.inputs}
        return PartyDraft(
            kind=self.kind.value, **values,
            gender=combo_value(self.inputs["gender"]) if person else None,
            ethnicity=self.text("ethnicity") or None,
            id_type=combo_value(self.inputs["id_type"]) if person else IdType.CREDIT_CODE.value,
            accepts_e_service=self.inputs["accepts_e_service"].isChecked(),
            needs=[value for value, box in self.need_boxes.items() if box.isChecked()],
            notes=self.text("notes"))

    def set_draft(self, draft: PartyDraft) -> None:
        for name in _TEXT_FIELDS:
            if name in self.inputs:
                value = getattr(draft, name)
                self.inputs[name].setText(value.isoformat() if hasattr(value, "isoformat")
                                          else (value or ""))
        if self.kind is PartyKind.PERSON:
            set_combo_value(self.inputs["gender"], draft.gender)
            set_combo_value(self.inputs["id_type"], draft.id_type or IdType.RESIDENT_ID.value)
            self.inputs["ethnicity"].setCurrentText(draft.ethnicity or "")
        self.inputs["accepts_e_service"].setChecked(bool(draft.accepts_e_service))
        for value, box in self.need_boxes.items():
            box.setChecked(value in (draft.needs or ()))
        self.inputs["notes"].setPlainText(draft.notes or "")
        self._auto.clear()
        self._show_derived()

    # -- birth date and gender from the ID number ------------------------------------

    def _typed(self, name: str) -> None:
        """The liaison changed a field by hand: it is theirs now, never refilled."""
        if self._auto.pop(name, None) is not None:
            self._show_derived()

    def _fill_from_id(self) -> None:
        if combo_value(self.inputs["id_type"]) not in _ENCODED_IDS:
            return
        try:
            encoded = parse_resident_id(self.inputs["id_number"].text())
        except ValidationError:
            return  # incomplete or wrong: the service names the problem on save
        birth, gender = self.inputs["birth_date"], self.inputs["gender"]
        if birth.text().strip() in ("", self._auto.get("birth_date")):
            birth.setText(encoded.birth_date.isoformat())
            self._auto["birth_date"] = birth.text()
        if combo_value(gender) in (None, self._auto.get("gender")):
            set_combo_value(gender, encoded.gender)
            self._auto["gender"] = encoded.gender
        self._show_derived()

    def _show_derived(self) -> None:
        if not hasattr(self, "derived_note"):
            return
        names = {"birth_date": self.tr("birth date"), "gender": self.tr("gender")}
        filled = [names[name] for name in names if name in self._auto]
        self.derived_note.setText(self.tr("Filled in from the ID number: {0}. Please check "
                                          "against the card.").format(self.tr(", ").join(filled)))
        self.derived_note.setVisible(bool(filled))

    def input_order(self) -> list[QWidget]:
        """Every input in reading order (column by column), for the Tab chain."""
        order = []
        for name, widget in self.inputs.items():
            order += list(self.need_boxes.values()) if name == "needs" else [widget]
        return order

