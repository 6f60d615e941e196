"""Migrations: the migrated schema equals the models, and data survives upgrades."""
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from db_template import stored_database
from sqlalchemy import text

from microcourt.db.engine import make_engine, sqlite_url
from microcourt.db.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    open_database,
)
from microcourt.db.models import Base
from microcourt.errors import DatabaseUnusable


def test_migrated_schema_has_no_autogenerate_diff(tmp_path):
    db = open_database(tmp_path / "m.db")
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True}), Base.metadata)
    db.dispose()
    assert diff == []


def test_pragmas_are_set(tmp_path):
    db = open_database(tmp_path / "m.db")
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    db.dispose()


def _revisions_oldest_first():
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


FIRST = _revisions_oldest_first()[0]


def _seed_first_revision(path):
    """Rows written with plain SQL into the first release's own database file."""
    engine = make_engine(sqlite_url(stored_database(FIRST, path)))
    with engine.begin() as c:
        c.execute(text(
            "INSERT INTO party (id, kind, name, name_pinyin, name_initials, accepts_e_service,"
            " needs, notes, id_type, id_number, birth_date, created_at, updated_at)"
            " VALUES (1, 'person', '王𠮷', 'wangji', 'wj', 0, '', '<b>&', 'resident_id',"
            " '11010519491231002X', '1949-12-31', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
        c.execute(text(
            "INSERT INTO court_profile (id, name, village, committee, court, liaison_name,"
            " liaison_phone, address, room, judge, case_number_pattern, created_at, updated_at)"
            " VALUES (1, '上田村微法庭', '上田村', '上田村人民调解委员会', '临安区人民法院',"
            " '王丽', '13812345678', '', '', '', '{village}微调〔{year}〕第{seq}号',"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
    engine.dispose()


def test_database_at_first_revision_upgrades_with_rows_intact(tmp_path):
    path = tmp_path / "old.db"
    _seed_first_revision(path)
    db = open_database(path)
    with db.reading() as s:
        row = s.execute(text("SELECT name, notes, id_number, birth_date FROM party")).one()
        court = s.execute(text("SELECT name FROM court_profile")).scalar_one()
    assert tuple(row) == ("王𠮷", "<b>&", "11010519491231002X", "1949-12-31")
    assert court == "上田村微法庭"
    assert current_revision(db.engine) == head_revision()
    db.dispose()


@pytest.mark.skipif(len(_revisions_oldest_first()) < 2, reason="only one revision so far")
def test_upgrade_copies_the_old_file_aside_first(tmp_path):
    path = tmp_path / "old.db"
    _seed_first_revision(path)
    open_database(path).dispose()
    copies = list(tmp_path.glob("old.pre-upgrade-*.db"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as c:
        assert c.execute("SELECT name FROM party").fetchone()[0] == "王𠮷"


def test_garbage_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "microcourt.db"
    path.write_bytes(b"this is not a database at all" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseUnusable) as info:
        open_database(path)
    assert "损坏" in info.value.message
    assert path.read_bytes() == before


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE people (x)")
    with pytest.raises(DatabaseUnusable):
        open_database(path)
    with sqlite3.connect(path) as c:
        assert c.execute("SELECT name FROM sqlite_master").fetchall() == [("people",)]


def test_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "new.db"
    open_database(path).dispose()
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    with pytest.raises(DatabaseUnusable) as info:
        open_database(path)
    assert "更新版本" in info.value.message


def test_quick_head_read_from_files_agrees_with_alembic():
    from microcourt.db.migrate import quick_head_revision

    assert quick_head_revision() == head_revision()


def test_service_details_revision_keeps_parties_and_adds_postcode_e_mail_and_leads(tmp_path):
    """0002 -> 0005: a party written before it keeps every value, gains empty postcode
    and e-mail columns, and can be given property leads, which go with it."""
    engine = make_engine(sqlite_url(path := stored_database("0002", tmp_path / "old.db")))
    with engine.begin() as c:
        c.execute(text(
            "INSERT INTO party (id, kind, name, name_pinyin, name_initials, accepts_e_service,"
            " needs, notes, phone, service_address, created_at, updated_at) VALUES (7,"
            " 'organization', '临安<b>&鞋业', 'linan', 'la', 1, '', '', '0571-63881234',"
            " '临安区工业园区8号', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
    engine.dispose()
    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    with db.transaction() as s:
        row = s.execute(text("SELECT name, phone, service_address, service_postcode,"
                             " e_service_address FROM party WHERE id = 7")).one()
        assert tuple(row) == ("临安<b>&鞋业", "0571-63881234", "临安区工业园区8号", None, None)
        s.execute(text("INSERT INTO property_lead (party_id, kind, detail, created_at,"
                       " updated_at) VALUES (7, 'bank', '农行临安支行', '2026-01-02 00:00:00',"
                       " '2026-01-02 00:00:00')"))
    with db.transaction() as s:
        s.execute(text("DELETE FROM party WHERE id = 7"))
    with db.reading() as s:
        assert s.execute(text("SELECT COUNT(*) FROM property_lead")).scalar_one() == 0
    db.dispose()


def test_search_grams_revision_makes_parties_written_before_it_findable(tmp_path):
    """0005 -> 0009: a party registered before the gram index is found by a part of its
    name and by digits inside its phone; an anonymized one gets no grams."""
    from microcourt.services import open_services

    data = tmp_path / "data"
    engine = make_engine(sqlite_url(stored_database("0005", data / "microcourt.db")))
    with engine.begin() as c:
        for pid, name, digits, anonymized in ((7, "阿依古丽·买买提", "18600001111", None),
                                              (9, "曾国藩", "13900002222", None),
                                              (8, "已匿名", None, "2026-02-01 00:00:00")):
            c.execute(text(
                "INSERT INTO party (id, kind, name, name_pinyin, name_initials,"
                " accepts_e_service, needs, notes, phone, phone_digits, anonymized_at,"
                " created_at, updated_at) VALUES (:id, 'person', :name, 'ayiguli', 'aygl', 0,"
                " '', '', :digits, :digits, :anonymized, '2026-01-01 00:00:00',"
                " '2026-01-01 00:00:00')"),
                {"id": pid, "name": name, "digits": digits, "anonymized": anonymized})
    engine.dispose()
    services = open_services(data)
    try:
        assert [row.id for row in services.parties.search("古丽")] == [7]
        assert [row.id for row in services.parties.search("0001")] == [7]
        # keyed again by the surname reading, the word reading still found
        assert [row.id for row in services.parties.search("zengguofan")] == [9]
        assert [row.id for row in services.parties.search("cengguofan")] == [9]
        with services.ctx.db.reading() as s:
            assert s.execute(text("SELECT COUNT(*) FROM party_search_gram"
                                  " WHERE party_id = 8")).scalar_one() == 0
    finally:
        services.close()
