"""`agreement export CASE_NUMBER`, `agreement import CASE_NUMBER FILE.json` and
`agreement sign CASE_NUMBER --on DATE [--seal-on DATE]` (the JSON format is in the
README, "The agreement as JSON"). Parties are named, not numbered: a script knows the
names from `cases show --json`; a name two parties of the case share is refused."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from microcourt.cli.output import print_json
from microcourt.domain import CaseRole
from microcourt.errors import UserError, ValidationError
from microcourt.services.agreements.dto import AgreementDraft, InstallmentRow, SignatureEntry

TEXT_KEYS = ("facts", "items_in_dispute", "responsibilities", "performance_way",
             "performance_place", "breach_terms", "signing_place")


def register(actions) -> None:
    export = actions.add_parser("export", help="以 JSON 输出案件当前的调解协议（可再导入）")
    export.add_argument("case_number", metavar="CASE_NUMBER")
    export.set_defaults(handler=export_agreement)
    imp = actions.add_parser("import", help="从 JSON 文件生成协议草稿（条款、责任、履行、分期计划）")
    imp.add_argument("case_number", metavar="CASE_NUMBER")
    imp.add_argument("file", metavar="FILE.json")
    imp.set_defaults(handler=import_agreement)
    sign = actions.add_parser("sign", help="登记全体当事人、调解员签名和调解委员会盖章")
    sign.add_argument("case_number", metavar="CASE_NUMBER")
    sign.add_argument("--on", required=True, metavar="DATE", help="签名日期 YYYY-MM-DD")
    sign.add_argument("--seal-on", metavar="DATE", help="盖章日期（默认与签名同日）")
    sign.set_defaults(handler=sign_agreement)


def _day(text, field: str) -> date | None:
    if text in (None, ""):
        return None
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise ValidationError(field, f"{field}的日期“{text}”格式不对，应为 YYYY-MM-DD。") from None


def _current(services, case_number: str):
    detail = services.agreements.current(services.agreements.case_id_for_number(case_number))
    if detail is None:
        raise UserError(f"案件{case_number.strip()}还没有调解协议。")
    return detail


def as_json(detail) -> dict:
    """What `import` reads back, and what only export says (status, dates, problems)."""
    typed = [c for i, c in enumerate(detail.clauses) if i != detail.plan_clause]
    claimants = {p.case_party_id: p.name for p in detail.parties}
    return {
        "case_number": detail.case_number, "version": detail.version, "status": detail.status,
        **{key: getattr(detail, key) for key in TEXT_KEYS},
        "clauses": typed, "plan_clause_at": detail.plan_clause,
        "plan_clause": detail.clauses[detail.plan_clause]
        if detail.plan_clause is not None else None,
        "performance_deadline": detail.performance_deadline, "total_fen": detail.total_fen,
        "copies": detail.copies, "electronic_signature": detail.electronic_signature,
        "plan": [{"claimant": claimants.get(i.claimant_id), "payer": i.payer_name or None,
                  "payee": i.payee_name or None, "due_on": i.due_on,
                  "amount_fen": i.amount_fen} for i in detail.installments],
        "signatures": [{"name": s.signer_name, "signed_on": s.signed_on}
                       for s in detail.signatures],
        "sealed_on": detail.sealed_on, "effective_on": detail.effective_on,
        "problems": [{"field": w.field, "kind": w.kind, "blocks_signing": w.blocks_signing,
                      "message": w.message} for w in detail.warnings],
    }


def export_agreement(args, services) -> int:
    print_json(as_json(_current(services, args.case_number)))
    return 0


def _read(path: str) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise UserError(f"无法读取文件{path}：{exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UserError(f"文件{path}不是有效的 UTF-8 JSON：{exc}") from None
    if not isinstance(data, dict):
        raise UserError(f"文件{path}应当是一个 JSON 对象（{{...}}）。")
    return data


def _names(case) -> dict[str, list]:
    found: dict[str, list] = {}
    for party in case.parties:
        found.setdefault(party.name, []).append(party)
    return found


def _party(names: dict[str, list], name, field: str):
    if name in (None, ""):
        return None
    matches = names.get(str(name), [])
    if len(matches) != 1:
        raise ValidationError(field, f"{field}：本案{'没有' if not matches else '有不止一位'}"
                                     f"名为“{name}”的当事人。")
    return matches[0]


def plan_rows(data: dict, case) -> list[InstallmentRow]:
    names, rows = _names(case), []
    for index, item in enumerate(data.get("plan") or []):
        field = f"plan[{index}]"
        if not isinstance(item, dict):
            raise ValidationError(field, f"{field}应当是一个对象。")
        claimant = _party(names, item.get("claimant"), f"{field}.claimant")
        if claimant is not None and claimant.role != CaseRole.APPLICANT:
            raise ValidationError(f"{field}.claimant", f"{field}：{claimant.name}不是申请人。")
        payer = _party(names, item.get("payer"), f"{field}.payer")
        payee = _party(names, item.get("payee"), f"{field}.payee") or claimant
        amount = item.get("amount_fen")
        if not isinstance(amount, int) or isinstance(amount, bool):
            raise ValidationError(f"{field}.amount_fen", f"{field}：amount_fen 应当是整数（分）。")
        rows.append(InstallmentRow(
            due_on=_day(item.get("due_on"), f"{field}.due_on"), amount_fen=amount,
            payer_party_id=payer.party_id if payer else None,
            payee_party_id=payee.party_id if payee else None,
            claimant_id=claimant.id if claimant else None))
    return rows


def draft_of(data: dict) -> AgreementDraft:
    clauses = data.get("clauses") or []
    if not isinstance(clauses, list) or not all(isinstance(c, str) for c in clauses):
        raise ValidationError("clauses", "clauses 应当是文字的列表。")
    at = data.get("plan_clause_at")
    if at is not None:
        if not isinstance(at, int) or not 0 <= at <= len(clauses):
            raise ValidationError("plan_clause_at", "plan_clause_at 应当是条款的位置（从0起）。")
        clauses = clauses[:at] + [""] + clauses[at:]  # its text is written from the plan
    texts = {key: str(data.get(key) or "") for key in TEXT_KEYS}
    return AgreementDraft(
        clauses=clauses, performance_deadline=_day(data.get("performance_deadline"),
                                                   "performance_deadline"),
        total_fen=data.get("total_fen"), copies=data.get("copies"),
        electronic_signature=bool(data.get("electronic_signature")), plan_clause=at, **texts)


def import_agreement(args, services) -> int:
    data = _read(args.file)
    case_id = services.agreements.case_id_for_number(args.case_number)
    case = services.cases.get_case(case_id)
    detail = services.agreements.import_draft(case_id, draft_of(data), plan_rows(data, case),
                                              reason=f"从{Path(args.file).name}导入")
    print(f"已生成{detail.case_number}第{detail.version}版协议草稿：{len(detail.clauses)}条，"
          f"分期{len(detail.installments)}笔。")
    for warning in detail.warnings:
        print(("不能签署：" if warning.blocks_signing else "提醒：") + warning.message,
              file=sys.stderr)
    return 0


def sign_agreement(args, services) -> int:
    """Every party and every mediator of the case sign on --on; any problem refuses."""
    on, seal = _day(args.on, "--on"), _day(args.seal_on, "--seal-on")
    detail = _current(services, args.case_number)
    if not detail.editable:
        raise UserError(f"{detail.case_number}第{detail.version}版协议已经签署；"
                        "如需修改，请先导入新的协议内容（生成新版本）。")
    if detail.warnings:
        raise UserError("协议还有以下问题，未登记签署：\n" + "\n".join(
            f"{n}. {w.message}" for n, w in enumerate(detail.warnings, start=1)))
    entries = [SignatureEntry(signed_on=on, party_id=p.party_id) for p in detail.parties]
    entries += [SignatureEntry(signed_on=on, mediator_id=m.id) for m in detail.mediators]
    signed = services.agreements.record_signing(detail.id, entries, sealed_on=seal)
    print(f"已登记签署：{signed.case_number}第{signed.version}版协议于"
          f"{signed.effective_on.isoformat()}生效，申请司法确认截止"
          f"{signed.confirmation_deadline.isoformat()}。")
    if note := signed.confirmation_period.note_cn():  # a holiday moved it, or the gap
        print(note + "。")
    return 0
