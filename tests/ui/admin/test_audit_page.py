"""The Audit log page: entries newest first with filters, never a full ID number, and
"Verify chain" telling a complete log from a tampered one."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from microcourt.db.models import AuditEntry
from microcourt.services.parties.dto import ConsentRecord, PartyDraft
from ui.admin.audit_page import AuditPage

ID_NUMBER = "11010519491231002X"


@pytest.fixture
def page(qtbot, context):
    context.services.parties.register(PartyDraft(
        name="阿依古丽·买买提", gender="female", phone="13612345678", id_number=ID_NUMBER,
        household_address="上田村2号"), ConsentRecord(on=date(2026, 1, 5), form="paper"))
    context.services.settings.set("idle_lock_minutes", "5")
    page = AuditPage(context)
    qtbot.addWidget(page)
    return page


def texts(page) -> list[str]:
    table = page.table
    return [" ".join(table.item(r, c).text() for c in range(table.columnCount()))
            for r in range(table.rowCount())]


def test_entries_are_listed_and_filtered_without_full_id_numbers(page):
    rows = texts(page)
    assert len(rows) >= 1 and any("party.register" in row for row in rows)
    assert not any(ID_NUMBER in row for row in rows)
    page.action.setCurrentIndex(page.action.findData("party.register"))
    page.search()
    assert [row for row in texts(page)] and all("party.register" in r for r in texts(page))
    page.use_dates.setChecked(True)
    page.since.setDate(page.since.date().addYears(-10))
    page.until.setDate(page.since.date())
    page.search()
    assert texts(page) == []


def test_verify_chain_reports_a_complete_log_then_a_tampered_one(page, context):
    page.verify_chain()
    assert "complete" in page.chain_label.text()
    with context.services.ctx.db.transaction() as session:
        first = session.query(AuditEntry).order_by(AuditEntry.id).first()
        session.execute(update(AuditEntry).where(AuditEntry.id == first.id)
                        .values(actor="别人"))
    page.verify_chain()
    assert "tampered" in page.chain_label.text()


def test_origin_is_said_in_words_and_not_confused_with_the_date_filter(page):
    """'From' named both the date filter and the origin column, so both got one
    translation (来源, 'source') and the date checkbox read as nonsense."""
    origin_column = page.table.horizontalHeaderItem(2).text()
    assert page.use_dates.text() != origin_column
    origins = {page.table.item(r, 2).text() for r in range(page.table.rowCount())}
    assert "gui" not in origins and "Window" in origins


def test_verify_chain_names_the_newest_entries_deleted(page, context):
    """Deleting the newest entries leaves an intact chain; the anchors outside the
    database name it (issue 12, item 3)."""
    from sqlalchemy import delete, func, select

    with context.services.ctx.db.transaction() as session:
        newest = session.scalar(select(func.max(AuditEntry.id)))
        session.execute(delete(AuditEntry).where(AuditEntry.id == newest))
    page.verify_chain()
    text = page.chain_label.text()
    assert "contradicts" in text and f"见过第{newest}号" in text
