"""Parties in their roles on a case, their agents, and many-claimant cases (one
respondent against many applicants, each with the amount owed: the 77 workers).
Mixed into CasesService. After every change to applicants or their amounts the case
amount is re-derived (case_views.sync_amount), so the totals always add up."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from microcourt.db.models import Case, CaseAgent, CaseParty, Filing, Installment, Party, PartyAgent
from microcourt.domain import CaseRole
from microcourt.errors import NotFound, UserError, ValidationError, ValidationErrors
from microcourt.services.cases.conflicts import refuse_agent_as_mediator
from microcourt.services.cases.dto import CaseDetail
from microcourt.services.cases.mapping import (
    fresh_detail,
    load_case,
    load_case_party,
    log,
    party_label,
    sync_amount,
)
from microcourt.services.cases.rules import check_claim_amount, check_role
from microcourt.services.kernel.rules import ADMIN, DELETE, allowed
from microcourt.services.parties.rules import DraftError
from microcourt.validation.money import format_amount


def _load_party(session: Session, party_id: int) -> Party:
    party = session.get(Party, party_id)
    if party is None:
        raise NotFound(f"没有编号为{party_id}的当事人，可能已被删除。")
    if party.anonymized_at is not None:
        raise UserError(f"当事人编号{party_id}已经匿名化（本人撤回了同意或已删除），"
                        "不能再加入案件。")
    return party


def _claim_only_for_applicants(role: str, amount_fen: int | None) -> None:
    if amount_fen is not None and role != CaseRole.APPLICANT.value:
        raise ValidationError("claim_amount", f"只有申请人填写请求金额，{CaseRole(role).cn}不填。")


def _next_position(session: Session, case_id: int) -> int:
    last = session.scalar(select(func.max(CaseParty.position))
                          .where(CaseParty.case_id == case_id))
    return (last or 0) + 1


def _writable_case_of(session: Session, row: CaseParty) -> Case:
    return load_case(session, row.case_id, writable=True)


def _yuan(fen: int | None) -> str:
    return "未填" if fen is None else format_amount(fen, unit=True)


class CaseParties:
    """Mixed into CasesService (uses self.ctx)."""

    @allowed(ADMIN, what="修改案件")
    def add_party(self, case_id: int, party_id: int, role: str,
                  claim_amount_fen: int | None = None) -> CaseDetail:
        """Put a registered party on the case in `role` (CaseRole value). Only an
        applicant has a claim amount (integer fen, 0 allowed)."""
        role = check_role(role)
        check_claim_amount(claim_amount_fen)
        _claim_only_for_applicants(role, claim_amount_fen)
        with self.ctx.db.transaction() as session:
            case = load_case(session, case_id, writable=True)
            party = _load_party(session, party_id)
            existing = session.scalar(select(CaseParty.role).where(
                CaseParty.case_id == case.id, CaseParty.party_id == party_id))
            if existing:
                raise UserError(f"{party.name}已是本案的{CaseRole(existing).cn}，"
                                "同一当事人在一个案件中只能有一个地位。")
            session.add(CaseParty(case_id=case.id, party_id=party_id, role=role,
                                  position=_next_position(session, case.id),
                                  claim_amount_fen=claim_amount_fen))
            totals = sync_amount(session, case)
            note = f"添加{party_label(party, role)}"
            if claim_amount_fen is not None:
                note += f"（请求金额{_yuan(claim_amount_fen)}）"
            log(session, self.ctx.actor, case, "party_added", note, action="case.party_add",
                party_id=party_id, role=role, claim_amount_fen=claim_amount_fen,
                case_amount_fen=totals.amount_fen)
            return fresh_detail(session, case.id)

    @allowed(ADMIN, what=DELETE)
    def remove_party(self, case_party_id: int) -> CaseDetail:
        """Take a party off the case (with the agents acting for them in it). Refused
        once an agreement's payment plan or a filing names them."""
        with self.ctx.db.transaction() as session:
            row = load_case_party(session, case_party_id)
            case = _writable_case_of(session, row)
            if session.scalar(select(or_(
                    exists().where(Installment.claimant_id == row.id),
                    exists().where(Filing.claimant_id == row.id)))):
                raise UserError(f"{party_label(row.party, row.role)}已写入调解协议的履行计划或"
                                "司法确认申请，不能移出案件。")
            label, party_id = party_label(row.party, row.role), row.party_id
            session.delete(row)
            totals = sync_amount(session, case)
            log(session, self.ctx.actor, case, "party_removed", f"移出{label}",
                action="case.party_remove", party_id=party_id,
                case_amount_fen=totals.amount_fen)
            return fresh_detail(session, case.id)

    @allowed(ADMIN, what="修改案件")
    def set_claim_amount(self, case_party_id: int, amount_fen: int | None) -> CaseDetail:
        """An applicant's claim amount in integer fen (None clears it)."""
        check_claim_amount(amount_fen)
        with self.ctx.db.transaction() as session:
            row = load_case_party(session, case_party_id)
            case = _writable_case_of(session, row)
            _claim_only_for_applicants(row.role, amount_fen)
            before, row.claim_amount_fen = row.claim_amount_fen, amount_fen
            if before == amount_fen:
                return fresh_detail(session, case.id)
            totals = sync_amount(session, case)
            log(session, self.ctx.actor, case, "claim_amount",
                f"{party_label(row.party, row.role)}的请求金额由{_yuan(before)}改为"
                f"{_yuan(amount_fen)}", action="case.claim_amount", party_id=row.party_id,
                before_fen=before, after_fen=amount_fen, case_amount_fen=totals.amount_fen)
            return fresh_detail(session, case.id)

    @allowed(ADMIN, what="修改案件")
    def attach_agent(self, case_party_id: int, agent_id: int) -> CaseDetail:
        """Let one of the party's registered agents act for them in this case; refused
        when the agent is a mediator of the case (特邀调解规定 art. 16)."""
        with self.ctx.db.transaction() as session:
            row = load_case_party(session, case_party_id)
            case = _writable_case_of(session, row)
            agent = session.get(PartyAgent, agent_id)
            if agent is None or agent.party_id != row.party_id:
                raise UserError(f"代理人编号{agent_id}不是{row.party.name}登记的代理人，"
                                "请先在当事人资料中添加代理人。")
            if not agent.active:
                raise UserError(f"代理人{agent.name}已停用，不能再代理新的案件。")
            if any(link.agent_id == agent_id for link in row.agents):
                raise UserError(f"{agent.name}已是{row.party.name}在本案的代理人。")
            refuse_agent_as_mediator(session, case.id, agent)
            session.add(CaseAgent(case_party_id=row.id, agent_id=agent_id))
            log(session, self.ctx.actor, case, "agent_attached",
                f"{agent.name}代理{party_label(row.party, row.role)}",
                action="case.agent_attach", party_id=row.party_id, agent_id=agent_id)
            return fresh_detail(session, case.id)

    @allowed(ADMIN, what="修改案件")
    def detach_agent(self, case_party_id: int, agent_id: int) -> CaseDetail:
        with self.ctx.db.transaction() as session:
            row = load_case_party(session, case_party_id)
            case = _writable_case_of(session, row)
            link = next((a for a in row.agents if a.agent_id == agent_id), None)
            if link is None:
                raise UserError(f"代理人编号{agent_id}没有代理{row.party.name}参加本案。")
            name = link.agent.name
            row.agents.remove(link)
            log(session, self.ctx.actor, case, "agent_detached",
                f"{name}不再代理{party_label(row.party, row.role)}",
                action="case.agent_detach", party_id=row.party_id, agent_id=agent_id)
            return fresh_detail(session, case.id)

    # -- many claimants ----------------------------------------------------------------

    @allowed(ADMIN, what="修改案件")
    def add_claimants(self, case_id: int,
                      claimants: Iterable[tuple[int, int]]) -> CaseDetail:
        """Add many applicants at once, each `(party_id, amount_fen)`, all or none:
        any problem raises ValidationErrors of DraftErrors naming the entry (field
        "<index>.party_id" or "<index>.amount"), and nothing is written."""
        pairs = list(claimants)
        with self.ctx.db.transaction() as session:
            case = load_case(session, case_id, writable=True)
            parties = self._claimant_parties(session, case.id, pairs)
            self._insert_claimants(session, case, parties, [a for _, a in pairs])
            return fresh_detail(session, case.id)

    @allowed(ADMIN, what="修改案件")
    def claimants_from_parties(self, case_id: int, party_ids: Iterable[int]) -> CaseDetail:
        """Add the parties as applicants with the amount owed from their import list
        (Party.imported_amount_fen, the 金额 column), all or none."""
        ids = list(party_ids)
        with self.ctx.db.transaction() as session:
            case = load_case(session, case_id, writable=True)
            amounts = dict(session.execute(select(Party.id, Party.imported_amount_fen)
                                           .where(Party.id.in_(ids))).all())
            parties = self._claimant_parties(session, case.id,
                                             [(pid, amounts.get(pid)) for pid in ids])
            self._insert_claimants(session, case, parties, [amounts[pid] for pid in ids])
            return fresh_detail(session, case.id)

    def _claimant_parties(self, session: Session, case_id: int,
                          pairs: list[tuple[int, int | None]]) -> list[Party]:
        """The parties of `pairs`, in order, or ValidationErrors naming every bad entry."""
        if not pairs:
            raise UserError("名单是空的，没有可添加的申请人。")
        ids = [pid for pid, _ in pairs]
        found = {p.id: p for p in session.scalars(select(Party).where(Party.id.in_(ids)))}
        on_case = dict(session.execute(select(CaseParty.party_id, CaseParty.role).where(
            CaseParty.case_id == case_id, CaseParty.party_id.in_(ids))).all())
        errors, seen = [], {}
        for index, (party_id, amount) in enumerate(pairs):
            problem = self._claimant_problem(found.get(party_id), party_id, amount,
                                             on_case, seen.get(party_id))
            if problem:
                errors.append(DraftError(index, problem))
            seen.setdefault(party_id, index)
        if errors:
            raise ValidationErrors(errors)
        return [found[pid] for pid in ids]

    @staticmethod
    def _claimant_problem(party: Party | None, party_id: int, amount, on_case: dict,
                          first_index: int | None) -> ValidationError | None:
        if party is None:
            return ValidationError("party_id", f"没有编号为{party_id}的当事人。")
        if party.anonymized_at is not None:
            return ValidationError("party_id", f"当事人编号{party_id}已经匿名化，不能加入案件。")
        if first_index is not None:
            return ValidationError("party_id", f"{party.name}与第{first_index + 1}条重复。")
        if party_id in on_case:
            return ValidationError("party_id", f"{party.name}已是本案的"
                                               f"{CaseRole(on_case[party_id]).cn}。")
        if amount is None:
            return ValidationError("amount", f"{party.name}没有请求金额（名单的“金额”列为空）。")
        try:
            check_claim_amount(amount, "amount")
        except ValidationError as exc:
            return ValidationError("amount", f"{party.name}的{exc.message}")
        return None

    def _insert_claimants(self, session: Session, case: Case, parties: list[Party],
                          amounts: list[int]) -> None:
        start = _next_position(session, case.id)
        session.add_all(CaseParty(case_id=case.id, party_id=party.id,
                                  role=CaseRole.APPLICANT.value, position=start + i,
                                  claim_amount_fen=amount)
                        for i, (party, amount) in enumerate(zip(parties, amounts, strict=True)))
        totals = sync_amount(session, case)
        added = sum(amounts)
        log(session, self.ctx.actor, case, "claimants_added",
            f"添加申请人{len(parties)}名，请求金额合计{_yuan(added)}"
            f"（本案申请人共{totals.claimants}名，合计{_yuan(totals.claims_fen)}）",
            action="case.claimants_add", count=len(parties), added_fen=added,
            party_ids=[p.id for p in parties], case_amount_fen=totals.amount_fen)
