"""The party registry: registering, editing and reading parties, with their consent,
agents and search (the mixins below). Each public method is one user action in one
session, and every write leaves an audit entry naming the fields it changed (never a
full ID number)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from microcourt.db.models import Party
from microcourt.domain import IdType
from microcourt.errors import UserError, ValidationError, ValidationErrors
from microcourt.services.audit import chain as audit
from microcourt.services.kernel.context import AppContext
from microcourt.services.kernel.rules import (
    ADMIN,
    EVERYONE,
    EXPORT,
    PARTY,
    PARTY_ID,
    PARTY_IDS,
    allowed,
    mediator_scope,
    only_own,
)
from microcourt.services.parties import bulk
from microcourt.services.parties.agents import PartyAgents
from microcourt.services.parties.bulk import PartyWriter
from microcourt.services.parties.consent import PartyConsent, apply_consent, has_valid_consent
from microcourt.services.parties.dto import ConsentRecord, PartyDetail, PartyDraft, ValidatedParty
from microcourt.services.parties.mapping import assign, edit_draft, load_party, party_detail
from microcourt.services.parties.property import PartyPropertyLeads
from microcourt.services.parties.rules import DraftError, validate_consent, validate_draft
from microcourt.services.parties.search import PartySearch
from microcourt.timeutil import today_local
from microcourt.validation.idcard import mask_id
from microcourt.validation.text import clean_code

# 个人信息保护法 arts. 13-14 and 28: an ID number is sensitive personal information.
CONSENT_REQUIRED = bulk.CONSENT_REQUIRED
_columns, _needs_consent, _registered = bulk.columns, bulk.needs_consent, bulk.registered


class DuplicateParty(UserError):
    """The identity is already registered: the form offers to open `existing_id`."""

    def __init__(self, existing_id: int, existing_name: str, id_type: str, id_number: str):
        kind = IdType.from_cn(id_type or "")
        what = "统一社会信用代码" if kind is IdType.CREDIT_CODE else \
            f"{kind.cn if kind else '证件'}号码"
        super().__init__(f"{what}{mask_id(id_number)}已登记为当事人“{existing_name}”"
                         f"（编号{existing_id}），请直接打开该当事人，不要重复登记。")
        self.existing_id = existing_id
        self.existing_name = existing_name


def _normal_number(id_number: str | None) -> str:
    return "".join(clean_code(id_number).split()).upper()


def _duplicate_of(session: Session, id_type: str | None, id_number: str | None,
                  exclude_id: int | None = None) -> DuplicateParty | None:
    if not id_number:
        return None
    query = select(Party.id, Party.name).where(Party.id_type == id_type,
                                               Party.id_number == id_number)
    if exclude_id is not None:
        query = query.where(Party.id != exclude_id)
    found = session.execute(query).first()
    return DuplicateParty(found.id, found.name, id_type, id_number) if found else None


def _messages(errors: list) -> tuple[str, ...]:
    return tuple(e.message for e in errors)


class PartiesService(PartySearch, PartyConsent, PartyAgents, PartyPropertyLeads):
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------

    @allowed(EVERYONE, what="查看当事人")
    @mediator_scope(arg="party_id", kind=PARTY)
    def get(self, party_id: int) -> PartyDetail:
        """The party with its agents; the ID number masked."""
        with self.ctx.db.reading() as session:
            return party_detail(load_party(session, party_id), today_local())

    @allowed(ADMIN, what="修改当事人")
    def draft_for_edit(self, party_id: int) -> PartyDraft:
        """The stored values as a draft for the edit form (ID number masked; handing it
        back unchanged to `update` keeps the stored number)."""
        with self.ctx.db.reading() as session:
            return edit_draft(load_party(session, party_id))

    @allowed(ADMIN, what=EXPORT)
    def reveal_id_number(self, party_id: int) -> str:
        """The full ID number, for the detail view's "show" button and court filings.
        Audited with the masked number only."""
        with self.ctx.db.transaction() as session:
            party = load_party(session, party_id)
            if not party.id_number:
                return ""
            audit.record(session, self.ctx.actor, "party.reveal_id", "party", party_id,
                         id_number=mask_id(party.id_number))
            return party.id_number

    @allowed(EVERYONE, what="查看当事人")
    @only_own(PARTY_ID)
    def find_by_identity(self, id_type: str, id_number: str) -> int | None:
        with self.ctx.db.reading() as session:
            return session.scalar(select(Party.id).where(
                Party.id_type == str(id_type), Party.id_number == _normal_number(id_number)))

    @allowed(EVERYONE, what="查看当事人")
    @only_own(PARTY_IDS)
    def existing_identities(self, pairs) -> dict[tuple[str, str], int]:
        """Which of the (id_type, id_number) pairs are registered: {pair: party id},
        keyed by the pairs exactly as given (numbers are compared normalised)."""
        pairs = list(pairs)
        with self.ctx.db.reading() as session:
            found = _registered(session, [(str(t), _normal_number(n)) for t, n in pairs])
        return {tuple(pair): found[(str(pair[0]), _normal_number(pair[1]))][0]
                for pair in pairs if (str(pair[0]), _normal_number(pair[1])) in found}

    # -- writing ---------------------------------------------------------------------

    @allowed(ADMIN, what="修改当事人")
    def register(self, draft: PartyDraft, consent: ConsentRecord | None = None) -> PartyDetail:
        """Register a new party. Raises ValidationErrors for bad fields, then
        ValidationError("consent") when an ID number comes without consent, and
        DuplicateParty when the identity is already registered."""
        validated = validate_draft(draft)
        record = self._consent_for(validated, consent, already_given=False)
        try:
            with self.ctx.db.transaction() as session:
                duplicate = _duplicate_of(session, validated.id_type, validated.id_number)
                if duplicate:
                    raise duplicate
                party = Party(**_columns(validated))
                if record:
                    apply_consent(party, record)
                session.add(party)
                session.flush()
                audit.record(session, self.ctx.actor, "party.register", "party", party.id,
                             **self._audit_summary(validated, record))
                return party_detail(party, today_local(), _messages(validated.warnings),
                                    tuple(validated.notices))
        except IntegrityError:  # registered by someone else between check and insert
            raise self._duplicate_after_race(validated) from None

    @allowed(ADMIN, what="修改当事人")
    def update(self, party_id: int, draft: PartyDraft,
               consent: ConsentRecord | None = None) -> PartyDetail:
        """Save the edit form. Same errors as `register`; the masked ID number of
        `draft_for_edit` handed back unchanged keeps the stored number."""
        try:
            with self.ctx.db.transaction() as session:
                party = load_party(session, party_id, writable=True)
                validated = validate_draft(self._keep_stored_number(draft, party))
                record = self._consent_for(validated, consent, has_valid_consent(party))
                duplicate = _duplicate_of(session, validated.id_type, validated.id_number,
                                          exclude_id=party_id)
                if duplicate:
                    raise duplicate
                changed = assign(party, _columns(validated))
                if record:
                    apply_consent(party, record)
                    changed.append("consent")
                if changed:
                    audit.record(session, self.ctx.actor, "party.update", "party", party_id,
                                 changed=changed)
                return party_detail(party, today_local(), _messages(validated.warnings),
                                    tuple(validated.notices))
        except IntegrityError:
            raise self._duplicate_after_race(validated) from None

    @allowed(ADMIN, what="导入当事人")
    def create_many(self, drafts: list[PartyDraft],
                    consent: ConsentRecord | None) -> list[int]:
        """Register many parties at once (an import list), all or none: every draft is
        checked first and any problem raises ValidationErrors whose errors are
        DraftErrors naming the draft's index (or a "consent" error); then one
        transaction writes them all. Returns the new ids in the drafts' order."""
        record, errors = None, []
        if consent is not None:
            try:
                record = validate_consent(consent)
            except ValidationError as exc:
                errors.append(exc)
        with self._writing(record) as writer:
            validated, draft_errors = self._batch_errors(writer.validate(drafts))
            errors = draft_errors + errors
            if consent is None and any(_needs_consent(v) for v in validated if v):
                errors.append(ValidationError("consent", CONSENT_REQUIRED))
            if errors:
                raise ValidationErrors(errors)
            self._refuse_registered(writer, validated)
            return writer.insert(validated)

    @allowed(ADMIN, what="导入当事人")
    @contextmanager
    def bulk_create(self, consent: ConsentRecord | None) -> Iterator[PartyWriter]:
        """One transaction for a stream of parties (the importer), a chunk at a time:
        the writer's `validate` checks drafts with the party rules, `registered` tells
        which identities exist, and `insert` writes what its last `validate` accepted
        (nothing else: what a caller hands in is never trusted). Committed, with one audit entry, when the block ends; any
        exception in it (a refused row, a cancel) rolls everything back."""
        record = validate_consent(consent) if consent is not None else None
        with self._writing(record) as writer:
            yield writer

    @contextmanager
    def _writing(self, record: ConsentRecord | None) -> Iterator[PartyWriter]:
        try:
            with self.ctx.db.transaction() as session:
                writer = PartyWriter(session, record)
                yield writer
                if writer.ids:
                    audit.record(session, self.ctx.actor, "party.create_many", "party", None,
                                 count=len(writer.ids), ids=writer.ids)
        except IntegrityError:
            raise UserError("保存时发现有人同时登记了名单中的当事人，没有保存任何数据，"
                            "请重新导入。") from None

    # -- helpers ---------------------------------------------------------------------

    @staticmethod
    def _consent_for(validated: ValidatedParty, consent: ConsentRecord | None,
                     already_given: bool) -> ConsentRecord | None:
        if consent is not None:
            return validate_consent(consent)
        if _needs_consent(validated) and not already_given:
            raise ValidationError("consent", CONSENT_REQUIRED)
        return None

    @staticmethod
    def _keep_stored_number(draft: PartyDraft, party: Party) -> PartyDraft:
        if party.id_number and (draft.id_number or "").strip() == mask_id(party.id_number):
            return replace(draft, id_number=party.id_number)
        return draft

    @staticmethod
    def _audit_summary(validated: ValidatedParty, record: ConsentRecord | None) -> dict:
        filled = sorted(name for name, value in _columns(validated).items()
                        if value not in (None, "", False))
        summary = {"kind": validated.kind, "fields": filled}
        if validated.id_number:
            summary["id_number"] = mask_id(validated.id_number)
        if record:
            summary["consent"] = record.form
        return summary

    def _duplicate_after_race(self, validated: ValidatedParty) -> UserError:
        with self.ctx.db.reading() as session:
            duplicate = _duplicate_of(session, validated.id_type, validated.id_number)
        return duplicate or UserError("保存失败：数据与已有记录冲突，请刷新后重试。")

    @staticmethod
    def _batch_errors(results) -> tuple[list[ValidatedParty | None], list[ValidationError]]:
        validated, errors, seen = [], [], {}
        for index, item in enumerate(results):
            if isinstance(item, ValidationErrors):
                errors += [DraftError(index, e) for e in item.errors]
                validated.append(None)
                continue
            validated.append(item)
            identity = (item.id_type, item.id_number)
            if item.id_number and identity in seen:
                errors.append(DraftError(index, ValidationError(
                    "id_number", f"证件号码与第{seen[identity] + 1}条相同，同一个人只能登记一次。")))
            seen.setdefault(identity, index)
        return validated, errors

    @staticmethod
    def _refuse_registered(writer: PartyWriter, validated: list[ValidatedParty]) -> None:
        found = writer.registered([(v.id_type, v.id_number) for v in validated])
        errors = []
        for index, item in enumerate(validated):
            if (item.id_type, item.id_number) in found:
                existing_id, name = found[(item.id_type, item.id_number)]
                duplicate = DuplicateParty(existing_id, name, item.id_type, item.id_number)
                errors.append(DraftError(index, ValidationError("id_number", duplicate.message)))
        if errors:
            raise ValidationErrors(errors)

