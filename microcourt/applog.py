"""The application's log file: <data dir>/logs/microcourt.log, rotated so it never grows
without bound on the village PC. Qt-free, so the window and scripts share it.

Never log a full ID number: services log record ids, and masked numbers when needed;
MaskingFilter masks whatever slips through, tracebacks included, and the engine never
puts a statement's parameters into an error (db/engine.py, hide_parameters).
"""
from __future__ import annotations

import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

PRIVATE_FILE_MODE = 0o600  # as private_files.PRIVATE_FILE_MODE (not imported: start-up)
LOG_FILE_NAME = "microcourt.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

# Marks our handler so a second set-up (tests, a restart in the same process) replaces
# it instead of writing every line twice.
_HANDLER_MARK = "_microcourt_handler"


_MOBILE = re.compile(r"(?<![0-9A-Za-z])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9A-Za-z])")


def mask_personal(text: str) -> str:
    """Every ID-shaped number (valid or not: a mistyped one quoted by a validation
    message is personal data too) and every mobile number masked: 330112********123X,
    138****5678."""
    from microcourt.validation.idcard import redact_id_like  # noqa: PLC0415

    return _MOBILE.sub(r"\1****\2", redact_id_like(text))


class MaskingFilter(logging.Filter):
    """On every handler: the message, its arguments and its traceback masked before any
    handler formats them (issue 12, item 5). A record logged with
    extra={"personal_data_free": True} (the audit anchor's hash) is left as it is."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "personal_data_free", False) or getattr(record, "_masked", False):
            return True
        record.msg, record.args = mask_personal(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_personal(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_personal(record.stack_info)
        record._masked = True
        return True


class RedactingFormatter(logging.Formatter):
    """Masks the finished line once more (a handler someone added without the filter)."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text if getattr(record, "personal_data_free", False) else mask_personal(text)


class PrivateRotatingFileHandler(RotatingFileHandler):
    """The log holds case numbers and names: created 0600 (owner only), and an older
    0644 file is tightened on open (private_files.py; nothing to do on Windows)."""

    def _open(self):
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND,
                             PRIVATE_FILE_MODE)
        from microcourt.private_files import make_private  # noqa: PLC0415

        make_private(Path(self.baseFilename))
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the root logger to a rotating UTF-8 file in `log_dir`; returns its path.
    Every handler present gets the masking filter (and Python's last-resort one)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                         encoding="utf-8")
    handler.setFormatter(RedactingFormatter(FORMAT))
    setattr(handler, _HANDLER_MARK, True)
    root = logging.getLogger()
    shutdown_logging()
    root.addHandler(handler)
    root.setLevel(level)
    for each in [*root.handlers, logging.lastResort]:
        if each is not None and not any(isinstance(f, MaskingFilter) for f in each.filters):
            each.addFilter(MaskingFilter())
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
