"""The facade's `audit`: the administrator's viewer of the audit log (issue 7, item 2),
over audit_query.py (filters) and audit.verify (the hash chain). Administrators only
(the rules on its methods); the log itself never holds a full ID number (audit.record)."""
from __future__ import annotations

from microcourt.services.audit import chain as audit
from microcourt.services.audit import queries as audit_query
from microcourt.services.audit.anchors import Anchor
from microcourt.services.audit.queries import AuditFilter, AuditRow
from microcourt.services.kernel.context import AppContext
from microcourt.services.kernel.rules import ADMIN, EVERYONE, allowed


class AuditService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    @allowed(ADMIN, what="查看审计日志")
    def query(self, wanted: AuditFilter = AuditFilter(), limit: int = 200,
              offset: int = 0) -> list[AuditRow]:
        return audit_query.query(self.ctx, wanted, limit, offset)

    @allowed(ADMIN, what="查看审计日志")
    def count(self, wanted: AuditFilter = AuditFilter()) -> int:
        return audit_query.count(self.ctx, wanted)

    @allowed(ADMIN, what="查看审计日志")
    def distinct_values(self) -> tuple[list[str], list[str], list[str]]:
        return audit_query.distinct_values(self.ctx)

    @allowed(EVERYONE, what="记录打印")
    def record_document(self, action: str, title: str, copies: int = 1) -> None:
        """A document printed or saved from a preview (action "print" / "save")."""
        audit.record_export(self.ctx, f"document.{action}", title=title, copies=copies)

    @allowed(ADMIN, what="查看审计日志")
    def verify(self, anchors: tuple[Anchor, ...] = ()) -> audit.ChainReport:
        """The chain, and every anchor outside the database (plus `anchors` typed from a
        printed monthly report)."""
        return audit.verify(self.ctx, tuple(anchors))
