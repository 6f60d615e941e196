"""The import preview table: the first rows of the file, each column headed by its title
in the file and the party field it fills (greyed when the column is not imported), and
the menu that lets the liaison correct a guessed column."""
from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from microcourt.importers import ImportPreview
from microcourt.importers.columns import FIELDS, ColumnStatus, FieldSpec, MappedColumn

AUTOMATIC = "automatic"  # menu choice: drop the override, let the headers decide

# The field labels of microcourt/importers/columns.py, written out so that lupdate (which
# reads ui/ only) puts them in the catalogue; tests/ui/test_import_dialog.py keeps this
# list equal to the core's. Drop it once tools/i18n.py collects the "Import" context.
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("Import", "Name"),
    QT_TRANSLATE_NOOP("Import", "Organization name"),
    QT_TRANSLATE_NOOP("Import", "Party type"),
    QT_TRANSLATE_NOOP("Import", "Gender"),
    QT_TRANSLATE_NOOP("Import", "Ethnicity"),
    QT_TRANSLATE_NOOP("Import", "Date of birth"),
    QT_TRANSLATE_NOOP("Import", "ID type"),
    QT_TRANSLATE_NOOP("Import", "ID number"),
    QT_TRANSLATE_NOOP("Import", "Unified social credit code"),
    QT_TRANSLATE_NOOP("Import", "Phone"),
    QT_TRANSLATE_NOOP("Import", "Address"),
    QT_TRANSLATE_NOOP("Import", "Service address"),
    QT_TRANSLATE_NOOP("Import", "Accepts e-service"),
    QT_TRANSLATE_NOOP("Import", "WeChat"),
    QT_TRANSLATE_NOOP("Import", "Occupation"),
    QT_TRANSLATE_NOOP("Import", "Special needs"),
    QT_TRANSLATE_NOOP("Import", "Notes"),
    QT_TRANSLATE_NOOP("Import", "Legal representative"),
    QT_TRANSLATE_NOOP("Import", "Representative's title"),
    QT_TRANSLATE_NOOP("Import", "Emergency contact"),
    QT_TRANSLATE_NOOP("Import", "Emergency contact's relation"),
    QT_TRANSLATE_NOOP("Import", "Emergency contact's phone"),
    QT_TRANSLATE_NOOP("Import", "Amount"),
)


def field_label(spec: FieldSpec) -> str:
    """The field's UI name (English source, translated in the "Import" context)."""
    return QCoreApplication.translate("Import", spec.label)


def column_caption(column: MappedColumn) -> str:
    """`身份证号码` over `→ ID number`: the file's title, then what it fills."""
    if column.status is ColumnStatus.MAPPED:
        fills = "→ " + field_label(column.spec)
    elif column.status is ColumnStatus.DUPLICATE:
        fills = QCoreApplication.translate("ImportPreview", "(second {0} column: not imported)"
                                           ).format(field_label(column.spec))
    else:
        fills = QCoreApplication.translate("ImportPreview", "(not imported)")
    return f"{column.title}\n{fills}"


class PreviewModel(QAbstractTableModel):
    """Read-only rows of an ImportPreview (ID numbers arrive masked from the core)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._preview: ImportPreview | None = None

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self.endResetModel()

    def column(self, section: int) -> MappedColumn | None:
        if self._preview is None or not 0 <= section < len(self._preview.mapping.columns):
            return None
        return self._preview.mapping.columns[section]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() or self._preview is None else len(self._preview.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self._preview is None else len(self._preview.header)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._preview is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            values = self._preview.rows[index.row()].values
            return values[index.column()] if index.column() < len(values) else ""
        if role == Qt.ItemDataRole.ForegroundRole and not self._imported(index.column()):
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if self._preview is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self._preview.rows):
                return str(self._preview.rows[section].number)  # the spreadsheet's row
            return None
        column = self.column(section)
        if column is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_caption(column)
        if role == Qt.ItemDataRole.ForegroundRole and not self._imported(section):
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and self._imported(section):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "ImportPreview", "Click to choose which field this column fills.")
        return None

    def _imported(self, section: int) -> bool:
        column = self.column(section)
        return column is not None and column.status is ColumnStatus.MAPPED


def field_menu(parent: QWidget, current: MappedColumn) -> QMenu:
    """A menu of the fields a column can fill; each action's data is a field key,
    None (do not import the column) or AUTOMATIC."""
    menu = QMenu(parent)
    chosen = current.spec.key if current.status is ColumnStatus.MAPPED else None
    automatic = menu.addAction(QCoreApplication.translate(
        "ImportPreview", "Recognise from the column title"))
    automatic.setData(AUTOMATIC)
    ignore = menu.addAction(QCoreApplication.translate("ImportPreview", "Do not import"))
    ignore.setData(None)
    _mark(ignore, chosen is None)
    menu.addSeparator()
    for spec in FIELDS:
        label = field_label(spec)
        action = menu.addAction(label if label == spec.cn else f"{label}（{spec.cn}）")
        action.setData(spec.key)
        _mark(action, spec.key == chosen)
    return menu


def _mark(action: QAction, checked: bool) -> None:
    action.setCheckable(True)
    action.setChecked(checked)
