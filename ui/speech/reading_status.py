"""The line in the signing dialog that says who has had the agreement read to them:
signing is refused for a stale or not-understood reading (services/readings/attest.py),
so the liaison sees it before pressing the button."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from microcourt.errors import UserError
from microcourt.services.readings.dto import ReadingState
from ui.i18n import domain_label

TROUBLE = {ReadingState.STALE, ReadingState.NOT_UNDERSTOOD}


def reading_status_label(parent: QWidget, services, agreement_id: int) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("reading_status")
    label.setWordWrap(True)
    try:
        readings = services.readings.agreement_status(agreement_id)
    except UserError:
        readings = []
    if not readings:
        label.hide()
        return label
    parts = [QCoreApplication.translate("ReadingStatus", "{0}: {1}").format(
        r.name, domain_label(ReadingState(r.state))) for r in readings]
    label.setText(QCoreApplication.translate("ReadingStatus", "Read aloud: {0}").format(
        "; ".join(parts)))
    if any(ReadingState(r.state) in TROUBLE for r in readings):
        label.setStyleSheet("color: #b00020; font-weight: bold;")
    return label
