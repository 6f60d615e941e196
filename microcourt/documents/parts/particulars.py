"""Who the parties are, written once for every document (民诉解释 352: identity, domicile
and contact of every party; 民事诉讼法 61-62: agents and their authority).

The order is the one of the court's own templates (最高人民法院《民事诉讼文书样式》):
a person: 姓名，性别，出生日期，民族，职业，住址，公民身份号码，联系电话;
an organization: 名称，住所地，统一社会信用代码，联系电话, then 法定代表人：姓名，职务.
Plain strings: the documents make escaped paragraphs of them (text.paragraph).
"""
from __future__ import annotations

from datetime import date

from microcourt.documents.inputs.filing import FilingAgent, FilingApplicant
from microcourt.documents.inputs.parties import AgentParticulars, PartyParticulars
from microcourt.domain import AgentKind, CaseRole, Gender, IdType
from microcourt.timeutil import format_date_cn

# The three stages of authority (DESIGN 2: one stage's power does not cover the next).
MEDIATION, CONFIRMATION, ENFORCEMENT = "mediation", "confirmation", "enforcement"
# 民事诉讼法 art. 62: settling, admitting, waiving or changing claims needs special
# authority written out; these are the powers asked for when the registry records
# special authority without a scope.
DEFAULT_SCOPES = {
    (CONFIRMATION, True): "代为申请司法确认，代为承认、放弃、变更请求，进行和解，签署、提交、"
                          "补正申请材料，代为签收法律文书",
    (CONFIRMATION, False): "代为申请司法确认，代为提交、补正申请材料，代为签收法律文书（不含承认、"
                           "放弃、变更请求及和解）",
    # receiving the money recovered and settling with the debtor are special powers
    (ENFORCEMENT, True): "代为申请强制执行，代为提供被执行人财产线索，代为参加执行听证，代为"
                         "与被执行人和解，代为领取执行款物，代为签收法律文书",
    (ENFORCEMENT, False): "代为申请强制执行，代为提供被执行人财产线索，代为签收法律文书（不含"
                          "和解及领取执行款物）",
}
# What the confirmation stage adds to the mediation powers the registry records: a
# power of attorney for mediation alone does not let the agent apply or receive the ruling.
CONFIRMATION_POWERS = ("代为申请司法确认", "代为签收法律文书")


def role_cn(role: str) -> str:
    try:
        return CaseRole(role).cn
    except ValueError:
        return "当事人"


def id_label(id_type: str | None) -> str:
    if id_type in (None, IdType.RESIDENT_ID):
        return "公民身份号码"
    if id_type == IdType.CREDIT_CODE:
        return "统一社会信用代码"
    try:
        return IdType(id_type).cn + "号码"
    except ValueError:
        return "证件号码"


def person_bits(gender: str | None, birth: date | None, ethnicity: str | None) -> list[str]:
    """性别, 出生日期, 民族, in the templates' order."""
    bits = []
    if gender in (Gender.MALE, Gender.FEMALE):
        bits.append(Gender(gender).cn)
    if birth:
        bits.append(f"{format_date_cn(birth)}出生")
    if ethnicity:
        bits.append(ethnicity)
    return bits


def party_line(party: PartyParticulars, label: str | None = None) -> str:
    """`label`：the party's particulars (the label defaults to their role: 申请人 ...)."""
    bits = [f"{label or role_cn(party.role)}：{party.name}"]
    if party.is_organization:
        if party.address:
            bits.append(f"住所地{party.address}")
        if party.id_number:
            bits.append(f"{id_label(party.id_type)}{party.id_number}")
    else:
        bits += person_bits(party.gender, party.birth_date, party.ethnicity)
        if party.occupation:
            bits.append(party.occupation)
        if party.address:
            bits.append(f"住{party.address}")
        if party.id_number:
            bits.append(f"{id_label(party.id_type)}{party.id_number}")
    if party.phone:
        bits.append(f"联系电话{party.phone}")
    return "，".join(bits) + "。"


def representative_line(party: PartyParticulars) -> str | None:
    if not (party.is_organization and party.legal_rep_name):
        return None
    title = f"，{party.legal_rep_title}" if party.legal_rep_title else ""
    return f"法定代表人：{party.legal_rep_name}{title}。"


def agent_label(agent: AgentParticulars) -> str:
    return "法定代理人" if agent.kind == AgentKind.GUARDIAN else "委托代理人"


def agent_kind_cn(agent: AgentParticulars) -> str:
    try:
        return AgentKind(agent.kind).cn
    except ValueError:
        return "委托代理人"


def agent_line(agent: AgentParticulars, principal: PartyParticulars,
               filing: FilingAgent | None = None, principal_label: str | None = None) -> str:
    """The agent's identity and what entitles them (民事诉讼法 art. 61): kind, work unit,
    relation to the principal (named as the document names them), a lawyer's licence,
    ID number, phone. `filing` adds what only the filing records (ID type, licence)."""
    bits = [f"{agent_label(agent)}：{agent.name}", *person_bits(agent.gender, None, None),
            agent_kind_cn(agent)]
    if agent.work_unit:
        bits.append(agent.work_unit)
    if agent.relation:
        whose = ("该单位" if principal.is_organization
                 else principal_label or role_cn(principal.role))
        bits.append(f"系{whose}{agent.relation}")
    if filing and agent.kind == AgentKind.LAWYER and filing.licence_number:
        bits.append(f"律师执业证号{filing.licence_number}")
    if agent.id_number:
        bits.append(f"{id_label(filing.id_type if filing else None)}{agent.id_number}")
    if agent.phone:
        bits.append(f"联系电话{agent.phone}")
    return "，".join(bits) + "。"


def authority_text(agent: AgentParticulars, stage: str) -> str:
    """特别授权：… or 一般授权：…, spelling out the powers of `stage`. The scope the
    registry records (the mediation powers) prints for mediation; for confirmation it is
    followed by the stage's own powers (申请司法确认、签收法律文书) it does not name yet;
    enforcement states its own powers only."""
    special = agent.special_authority
    kind = "特别授权" if special else "一般授权"
    if stage == MEDIATION:
        scope = agent.authority_scope.strip()
        return f"{kind}（{scope}）。" if scope else f"{kind}。"
    recorded = agent.authority_scope.strip().rstrip("。；;，, ") if stage == CONFIRMATION else ""
    if not recorded:
        return f"{kind}：{DEFAULT_SCOPES[(stage, special)]}。"
    added = [power for power in CONFIRMATION_POWERS if power.removeprefix("代为") not in recorded]
    return f"{kind}：{'，'.join([recorded, *added])}。"


def party_lines(party: PartyParticulars, label: str | None = None, stage: str = MEDIATION,
                agents: tuple[FilingAgent, ...] | None = None) -> list[str]:
    """The party's line, their legal representative, and each agent with their authority
    for `stage`. `agents` (a filing's) replaces the party's own list when given."""
    lines = [party_line(party, label)]
    representative = representative_line(party)
    if representative:
        lines.append(representative)
    pairs = ([(a.particulars, a) for a in agents] if agents is not None
             else [(a, None) for a in party.agents])
    for facts, filing in pairs:
        lines.append(agent_line(facts, party, filing, label)
                     + "代理权限：" + authority_text(facts, stage))
    return lines


def applicant_lines(applicant: FilingApplicant, label: str = "申请人",
                    stage: str = CONFIRMATION) -> list[str]:
    """An applicant's particulars (both sides apply jointly, so each is 申请人) with the
    agents recorded for the filing and their authority for `stage`."""
    return party_lines(applicant.party, label, stage, applicant.agents)
