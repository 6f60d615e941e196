"""The shell: lazy pages from the registry, remembered geometry, the status bar."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from microcourt.services.settings.service import CourtProfileData
from ui.main_window import MainWindow
from ui.operations import call
from ui.page_registry import PAGES, PageSpec


def test_pages_are_built_only_when_first_shown(context, qtbot):
    built = []

    def factory(name):
        def build(_context):
            built.append(name)
            return QLabel(name)
        return build

    specs = [PageSpec("one", "One", factory("one")), PageSpec("two", "Two", factory("two"))]
    window = MainWindow(context, specs)
    qtbot.addWidget(window)
    assert built == ["one"]  # the first page is shown at once
    page = window.show_page("two")
    assert built == ["one", "two"] and page.text() == "two"
    window.show_page("two")
    assert built == ["one", "two"]


def test_registry_keys_are_unique_and_include_settings():
    keys = [spec.key for spec in PAGES]
    assert len(keys) == len(set(keys))
    assert "settings" in keys


def test_geometry_is_remembered(context, qtbot):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.setGeometry(40, 50, 640, 470)  # the offscreen screen is 800x600
    QCoreApplication.processEvents()
    window.close()
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (640, 470)
    assert (again.geometry().x(), again.geometry().y()) == (40, 50)


def test_status_bar_follows_a_saved_profile(context, qtbot):
    window = MainWindow(context)
    qtbot.addWidget(window)
    settings = context.services.settings
    profile = CourtProfileData(name="䶮村微法庭", village="䶮村", committee="䶮村人民调解委员会",
                               court="临安区人民法院", liaison_name="张堃",
                               liaison_phone="13812345678")
    call(context, None, lambda: settings.save_profile(profile))
    assert "䶮村微法庭" in window.court_label.text()
