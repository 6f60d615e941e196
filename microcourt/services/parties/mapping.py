"""Between the ORM rows and the plain dataclasses views receive: loading a party, applying
changes field by field, and converting rows. ID numbers leave here masked; age and
`elderly` are computed for the day asked."""
from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from microcourt.db.models import Party, PartyAgent
from microcourt.errors import NotFound, UserError
from microcourt.services.parties.dto import AgentInfo, PartyDetail, PartyDraft, PartyRow
from microcourt.timeutil import age_on
from microcourt.validation.idcard import mask_id
from microcourt.validation.identity import is_elderly


def load_party(session: Session, party_id: int, *, writable: bool = False) -> Party:
    """The party, or NotFound; `writable` also refuses an anonymized party, whose
    remaining record only keeps old cases whole."""
    party = session.get(Party, party_id)
    if party is None:
        raise NotFound(f"没有编号为{party_id}的当事人，可能已被删除。")
    if writable and party.anonymized_at is not None:
        raise UserError(f"当事人编号{party_id}已经匿名化（本人撤回了同意或已删除），不能再修改。")
    return party


def assign(row, values: dict) -> list[str]:
    """Set each attribute of `row` from `values`; return the names that changed."""
    changed = []
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed.append(name)
    return changed


def needs_of(stored: str) -> tuple[str, ...]:
    return tuple(n for n in (stored or "").split(",") if n)


def age_of(birth: date | None, today: date) -> int | None:
    return age_on(birth, today) if birth else None


def agent_info(agent: PartyAgent) -> AgentInfo:
    return AgentInfo(
        id=agent.id, party_id=agent.party_id, kind=agent.kind, name=agent.name,
        relation=agent.relation, gender=agent.gender, id_type=agent.id_type,
        id_number=mask_id(agent.id_number), phone=agent.phone, address=agent.address,
        work_unit=agent.work_unit, licence_number=agent.licence_number,
        special_authority=agent.special_authority, authority_scope=agent.authority_scope,
        is_guardian=agent.is_guardian, active=agent.active)


def party_detail(party: Party, today: date, warnings: tuple[str, ...] = (),
                 notices: tuple[str, ...] = ()) -> PartyDetail:
    return PartyDetail(
        id=party.id, kind=party.kind, name=party.name, gender=party.gender,
        ethnicity=party.ethnicity, birth_date=party.birth_date,
        age=age_of(party.birth_date, today), elderly=is_elderly(party.birth_date, today),
        id_type=party.id_type, id_number=mask_id(party.id_number),
        has_id_number=bool(party.id_number), phone=party.phone,
        household_address=party.household_address, service_address=party.service_address,
        accepts_e_service=party.accepts_e_service, wechat=party.wechat,
        occupation=party.occupation, needs=needs_of(party.needs),
        emergency_name=party.emergency_name, emergency_relation=party.emergency_relation,
        emergency_phone=party.emergency_phone, notes=party.notes or "",
        legal_rep_name=party.legal_rep_name, legal_rep_title=party.legal_rep_title,
        imported_amount_fen=party.imported_amount_fen, consent_on=party.consent_on,
        consent_form=party.consent_form, consent_witness=party.consent_witness,
        consent_withdrawn_on=party.consent_withdrawn_on,
        anonymized=party.anonymized_at is not None,
        agents=tuple(agent_info(a) for a in party.agents),
        service_postcode=party.service_postcode, e_service_address=party.e_service_address,
        warnings=warnings, notices=notices)


def edit_draft(party: Party) -> PartyDraft:
    """A PartyDraft to pre-fill the edit form. The ID number is masked: handed back
    unchanged to `update`, it keeps the stored number (the form never holds it)."""
    return PartyDraft(
        kind=party.kind, name=party.name, gender=party.gender, ethnicity=party.ethnicity,
        birth_date=party.birth_date, id_type=party.id_type,
        id_number=mask_id(party.id_number) or None, phone=party.phone,
        household_address=party.household_address, service_address=party.service_address,
        accepts_e_service=party.accepts_e_service, wechat=party.wechat,
        occupation=party.occupation, needs=list(needs_of(party.needs)),
        emergency_name=party.emergency_name, emergency_relation=party.emergency_relation,
        emergency_phone=party.emergency_phone, notes=party.notes or "",
        legal_rep_name=party.legal_rep_name, legal_rep_title=party.legal_rep_title,
        imported_amount_fen=party.imported_amount_fen, service_postcode=party.service_postcode,
        e_service_address=party.e_service_address)


# Columns a list row needs, read without loading whole Party objects.
ROW_COLUMNS = (Party.id, Party.name, Party.kind, Party.gender, Party.birth_date,
               Party.id_number, Party.phone, Party.household_address)


def party_row(values, today: date) -> PartyRow:
    """`values`: a result row of ROW_COLUMNS."""
    return PartyRow(id=values.id, name=values.name, kind=values.kind, gender=values.gender,
                    birth_date=values.birth_date, age=age_of(values.birth_date, today),
                    elderly=is_elderly(values.birth_date, today),
                    id_number=mask_id(values.id_number), phone=values.phone,
                    household_address=values.household_address)
