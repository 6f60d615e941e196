"""A character picker for names an input method cannot type (issue 13.7): find the
character by its reading (ji -> 𠮷 among the others), or by its radical and the strokes
beyond it, and insert it where the cursor is in any name field.

`attach_char_picker(edit)` gives a line edit a "字" button at its end and Ctrl+Shift+H;
the table of characters is microcourt/hanzi.py (read on the first opening).
"""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QFont, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from microcourt import hanzi
from ui.common.dialog import Dialog

SHORTCUT = "Ctrl+Shift+H"
MAX_SHOWN = 400  # the commonest readings (yi, ji) have hundreds: the fewest strokes first
KANGXI_RADICALS = 214


def radical_char(number: int) -> str:
    """Kangxi radical `number` as the ideograph it stands for (⼝ U+2F1D -> 口)."""
    return unicodedata.normalize("NFKC", chr(0x2F00 + number - 1))


class CharPickerDialog(Dialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("char_picker")
        self.setWindowTitle(self.tr("Pick a character"))
        self.chosen: str | None = None
        self.tabs = QTabWidget(self)
        self.reading = QLineEdit(self)
        self.reading.setObjectName("reading")
        self.reading.setPlaceholderText(self.tr("Pinyin without tones, e.g. ji or lv"))
        by_reading = QWidget(self)
        form = QFormLayout(by_reading)
        label = QLabel(self.tr("&Reading"), by_reading)
        label.setBuddy(self.reading)
        form.addRow(label, self.reading)
        self.tabs.addTab(by_reading, self.tr("By reading"))
        self.tabs.addTab(self._radical_tab(), self.tr("By radical and strokes"))
        self.found = QListWidget(self)
        self.found.setObjectName("found")
        self.found.setViewMode(QListWidget.ViewMode.IconMode)
        self.found.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.found.setUniformItemSizes(True)
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 2)
        self.found.setFont(big)
        self.found.itemActivated.connect(self._choose)
        self.hint = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Insert"))
        buttons.accepted.connect(lambda: self._choose(self.found.currentItem()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.found, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.reading.textChanged.connect(self._by_reading)
        self.tabs.currentChanged.connect(self._refresh)
        self.reading.setFocus()
        self.resize(560, 460)

    def _radical_tab(self) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.radical = QComboBox(tab)
        self.radical.setObjectName("radical")
        for number in range(1, KANGXI_RADICALS + 1):
            self.radical.addItem(f"{number}  {radical_char(number)}", number)
        self.strokes = QSpinBox(tab)
        self.strokes.setObjectName("strokes")
        self.strokes.setRange(-1, 40)
        self.strokes.setSpecialValueText(self.tr("any"))
        self.strokes.setValue(-1)
        for caption, widget in ((self.tr("R&adical"), self.radical),
                                (self.tr("&More strokes"), self.strokes)):
            label = QLabel(caption, tab)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.radical.currentIndexChanged.connect(self._by_radical)
        self.strokes.valueChanged.connect(self._by_radical)
        return tab

    def _refresh(self) -> None:
        self._by_reading() if self.tabs.currentIndex() == 0 else self._by_radical()

    def _by_reading(self) -> None:
        typed = "".join(ch for ch in self.reading.text().lower() if ch.isalpha())
        self._show(hanzi.by_reading(typed) if typed else [])

    def _by_radical(self) -> None:
        strokes = self.strokes.value()
        self._show(hanzi.by_radical(self.radical.currentData(),
                                    None if strokes < 0 else strokes))

    def _show(self, found: list[hanzi.Hanzi]) -> None:
        self.found.clear()
        for entry in found[:MAX_SHOWN]:
            item = QListWidgetItem(entry.char)
            item.setData(Qt.ItemDataRole.UserRole, entry.char)
            item.setToolTip(self.tr("{0}: {1}; {2} strokes").format(
                entry.char, ", ".join(entry.readings) or "-", entry.strokes or "?"))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.found.addItem(item)
        if self.found.count():
            self.found.setCurrentRow(0)
        more = len(found) - MAX_SHOWN
        self.hint.setText(self.tr("{0} more: narrow the search").format(more) if more > 0
                          else self.tr("{0} found").format(len(found)))

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()


def pick_into(edit: QLineEdit) -> None:
    """Open the picker and put the chosen character at the cursor of `edit`."""
    dialog = CharPickerDialog(edit.window())
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen:
        edit.insert(dialog.chosen)
    edit.setFocus()


def _glyph_icon(text: str) -> QIcon:
    pixmap = QPixmap(QSize(32, 32))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    font = QFont()
    font.setPixelSize(24)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


def attach_char_picker(edit: QLineEdit) -> QAction:
    """A "字" button at the end of `edit`, and Ctrl+Shift+H while it has the focus."""
    action = QAction(_glyph_icon("字"), QCoreApplication.translate(
        "CharPicker", "Pick a character the input method cannot type"), edit)
    action.setObjectName("pick_character")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.setToolTip(action.text() + f" ({SHORTCUT})")
    action.triggered.connect(lambda: pick_into(edit))
    edit.addAction(action, QLineEdit.ActionPosition.TrailingPosition)
    return action
