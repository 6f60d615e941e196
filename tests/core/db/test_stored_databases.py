"""The stored database of every released revision (tests/fixtures/db/, made by its
build.py with that release's own code) is there, is at its revision, and upgrades to a
schema equal to the models: an old migration edited after its release fails here."""
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from db_template import STORED, stored_database

from microcourt.db.migrate import current_revision, head_revision, open_database
from microcourt.db.models import Base

BUILD = STORED / "build.py"


def _revisions():
    import importlib.util

    spec = importlib.util.spec_from_file_location("stored_db_build", BUILD)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return sorted(build.revisions())


@pytest.mark.parametrize("revision", _revisions())
def test_stored_database_upgrades_to_the_models(tmp_path, revision):
    path = stored_database(revision, tmp_path / "microcourt.db")
    with sqlite3.connect(path) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True}), Base.metadata)
    db.dispose()
    assert diff == []
