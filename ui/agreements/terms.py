"""The text of an agreement (人民调解法 art. 29) as two editor pages: the dispute (main
facts, items in dispute, each side's responsibility) and the terms (the clauses; the way,
place and deadline of performance; what happens on breach; copies and signing).

`draft(total_fen)` gives the AgreementDraft to save; errors the service names are shown
beside their fields and what was typed stays."""
from __future__ import annotations

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from microcourt.services.agreements.drafts import MAX_COPIES
from microcourt.services.agreements.dto import AgreementDetail, AgreementDraft
from ui.agreements.clauses import ClausesWidget
from ui.common.dates import today_qdate
from ui.common.field_errors import FieldErrors

PROSE = ("facts", "items_in_dispute", "responsibilities", "performance_way", "breach_terms")
LINES = ("performance_place", "signing_place")


class TermsForm(QObject):
    changed = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.errors = FieldErrors()
        self.from_plan = False
        self.inputs: dict[str, QPlainTextEdit | QLineEdit] = {}
        self.dispute_page = QWidget(parent)
        self.terms_page = QWidget(parent)
        self._build_dispute(self.dispute_page)
        self._build_terms(self.terms_page)
        signals = [w.textChanged for w in self.inputs.values()]
        signals += [self.clauses.changed, self.deadline_check.toggled,
                    self.deadline_edit.dateChanged, self.copies_spin.valueChanged,
                    self.electronic_check.toggled]
        for signal in signals:
            signal.connect(lambda *_: self.changed.emit())

    def _prose(self, parent: QWidget, name: str, height: int, hint: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setObjectName(name)
        edit.setPlaceholderText(hint)
        edit.setMinimumHeight(height)
        self.inputs[name] = edit
        return edit

    def _build_dispute(self, page: QWidget) -> None:
        form = QFormLayout(page)
        rows = (("facts", self.tr("Main facts:"), 160,
                 self.tr("What happened, in plain words: who, when, what is owed or disputed.")),
                ("items_in_dispute", self.tr("Items in dispute:"), 90,
                 self.tr("What each side asks for.")),
                ("responsibilities", self.tr("Responsibility:"), 90,
                 self.tr("Each side's responsibility, as the parties accept it.")))
        for name, label, height, hint in rows:
            form.addRow(label, self.errors.cell(name, self._prose(page, name, height, hint)))

    def _build_terms(self, page: QWidget) -> None:
        self.clauses = ClausesWidget(page)
        terms = QGroupBox(self.tr("Agreed terms (in order)"), page)
        QVBoxLayout(terms).addWidget(self.clauses)
        layout = QHBoxLayout(page)
        layout.addWidget(terms, 3)
        side = QVBoxLayout()
        side.addWidget(self._performance_group(page))
        side.addWidget(self._signing_group(page))
        side.addStretch(1)
        layout.addLayout(side, 2)

    def _performance_group(self, page: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Performance"), page)
        form = QFormLayout(group)
        form.addRow(self.tr("Way:"), self.errors.cell("performance_way", self._prose(
            group, "performance_way", 50, self.tr("e.g. bank transfer to each applicant"))))
        place = QLineEdit(group)
        place.setObjectName("performance_place")
        self.inputs["performance_place"] = place
        form.addRow(self.tr("Place:"), self.errors.cell("performance_place", place))
        self.deadline_check = QCheckBox(self.tr("Performed by"), group)
        self.deadline_edit = QDateEdit(today_qdate(), group)
        self.deadline_edit.setObjectName("performance_deadline")
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("yyyy-MM-dd")
        self.deadline_check.toggled.connect(self.deadline_edit.setEnabled)
        self.deadline_edit.setEnabled(False)
        deadline = QHBoxLayout()
        deadline.addWidget(self.deadline_check)
        deadline.addWidget(self.deadline_edit, 1)
        holder = QWidget(group)
        holder.setLayout(deadline)
        deadline.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Deadline:"), self.errors.cell("performance_deadline", holder))
        form.addRow(self.tr("On breach:"), self.errors.cell("breach_terms", self._prose(
            group, "breach_terms", 60, self.tr("What happens if a side does not perform."))))
        return group

    def _signing_group(self, page: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Copies and signing"), page)
        form = QFormLayout(group)
        self.copies_spin = QSpinBox(group)
        self.copies_spin.setObjectName("copies")
        self.copies_spin.setRange(1, MAX_COPIES)
        self.copies_hint = QLabel(group)
        self.copies_hint.setWordWrap(True)
        form.addRow(self.tr("Copies:"), self.errors.cell("copies", self.copies_spin,
                                                         self.copies_hint))
        place = QLineEdit(group)
        place.setObjectName("signing_place")
        self.inputs["signing_place"] = place
        form.addRow(self.tr("Signed at:"), self.errors.cell("signing_place", place))
        self.electronic_check = QCheckBox(self.tr("Signed electronically on the court's "
                                                  "platform"), group)
        self.electronic_check.setObjectName("electronic_signature")
        form.addRow(self.electronic_check)
        return group

    # -- values ----------------------------------------------------------------------

    def set_detail(self, detail: AgreementDetail) -> None:
        for name, widget in self.inputs.items():
            text = getattr(detail, name) or ""
            current = widget.toPlainText() if isinstance(widget, QPlainTextEdit) \
                else widget.text()
            if current != text:  # leave the cursor alone when saving changed nothing
                widget.setPlainText(text) if isinstance(widget, QPlainTextEdit) \
                    else widget.setText(text)
        if self.clauses.clauses() != list(detail.clauses) \
                or self.clauses.plan_row != detail.plan_clause:
            self.clauses.set_clauses(detail.clauses, detail.plan_clause)
        self.deadline_check.setChecked(detail.performance_deadline is not None)
        if detail.performance_deadline is not None:
            self.deadline_edit.setDate(QDate(detail.performance_deadline))
        self.from_plan = bool(detail.installments)  # 履行期限 is the plan's last date
        self.deadline_edit.setToolTip(self.tr("The last date of the payment plan") if
                                      self.from_plan else "")
        self.copies_spin.setValue(detail.copies)
        self.copies_hint.setText(self.tr(
            "At least {0}: one for each of the {1} parties and one for the committee.").format(
                len(detail.parties) + 1, len(detail.parties)))
        self.electronic_check.setChecked(detail.electronic_signature)

    def draft(self, total_fen: int | None) -> AgreementDraft:
        texts = {name: (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text())
                 for name, w in self.inputs.items()}
        clauses, _rows = self.clauses.sent()
        deadline = self.deadline_edit.date().toPython() if self.deadline_check.isChecked() \
            else None
        return AgreementDraft(clauses=clauses, performance_deadline=deadline,
                              total_fen=total_fen, copies=self.copies_spin.value(),
                              electronic_signature=self.electronic_check.isChecked(),
                              plan_clause=self.clauses.plan_index(), **texts)

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.inputs.values():
            widget.setReadOnly(read_only)
        fixed = read_only or self.from_plan
        self.deadline_check.setEnabled(not fixed)
        self.deadline_edit.setReadOnly(fixed)
        self.deadline_edit.setEnabled(not fixed and self.deadline_check.isChecked())
        self.copies_spin.setReadOnly(read_only)
        self.electronic_check.setEnabled(not read_only)
        self.clauses.set_read_only(read_only)

    def show_errors(self, messages: dict[str, str]) -> dict[str, str]:
        """Show the messages naming these fields; returns the others."""
        rest = self.clauses.show_errors(messages)
        mine = {k: v for k, v in rest.items() if k in self.errors.labels}
        self.errors.show(mine)
        return {k: v for k, v in rest.items() if k not in mine}

    def focus(self, field: str) -> bool:
        """Put the cursor where `field` is typed (a clause: chosen in the list)."""
        if field.startswith("clauses[") and field.endswith("]"):
            self.clauses.select(int(field[len("clauses["):-1]))
            return True
        widget = self.inputs.get(field) or {"electronic_signature": self.electronic_check,
                                            "copies": self.copies_spin}.get(field)
        if widget is not None:
            widget.setFocus()
        return widget is not None

    def page_of(self, field: str) -> QWidget | None:
        if field in ("facts", "items_in_dispute", "responsibilities"):
            return self.dispute_page
        if field in self.errors.labels or field.startswith("clauses"):
            return self.terms_page
        return None

    def clear_errors(self) -> None:
        self.errors.clear()
        self.clauses.show_errors({})
