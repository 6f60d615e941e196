"""The coloured line above the agreement editor saying what state the version is in
(draft, signed with its 30-day deadline, replaced), in the editor's translation context."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from microcourt.domain import AgreementStatus
from microcourt.services.agreements.dto import AgreementDetail
from ui.agreements.warnings import colour
from ui.filings.window import period_text

BANNER_COLOURS = {  # (text, background)
    AgreementStatus.DRAFT: (QColor("#1a3e72"), QColor("#e8f0fe")),
    AgreementStatus.SIGNED: (QColor("#1e4620"), QColor("#e6f4ea")),
    AgreementStatus.SUPERSEDED: (QColor("#424242"), QColor("#eeeeee")),
}


def show_banner(label: QLabel, detail: AgreementDetail) -> None:
    status = AgreementStatus(detail.status)
    colour(label, *BANNER_COLOURS[status])
    label.setText(banner_text(detail, status))


def banner_text(detail: AgreementDetail, status: AgreementStatus) -> str:
    if status == AgreementStatus.SIGNED:
        text = QCoreApplication.translate(
            "AgreementEditor",
            "Signed and locked: it took effect on {0} (the last of the signatures and the "
            "committee's seal). Apply for judicial confirmation by {1} (within 30 days). To "
            "change it, make a new version.").format(detail.effective_on.isoformat(),
                                                     detail.confirmation_deadline.isoformat())
        # a holiday that moved the last day, or a year the calendar does not know yet
        return " ".join(filter(None, (text, period_text(detail.confirmation_period))))
    if status == AgreementStatus.SUPERSEDED:
        return QCoreApplication.translate(
            "AgreementEditor", "Version {0} was replaced by a newer signed version. It is "
            "kept for reference and cannot be changed.").format(detail.version)
    text = QCoreApplication.translate(
        "AgreementEditor", "Draft: edit freely and save with Ctrl+S; it is locked once the "
        "signing is recorded.")
    if detail.superseded_version:
        text += " " + QCoreApplication.translate(
            "AgreementEditor", "When signed, it replaces version {0}.").format(
            detail.superseded_version)
    return text
