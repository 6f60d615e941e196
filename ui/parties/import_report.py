"""The import report: a summary line and a table of problems (row, column, value, reason),
each pointing at a cell of the liaison's own file, with Copy and Save so the report can
go beside the spreadsheet while it is being corrected."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from microcourt.csv_export import csv_text
from microcourt.errors import UserError
from microcourt.importers import Problem
from ui import errors
from ui.common.column_widths import fit_columns

ROW, COLUMN, VALUE, REASON = range(4)
# Chinese titles in exports: the file goes beside a Chinese spreadsheet.
EXPORT_HEADER = ("行号", "列", "值", "原因")
FIT_ROWS_UP_TO = 500


def report_text(summary: str, problems: list[Problem]) -> str:
    """The summary, then one line per problem as the CLI prints it."""
    return "\n".join([summary, *(p.line() for p in problems)]) + "\n"


def report_csv(problems: list[Problem]) -> str:
    """The problems as CSV; a value typed as =cmd|... stays text (csv_export)."""
    return csv_text([EXPORT_HEADER, *(["" if p.row is None else p.row, p.column, p.value,
                                       p.reason] for p in problems)])


class ProblemModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        problem = self.problems[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(problem, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _cell(problem: Problem, column: int) -> str:
        if column == ROW:
            return "" if problem.row is None else str(problem.row)
        return (problem.column, problem.value, problem.reason)[column - 1]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (QCoreApplication.translate("ImportReport", "Row"),
                QCoreApplication.translate("ImportReport", "Column"),
                QCoreApplication.translate("ImportReport", "Value"),
                QCoreApplication.translate("ImportReport", "Reason"))[section]


class ReportPanel(QWidget):
    """Summary (red for a refused import) above the problem table and export buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = ""
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = ProblemModel(self)
        self.table = fit_columns(QTableView(self))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in (ROW, COLUMN, VALUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.copy_button = QPushButton(self.tr("&Copy report"), self)
        self.save_button = QPushButton(self.tr("Save &report…"), self)
        self.copy_button.clicked.connect(self.copy_report)
        self.save_button.clicked.connect(self.save_report)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_report(self, summary: str, problems: list[Problem], refused: bool) -> None:
        self.summary = summary
        self.summary_label.setText(summary)
        self.summary_label.setStyleSheet("color: #b00020; font-weight: bold;" if refused
                                         else "color: #1b5e20;")
        self.model.set_problems(problems)
        # Wrapped reasons need taller rows; measuring every row is slow for long lists.
        fit = len(problems) <= FIT_ROWS_UP_TO
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if fit else QHeaderView.ResizeMode.Interactive)
        self.table.setVisible(bool(problems))
        self.copy_button.setVisible(bool(problems))
        self.save_button.setVisible(bool(problems))
        self.show()

    def copy_report(self) -> None:
        QApplication.clipboard().setText(report_text(self.summary, self.model.problems))

    def save_report(self) -> None:
        csv_filter = self.tr("CSV for Excel (*.csv)")
        target, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the import report"), str(Path.home() / "导入问题.csv"),
            ";;".join([csv_filter, self.tr("Text (*.txt)")]))
        if target:
            self.save_to(Path(target), as_csv=chosen == csv_filter or target.endswith(".csv"))

    def save_to(self, target: Path, as_csv: bool) -> bool:
        """CSV with a byte-order mark so Excel opens the Chinese correctly; or text."""
        text = report_csv(self.model.problems) if as_csv else \
            report_text(self.summary, self.model.problems)
        try:
            target.write_text(text, encoding="utf-8-sig" if as_csv else "utf-8",
                              newline="" if as_csv else None)
        except OSError as exc:
            errors.show_user_error(self, UserError(self.tr(
                "Could not save the report as {0}: {1}").format(target, exc.strerror or exc)))
            return False
        return True
