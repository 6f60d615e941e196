import pytest

from microcourt.services import open_services


@pytest.fixture
def services(tmp_path):
    """Services over a fresh, migrated SQLite file in a temporary data directory."""
    svc = open_services(tmp_path / "data")
    yield svc
    svc.close()

