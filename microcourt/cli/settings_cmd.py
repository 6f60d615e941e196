"""`microcourt-cli settings show|set`: the micro-court's particulars."""
from __future__ import annotations

import sys
from dataclasses import asdict, fields, replace

from microcourt.cli.commands import add_command
from microcourt.cli.output import print_json
from microcourt.errors import ValidationErrors
from microcourt.services.settings.service import CourtProfileData

LABELS = {"name": "微法庭名称", "village": "所在村", "committee": "人民调解委员会",
          "court": "对接法院", "liaison_name": "联络员", "liaison_phone": "联络员电话",
          "address": "地址", "room": "调解室", "judge": "联系法官",
          "case_number_pattern": "案件编号格式"}


def register(sub) -> None:
    parser = add_command(sub, "settings")
    actions = parser.add_subparsers(dest="action", required=True)
    show = actions.add_parser("show", help="显示")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=show_profile)
    set_ = actions.add_parser("set", help="修改（只改给出的项）")
    for f in fields(CourtProfileData):
        set_.add_argument(f"--{f.name.replace('_', '-')}", dest=f.name)
    set_.set_defaults(handler=set_profile)


def show_profile(args, services) -> int:
    profile = services.settings.profile()
    if args.json:
        print_json(asdict(profile) if profile else None)
    elif profile is None:
        print("尚未填写微法庭基本信息。")
    else:
        for name, value in asdict(profile).items():
            print(f"{LABELS[name]}：{value}")
    return 0


def set_profile(args, services) -> int:
    current = services.settings.profile() or CourtProfileData()
    changes = {f.name: getattr(args, f.name) for f in fields(CourtProfileData)
               if getattr(args, f.name) is not None}
    try:
        services.settings.save_profile(replace(current, **changes))
    except ValidationErrors as exc:
        for field, message in exc.by_field().items():
            print(f"{LABELS[field]}：{message}", file=sys.stderr)
        return 1
    print("已保存。")
    return 0
