"""Signing rules a reviewer found open: a mediator whose recusal is undecided signed the
agreement (特邀调解规定 art. 15), and a family agreement marked for electronic signature
took effect (电子签名法 art. 3: marriage, adoption, inheritance are signed on paper)."""
from datetime import date

import pytest
from fixtures.agreement_cases import make_case, template_draft

from microcourt.errors import ValidationErrors
from microcourt.services.agreements.dto import AgreementDraft, SignatureEntry

TODAY = date(2024, 3, 1)
DAY = date(2024, 2, 20)


def _everyone(ids):
    return ([SignatureEntry(DAY, party_id=p) for p in ids.applicants]
            + [SignatureEntry(DAY, party_id=ids.respondent),
               SignatureEntry(DAY, mediator_id=ids.mediator)])


def test_a_mediator_linked_to_a_party_cannot_sign_before_the_recusal_decision(services):
    ids = make_case(services, [("王𠮷", 300_000)])
    draft = template_draft(services, ids.case_id)
    [link] = services.cases.get_case(ids.case_id).mediators
    services.cases.record_link(link.id, ids.applicants[0], "申请人的堂兄")
    with pytest.raises(ValidationErrors) as caught:
        services.agreements.record_signing(draft.id, _everyone(ids), today=TODAY)
    assert "尚未确认是否回避" in " ".join(caught.value.by_field().values())
    assert services.agreements.get(draft.id).status == "draft"
    # once the liaison records why he continues, he signs
    services.cases.decide_recusal(link.id, False, "双方当事人书面同意由其继续调解")
    signed = services.agreements.record_signing(draft.id, _everyone(ids), today=TODAY)
    assert signed.status == "signed"


def test_a_family_agreement_for_electronic_signature_cannot_be_recorded_as_signed(services):
    ids = make_case(services, [("李梅", None)], category="family", summary="抚养费纠纷。")
    draft = services.agreements.create_draft(ids.case_id, from_template=False)
    services.agreements.save_draft(draft.id, AgreementDraft(
        facts="抚养费纠纷。", clauses=["被申请人每月15日前支付抚养费800元。"],
        electronic_signature=True))
    with pytest.raises(ValidationErrors) as caught:
        services.agreements.record_signing(draft.id, _everyone(ids), today=TODAY)
    assert "电子签名法第三条" in caught.value.by_field()["electronic_signature"]
    assert services.agreements.get(draft.id).status == "draft"
    services.agreements.save_draft(draft.id, AgreementDraft(
        facts="抚养费纠纷。", clauses=["被申请人每月15日前支付抚养费800元。"],
        electronic_signature=False))
    assert services.agreements.record_signing(draft.id, _everyone(ids),
                                              today=TODAY).status == "signed"
