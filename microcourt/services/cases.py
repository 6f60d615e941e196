"""Cases: the read side (the case list). Creation and the lifecycle come later."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, select

from microcourt.db.models import Case, CaseParty
from microcourt.domain import CaseRole
from microcourt.services.context import AppContext

FEN_PER_YUAN = Decimal(100)


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list. `category` and `status` are the enum values
    (CaseCategory / CaseStatus); `parties` counts every party in any role, `claimants`
    the applicants only (77 in the shoe-factory wage case)."""

    id: int
    number: str
    category: str
    status: str
    parties: int
    claimants: int
    received_on: date
    amount_fen: int | None

    @property
    def amount(self) -> Decimal | None:
        """The amount in yuan, exact to the fen."""
        if self.amount_fen is None:
            return None
        return (Decimal(self.amount_fen) / FEN_PER_YUAN).quantize(Decimal("0.01"))


class CasesService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    def list_cases(self) -> list[CaseSummary]:
        """Every case, newest received first, with its party counts from one grouped
        query (no per-case round trips, so 20,000 cases list quickly)."""
        is_applicant = case((CaseParty.role == CaseRole.APPLICANT.value, 1), else_=0)
        query = (
            select(Case.id, Case.number, Case.category, Case.status, Case.received_on,
                   Case.amount_fen, func.count(CaseParty.id).label("parties"),
                   func.coalesce(func.sum(is_applicant), 0).label("claimants"))
            .outerjoin(CaseParty, CaseParty.case_id == Case.id)
            .group_by(Case.id)
            .order_by(Case.received_on.desc(), Case.id.desc()))
        with self.ctx.db.reading() as session:
            return [CaseSummary(id=row.id, number=row.number, category=row.category,
                                status=row.status, parties=row.parties,
                                claimants=row.claimants, received_on=row.received_on,
                                amount_fen=row.amount_fen)
                    for row in session.execute(query)]
