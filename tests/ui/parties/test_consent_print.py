"""Printing the consent notice for a party: built with the court's particulars, large
print, two copies, opened in the preview."""
from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget

from microcourt.services.parties.dto import ConsentRecord, PartyDraft
from microcourt.services.settings.service import CourtProfileData
from tests.fixtures.party_lists import resident_id
from ui.common.pdf_preview import PdfPreviewDialog
from ui.parties.consent_print import print_consent_notice

PROFILE = CourtProfileData(name="上田村微法庭", village="上田村", committee="上田村人民调解委员会",
                           court="临安区人民法院", liaison_name="王堃",
                           liaison_phone="13800000001")

@pytest.fixture
def parent(qtbot):
    """The page the print action runs from (held here: qtbot keeps widgets weakly)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def open_preview(qtbot, parent, context, who) -> PdfPreviewDialog:
    operation = print_consent_notice(parent, context, who)
    with qtbot.waitSignal(operation.finished, timeout=20000):
        pass
    dialog = parent.findChild(PdfPreviewDialog)
    assert dialog is not None
    return dialog


def pdf_text(dialog: PdfPreviewDialog) -> str:
    return "".join(page.extract_text() for page in PdfReader(dialog.pdf_path).pages)


def test_notice_for_a_registered_party(qtbot, parent, context):
    context.services.settings.save_profile(PROFILE)
    draft = PartyDraft(name="𠮷祥", id_number=resident_id(date(1960, 2, 29), 3, True),
                       phone="13800000002", household_address="浙江省杭州市临安区上田村3号")
    party = context.services.parties.register(draft, ConsentRecord(date.today(), "paper"))
    dialog = open_preview(qtbot, parent, context, party.id)
    assert dialog.page_count() >= 1
    assert dialog.copies == 2
    assert "𠮷祥" in dialog.windowTitle()
    text = pdf_text(dialog)
    assert "个人信息处理告知同意书" in text
    assert "王堃" in text and "上田村人民调解委员会" in text  # the court's particulars
    dialog.reject()
    assert not dialog.pdf_path.parent.exists()  # the temporary copy is gone


def test_notice_for_a_name_not_yet_registered(qtbot, parent, context):
    dialog = open_preview(qtbot, parent, context, "阿依古丽·买买提")
    assert "阿依古丽·买买提" in pdf_text(dialog)
    dialog.reject()


def test_unknown_party_is_explained(parent, context, message_boxes):
    assert print_consent_notice(parent, context, 4242) is None
    assert "4242" in message_boxes.texts("warning")[0]
    assert parent.findChild(PdfPreviewDialog) is None
