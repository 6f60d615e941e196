"""Shared helpers of the case and mediator tests: parties, agents, mediators and a case
ready for mediation, made through the public services as the UI would."""
from __future__ import annotations

import itertools
from datetime import date

from microcourt.services import open_services
from microcourt.services.cases.dto import CaseDraft
from microcourt.services.kernel.context import Actor
from microcourt.services.mediators.service import MediatorDraft
from microcourt.services.parties.dto import AgentDraft, PartyDraft

LIAISON = Actor(name="俞晓燕")
_PHONES = itertools.count(1)


def liaison_services(tmp_path):
    return open_services(tmp_path / "data", actor=LIAISON)


def draft(**changes) -> CaseDraft:
    values = dict(category="lease", summary="承租人拖欠店面租金六个月。",
                  claims="请求支付租金并解除租赁合同。", amount="36,000",
                  received_on=date(2026, 1, 5), source="walk_in")
    values.update(changes)
    return CaseDraft(**values)


def person(services, name: str, phone: str | None = None, amount_fen: int | None = None) -> int:
    phone = phone or f"137{next(_PHONES):08d}"
    return services.parties.register(PartyDraft(
        name=name, gender="male", phone=phone, id_number=None,
        household_address="浙江省杭州市临安区上田村1号", imported_amount_fen=amount_fen)).id


def agent(services, party_id: int, name: str, phone: str | None = None) -> int:
    return services.parties.add_agent(party_id, AgentDraft(kind="relative", name=name,
                                                           relation="配偶", phone=phone)).id


def mediator(services, name: str = "俞国强", phone: str | None = "13905718801",
             specialties="相邻关系、租赁") -> int:
    return services.mediators.create(MediatorDraft(name=name, phone=phone,
                                                   organization="上田村党支部",
                                                   specialties=specialties)).id


def case_with_sides(services, **changes):
    """A registered case with one applicant (王𠮷) and one respondent (张堃):
    returns (detail, applicant party id, respondent party id)."""
    detail = services.cases.create_case(draft(**changes))
    applicant = person(services, "王𠮷", "13812345678")
    respondent = person(services, "张堃", "13912345678")
    services.cases.add_party(detail.id, applicant, "applicant")
    detail = services.cases.add_party(detail.id, respondent, "respondent")
    return detail, applicant, respondent
