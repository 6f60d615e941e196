"""The particulars of applicants and agents as court filings print them (民诉解释 352:
identity, domicile and contact of every applicant; agents and their authority), shared
by the application, the service-address confirmation and the power of attorney.

Plain strings; the documents turn them into escaped paragraphs (text.paragraph).
`form_table` lays out label | value rows the way court forms do.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Table

from microcourt.documents.agreement_parts import grid_style, id_label, person_bits, table_styles
from microcourt.documents.styles import TEXT_WIDTH, DocumentStyles
from microcourt.documents.text import paragraph
from microcourt.domain import AgentKind
from microcourt.services.filings.dto import FilingAgent, FilingApplicant

# 民事诉讼法 art. 62: settling, admitting, waiving or changing claims needs special
# authority written out in the power of attorney; these are the powers a liaison's
# packet asks for when the registry records special authority without a scope.
DEFAULT_SPECIAL_SCOPE = ("代为申请司法确认，代为承认、放弃、变更请求，进行和解，签署、提交、"
                         "补正申请材料，代为签收法律文书")
GENERAL_SCOPE = "代为提交申请材料，代为签收法律文书（不含承认、放弃、变更请求及和解）"


def domicile(applicant: FilingApplicant) -> str:
    return applicant.household_address or applicant.service_address or ""


def applicant_line(applicant: FilingApplicant, label: str = "申请人") -> str:
    """申请人：name, gender, birth, ethnicity, occupation, address, ID, phone (a person);
    name, domicile, credit code, phone (an organization)."""
    party = applicant.party
    bits = [f"{label}：{party.name}"]
    if party.is_organization:
        if domicile(applicant):
            bits.append(f"住所地{domicile(applicant)}")
        if party.id_number:
            bits.append(f"{id_label(party.id_type)}{party.id_number}")
    else:
        bits += person_bits(party.gender, party.birth_date, party.ethnicity)
        if applicant.occupation:
            bits.append(applicant.occupation)
        if domicile(applicant):
            bits.append(f"住{domicile(applicant)}")
        if party.id_number:
            bits.append(f"{id_label(party.id_type)}{party.id_number}")
    if party.phone:
        bits.append(f"联系电话{party.phone}")
    return "，".join(bits) + "。"


def representative_line(applicant: FilingApplicant) -> str | None:
    party = applicant.party
    if not (party.is_organization and party.legal_rep_name):
        return None
    title = f"，{party.legal_rep_title}" if party.legal_rep_title else ""
    return f"法定代表人：{party.legal_rep_name}{title}。"


def agent_label(agent: FilingAgent) -> str:
    return "法定代理人" if agent.particulars.kind == AgentKind.GUARDIAN else "委托代理人"


def agent_line(agent: FilingAgent, principal: FilingApplicant) -> str:
    """The agent's identity and the relation that entitles them (民事诉讼法 art. 61)."""
    facts = agent.particulars
    bits = [f"{agent_label(agent)}：{facts.name}", *person_bits(facts.gender, None, None)]
    bits.append(agent_kind_cn(agent))
    if facts.work_unit:
        bits.append(facts.work_unit)
    if facts.relation:
        whose = "该单位" if principal.is_organization else "申请人"
        bits.append(f"系{whose}{facts.relation}")
    if facts.kind == AgentKind.LAWYER and agent.licence_number:
        bits.append(f"律师执业证号{agent.licence_number}")
    if facts.id_number:
        bits.append(f"{id_label(agent.id_type)}{facts.id_number}")
    if facts.phone:
        bits.append(f"联系电话{facts.phone}")
    return "，".join(bits) + "。"


def agent_kind_cn(agent: FilingAgent) -> str:
    try:
        return AgentKind(agent.particulars.kind).cn
    except ValueError:
        return "委托代理人"


def authority_text(agent: FilingAgent) -> str:
    """特别授权：… or 一般授权：…, spelling out the powers."""
    facts = agent.particulars
    if facts.special_authority:
        return f"特别授权：{facts.authority_scope.strip() or DEFAULT_SPECIAL_SCOPE}。"
    return f"一般授权：{facts.authority_scope.strip() or GENERAL_SCOPE}。"


def applicant_block(applicant: FilingApplicant, label: str = "申请人") -> list[str]:
    """The applicant's line, their legal representative, and each agent with authority."""
    lines = [applicant_line(applicant, label)]
    representative = representative_line(applicant)
    if representative:
        lines.append(representative)
    for agent in applicant.agents:
        lines.append(agent_line(agent, applicant) + "代理权限：" + authority_text(agent))
    return lines


def form_table(rows: list[tuple[str, str]], styles: DocumentStyles) -> Table:
    """A two-column form: shaded labels on the left, values on the right."""
    left, _, _ = table_styles(styles)
    label_w = TEXT_WIDTH * 0.22
    shading = (("BACKGROUND", (0, 0), (-1, -1), colors.white),
               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")))
    return Table([[paragraph(label, left), paragraph(value, left)] for label, value in rows],
                 colWidths=[label_w, TEXT_WIDTH - label_w],
                 style=grid_style(header_rows=1, extra=shading), hAlign="LEFT")
