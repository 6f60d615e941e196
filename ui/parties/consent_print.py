"""Print the personal-information consent notice (个人信息处理告知同意书) for one party.

Large print by default: most parties are elderly and the liaison reads it aloud
(个人信息保护法 art. 17: 清晰易懂的语言). Two copies: the notice says 一式两份, one for the
party and one for the committee's file.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.common.pdf_preview import preview_document
from ui.context import PageContext
from ui.operations import Operation, call

COPIES = 2


def print_consent_notice(parent: QWidget | None, context: PageContext,
                         party_id_or_name: int | str) -> Operation | None:
    """Build the notice for a registered party (by id) or for a name typed before the
    party is registered, and open the print preview. Returns the build operation, or
    None when the party cannot be found (the reason is shown)."""
    name = call(context, parent, lambda: _party_name(context, party_id_or_name))
    if name is None:
        return None
    party_id = party_id_or_name if isinstance(party_id_or_name, int) else None
    parties = context.services.parties

    def build(path: Path) -> None:
        parties.write_consent_notice(path, name=name, party_id=party_id)

    title = QCoreApplication.translate("ConsentPrint", "Consent notice for {0}").format(name)
    return preview_document(parent, build, title, copies=COPIES, context=context)


def _party_name(context: PageContext, party_id_or_name: int | str) -> str:
    if isinstance(party_id_or_name, int):
        return context.services.parties.get(party_id_or_name).name
    return str(party_id_or_name)
