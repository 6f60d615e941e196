"""Reading what a filing needs, in one session: the signed agreement in force, each
party's filing particulars (occupation, service address, e-service consent, WeChat) and
each agent's (address, ID type, licence), the court profile; and filings as plain data."""
from __future__ import annotations

from dataclasses import fields
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from microcourt.db.models import (
    Agreement,
    AgreementScan,
    CaseAgent,
    CaseParty,
    CourtProfile,
    Filing,
    Party,
    PartyAgent,
)
from microcourt.documents.inputs.filing import CourtReferral, ScanFile
from microcourt.domain import AgreementStatus, CaseRole, CaseSource, FilingStatus, ReferralKind
from microcourt.services.agreements.queries import build_detail, load_case, versions_of
from microcourt.services.cases.mapping import load_case as load_case_ref
from microcourt.services.filings.claimants import ClaimantProgress, FilingRow, progress
from microcourt.services.filings.dto import (
    FilingAgent,
    FilingApplicant,
    FilingDocumentInfo,
    FilingInfo,
    FilingSource,
)
from microcourt.services.filings.rules import ALL_APPLICANTS, needs_property_proof
from microcourt.services.settings.service import CourtProfileData


def load_source(session: Session, case_ref: int | str, today: date) -> FilingSource:
    case_id = load_case_ref(session, case_ref).id
    case = load_case(session, case_id)
    versions = versions_of(session, case_id)
    signed = [a for a in versions if a.status == AgreementStatus.SIGNED]
    drafts = [a for a in versions if a.status == AgreementStatus.DRAFT]
    agreement = build_detail(session, signed[-1], today) if signed else None
    state, refused_on = None, None
    if agreement is not None:
        state = progress(claimant_ids(session, [case_id])[case_id],
                         filing_rows(session, [agreement.id])[agreement.id])
        refused_on = last_ruling(session, agreement.id, FilingStatus.REFUSED.value)
    return FilingSource(
        agreement=agreement, draft_version=drafts[-1].version if drafts else None,
        case_id=case.id, case_number=case.number, category=case.category,
        case_status=case.status, summary=case.summary or "",
        applicants=_applicants(session, agreement, case_id) if agreement else (),
        profile=court_profile(session), property_proof_needed=needs_property_proof(case.category),
        progress=state, claimant_names=tuple(claimant_labels(session, case_id).items()),
        refused_on=refused_on,
        referral=referral_of(case), received_on=case.received_on,
        scan=scan_files(session, agreement.id) if agreement else (),
        signed_on=max((s.signed_on for s in agreement.signatures), default=None)
        if agreement else None,
        sealed_on=agreement.sealed_on if agreement else None)


def referral_of(case) -> CourtReferral | None:
    if case.source != CaseSource.COURT_REFERRAL or not case.referring_court:
        return None
    kind = ReferralKind.from_cn(case.referral_kind or "") or ReferralKind.ASSIGNED
    return CourtReferral(kind.cn, case.referring_court, case.referral_number or "")


def scan_files(session: Session, agreement_id: int) -> tuple[ScanFile, ...]:
    rows = session.scalars(select(AgreementScan).where(AgreementScan.agreement_id == agreement_id)
                           .order_by(AgreementScan.position))
    return tuple(ScanFile(r.file_name, r.media_type, r.content, r.pages) for r in rows)


def court_profile(session: Session) -> CourtProfileData:
    row = session.scalar(select(CourtProfile).limit(1))
    if row is None:
        return CourtProfileData()
    return CourtProfileData(**{f.name: getattr(row, f.name) or ""
                               for f in fields(CourtProfileData)})


def _applicants(session: Session, agreement, case_id: int) -> tuple[FilingApplicant, ...]:
    """The agreement's parties (as signed) with the registry's filing particulars."""
    links = session.scalars(
        select(CaseParty).where(CaseParty.case_id == case_id).options(
            selectinload(CaseParty.party),
            selectinload(CaseParty.agents).selectinload(CaseAgent.agent))).all()
    by_link = {link.id: link for link in links}
    applicants = []
    for particulars in agreement.parties:
        link = by_link[particulars.case_party_id]
        party: Party = link.party
        rows = {(row.agent.name, row.agent.id_number or ""): row.agent for row in link.agents
                if row.agent.active}
        agents = tuple(_agent(rows[(facts.name, facts.id_number)], facts)
                       for facts in particulars.agents if (facts.name, facts.id_number) in rows)
        applicants.append(FilingApplicant(
            party=particulars, household_address=party.household_address,
            service_address=party.service_address,
            accepts_e_service=bool(party.accepts_e_service), wechat=party.wechat,
            agents=agents, postcode=party.service_postcode,
            e_service_address=party.e_service_address))
    return tuple(applicants)


def _agent(row: PartyAgent, facts) -> FilingAgent:
    return FilingAgent(agent_id=row.id, particulars=facts, id_type=row.id_type,
                       address=row.address, licence_number=row.licence_number)


def load_filings(session: Session, case_id: int) -> list[Filing]:
    return list(session.scalars(
        select(Filing).where(Filing.case_id == case_id)
        .options(selectinload(Filing.documents)).order_by(Filing.id)))


def filing_info(filing: Filing, case_number: str, labels: dict[int, str]) -> FilingInfo:
    label = labels.get(filing.claimant_id, "") if filing.claimant_id else ALL_APPLICANTS
    return FilingInfo(
        id=filing.id, case_id=filing.case_id, case_number=case_number,
        agreement_id=filing.agreement_id, claimant_id=filing.claimant_id, label=label,
        mode=filing.mode, status=filing.status, output_dir=filing.output_dir,
        generated_at=filing.generated_at, submitted_on=filing.submitted_on,
        platform=filing.platform, court=filing.court,
        court_case_number=filing.court_case_number,
        correction_deadline=filing.correction_deadline, ruling_on=filing.ruling_on,
        notes=filing.notes or "",
        documents=tuple(FilingDocumentInfo(d.kind, d.file_name, d.sha256, d.size_bytes)
                        for d in filing.documents))


def claimant_labels(session: Session, case_id: int) -> dict[int, str]:
    """case_party id -> the party's name, for the filings' labels."""
    return dict(session.execute(
        select(CaseParty.id, Party.name).join(Party, Party.id == CaseParty.party_id)
        .where(CaseParty.case_id == case_id)).all())



def in_force(session: Session, case_id: int) -> Agreement | None:
    """The case's signed agreement version in force (the newest signed one)."""
    return session.scalar(
        select(Agreement).where(Agreement.case_id == case_id,
                                Agreement.status == AgreementStatus.SIGNED.value)
        .order_by(Agreement.version.desc()).limit(1))


def claimant_ids(session: Session, case_ids: list[int]) -> dict[int, list[int]]:
    """case id -> its claimants' case_party ids, in the case's order."""
    found: dict[int, list[int]] = {case_id: [] for case_id in case_ids}
    rows = session.execute(
        select(CaseParty.case_id, CaseParty.id)
        .where(CaseParty.case_id.in_(case_ids), CaseParty.role == CaseRole.APPLICANT.value)
        .order_by(CaseParty.position, CaseParty.id)).all()
    for case_id, link_id in rows:
        found[case_id].append(link_id)
    return found


def filing_rows(session: Session, agreement_ids: list[int]) -> dict[int, list[FilingRow]]:
    """agreement id -> its filings as FilingRows."""
    found: dict[int, list[FilingRow]] = {agreement_id: [] for agreement_id in agreement_ids}
    rows = session.execute(
        select(Filing.agreement_id, Filing.id, Filing.claimant_id, Filing.status)
        .where(Filing.agreement_id.in_(agreement_ids)).order_by(Filing.id)).all()
    for agreement_id, filing_id, claimant, status in rows:
        found[agreement_id].append(FilingRow(filing_id, claimant, status))
    return found


def case_progress(session: Session, case_id: int) -> tuple[Agreement | None, ClaimantProgress]:
    """The agreement in force and where each claimant's application of it stands."""
    agreement = in_force(session, case_id)
    rows = filing_rows(session, [agreement.id])[agreement.id] if agreement else []
    return agreement, progress(claimant_ids(session, [case_id])[case_id], rows)


def last_ruling(session: Session, agreement_id: int, status: str):
    return session.scalar(select(func.max(Filing.ruling_on)).where(
        Filing.agreement_id == agreement_id, Filing.status == status))
