"""Attaching the scanned signed agreement in the window (issue 11 point 5): the signed
version's scan bar says plainly that none is attached, the filing tab warns, a click
on "Attach signed scan…" takes the scanner's files, and then both say it is bound."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.core.scan_support import write_scans
from tests.ui import cases_ui_support as support
from tests.ui.agreements.test_agreement_editor import close_quietly
from tests.ui.filing_ui_support import SALE_NUMBER, case_id, open_filing_tab
from tests.ui.input_support import click
from ui.agreements.editor import open_agreement_editor

liaison, demo = support.liaison, support.demo  # fixtures


def test_attach_the_scan_from_the_agreement_and_the_filing_tab_follows(demo, qtbot, tmp_path,
                                                                        monkeypatch):
    page, panel = open_filing_tab(demo, qtbot, SALE_NUMBER)
    assert panel.notes.isVisible() and "还没有附签署原件扫描件" in panel.notes.text()
    editor = open_agreement_editor(None, demo, case_id(demo, SALE_NUMBER))
    try:
        editor.show()
        qtbot.waitExposed(editor)
        bar = editor.scan_bar
        assert bar.isVisible() and "not scanned yet" in bar.label.text()
        assert not bar.remove_button.isVisible()
        files = [str(p) for p in write_scans(tmp_path / "scan")]
        monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                            lambda *args, **kwargs: (files, ""))
        click(qtbot, bar.attach_button)
        assert "3 file(s), 4 page(s)" in bar.label.text() and bar.remove_button.isVisible()
        stored = demo.services.scans.scan_of(editor.detail.id)
        assert [f.file_name for f in stored.files] == ["协议第1-2页.pdf", "协议第3页.jpg",
                                                        "协议第4页.png"]
        click(qtbot, panel.check_button)  # "Check" again, as the liaison would
        assert not panel.notes.isVisible()

        monkeypatch.setattr(QMessageBox, "question",
                            lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
        click(qtbot, bar.remove_button)
        assert demo.services.scans.scan_of(editor.detail.id) is None
        assert "not scanned yet" in bar.label.text()
    finally:
        close_quietly(editor)
