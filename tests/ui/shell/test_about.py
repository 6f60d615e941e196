"""Help > About, opened from the keyboard as a liaison would (Alt+H, then A)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from microcourt import __version__
from ui.i18n import install_translators, remove_translators
from ui.main_window import MainWindow


def _open_about(window, qtbot) -> QMessageBox:
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    # Through the QWindow, so the key goes the way a real one does (shortcut map first).
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    QTest.keyClick(QApplication.activePopupWidget().windowHandle(), Qt.Key.Key_A)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "about_box") is not None)
    box = window.findChild(QMessageBox, "about_box")
    qtbot.waitUntil(box.isVisible)
    return box


def test_help_about_shows_the_version_and_the_data_folder(context, qtbot, tmp_path):
    data_dir = tmp_path / "村委会 & <数据>"
    window = MainWindow(context, data_dir=data_dir)
    qtbot.addWidget(window)
    box = _open_about(window, qtbot)
    assert f"Version {__version__}" in box.text()
    assert "村委会 &amp; &lt;数据&gt;" in box.text()  # escaped, so the path shows whole
    assert not box.isModal() or box.windowModality() != Qt.WindowModality.ApplicationModal
    QTest.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_about_is_in_chinese_with_the_catalogue(context, qtbot, qapp):
    translators = install_translators(qapp, "zh_CN")
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        assert [a.text() for a in window.menuBar().actions()] == ["文件(&F)", "案件(&C)", "工具(&T)", "帮助(&H)"]
        box = _open_about(window, qtbot)
        assert box.windowTitle() == "关于微法庭助手"
        assert f"版本 {__version__}" in box.text()
    finally:
        remove_translators(qapp, translators)
