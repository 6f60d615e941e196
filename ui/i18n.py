"""Loading the UI translation. Chinese is the default; English is the source text."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from microcourt.paths import resource

if TYPE_CHECKING:  # the domain's enums are built only when a page needs them
    from microcourt.domain import Coded

log = logging.getLogger(__name__)
TRANSLATION_BASENAME = "microcourt"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our catalogue and Qt's own (dialog buttons etc.); returns them so the
    caller can remove them again. English needs none: it is the source text."""
    if language == "en":
        return []
    installed = []
    ours = QTranslator(app)
    folder = str(resource("translations"))
    if ours.load(f"{TRANSLATION_BASENAME}_{language}", folder):
        installed.append(ours)
    else:
        log.warning("translation %s_%s not found in %s", TRANSLATION_BASENAME, language, folder)
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        installed.append(qt_own)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def domain_label(member: Coded) -> str:
    """An enum member's UI word (its English label, translated in the "Domain" context)."""
    return QCoreApplication.translate("Domain", member.label)
