"""Each readable document's script, made from the same story its PDF is printed from
(documents/reading_text.py), with the people it may be read to.

A document is named by (kind, case, subject): the agreement by its version's id, the
service address form by the party, the power of attorney by the agent, a hearing notice
by the participant, the consent notice by the party (no case: it is read at
registration). A subject that is not of the named case is NotFound, so a mediator
cannot reach another case's papers through their own case's number.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from microcourt.db.models import PartyAgent
from microcourt.documents.reading_text import story_script
from microcourt.documents.styles import document_styles
from microcourt.errors import NotFound, UserError
from microcourt.services.agreements.dto import AgreementDetail
from microcourt.services.agreements.queries import build_detail, load_agreement
from microcourt.services.filings.dto import FilingSource
from microcourt.services.filings.queries import court_profile, load_source
from microcourt.services.kernel.context import AppContext
from microcourt.services.parties.mapping import load_party
from microcourt.services.readings.dto import (
    DocumentScript,
    Listener,
    ReadableDocument,
    ReadDocument,
)
from microcourt.speech.script import Script

STYLES = document_styles(False)  # the wording is the same in large print


def agreement_text(detail: AgreementDetail, profile) -> Script:
    from microcourt.documents.agreement import TITLE, agreement_story  # noqa: PLC0415

    title = f"{TITLE}（第{detail.version}版）"
    return story_script(title, agreement_story(detail, profile, STYLES), STYLES)


def agreement_script(session: Session, case_id: int | None, agreement_id: int,
                     today: date) -> DocumentScript:
    agreement = load_agreement(session, agreement_id)
    _same_case(agreement.case_id, case_id)
    detail = build_detail(session, agreement, today)
    if not detail.parties:
        raise UserError(f"案件{detail.case_number}还没有当事人，协议还不能朗读。")
    return DocumentScript(
        ReadDocument.AGREEMENT.value, detail.case_id, detail.id, detail.version,
        agreement_text(detail, court_profile(session)),
        tuple(Listener(p.party_id, p.name) for p in detail.parties))


def consent_script(session: Session, party_id: int) -> DocumentScript:
    from microcourt.documents.consent_notice import TITLE, consent_notice_story  # noqa: PLC0415

    party = load_party(session, party_id)
    story = consent_notice_story(party.name, court_profile(session), STYLES)
    return DocumentScript(ReadDocument.CONSENT_NOTICE.value, None, party.id, None,
                          story_script(TITLE, story, STYLES), (Listener(party.id, party.name),))


def _filing_source(session: Session, case_id: int, today: date) -> FilingSource:
    source = load_source(session, case_id, today)
    if source.agreement is None:
        raise UserError("调解协议签署后，才有送达地址确认书和授权委托书可以朗读。")
    return source


def service_address_text(source: FilingSource, applicant) -> Script:
    from microcourt.documents.service_address import (  # noqa: PLC0415
        TITLE,
        service_address_story,
    )
    story = service_address_story(source, applicant, STYLES)
    return story_script(f"{TITLE}（{applicant.name}）", story, STYLES)


def service_address_script(session: Session, case_id: int, party_id: int,
                           today: date) -> DocumentScript:
    source = _filing_source(session, case_id, today)
    applicant = next((a for a in source.applicants if a.party.party_id == party_id), None)
    if applicant is None:
        raise NotFound("这位当事人不是本案的申请人，没有送达地址确认书。")
    return DocumentScript(ReadDocument.SERVICE_ADDRESS.value, source.case_id, party_id, None,
                          service_address_text(source, applicant),
                          (Listener(party_id, applicant.name),))


def power_of_attorney_script(session: Session, case_id: int, agent_id: int,
                             today: date) -> DocumentScript:
    from microcourt.documents.power_of_attorney import (  # noqa: PLC0415
        TITLE,
        confirmation_matter,
        power_of_attorney_story,
    )
    source = _filing_source(session, case_id, today)
    for principal in source.applicants:
        for agent in principal.agents:
            if agent.agent_id == agent_id:
                story = power_of_attorney_story(
                    principal, agent, confirmation_matter(source, principal), STYLES)
                return DocumentScript(
                    ReadDocument.POWER_OF_ATTORNEY.value, source.case_id, agent_id, None,
                    story_script(f"{TITLE}（{agent.name}）", story, STYLES),
                    (Listener(principal.party.party_id, principal.name),))
    raise NotFound("本案没有这位代理人的授权委托书。")


def hearing_notice_script(ctx: AppContext, session: Session, case_id: int,
                          participant_id: int) -> DocumentScript:
    from microcourt.documents.hearing_notice import notice_story, title_of  # noqa: PLC0415
    from microcourt.services.hearings.exports import court_case_number, notice_data  # noqa: PLC0415
    from microcourt.services.hearings.service import HearingsService  # noqa: PLC0415
    from microcourt.services.readings.queries import hearing_of_participant  # noqa: PLC0415

    hearing = HearingsService(ctx).get(hearing_of_participant(session, participant_id))
    _same_case(hearing.case_id, case_id)
    person = next(p for p in hearing.participants if p.id == participant_id)
    party_id = person.party_id or _agent_principal(session, person.agent_id)
    notice = notice_data(hearing, [person], court_case_number(session, hearing.case_id))
    story = notice_story(notice, notice.recipients[0], court_profile(session), STYLES)
    listeners = (Listener(party_id, person.name),) if party_id else ()
    return DocumentScript(ReadDocument.HEARING_NOTICE.value, hearing.case_id, participant_id,
                          None, story_script(f"{title_of(notice)}（{person.name}）", story,
                                             STYLES), listeners)


def _agent_principal(session: Session, agent_id: int | None) -> int | None:
    """An agent hears the notice for the party they act for."""
    if agent_id is None:
        return None
    return session.scalar(select(PartyAgent.party_id).where(PartyAgent.id == agent_id))


def _same_case(actual: int, named: int | None) -> None:
    if named is not None and actual != named:
        raise NotFound("这份文书不属于这个案件。")


def filing_documents(session: Session, case_id: int, today: date) -> list[ReadableDocument]:
    """The papers of the judicial-confirmation packet a party signs: each applicant's
    service address form, each power of attorney (none before the agreement is signed)."""
    from microcourt.documents.power_of_attorney import (  # noqa: PLC0415
        TITLE as ATTORNEY,
    )
    from microcourt.documents.power_of_attorney import needs_power_of_attorney  # noqa: PLC0415
    from microcourt.documents.service_address import TITLE as SERVICE  # noqa: PLC0415

    source = load_source(session, case_id, today)
    found = [ReadableDocument(ReadDocument.SERVICE_ADDRESS.value, case_id, a.party.party_id,
                              f"{SERVICE}（{a.name}）") for a in source.applicants]
    found += [ReadableDocument(ReadDocument.POWER_OF_ATTORNEY.value, case_id, agent.agent_id,
                               f"{ATTORNEY}（{a.name}委托{agent.name}）")
              for a in source.applicants for agent in a.agents
              if needs_power_of_attorney(agent)]
    return found


def build_script(ctx: AppContext, session: Session, document: str, case_id: int | None,
                 subject_id: int, today: date) -> DocumentScript:
    kind = ReadDocument(document)
    if kind == ReadDocument.CONSENT_NOTICE:
        return consent_script(session, subject_id)
    if case_id is None:  # the guard checks a mediator's case by it: never optional here
        raise NotFound("请指明案件。")
    if kind == ReadDocument.AGREEMENT:
        return agreement_script(session, case_id, subject_id, today)
    if kind == ReadDocument.SERVICE_ADDRESS:
        return service_address_script(session, case_id, subject_id, today)
    if kind == ReadDocument.POWER_OF_ATTORNEY:
        return power_of_attorney_script(session, case_id, subject_id, today)
    return hearing_notice_script(ctx, session, case_id, subject_id)
