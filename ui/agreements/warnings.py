"""The yellow panel listing what a court will not confirm (民诉解释 355), unclear content
that refuses the signing (358(五): placeholders, terms the plan contradicts, vague
performance), an electronic signature where the law requires paper (电子签名法 3) and a
plan that does not add up: shown above the editor, each with a Fix… that opens its
field, and asked about again before signing and printing."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from microcourt.services.agreements.checks import PROSE_NAMES, AgreementContent, agreement_warnings
from microcourt.services.agreements.dto import AgreementDetail, AgreementDraft
from microcourt.services.agreements.rules import ClauseWarning
from ui.common.wrapped_label import WrappedLabel

PANEL_BACKGROUND = QColor("#fff4c2")
TEXT_COLOUR = QColor("#4e3b00")
ERROR_COLOUR = QColor("#c62828")


def colour(widget: QWidget, text: QColor | None, background: QColor | None = None) -> None:
    """Colour a label through its palette: a style sheet would drop the readable font
    the editor gives its children (ui.common.inputs.keep_readable)."""
    palette = widget.palette()
    if text is not None:
        palette.setColor(QPalette.ColorRole.WindowText, text)
    if background is not None:
        palette.setColor(QPalette.ColorRole.Window, background)
        widget.setAutoFillBackground(True)
    widget.setPalette(palette)


def error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    colour(label, ERROR_COLOUR)
    label.hide()
    return label
def current_warnings(detail: AgreementDetail, draft: AgreementDraft) -> list[ClauseWarning]:
    """Every warning for what is typed now (checks.py, as signing and the filing check
    will say it), against the plan as last saved."""
    prose = {name: getattr(draft, name) for name in PROSE_NAMES}
    return agreement_warnings(AgreementContent(
        detail.category, tuple(draft.clauses), prose, detail.schedules, draft.total_fen,
        draft.electronic_signature, draft.plan_clause, draft.performance_deadline))


class WarningPanel(QFrame):
    """One line per warning; those that name a field have a "Fix…" button that opens it.
    The title says when the agreement cannot be signed as it stands."""

    fix_requested = Signal(str)  # the field: clauses[i], performance_way, total ...

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("warning_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colour(self, TEXT_COLOUR, PANEL_BACKGROUND)
        self.title = QLabel(self)
        # The list scrolls beyond a few lines: a long list must not squeeze the tabs
        # under it (at the largest font the plan's fields were crushed to half height).
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self.area)
        body.setAutoFillBackground(False)
        self.area.viewport().setAutoFillBackground(False)
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 1)
        self.area.setWidget(body)
        self.area.viewport().installEventFilter(self)
        self.area.verticalScrollBar().setSingleStep(self.fontMetrics().lineSpacing())
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.area)
        self.warnings: list[ClauseWarning] = []
        self.messages: list[str] = []
        self.fix_buttons: dict[str, QPushButton] = {}
        self.hide()

    def show_warnings(self, warnings: list[ClauseWarning]) -> None:
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        # what refuses signing first; a reminder (a property-right clause) is never taken
        # for one of those, nor hidden among them
        self.warnings = sorted(warnings, key=lambda w: not w.blocks_signing)
        self.messages = [w.message for w in self.warnings]
        self.fix_buttons = {}
        reminders = len(self.blocking()) < len(self.warnings)
        if not self.blocking():
            title = self.tr("<b>Please check before signing or printing:</b>")
        elif reminders:
            title = self.tr("<b>The agreement cannot be signed until those marked ✖ are "
                            "fixed; check those marked • as well:</b>")
        else:
            title = self.tr("<b>The agreement cannot be signed until these are fixed "
                            "(marked ✖):</b>")
        self.title.setText(title)
        for row, warning in enumerate(self.warnings):
            label = WrappedLabel(("✖ " if warning.blocks_signing else "• ") + warning.message,
                                 self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setObjectName("warning_text")
            self.grid.addWidget(label, row, 0)
            if warning.field and warning.field not in self.fix_buttons:
                button = QPushButton(self.tr("Fix…"), self)
                button.setObjectName("fix_button")
                button.setAutoDefault(False)
                button.clicked.connect(lambda _on=False, f=warning.field:
                                       self.fix_requested.emit(f))
                self.grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
                self.fix_buttons[warning.field] = button
        self.setVisible(bool(self.warnings))
        self._fit_area()

    def _fit_area(self) -> None:
        """As tall as the warnings wrapped at the list's own width, up to about five lines
        of text; the rest scrolls. (From the size hint alone, taken before the list had a
        width, it came out one line high and hid the rest of the first warning.)"""
        lines = self.fontMetrics().lineSpacing()
        width = self.area.viewport().width()
        grid = self.grid
        needed = grid.totalHeightForWidth(width) if width > 0 and grid.hasHeightForWidth() \
            else self.area.widget().sizeHint().height()
        height = max(min(needed, lines * 5 + 12), lines + 4)
        if self.area.height() != height:
            self.area.setFixedHeight(height)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.area.viewport() and event.type() == QEvent.Type.Resize and \
                event.size().width() != event.oldSize().width():
            self._fit_area()  # the lines wrap again at the new width
        return False

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_area()

    def blocking(self) -> list[ClauseWarning]:
        return [w for w in self.warnings if w.blocks_signing]

    def text(self) -> str:
        return "\n".join(self.messages)


def confirm_despite_warnings(parent: QWidget, messages: list[str], question: str) -> bool:
    """Ask `question` ("Sign anyway?") below the warnings, if there are any; True to go
    ahead."""
    if not messages:
        return True
    title = QCoreApplication.translate("WarningPanel", "Please check the agreement")
    text = "\n".join(messages) + "\n\n" + question
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
