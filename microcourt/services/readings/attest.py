"""What the recorded readings mean for the printed forms and for signing.

* The agreement and the service address form print the attestation of each party whose
  latest reading is of exactly the wording printed and was understood.
* Signing refuses a party whose latest reading of the agreement is of other wording
  (the text changed after it was read: a draft edited, a new version, particulars
  corrected) or who said they did not understand. Refuse rather than warn: the
  attestation and the party's consent must be about the words signed, and a party who
  cannot read would otherwise sign what they never heard (民诉解释 358: a court refuses
  an agreement not made voluntarily). A party with no reading at all is not held up:
  many read the paper themselves, and the signing dialog shows who has had it read.
"""
from __future__ import annotations

from sqlalchemy.orm import Session

from microcourt.errors import ValidationError
from microcourt.services.agreements.dto import AgreementDetail
from microcourt.services.filings.dto import FilingSource
from microcourt.services.readings.dto import ReadDocument, ReadingAttestation, ReadingState
from microcourt.services.readings.queries import attestation, latest_by_party, state_of
from microcourt.services.readings.scripts import agreement_text, service_address_text
from microcourt.timeutil import format_date_cn


def agreement_attestations(session: Session, detail: AgreementDetail,
                           profile) -> tuple[ReadingAttestation, ...]:
    latest = latest_by_party(session, detail.case_id, ReadDocument.AGREEMENT)
    if not latest:
        return ()
    digest = agreement_text(detail, profile).digest
    found = (attestation(latest.get(p.party_id), digest) for p in detail.parties)
    return tuple(a for a in found if a is not None)


def service_address_attestations(session: Session, source: FilingSource
                                 ) -> dict[int, ReadingAttestation]:
    """party id -> the attestation its service address form prints."""
    latest = latest_by_party(session, source.case_id, ReadDocument.SERVICE_ADDRESS)
    found = {}
    for applicant in source.applicants:
        last = latest.get(applicant.party.party_id)
        if last is not None:
            digest = service_address_text(source, applicant).digest
            if (current := attestation(last, digest)) is not None:
                found[applicant.party.party_id] = current
    return found


def signing_errors(session: Session, detail: AgreementDetail, profile) -> list[ValidationError]:
    latest = latest_by_party(session, detail.case_id, ReadDocument.AGREEMENT)
    if not latest:
        return []
    digest = agreement_text(detail, profile).digest
    errors = []
    for party in detail.parties:
        last = latest.get(party.party_id)
        state = state_of(last, digest)
        if state == ReadingState.STALE:
            errors.append(ValidationError("readings", (
                f"{party.name}听到的是改动前的协议（{format_date_cn(last.read_on)}由"
                f"{last.read_by}宣读{last.title}），协议改动后需要重新向其宣读。"
                "请点“朗读”把现在的协议读给当事人听，确认听明白后再登记签署。")))
        elif state == ReadingState.NOT_UNDERSTOOD:
            errors.append(ValidationError("readings", (
                f"{party.name}在{format_date_cn(last.read_on)}听读协议后表示没有听明白。"
                "请向当事人解释清楚、重新宣读，确认听明白后再登记签署。")))
    return errors
