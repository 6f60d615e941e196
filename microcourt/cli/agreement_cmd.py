"""`microcourt-cli agreement pdf CASE_NUMBER --out FILE [--large-print]` and
`agreement show CASE_NUMBER [--json]`: the case's current agreement (DESIGN.md section 4)."""
from __future__ import annotations

from pathlib import Path

from microcourt.cli import agreement_json, scan_cmd
from microcourt.cli.commands import add_command
from microcourt.cli.output import print_json
from microcourt.domain import AgreementStatus
from microcourt.errors import UserError
from microcourt.validation.money import format_amount, to_chinese_upper


def register(sub) -> None:
    parser = add_command(sub, "agreement")
    actions = parser.add_subparsers(dest="action", required=True)
    pdf = actions.add_parser("pdf", help="把案件的调解协议书输出为 PDF（供打印签署）")
    pdf.add_argument("case_number", metavar="CASE_NUMBER", help="案号，如 上田微调〔2026〕第3号")
    pdf.add_argument("--out", required=True, help="输出的 PDF 文件")
    pdf.add_argument("--large-print", action="store_true", help="大字版（正文18磅，适合老年人）")
    pdf.set_defaults(handler=write_pdf)
    show = actions.add_parser("show", help="显示案件当前的调解协议")
    show.add_argument("case_number", metavar="CASE_NUMBER")
    show.add_argument("--json", action="store_true", help="以 UTF-8 JSON 输出")
    show.set_defaults(handler=show_agreement)
    scan_cmd.register(actions)
    agreement_json.register(actions)


def _current(services, case_number: str):
    case_id = services.agreements.case_id_for_number(case_number)
    detail = services.agreements.current(case_id)
    if detail is None:
        raise UserError(f"案件{case_number.strip()}还没有调解协议。")
    return detail


def write_pdf(args, services) -> int:
    detail = _current(services, args.case_number)
    out = services.agreements.write_pdf(detail.id, Path(args.out), large_print=args.large_print)
    print(f"已生成调解协议书：{out}")
    return 0


def show_agreement(args, services) -> int:
    detail = _current(services, args.case_number)
    if args.json:
        print_json(as_json(detail))
        return 0
    status = AgreementStatus(detail.status).cn
    print(f"{detail.case_number} 第{detail.version}版 {status}"
          + (f"，{detail.effective_on.isoformat()}生效" if detail.effective_on else ""))
    for number, clause in enumerate(detail.clauses, start=1):
        print(f"{number}. {clause}")
    if detail.installments:
        total = detail.installments_total_fen
        print(f"分期{len(detail.installments)}笔，合计{format_amount(total)}元"
              f"（{to_chinese_upper(total)}），逾期{len(detail.overdue)}笔")
    for warning in detail.warnings:
        print(f"提醒：{warning.message}")
    return 0


def as_json(detail) -> dict:
    """The agreement without ID numbers: scripts get names and amounts, not identities."""
    return {
        "id": detail.id, "case_number": detail.case_number, "version": detail.version,
        "status": detail.status, "effective_on": detail.effective_on,
        "confirmation_deadline": detail.confirmation_deadline, "copies": detail.copies,
        "total_fen": detail.total_fen, "clauses": list(detail.clauses),
        "parties": [{"name": p.name, "role": p.role} for p in detail.parties],
        "installments": [{"id": i.id, "payee": i.payee_name, "seq": i.seq, "due_on": i.due_on,
                          "amount_fen": i.amount_fen, "paid_fen": i.paid_fen, "state": i.state}
                         for i in detail.installments],
        "warnings": [w.message for w in detail.warnings],
    }
