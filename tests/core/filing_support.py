"""A signed agreement ready for judicial confirmation, for the filing tests: applicants
with rare-character and minority names, one with an agent (close relative, special
authority), a company with its own agent, each worker with their own schedule."""
from __future__ import annotations

import re
from datetime import date

from fixtures.agreement_cases import CaseIds, make_case
from pypdf import PdfReader
from sqlalchemy import select

from microcourt.db.models import CaseAgent, CaseParty, Party, PartyAgent
from microcourt.services.agreements.dto import AgreementDraft, SignatureEntry
from microcourt.services.settings.service import CourtProfileData
from microcourt.validation.idcard import compose_resident_id

NAMES = ["王𠮷", "阿依古丽·买买提", "张堃", "䶮"]
PROFILE = CourtProfileData(name="上田村微法庭", village="上田村", committee="上田村人民调解委员会",
                           court="杭州市临安区人民法院", liaison_name="俞晓燕",
                           liaison_phone="13857112345")
SIGNED_ON = date(2024, 2, 20)
TODAY = date(2024, 3, 1)
AGENT_ID = compose_resident_id("330185", date(1990, 5, 6), 123)
COMPANY_AGENT_ID = compose_resident_id("330185", date(1978, 2, 28), 46)
CLAUSES = ["被申请人支付<b>全部</b>工资 & 补偿。", "双方再无争议。"]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(path) -> str:
    return flat("".join(page.extract_text() for page in PdfReader(path).pages))


def signed_case(services, names=NAMES, clauses=CLAUSES, signed_on=SIGNED_ON,
                installments=2, sealed_on=None) -> CaseIds:
    services.settings.save_profile(PROFILE)
    ids = make_case(services, [(name, 300_000 + 1_000 * i) for i, name in enumerate(names)])
    with services.ctx.db.transaction() as s:
        first = s.get(Party, ids.applicants[0])
        first.occupation, first.wechat, first.accepts_e_service = "制鞋工", "wang_ji_58", True
        first.service_address = "浙江省杭州市临安区上田村村委会转交"
        second = s.get(Party, ids.applicants[1])
        agent = PartyAgent(kind="relative", name="买买提·艾力", relation="儿子", gender="male",
                           id_type="resident_id", id_number=AGENT_ID, phone="13900001111",
                           address="浙江省杭州市临安区锦城街道", special_authority=True,
                           authority_scope="代为申请司法确认，代为签收法律文书")
        second.agents.append(agent)
        link = s.scalar(select(CaseParty).where(CaseParty.party_id == second.id))
        link.agents.append(CaseAgent(agent=agent))
        company_agent = s.get(Party, ids.respondent).agents[0]
        company_agent.id_number = COMPANY_AGENT_ID
    agreements = services.agreements
    draft = agreements.create_draft(ids.case_id, from_template=False)
    agreements.save_draft(draft.id, AgreementDraft(
        facts="拖欠工资。", items_in_dispute="工资数额。", responsibilities="被申请人负全部责任。",
        clauses=list(clauses), performance_way="银行转账", signing_place="上田村微法庭"))
    agreements.generate_per_claimant(draft.id, installments, date(2024, 3, 31),
                                     payer_party_id=ids.respondent)
    entries = [SignatureEntry(signed_on, party_id=p) for p in ids.applicants + [ids.respondent]]
    entries.append(SignatureEntry(signed_on, mediator_id=ids.mediator))
    agreements.record_signing(draft.id, entries, today=max(signed_on, sealed_on or signed_on,
                                                           TODAY), sealed_on=sealed_on)
    return ids
