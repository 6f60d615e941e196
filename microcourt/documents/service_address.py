"""送达地址确认书: where and how the court may serve one applicant.

民事诉讼法 (2023) art. 90 (electronic service with the addressee's consent, served on the
day it reaches the addressee's system) and 最高法《关于进一步加强民事送达工作的若干意见》
arts. 3-8 (the confirmed address holds for the whole procedure; a wrong or unannounced
address means the day a document comes back counts as the day of service; the party
signs that they were told so). One per applicant, in large, plain print.

The address carries its postcode (邮编) for the post; the text-message number is a
mobile phone only (a landline receives no SMS, so a company's switchboard number never
prints there: the filings check refuses e-service consent that rests on one); an
organization may name an electronic service address (电子邮箱) instead.
"""
from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from microcourt.documents.attestation import attestation_story
from microcourt.documents.builder import heading
from microcourt.documents.inputs.filing import FilingApplicant, FilingCase
from microcourt.documents.parts.signatures import organization_block, person_block
from microcourt.documents.parts.tables import form_table
from microcourt.documents.styles import DocumentStyles
from microcourt.documents.text import paragraph
from microcourt.validation.phone import is_mobile

TITLE = "送达地址确认书"
TICK, BOX = "☑", "☐"
NOTICES = (
    "1. 为便于及时收到人民法院的诉讼文书，受送达人应当如实提供确切的送达地址和联系方式。",
    "2. 本确认书确认的送达地址和联系方式，适用于本次司法确认程序，以及裁定作出后的执行程序。",
    "3. 送达地址或联系方式需要变更的，应当及时书面告知人民法院；未告知的，以本确认书为准。",
    "4. 提供或者确认的送达地址不准确、拒不提供送达地址、送达地址变更后未及时告知人民法院，"
    "导致诉讼文书未能被受送达人实际接收的，文书退回之日视为送达之日。",
    "5. 同意电子送达的，人民法院向上列手机号码、微信号或电子邮箱发送诉讼文书，以文书到达"
    "受送达人特定系统的日期为送达日期（《中华人民共和国民事诉讼法》第九十条）。",
)
CONFIRMATION = ("我已阅读本确认书的告知事项（或者已由他人向我宣读，我已听清楚），清楚其含义，"
                "保证上述送达地址和联系方式准确、有效。")


def recipient(applicant: FilingApplicant) -> str:
    """Who takes the documents: the person; an organization's legal representative, or
    its agent when no representative is recorded."""
    if not applicant.is_organization:
        return applicant.name
    if applicant.party.legal_rep_name:
        return f"{applicant.party.legal_rep_name}（法定代表人）"
    agents = [a.name for a in applicant.agents]
    return f"{agents[0]}（委托代理人）" if agents else ""


def sms_number(applicant: FilingApplicant) -> str:
    """The number for text messages: the party's phone when it is a mobile."""
    phone = applicant.party.phone
    return phone if is_mobile(phone) else ""


def e_service_line(applicant: FilingApplicant) -> str:
    """Ticked when the registry records consent; both boxes open for a hand tick
    otherwise (the registry does not tell "refused" from "not asked"). Then each
    channel, or a blank to write one in."""
    blank = "____________"
    choice = (f"{TICK}同意　{BOX}不同意" if applicant.accepts_e_service
              else f"{BOX}同意　{BOX}不同意") + "　电子送达"
    channels = [f"手机号码（短信）：{sms_number(applicant) or blank}",
                f"微信号：{applicant.wechat or blank}"]
    if applicant.is_organization or applicant.e_service_address:
        channels.append(f"电子邮箱：{applicant.e_service_address or blank}")
    return choice + "\n" + "；".join(channels)


def service_address_story(source: FilingCase, applicant: FilingApplicant,
                          styles: DocumentStyles) -> list[Flowable]:
    """The form for one applicant; the attestation of a reading of it
    (FilingCase.attestations_for) prints under the confirmation, above the signature."""
    rows = [("人民调解协议编号", source.case_number), ("事项", "申请司法确认人民调解协议"),
            ("受送达人", applicant.name), ("送达地址", applicant.delivery_address),
            ("邮政编码", applicant.postcode or "________"),
            ("收件人", recipient(applicant)), ("联系电话", applicant.party.phone or ""),
            ("电子送达", e_service_line(applicant))]
    story: list[Flowable] = [paragraph(TITLE, styles.title), form_table(rows, styles)]
    story += heading("告知事项", styles)
    story += [paragraph(line, styles.plain) for line in NOTICES]
    # what the addressee confirms stays on the page of their signature
    story.append(KeepTogether([
        paragraph("受送达人确认", styles.heading), paragraph(CONFIRMATION, styles.body),
        *attestation_story(source.attestations_for(applicant.party.party_id), styles),
        Spacer(1, styles.sizes.body * 0.5), _signature(applicant, styles)]))
    return story


def _signature(applicant: FilingApplicant, styles: DocumentStyles) -> Flowable:
    if applicant.is_organization:
        return organization_block("受送达人", applicant.name, styles, "经办人签名：")
    return person_block("受送达人", applicant.name, styles)
