"""From a signed agreement to generated packets and a recorded submission, in the case
detail: the 77 workers' packets (one run, ~3 s), the folder opened, the combined PDF
previewed, the SHA-256 of each document checked, the submission recorded for several
applications at once with the case and its timeline following; Cancel leaves nothing."""
from __future__ import annotations

import hashlib
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from microcourt.domain import CaseStatus, FilingStatus
from tests.ui import cases_ui_support as support
from tests.ui.cases_ui_support import drive
from tests.ui.filing_ui_support import WAGE_NUMBER, case_id, open_filing_tab
from ui.filings.documents import FilingDocumentsDialog
from ui.filings.table_model import Column
from ui.filings.update import FilingUpdateDialog

liaison, demo = support.liaison, support.demo  # fixtures
SUBMITTED_AT_ONCE = 5


def wait(qtbot, operation) -> None:
    # generous: a wait, not a speed test (77 packets took 70 s on a machine at load 13)
    qtbot.waitUntil(lambda: not operation.is_running(), timeout=240_000)


def test_77_packets_generated_previewed_and_submitted(demo, qtbot, tmp_path, monkeypatch):
    page, panel = open_filing_tab(demo, qtbot, WAGE_NUMBER)
    panel.folder_edit.setText(str(tmp_path / "out"))
    operation = panel.generate()
    wait(qtbot, operation)
    assert operation.error is None and not operation.was_cancelled

    case_folder = tmp_path / "out" / WAGE_NUMBER
    assert panel.list.model.rowCount() == 77
    assert len([p for p in case_folder.iterdir() if p.is_dir()]) == 77
    assert len(list(case_folder.glob("*_司法确认申请材料.pdf"))) == 77  # one combined each
    rows = panel.list.texts()
    assert {"王𠮷", "张堃", "阿依古丽·买买提"} <= {row[Column.CLAIMANT] for row in rows}
    assert all(row[Column.STATUS] == "Generated" and row[Column.FILES] == "8" for row in rows)
    # 8 files: the 7 documents and the proof of mediation (民诉解释 354)
    tabs = page.detail.tabs
    assert tabs.tabText(tabs.indexOf(panel)) == "Judicial confirmation (77)"

    _opens_the_folder(panel, monkeypatch, case_folder)
    _previews_the_combined_pdf(panel, qtbot)
    _documents_show_the_recorded_hashes(panel, monkeypatch)
    _records_the_submission_of_several(demo, page, panel, monkeypatch)


def _opens_the_folder(panel, monkeypatch, case_folder: Path) -> None:
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    panel.list.open_folder()
    panel.list.select_rows([0])
    panel.list.open_folder()
    assert Path(opened[0]) == case_folder
    assert Path(opened[1]).parent == case_folder and Path(opened[1]).name.startswith("01_")


def _previews_the_combined_pdf(panel, qtbot) -> None:
    panel.list.select_rows([0])
    filing = panel.list.selected()[0]
    combined = Path(filing.output_dir).parent / filing.combined.file_name
    preview = panel.list.preview_selected()
    assert preview is not None and preview.copies == 1
    assert preview.page_count() == len(PdfReader(combined).pages) > 5
    preview.close()


def _documents_show_the_recorded_hashes(panel, monkeypatch) -> None:
    panel.list.select_rows([2])
    filing = panel.list.selected()[0]
    shown = drive(monkeypatch, FilingDocumentsDialog, lambda dialog: dialog.reject())
    panel.list.documents_button.click()
    table = shown[0].table
    assert table.rowCount() == 8  # the 7 documents and the proof of mediation
    for row, document in enumerate(filing.documents):
        on_disk = (Path(filing.output_dir).parent / document.file_name).read_bytes()
        assert table.item(row, shown[0].HASH).text() == hashlib.sha256(on_disk).hexdigest()
    assert shown[0].verify() == [True] * 8
    (Path(filing.output_dir).parent / filing.documents[0].file_name).write_bytes(b"changed")
    assert shown[0].verify()[0] is False
    assert table.item(0, shown[0].CHECK).text() == "CHANGED"


def _records_the_submission_of_several(demo, page, panel, monkeypatch) -> None:
    panel.list.select_rows(list(range(SUBMITTED_AT_ONCE)))
    chosen = [filing.id for filing in panel.list.selected()]
    assert len(chosen) == SUBMITTED_AT_ONCE
    assert panel.list.record_button.text() == "&Record submission…"

    def submit(dialog: FilingUpdateDialog) -> None:
        assert dialog.status() is FilingStatus.SUBMITTED
        assert dialog.submitted_on.value() is not None  # today, offered
        assert not dialog.court_number_edit.isEnabled()  # each filing's own number
        dialog.save()  # no platform yet: refused beside the field, nothing written
        assert dialog.errors.is_showing("platform") and not dialog.result()
        dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findData("mobile_micro_court"))
        dialog.save()

    driven = drive(monkeypatch, FilingUpdateDialog, submit)
    panel.list.record_button.click()
    assert len(driven) == 1 and len(driven[0].saved) == SUBMITTED_AT_ONCE
    statuses = [row[Column.STATUS] for row in panel.list.texts()]
    assert statuses[:SUBMITTED_AT_ONCE] == ["Submitted"] * SUBMITTED_AT_ONCE
    assert set(statuses[SUBMITTED_AT_ONCE:]) == {"Generated"}
    assert all(row[Column.SUBMITTED] for row in panel.list.texts()[:SUBMITTED_AT_ONCE])
    # selection kept, once the list has re-read what the write changed (queued)
    QApplication.processEvents()
    assert [filing.id for filing in panel.list.selected()] == chosen  # all of them, not the last
    assert panel.list.record_button.text() == "&Update status…"
    detail = page.detail.detail  # read again after AppEvents.changed
    assert detail.status == CaseStatus.CONFIRMATION_APPLIED
    assert page.detail.status_label.text() == "Confirmation applied"
    assert any("Confirmation applied" in row[2] for row in page.detail.timeline.texts())
    stored = demo.services.cases.get_case(case_id(demo, WAGE_NUMBER))
    assert stored.status == CaseStatus.CONFIRMATION_APPLIED


def test_cancel_during_generation_leaves_no_folder_and_no_filing(demo, qtbot, tmp_path):
    page, panel = open_filing_tab(demo, qtbot, WAGE_NUMBER)
    out = tmp_path / "out"
    panel.folder_edit.setText(str(out))
    operation = panel.generate()
    operation.progressed.connect(lambda done, total, message: done >= 3 and operation.cancel())
    wait(qtbot, operation)
    assert operation.was_cancelled
    assert not out.exists() or list(out.iterdir()) == []  # not even the staging folder
    assert demo.services.filings.list_for_case(case_id(demo, WAGE_NUMBER)) == []
    assert panel.list.model.rowCount() == 0 and panel.generate_button.isEnabled()
