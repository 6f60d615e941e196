"""Every page of the window at 1366x768 and each font step, and the dialogs a day opens:
nothing clipped (tests/ui/clipping.py). Look at the screenshots as well: this finds what
is cut, not what is ugly."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from clipping import clipping_problems
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget

from microcourt.services.kernel.progress import run_to_end
from tests.ui.filing_ui_support import SALE_NUMBER
from ui.fonts import apply_font_scale
from ui.main_window import MainWindow
from ui.page_registry import PAGES
from ui.preferences import FONT_SCALES

SCREEN = (1366, 768)


def walk_tabs(window, problems):
    problems += clipping_problems(window)
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()  # the layout the new tab asked for, as shown
                problems += clipping_problems(window)


def open_window(context, qtbot, scale: float | None = None) -> MainWindow:
    """The main window at the font step `scale` (None: as it is), on the village screen."""
    if scale is not None:
        apply_font_scale(scale)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    return window


@pytest.fixture
def demo_context(context):
    for _progress in context.services.demo.load():
        pass
    return context


@pytest.mark.parametrize("scale", [FONT_SCALES[0], FONT_SCALES[-1]])
def test_every_page_with_the_demo_data(demo_context, qtbot, chinese, scale):
    window = open_window(demo_context, qtbot, scale)
    problems: list[str] = []
    for spec in PAGES:
        window.show_page(spec.key)
        qtbot.wait(1)
        walk_tabs(window, problems)
        if window.width() > SCREEN[0] or window.height() > SCREEN[1]:  # pushed past the screen
            problems.append(f"{spec.key}: the window grew to {window.size().toTuple()}")
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def _dialogs(context, window):
    """The forms a day opens, each as the window opens it (over the window)."""
    from microcourt.domain import PartyKind
    from ui.admin.accounts_page import OperatorDialog
    from ui.cases.form import CaseFormDialog
    from ui.hearings.form import HearingFormDialog
    from ui.login_dialog import LoginDialog
    from ui.mediators.form import MediatorFormDialog
    from ui.parties.form import PartyFormDialog
    from ui.parties.import_dialog import ImportDialog
    from ui.password_dialog import ChangePasswordDialog
    from ui.welcome_dialog import WelcomeDialog

    yield WelcomeDialog(context, window)
    yield LoginDialog(context.services)
    yield ChangePasswordDialog(context, window)
    yield PartyFormDialog(context, parent=window)
    yield PartyFormDialog(context, PartyKind.ORGANIZATION, parent=window)
    yield CaseFormDialog(context, parent=window)
    yield HearingFormDialog(context, parent=window)
    yield MediatorFormDialog(context, parent=window)
    yield OperatorDialog(context, None, window)
    yield ImportDialog(context, window)


@pytest.mark.parametrize("scale", [FONT_SCALES[0], FONT_SCALES[-1]])
@pytest.mark.parametrize("dialogs", ["_dialogs", "_case_dialogs", "_admin_dialogs"])
def test_the_dialogs_of_a_day(demo_context, qtbot, chinese, scale, dialogs):
    """The forms of a day, then those opened from cases, hearings, agreements, filings
    and administration (generators below, looked up by name)."""
    window = open_window(demo_context, qtbot, scale)
    problems: list[str] = []
    for dialog in globals()[dialogs](demo_context, window):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(1)
        walk_tabs(dialog, problems)
        if dialog.width() > SCREEN[0] or dialog.height() > SCREEN[1] - 40:
            problems.append(f"{type(dialog).__name__} is {dialog.size().toTuple()}, "
                            f"larger than the screen")
        dialog.hide()
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("scale", [FONT_SCALES[0], FONT_SCALES[-1]])
def test_the_agreement_editor_on_every_tab(demo_context, qtbot, chinese, scale):
    from ui.agreements.editor import open_agreement_editor

    apply_font_scale(scale)
    # a draft the court would refuse (某年某月某日): the warnings stand above the tabs, the
    # state in which Record signing and Save are needed most
    case = next(c for c in demo_context.services.cases.list_cases()
                if c.number == "上田微调〔2026〕第14号")
    editor = open_agreement_editor(None, demo_context, case.id)
    try:
        qtbot.wait(1)
        assert editor.warnings.isVisible() and editor.warnings.blocking()
        first = editor.warnings.findChildren(QLabel, "warning_text")[0]
        shown = editor.warnings.area.viewport().height()
        assert shown >= first.height() > 0, "the first warning is cut by its list"
        problems: list[str] = []
        if editor.height() > SCREEN[1] - 40 or editor.width() > SCREEN[0]:
            problems.append(f"the editor is {editor.size().toTuple()}, larger than the screen")
        walk_tabs(editor, problems)
        assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))
    finally:
        editor.dirty = False
        editor.close()


def test_a_font_change_reaches_the_open_window_at_once(demo_context, qtbot, chinese):
    """Settings changes the font while the window is open: every page follows, no restart
    (the columns grow with the font, the buttons wrap)."""
    window = open_window(demo_context, qtbot)
    for spec in PAGES:
        window.show_page(spec.key)
    settings = window.show_page("settings")  # the liaison picks the largest step there
    settings.font_scale.setCurrentIndex(settings.font_scale.findData(FONT_SCALES[-1]))
    problems: list[str] = []
    for spec in PAGES:
        window.show_page(spec.key)
        qtbot.wait(1)
        walk_tabs(window, problems)
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def _case_with(context, wanted):
    """The first demo case for which wanted(detail) gives something."""
    for summary in context.services.cases.list_cases():
        found = wanted(context.services.cases.get_case(summary.id))
        if found:
            return found
    raise AssertionError("the demo data has no such case")


def _case_dialogs(context, window):
    """The dialogs opened from a case, a hearing, an agreement and a filing, each with the
    demo record it opens on (the ones with the most to show)."""
    from microcourt.services.readings.dto import ReadDocument
    from microcourt.speech.engine import NoChineseVoice
    from ui.agreements.payments import PaymentDialog
    from ui.agreements.signing import SigningDialog
    from ui.agreements.templates import TemplateManagerDialog
    from ui.cases.claimants import ClaimAmountDialog
    from ui.cases.mediator_dialog import MediatorAssignDialog
    from ui.cases.recusal_dialog import RecusalDialog
    from ui.cases.status import StatusDialog
    from ui.filings.documents import FilingDocumentsDialog
    from ui.filings.update import FilingUpdateDialog
    from ui.hearings.change import CancelDialog, HeldDialog, RescheduleDialog
    from ui.hearings.device_check import DeviceCheckDialog
    from ui.parties.agent_form import AgentFormDialog
    from ui.parties.consent_dialog import ConsentDialog
    from ui.parties.picker import PartyPickerDialog
    from ui.speech.read_aloud import ReadAloudDialog

    services = context.services
    case = _case_with(context, lambda d: d if d.mediators and d.allowed_next else None)
    yield MediatorAssignDialog(context, case, None, window)
    yield MediatorAssignDialog(context, case, case.mediators[0], window)
    yield RecusalDialog(context, case.mediators[0], "本案调解员是否需要回避？", window)
    yield StatusDialog(context, case, case.allowed_next[0], window)
    claimant = next(p for p in case.parties if p.role == "applicant")
    yield ClaimAmountDialog(context, claimant, window)
    yield ConsentDialog(context, claimant.name, claimant.party_id, window)
    yield AgentFormDialog(context, claimant.party_id, None, window)
    yield PartyPickerDialog(context, True, "选择当事人", window)

    hearing = _case_with(context, lambda d: next(iter(services.hearings.list_for_case(d.id)),
                                                 None))
    for change in (RescheduleDialog, CancelDialog, HeldDialog):
        yield change(context, hearing, window)
    yield DeviceCheckDialog(context, hearing, window)

    agreement = _case_with(context, lambda d: (lambda a: a if a and a.installments else None)(
        services.agreements.current(d.id)))
    yield SigningDialog(context, agreement, [], window)
    yield PaymentDialog(context, agreement.installments[0], window)
    yield TemplateManagerDialog(context, agreement.category, window)

    def no_voice():
        raise NoChineseVoice("这台电脑没有可用的中文朗读语音，不能朗读。")
    script = services.readings.script(ReadDocument.AGREEMENT, agreement.case_id, agreement.id)
    yield ReadAloudDialog(context, script, no_voice, window)

    filings = run_to_end(services.filings.generate(SALE_NUMBER, Path(tempfile.mkdtemp()))).filings
    yield FilingDocumentsDialog(filings[0], window)
    yield FilingUpdateDialog(context, filings[:3], window)


def _admin_dialogs(context, window):
    from microcourt.services.reports.statistics_dto import Period
    from ui.admin.accounts_page import ResetPasswordDialog
    from ui.admin.backup_dialogs import ExportDialog, PasswordDialog
    from ui.common.char_picker import CharPickerDialog
    from ui.help import GuideWindow
    from ui.statistics.report_export import ReportExportDialog
    from ui.workbench.property_leads import PropertyLeadsDialog

    admin = context.services.accounts.create_admin("yuxy", "俞晓燕", "password-1", "password-1")
    yield ResetPasswordDialog(context, admin, window)
    yield ExportDialog(window)
    yield PasswordDialog("备份-2026-12-01.mcbak", window)
    yield CharPickerDialog(window)
    yield GuideWindow(window)
    yield ReportExportDialog(Period.month(2026, 11), window)
    debtors = [(p.party_id, p.name) for p in context.services.cases.get_case(
        context.services.cases.list_cases()[0].id).parties if p.role == "respondent"]
    yield PropertyLeadsDialog(context, debtors, window)
