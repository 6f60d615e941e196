"""Who takes part in a hearing and from where: the default list drawn from the case
(judge at the court, mediator and parties in the village room, a lawyer at the law
office), and the check of a list typed on the form against the case."""
from __future__ import annotations

from microcourt.db.models import Case, HearingParticipant, Mediator
from microcourt.domain import AgentKind, HearingKind, JoinLocation
from microcourt.errors import ValidationError
from microcourt.services.hearings.dto import PARTICIPANT_ROLES, ParticipantDraft
from microcourt.validation.phone import optional_phone
from microcourt.validation.text import clean_name

FIELD = "participants"
NAME_MAX = 200


def default_participants(case: Case, kind: str, judge: str,
                         mediator: Mediator | None) -> list[ParticipantDraft]:
    """Judge (not for on-site mediation), mediator, every party of the case in its role
    and every agent acting in the case; a party with recorded needs (hard of hearing,
    cannot read...) is marked as needing the liaison's help to join."""
    rows: list[ParticipantDraft] = []
    if judge and kind != HearingKind.ONSITE_MEDIATION.value:
        rows.append(ParticipantDraft(name=judge, role="judge", location=JoinLocation.COURT.value))
    if mediator is not None:
        rows.append(ParticipantDraft(name=mediator.name, role="mediator",
                                     location=JoinLocation.VILLAGE_ROOM.value,
                                     phone=mediator.phone))
    for link in case.parties:
        party = link.party
        rows.append(ParticipantDraft(name=party.name, role=link.role,
                                     location=JoinLocation.VILLAGE_ROOM.value,
                                     phone=party.phone, needs_help=bool(party.needs),
                                     party_id=party.id))
    for link in case.parties:
        for acting in link.agents:
            agent = acting.agent
            at_office = agent.kind == AgentKind.LAWYER.value
            rows.append(ParticipantDraft(
                name=agent.name, role="agent", phone=agent.phone, agent_id=agent.id,
                location=(JoinLocation.LAW_OFFICE if at_office else JoinLocation.VILLAGE_ROOM).value))
    return rows


def _role(raw: str) -> str | None:
    text = (raw or "").strip()
    if text in PARTICIPANT_ROLES:
        return text
    return next((code for code, cn in PARTICIPANT_ROLES.items() if cn == text), None)


def _location(raw: str) -> str | None:
    member = JoinLocation.from_cn(raw or "")
    return member.value if member else None


def checked_participants(drafts: list[ParticipantDraft], case: Case
                         ) -> tuple[list[HearingParticipant], list[ValidationError]]:
    """New participant rows for the drafts, and the problems as one ValidationError
    for the field "participants" (a form shows one message per field) naming each row
    and person."""
    if not drafts:
        return [], [ValidationError(FIELD, "请至少添加一位参加人。")]
    party_ids = {link.party_id for link in case.parties}
    agent_ids = {acting.agent_id for link in case.parties for acting in link.agents}
    rows, errors, seen = [], [], set()
    for number, draft in enumerate(drafts, start=1):
        name = clean_name(draft.name)
        problem = _problem(draft, name, party_ids, agent_ids, seen)
        phone = None
        if problem is None:
            try:
                phone = optional_phone(draft.phone, FIELD)
            except ValidationError as exc:
                problem = exc.message
        if problem:
            errors.append(f"第{number}位参加人{name}：{problem.rstrip('。')}")
            continue
        rows.append(HearingParticipant(
            name=name, role=_role(draft.role), location=_location(draft.location),
            phone=phone, needs_help=bool(draft.needs_help), party_id=draft.party_id,
            agent_id=draft.agent_id))
    if errors:
        return rows, [ValidationError(FIELD, "；".join(errors) + "。")]
    return rows, []


def _problem(draft: ParticipantDraft, name: str, party_ids: set, agent_ids: set,
             seen: set) -> str | None:
    if not name:
        return "请填写姓名。"
    if len(name) > NAME_MAX:
        return f"姓名不能超过{NAME_MAX}个字。"
    if _role(draft.role) is None:
        return f"身份“{draft.role}”不认识，可选：{'、'.join(PARTICIPANT_ROLES.values())}。"
    if _location(draft.location) is None:
        options = "、".join(m.cn for m in JoinLocation)
        return f"参加地点“{draft.location}”不认识，可选：{options}。"
    if draft.party_id is not None and draft.party_id not in party_ids:
        return "不是本案的当事人。"
    if draft.agent_id is not None and draft.agent_id not in agent_ids:
        return "不是本案当事人的代理人。"
    for key in (("party", draft.party_id), ("agent", draft.agent_id)):
        if key[1] is not None:
            if key in seen:
                return "重复添加了。"
            seen.add(key)
    return None
