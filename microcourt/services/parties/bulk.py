"""Writing many validated parties inside one transaction, a chunk at a time.

The importer streams a file: it validates a chunk of rows, asks which identities are
registered already, and hands the chunk over; one `executemany` INSERT per chunk (the
ORM's bulk insert: no object per row, so 100,000 rows cost a chunk of memory). The
search keys the ORM's flush hook would fill are filled here the same way, and the new
ids are reported to the change model with `note`. Nothing is committed until the
`bulk_create` block ends without an error: a refusal or a cancel rolls everything back.
"""
from __future__ import annotations

from dataclasses import fields
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from microcourt.db.models import Party
from microcourt.db.models.parties import search_key_values, write_search_grams
from microcourt.domain import PartyKind
from microcourt.errors import ValidationError, ValidationErrors
from microcourt.services.kernel.changes import Changes, note
from microcourt.services.parties.dto import ConsentRecord, ValidatedParty
from microcourt.services.parties.rules import validate_draft
from microcourt.timeutil import today_local

CONSENT_REQUIRED = "保存身份证号码前，需要先记录当事人的个人信息同意"
_LOOKUP_CHUNK = 500  # SQLite's bound-parameter limit is far above; keeps statements small
_NOT_STORED = {"service_address_defaulted", "warnings", "notices"}


def columns(validated: ValidatedParty) -> dict:
    """The stored columns of a validated party (what `Party(**columns)` takes)."""
    values = {f.name: getattr(validated, f.name) for f in fields(validated)
              if f.name not in _NOT_STORED}
    values["needs"] = ",".join(validated.needs)
    return values


def needs_consent(validated: ValidatedParty) -> bool:
    return validated.kind == PartyKind.PERSON.value and bool(validated.id_number)


def registered(session: Session, identities) -> dict[tuple[str, str], tuple[int, str]]:
    """{(id_type, id_number): (party id, name)} for those of `identities` registered;
    numbers looked up in chunks, so a 1000-row import costs a couple of queries."""
    wanted = {identity for identity in identities if identity[1]}
    numbers = sorted({number for _, number in wanted})
    found = {}
    for start in range(0, len(numbers), _LOOKUP_CHUNK):
        query = select(Party.id, Party.name, Party.id_type, Party.id_number).where(
            Party.id_number.in_(numbers[start:start + _LOOKUP_CHUNK]))
        for row in session.execute(query):
            if (row.id_type, row.id_number) in wanted:
                found[(row.id_type, row.id_number)] = (row.id, row.name)
    return found


class PartyWriter:
    """Handed out by `PartiesService.bulk_create`; valid only inside its block."""

    def __init__(self, session: Session, consent: ConsentRecord | None):
        self.session = session
        self.consent = consent
        self.ids: list[int] = []
        self._accepted: set[int] = set()  # id() of what the last `validate` returned

    def validate(self, drafts, today: date | None = None
                 ) -> list[ValidatedParty | ValidationErrors]:
        """Each draft through the party rules: its values to store, or its errors."""
        today = today or today_local()
        results = []
        for draft in drafts:
            try:
                results.append(validate_draft(draft, today))
            except ValidationErrors as exc:
                results.append(exc)
        self._accepted = {id(r) for r in results if isinstance(r, ValidatedParty)}
        self._held = results  # keeps the ids above from being reused
        return results

    def registered(self, identities) -> dict[tuple[str, str], tuple[int, str]]:
        """Which (id_type, id_number) pairs are registered, seen inside this transaction."""
        return registered(self.session, identities)

    def insert(self, validated: list[ValidatedParty]) -> list[int]:
        """Insert the parties in one statement; their new ids, in order. Raises
        ValidationError("consent") for an ID number without the consent record."""
        if not validated:
            return []
        if any(id(v) not in self._accepted for v in validated):
            raise ValueError("insert() takes only what this writer's validate() accepted")
        if self.consent is None and any(needs_consent(v) for v in validated):
            raise ValidationError("consent", CONSENT_REQUIRED)
        rows = [self._row(v) for v in validated]
        statement = insert(Party).returning(Party.id, sort_by_parameter_order=True)
        ids = list(self.session.scalars(statement, rows))
        # the grams the ORM's after_insert hook would write (search by any reading)
        write_search_grams(self.session.connection(), [
            (party_id, row["name"], row["name_pinyin"], row["phone_digits"])
            for party_id, row in zip(ids, rows, strict=True)], replace=False)
        note(self.session, Changes(parties=ids))
        self.ids += ids
        self._accepted, self._held = set(), []
        return ids

    def _row(self, validated: ValidatedParty) -> dict:
        row = columns(validated)
        row.update(search_key_values(row["name"], row["id_number"], row["phone"]))
        if self.consent is not None:
            row.update(consent_on=self.consent.on, consent_form=self.consent.form,
                       consent_witness=self.consent.witness, consent_withdrawn_on=None)
        return row
