"""Revision 0004 (document readings, issue 18) upgrades a database holding rows and
keeps every one; the new table takes readings that reference them and cascades with
them; it downgrades again."""
from alembic import command
from db_template import stored_database
from sqlalchemy import text

from microcourt.db.engine import make_engine, sqlite_url
from microcourt.db.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    open_database,
)

READINGS = "0004"


def _before_readings() -> str:
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(alembic_config()).get_revision(READINGS).down_revision


def _seed(path):
    engine = make_engine(sqlite_url(stored_database(_before_readings(), path)))
    with engine.begin() as c:
        c.execute(text(
            "INSERT INTO party (id, kind, name, name_pinyin, name_initials, accepts_e_service,"
            " needs, notes, id_type, id_number, created_at, updated_at) VALUES (1, 'person',"
            " '王𠮷', 'wangji', 'wj', 0, '', '', 'resident_id', '11010519491231002X',"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
        c.execute(text(
            "INSERT INTO dispute_case (id, number, year, seq, category, summary, claims,"
            " received_on, source, status, status_changed_at, created_at, updated_at) VALUES"
            " (1, '上田微调〔2026〕第1号', 2026, 1, 'wages', '拖欠工资', '', '2026-01-05',"
            " 'walk_in', 'in_mediation', '2026-01-05 00:00:00', '2026-01-05 00:00:00',"
            " '2026-01-05 00:00:00')"))
    engine.dispose()


def test_upgrade_with_rows_then_readings_reference_them(tmp_path):
    path = tmp_path / "old.db"
    _seed(path)
    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    with db.transaction() as s:
        assert s.execute(text("SELECT name FROM party")).scalar_one() == "王𠮷"
        assert s.execute(text("SELECT number FROM dispute_case")).scalar_one() == "上田微调〔2026〕第1号"
        s.execute(text(
            "INSERT INTO document_reading (case_id, party_id, document, title, digest, read_by,"
            " voice, understood, read_on, recorded_at, note) VALUES (1, 1, 'agreement',"
            " '人民调解协议书（第1版）', :digest, '俞晓燕', '', 1, '2026-01-06',"
            " '2026-01-06 02:00:00', '')"), {"digest": "0" * 64})
    with db.transaction() as s:  # foreign keys on: the reading goes with its case
        s.execute(text("DELETE FROM dispute_case WHERE id = 1"))
        assert s.execute(text("SELECT COUNT(*) FROM document_reading")).scalar_one() == 0
    db.dispose()


def test_downgrade_drops_only_the_new_table(tmp_path):
    path = tmp_path / "old.db"
    _seed(path)
    open_database(path).dispose()
    engine = make_engine(sqlite_url(path))
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), _before_readings())
    with engine.connect() as c:
        tables = {row[0] for row in c.execute(text("SELECT name FROM sqlite_master"))}
        assert "document_reading" not in tables
        assert c.execute(text("SELECT name FROM party")).scalar_one() == "王𠮷"
    engine.dispose()
