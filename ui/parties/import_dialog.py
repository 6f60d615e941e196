"""Import a party list (.xlsx or .csv, UTF-8 or GBK): choose the file, check the column
mapping on a preview, declare consent once for the list, import all or nothing.

Reading the preview and the import itself run off the GUI thread (ui.operations) with
progress and Cancel. A refused import shows every problem (row, column, value, reason)
and keeps the file and the choices made, so the liaison corrects the spreadsheet and
presses Import again. After a successful import `imported(ids)` is emitted.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from microcourt.importers import ImportPreview, ImportReport, import_parties, preview
from microcourt.services.kernel.progress import Progress
from ui.common.column_widths import fit_columns
from ui.common.dialog import Dialog
from ui.common.screen import fit_on_screen
from ui.context import PageContext
from ui.operations import Operation, run_job
from ui.parties.import_preview import AUTOMATIC, PreviewModel, field_menu
from ui.parties.import_report import ReportPanel

RED = "color: #b00020;"


def _read_preview(path: Path, overrides: dict[int, str | None]):
    yield Progress(0, 0, "")
    return preview(path, overrides=overrides)


def _show_text(label: QLabel, text: str) -> None:
    """An empty label would still take a line of space: hide it instead."""
    label.setText(text)
    label.setVisible(bool(text))


class ImportDialog(Dialog):
    imported = Signal(list)  # the new party ids, in the file's order

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.overrides: dict[int, str | None] = {}
        self.report: ImportReport | None = None
        self.operation: Operation | None = None
        self._done_with_file = False  # imported: pressing Import again would duplicate
        self.setWindowTitle(self.tr("Import parties from a list"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._file_row())
        layout.addWidget(self._build_preview_area(), 3)
        layout.addWidget(self._build_consent_area())
        self.report_panel = ReportPanel(self)
        self.report_panel.hide()
        layout.addWidget(self.report_panel, 2)
        layout.addLayout(self._button_row())
        fit_on_screen(self, 1000, 760)
        self._update_state()

    # -- layout ----------------------------------------------------------------------

    def _file_row(self) -> QHBoxLayout:
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose an Excel (.xlsx) or CSV file"))
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.reload_button = QPushButton(self.tr("Re&load"), self)
        self.reload_button.setToolTip(self.tr("Read the file again after correcting it"))
        self.choose_button.clicked.connect(self.choose_file)
        self.reload_button.clicked.connect(self.reload)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("File:"), self))
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.reload_button)
        return row

    def _build_preview_area(self) -> QWidget:
        area = QWidget(self)
        self.info_label = QLabel(self.tr(
            "The first row of the list must hold the column titles, e.g. 姓名, 性别, 身份证号, "
            "电话, 住址. A 金额 column (amount owed to each claimant) is kept too."), area)
        self.info_label.setWordWrap(True)
        self.missing_label = QLabel(area)
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(RED + "font-weight: bold;")
        self.notes_label = QLabel(area)
        self.notes_label.setWordWrap(True)
        self.preview_model = PreviewModel(self)
        self.table = fit_columns(QTableView(area))
        self.table.setModel(self.preview_model)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.sectionClicked.connect(self._choose_field)
        self.mapping_hint = QLabel(self.tr(
            "Bold columns will be imported; grey ones will not. Click a column title to "
            "change the field it fills."), area)
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.info_label, self.missing_label, self.notes_label):
            layout.addWidget(widget)
        self.missing_label.hide()
        self.notes_label.hide()
        layout.addWidget(self.table, 1)
        layout.addWidget(self.mapping_hint)
        return area

    def _build_consent_area(self) -> QWidget:
        area = QWidget(self)
        self.consent_box = QCheckBox(self.tr("Signed consent forms are on file"), area)
        self.consent_box.toggled.connect(self._update_state)
        self.consent_note = QLabel(self.tr(
            "The list contains ID numbers. Under the Personal Information Protection Law an "
            "ID number may only be kept with the person's consent: tick the box only if "
            "every person on the list has signed a written consent form and it is kept on "
            "file."), area)
        self.consent_note.setWordWrap(True)
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.consent_box)
        layout.addWidget(self.consent_note)
        return area

    def _button_row(self) -> QHBoxLayout:
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.close_button)
        return row

    # -- choosing and reading the file -------------------------------------------------

    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a party list"), start,
            self.tr("Party lists (*.xlsx *.csv);;All files (*)"))
        if chosen:
            self.load_file(Path(chosen))

    def load_file(self, path: str | Path) -> Operation:
        """Show `path`'s preview (a new file starts with no column corrections)."""
        self.path = Path(path)
        self.overrides = {}
        self.consent_box.setChecked(False)  # a new list needs its own declaration
        self.file_edit.setText(str(self.path))
        return self.reload()

    def reload(self) -> Operation | None:
        if self.path is None:
            return None
        self._done_with_file = False
        self.report_panel.hide()
        self.operation = run_job(self, _read_preview(self.path, dict(self.overrides)),
                                 self.tr("Reading {0}…").format(self.path.name),
                                 on_done=self._show_preview)
        self.operation.failed.connect(lambda _error: self._show_preview(None))
        self.operation.finished.connect(self._update_state)
        self._update_state()
        return self.operation

    def set_override(self, column: int, key: str | None) -> Operation | None:
        """Make `column` fill field `key` (None: not imported; AUTOMATIC: by its title)."""
        if key == AUTOMATIC:
            self.overrides.pop(column, None)
        else:
            self.overrides[column] = key
        return self.reload()

    def _choose_field(self, section: int) -> None:
        column = self.preview_model.column(section)
        if column is None or self._busy():
            return
        header = self.table.horizontalHeader()
        menu = field_menu(self, column)
        where = header.mapToGlobal(header.rect().bottomLeft())
        where.setX(header.mapToGlobal(header.rect().topLeft()).x()
                   + header.sectionViewportPosition(section))
        action = menu.exec(where)
        if action is not None:
            self.set_override(section, action.data())

    def _show_preview(self, shown: ImportPreview | None) -> None:
        self.preview = shown
        self.preview_model.set_preview(shown)
        _show_text(self.missing_label, self._missing_text(shown))
        _show_text(self.notes_label, "\n".join(shown.mapping.notes) if shown else "")
        if shown is None:
            self.info_label.setText(self.tr("The file could not be read."))
            return
        self.info_label.setText(self.tr(
            "{0}: {1} data rows (the first {2} are shown).").format(
                shown.file_name, shown.total_rows, len(shown.rows)))

    def _missing_text(self, shown: ImportPreview | None) -> str:
        if shown is None:
            return ""
        lines = list(shown.mapping.missing)
        if shown.total_rows == 0:
            lines.append(self.tr("The file has column titles but no data rows."))
        return "\n".join(lines)

    # -- importing -----------------------------------------------------------------------

    def start_import(self) -> Operation | None:
        if not self._can_import():
            return None
        job = import_parties(self.context.services, self.path,
                             consent_on_file=self.consent_box.isChecked(),
                             overrides=dict(self.overrides))
        self.report_panel.hide()
        self.operation = run_job(self, job, self.tr("Importing parties"),
                                 on_done=self._finished_import)
        self.operation.cancelled.connect(self._cancelled)
        self.operation.finished.connect(self._update_state)
        self._update_state()
        return self.operation

    def _finished_import(self, report: ImportReport) -> None:
        self.report = report
        if not report.ok:
            summary = self.tr("Nothing was imported: {0} problems found. Please correct them "
                              "in the spreadsheet and import again.").format(len(report.errors))
            self.report_panel.show_report(summary, report.errors, refused=True)
            return
        self._done_with_file = True
        summary = self.tr("Imported {0} parties from {1}.").format(
            len(report.imported_ids), report.file_name)
        if report.warnings:
            summary += " " + self.tr("Please read the notes below.")
        self.report_panel.show_report(summary, report.warnings, refused=False)
        self.context.events.status_message.emit(summary)
        self.imported.emit(list(report.imported_ids))

    def _cancelled(self) -> None:
        self.report_panel.show_report(self.tr("Import cancelled: nothing was imported."),
                                      [], refused=True)

    # -- state -----------------------------------------------------------------------

    def _busy(self) -> bool:
        return self.operation is not None and self.operation.is_running()

    def _needs_consent(self) -> bool:
        return self.preview is not None and self.preview.has_id_numbers

    def _can_import(self) -> bool:
        return (self.preview is not None and self.preview.can_import and not self._busy()
                and not self._done_with_file
                and (self.consent_box.isChecked() or not self._needs_consent()))

    def _update_state(self) -> None:
        busy = self._busy()
        self.choose_button.setEnabled(not busy)
        self.reload_button.setEnabled(not busy and self.path is not None)
        self.consent_box.setEnabled(not busy)
        self.consent_note.setStyleSheet(
            RED if self._needs_consent() and not self.consent_box.isChecked() else "")
        self.consent_note.setVisible(self._needs_consent())
        self.import_button.setEnabled(self._can_import())
