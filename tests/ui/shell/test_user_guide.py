"""The offline user guide: a Chinese page per task, opened from Help (F1) and from the
? above each page at that page's topic, and carried in the bundle."""
from __future__ import annotations

from pathlib import Path

from input_support import click, press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.help import GUIDE_DIR, TOPICS, GuideWindow
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]


def test_every_topic_is_a_chinese_page_and_its_links_resolve():
    for key, _title in TOPICS:
        text = (GUIDE_DIR / f"{key}.html").read_text(encoding="utf-8")
        assert "<h2>" in text and sum("\u4e00" <= ch <= "\u9fff" for ch in text) > 80
        for link in (part.split('"')[0] for part in text.split('href="')[1:]):
            assert (GUIDE_DIR / link).is_file(), (key, link)


def test_the_question_mark_opens_the_guide_at_the_pages_topic(context, qtbot, chinese):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.show_page("hearings")
    click(qtbot, window.help_button)
    guide = window.findChild(GuideWindow)
    qtbot.waitUntil(guide.isVisible)
    assert guide.topics.currentItem().text() == "安排开庭/调解"
    assert "会议链接" in guide.browser.toPlainText()
    guide.close()
    window.show_page("parties")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, window, Qt.Key.Key_F1)
    qtbot.waitUntil(guide.isVisible)
    assert guide.topics.currentItem().text() == "登记当事人"
    guide.topics.setCurrentRow(len(TOPICS) - 1)
    assert "备份密码" in guide.browser.toPlainText()


def test_the_guide_is_in_the_bundle():
    from importlib import util

    spec = util.spec_from_file_location("bundle_manifest", ROOT / "packaging" / "manifest.py")
    manifest = util.module_from_spec(spec)
    spec.loader.exec_module(manifest)
    shipped = {Path(source).resolve() for source, _folder in manifest.app_data()}
    for key, _title in TOPICS:
        assert (GUIDE_DIR / f"{key}.html").resolve() in shipped
