"""A party's agents ad litem and guardians (民事诉讼法 arts. 61-62)."""
from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import select

from microcourt.db.models import PartyAgent
from microcourt.errors import NotFound
from microcourt.services.audit import chain as audit
from microcourt.services.kernel.rules import ADMIN, DELETE, EVERYONE, PARTY, allowed, mediator_scope
from microcourt.services.parties.consent import agent_is_linked
from microcourt.services.parties.dto import AgentDraft, AgentInfo, Removal
from microcourt.services.parties.mapping import agent_info, assign, load_party
from microcourt.services.parties.rules import validate_agent
from microcourt.validation.idcard import mask_id


def _load_agent(session, agent_id: int) -> PartyAgent:
    agent = session.get(PartyAgent, agent_id)
    if agent is None:
        raise NotFound(f"没有编号为{agent_id}的代理人，可能已被删除。")
    return agent


def _keep_stored_number(draft: AgentDraft, agent: PartyAgent) -> AgentDraft:
    """A form pre-filled from AgentInfo hands the masked number back: keep the stored one."""
    if agent.id_number and (draft.id_number or "").strip() == mask_id(agent.id_number):
        return AgentDraft(**{**asdict(draft), "id_number": agent.id_number})
    return draft


class PartyAgents:
    """Mixed into PartiesService."""

    @allowed(EVERYONE, what="查看当事人")
    @mediator_scope(arg="party_id", kind=PARTY)
    def agents(self, party_id: int, include_inactive: bool = False) -> list[AgentInfo]:
        with self.ctx.db.reading() as session:
            load_party(session, party_id)
            query = select(PartyAgent).where(PartyAgent.party_id == party_id)
            if not include_inactive:
                query = query.where(PartyAgent.active.is_(True))
            return [agent_info(a) for a in session.scalars(query.order_by(PartyAgent.id))]

    @allowed(ADMIN, what="修改当事人")
    def add_agent(self, party_id: int, draft: AgentDraft) -> AgentInfo:
        """Raises ValidationErrors naming every bad field of `draft`."""
        cleaned = validate_agent(draft)
        with self.ctx.db.transaction() as session:
            load_party(session, party_id, writable=True)
            agent = PartyAgent(party_id=party_id, **asdict(cleaned))
            session.add(agent)
            session.flush()
            audit.record(session, self.ctx.actor, "party.agent_add", "party", party_id,
                         agent_id=agent.id, kind=agent.kind,
                         special_authority=agent.special_authority)
            return agent_info(agent)

    @allowed(ADMIN, what="修改当事人")
    def update_agent(self, agent_id: int, draft: AgentDraft) -> AgentInfo:
        with self.ctx.db.transaction() as session:
            agent = _load_agent(session, agent_id)
            load_party(session, agent.party_id, writable=True)
            cleaned = validate_agent(_keep_stored_number(draft, agent))
            changed = assign(agent, asdict(cleaned))
            if changed:
                audit.record(session, self.ctx.actor, "party.agent_update", "party",
                             agent.party_id, agent_id=agent_id, changed=changed)
            return agent_info(agent)

    @allowed(ADMIN, what=DELETE)
    def remove_agent(self, agent_id: int) -> Removal:
        """Delete the agent; one who acted in a case or hearing is only marked inactive,
        so the case record still names them."""
        with self.ctx.db.transaction() as session:
            agent = _load_agent(session, agent_id)
            if agent_is_linked(session, agent_id):
                agent.active = False
                outcome = Removal.DEACTIVATED
            else:
                session.delete(agent)
                outcome = Removal.DELETED
            audit.record(session, self.ctx.actor, "party.agent_remove", "party",
                         agent.party_id, agent_id=agent_id, outcome=outcome.value)
        return outcome
