"""`microcourt-cli cases ...`: the case list (DESIGN.md section 4), one case's detail,
registering a case, parties and mediators on it, and moving it along its lifecycle."""
from __future__ import annotations

from microcourt.cli.commands import add_command
from microcourt.cli.output import print_json, print_table
from microcourt.domain import CaseCategory, CaseRole, CaseSource, CaseStatus, ReferralKind
from microcourt.services.cases.dto import CaseDetail, CaseDraft
from microcourt.timeutil import format_local, to_local
from microcourt.validation.money import fen_to_yuan, format_amount, optional_amount

HEADERS = ["编号", "类别", "状态", "当事人数", "申请人数", "收案日期", "标的额（元）"]
PARTY_HEADERS = ["地位", "姓名", "证件号码", "电话", "请求金额（元）", "代理人"]
MEDIATOR_HEADERS = ["调解员", "主持", "关联当事人", "回避情况"]
EVENT_HEADERS = ["时间", "操作人", "事项", "说明"]


def register(sub) -> None:
    parser = add_command(sub, "cases")
    actions = parser.add_subparsers(dest="action", required=True)
    list_ = actions.add_parser("list", help="列出全部案件（新收的在前）")
    list_.add_argument("--json", action="store_true", help="以 UTF-8 JSON 输出")
    list_.set_defaults(handler=list_cases)
    show = actions.add_parser("show", help="显示一个案件：当事人、调解员、办理经过")
    show.add_argument("number", help="案号，如 上田微调〔2026〕第1号")
    show.add_argument("--json", action="store_true", help="以 UTF-8 JSON 输出")
    show.set_defaults(handler=show_case)
    _register_writes(actions)


def _register_writes(actions) -> None:
    create = actions.add_parser("create", help="登记新案件，输出分配的案号")
    create.add_argument("--category", required=True,
                        help="类别：" + "、".join(c.cn for c in CaseCategory) + "（或英文代码）")
    create.add_argument("--summary", required=True, help="案情摘要")
    create.add_argument("--claims", default="", help="请求事项")
    create.add_argument("--amount", help="标的额（元），可不填")
    create.add_argument("--received-on", help="收案日期（默认今天）")
    create.add_argument("--source", default=CaseSource.WALK_IN.value,
                        help="来源：" + "、".join(s.cn for s in CaseSource))
    create.add_argument("--referring-court", default="",
                        help="法院委派（委托）调解的案件：委派法院，司法确认向该院申请")
    create.add_argument("--referral-number", default="", help="委派法院的案号")
    create.add_argument("--referral-kind", default="",
                        help="委派方式：" + "、".join(k.cn for k in ReferralKind) + "（默认委派调解）")
    create.set_defaults(handler=create_case)
    status = actions.add_parser("status", help="改变案件状态（记入办理经过）")
    status.add_argument("number", help="案号")
    status.add_argument("target", help="新状态：" + "、".join(s.cn for s in CaseStatus)
                        + "（或英文代码）")
    status.add_argument("--reason", default="", help="原因（退回或提前结案时必填）")
    status.set_defaults(handler=change_status)
    party = actions.add_parser("add-party", help="把已登记的当事人加入案件")
    party.add_argument("number", help="案号")
    party.add_argument("party_id", type=int, help="当事人编号（parties list 可查）")
    party.add_argument("--role", required=True, help="地位：申请人、被申请人、第三人")
    party.add_argument("--amount", help="申请人的请求金额（元）")
    party.set_defaults(handler=add_party)
    mediator = actions.add_parser("add-mediator", help="为案件指派调解员")
    mediator.add_argument("number", help="案号")
    mediator.add_argument("mediator_id", type=int, help="调解员编号（mediators list 可查）")
    mediator.set_defaults(handler=add_mediator)


def list_cases(args, services) -> int:
    cases = services.cases.list_cases()
    if args.json:
        print_json([_as_json(c) for c in cases])
        return 0
    print_table([[c.number, _cn(CaseCategory, c.category), _cn(CaseStatus, c.status),
                  c.parties, c.claimants, c.received_on.isoformat(),
                  "" if c.amount is None else f"{c.amount:,}"] for c in cases], HEADERS)
    return 0


def show_case(args, services) -> int:
    detail = services.cases.get_case(args.number)
    if args.json:
        print_json(detail_json(detail))
    else:
        _print_detail(detail)
    return 0


def create_case(args, services) -> int:
    detail = services.cases.create_case(CaseDraft(
        category=args.category, summary=args.summary, claims=args.claims, amount=args.amount,
        received_on=args.received_on, source=args.source, referral_kind=args.referral_kind,
        referring_court=args.referring_court, referral_number=args.referral_number))
    print(detail.number)
    return 0


def change_status(args, services) -> int:
    detail = services.cases.change_status(args.number, args.target, args.reason)
    print(f"案件{detail.number}已改为“{CaseStatus(detail.status).cn}”。")
    return 0


def add_party(args, services) -> int:
    case = services.cases.get_case(args.number)
    amount = optional_amount(args.amount, "claim_amount", label="请求金额")
    detail = services.cases.add_party(case.id, args.party_id, args.role, amount)
    added = next(p for p in detail.parties if p.party_id == args.party_id)
    print(f"已加入{CaseRole(added.role).cn}：{added.name}")
    return 0


def add_mediator(args, services) -> int:
    case = services.cases.get_case(args.number)
    assignment = services.cases.add_mediator(case.id, args.mediator_id)
    print(f"已指派调解员：{assignment.mediator.name}")
    return 0


def _as_json(case) -> dict:
    return {"id": case.id, "number": case.number, "category": case.category,
            "status": case.status, "parties": case.parties, "claimants": case.claimants,
            "received_on": case.received_on.isoformat(),
            "amount": None if case.amount is None else str(case.amount)}


def _money(fen: int | None) -> str | None:
    return None if fen is None else str(fen_to_yuan(fen))


def detail_json(d: CaseDetail) -> dict:
    """Amounts as exact decimal strings of yuan, moments in ISO 8601 with the +08:00
    offset, ID numbers masked."""
    return {
        "id": d.id, "number": d.number, "category": d.category, "status": d.status,
        "summary": d.summary, "claims": d.claims, "amount": _money(d.amount_fen),
        "received_on": d.received_on.isoformat(), "source": d.source,
        "referral": ({"kind": d.referral_kind, "court": d.referring_court,
                      "case_number": d.referral_number} if d.referring_court else None),
        "closed_on": d.closed_on.isoformat() if d.closed_on else None,
        "allowed_next": list(d.allowed_next),
        "parties": [{"id": p.id, "party_id": p.party_id, "name": p.name, "kind": p.kind,
                     "id_number": p.id_number, "phone": p.phone, "role": p.role,
                     "claim_amount": _money(p.claim_amount_fen),
                     "agents": [{"agent_id": a.agent_id, "name": a.name, "kind": a.kind,
                                 "relation": a.relation, "phone": a.phone,
                                 "special_authority": a.special_authority}
                                for a in p.agents]} for p in d.parties],
        "mediators": [{"id": m.id, "mediator_id": m.mediator_id, "name": m.name,
                       "is_lead": m.is_lead, "linked_party_id": m.linked_party_id,
                       "link_description": m.link_description, "recused": m.recused,
                       "continue_reason": m.continue_reason,
                       "recusal_pending": m.recusal_pending} for m in d.mediators],
        "events": [{"at": to_local(e.at).isoformat(), "actor": e.actor, "kind": e.kind,
                    "from_status": e.from_status, "to_status": e.to_status, "note": e.note}
                   for e in d.events],
        "totals": {"claimants": d.totals.claimants, "claims": _money(d.totals.claims_fen),
                   "amount_from_claimants": d.totals.amount_from_claimants},
    }


def _print_detail(d: CaseDetail) -> None:
    print(f"{d.number}\t{_cn(CaseCategory, d.category)}\t{_cn(CaseStatus, d.status)}")
    print(f"收案日期：{d.received_on.isoformat()}\t来源：{_cn(CaseSource, d.source)}\t"
          f"标的额：{'' if d.amount_fen is None else format_amount(d.amount_fen, unit=True)}")
    if d.referring_court:
        print(f"{_cn(ReferralKind, d.referral_kind)}：{d.referring_court}"
              f"（案号：{d.referral_number}）")
    print(f"案情摘要：{d.summary}")
    if d.claims:
        print(f"请求事项：{d.claims}")
    print()
    print_table([[_cn(CaseRole, p.role), p.name, p.id_number, p.phone or "",
                  "" if p.claim_amount_fen is None else format_amount(p.claim_amount_fen),
                  "、".join(a.name for a in p.agents)] for p in d.parties], PARTY_HEADERS)
    print()
    print_table([[m.name, "是" if m.is_lead else "", m.linked_party_name or "",
                  _recusal_text(m)] for m in d.mediators], MEDIATOR_HEADERS)
    print()
    print_table([[format_local(e.at), e.actor, _event_text(e), e.note] for e in d.events],
                EVENT_HEADERS)


def _recusal_text(m) -> str:
    if m.recused:
        return "已回避"
    if m.recusal_pending:
        return f"待确认（{m.link_description}）"
    return f"不回避：{m.continue_reason}" if m.continue_reason else ""


def _event_text(e) -> str:
    if e.to_status and e.kind in ("created", "status"):
        return f"{_cn(CaseStatus, e.from_status) + ' → ' if e.from_status else ''}" \
               f"{_cn(CaseStatus, e.to_status)}"
    return e.kind


def _cn(enum, value: str) -> str:
    """The Chinese term of a stored code; an unknown code (a newer version's) as is."""
    try:
        return enum(value).cn
    except ValueError:
        return value
