"""Personal-information consent, its withdrawal, and deleting a party.

个人信息保护法 arts. 15 and 47: consent can be withdrawn, and then the personal
information is deleted. A party who appears in a case (as a party, through an agent, at
a hearing, on an agreement or an installment) cannot simply vanish, or the case record
would break: such a party is anonymized instead, everything personal cleared and only
a placeholder name kept. A party in no case is deleted outright.
"""
from __future__ import annotations

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from microcourt.db.models import (
    AgreementSignature,
    CaseAgent,
    CaseMediator,
    CaseParty,
    HearingParticipant,
    Installment,
    Party,
    PartyAgent,
)
from microcourt.services.audit import chain as audit
from microcourt.services.kernel.rules import ADMIN, DELETE, EVERYONE, PARTY, allowed, mediator_scope
from microcourt.services.parties.dto import ConsentRecord, PartyDetail, Removal
from microcourt.services.parties.mapping import load_party, party_detail
from microcourt.services.parties.rules import validate_consent
from microcourt.timeutil import now_utc, today_local

ANONYMIZED_NAME = "已匿名当事人#{id}"

# Everything personal; kind, imported amount and the consent dates stay, as the case
# and the audit need them.
_CLEARED_ON_ANONYMIZE = {
    "id_number": None, "phone": None, "household_address": None, "service_address": None,
    "wechat": None, "emergency_name": None, "emergency_relation": None,
    "emergency_phone": None, "notes": "", "gender": None, "ethnicity": None,
    "birth_date": None, "occupation": None, "needs": "", "legal_rep_name": None,
    "legal_rep_title": None, "accepts_e_service": False, "service_postcode": None,
    "e_service_address": None,
}


def party_is_linked(session: Session, party_id: int) -> bool:
    """Whether any case record refers to the party or to one of its agents."""
    agent_ids = select(PartyAgent.id).where(PartyAgent.party_id == party_id)
    return bool(session.scalar(select(or_(
        exists().where(CaseParty.party_id == party_id),
        exists().where(CaseAgent.agent_id.in_(agent_ids)),
        exists().where(HearingParticipant.party_id == party_id),
        exists().where(HearingParticipant.agent_id.in_(agent_ids)),
        exists().where(AgreementSignature.party_id == party_id),
        exists().where(or_(Installment.payer_party_id == party_id,
                           Installment.payee_party_id == party_id)),
        exists().where(CaseMediator.linked_party_id == party_id),
    ))))


def agent_is_linked(session: Session, agent_id: int) -> bool:
    return bool(session.scalar(select(or_(
        exists().where(CaseAgent.agent_id == agent_id),
        exists().where(HearingParticipant.agent_id == agent_id),
    ))))


def apply_consent(party: Party, record: ConsentRecord) -> None:
    party.consent_on = record.on
    party.consent_form = record.form
    party.consent_witness = record.witness
    party.consent_withdrawn_on = None


def has_valid_consent(party: Party) -> bool:
    return party.consent_on is not None and party.consent_withdrawn_on is None


def _anonymize(session: Session, party: Party) -> None:
    for name, value in _CLEARED_ON_ANONYMIZE.items():
        setattr(party, name, value)
    party.name = ANONYMIZED_NAME.format(id=party.id)
    party.anonymized_at = now_utc()  # the flush hook then clears every search key
    party.property_leads.clear()
    for agent in list(party.agents):  # the party's agents who acted in no case go too
        if agent_is_linked(session, agent.id):
            agent.active = False
        else:
            party.agents.remove(agent)


class PartyConsent:
    """Mixed into PartiesService: consent, withdrawal, deletion."""

    @allowed(EVERYONE, what="打印告知同意书")
    def write_consent_notice(self, out_path, name: str | None = None,
                             party_id: int | None = None, large_print: bool = True):
        """The large-print consent notice (个人信息保护法 arts. 13-17) for a registered
        party, or for a name typed before registering; written atomically and audited."""
        from pathlib import Path  # noqa: PLC0415

        from microcourt.documents.consent_notice import build_consent_notice  # noqa: PLC0415
        from microcourt.services.settings.service import SettingsService  # noqa: PLC0415

        if party_id is not None:
            name = self.get(party_id).name
        path = build_consent_notice(Path(out_path), name or "", SettingsService(self.ctx)
                                    .profile(), large_print=large_print)
        audit.record_export(self.ctx, "party.consent_notice", "party", party_id)
        return path

    @allowed(EVERYONE, what="查看当事人")
    @mediator_scope(arg="party_id", kind=PARTY)
    def is_linked(self, party_id: int) -> bool:
        """True when `delete` would anonymize rather than delete (the UI words its
        confirmation accordingly)."""
        with self.ctx.db.reading() as session:
            load_party(session, party_id)
            return party_is_linked(session, party_id)

    @allowed(ADMIN, what="修改当事人")
    def set_consent(self, party_id: int, consent: ConsentRecord) -> PartyDetail:
        record = validate_consent(consent)
        with self.ctx.db.transaction() as session:
            party = load_party(session, party_id, writable=True)
            apply_consent(party, record)
            audit.record(session, self.ctx.actor, "party.consent", "party", party_id,
                         form=record.form, on=record.on.isoformat())
            return party_detail(party, today_local())

    @allowed(ADMIN, what=DELETE)
    def withdraw_consent(self, party_id: int) -> Removal:
        """The party withdraws consent: deleted, or anonymized if in a case."""
        return self._remove(party_id, withdrawn=True)

    @allowed(ADMIN, what=DELETE)
    def delete(self, party_id: int) -> Removal:
        """Delete the party, or anonymize it if it is in a case (see `is_linked`)."""
        return self._remove(party_id, withdrawn=False)

    def _remove(self, party_id: int, withdrawn: bool) -> Removal:
        reason = "consent_withdrawn" if withdrawn else "deleted_by_liaison"
        with self.ctx.db.transaction() as session:
            party = load_party(session, party_id)
            if party.anonymized_at is not None:
                return Removal.ANONYMIZED
            if withdrawn:
                party.consent_withdrawn_on = today_local()
            if party_is_linked(session, party_id):
                _anonymize(session, party)
                outcome = Removal.ANONYMIZED
            else:
                session.delete(party)
                outcome = Removal.DELETED
            audit.record(session, self.ctx.actor, f"party.{outcome.value}", "party", party_id,
                         reason=reason)
        return outcome
