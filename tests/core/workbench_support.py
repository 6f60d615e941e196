"""Crafted data for the workbench, warning, statistics and report tests, written straight
into the database so every date (received, status change, timeline, signature, ruling,
payment) is exactly what a boundary test needs."""
from __future__ import annotations

import itertools
from datetime import date, datetime, time

from microcourt.db.models import (
    Agreement,
    Case,
    CaseEvent,
    CaseParty,
    Filing,
    Hearing,
    Installment,
    Party,
    Payment,
)
from microcourt.domain import CaseRole, CaseSource, CaseStatus, IdType, PartyKind
from microcourt.timeutil import LOCAL_ZONE
from microcourt.validation.idcard import compose_resident_id

_SEQ = itertools.count(1)


def at(day: date, hour: int = 10) -> datetime:
    """A local (Asia/Shanghai) moment on `day`."""
    return datetime.combine(day, time(hour), tzinfo=LOCAL_ZONE)


def person(s, name: str, birth: date | None = date(1960, 5, 1), gender: str = "male") -> Party:
    seq = next(_SEQ)
    number = compose_resident_id("330185", birth, seq % 1000) if birth else None
    party = Party(kind=PartyKind.PERSON.value, name=name, gender=gender, birth_date=birth,
                  id_type=IdType.RESIDENT_ID.value if number else None, id_number=number,
                  phone=f"138{seq:08d}", household_address=f"浙江省杭州市临安区上田村{seq}号")
    s.add(party)
    s.flush()
    return party


def company(s, name: str = "临安<b>&鞋业有限公司") -> Party:
    party = Party(kind=PartyKind.ORGANIZATION.value, name=name, phone="0571-63881234",
                  household_address="浙江省杭州市临安区工业园区8号", legal_rep_name="周建国",
                  legal_rep_title="总经理")
    s.add(party)
    s.flush()
    return party


def case(s, received: date, status: str = CaseStatus.IN_MEDIATION.value,
         applicants: list[Party] = (), respondents: list[Party] = (), category: str = "wages",
         changed: datetime | None = None, amount_fen: int | None = None,
         claims: list[int | None] | None = None) -> Case:
    seq = next(_SEQ)
    row = Case(number=f"上田微调〔{received.year}〕第{seq}号", year=received.year, seq=seq,
               category=category, summary="测试", received_on=received,
               source=CaseSource.WALK_IN.value, status=status,
               status_changed_at=changed or at(received), amount_fen=amount_fen,
               created_at=at(received), updated_at=at(received))
    claims = claims or [None] * len(applicants)
    row.parties = ([CaseParty(party=p, role=CaseRole.APPLICANT.value, position=i,
                              claim_amount_fen=c)
                    for i, (p, c) in enumerate(zip(applicants, claims), start=1)]
                   + [CaseParty(party=p, role=CaseRole.RESPONDENT.value, position=100 + i)
                      for i, p in enumerate(respondents)])
    s.add(row)
    s.flush()
    return row


def event(s, case_row: Case, moment: datetime, to_status: str | None = None,
          kind: str = "status") -> None:
    s.add(CaseEvent(case_id=case_row.id, at=moment, actor="测试", kind=kind,
                    to_status=to_status, note=""))
    s.flush()


def agreement(s, case_row: Case, status: str = "signed", effective_on: date | None = None,
              created: datetime | None = None, total_fen: int | None = None,
              version: int = 1) -> Agreement:
    row = Agreement(case_id=case_row.id, version=version, status=status,
                    effective_on=effective_on, total_fen=total_fen,
                    signed_at=at(effective_on) if effective_on else None,
                    created_at=created or at(case_row.received_on),
                    updated_at=created or at(case_row.received_on))
    s.add(row)
    s.flush()
    return row


def installment(s, agreement_row: Agreement, due: date, amount_fen: int, payer: Party,
                payee: Party, seq: int = 1, claimant: CaseParty | None = None,
                paid: list[tuple[date, int]] = ()) -> Installment:
    row = Installment(agreement_id=agreement_row.id, seq=seq, due_on=due, amount_fen=amount_fen,
                      payer_party_id=payer.id, payee_party_id=payee.id,
                      claimant_id=claimant.id if claimant else None)
    row.payments = [Payment(paid_on=day, amount_fen=fen) for day, fen in paid]
    s.add(row)
    s.flush()
    return row


def filing(s, case_row: Case, agreement_row: Agreement, status: str,
           claimant: CaseParty | None = None, submitted: date | None = None,
           ruling: date | None = None, deadline: date | None = None,
           court_number: str | None = None) -> Filing:
    row = Filing(case_id=case_row.id, agreement_id=agreement_row.id,
                 claimant_id=claimant.id if claimant else None,
                 mode="per_claimant" if claimant else "joint", status=status,
                 submitted_on=submitted, ruling_on=ruling, correction_deadline=deadline,
                 court="杭州市临安区人民法院", court_case_number=court_number,
                 platform="mobile_micro_court" if submitted else None)
    s.add(row)
    s.flush()
    return row


def hearing(s, case_row: Case, start: datetime, end: datetime,
            status: str = "scheduled") -> Hearing:
    row = Hearing(case_id=case_row.id, kind="video_mediation", platform="mobile_micro_court",
                  start_at=start, end_at=end, status=status, room="村委会二楼")
    s.add(row)
    s.flush()
    return row
