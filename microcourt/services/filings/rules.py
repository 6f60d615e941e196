"""Before a judicial-confirmation packet is generated: what would make the court send it
back, every reason at once with where to fix it, and how the packets are split.

Pure functions over a FilingSource (no database, no files), so the rules are easy to
test and a view can show the same list before the liaison presses "generate".

Legal basis: 民事诉讼法 (2023) art. 205 (joint application within 30 days of the
agreement taking effect); 最高法《关于人民调解协议司法确认程序的若干规定》 and 民诉解释
art. 352 (identity, domicile and contact of every applicant; a power of attorney for
every agent); 民诉解释 art. 355 (status relationships and ownership are not accepted),
art. 358 (unclear agreements are refused).
"""
from __future__ import annotations

from datetime import date

from microcourt.domain import AgentKind, CaseCategory, FilingMode
from microcourt.periods import period_end
from microcourt.services.agreements.dto import CONFIRMATION_DAYS
from microcourt.services.agreements.rules import BLOCKING_KINDS
from microcourt.services.filings.claimants import ClaimantProgress
from microcourt.services.filings.dto import (
    FilingAgent,
    FilingApplicant,
    FilingProblem,
    FilingSource,
    FilingWindow,
    Packet,
)
from microcourt.timeutil import format_date_cn
from microcourt.validation.phone import is_mobile

ALL_APPLICANTS = "全体申请人"
# Clause warnings (agreements/checks.py) a court answers with a refusal: what signing
# refuses, and what no court confirms (355) even when signed.
REFUSED_CLAUSE_KINDS = BLOCKING_KINDS | {"status", "ownership"}
# Categories where the court asks for proof of the property right in question.
PROPERTY_CATEGORIES = {CaseCategory.LEASE, CaseCategory.LAND_CONTRACT, CaseCategory.SALE_CONTRACT,
                       CaseCategory.NEIGHBOURS}


def default_mode(source: FilingSource) -> FilingMode:
    """Wage arrears with several workers: one packet per worker (the 77 applications
    filed in one day); otherwise one joint packet."""
    if source.category == CaseCategory.WAGES and len(source.claimants) > 1:
        return FilingMode.PER_CLAIMANT
    return FilingMode.JOINT


def window(source: FilingSource, today: date) -> FilingWindow | None:
    agreement = source.agreement
    if agreement is None or agreement.effective_on is None:
        return None
    return make_window(source.case_id, source.case_number, agreement.id,
                       agreement.effective_on, today, source.progress)


def make_window(case_id: int, number: str, agreement_id: int, effective_on: date,
                today: date, progress: ClaimantProgress | None = None) -> FilingWindow:
    """The 30 days (民事诉讼法 art. 205), the last one moved past rest days (art. 85)."""
    period = period_end(effective_on, CONFIRMATION_DAYS)
    counted = progress is not None and progress.total > 1
    return FilingWindow(
        case_id, number, agreement_id, effective_on, period.deadline,
        (period.deadline - today).days, nominal=period.nominal,
        rest_days=tuple(r.value for r in period.rest_days), unknown_year=period.unknown_year,
        period_note=period.note_cn(), claimants=progress.total if progress else 0,
        unfiled=progress.unfiled if progress else 0,
        progress_note=progress.summary_cn() if counted else "")


def problems(source: FilingSource) -> list[FilingProblem]:
    """Every reason the court would not accept the packet, except lateness (late())."""
    found = _agreement_problems(source)
    if source.agreement is None:
        return found  # the particulars are checked against the signed agreement
    found += _court_problems(source)
    found += _progress_problems(source)
    for applicant in source.applicants:
        found += applicant_problems(applicant)
    return found


def refused_notice(source: FilingSource) -> FilingProblem | None:
    """After a 驳回 ruling the same agreement version cannot be filed again for whom it
    refused; what the parties may do instead (民事诉讼法 art. 206). None if nobody was."""
    state, agreement = source.progress, source.agreement
    refused = state.refused_ids() if state and agreement else set()
    if not refused:
        return None
    if None in refused or len(refused) == state.total:
        who = "本案的司法确认申请"
    else:
        names = dict(source.claimant_names)
        who = f"申请人{'、'.join(names.get(c, '') for c in sorted(refused))}的司法确认申请"
    when = f"于{format_date_cn(source.refused_on)}" if source.refused_on else ""
    message = (f"人民法院已{when}裁定驳回{who}，第{agreement.version}版调解协议不能再次申请司法"
               "确认。依民事诉讼法第二百零六条，当事人可以：①通过调解方式变更原调解协议或者达成"
               "新的调解协议，签署后自新协议生效之日起三十日内再申请司法确认；②向人民法院提起诉讼。")
    return FilingProblem("refused", message, "调解协议页面（重新调解，生成新版本并签署）",
                         ("agreement", agreement.id))


def _progress_problems(source: FilingSource) -> list[FilingProblem]:
    """Nothing left to make: every claimant submitted, decided, or refused."""
    state = source.progress
    if state is None or state.needing_packet():
        return []
    notice = refused_notice(source)
    if notice is not None and state.refused == state.total:
        return [notice]
    message = (f"每名申请人的司法确认申请都已提交或已有裁定（{state.summary_cn()}），不再生成新的"
               "申请材料，以免重复提交")
    if notice is not None:
        message += "。" + notice.message
    return [FilingProblem("done", message, "", ("case", source.case_id))]


def mode_problem(source: FilingSource, mode: FilingMode) -> FilingProblem | None:
    """A joint packet would submit again for claimants already with the court or decided."""
    state = source.progress
    if mode is not FilingMode.JOINT or state is None or not state.needing_packet():
        return None
    covered = state.total - len(state.needing_packet())
    if not covered:
        return None
    return FilingProblem(
        "mode", f"已有{covered}名申请人的申请已提交或已有裁定（{state.summary_cn()}），共同申请"
                "会为他们再次提交；请选择“逐人申请”，只生成其余"
                f"{len(state.needing_packet())}名申请人的材料", "司法确认页面，选择“逐人申请”",
        ("case", source.case_id))


def late(source: FilingSource, today: date) -> FilingProblem | None:
    """A strong warning when the 30 days are over, with what the liaison can do instead."""
    span = window(source, today)
    if span is None or not span.missed:
        return None
    message = (
        f"调解协议于{format_date_cn(span.effective_on)}生效，申请司法确认的三十日期限已于"
        f"{format_date_cn(span.deadline)}届满（已超过{-span.days_left}天），法院对逾期申请"
        "不予受理（民事诉讼法第二百零五条）。可以改为：①协议约定金钱给付的，债权人可向有管辖权"
        "的基层人民法院申请支付令（民事诉讼法第二百二十五条）；②就调解协议的履行或内容向人民"
        "法院提起诉讼（人民调解法第三十二条）；③由双方重新调解、签署新的调解协议，自新协议"
        "生效之日起三十日内申请司法确认。")
    return FilingProblem("late", message, "", ("agreement", source.agreement.id))


def _agreement_problems(source: FilingSource) -> list[FilingProblem]:
    agreement = source.agreement
    if agreement is None:
        if source.draft_version:
            message = (f"第{source.draft_version}版调解协议尚未签署：各方当事人签名（按指印）、"
                       "调解员签名并加盖调解委员会印章后，才能申请司法确认")
        else:
            message = "本案还没有调解协议"
        return [FilingProblem("unsigned", message, "调解协议页面，签署后点“记录签署”",
                              ("case", source.case_id))]
    found = []
    for warning in agreement.warnings:
        if warning.kind in REFUSED_CLAUSE_KINDS:
            found.append(FilingProblem(
                "clause" if warning.kind in ("status", "ownership") else "unclear",
                warning.message, "调解协议页面（生成新版本，删改该条款后重新签署）",
                ("agreement", agreement.id), warning.field))
    return found


def scan_warning(source: FilingSource) -> str | None:
    """A packet without the scan of the signed original carries only the printed text,
    which a court will not take for the signed agreement."""
    if source.agreement is None or source.scan:
        return None
    return (f"第{source.agreement.version}版调解协议还没有附签署原件扫描件：申请材料中的协议"
            "是打印件，仅供参考。请扫描各方签名（按指印）、盖章的原件，在调解协议页面附上后"
            "重新生成，或与申请材料一并上传。")


def _court_problems(source: FilingSource) -> list[FilingProblem]:
    found = []
    if not source.court.strip():
        found.append(FilingProblem("court", "没有填写受理申请的人民法院", "设置 › 微法庭信息 › 对接法院",
                                   ("settings", 0)))
    if not source.profile.committee.strip():
        found.append(FilingProblem("court", "没有填写主持调解的人民调解委员会名称",
                                   "设置 › 微法庭信息 › 人民调解委员会", ("settings", 0)))
    return found


def applicant_problems(applicant: FilingApplicant) -> list[FilingProblem]:
    """The particulars 民诉解释 352 asks of an applicant, and each agent's authority."""
    party = applicant.party
    fix_at = f"当事人“{party.name}”的资料"
    if party.is_organization:
        wanted = [("统一社会信用代码", party.id_number), ("住所地", applicant.household_address
                                                        or applicant.service_address),
                  ("法定代表人（负责人）", party.legal_rep_name), ("联系电话", party.phone)]
    else:
        wanted = [("公民身份号码", party.id_number), ("住址", applicant.household_address
                                                  or applicant.service_address),
                  ("联系电话", party.phone)]
    missing = [label for label, value in wanted if not (value or "").strip()]
    found = []
    if missing:
        found.append(FilingProblem("missing", f"申请人{party.name}缺少{'、'.join(missing)}",
                                   fix_at, ("party", party.party_id)))
    if applicant.accepts_e_service and not (is_mobile(party.phone) or applicant.wechat
                                            or applicant.e_service_address):
        # 民事诉讼法 art. 90: e-service goes to a system that receives it; the form's
        # text-message number must be a mobile (a switchboard number receives no SMS)
        found.append(FilingProblem(
            "missing", f"申请人{party.name}同意电子送达，但联系电话{party.phone or ''}不是手机号码，"
                       "不能接收短信，也没有微信号或电子邮箱", fix_at + "（填写手机号码、微信号或"
                       "电子邮箱，或取消“同意电子送达”）", ("party", party.party_id)))
    for agent in applicant.agents:
        found += _agent_problems(party.name, agent)
        found += _lawyer_at_home(applicant, agent)
    return found


def _lawyer_at_home(applicant: FilingApplicant, agent: FilingAgent) -> list[FilingProblem]:
    """A lawyer's 住址 on the power of attorney is the firm's: the client's own address
    there is the client's copied over (a walk found the demo's lawyer printed at his
    client's farmhouse), and the court's forms would send post to the wrong place."""
    facts, home = agent.particulars, _squeezed(agent.address)
    theirs = {_squeezed(applicant.household_address), _squeezed(applicant.service_address)}
    if facts.kind != AgentKind.LAWYER or not home or home not in theirs:
        return []
    principal = applicant.party.name
    return [FilingProblem(
        "agent", f"{principal}的代理律师{facts.name}的住址与委托人{principal}的住址相同"
                 f"（{agent.address}），授权委托书上律师的住址应写律师事务所的地址",
        f"当事人“{principal}”的资料 › 代理人 › 地址", ("agent", agent.agent_id))]


def _squeezed(text: str | None) -> str:
    return "".join((text or "").split())


def _agent_problems(principal: str, agent: FilingAgent) -> list[FilingProblem]:
    """A power of attorney names who the agent is and why they may act (民事诉讼法 art. 61:
    a close relative or an employee states the relation, a lawyer the licence)."""
    facts = agent.particulars
    missing = []
    if facts.kind == AgentKind.LAWYER:
        if not (agent.licence_number or facts.id_number):
            missing.append("律师执业证号")
    elif not facts.id_number:
        missing.append("公民身份号码")
    if facts.kind in (AgentKind.CLOSE_RELATIVE, AgentKind.EMPLOYEE) and not facts.relation:
        missing.append("与委托人的关系")
    if not missing:
        return []
    return [FilingProblem("agent", f"{principal}的代理人{facts.name}缺少授权委托书所需的"
                                   f"{'、'.join(missing)}",
                          f"当事人“{principal}”的资料 › 代理人", ("agent", agent.agent_id))]


def packets(source: FilingSource, mode: FilingMode) -> list[Packet]:
    """Per claimant: each claimant not yet submitted (or returned for correction) with
    the other side, their own schedule attached; joint: one packet for everybody."""
    agreement = source.agreement
    if mode is FilingMode.JOINT or not source.claimants:
        return [Packet(1, ALL_APPLICANTS, source.applicants, None, None)]
    schedules = {s.claimant_id: s for s in agreement.schedules} if agreement else {}
    wanted = source.progress.needing_packet() if source.progress else None
    # numbered among all claimants, so a claimant's folder keeps its number
    return [Packet(index, claimant.name, (claimant, *source.others),
                   claimant.party.case_party_id, schedules.get(claimant.party.case_party_id))
            for index, claimant in enumerate(source.claimants, start=1)
            if wanted is None or claimant.party.case_party_id in wanted]


def needs_property_proof(category: str) -> bool:
    try:
        return CaseCategory(category) in PROPERTY_CATEGORIES
    except ValueError:
        return False
