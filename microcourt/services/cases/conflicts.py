"""特邀调解规定 art. 16: an invited mediator may not act as a party's agent in the same
case. Mediators carry no ID number, so "the same person" is decided by name and phone:
the same name, and phones that do not contradict each other (equal, or one missing).
A namesake who is someone else is told apart by recording both phones."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from microcourt.db.models import CaseAgent, CaseMediator, CaseParty, Mediator, PartyAgent
from microcourt.errors import UserError
from microcourt.validation.text import clean_name

RULE = "根据《最高人民法院关于人民法院特邀调解的规定》第十六条，特邀调解员不得担任同一案件当事人的代理人"


def _digits(phone: str | None) -> str:
    return "".join(ch for ch in phone or "" if ch.isdigit())


def same_person(mediator_name: str, mediator_phone: str | None, agent_name: str,
                agent_phone: str | None) -> bool:
    if clean_name(mediator_name) != clean_name(agent_name):
        return False
    ours, theirs = _digits(mediator_phone), _digits(agent_phone)
    return not ours or not theirs or ours == theirs


def refuse_agent_as_mediator(session: Session, case_id: int, agent: PartyAgent) -> None:
    """Before attaching `agent` to a party of the case: no acting mediator is that person."""
    rows = session.execute(
        select(Mediator.name, Mediator.phone).join(CaseMediator)
        .where(CaseMediator.case_id == case_id, CaseMediator.recused.is_(False))).all()
    for name, phone in rows:
        if same_person(name, phone, agent.name, agent.phone):
            raise UserError(f"代理人“{agent.name}”就是本案的调解员{name}，不能同时担任当事人的"
                            f"代理人：{RULE}。如确是同名的另一人，请在两处都登记电话号码以便区分。")


def refuse_mediator_as_agent(session: Session, case_id: int, mediator: Mediator) -> None:
    """Before `mediator` acts on the case: they are no party's agent in it."""
    rows = session.execute(
        select(PartyAgent.name, PartyAgent.phone).join(CaseAgent)
        .join(CaseParty, CaseParty.id == CaseAgent.case_party_id)
        .where(CaseParty.case_id == case_id)).all()
    for name, phone in rows:
        if same_person(mediator.name, mediator.phone, name, phone):
            raise UserError(f"调解员“{mediator.name}”已是本案当事人的代理人，不能再担任本案"
                            f"调解员：{RULE}。如确是同名的另一人，请在两处都登记电话号码以便区分。")
