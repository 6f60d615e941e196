"""Plain data crossing the parties service boundary (forms, import, CLI, lists)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


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
    service_postcode: str | None = None  # six digits, of the service address
    e_service_address: str | None = None  # e-mail for electronic service
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


@dataclass
class ValidatedParty:
    """A PartyDraft after `party_rules.validate_draft`: cleaned, normalised values ready
    to store, plus what the liaison should be told. `warnings` are ValidationErrors that
    do not block saving (an unknown region code); `notices` say what was filled in
    (the service address copied from the household address)."""

    kind: str
    name: str
    gender: str | None
    ethnicity: str | None
    birth_date: date | None
    id_type: str | None
    id_number: str | None
    phone: str | None
    household_address: str | None
    service_address: str | None
    accepts_e_service: bool
    wechat: str | None
    occupation: str | None
    needs: list[str]
    emergency_name: str | None
    emergency_relation: str | None
    emergency_phone: str | None
    notes: str
    legal_rep_name: str | None
    legal_rep_title: str | None
    imported_amount_fen: int | None
    service_postcode: str | None = None
    e_service_address: str | None = None
    service_address_defaulted: bool = False
    warnings: list = field(default_factory=list)  # list[ValidationError]
    notices: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AgentInfo:
    """An agent as lists and forms show it; `id_number` is masked."""

    id: int
    party_id: int
    kind: str
    name: str
    relation: str | None
    gender: str | None
    id_type: str | None
    id_number: str
    phone: str | None
    address: str | None
    work_unit: str | None
    licence_number: str | None
    special_authority: bool
    authority_scope: str
    is_guardian: bool
    active: bool


@dataclass(frozen=True)
class PartyDetail:
    """One party as the detail view shows it. `id_number` is masked; the full number is
    only given by `PartiesService.reveal_id_number`, which is audited. `age` and
    `elderly` are computed on read. `warnings`/`notices` are filled by the write that
    returned this detail (register, update), empty on a plain read."""

    id: int
    kind: str
    name: str
    gender: str | None
    ethnicity: str | None
    birth_date: date | None
    age: int | None
    elderly: bool
    id_type: str | None
    id_number: str
    has_id_number: bool
    phone: str | None
    household_address: str | None
    service_address: str | None
    accepts_e_service: bool
    wechat: str | None
    occupation: str | None
    needs: tuple[str, ...]
    emergency_name: str | None
    emergency_relation: str | None
    emergency_phone: str | None
    notes: str
    legal_rep_name: str | None
    legal_rep_title: str | None
    imported_amount_fen: int | None
    consent_on: date | None
    consent_form: str | None
    consent_witness: str | None
    consent_withdrawn_on: date | None
    anonymized: bool
    agents: tuple[AgentInfo, ...] = ()
    service_postcode: str | None = None
    e_service_address: str | None = None
    warnings: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()

    @property
    def has_consent(self) -> bool:
        return self.consent_on is not None and self.consent_withdrawn_on is None


@dataclass(frozen=True)
class PartyRow:
    """One line of the party list or a search result; `id_number` is masked."""

    id: int
    name: str
    kind: str
    gender: str | None
    birth_date: date | None
    age: int | None
    elderly: bool
    id_number: str
    phone: str | None
    household_address: str | None


@dataclass(frozen=True)
class PartyPage:
    """A search's total and one window of its rows (`PartiesService.page`)."""

    total: int
    rows: list[PartyRow]


class Removal(StrEnum):
    """What `delete` / `withdraw_consent` / `remove_agent` did: a party linked to a case
    is anonymized and an agent who acted in one deactivated, so the case stays whole;
    anything unlinked is deleted."""

    DELETED = "deleted"
    ANONYMIZED = "anonymized"
    DEACTIVATED = "deactivated"


@dataclass(frozen=True)
class PropertyLeadDraft:
    """One thing known about a debtor's property, as typed: `kind` a PropertyKind value
    (or its Chinese term), `detail` e.g. 农业银行临安支行 6228 **** 1234."""

    kind: str
    detail: str


@dataclass(frozen=True)
class PropertyLeadInfo:
    id: int
    kind: str                     # PropertyKind value
    detail: str
