import pytest

from microcourt.services import open_services


@pytest.fixture
def services(tmp_path):
    """Services over a fresh, migrated SQLite file in a temporary data directory."""
    svc = open_services(tmp_path / "data")
    yield svc
    svc.close()


# PySide6 6.12 can abort the interpreter while it garbage-collects at exit ("Fatal Python
# error: bool_dealloc ... refcount error in a C extension"), after every test has run and
# reported. That crash is not ours and says nothing about the tests, so once pytest has
# printed its summary the process leaves with pytest's own exit status, skipping the
# interpreter's final collection. A crash during a test still fails that test run.
_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    if _EXIT_STATUS and "PySide6" in __import__("sys").modules:
        import os
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
