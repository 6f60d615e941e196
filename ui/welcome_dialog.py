"""First start: greet the liaison, ask for the micro-court's particulars (same form and
validation as Settings) or load the demo data to try things out."""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from microcourt.errors import UserError
from ui import errors
from ui.admin.profile_form import ProfileForm
from ui.common.dialog import Dialog
from ui.common.screen import fit_on_screen, scrolling
from ui.common.wrapped_label import WrappedLabel
from ui.context import PageContext
from ui.operations import Operation, call, run_job

log = logging.getLogger(__name__)
MINIMUM_WIDTH = 640


class WelcomeDialog(Dialog):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Welcome to MicroCourt Assistant"))
        greeting = WrappedLabel(self.tr(
            "<h3>Welcome!</h3><p>This program helps you, the liaison, register parties, "
            "arrange video mediation with the court, print agreements and prepare "
            "judicial-confirmation filings.</p><p>First, please fill in this micro-court's "
            "particulars. You can change them later under Settings. Or load the demo data "
            "to look around first.</p>"), self)
        self.form = ProfileForm(self)
        self.form.submitted.connect(self.save)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save and start"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.demo_button = buttons.addButton(self.tr("Load &demo data"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.later_button = buttons.addButton(self.tr("&Later"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        # buttons.accepted is deliberately not connected: the dialog closes once saved.
        self.save_button.clicked.connect(self.save)
        self.demo_button.clicked.connect(self.load_demo)
        self.later_button.clicked.connect(self.reject)
        # The greeting and the form scroll when the screen is short (1366x768 at the
        # largest font); the buttons stay in sight under them.
        inner = QVBoxLayout()
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(greeting)
        inner.addWidget(self.form)
        inner.addStretch(1)
        greeting.setMinimumWidth(MINIMUM_WIDTH)
        area = scrolling(inner, self)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        hint = area.widget().sizeHint()
        scrollbar = area.verticalScrollBar().sizeHint().width()
        fit_on_screen(self, hint.width() + scrollbar + 2 * layout.contentsMargins().left(),
                      hint.height() + buttons.sizeHint().height() + 3 * layout.spacing()
                      + 2 * layout.contentsMargins().top())

    def save(self) -> None:
        settings, typed = self.context.services.settings, self.form.data()
        self.form.clear_errors()
        if call(self.context, self, lambda: settings.save_profile(typed),
                form=self.form.errors) is not None:
            self.accept()

    def load_demo(self) -> None:
        try:
            demo = self.context.services.demo  # imported on first use
        except ImportError:
            log.exception("demo loader missing")
            errors.show_user_error(self, UserError(self.tr(
                "The demo data is not available in this version.")))
            return
        try:
            job = demo.load()  # the guard checks the role here, before anything runs
        except UserError as exc:
            errors.show_user_error(self, exc)
            return
        self.demo_button.setEnabled(False)
        self.operation = run_job(self, job, self.tr("Loading demo data"),
                                 on_done=self._demo_loaded, context=self.context)
        self.operation.finished.connect(lambda: self.demo_button.setEnabled(True))

    def _demo_loaded(self, _result) -> None:
        # The window and the pages have followed `changed` (everything is new).
        self.context.events.status_message.emit(self.tr("Demo data loaded."))
        self.accept()
