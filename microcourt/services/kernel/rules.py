"""Who may do what (issue 7, item 1): one table over every public method of every service
the facade hands out, enforced by microcourt/services/guard.py, not by hiding buttons.

Roles (domain.OperatorRole):
- admin (the liaison): everything;
- mediator: their own cases only (CaseMediator.mediator_id == the operator's mediator,
  not recused): view them, record hearing outcomes, notes and agreements; no export of
  personal data, no deletion, no account management (个人信息保护法 arts. 10, 51: access
  limited to what each person's work needs);
- read_only: reading methods only.

A rule names the roles allowed, the Chinese words for the action (used in the
refusal), and for mediators either `scope` (which argument names the case, and how to
get from it to the case) or `only_own` (a list filtered down to their cases).
A method missing from the table is refused to everyone (tests/core/test_permissions.py
fails when a service gains a public method the table does not list).
"""
from __future__ import annotations

from dataclasses import dataclass

from microcourt.domain import OperatorRole

ADMIN = OperatorRole.ADMIN.value
MEDIATOR = OperatorRole.MEDIATOR.value
READ_ONLY = OperatorRole.READ_ONLY.value
EVERYONE = frozenset({ADMIN, MEDIATOR, READ_ONLY})
ADMIN_ONLY = frozenset({ADMIN})
ADMIN_AND_MEDIATOR = frozenset({ADMIN, MEDIATOR})

# How an argument leads to a case (guard._CASE_OF resolves each).
CASE = "case"                    # case id (int) or registry number (str)
CASE_PARTY = "case_party"
CASE_MEDIATOR = "case_mediator"
AGREEMENT = "agreement"
INSTALLMENT = "installment"
HEARING = "hearing"
FILING = "filing"                # one filing id or a list of them
PARTY = "party"                  # any case the party is on

# How a list result is cut down to a mediator's cases (guard._FILTERS applies each).
ROWS_BY_ID = "rows_by_id"        # rows whose `.id` is the case id
ROWS_BY_CASE = "rows_by_case"    # rows with a `.case_id`
ID_SET = "id_set"                # a set of case ids
AGENDA = "agenda"                # AgendaDay rows, hearings filtered inside
CALLS = "calls"                  # CallItem rows, by their hearing
WORK_ITEMS = "work_items"        # WorkbenchItem rows (or a Workbench), by case or related cases


@dataclass(frozen=True)
class Rule:
    roles: frozenset[str]
    what: str                    # Chinese, e.g. "导出个人信息" -> "调解员不能导出个人信息"
    scope: str | None = None     # mediators: the case named by argument `arg` must be theirs
    arg: str | None = None
    only_own: str | None = None  # mediators: the result filtered to their cases


def read(what: str, scope: str | None = None, arg: str | None = None,
         only_own: str | None = None) -> Rule:
    return Rule(EVERYONE, what, scope, arg, only_own)


def admin(what: str) -> Rule:
    return Rule(ADMIN_ONLY, what)


def mediator_work(what: str, scope: str, arg: str) -> Rule:
    """Work a mediator does on their own cases (and the liaison on any)."""
    return Rule(ADMIN_AND_MEDIATOR, what, scope, arg)


EXPORT = "导出或查看完整的个人信息"
DELETE = "删除数据"
ACCOUNTS = "管理操作员账户"

TABLE: dict[str, dict[str, Rule]] = {
    "settings": {
        "get": read("查看设置"), "is_first_start": read("查看设置"),
        "profile": read("查看微法庭信息"),
        "save_profile": admin("修改微法庭信息"), "set": admin("修改设置"),
    },
    "demo": {"is_empty": read("查看数据"), "load": admin("载入演示数据")},
    "backups": {
        "list": read("查看备份"),
        # Automatic backups run for whoever is logged in; they stay in the private folder.
        "if_due": read("自动备份"), "on_exit": read("自动备份"),
        "create": admin("备份数据"), "verify": admin("检查备份"),
        "export": admin(EXPORT), "export_job": admin(EXPORT),
        "restore": admin("恢复备份"), "restore_job": admin("恢复备份"),
    },
    "cases": {
        "list_cases": read("查看案件", only_own=ROWS_BY_ID),
        "matching_ids": read("查找案件", only_own=ID_SET),
        "get_case": read("查看案件", CASE, "case_ref"),
        "draft_for_edit": read("查看案件", CASE, "case_ref"),
        "totals": read("查看案件", CASE, "case_ref"),
        "add_note": mediator_work("记录案件备注", CASE, "case_ref"),
        **{name: admin("修改案件") for name in (
            "create_case", "update_case", "change_status", "add_party", "add_claimants",
            "claimants_from_parties", "set_claim_amount", "attach_agent", "detach_agent",
            "add_mediator", "set_lead", "record_link", "decide_recusal")},
        "remove_party": admin(DELETE), "remove_mediator": admin(DELETE),
    },
    "mediators": {
        "get": read("查看调解员"), "list": read("查看调解员"),
        "create": admin("管理调解员"), "update": admin("管理调解员"),
        "set_active": admin("管理调解员"),
    },
    "parties": {
        # Lists show masked ID numbers only (个人信息保护法 art. 51).
        "search": read("查看当事人"), "page": read("查看当事人"), "count": read("查看当事人"),
        "find_by_identity": read("查看当事人"), "existing_identities": read("查看当事人"),
        "get": read("查看当事人", PARTY, "party_id"),
        "write_consent_notice": read("打印告知同意书"),  # a name, no ID number
        "agents": read("查看当事人", PARTY, "party_id"),
        "is_linked": read("查看当事人", PARTY, "party_id"),
        "draft_for_edit": admin("修改当事人"),
        "reveal_id_number": admin(EXPORT), "create_many": admin("导入当事人"),
        **{name: admin("修改当事人") for name in (
            "register", "update", "set_consent", "add_agent", "update_agent")},
        "delete": admin(DELETE), "remove_agent": admin(DELETE),
        "withdraw_consent": admin(DELETE),
    },
    "agreements": {
        # Printing the agreement for signing is the mediator's own work on their case.
        "write_pdf": mediator_work("打印调解协议", AGREEMENT, "agreement_id"),
        "case_id_for_number": read("查看调解协议"),
        "confirmation_window": read("查看调解协议"),
        "count_overdue": read("查看调解协议"),
        "overdue_installments": read("查看调解协议", only_own=ROWS_BY_CASE),
        "windows_closing": read("查看调解协议", only_own=ROWS_BY_CASE),
        "get": read("查看调解协议", AGREEMENT, "agreement_id"),
        "current": read("查看调解协议", CASE, "case_id"),
        "in_force": read("查看调解协议", CASE, "case_id"),
        "versions": read("查看调解协议", CASE, "case_id"),
        "create_draft": mediator_work("记录调解协议", CASE, "case_id"),
        **{name: mediator_work("记录调解协议", AGREEMENT, "agreement_id") for name in (
            "save_draft", "set_installments", "generate_installments",
            "generate_per_claimant", "record_signing", "new_version")},
        "record_payment": mediator_work("记录履行情况", INSTALLMENT, "installment_id"),
        "discard_draft": admin(DELETE), "delete_payment": admin(DELETE),
    },
    "filings": {
        "check": read("查看司法确认申请", CASE, "case_ref"),
        "window": read("查看司法确认申请", CASE, "case_ref"),
        "list_for_case": read("查看司法确认申请", CASE, "case_ref"),
        "get": read("查看司法确认申请", FILING, "filing_id"),
        "windows_closing": read("查看司法确认申请", only_own=ROWS_BY_CASE),
        "generate": admin(EXPORT), "update": admin("登记司法确认进展"),
    },
    "hearings": {
        "get": read("查看庭审安排", HEARING, "hearing_id"),
        "draft_for_edit": read("查看庭审安排", HEARING, "hearing_id"),
        "list_for_case": read("查看庭审安排", CASE, "case_ref"),
        "default_participants": read("查看庭审安排", CASE, "case_id"),
        "list_range": read("查看庭审安排", only_own=ROWS_BY_CASE),
        "due_reminders": read("查看庭审安排", only_own=ROWS_BY_CASE),
        "agenda": read("查看庭审安排", only_own=AGENDA),
        "week": read("查看庭审安排", only_own=AGENDA),
        "tomorrow_calls": read("查看庭审安排", only_own=CALLS),
        "reminder_minutes": read("查看设置"),
        "check": read("检查庭审安排"),  # validates a form, saves nothing
        # Bookkeeping of the reminder pop-up shown to whoever is at the PC.
        "mark_reminded": read("关闭提醒"),
        "mark_held": mediator_work("记录庭审结果", HEARING, "hearing_id"),
        **{name: admin("安排庭审") for name in (
            "schedule", "update", "reschedule", "cancel", "set_reminder_minutes")},
        **{name: admin(EXPORT) for name in ("build_notices", "export_ics", "ics_bytes")},
    },
    # Counts and figures, no personal data beyond what the lists show.
    "statistics": {"compute": read("查看统计"), "received_by_month": read("查看统计")},
    # Hearings, deadlines and warnings name parties: a mediator sees their own cases'.
    "workbench": {"build": read("查看工作台", only_own=WORK_ITEMS),
                  "warnings": read("查看工作台", only_own=WORK_ITEMS)},
    "reports": {"monthly": read("查看统计"), "write_monthly": admin("导出月度报告"),
                "enforcement_check": read("查看调解协议", CASE, "case_ref"),
                # full ID numbers: the application goes to the court
                "write_enforcement": admin(EXPORT)},
    "accounts": {
        "has_operators": read("查看账户"), "login": read("登录"),
        "create_admin": read("创建管理员"),  # only while no account exists (accounts.py)
        "logout": read("退出登录"), "change_password": read("修改密码"),
        "check_password": read("解锁"),
        **{name: admin(ACCOUNTS) for name in (
            "list", "get", "create", "update", "deactivate", "reset_password")},
    },
    "audit": {**{name: admin("查看审计日志") for name in (
        "query", "count", "distinct_values", "verify")},
        "record_document": read("记录打印")},  # anyone who may print records it
}


def rule_for(service: str, method: str) -> Rule | None:
    return TABLE.get(service, {}).get(method)
