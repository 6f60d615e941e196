"""What an import hands back: the rows read, the parties created, and every problem,
each pointing at a row and a column of the liaison's own file."""
from __future__ import annotations

from dataclasses import dataclass, field

MAX_LISTED = 1000  # problems kept for the report; the rest are counted

@dataclass(frozen=True)
class Problem:
    row: int | None  # the spreadsheet's row number; None for the whole file
    column: str  # the column title as written in the file ("" for a whole row)
    value: str  # the cell as the file shows it
    reason: str  # Chinese, ready to show

    def line(self) -> str:
        """`第5行 列“身份证号” 值“3301…”：原因`, the form the CLI prints; a problem
        of the whole file is just its reason (which names any column concerned)."""
        if self.row is None:
            return self.reason
        where = f"第{self.row}行"
        if self.column:
            where += f" 列“{self.column}” 值“{self.value}”"
        return f"{where}：{self.reason}"


@dataclass
class ImportReport:
    file_name: str
    rows_read: int = 0
    imported_ids: list[int] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    errors_left_out: int = 0  # past MAX_LISTED: counted, not kept (a 100,000-row mess)
    _bad_rows: set[int] = field(default_factory=set, repr=False)

    def add_error(self, problem: Problem) -> None:
        if problem.row is not None:
            self._bad_rows.add(problem.row)
        if len(self.errors) < MAX_LISTED:
            self.errors.append(problem)
        else:
            self.errors_left_out += 1

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def bad_rows(self) -> list[int]:
        return sorted(self._bad_rows | {p.row for p in self.errors if p.row is not None})

    def summary(self) -> str:
        """One Chinese sentence for a status line or the CLI."""
        if self.ok:
            text = f"已从“{self.file_name}”导入{len(self.imported_ids)}位当事人。"
            return text + (f"另有{len(self.warnings)}条提示，请查看。" if self.warnings else "")
        listed = (f"，下面列出前{len(self.errors)}处" if self.errors_left_out else "")
        return (f"“{self.file_name}”共{self.rows_read}行数据，其中{len(self.bad_rows)}行"
                f"有问题（共{len(self.errors) + self.errors_left_out}处{listed}），"
                "没有导入任何数据。请改正后重新导入。")

    def as_dict(self) -> dict:
        """For `--json`: plain keys, problems as objects."""
        def problems(items):
            return [{"row": p.row, "column": p.column, "value": p.value, "reason": p.reason}
                    for p in items]
        return {"file": self.file_name, "ok": self.ok, "rows_read": self.rows_read,
                "imported": len(self.imported_ids), "imported_ids": self.imported_ids,
                "errors": problems(self.errors), "errors_left_out": self.errors_left_out,
                "warnings": problems(self.warnings)}
