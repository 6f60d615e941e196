"""Help > About: the version, where the data lives, and what the program runs on.

The version is microcourt.__version__, the one in pyproject.toml (a test keeps them equal),
which the bundle's version resource and the installer carry too, so the liaison can read
over the phone which version this PC runs. The Help menu (User guide, About) is built
here; ui.menus puts it last on the menu bar.
"""
from __future__ import annotations

from html import escape  # a folder name may hold & or <
from pathlib import Path

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from microcourt import __version__


def about_text(data_dir: Path) -> str:
    import platform  # noqa: PLC0415 - only when About opens, not before the first paint

    # Each string written out in full: lupdate reads only literal translate() calls.
    paragraphs = (
        QCoreApplication.translate("About", "Version {0}").format(__version__),
        QCoreApplication.translate("About", "Data folder: {0}").format(escape(str(data_dir), quote=False)),
        QCoreApplication.translate("About", "Runs on Qt {0} and Python {1}.").format(
            qVersion(), platform.python_version()),
        QCoreApplication.translate(
            "About", "The PDF fonts are used under their licences, installed beside them."),
    )
    title = QCoreApplication.translate("About", "MicroCourt Assistant")
    return f"<h3>{title}</h3>" + "".join(f"<p>{text}</p>" for text in paragraphs)


def show_about(parent: QWidget, data_dir: Path):
    # Both here, not at the top: their enums cost the first paint (ui/main_window.py).
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    title = QCoreApplication.translate("About", "About MicroCourt Assistant")
    box = QMessageBox(QMessageBox.Icon.Information, title, about_text(data_dir),
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("about_box")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.open()  # not exec(): the window and its idle lock keep running
    return box


def add_help_menu(window: QMainWindow, data_dir: Path) -> tuple[QMenu, QAction]:
    """A Help menu holding the user guide (F1: the current page's topic) and About."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("About", "&Help"))
    menu.setObjectName("help_menu")
    guide = menu.addAction(QCoreApplication.translate("About", "User &guide"))
    guide.setObjectName("guide_action")
    guide.setShortcut(QKeySequence("F1"))
    guide.triggered.connect(lambda: _open_guide(window))
    action = menu.addAction(QCoreApplication.translate("About", "&About MicroCourt Assistant"))
    action.setObjectName("about_action")
    action.triggered.connect(lambda: show_about(window, data_dir))
    return menu, guide


def _open_guide(window: QMainWindow) -> None:
    from ui.help import show_guide  # noqa: PLC0415 - QTextBrowser only when asked for

    topic = getattr(window, "current_help_topic", None)
    show_guide(window, topic() if topic is not None else None)
