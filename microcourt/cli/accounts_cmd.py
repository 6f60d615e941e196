"""`microcourt-cli accounts list [--json]`, `accounts add USERNAME --name NAME --role ROLE
[--mediator-id ID] [--password-file F]`, `accounts reset-password USERNAME [--password-file F]`:
the administrator's tool for operator accounts (a forgotten password, a locked-out
liaison). No login needed: the CLI acts as the administrator of the OS user owning the
data directory, audited as 命令行. Passwords come from a file or are asked for twice on
the terminal, never on the command line (it would show in `ps` and shell history)."""
from __future__ import annotations

import getpass
from pathlib import Path

from microcourt.cli.commands import add_command
from microcourt.cli.output import print_json, print_table
from microcourt.domain import OperatorRole
from microcourt.errors import NotFound, UserError
from microcourt.services.accounts.service import OperatorDraft
from microcourt.timeutil import format_local

HEADERS = ["编号", "用户名", "姓名", "角色", "调解员", "状态", "上次登录"]


def register(sub) -> None:
    parser = add_command(sub, "accounts")
    actions = parser.add_subparsers(dest="action", required=True)
    list_ = actions.add_parser("list", help="列出操作员账户")
    list_.add_argument("--json", action="store_true", help="以 UTF-8 JSON 输出")
    list_.set_defaults(handler=list_accounts)
    add = actions.add_parser("add", help="新建操作员账户")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="姓名（显示名）")
    add.add_argument("--role", required=True, choices=[r.value for r in OperatorRole],
                     help="admin 联络员（管理员）/ mediator 调解员 / read_only 只读")
    add.add_argument("--mediator-id", type=int, help="调解员账户对应的调解员编号")
    add.add_argument("--password-file", help="从文件第一行读取密码（否则在终端输入两次）")
    add.set_defaults(handler=add_account)
    reset = actions.add_parser("reset-password", help="重设密码（同时解除锁定并重新启用）")
    reset.add_argument("username")
    reset.add_argument("--password-file", help="从文件第一行读取密码（否则在终端输入两次）")
    reset.set_defaults(handler=reset_password)


def _password(args) -> tuple[str, str]:
    if args.password_file:
        try:
            text = Path(args.password_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise UserError(f"无法读取密码文件 {args.password_file}：{exc.strerror}") from exc
        password = text.splitlines()[0] if text else ""
        return password, password
    return getpass.getpass("新密码："), getpass.getpass("再输入一次：")


def list_accounts(args, services) -> int:
    accounts = services.accounts.list()
    if args.json:
        print_json([{"id": a.id, "username": a.username, "display_name": a.display_name,
                     "role": a.role, "mediator_id": a.mediator_id, "active": a.active,
                     "last_login_at": a.last_login_at} for a in accounts])
        return 0
    print_table([[str(a.id), a.username, a.display_name, a.role_cn, a.mediator_name or "",
                  "启用" if a.active else "停用", format_local(a.last_login_at)]
                 for a in accounts], HEADERS)
    return 0


def add_account(args, services) -> int:
    password, again = _password(args)
    info = services.accounts.create(OperatorDraft(args.username, args.name, args.role,
                                                  args.mediator_id, password, again))
    print(f"已新建账户 {info.username}（{info.display_name}，{info.role_cn}）")
    return 0


def reset_password(args, services) -> int:
    match = [a for a in services.accounts.list() if a.username.lower() == args.username.lower()]
    if not match:
        raise NotFound(f"没有用户名为“{args.username}”的账户。")
    password, again = _password(args)
    info = services.accounts.reset_password(match[0].id, password, again)
    print(f"已重设 {info.username} 的密码，账户已解除锁定。")
    return 0
