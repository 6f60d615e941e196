"""Payments, the 77-claimant demo agreement, the printed preview and the clause-template
manager, as the liaison sees them in the agreement editor."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from microcourt.db.models import Case
from microcourt.services.agreements.dto import InstallmentState
from microcourt.services.demo.service import load_demo
from microcourt.services.kernel.progress import run_to_end
from ui.agreements.editor import open_agreement_editor
from ui.agreements.plan_model import ALL, OVERDUE_BACKGROUND, Column


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    """One demo database for the module; tests that change it copy it first."""
    from microcourt.services import open_services

    folder = tmp_path_factory.mktemp("demo")
    services = open_services(folder)
    run_to_end(load_demo(services))
    services.close()
    return folder


@pytest.fixture
def demo(demo_dir, tmp_path):
    import shutil

    from microcourt.services import open_services
    from ui.context import PageContext
    from ui.preferences import Preferences

    target = tmp_path / "demo"
    shutil.copytree(demo_dir, target)
    services = open_services(target)
    yield PageContext(services, Preferences())
    services.close()


@pytest.fixture
def opened():
    editors = []
    yield editors
    for editor in editors:
        if shiboken6.isValid(editor):
            editor.dirty = False
            editor.close()


def case_id(context, number: int) -> int:
    from sqlalchemy import select

    with context.services.ctx.db.reading() as session:
        return session.scalar(select(Case.id).where(Case.number.like(f"%第{number}号")))


def open_case(context, opened, number: int):
    editor = open_agreement_editor(None, context, case_id(context, number))
    opened.append(editor)
    return editor


def test_the_77_claimant_agreement_shows_each_claimants_schedule(demo, opened):
    editor = open_case(demo, opened, 11)
    plan = editor.plan
    assert len(editor.detail.applicants) == 77
    assert not plan.selector.isHidden() and plan.selector.list.count() == 78
    assert plan.model.rowCount() == 231  # "All installments" first
    worker = editor.detail.schedules[2]
    plan.selector.select(worker.claimant_id)
    rows = plan.model.visible_rows()
    assert len(rows) == 3 and {r.payee_party_id for r in rows} == {worker.party_id}
    assert sum(r.amount_fen for r in rows) == worker.total_fen
    assert worker.name in plan.model.index(0, Column.CLAIMANT).data()
    plan.selector.search.setText("𠮷")
    shown = [plan.selector.list.item(i) for i in range(1, 78)
             if not plan.selector.list.item(i).isHidden()]
    assert len(shown) == 1 and shown[0].text().startswith("王𠮷")
    assert editor.terms.copies_spin.value() == 79  # 78 parties + 1


def test_payments_show_states_and_highlight_the_overdue(demo, opened):
    editor = open_case(demo, opened, 4)
    payments = editor.payments
    model = payments.model
    late = [r for r in range(model.rowCount()) if model.row_at(r).overdue]
    assert late == [0, 1] and "2" in payments.overdue_label.text()  # both of its two
    assert model.index(late[0], Column.STATE).data() == "Overdue"
    assert model.index(late[0], Column.DUE).data(Qt.ItemDataRole.BackgroundRole).color() \
        == OVERDUE_BACKGROUND


def test_a_partial_payment_is_recorded_and_an_overpayment_refused(qtbot, demo, opened):
    editor = open_case(demo, opened, 4)
    payments = editor.payments
    payments.table.selectRow(0)
    owed = payments.current_installment().outstanding_fen
    dialog = payments.record_payment()
    dialog.amount_edit.setText("1000")
    dialog.note_edit.setText("现金<收据>&1号")
    with qtbot.waitSignal(dialog.accepted):
        dialog.record()
    payments.table.selectRow(0)
    info = payments.current_installment()
    assert info.paid_fen == 100_000 and info.state == InstallmentState.OVERDUE
    assert "现金<收据>&1号" in payments.history.text()
    dialog = payments.record_payment()
    dialog.amount_edit.setText(str(owed))  # more than is still owed now
    dialog.record()
    assert dialog.isVisible() and dialog.errors.is_showing("amount")
    assert "不能多付" in dialog.errors.labels["amount"].text()
    assert dialog.amount_edit.text() == str(owed)
    dialog.reject()
    assert payments.current_installment().paid_fen == 100_000


def test_payments_are_not_taken_on_a_draft(qtbot, demo, opened):
    editor = open_case(demo, opened, 14)
    editor.plan.total_edit.setText("600")
    editor.plan.generate()
    assert not editor.payments.record_button.isEnabled()
    assert "signed" in editor.payments.status.text()


def test_preview_builds_the_pdf_with_the_copies_preset(qtbot, demo, opened, tmp_path):
    from ui.common.pdf_preview import PdfPreviewDialog

    editor = open_case(demo, opened, 14)
    assert editor.large_print.isChecked() == any(
        p.birth_date and (editor.detail.as_of - p.birth_date) >= timedelta(days=60 * 365.25)
        for p in editor.detail.parties)
    editor.large_print.setChecked(False)
    operation = editor.preview()
    with qtbot.waitSignal(operation.finished, timeout=30_000):
        pass
    dialog = editor.findChild(PdfPreviewDialog)
    assert dialog is not None
    assert dialog.page_count() >= 1 and dialog.copies == 3
    normal = dialog.page_count()
    dialog.reject()
    editor.large_print.setChecked(True)
    operation = editor.preview()
    with qtbot.waitSignal(operation.finished, timeout=30_000):
        pass
    large = [d for d in editor.findChildren(PdfPreviewDialog) if d.isVisible()][-1]
    assert large.page_count() > normal  # 18 pt body takes more pages
    assert large.page_count() == pages_of(direct_build(demo, editor.detail, tmp_path, True))
    large.reject()


def direct_build(context, detail, folder, large: bool):
    from microcourt.documents.agreement import build_agreement_pdf

    return build_agreement_pdf(detail, folder / "direct.pdf", large,
                               context.services.settings.profile())


def pages_of(path) -> int:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(path))
    try:
        return document.pageCount()
    finally:
        document.close()


def test_large_print_is_the_default_for_elderly_parties(demo, opened):
    editor = open_case(demo, opened, 11)  # workers of 45-66
    assert editor.large_print.isChecked()


def test_the_template_manager_adds_edits_and_deletes(demo, opened, message_boxes):
    editor = open_case(demo, opened, 14)
    dialog = editor.manage_templates()
    before = dialog.list.count()
    dialog.new_template()
    dialog.title_edit.setText("")
    dialog.text_edit.setPlainText("承租方于{被申请人}……")
    dialog.save()
    assert dialog.errors.is_showing("title")
    assert dialog.text_edit.toPlainText() == "承租方于{被申请人}……"
    dialog.title_edit.setText("钥匙交还")
    dialog.text_edit.setPlainText("{被申请人}于某年某月某日前交还全部钥匙。")
    dialog.save()
    assert dialog.list.count() == before + 1
    titles = [a.text() for a in editor.terms.clauses.template_menu.actions()]
    assert "钥匙交还" in titles  # the editor's menu follows
    message_boxes.answer = QMessageBox.StandardButton.Yes
    dialog.list.setCurrentRow(dialog.list.count() - 1)
    dialog.delete()
    assert dialog.list.count() == before
    dialog.reject()


def test_claimant_filter_keeps_all(demo, opened):
    editor = open_case(demo, opened, 11)
    editor.plan.selector.select(ALL)
    assert editor.plan.model.claimant_filter is ALL
    assert editor.payments.model.overdue_count() == len(editor.detail.overdue)
    assert date.today() - editor.detail.as_of < timedelta(days=2)
