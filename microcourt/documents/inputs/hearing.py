"""A hearing or mediation notice (视频调解 / 在线庭审 / 现场调解通知书): one per person.

The hearings service decides the words that depend on rules (the time as the notice
says it, which number the court gave the case) and passes them in.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class NoticeRecipient:
    name: str
    role: str                  # a participant role code (applicant, agent, ...)
    role_cn: str               # 申请人, 代理人 ...
    location: str              # JoinLocation value
    location_cn: str           # 村微法庭调解室, 家中 ...
    needs_help: bool           # the liaison rings first and helps them join


@dataclass(frozen=True)
class HearingNotice:
    kind: str                  # HearingKind value
    kind_cn: str               # 视频调解 ...
    mediation_number: str      # the village registry number: 调解编号, never 案号
    court_case_number: str     # the court's 案号 of its proceeding, "" when none
    time_text: str             # 2026年11月24日（星期二）上午9时30分至11时
    platform_cn: str           # 移动微法院 ..., "" when none
    meeting_link: str          # a link or a meeting number, "" when not yet known
    room: str
    court: str                 # the court of the hearing, "" for the profile's
    issued_on: date
    recipients: tuple[NoticeRecipient, ...]
