"""送达地址确认书: where and how the court may serve one applicant.

民事诉讼法 (2023) art. 90 (electronic service with the addressee's consent, served on the
day it reaches the addressee's system) and 最高法《关于进一步加强民事送达工作的若干意见》
arts. 3-8 (the confirmed address holds for the whole procedure; a wrong or unannounced
address means the day a document comes back counts as the day of service; the party
signs that they were told so). One per applicant, in large, plain print.
"""
from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from microcourt.documents.attestation import attestation_story
from microcourt.documents.builder import heading
from microcourt.documents.particulars import form_table
from microcourt.documents.signatures import DATE, LINE, TEXT, SignatureBlock, SignatureRow
from microcourt.documents.styles import DocumentStyles
from microcourt.documents.text import paragraph
from microcourt.services.filings.dto import FilingApplicant, FilingSource

TITLE = "送达地址确认书"
TICK, BOX = "☑", "☐"
NOTICES = (
    "1. 为便于及时收到人民法院的诉讼文书，受送达人应当如实提供确切的送达地址和联系方式。",
    "2. 本确认书确认的送达地址和联系方式，适用于本次司法确认程序，以及裁定作出后的执行程序。",
    "3. 送达地址或联系方式需要变更的，应当及时书面告知人民法院；未告知的，以本确认书为准。",
    "4. 提供或者确认的送达地址不准确、拒不提供送达地址、送达地址变更后未及时告知人民法院，"
    "导致诉讼文书未能被受送达人实际接收的，文书退回之日视为送达之日。",
    "5. 同意电子送达的，人民法院向下列手机号码或微信号发送诉讼文书，以文书到达受送达人"
    "特定系统的日期为送达日期（《中华人民共和国民事诉讼法》第九十条）。",
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


def e_service_line(applicant: FilingApplicant) -> str:
    """Ticked when the registry records consent; both boxes open for a hand tick
    otherwise (the registry does not tell "refused" from "not asked")."""
    phone = applicant.party.phone or "____________"
    wechat = applicant.wechat or "____________"
    if applicant.accepts_e_service:
        choice = f"{TICK}同意　{BOX}不同意"
    else:
        choice = f"{BOX}同意　{BOX}不同意"
    return f"{choice}　电子送达。手机号码（短信）：{phone}；微信号：{wechat}"


def service_address_story(source: FilingSource, applicant: FilingApplicant,
                          styles: DocumentStyles) -> list[Flowable]:
    """The form; the attestation of a reading of it (FilingSource.readings) prints
    under the confirmation."""
    rows = [("编号", source.case_number), ("事项", "申请司法确认人民调解协议"),
            ("受送达人", applicant.name), ("送达地址", applicant.delivery_address),
            ("收件人", recipient(applicant)), ("联系电话", applicant.party.phone or ""),
            ("电子送达", e_service_line(applicant))]
    story: list[Flowable] = [paragraph(TITLE, styles.title), form_table(rows, styles)]
    story += heading("告知事项", styles)
    story += [paragraph(line, styles.plain) for line in NOTICES]
    story += heading("受送达人确认", styles)
    story.append(paragraph(CONFIRMATION, styles.body))
    story += attestation_story(source.attestations_for(applicant.party.party_id), styles)
    story += [Spacer(1, styles.sizes.body * 0.5), _signature(applicant, styles)]
    return story


def _signature(applicant: FilingApplicant, styles: DocumentStyles) -> Flowable:
    if applicant.is_organization:
        return SignatureBlock(styles, [SignatureRow("受送达人（盖章）：", TEXT, applicant.name),
                                       SignatureRow("经办人签名：", LINE),
                                       SignatureRow("日期：", DATE)])
    return SignatureBlock(styles, [SignatureRow("受送达人：", TEXT, applicant.name),
                                   SignatureRow("签名（按指印）：", LINE),
                                   SignatureRow("日期：", DATE)], fingerprint=True)
