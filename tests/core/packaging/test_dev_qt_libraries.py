"""dev.py run on a bare Debian/Ubuntu: the libraries Qt's X11 plugin lacks are named by
their Debian packages (installed as root, else the apt-get command is printed)."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def dev():
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("soname", "package"), [
    ("libxcb-icccm.so.4", "libxcb-icccm4"), ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"), ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libEGL.so.1", "libegl1"), ("libglib-2.0.so.0", "libglib-2.0-0"),
    ("libX11-xcb.so.1", "libx11-xcb1"), ("libdbus-1.so.3", "libdbus-1-3")])
def test_a_missing_library_is_named_by_its_debian_package(dev, soname, package):
    assert dev.debian_package(soname) == package


def test_the_refusal_names_the_command(dev, monkeypatch, capsys):
    monkeypatch.setattr(dev, "missing_qt_libraries", lambda: ["libxcb-icccm.so.4"])
    monkeypatch.setattr(dev.os, "geteuid", lambda: 1000, raising=False)
    with pytest.raises(SystemExit) as stopped:
        dev.ensure_qt_libraries()
    assert "sudo apt-get install -y --no-install-recommends libxcb-icccm4" in str(stopped.value)
