"""A party and their agents as legal documents print them (民诉解释 352: identity,
domicile and contact of every party; agents and their authority).

ID numbers here are FULL: the agreement and the court filing are the two places they
print. Lists and logs must mask them with `validation.idcard.mask_id`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class AgentParticulars:
    name: str
    kind: str                     # AgentKind value
    relation: str | None
    gender: str | None
    id_number: str                # full, "" when not recorded
    phone: str | None
    work_unit: str | None
    special_authority: bool
    authority_scope: str


@dataclass(frozen=True)
class PartyParticulars:
    """A party as the agreement prints them, from the registry."""

    party_id: int
    case_party_id: int
    role: str                     # CaseRole value
    position: int
    kind: str                     # PartyKind value
    name: str
    gender: str | None
    birth_date: date | None
    ethnicity: str | None
    id_type: str | None
    id_number: str                # full, "" when not recorded
    address: str | None           # household address (住所), else the service address
    phone: str | None
    legal_rep_name: str | None
    legal_rep_title: str | None
    claim_amount_fen: int | None
    agents: tuple[AgentParticulars, ...] = ()
    occupation: str | None = None

    @property
    def is_organization(self) -> bool:
        return self.kind == "organization"
