"""The table of `microcourt-cli` commands: name, the module that implements it, and the
line `--help` shows. The parser is built from this table without importing any command
module (issue 16.2: `--help` costs a few interpreter starts, not SQLAlchemy); only the
module of the command being run is imported, and it registers the real sub-parser."""
from __future__ import annotations


class Command(tuple):
    """(module, help): module is microcourt.cli.<module>_cmd. A bare tuple subclass, not
    a NamedTuple: `typing` alone would cost a third of `--help`'s start-up."""

    __slots__ = ()

    def __new__(cls, module: str, help: str):
        return super().__new__(cls, (module, help))

    @property
    def module(self) -> str:
        return self[0]

    @property
    def help(self) -> str:
        return self[1]


# In the order `--help` lists them.
COMMANDS: dict[str, Command] = {
    "settings": Command("settings", "微法庭基本信息"),
    "demo": Command("demo", "在空的数据目录中装入演示数据"),
    "cases": Command("cases", "案件"),
    "parties": Command("parties", "当事人登记"),
    "mediators": Command("mediators", "特邀调解员"),
    "agreement": Command("agreement", "调解协议"),
    "backup": Command("backup", "备份、检查和恢复数据"),
    "audit": Command("audit", "审计日志"),
    "accounts": Command("accounts", "操作员账户（管理员）"),
    "hearings": Command("hearings", "庭审和调解安排"),
    "filing": Command("filing", "司法确认申请材料"),
    "workbench": Command("workbench", "工作台：今日待办、即将逾期和风险预警"),
    "warnings": Command("workbench", "矛盾风险预警"),
    "enforcement": Command("workbench", "强制执行申请书"),
    "report": Command("report", "月度工作报告（PDF 或 Excel）"),
    "read-aloud": Command("read_aloud", "用离线语音朗读，输出 WAV 声音文件"),
}

# Every command module, once each (the bundle manifest checks they are all bundled).
COMMAND_MODULES = tuple(dict.fromkeys(command.module for command in COMMANDS.values()))


def add_command(sub, name: str):
    """The sub-parser of command `name`, with the help line of the table."""
    return sub.add_parser(name, help=COMMANDS[name].help)
