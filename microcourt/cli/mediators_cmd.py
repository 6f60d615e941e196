"""`microcourt-cli mediators list [--all] [--json]` and `mediators add ...`: the roster of
invited mediators."""
from __future__ import annotations

from microcourt.cli.commands import add_command
from microcourt.cli.output import print_json, print_table
from microcourt.services.mediators.service import MediatorDraft, MediatorInfo

HEADERS = ["编号", "姓名", "单位或团队", "擅长领域", "电话", "状态"]


def register(sub) -> None:
    parser = add_command(sub, "mediators")
    actions = parser.add_subparsers(dest="action", required=True)
    list_ = actions.add_parser("list", help="列出调解员（默认只列在任的）")
    list_.add_argument("--all", action="store_true", help="也列出已停用的")
    list_.add_argument("--json", action="store_true", help="以 UTF-8 JSON 输出")
    list_.set_defaults(handler=list_mediators)
    add = actions.add_parser("add", help="添加调解员")
    add.add_argument("--name", required=True, help="姓名")
    add.add_argument("--organization", help="所在单位或团队，如：临安区妇联巾帼志愿调解队")
    add.add_argument("--specialties", default="",
                     help="擅长领域，逗号或顿号分隔：婚姻家庭、劳动报酬、相邻关系、土地承包、"
                          "租赁、民间借贷、交通事故、其他（也可用英文代码）")
    add.add_argument("--phone", help="电话")
    add.add_argument("--json", action="store_true", help="以 UTF-8 JSON 输出新调解员")
    add.set_defaults(handler=add_mediator)


def as_json(mediator: MediatorInfo) -> dict:
    return {"id": mediator.id, "name": mediator.name, "organization": mediator.organization,
            "specialties": list(mediator.specialties), "phone": mediator.phone,
            "active": mediator.active}


def list_mediators(args, services) -> int:
    mediators = services.mediators.list(active_only=not args.all)
    if args.json:
        print_json([as_json(m) for m in mediators])
        return 0
    print_table([[m.id, m.name, m.organization or "", m.specialties_cn, m.phone or "",
                  "在任" if m.active else "已停用"] for m in mediators], HEADERS)
    return 0


def add_mediator(args, services) -> int:
    created = services.mediators.create(MediatorDraft(
        name=args.name, organization=args.organization, specialties=args.specialties,
        phone=args.phone))
    if args.json:
        print_json(as_json(created))
    else:
        print(f"已添加调解员：{created.name}（编号{created.id}）")
    return 0
