"""The yellow panel listing what a court will not confirm (民诉解释 355), an electronic
signature where the law requires paper (电子签名法 3) and a plan that does not add up:
shown above the editor, and asked about again before signing and printing."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QVBoxLayout, QWidget

from microcourt.services.agreements.dto import AgreementDetail
from microcourt.services.agreements.rules import ClauseWarning, clause_warnings, e_signature_warning

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
LIVE_KINDS = {"status", "ownership", "e_signature"}  # recomputed as the liaison types


def current_warnings(detail: AgreementDetail, clauses: list[str],
                     electronic: bool) -> list[ClauseWarning]:
    """The clause and signature warnings for what is typed now, plus the service's
    other warnings (a plan that does not match the total) as of the last save."""
    warnings = clause_warnings(clauses)
    signature = e_signature_warning(detail.category, clauses, electronic)
    if signature:
        warnings.append(signature)
    return warnings + [w for w in detail.warnings if w.kind not in LIVE_KINDS]


class WarningPanel(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("warning_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colour(self, TEXT_COLOUR, PANEL_BACKGROUND)
        self.title = QLabel(self.tr("<b>Please check before signing or printing:</b>"), self)
        self.body = QLabel(self)
        self.body.setObjectName("warning_text")
        self.body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        self.messages: list[str] = []
        self.hide()

    def show_warnings(self, warnings: list[ClauseWarning]) -> None:
        self.messages = [w.message for w in warnings]
        self.body.setText("\n".join(f"• {m}" for m in self.messages))
        self.setVisible(bool(self.messages))


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
