"""申请材料清单: what a judicial-confirmation packet holds and what must be added by hand.

最高法《关于人民调解协议司法确认程序的若干规定》 art. 3 and 民诉解释 art. 352: the
application, the agreement, proof that the mediation organization presided, every
applicant's identity documents, service addresses, a power of attorney for each agent,
and proof of the property right where the agreement concerns one. The generated
documents are ticked; the rest are to be scanned and uploaded beside them. The court
examines the agreement as signed, so without the attached scan of the signed original
the checklist says plainly that the printed copy is for reference only.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, Spacer

from microcourt.documents.inputs.filing import FilingCase, Packet
from microcourt.documents.parts.signatures import DATE, LINE, SignatureBlock, SignatureRow
from microcourt.documents.parts.tables import cell_styles, text_table
from microcourt.documents.power_of_attorney import needs_power_of_attorney
from microcourt.documents.styles import DocumentStyles
from microcourt.documents.text import paragraph
from microcourt.domain import AgentKind, CaseCategory

TITLE = "司法确认申请材料清单"
TICK, BOX = "☑", "☐"
# What proves the dispute, by category (the liaison scans what the parties bring).
EVIDENCE = {
    CaseCategory.WAGES: "工资清单、考勤记录、欠条或对账单等",
    CaseCategory.LEASE: "租赁合同、租金支付记录等",
    CaseCategory.PRIVATE_LOAN: "借条、转账记录等",
    CaseCategory.SALE_CONTRACT: "买卖合同、送货单、对账单等",
    CaseCategory.TRAFFIC_ACCIDENT: "交通事故认定书、医疗费票据等",
    CaseCategory.LAND_CONTRACT: "土地承包合同、承包经营权证等",
}
AGENT_PROOF = {
    AgentKind.LAWYER: "律师执业证、律师事务所函",
    AgentKind.CLOSE_RELATIVE: "受托人身份证件及与委托人的亲属关系证明",
    AgentKind.COMMUNITY: "受托人身份证件及村（居）民委员会推荐材料",
    AgentKind.EMPLOYEE: "受托人身份证件及劳动合同或社保缴纳证明",
    AgentKind.GUARDIAN: "监护人身份证件及监护关系证明",
}


@dataclass(frozen=True)
class MaterialItem:
    name: str
    copies: str          # 1份, 2份, 每人1份…
    generated: bool      # in this packet already (else to add by hand)
    note: str = ""


def materials(source: FilingCase, packet: Packet) -> list[MaterialItem]:
    people = [a for a in packet.applicants if not a.is_organization]
    organizations = [a for a in packet.applicants if a.is_organization]
    agents = [(agent, applicant) for applicant in packet.applicants for agent in applicant.agents]
    committee = source.profile.committee or "人民调解委员会"
    items = [
        MaterialItem("司法确认申请书", "1份", True, "全体申请人签名（按指印）或盖章"),
        *agreement_items(source),
        MaterialItem("调解组织主持调解的证明", "1份", True,
                     f"{committee}盖章、主持调解的人民调解员签名"),
        MaterialItem("送达地址确认书", f"{len(packet.applicants)}份", True, "每名申请人1份"),
    ]
    entrusted = [agent for agent, _ in agents if needs_power_of_attorney(agent)]
    if entrusted:
        items.append(MaterialItem("授权委托书", f"{len(entrusted)}份", True, "每名委托代理人1份"))
    if people:
        items.append(MaterialItem("自然人申请人的居民身份证（正反面）", f"{len(people)}份", False,
                                  "每名自然人申请人1份"))
    for organization in organizations:
        items.append(MaterialItem("营业执照（统一社会信用代码证）及法定代表人身份证明书", "各1份",
                                  False, organization.name))
    for agent, applicant in agents:
        proof = AGENT_PROOF.get(agent.particulars.kind, "受托人身份证件")
        items.append(MaterialItem(proof, "1份", False, f"{applicant.name}的代理人{agent.name}"))
    evidence = EVIDENCE.get(_category(source.category), "与纠纷有关的证据材料")
    items.append(MaterialItem(f"与纠纷有关的证据材料（{evidence}）", "按实际", False))
    if source.property_proof_needed:
        items.append(MaterialItem("财产权利证明（如不动产权证书、承包经营权证、合同原件）",
                                  "按实际", False, "协议涉及财产权利时提供"))
    return items


def agreement_items(source: FilingCase) -> list[MaterialItem]:
    """The scan of the signed original, bound when attached; else said to be missing."""
    pages = sum(f.pages for f in source.scan)
    if pages:
        return [MaterialItem("人民调解协议书（签署原件扫描件）", "1份", True,
                             f"已装订于本套材料，共{pages}页"),
                MaterialItem("人民调解协议书（打印件）", "1份", True, "与签署原件内容相同，供核对")]
    return [MaterialItem("人民调解协议书（打印件）", "1份", True, "仅供参考，不是签署原件"),
            MaterialItem("人民调解协议书签署原件扫描件", "1份", False,
                         "须扫描各方签名（按指印）、盖章的协议原件后上传")]


NO_SCAN_NOTE = ("注意：本套材料中的人民调解协议书是打印件，仅供参考。法院审查的是各方当事人签名"
                "（按指印）或盖章、人民调解员签名并加盖人民调解委员会印章的协议原件，请扫描签署"
                "原件，在调解协议页面附上后重新生成，或与本套材料一并上传。")


def checklist_key(packet: Packet) -> tuple:
    """Packets with equal keys have the same checklist (it names organizations and
    agents, and counts people), so per-claimant packets share one rendering."""
    return (sum(not a.is_organization for a in packet.applicants),
            tuple(a.name for a in packet.applicants if a.is_organization),
            tuple((g.agent_id, g.particulars.kind) for a in packet.applicants for g in a.agents))


def _category(value: str) -> CaseCategory | None:
    try:
        return CaseCategory(value)
    except ValueError:
        return None


def checklist_story(source: FilingCase, packet: Packet,
                    styles: DocumentStyles) -> list[Flowable]:
    left, centred, _ = cell_styles(styles)
    rows = [["序号", "材料名称", "份数", "已备", "备注"]]
    rows += [[str(n), item.name, item.copies, TICK if item.generated else BOX, item.note]
             for n, item in enumerate(materials(source, packet), start=1)]
    return [
        paragraph(TITLE, styles.title),
        paragraph(f"人民调解协议编号：{source.case_number}", styles.subtitle),
        text_table(rows, [centred, left, centred, centred, left], flexible={1, 4},
                   header_style=centred),
        Spacer(1, styles.sizes.body * 0.5),
        paragraph(f"{TICK}为本套材料中已生成的文书；{BOX}为需另行扫描、上传的材料，"
                  "请上传前逐项核对。", styles.small),
        *([] if source.scan else [paragraph(NO_SCAN_NOTE, styles.body)]),
        Spacer(1, styles.sizes.body),
        SignatureBlock(styles, [SignatureRow("核对人（联络员）：", LINE),
                                SignatureRow("核对日期：", DATE)]),
    ]
