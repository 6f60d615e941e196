"""Paths with characters that mean something in URIs, and no full ID number in the log."""
import logging
import os
import sqlite3
import sys
from datetime import date

import pytest

from microcourt.applog import setup_logging, shutdown_logging
from microcourt.db.engine import copy_sqlite
from microcourt.services import open_services
from microcourt.validation.idcard import compose_resident_id


@pytest.mark.parametrize("folder", ["数据#1", "100%", "a b?c"])
def test_database_and_its_copy_work_in_awkward_folders(tmp_path, folder):
    services = open_services(tmp_path / folder)
    services.settings.set("probe", "值")
    source = services.ctx.paths.database
    copy_sqlite(source, tmp_path / "copy.db")
    services.close()
    with sqlite3.connect(tmp_path / "copy.db") as connection:
        assert connection.execute("SELECT value FROM app_setting").fetchone() == ("值",)


def test_log_file_never_holds_a_full_id_number(tmp_path):
    number = compose_resident_id("330185", date(1950, 3, 11), 13)
    path = setup_logging(tmp_path)
    try:
        logging.getLogger("probe").error("bad row %s", number)
        try:
            raise ValueError(f"身份证号码“{number}”的校验位不对")
        except ValueError:
            logging.getLogger("probe").exception("failed")
    finally:
        shutdown_logging()
    text = path.read_text(encoding="utf-8")
    assert number not in text
    assert number[:6] + "********" + number[-4:] in text


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_data_directory_is_private(tmp_path):
    services = open_services(tmp_path / "data")
    mode = os.stat(services.ctx.paths.root).st_mode & 0o777
    db_mode = os.stat(services.ctx.paths.database).st_mode & 0o777
    services.close()
    assert mode == 0o700 and db_mode == 0o600


def test_a_mistyped_id_number_is_masked_in_the_log_too(tmp_path):
    number = compose_resident_id("330185", date(1950, 3, 11), 13)
    typo = number[:10] + ("1" if number[10] != "1" else "2") + number[11:]
    path = setup_logging(tmp_path)
    try:
        logging.getLogger("probe").warning("身份证号码“%s”的校验位不对", typo)
    finally:
        shutdown_logging()
    assert typo not in path.read_text(encoding="utf-8")
