"""The recusal decision (《最高人民法院关于人民法院特邀调解的规定》 art. 15): a mediator
recorded as linked to a party must step aside, unless the liaison records why they may
continue (e.g. both parties agreed in writing). The dialog puts the service's question
and offers exactly those two answers; continuing without a reason is refused by the
service and the message is shown beside the reason, keeping what was typed.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from microcourt.services.cases.dto import CaseDetail, CaseMediatorInfo
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors
from ui.common.inputs import keep_readable
from ui.context import PageContext
from ui.operations import call


class RecusalDialog(Dialog):
    def __init__(self, context: PageContext, mediator: CaseMediatorInfo, question: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.mediator = mediator
        self.saved: CaseDetail | None = None
        keep_readable(self)
        self.setWindowTitle(self.tr("Recusal of mediator {0}").format(mediator.name))
        self.errors = FieldErrors(general=QLabel(self))
        self.question = QLabel(question, self)
        self.question.setObjectName("recusal_question")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.step_aside = QRadioButton(self.tr("&Step aside: {0} does not mediate this case")
                                       .format(mediator.name), self)
        self.step_aside.setObjectName("step_aside")
        self.carry_on = QRadioButton(self.tr("&Continue, for this reason (required):"), self)
        self.carry_on.setObjectName("carry_on")
        group = QButtonGroup(self)
        group.addButton(self.step_aside)
        group.addButton(self.carry_on)
        self.step_aside.setChecked(True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. both parties know of the relation and agreed in writing"))
        self.reason_edit.setMaximumHeight(100)
        self.reason_edit.textChanged.connect(self._typed)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("&Record decision"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Decide &later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.step_aside)
        layout.addWidget(self.carry_on)
        layout.addLayout(self.errors.cell("reason", self.reason_edit))
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.resize(620, 0)

    def _typed(self) -> None:
        if self.reason_edit.toPlainText().strip():
            self.carry_on.setChecked(True)  # typing a reason means continuing

    def save(self) -> None:
        recused = self.step_aside.isChecked()
        self.errors.clear()
        cases, mediator_id = self.context.services.cases, self.mediator.id
        reason = "" if recused else self.reason_edit.toPlainText()
        # Refused e.g. when the mediator has become a party's agent.
        self.saved = call(self.context, self, lambda: cases.decide_recusal(
            mediator_id, recused, reason), form=self.errors)
        if self.saved is not None:
            self.accept()
