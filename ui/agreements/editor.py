"""The agreement editor (issue 4, items 6-9): one window per case holding its 人民调解协议书.

    editor = open_agreement_editor(parent, context, case_id)

opens the case's newest version (creating version 1 from the category's clause templates
when there is none). A draft is edited and saved explicitly (Ctrl+S), errors shown beside
their fields with the typed text kept; recording the signing locks it (人民调解法 art.
29: it takes effect on the last signature, and the 30 days for judicial confirmation of
民事诉讼法 art. 205 start then). A change after signing is a new version; older versions
stay readable through the version selector. Warnings (民诉解释 355, 电子签名法 3) stay
in a yellow panel above everything.

The editor's own writes show what they returned; a change made elsewhere to its case
or agreement (a payment recorded, a party's particulars edited, a clause template
saved) is shown by reading the agreement again, unless what was typed is not saved yet
(then typing wins, and saving shows the stored agreement).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import AgreementStatus, PartyKind
from microcourt.errors import ValidationError
from microcourt.services.agreements.dto import AgreementDetail
from microcourt.validation.identity import is_elderly
from ui.agreements.banner import show_banner
from ui.agreements.clauses import placeholder_values
from ui.agreements.parties import PartiesPanel
from ui.agreements.payments import PaymentsTab
from ui.agreements.plan import PlanWidget
from ui.agreements.scan import ScanBar
from ui.agreements.signing import SigningDialog, offer_hearing_cancellation
from ui.agreements.templates import TemplateManagerDialog
from ui.agreements.terms import TermsForm
from ui.agreements.warnings import (
    WarningPanel,
    confirm_despite_warnings,
    current_warnings,
    error_label,
)
from ui.common.field_errors import messages_of
from ui.common.flow_layout import flow_row
from ui.common.inputs import keep_readable
from ui.common.refresh import Follower
from ui.common.screen import fit_on_screen
from ui.common.scrolling_tabs import ScrollingTabs
from ui.context import PageContext
from ui.i18n import domain_label
from ui.operations import call

log = logging.getLogger(__name__)
_OPEN: dict[tuple[int, int], AgreementEditor] = {}  # (id of the services, case id)


def open_agreement_editor(parent: QWidget | None, context: PageContext,
                          case_id: int) -> AgreementEditor | None:
    """Show the agreement editor of `case_id` (raising the one already open for it).
    Returns None, after saying why, when the case cannot be opened."""
    editor = _OPEN.get((id(context.services), case_id))
    if editor is None:  # opening may write version 1: nobody has shown that yet
        editor = call(context, parent, lambda: AgreementEditor(context, case_id, parent),
                      initiator=None)
        if editor is None:
            return None
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor


class AgreementEditor(QWidget):
    def __init__(self, context: PageContext, case_id: int, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.case_id = case_id
        self.service = context.services.agreements
        detail = self.service.current(case_id) or self.service.create_draft(case_id)
        self.detail: AgreementDetail = detail
        self.dirty = False
        self._loading = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        keep_readable(self)
        self._build()
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.load(detail)
        fit_on_screen(self, 1180, 800)
        self._key = (id(context.services), case_id)
        _OPEN[self._key] = self
        self.destroyed.connect(lambda _obj=None, key=self._key: _OPEN.pop(key, None))
        self.follow = Follower(self, self._follow)
        context.events.changed.connect(self._changed)

    # -- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.terms = TermsForm(self)
        self.terms.changed.connect(self._edited)
        self.plan = PlanWidget(self.context, self)
        self.plan.changed.connect(self._edited)
        self.plan.generated.connect(self._plan_generated)
        self.parties = PartiesPanel(self)
        self.payments = PaymentsTab(self.context, self)
        self.tabs = ScrollingTabs(self)  # a long tab scrolls: the editor fits 1366x768
        self.tabs.setObjectName("agreement_tabs")
        for page, title in ((self.parties, self.tr("&Parties")),
                            (self.terms.dispute_page, self.tr("&Dispute")),
                            (self.terms.terms_page, self.tr("&Terms")),
                            (self.plan, self.tr("&Amount and plan")),
                            (self.payments, self.tr("Pa&yments"))):
            self.tabs.addTab(page, title)
        self.tabs.setCurrentWidget(self.terms.terms_page)
        self.banner = QLabel(self)
        self.banner.setObjectName("status_banner")
        self.banner.setWordWrap(True)
        self.banner.setMargin(6)
        self.scan_bar = ScanBar(self.context, self)
        self.warnings = WarningPanel(self)
        self.warnings.fix_requested.connect(self.focus_field)
        self.general_error = error_label(self, "form_error")
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self.banner)
        layout.addWidget(self.scan_bar)
        layout.addWidget(self.warnings)
        layout.addWidget(self.general_error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._buttons())

    def _header(self) -> QHBoxLayout:
        self.title_label = QLabel(self)
        self.title_label.setObjectName("agreement_title")
        self.version_combo = QComboBox(self)
        self.version_combo.setObjectName("version_selector")
        self.version_combo.activated.connect(self._version_chosen)
        row = QHBoxLayout()
        row.addWidget(self.title_label, 1)
        row.addWidget(QLabel(self.tr("Version:"), self))
        row.addWidget(self.version_combo)
        return row

    def _buttons(self) -> QWidget:
        self.templates_button = self._button(self.tr("Clause te&mplates…"),
                                             self.manage_templates)
        self.large_print = QCheckBox(self.tr("&Large print"), self)
        self.large_print.setObjectName("large_print")
        self.read_button = self._button(self.tr("&Read aloud…"), self.read_aloud)
        self.read_button.setObjectName("read_aloud")
        self.preview_button = self._button(self.tr("Pre&view and print…"), self.preview)
        self.sign_button = self._button(self.tr("Rec&ord signing…"), self.sign)
        self.new_version_button = self._button(self.tr("&New version…"), self.new_version)
        self.save_button = self._button(self.tr("&Save"), self.save)
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString())
        self.close_button = self._button(self.tr("&Close"), self.close)
        # One row at 100%; at a larger font step it wraps instead of widening the editor
        # past the screen (1653 px at 175%).
        bar = QWidget(self)
        row = flow_row(bar, right_aligned=True)
        for widget in (self.templates_button, self.large_print, self.read_button,
                       self.preview_button, self.sign_button, self.new_version_button,
                       self.save_button, self.close_button):
            row.addWidget(widget)
        return bar

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- showing ---------------------------------------------------------------------

    def load(self, detail: AgreementDetail) -> None:
        """Show `detail` everywhere; what was typed and not saved is replaced."""
        self._loading = True
        self.detail = detail
        self.terms.set_detail(detail)
        self.plan.set_detail(detail)
        self.parties.set_detail(detail)
        self.payments.set_detail(detail)
        self._show_templates()
        self.terms.set_read_only(not detail.editable)
        self.plan.set_read_only(not detail.editable)
        self.large_print.setChecked(any(
            p.kind == PartyKind.PERSON and is_elderly(p.birth_date, detail.as_of)
            for p in detail.parties))
        self._clear_errors()
        self._show_versions()
        self._show_state()
        self._loading = False
        self._set_dirty(False)
        self._refresh_warnings()

    def _show_templates(self) -> None:
        self.terms.clauses.set_templates(self.service.templates.list(self.detail.category),
                                         placeholder_values(self.detail))

    def reload(self) -> None:
        service, agreement_id = self.service, self.detail.id
        detail = call(self.context, self, lambda: service.get(agreement_id))
        if detail is not None:
            self.load(detail)

    def _changed(self, changes, initiator) -> None:
        if changes.touches("templates"):  # saved here (the manager) or in another editor
            self._show_templates()
        if initiator is self:
            return  # save, signing, a new version: shown from what they returned
        versions = [self.version_combo.itemData(i) for i in range(self.version_combo.count())]
        if changes.touches("agreements", versions) or changes.touches("cases", self.case_id):
            self.follow.request()

    def _follow(self) -> None:
        if not self.dirty:  # unsaved typing wins; saving shows the stored agreement
            self.reload()

    def _show_versions(self) -> None:
        self.version_combo.clear()
        for version in self.service.versions(self.case_id):
            text = self.tr("{0} ({1})").format(version.version, domain_label(
                AgreementStatus(version.status)))
            self.version_combo.addItem(text, version.id)
        self.version_combo.setCurrentIndex(self.version_combo.findData(self.detail.id))

    def _show_state(self) -> None:
        detail = self.detail
        status = AgreementStatus(detail.status)
        show_banner(self.banner, detail)
        self.scan_bar.set_agreement(detail)
        latest = self.version_combo.itemData(self.version_combo.count() - 1) == detail.id
        self.sign_button.setEnabled(detail.editable)
        self.save_button.setEnabled(detail.editable)
        self.new_version_button.setEnabled(status == AgreementStatus.SIGNED and latest)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.payments),
                                bool(detail.installments))
        self._update_title()

    def _update_title(self) -> None:
        detail = self.detail
        self.title_label.setText(self.tr("<b>Mediation agreement</b> {0}, version {1}").format(
            detail.case_number, detail.version))
        self.setWindowTitle(("*" if self.dirty else "") + self.tr(
            "Mediation agreement {0}").format(detail.case_number))

    def _refresh_warnings(self) -> None:
        self.warnings.show_warnings(self.warnings_now())

    def focus_field(self, field: str) -> None:
        """Open the tab holding `field` and put the cursor there (a problem's Fix…)."""
        page = self.terms.page_of(field) if not field.startswith("clauses[") \
            else self.terms.terms_page
        if field == "total" or page is None:
            page = self.plan
        self.tabs.setCurrentWidget(page)
        self.terms.focus(field)
        self.raise_()
        self.activateWindow()

    def _edited(self) -> None:
        if self._loading:
            return
        self._set_dirty(True)
        self._refresh_warnings()

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty and self.detail.editable
        self._update_title()

    def _plan_generated(self, detail: AgreementDetail) -> None:
        """The service stored a new plan: take its figures, keep the typed text."""
        self.detail = detail
        self.payments.set_detail(detail)
        self._show_state()
        self._refresh_warnings()

    # -- saving ----------------------------------------------------------------------

    def save(self) -> bool:
        """Save the draft (and a hand-edited plan); False with the errors shown."""
        if not self.detail.editable:
            return True
        self._clear_errors()
        detail = call(self.context, self, self._store, form=self)
        if detail is None:
            return False
        self.load(detail)
        self.context.events.status_message.emit(self.tr("Agreement {0} saved.").format(
            detail.case_number))
        return True

    def _store(self) -> AgreementDetail:
        draft = self.terms.draft(self.plan.total_fen())
        rows = self.plan.model.plan_rows() if self.plan.plan_dirty else None
        detail = self.service.save_draft(self.detail.id, draft)
        if rows is not None:
            detail = self.service.set_installments(self.detail.id, rows)
        return detail

    @property
    def general(self):  # for ui.operations.call: the editor is the form of its errors
        return self.general_error

    def show_exception(self, error) -> list[str]:
        """Each message beside its field, on whichever tab it is."""
        self._show_errors(messages_of(error))
        return []

    def _clear_errors(self) -> None:
        self.terms.clear_errors()
        self.plan.clear_errors()
        self.general_error.hide()

    def _show_errors(self, messages: dict[str, str]) -> None:
        first = next(iter(messages), "")
        rest = self.plan.show_errors(self.terms.show_errors(messages))
        self.general_error.setText("\n".join(rest.values()))
        self.general_error.setVisible(bool(rest))
        page = self.terms.page_of(first)
        if page is None and first not in rest:
            page = self.plan
        if page is not None:
            self.tabs.setCurrentWidget(page)

    # -- actions ---------------------------------------------------------------------

    def manage_templates(self) -> TemplateManagerDialog:
        dialog = TemplateManagerDialog(self.context, self.detail.category, self)
        dialog.open()  # a template saved there comes back through `changed`
        return dialog

    def preview(self):
        """Build the agreement as printed (large print if ticked) and open the preview
        with the agreement's number of copies; returns the build operation."""
        if self.dirty and not self.save():
            return None
        if not confirm_despite_warnings(self, self.warnings.messages,
                                        self.tr("Print the agreement anyway?")):
            return None
        from ui.common.pdf_preview import preview_document  # noqa: PLC0415

        detail, large = self.detail, self.large_print.isChecked()
        agreements = self.context.services.agreements
        title = self.tr("Mediation agreement {0}").format(detail.case_number)
        return preview_document(
            self, lambda path: agreements.write_pdf(detail.id, path, large), title,
            copies=detail.copies, context=self.context)

    def read_aloud(self):
        """Read the agreement as it would print (saved first) to the parties, clause by
        clause, and record who heard it (issue 18). Returns the reading window."""
        if self.dirty and not self.save():
            return None
        from microcourt.services.readings.dto import ReadDocument  # noqa: PLC0415
        from ui.speech.read_aloud import open_read_aloud  # noqa: PLC0415

        return open_read_aloud(self, self.context, ReadDocument.AGREEMENT, self.case_id,
                               self.detail.id)

    def sign(self) -> SigningDialog | None:
        """The signing dialog, unless unclear content refuses it (民诉解释 358(五)): then
        the problems are said and the first one is opened."""
        if not self.detail.editable or (self.dirty and not self.save()):
            return None
        blocking = self.warnings.blocking()
        if blocking:
            text = self.tr("A court refuses an agreement whose content is unclear. Fix these "
                           "first (each has a Fix… button above the agreement):") + "\n\n" + \
                "\n".join(w.message for w in blocking)
            others = [w.message for w in self.warnings.warnings if not w.blocks_signing]
            if others:  # a property-right clause, say: not refused here, but not to miss
                text += "\n\n" + self.tr("Check these as well:") + "\n" + "\n".join(others)
            QMessageBox.warning(self, self.tr("The agreement cannot be signed yet"), text)
            self.focus_field(blocking[0].field)
            return None
        dialog = SigningDialog(self.context, self.detail, self.warnings_now(), self)
        dialog.accepted.connect(lambda: self._signed(dialog.result))
        dialog.open()
        return dialog

    def warnings_now(self) -> list:
        try:
            total = self.plan.total_fen()
        except ValidationError:  # half typed: the saved total until it is a number
            total = self.detail.total_fen
        return current_warnings(self.detail, self.terms.draft(total))

    def _signed(self, detail: AgreementDetail) -> None:
        self.load(detail)
        self.context.events.status_message.emit(self.tr(
            "Signing recorded: in effect from {0}.").format(detail.effective_on.isoformat()))
        offer_hearing_cancellation(self, self.context, detail)

    def new_version(self) -> AgreementDetail | None:
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("New version"),
            self.tr("Why does the agreement change? (kept in the case's timeline)"))
        if not ok:
            return None
        service, agreement_id = self.service, self.detail.id
        detail = call(self.context, self, lambda: service.new_version(agreement_id, reason))
        if detail is None:
            return None
        self.load(detail)
        self.tabs.setCurrentWidget(self.terms.terms_page)
        return detail

    def _version_chosen(self, index: int) -> None:
        agreement_id = self.version_combo.itemData(index)
        if agreement_id == self.detail.id:
            return
        if not self._may_leave():
            self.version_combo.setCurrentIndex(self.version_combo.findData(self.detail.id))
            return
        service = self.service
        detail = call(self.context, self, lambda: service.get(agreement_id))
        if detail is not None:
            self.load(detail)

    def _may_leave(self) -> bool:
        """Ask about unsaved changes: save them, drop them, or stay."""
        if not self.dirty:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The agreement has changes that are not saved. Save them now?"),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._may_leave():
            event.ignore()
            return
        _OPEN.pop(self._key, None)
        super().closeEvent(event)
