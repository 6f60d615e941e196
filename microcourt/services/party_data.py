"""Plain data crossing the parties service boundary (forms, import, CLI, lists)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class ConsentRecord:
    """Personal-information consent (个人信息保护法): required before an ID number is
    stored. `form` is a ConsentForm value (paper / oral); oral consent names the
    liaison as witness."""

    on: date
    form: str
    witness: str | None = None


@dataclass
class PartyDraft:
    """What a form, an import row or the CLI hands the parties service, as typed (the
    service validates and normalises; nothing here is trusted)."""

    kind: str = "person"  # PartyKind value
    name: str = ""
    gender: str | None = None  # Gender value; checked against a resident ID number
    ethnicity: str | None = None
    birth_date: date | None = None  # checked against a resident ID number
    id_type: str | None = "resident_id"  # IdType value; "credit_code" for organizations
    id_number: str | None = None
    phone: str | None = None
    household_address: str | None = None
    service_address: str | None = None
    accepts_e_service: bool = False
    wechat: str | None = None
    occupation: str | None = None
    needs: list[str] = field(default_factory=list)  # PartyNeed values
    emergency_name: str | None = None
    emergency_relation: str | None = None
    emergency_phone: str | None = None
    notes: str = ""
    legal_rep_name: str | None = None  # organizations
    legal_rep_title: str | None = None
    imported_amount_fen: int | None = None  # 金额 column of a many-claimant list


@dataclass
class AgentDraft:
    kind: str = "relative"  # AgentKind value
    name: str = ""
    relation: str | None = None
    gender: str | None = None
    id_type: str | None = "resident_id"
    id_number: str | None = None
    phone: str | None = None
    address: str | None = None
    work_unit: str | None = None
    licence_number: str | None = None
    special_authority: bool = False
    authority_scope: str = ""
    is_guardian: bool = False
