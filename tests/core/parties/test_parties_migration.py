"""Revision 0002 gives rows written before it every search key."""
from db_template import stored_database
from sqlalchemy import text

from microcourt.db.engine import make_engine, sqlite_url
from microcourt.db.migrate import open_database
from microcourt.services import open_services


def test_rows_from_revision_0001_become_searchable(tmp_path):
    path = stored_database("0001", tmp_path / "microcourt.db")  # as release 0001 made it
    engine = make_engine(sqlite_url(path))
    with engine.begin() as c:
        c.execute(text(
            "INSERT INTO party (id, kind, name, name_pinyin, name_initials, accepts_e_service,"
            " needs, notes, id_type, id_number, phone, created_at, updated_at) VALUES"
            " (1, 'person', '章珊', '', '', 0, '', '', 'resident_id', '11010519491231002X',"
            " '0571-63721234', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
    engine.dispose()
    open_database(path).dispose()
    services = open_services(tmp_path)
    try:
        for query in ("zhangshan", "zs", "002X", "002x", "057163", "珊"):
            assert [r.id for r in services.parties.search(query)] == [1], query
    finally:
        services.close()
