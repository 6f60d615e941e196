"""The application's log file: <data dir>/logs/microcourt.log, rotated so it never grows
without bound on the village PC. Qt-free, so the window and scripts share it.

Never log a full ID number: services log record ids, and masked numbers when needed.
"""
from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE_NAME = "microcourt.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

# Marks our handler so a second set-up (tests, a restart in the same process) replaces
# it instead of writing every line twice.
_HANDLER_MARK = "_microcourt_handler"


class RedactingFormatter(logging.Formatter):
    """Masks every ID-shaped number in the finished record, tracebacks included (a
    ValidationError's message quotes the number as typed, typo and all): the log file
    never holds a full ID number."""

    def format(self, record: logging.LogRecord) -> str:
        from microcourt.validation.idcard import redact_id_like  # noqa: PLC0415

        return redact_id_like(super().format(record))


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the root logger to a rotating UTF-8 file in `log_dir`; returns its path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                  encoding="utf-8")
    handler.setFormatter(RedactingFormatter(FORMAT))
    setattr(handler, _HANDLER_MARK, True)
    root = logging.getLogger()
    shutdown_logging()
    root.addHandler(handler)
    root.setLevel(level)
    return path


def shutdown_logging() -> None:
    """Close our file handler (so the data dir can be moved or deleted)."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _HANDLER_MARK, False)]:
        root.removeHandler(old)
        old.close()


def current_log_file() -> Path | None:
    for handler in logging.getLogger().handlers:
        if getattr(handler, _HANDLER_MARK, False):
            return Path(handler.baseFilename)
    return None
