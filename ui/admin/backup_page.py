"""The Backups page (administrator only, issue 7 item 3): the backups with kind, date
and size; "Back up now"; "Back up to a folder…" (encrypted, for a USB stick);
"Verify…" and "Restore…" of the chosen backup or any file. Long work runs through
run_job with progress. Restoring asks a strong confirmation; the core saves the
current database aside first and opens the restored one in its place, and the
liaison is asked to restart so that every page shows the restored data."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from microcourt.services.backups.catalog import BackupInfo
from microcourt.services.backups.crypto import is_encrypted
from microcourt.services.backups.verify import MAIN_TABLES
from microcourt.services.kernel.progress import Progress
from microcourt.timeutil import format_local
from ui.admin.backup_dialogs import ExportDialog, PasswordDialog
from ui.admin.common import current_key, fill_table, read_only_table
from ui.common.refresh import Follower
from ui.context import PageContext
from ui.operations import Operation, initiated_by, run_job


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(size // 1024, 1)} KB"


def _call_job(call: Callable, message: str):
    """A one-step job around a plain call, so it runs off the GUI thread too."""
    yield Progress(0, 1, message)
    return call()


class BackupPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.backups: dict[str, BackupInfo] = {}
        self.operation: Operation | None = None
        self.dialog: QDialog | None = None
        self.table = read_only_table(self, "backup_table", [
            self.tr("Taken"), self.tr("Kind"), self.tr("Size"), self.tr("Encrypted"),
            self.tr("File"), self.tr("State")])
        self.check_label = QLabel(self)
        self.check_label.setObjectName("data_check")
        self.check_label.setWordWrap(True)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("backup_result")
        self.result_label.setWordWrap(True)
        bar = QHBoxLayout()
        for name, text, slot in (
                ("back_up_now", self.tr("&Back up now"), self.back_up_now),
                ("export", self.tr("Back up to a fol&der…"), self.export),
                ("verify", self.tr("&Verify…"), lambda: self.verify()),
                ("restore", self.tr("&Restore…"), lambda: self.restore())):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.check_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result_label)
        self.reload()
        self.follow = Follower(self, self.reload)
        context.events.changed.connect(self._changed)

    def _changed(self, changes, initiator) -> None:
        if changes.touches("backups") and not initiated_by(initiator, self):
            self.follow.request()  # e.g. the daily backup after a login
    def reload(self) -> None:
        listed = self.context.services.backups.list()
        self.backups = {str(info.path): info for info in listed}
        yes, no = self.tr("yes"), self.tr("no")
        fill_table(self.table, [(str(info.path), [
            format_local(info.taken_at, with_seconds=True),
            QCoreApplication.translate("Domain", info.kind.label), _size(info.size),
            yes if info.encrypted else no, info.name,
            self.tr("Damaged: {0}").format(info.problem) if info.damaged else self.tr("good")])
            for info in listed])
        self._show_data_check(self.context.services.backups.data_check())

    def _show_data_check(self, check) -> None:
        if not check.sound:
            text = self.tr("The full check of the data file found damage ({0}). Close the "
                           "program and open it again: it then checks the data and offers "
                           "to restore the newest good backup.").format(
                format_local(check.checked_at))
        elif check.checked_at is None:
            text = self.tr("The data file has not been checked in full yet: every backup "
                           "checks it.")
        else:
            text = self.tr("The data file was checked in full with the backup of {0}: "
                           "sound.").format(format_local(check.checked_at))
        self.check_label.setText(text)
        self.check_label.setStyleSheet("" if check.sound else "color: #c62828;")

    def chosen_path(self) -> Path | None:
        """The selected backup, else a file the liaison picks (None: cancelled)."""
        key = current_key(self.table)
        if key is not None:
            return Path(key)
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(self.context.services.data_dir),
            self.tr("Backups (*.db *.mcbak)"))
        return Path(name) if name else None

    def ask_password(self, path: Path) -> str | None:
        """None when the file is not encrypted; "" when the liaison cancels."""
        if not is_encrypted(path):
            return None
        dialog = PasswordDialog(path.name, self)
        return dialog.password.text() if dialog.exec() == QDialog.DialogCode.Accepted else ""

    def _run(self, job, title: str, on_done: Callable) -> Operation:
        self.operation = run_job(self, job, title, on_done=on_done, context=self.context)
        return self.operation

    def back_up_now(self) -> Operation:
        backups = self.context.services.backups
        return self._run(_call_job(backups.create, self.tr("Backing up")),
                         self.tr("Backing up"), self._backed_up)

    def _backed_up(self, info: BackupInfo) -> None:
        self.reload()
        self._say(self.tr("Backup written: {0}").format(info.name))

    def export(self) -> None:
        self.dialog = ExportDialog(self)
        self.dialog.accepted.connect(lambda: self.export_to(
            self.dialog.folder.text().strip(), self.dialog.password.text()))
        self.dialog.open()

    def export_to(self, folder: str, password: str) -> Operation:
        return self._run(self.context.services.backups.export_job(folder, password),
                         self.tr("Backing up to a folder"), self._backed_up)

    def verify(self, path: Path | None = None, password: str | None = None) -> Operation | None:
        path = path or self.chosen_path()
        if path is None:
            return None
        password = password if password is not None else self.ask_password(path)
        if password == "":
            return None
        backups = self.context.services.backups
        return self._run(_call_job(lambda: backups.verify(path, password),
                                   self.tr("Checking the backup")),
                         self.tr("Checking the backup"), self._verified)

    def _verified(self, report) -> None:
        if report.ok:
            counts = "，".join(f"{MAIN_TABLES.get(name, name)} {count}"
                              for name, count in report.counts.items())
            self._say(self.tr("{0} is good: {1}").format(report.path.name, counts))
        else:
            self._say(self.tr("{0} failed the check: {1}").format(report.path.name,
                                                                   report.problem), bad=True)

    def restore(self, path: Path | None = None, password: str | None = None) -> Operation | None:
        """Check the backup and compare it with the current data first (a job: decrypting
        takes seconds), then ask, naming what will change; then restore."""
        path = path or self.chosen_path()
        if path is None:
            return None
        password = password if password is not None else self.ask_password(path)
        if password == "":
            return None
        backups = self.context.services.backups
        return self._run(_call_job(lambda: backups.preview_restore(path, password),
                                   self.tr("Checking the backup")),
                         self.tr("Checking the backup"),
                         lambda preview: self._confirm_and_restore(path, password, preview))

    def _confirm_and_restore(self, path: Path, password: str | None, preview) -> None:
        if not self._confirm_restore(path, preview):
            self._say(self.tr("Nothing was restored."))
            return
        self._run(self.context.services.backups.restore_job(path, password),
                  self.tr("Restoring"), self._restored)

    def _confirm_restore(self, path: Path, preview) -> bool:
        text = self.tr(
            "Restore the backup {0}?\n\nEverything entered since that backup will be "
            "replaced by the backup's data. The current data is first saved aside as a "
            "backup (kind: before restore), so this can be undone.\n\nNo other window or "
            "command line may be using the data.").format(path.name)
        if preview.other_installation:
            text = self.tr("This backup was made by another installation of MicroCourt "
                           "Assistant, not by this one.") + "\n\n" + text
        details = "\n".join(preview.lines())  # the core's Chinese, as its messages are
        answer = QMessageBox.question(self, self.tr("Restore a backup"),
                                      text + "\n\n" + details,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _restored(self, result) -> None:
        self.reload()
        aside = result.set_aside.name if result.set_aside else "-"
        message = self.tr("Restored. The data as it was before is saved as {0}. Please close "
                          "and start the program again so every page shows the restored "
                          "data.").format(aside)
        self._say(message)
        QMessageBox.information(self, self.tr("Restored"), message)

    def _say(self, text: str, bad: bool = False) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet("color: #c62828;" if bad else "")
        self.context.events.status_message.emit(text)
