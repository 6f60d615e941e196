"""No personal data in logs or tracebacks (issue 12, item 5): a database error during a
registration leaves a log with the masked trace and none of the statement's values, the
user reads a Chinese sentence and no traceback, and the log and every file in the data
folder are the owner's only."""
import logging
import os
import sys
from datetime import date

import pytest
from sqlalchemy import text

from microcourt.applog import MaskingFilter, mask_personal, setup_logging, shutdown_logging
from microcourt.cli import main
from microcourt.services import open_services
from microcourt.validation.idcard import compose_resident_id

NUMBER = compose_resident_id("330185", date(1950, 3, 11), 13)
PHONE, NAME, ADDRESS = "13912345678", "钱𠮷英", "浙江省杭州市临安区上田村十八号"


@pytest.fixture
def failing_insert(tmp_path):
    """A data folder whose every party insert fails inside SQLite (a trigger writing to a
    table that is gone), as a damaged file would."""
    services = open_services(tmp_path / "data")
    with services.ctx.db.transaction() as session:
        session.execute(text("CREATE TABLE gone (x)"))
        session.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON party "
                             "BEGIN INSERT INTO gone VALUES (1); END"))
        session.execute(text("DROP TABLE gone"))
    services.close()
    return tmp_path / "data"


def test_a_database_error_logs_no_parameter_and_shows_no_traceback(capsys, failing_insert):
    code = main(["--data-dir", str(failing_insert), "parties", "add", "--name", NAME,
                 "--id-number", NUMBER, "--phone", PHONE, "--address", ADDRESS,
                 "--consent", "paper"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in out + err and "出现了意外错误" in err
    assert "sqlalchemy" not in (out + err).lower()
    log = (failing_insert / "logs" / "microcourt.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "no such table" in log  # the trace is kept ...
    assert "parameters hidden" in log                       # ... without the values
    for value in (NAME, PHONE, ADDRESS, NUMBER, NUMBER[-6:], "19500311"):
        assert value not in log, value


def test_the_filter_masks_arguments_and_tracebacks_for_any_handler(tmp_path):
    records = []
    handler = logging.Handler()
    handler.emit = lambda record: records.append(handler.format(record))
    handler.addFilter(MaskingFilter())
    probe = logging.getLogger("probe.masking")
    probe.addHandler(handler)
    try:
        try:
            raise ValueError(f"电话{PHONE}，身份证{NUMBER}")
        except ValueError:
            probe.exception("registering %s %s", NUMBER, PHONE)
    finally:
        probe.removeHandler(handler)
    assert records and NUMBER not in records[0] and PHONE not in records[0]
    assert "139****5678" in records[0] and mask_personal(NUMBER) in records[0]
    assert "Traceback" in records[0]


def test_a_hash_is_not_taken_for_a_phone():
    digest = "ab13912345678cd"
    assert mask_personal(digest) == digest


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_log_anchor_and_copies_in_the_data_folder_are_private(tmp_path):
    old = tmp_path / "data" / "logs"
    old.mkdir(parents=True)
    (old / "microcourt.log").write_text("an old line\n", encoding="utf-8")
    os.chmod(old / "microcourt.log", 0o644)
    (tmp_path / "data" / "microcourt.pre-upgrade-0004-20261201-080000.db").write_bytes(b"")
    os.chmod(tmp_path / "data" / "microcourt.pre-upgrade-0004-20261201-080000.db", 0o644)
    path = setup_logging(old)
    try:
        logging.getLogger("probe").info("x")
    finally:
        shutdown_logging()
    assert path.stat().st_mode & 0o777 == 0o600
    services = open_services(tmp_path / "data")
    try:
        services.settings.save_profile  # noqa: B018 - opening is enough
        from tests.core.backup_support import add_party
        add_party(services, 1)
        paths = services.ctx.paths
        files = [f for folder in (paths.root, paths.logs, paths.backups)
                 for f in folder.iterdir() if f.is_file()]
    finally:
        services.close()
    assert any(f.name.endswith(".anchor") for f in files)
    modes = {f.name: f.stat().st_mode & 0o777 for f in files if f.exists()}
    assert modes == dict.fromkeys(modes, 0o600)


def test_a_failure_before_the_services_open_prints_no_traceback(capsys, tmp_path,
                                                                monkeypatch):
    import microcourt.services

    def broken(*_args, **_kwargs):
        raise RuntimeError(f"cannot open for {PHONE}")

    (tmp_path / "data").mkdir()
    monkeypatch.setattr(microcourt.services, "open_services", broken)
    code = main(["--data-dir", str(tmp_path / "data"), "parties", "list"])
    out, err = capsys.readouterr()
    assert code == 1 and "出现了意外错误" in err
    assert "Traceback" not in out + err and PHONE not in out + err
    log = (tmp_path / "data" / "logs" / "microcourt.log").read_text(encoding="utf-8")
    assert "RuntimeError: cannot open for 139****5678" in log
