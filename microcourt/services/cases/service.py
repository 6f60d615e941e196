"""Cases: the list, registering and editing a case, its detail page, the lifecycle and
the timeline. Parties in roles live in case_parties.py, mediators and the recusal check
in case_mediators.py (mixed in below). Each public method is one user action in one
session; every write leaves a timeline event and an audit entry."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, case, func, or_, select

from microcourt.db.models import Case, CaseParty, Party
from microcourt.domain import CaseRole, CaseStatus
from microcourt.errors import UserError, ValidationError, ValidationErrors
from microcourt.services.cases.dto import CaseDetail, CaseDraft, CaseTotals
from microcourt.services.cases.lifecycle import check_transition
from microcourt.services.cases.mapping import (
    case_detail,
    fresh_detail,
    load_case,
    log,
    sync_amount,
    totals_of,
)
from microcourt.services.cases.mediators import CaseMediators
from microcourt.services.cases.numbers import next_case_number
from microcourt.services.cases.parties import CaseParties
from microcourt.services.cases.rules import (
    ValidatedCase,
    coded,
    free_text,
    mediation_problems,
    note_text,
    validate_case,
)
from microcourt.services.kernel.context import AppContext
from microcourt.services.kernel.rules import (
    ADMIN,
    CASE,
    EVERYONE,
    ID_SET,
    MEDIATOR,
    ROWS_BY_ID,
    allowed,
    mediator_scope,
    only_own,
)
from microcourt.timeutil import now_utc, today_local
from microcourt.validation.money import fen_to_yuan, format_amount

FEN_PER_YUAN = Decimal(100)
_FIELD_NAMES = {"category": "类别", "summary": "案情摘要", "claims": "请求事项",
                "amount_fen": "标的额", "received_on": "收案日期", "source": "来源",
                "referral_kind": "委派方式", "referring_court": "委派法院",
                "referral_number": "法院案号"}


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


class CasesService(CaseParties, CaseMediators):
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------

    @allowed(EVERYONE, what="查看案件")
    @only_own(ROWS_BY_ID)
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

    @allowed(EVERYONE, what="查找案件")
    @only_own(ID_SET)
    def matching_ids(self, text: str) -> set[int]:
        """Cases whose summary or claims contain every word of `text`, or one of whose
        parties matches it (name, pinyin or initials): what the list's search box needs
        beyond the number and category shown in each row."""
        words = text.split()
        if not words:
            return set()
        conditions = []
        for word in words:
            lower = word.lower()
            party_cases = (select(CaseParty.case_id).join(Party, Party.id == CaseParty.party_id)
                           .where(or_(Party.name.contains(word, autoescape=True),
                                      Party.name_pinyin.startswith(lower, autoescape=True),
                                      Party.name_initials.startswith(lower, autoescape=True))))
            conditions.append(or_(Case.summary.contains(word, autoescape=True),
                                  Case.claims.contains(word, autoescape=True),
                                  Case.id.in_(party_cases)))
        with self.ctx.db.reading() as session:
            return set(session.scalars(select(Case.id).where(and_(*conditions))))

    @allowed(EVERYONE, what="查看案件")
    @mediator_scope(arg="case_ref", kind=CASE)
    def get_case(self, case_ref: int | str) -> CaseDetail:
        """The case by id (int) or registry number (str), with parties in roles
        (ID numbers masked), mediators and their recusal state, the timeline, totals."""
        with self.ctx.db.reading() as session:
            return case_detail(session, load_case(session, case_ref, detail=True))

    @allowed(EVERYONE, what="查看案件")
    @mediator_scope(arg="case_ref", kind=CASE)
    def draft_for_edit(self, case_ref: int | str) -> CaseDraft:
        with self.ctx.db.reading() as session:
            row = load_case(session, case_ref)
            return CaseDraft(category=row.category, summary=row.summary or "",
                             claims=row.claims or "",
                             amount=None if row.amount_fen is None else fen_to_yuan(row.amount_fen),
                             received_on=row.received_on, source=row.source,
                             referral_kind=row.referral_kind or "",
                             referring_court=row.referring_court or "",
                             referral_number=row.referral_number or "")

    @allowed(EVERYONE, what="查看案件")
    @mediator_scope(arg="case_ref", kind=CASE)
    def totals(self, case_ref: int | str) -> CaseTotals:
        with self.ctx.db.reading() as session:
            row = load_case(session, case_ref)
            parties = session.execute(select(CaseParty.role, CaseParty.claim_amount_fen)
                                      .where(CaseParty.case_id == row.id)).all()
            return totals_of(parties, row.amount_fen)

    # -- writing ---------------------------------------------------------------------

    @allowed(ADMIN, what="修改案件")
    def create_case(self, draft: CaseDraft) -> CaseDetail:
        """Register a case: ValidationErrors by field, else a new case in status
        registered with the next registry number of the received year (reserved in this
        same transaction, never handed out again) and a "created" event."""
        valid = validate_case(draft)
        with self.ctx.db.transaction() as session:
            number, seq = next_case_number(session, valid.received_on.year)
            row = Case(number=number, year=valid.received_on.year, seq=seq,
                       category=valid.category, summary=valid.summary, claims=valid.claims,
                       amount_fen=valid.amount_fen, received_on=valid.received_on,
                       source=valid.source, status=CaseStatus.REGISTERED.value,
                       status_changed_at=now_utc(), referral_kind=valid.referral_kind,
                       referring_court=valid.referring_court,
                       referral_number=valid.referral_number)
            session.add(row)
            session.flush()
            log(session, self.ctx.actor, row, "created", "登记收案", action="case.create",
                to_status=CaseStatus.REGISTERED.value, category=valid.category,
                source=valid.source, amount_fen=valid.amount_fen)
            return fresh_detail(session, row.id)

    @allowed(ADMIN, what="修改案件")
    def update_case(self, case_ref: int | str, draft: CaseDraft) -> CaseDetail:
        """Save the case form. The registry number never changes (not even with the
        received year). In a many-claimant case the amount is the claimants' sum: a
        different amount typed here is refused, an empty one keeps the sum."""
        valid = validate_case(draft)
        with self.ctx.db.transaction() as session:
            row = load_case(session, case_ref, writable=True)
            totals = sync_amount(session, row)
            valid = self._amount_rule(valid, totals)
            changed = [name for name in _FIELD_NAMES if getattr(row, name) != getattr(valid, name)]
            for name in changed:
                setattr(row, name, getattr(valid, name))
            if changed:
                log(session, self.ctx.actor, row, "updated",
                    "修改了" + "、".join(_FIELD_NAMES[n] for n in changed),
                    action="case.update", changed=changed)
            return fresh_detail(session, row.id)

    @allowed(ADMIN, what="修改案件")
    def change_status(self, case_ref: int | str, target: str, reason: str = "") -> CaseDetail:
        """Move the case along its lifecycle (case_lifecycle.TRANSITIONS), writing a
        "status" event with who, when and why. Refused with the reason when the step
        makes no sense, lacks a required reason, or (into mediation) the case is not
        ready: see `case_rules.mediation_problems`."""
        target_status = CaseStatus(coded(CaseStatus, target, "status", "案件状态"))
        reason = free_text(reason)
        with self.ctx.db.transaction() as session:
            row = load_case(session, case_ref, detail=True)
            check_transition(row.status, target_status, reason)
            if target_status is CaseStatus.IN_MEDIATION:
                problems = mediation_problems(row)
                if problems:
                    raise UserError(f"案件{row.number}还不能开始调解：" + "；".join(problems))
            source = row.status
            row.status, row.status_changed_at = target_status.value, now_utc()
            row.closed_on = today_local() if target_status is CaseStatus.CLOSED else None
            log(session, self.ctx.actor, row, "status",
                reason or f"{CaseStatus(source).cn} → {target_status.cn}",
                action="case.status", from_status=source, to_status=target_status.value,
                reason=reason)
            return fresh_detail(session, row.id)

    @allowed(ADMIN, MEDIATOR, what="记录案件备注")
    @mediator_scope(arg="case_ref", kind=CASE)
    def add_note(self, case_ref: int | str, text: str) -> CaseDetail:
        """A free note on the timeline (allowed on closed cases too)."""
        note = note_text(text)
        with self.ctx.db.transaction() as session:
            row = load_case(session, case_ref)
            log(session, self.ctx.actor, row, "note", note, length=len(note))
            return fresh_detail(session, row.id)

    # -- helpers ---------------------------------------------------------------------

    @staticmethod
    def _amount_rule(valid: ValidatedCase, totals: CaseTotals) -> ValidatedCase:
        if not totals.amount_from_claimants or valid.amount_fen == totals.claims_fen:
            return valid
        if valid.amount_fen is None:
            return replace(valid, amount_fen=totals.claims_fen)
        raise ValidationErrors([ValidationError(
            "amount", f"本案标的额是{totals.claimants_with_amount}名申请人请求金额的合计"
                      f"（{format_amount(totals.claims_fen, unit=True)}），"
                      f"不能改为{format_amount(valid.amount_fen, unit=True)}；"
                      "请修改各申请人的请求金额。")])
