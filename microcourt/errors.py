"""Errors a user can cause. Each carries a Chinese message ready to show as it is."""
from __future__ import annotations


class UserError(Exception):
    """Something the user can fix; `message` is Chinese text for a dialog or stderr."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ValidationError(UserError):
    """Bad input in one field; forms show `message` beside `field` and keep the text."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


class ValidationErrors(UserError):
    """Several bad fields at once, so a form can mark all of them in one go."""

    def __init__(self, errors: list[ValidationError]):
        super().__init__("；".join(e.message for e in errors))
        self.errors = errors

    def by_field(self) -> dict[str, str]:
        return {e.field: e.message for e in self.errors}


class NotFound(UserError):
    pass


class DatabaseUnusable(UserError):
    """The database file cannot be opened or is damaged; it is never overwritten."""


class DatabaseBusy(UserError):
    """Another program holds the database locked: not damage, try again once it is closed
    (issue 12, item 8). Never a DatabaseUnusable, so nothing moves the file aside."""


BUSY_MESSAGE = ("数据库正被另一个程序占用（可能是另一个微法庭助手窗口、命令行或数据库工具），"
                "数据没有损坏，也没有改动。请关闭那个程序后重试。")


class AlreadyRunning(UserError):
    pass
