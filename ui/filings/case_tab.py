"""Judicial confirmation (司法确认), a tab of the case detail: the signed agreement's
30-day window, every refusal at once with a way to fix each, the missed-window warning,
the choice of packets (one per claimant, or one joint) and of the folder, generation on
a worker thread with progress and cancel, then the filings with their record.

A write made here (generating, recording a submission) shows its result here at once
and is announced as AppEvents.changed, so the case detail reads the case again for its
header and timeline. A change made elsewhere repeats the check when it touches what the
check reads (the agreement, the parties, the court's particulars, the case itself) and
the list when it touches the filings.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import FilingMode, FilingStatus
from microcourt.services.cases.dto import CaseDetail
from microcourt.services.filings.dto import FilingInfo, FilingProblem, GenerationResult
from microcourt.services.filings.service import FilingCheck
from microcourt.services.kernel.changes import Changes
from ui.cases.common import CasePanel, same_case
from ui.context import PageContext
from ui.filings.list import FilingList
from ui.filings.window import LatePanel, ProblemList, ProgressLabel, WindowLabel
from ui.i18n import domain_label
from ui.operations import Operation, initiated_by, run_job
from ui.speech.menu import read_aloud_button

# What the check reads besides the case itself (filings.rules).
CHECKED_KINDS = ("agreements", "parties", "profile", "mediators")


def _checked_part(detail: CaseDetail | None) -> CaseDetail | None:
    """The case as the check reads it: a note in the timeline changes nothing."""
    return None if detail is None else dataclasses.replace(detail, events=())


class CaseFiling(CasePanel):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.check: FilingCheck | None = None
        self.filings: list[FilingInfo] = []
        self.operation: Operation | None = None
        self._mode_case: int | None = None  # the case whose default mode is shown
        self._checked: CaseDetail | None = None  # the case as last checked
        self.window_label = WindowLabel(self)
        self.check_button = QPushButton(self.tr("Chec&k"), self)
        self.check_button.setToolTip(self.tr("Check again what the court needs (after fixing "
                                             "a party, an agent or the agreement)"))
        self.check_button.clicked.connect(lambda: self.refresh(announce=True))
        self.progress = ProgressLabel(self)
        self.problems = ProblemList(self)
        self.problems.fix_requested.connect(self.fix)
        self.notes = QLabel(self)  # warnings that do not stop the packet (no scan yet)
        self.notes.setObjectName("filing_warnings")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8a4b00;")
        self.late = LatePanel(self)
        self.late.acknowledged_changed.connect(lambda _on: self._update_generate())
        self.read_button = read_aloud_button(self, context, self._readable)
        self.read_button.setToolTip(self.tr("Read a party their service address form or power "
                                            "of attorney before they sign it"))
        self.list = FilingList(context, self)
        self.list.updated.connect(self._recorded)
        self._layout()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.window_label, 1)
        top.addWidget(self.read_button)
        top.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.problems)
        layout.addWidget(self.notes)
        layout.addWidget(self.late)
        layout.addWidget(self._generate_box())
        layout.addWidget(self.list, 1)

    def _generate_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Generate the packets"), self)
        self.per_claimant = QRadioButton(domain_label(FilingMode.PER_CLAIMANT), box)
        self.per_claimant.setObjectName("per_claimant")
        self.joint = QRadioButton(domain_label(FilingMode.JOINT), box)
        self.joint.setObjectName("joint")
        self.modes = QButtonGroup(box)
        self.modes.addButton(self.per_claimant)
        self.modes.addButton(self.joint)
        self.folder_edit = QLineEdit(box)
        self.folder_edit.setObjectName("filing_folder")
        self.folder_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Cho&ose…"), box)
        self.choose_button.clicked.connect(self.choose_folder)
        self.generate_button = QPushButton(self.tr("&Generate"), box)
        self.generate_button.setObjectName("generate")
        self.generate_button.clicked.connect(self.generate)
        row = QHBoxLayout(box)
        row.addWidget(self.per_claimant)
        row.addWidget(self.joint)
        row.addSpacing(16)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        row.addSpacing(16)
        row.addWidget(self.generate_button)
        return box

    def _readable(self):
        if self.case is None:
            return []
        return self.context.services.readings.filing_documents(self.case.id)

    # -- showing ---------------------------------------------------------------------

    def tab_title(self) -> str:
        if not self.filings:
            return self.tr("Judicial confirmation")
        return self.tr("Judicial confirmation ({0})").format(len(self.filings))

    def show_case(self, detail: CaseDetail | None, changes: Changes | None = None,
                  initiator: QObject | None = None) -> None:
        again = same_case(self.case, detail, changes)
        super().show_case(detail, changes, initiator)
        if detail is not None and not self.folder_edit.text():
            self.folder_edit.setText(str(self.context.services.ctx.paths.documents))
        if not again:
            self.refresh()
            return
        mine = initiated_by(initiator, self)  # its own writes are shown already
        if _checked_part(detail) != self._checked or (
                not mine and changes.touches_any(*CHECKED_KINDS)):
            self._run_check()
        if not mine and changes.touches("filings"):
            self._list_filings()
        self._show()

    def refresh(self, announce: bool = False) -> None:
        """Check the case again and show the window, the refusals and the filings."""
        self._run_check()
        self._list_filings()
        self._show(announce)

    def _run_check(self) -> None:
        case, filings = self.case, self.context.services.filings
        self.check, self._checked = None, _checked_part(case)
        if case is not None:
            self.check = self.run(lambda: filings.check(case.id))

    def _list_filings(self) -> None:
        case, filings = self.case, self.context.services.filings
        self.filings = (self.run(lambda: filings.list_for_case(case.id)) or []) if case else []

    def _show(self, announce: bool = False) -> None:
        case, check = self.case, self.check
        self.window_label.show_window(check.window if check else None)
        self.problems.show_problems(check.problems if check else ())
        # the 驳回 notice once, here or among the problems when nothing is left to file
        shown = check and any(p.kind in ("refused", "done") for p in check.problems)
        self.progress.show_progress(check.state if check else None,
                                    None if shown or not check else check.refused)
        self.late.show_late(check.late if check else None)
        self._show_notes(check.warnings if check else ())
        if check and self._mode_case != case.id:
            self._mode_case = case.id
            default = FilingMode(check.default_mode)
            (self.per_claimant if default is FilingMode.PER_CLAIMANT else self.joint) \
                .setChecked(True)
        self.list.show_filings(self.filings)
        self._update_generate()
        self.retitled.emit()
        if announce and check is not None and check.ready:
            self.context.events.status_message.emit(self.tr(
                "{0}: nothing stops the packet; {1} applicants.").format(
                check.case_number, check.claimants))

    def _show_notes(self, warnings: tuple[str, ...]) -> None:
        self.notes.setText("\n".join(warnings))  # Chinese, from the service
        self.notes.setVisible(bool(warnings))

    def _update_generate(self) -> None:
        check = self.check
        ready = (check is not None and check.ready and self.writable
                 and (check.late is None or self.late.acknowledged)
                 and not (self.operation and self.operation.is_running()))
        self.generate_button.setEnabled(ready)
        self.per_claimant.setEnabled(bool(check and check.claimants > 1))
        # once a claimant applied alone, a joint packet would submit again for them
        alone = bool(check and check.state and check.state.total > 1 and check.state.any_sent)
        if alone:
            self.per_claimant.setChecked(True)
        self.joint.setEnabled(not alone)

    def mode(self) -> FilingMode:
        return FilingMode.PER_CLAIMANT if self.per_claimant.isChecked() else FilingMode.JOINT

    def folder(self) -> Path:
        return Path(self.folder_edit.text())

    # -- actions ---------------------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the packets"),
                                                  self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    def generate(self) -> Operation | None:
        """Write the packets off the GUI thread; Cancel leaves no file and no filing."""
        if self.case is None or not self.generate_button.isEnabled():
            return None
        job = self.context.services.filings.generate(
            self.case.id, self.folder(), mode=self.mode().value,
            acknowledge_late=self.late.acknowledged)
        title = self.tr("Generating the judicial confirmation packets of {0}").format(
            self.case.number)
        self.operation = run_job(self, job, title, on_done=self._generated,
                                 context=self.context)
        self.operation.finished.connect(self._update_generate)
        self._update_generate()
        return self.operation

    def _generated(self, result: GenerationResult) -> None:
        """The packets just written replace the generated ones; those already sent are
        not made again and keep their files and record (then the list is read again,
        to keep its order)."""
        if any(f.status != FilingStatus.GENERATED for f in self.filings):
            self._list_filings()
        else:
            self.filings = list(result.filings)
        self._show()
        self._show_notes(result.warnings)
        message = self.tr("Generated {0} packets in {1}.").format(len(result.filings),
                                                                  result.folder)
        if result.warnings:
            message += " " + self.tr("With warnings: see above the packets.")
        self.context.events.status_message.emit(message)

    def _recorded(self, filings: list[FilingInfo]) -> None:
        saved = {filing.id: filing for filing in filings}
        self.filings = [saved.get(filing.id, filing) for filing in self.filings]
        self._run_check()  # each claimant's state, and what generating may still make
        self._show()
        self.context.events.status_message.emit(self.tr(
            "Recorded for {0} applications.").format(len(filings)))

    def fix(self, problem: FilingProblem) -> None:
        """Go where the problem is: the party (an agent's is their principal's), the
        agreement editor, or the settings."""
        kind, target_id = problem.target
        if kind == "party":
            self.context.events.open_requested.emit("parties", target_id)
        elif kind == "agent":
            self.context.events.open_requested.emit("parties", self._principal_of(target_id))
        elif kind == "settings":
            self.context.events.open_requested.emit("settings", 0)
        elif self.case is not None:  # the agreement, or the case's missing agreement
            from ui.agreements.editor import open_agreement_editor  # noqa: PLC0415

            editor = open_agreement_editor(self.window(), self.context, self.case.id)
            if editor is not None and problem.field:  # the clause the problem names
                editor.focus_field(problem.field)

    def _principal_of(self, agent_id: int) -> int | None:
        for party in self.case.parties if self.case else ():
            if any(agent.agent_id == agent_id for agent in party.agents):
                return party.party_id
        return None
