"""Mediators on a case and the recusal check (《最高人民法院关于人民法院特邀调解的规定》
arts. 15-16). When a mediator is recorded as a relative of, or otherwise linked to, a
party, the liaison must either confirm the recusal or record why the mediator continues
(e.g. both parties agreed in writing); until then the case cannot go into mediation.
A recused mediator stays on the record, marked, and cannot lead. Mixed into CasesService."""
from __future__ import annotations

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from microcourt.db.models import (
    Agreement,
    AgreementSignature,
    Case,
    CaseMediator,
    CaseParty,
    Hearing,
    Party,
)
from microcourt.errors import UserError, ValidationError
from microcourt.services.cases.conflicts import refuse_mediator_as_agent
from microcourt.services.cases.dto import CaseDetail, MediatorAssignment
from microcourt.services.cases.mapping import (
    fresh_detail,
    load_case,
    load_case_mediator,
    log,
    mediator_info,
)
from microcourt.services.cases.rules import free_text, required_reason
from microcourt.services.kernel.rules import ADMIN, DELETE, allowed
from microcourt.services.mediators.service import load_mediator

LINK_MAX = 200


def _question(name: str, party: str, link: str) -> str:
    return (f"调解员{name}与当事人{party}存在关联（{link}）。根据特邀调解规定第十五条，"
            "是当事人近亲属或与纠纷有利害关系的调解员应当回避。请确认其回避，"
            "或记录不回避的理由（如双方当事人书面同意）。")


def _link(session: Session, case_id: int, party_id: int, description: str | None) -> tuple:
    """(party name, cleaned description) of a link to a party of the case."""
    name = session.scalar(select(Party.name).join(CaseParty, CaseParty.party_id == Party.id)
                          .where(CaseParty.case_id == case_id, Party.id == party_id))
    if name is None:
        raise ValidationError("linked_party_id",
                              f"编号为{party_id}的当事人不在本案中，请先把当事人加入案件。")
    text = free_text(description)
    if not text:
        raise ValidationError("link_description",
                              f"请说明调解员与{name}是什么关系（如：堂兄、同一村民小组邻居）。")
    if len(text) > LINK_MAX:
        raise ValidationError("link_description", f"关系说明不能超过{LINK_MAX}个字。")
    return name, text


def _assignment(session: Session, row: CaseMediator, party_name: str | None) -> MediatorAssignment:
    info = mediator_info(session, row)
    question = (_question(info.name, party_name, info.link_description)
                if info.recusal_pending else "")
    return MediatorAssignment(mediator=info, recusal_required=info.recusal_pending,
                              question=question)


class CaseMediators:
    """Mixed into CasesService (uses self.ctx)."""

    @allowed(ADMIN, what="修改案件")
    def add_mediator(self, case_id: int, mediator_id: int, linked_party_id: int | None = None,
                     link_description: str | None = None,
                     is_lead: bool | None = None) -> MediatorAssignment:
        """Put an active mediator on the case; `is_lead` defaults to "yes if the case has
        no lead yet". With a link to a party, the result says a recusal decision is
        required (and `question` is the text to put to the liaison)."""
        with self.ctx.db.transaction() as session:
            case = load_case(session, case_id, writable=True)
            mediator = load_mediator(session, mediator_id)
            if not mediator.active:
                raise UserError(f"调解员{mediator.name}已停用，不能指派新的案件。")
            if session.scalar(select(exists().where(CaseMediator.case_id == case.id,
                                                    CaseMediator.mediator_id == mediator_id))):
                raise UserError(f"调解员{mediator.name}已在本案中。")
            party_name, link = (_link(session, case.id, linked_party_id, link_description)
                                if linked_party_id is not None else (None, None))
            refuse_mediator_as_agent(session, case.id, mediator)
            if is_lead is None:
                is_lead = not self._has_lead(session, case.id)
            elif is_lead:
                self._clear_lead(session, case.id)
            row = CaseMediator(case_id=case.id, mediator_id=mediator_id, is_lead=is_lead,
                               linked_party_id=linked_party_id, link_description=link)
            session.add(row)
            session.flush()
            note = f"指派调解员{mediator.name}" + ("（主持）" if is_lead else "")
            if link:
                note += f"；与{party_name}存在关联：{link}，待确认是否回避"
            log(session, self.ctx.actor, case, "mediator_added", note,
                action="case.mediator_add", mediator_id=mediator_id, is_lead=is_lead,
                linked_party_id=linked_party_id)
            return _assignment(session, row, party_name)

    @allowed(ADMIN, what="修改案件")
    def record_link(self, case_mediator_id: int, linked_party_id: int,
                    link_description: str) -> MediatorAssignment:
        """A link found after the mediator was assigned: any earlier decision is void
        and the liaison must decide again."""
        with self.ctx.db.transaction() as session:
            row = load_case_mediator(session, case_mediator_id)
            case = load_case(session, row.case_id, writable=True)
            party_name, link = _link(session, case.id, linked_party_id, link_description)
            row.linked_party_id, row.link_description = linked_party_id, link
            row.recused, row.continue_reason = False, None
            log(session, self.ctx.actor, case, "recusal",
                f"记录调解员{row.mediator.name}与{party_name}存在关联：{link}，待确认是否回避",
                action="case.recusal_link", mediator_id=row.mediator_id,
                linked_party_id=linked_party_id)
            return _assignment(session, row, party_name)

    @allowed(ADMIN, what="修改案件")
    def decide_recusal(self, case_mediator_id: int, recused: bool,
                       reason: str = "") -> CaseDetail:
        """The liaison's answer: the mediator steps aside (marked recused, no longer
        lead), or continues, which needs the reason recorded."""
        reason = free_text(reason)
        if not recused:
            reason = required_reason(reason, "reason", "不回避的理由")
        with self.ctx.db.transaction() as session:
            row = load_case_mediator(session, case_mediator_id)
            case = load_case(session, row.case_id, writable=True)
            name = row.mediator.name
            if recused:
                row.recused, row.is_lead, row.continue_reason = True, False, None
                note = f"调解员{name}回避" + (f"：{reason}" if reason else "")
            else:
                refuse_mediator_as_agent(session, case.id, row.mediator)
                row.recused, row.continue_reason = False, reason
                note = f"调解员{name}不回避，理由：{reason}"
            log(session, self.ctx.actor, case, "recusal", note, action="case.recusal",
                mediator_id=row.mediator_id, recused=recused, reason=reason)
            return fresh_detail(session, case.id)

    @allowed(ADMIN, what="修改案件")
    def set_lead(self, case_mediator_id: int) -> CaseDetail:
        """Make this mediator the one who presides; a recused mediator cannot."""
        with self.ctx.db.transaction() as session:
            row = load_case_mediator(session, case_mediator_id)
            case = load_case(session, row.case_id, writable=True)
            if row.recused:
                raise UserError(f"调解员{row.mediator.name}已回避，不能主持调解。")
            if not row.is_lead:
                self._clear_lead(session, case.id)
                row.is_lead = True
                log(session, self.ctx.actor, case, "mediator_lead",
                    f"由调解员{row.mediator.name}主持调解", action="case.mediator_lead",
                    mediator_id=row.mediator_id)
            return fresh_detail(session, case.id)

    @allowed(ADMIN, what=DELETE)
    def remove_mediator(self, case_mediator_id: int) -> CaseDetail:
        """Take a mediator off the case; refused once they held a hearing of it or
        signed its agreement (then record a recusal instead)."""
        with self.ctx.db.transaction() as session:
            row = load_case_mediator(session, case_mediator_id)
            case = load_case(session, row.case_id, writable=True)
            name = row.mediator.name
            if self._mediator_acted(session, case, row.mediator_id):
                raise UserError(f"调解员{name}已主持过本案的调解或在协议上签名，不能移出；"
                                "如需回避，请记录回避。")
            session.delete(row)
            log(session, self.ctx.actor, case, "mediator_removed", f"移出调解员{name}",
                action="case.mediator_remove", mediator_id=row.mediator_id)
            return fresh_detail(session, case.id)

    @staticmethod
    def _mediator_acted(session: Session, case: Case, mediator_id: int) -> bool:
        return bool(session.scalar(select(or_(
            exists().where(Hearing.case_id == case.id, Hearing.mediator_id == mediator_id),
            exists().where(AgreementSignature.mediator_id == mediator_id,
                           AgreementSignature.agreement_id == Agreement.id,
                           Agreement.case_id == case.id)))))

    @staticmethod
    def _has_lead(session: Session, case_id: int) -> bool:
        return bool(session.scalar(select(exists().where(
            CaseMediator.case_id == case_id, CaseMediator.is_lead.is_(True),
            CaseMediator.recused.is_(False)))))

    @staticmethod
    def _clear_lead(session: Session, case_id: int) -> None:
        for other in session.scalars(select(CaseMediator).where(
                CaseMediator.case_id == case_id, CaseMediator.is_lead.is_(True))):
            other.is_lead = False
