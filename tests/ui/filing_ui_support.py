"""Helpers of the Judicial confirmation tab tests: the Cases page on the demo with a case
open and its filing tab in front, and changes to the demo's particulars that the court
would refuse."""
from __future__ import annotations

from sqlalchemy import select

from microcourt.db.models import CaseParty, CourtProfile, Party
from microcourt.domain import CaseRole
from ui.cases.page import CasesPage
from ui.filings.case_tab import CaseFiling

WAGE_NUMBER = "上田微调〔2026〕第11号"   # 77 workers, signed, 18 days left in the demo
SALE_NUMBER = "上田微调〔2026〕第12号"   # one buyer, signed, joint
LATE_NUMBER = "上田微调〔2026〕第4号"    # signed long ago: the window is missed
# 第7号 is the agreement the court refused as unclear (尽快…再商量): refused here too
UNSIGNED_NUMBER = "上田微调〔2026〕第16号"


def case_id(context, number: str) -> int:
    return next(c.id for c in context.services.cases.list_cases() if c.number == number)


def open_filing_tab(context, qtbot, number: str) -> tuple[CasesPage, CaseFiling]:
    page = CasesPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()  # as the liaison has it: a hidden page would follow changes when shown
    page.open_case(case_id(context, number))
    panel = page.detail.panels["filing"]
    page.detail.tabs.setCurrentWidget(panel)
    return page, panel


def clear_applicant_address(context, number: str) -> tuple[int, str]:
    """The case's first applicant loses address and phone; returns (party id, name)."""
    with context.services.ctx.db.transaction() as session:
        link = session.scalar(select(CaseParty).where(
            CaseParty.case_id == case_id(context, number),
            CaseParty.role == CaseRole.APPLICANT.value).order_by(CaseParty.position))
        party = session.get(Party, link.party_id)
        party.household_address = party.service_address = party.phone = None
        return party.id, party.name


def clear_court(context) -> None:
    with context.services.ctx.db.transaction() as session:
        session.scalar(select(CourtProfile).limit(1)).court = ""
