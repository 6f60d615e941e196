"""`microcourt-cli agreement scan CASE_NUMBER FILE... [--remove]`: attach the scanned
signed original (a PDF, or one JPEG/PNG per page in page order) to the version in
force; every packet generated afterwards binds it."""
from __future__ import annotations

from microcourt.errors import UserError


def register(actions) -> None:
    scan = actions.add_parser("scan", help="附签署原件扫描件（PDF，或每页一张JPEG/PNG，按页序）")
    scan.add_argument("case_number", metavar="CASE_NUMBER", help="案号")
    scan.add_argument("files", nargs="*", metavar="FILE", help="扫描件文件")
    scan.add_argument("--remove", action="store_true", help="删除已附的扫描件")
    scan.set_defaults(handler=attach_scan)


def attach_scan(args, services) -> int:
    case_id = services.agreements.case_id_for_number(args.case_number)
    detail = services.agreements.in_force(case_id)
    if detail is None:
        raise UserError(f"案件{args.case_number.strip()}没有签署生效的调解协议，"
                        "签署后才能附签署原件扫描件。")
    if args.remove:
        services.scans.remove(detail.id)
        print(f"已删除第{detail.version}版调解协议的签署原件扫描件。")
        return 0
    info = services.scans.attach(detail.id, args.files)
    print(f"已为第{detail.version}版调解协议附签署原件扫描件：{len(info.files)}个文件，"
          f"共{info.pages}页。")
    return 0
