"""`microcourt-cli parties list|show|add` (and `import`, from parties_import.py).

`list --json` prints one object per party with the keys of DESIGN.md section 4 (`id`,
`name`, `kind`, `gender`, `birth_date`, `age`, `elderly`, `id_number` masked, `phone`)
plus `household_address`. Only `show ID --reveal` prints a full ID number, and that is
audited like the detail view's "show" button.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
from dataclasses import asdict

from microcourt.cli.commands import add_command
from microcourt.cli.output import print_json, print_table
from microcourt.domain import ConsentForm, Gender, IdType, PartyKind, PartyNeed
from microcourt.errors import ValidationErrors
from microcourt.services.parties.dto import ConsentRecord, PartyDraft
from microcourt.timeutil import today_local
from microcourt.validation.dates import parse_date

_IMPORT_MODULE = "microcourt.cli.parties_import"
_PAGE = 1000

FIELD_LABELS = {
    "kind": "类型", "name": "姓名/名称", "gender": "性别", "ethnicity": "民族",
    "birth_date": "出生日期", "id_type": "证件类型", "id_number": "证件号码", "phone": "电话",
    "household_address": "户籍地址/住所", "service_address": "送达地址",
    "accepts_e_service": "电子送达", "wechat": "微信号", "occupation": "职业",
    "service_postcode": "邮政编码", "e_service_address": "电子送达邮箱",
    "needs": "特殊需要", "emergency_name": "紧急联系人", "emergency_relation": "关系",
    "emergency_phone": "紧急联系电话", "notes": "备注", "legal_rep_name": "法定代表人",
    "legal_rep_title": "职务", "consent": "个人信息同意", "age": "年龄",
    "elderly": "60岁以上", "id": "编号", "consent_on": "个人信息同意日期",
    "consent_form": "同意方式", "consent_witness": "见证人", "consent_withdrawn_on": "撤回同意日期",
    "anonymized": "已匿名",
}
_CODED = {"kind": PartyKind, "gender": Gender, "id_type": IdType, "consent_form": ConsentForm}


def register(sub) -> None:
    parser = add_command(sub, "parties")
    actions = parser.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="列出或查找当事人（身份证号码只显示部分）")
    listing.add_argument("--search", default="", help="姓名、拼音、首字母、证件号后几位或电话")
    listing.add_argument("--include-anonymized", action="store_true", help="也列出已匿名的记录")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_parties)
    show = actions.add_parser("show", help="显示一位当事人的详细信息")
    show.add_argument("party_id", type=int, metavar="ID")
    show.add_argument("--reveal", action="store_true", help="显示完整证件号码（记入审计日志）")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=show_party)
    _add_parser(actions)
    if importlib.util.find_spec(_IMPORT_MODULE) is not None:
        importlib.import_module(_IMPORT_MODULE).add_import_parser(actions)


def _add_parser(actions) -> None:
    add = actions.add_parser("add", help="登记一位当事人")
    add.add_argument("--kind", choices=[k.value for k in PartyKind], default="person")
    add.add_argument("--name", required=True)
    add.add_argument("--gender", choices=[g.value for g in Gender])
    add.add_argument("--ethnicity")
    add.add_argument("--birth-date")
    add.add_argument("--id-type", choices=[t.value for t in IdType])
    add.add_argument("--id-number", help="身份证号码；单位填统一社会信用代码")
    add.add_argument("--phone")
    add.add_argument("--address", dest="household_address", help="户籍地址（单位：住所）")
    add.add_argument("--service-address")
    add.add_argument("--postcode", dest="service_postcode", help="送达地址的邮政编码（6位）")
    add.add_argument("--e-service", dest="accepts_e_service", action="store_true")
    add.add_argument("--wechat")
    add.add_argument("--e-mail", dest="e_service_address", help="电子送达邮箱（单位常用）")
    add.add_argument("--occupation")
    add.add_argument("--need", dest="needs", action="append", default=[],
                     choices=[n.value for n in PartyNeed])
    add.add_argument("--notes", default="")
    add.add_argument("--legal-rep", dest="legal_rep_name")
    add.add_argument("--legal-rep-title")
    add.add_argument("--consent", choices=[c.value for c in ConsentForm],
                     help="已取得的个人信息同意方式（保存身份证号码时必填）")
    add.add_argument("--consent-on", help="同意日期（默认今天）")
    add.add_argument("--consent-witness", help="口头同意的见证人")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=add_party)


def _row_dict(row) -> dict:
    values = asdict(row)
    values["birth_date"] = row.birth_date.isoformat() if row.birth_date else None
    return values


def list_parties(args, services) -> int:
    parties = services.parties
    total = parties.count(args.search, include_anonymized=args.include_anonymized)
    rows = []
    for offset in range(0, total, _PAGE):
        rows += parties.search(args.search, offset, _PAGE,
                               include_anonymized=args.include_anonymized)
    if args.json:
        print_json([_row_dict(r) for r in rows])
        return 0
    print_table([[r.id, r.name, _cn(PartyKind, r.kind), _cn(Gender, r.gender),
                  r.birth_date.isoformat() if r.birth_date else "",
                  "" if r.age is None else r.age, r.id_number, r.phone or ""] for r in rows],
                ["编号", "姓名/名称", "类型", "性别", "出生日期", "年龄", "证件号码", "电话"])
    print(f"共{total}位当事人。", file=sys.stderr)
    return 0


def show_party(args, services) -> int:
    detail = services.parties.get(args.party_id)
    values = asdict(detail)
    if args.reveal:
        values["id_number"] = services.parties.reveal_id_number(args.party_id)
    if args.json:
        print_json(values)
        return 0
    for name, value in values.items():
        if name in FIELD_LABELS and value not in (None, "", (), [], False):
            print(f"{FIELD_LABELS[name]}：{_shown(name, value)}")
    for agent in detail.agents:
        print(f"代理人：{agent.name}（{agent.relation or agent.kind}）"
              + ("，特别授权" if agent.special_authority else ""))
    return 0


def add_party(args, services) -> int:
    draft = PartyDraft(**{name: getattr(args, name) for name in (
        "kind", "name", "gender", "ethnicity", "birth_date", "id_number", "phone",
        "household_address", "service_address", "service_postcode", "accepts_e_service",
        "wechat", "e_service_address", "occupation", "needs", "notes", "legal_rep_name",
        "legal_rep_title")})
    if args.id_type or args.kind == PartyKind.ORGANIZATION.value:
        draft.id_type = args.id_type or IdType.CREDIT_CODE.value
    try:
        consent = _consent(args)
        detail = services.parties.register(draft, consent)
    except ValidationErrors as exc:
        for error in exc.errors:
            print(f"{FIELD_LABELS.get(error.field, error.field)}：{error.message}",
                  file=sys.stderr)
        return 1
    if args.json:
        print_json(asdict(detail))
    else:
        for line in detail.warnings + detail.notices:
            print("提示：" + line)
        print(f"已登记：{detail.name}（编号{detail.id}）")
    return 0


def _consent(args) -> ConsentRecord | None:
    if not args.consent:
        return None
    on = parse_date(args.consent_on, "consent", label="同意日期") if args.consent_on \
        else today_local()
    return ConsentRecord(on=on, form=args.consent, witness=args.consent_witness)


def _cn(enum, value) -> str:
    member = enum.from_cn(value) if value else None
    return member.cn if member else (value or "")


def _shown(name: str, value) -> str:
    if name in _CODED:
        return _cn(_CODED[name], value)
    if name == "needs":
        return "、".join(_cn(PartyNeed, n) for n in value)
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)
