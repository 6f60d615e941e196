"""One version, from pyproject.toml: the package, the executables' version resource and
the installer all carry it."""
from __future__ import annotations

import re

import pytest
from bundle_support import ROOT, manifest, version_info

import microcourt


def test_the_package_version_is_the_one_in_pyproject():
    assert microcourt.__version__ == manifest.project_version()


@pytest.mark.parametrize(("version", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc3", (2, 0, 1, 0)),
    ("1.2.3.4.5", (1, 2, 3, 4)),
])
def test_version_numbers_for_windows(version, numbers):
    assert version_info.version_numbers(version) == numbers


def test_version_file_is_what_pyinstaller_embeds(tmp_path, monkeypatch):
    compat = pytest.importorskip("PyInstaller.compat")
    pytest.importorskip("pefile")
    # versioninfo names win32api at import, which only writing into an .exe uses: parsing
    # and serialising the resource, checked here, work on any platform.
    monkeypatch.setattr(compat, "win32api", None, raising=False)
    from PyInstaller.utils.win32 import versioninfo  # noqa: PLC0415
    path = version_info.write_version_file(tmp_path, "microcourt-cli", "微法庭助手 命令行工具")
    info = versioninfo.load_version_info_from_text_file(str(path))
    strings = {s.name: s.val for table in info.kids[0].kids for s in table.kids}
    assert strings["ProductVersion"] == manifest.project_version()
    assert strings["OriginalFilename"] == "microcourt-cli.exe"
    assert strings["ProductName"] == "微法庭助手"
    numbers = version_info.version_numbers(manifest.project_version())
    assert info.ffi.fileVersionMS == (numbers[0] << 16) | numbers[1]
    info.toRaw()  # serialises into the resource Windows reads


def test_installer_takes_the_generated_version(tmp_path):
    include = version_info.write_installer_defines(tmp_path)
    assert f'#define AppVersion "{manifest.project_version()}"' in include.read_text("utf-8")
    script = (ROOT / "installer" / "microcourt.iss").read_text(encoding="utf-8-sig")
    assert re.search(r'#include ".*installer-defines\.iss"', script)
    assert "{#AppVersion}" in script
