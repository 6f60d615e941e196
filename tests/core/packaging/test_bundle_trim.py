"""Leaving out what the app never loads (packaging/trim.py): the unused Qt plugins go with
the libraries only they needed, a library the OS provides goes without its tree, and
nothing that something kept still links to is lost."""
from __future__ import annotations

import sys

import pytest
from bundle_support import trim

LIB = "PySide6/Qt/lib"
PLUGINS = "PySide6/Qt/plugins"


@pytest.fixture
def links(monkeypatch):
    """A fake link graph: bundle path -> the library names it links to."""
    graph: dict[str, set[str]] = {}
    by_source = {}

    def direct_imports(source: str) -> set[str]:
        return graph[by_source[source]]

    monkeypatch.setattr(trim, "_direct_imports", direct_imports)
    monkeypatch.setattr(sys, "platform", "linux")

    def add(dest: str, *needs: str):
        graph[dest] = set(needs)
        by_source[f"/src/{dest}"] = dest
        return (dest, f"/src/{dest}", "BINARY")
    return add


def _dests(entries) -> set[str]:
    return {dest for dest, _, _ in entries}


def test_an_unused_plugin_takes_only_the_libraries_nothing_else_needs(links, tmp_path):
    binaries = [
        links(f"{PLUGINS}/platforminputcontexts/libqtvirtualkeyboardplugin.so",
              "libqt6quick.so.6", "libqt6gui.so.6"),
        links(f"{LIB}/libQt6Quick.so.6", "libqt6qml.so.6", "libqt6gui.so.6"),
        links(f"{LIB}/libQt6Qml.so.6", "libqt6core.so.6"),
        links(f"{LIB}/libQt6Gui.so.6", "libqt6core.so.6"),
        links(f"{LIB}/libQt6Core.so.6"),
        links(f"{PLUGINS}/platforms/libqxcb.so", "libqt6gui.so.6"),
        links(f"{PLUGINS}/platforms/libqoffscreen.so", "libqt6gui.so.6"),
        links("espeak/libespeak-ng.so.1"),  # loaded by ctypes: nothing links to it
    ]
    datas = [("libQt6Quick.so.6", f"{LIB}/libQt6Quick.so.6", "SYMLINK"),
             ("libQt6Gui.so.6", f"{LIB}/libQt6Gui.so.6", "SYMLINK"),
             (f"{'PySide6/Qt/translations'}/qtbase_zh_CN.qm", "/src/a.qm", "DATA"),
             (f"{'PySide6/Qt/translations'}/qtbase_de.qm", "/src/b.qm", "DATA"),
             (f"{'PySide6/Qt/translations'}/qtmultimedia_zh_CN.qm", "/src/c.qm", "DATA")]
    kept_binaries, kept_datas = trim.trim(binaries, datas, tmp_path / "left-out.txt")
    assert _dests(kept_binaries) == {
        f"{LIB}/libQt6Gui.so.6", f"{LIB}/libQt6Core.so.6", f"{PLUGINS}/platforms/libqxcb.so",
        f"{PLUGINS}/platforms/libqoffscreen.so", "espeak/libespeak-ng.so.1"}
    assert _dests(kept_datas) == {"libQt6Gui.so.6", "PySide6/Qt/translations/qtbase_zh_CN.qm"}
    left_out = (tmp_path / "left-out.txt").read_text(encoding="utf-8").split()
    assert f"{LIB}/libQt6Quick.so.6" in left_out and "libQt6Quick.so.6" in left_out


def test_a_library_from_the_os_leaves_its_tree_but_not_what_others_share(links, tmp_path):
    binaries = [
        links(f"{PLUGINS}/printsupport/libcupsprintersupport.so", "libcups.so.2",
              "libqt6gui.so.6"),
        links("libcups.so.2", "libgnutls.so.30", "libz.so.1"),
        links("libgnutls.so.30", "libp11-kit.so.0"),
        links("libp11-kit.so.0"),
        links("libz.so.1"),
        links(f"{LIB}/libQt6Gui.so.6", "libz.so.1"),
    ]
    kept, _ = trim.trim(binaries, [], tmp_path / "left-out.txt")
    assert _dests(kept) == {f"{PLUGINS}/printsupport/libcupsprintersupport.so",
                            "libz.so.1", f"{LIB}/libQt6Gui.so.6"}


@pytest.mark.parametrize(("dest", "unused"), [
    (f"{PLUGINS}/platforms/libqxcb.so", False),
    (f"{PLUGINS}/platforms/libqoffscreen.so", False),  # the smoke test and CI need it
    (f"{PLUGINS}/platforms/libqwayland.so", True),
    (f"{PLUGINS}/platforms/libqeglfs.so", True),
    (f"{PLUGINS}/platformthemes/libqgtk3.so", True),
    (f"{PLUGINS}/printsupport/libcupsprintersupport.so", False),
    (f"{PLUGINS}/imageformats/libqsvg.so", True),  # no SVG among our resources
    (f"{PLUGINS}/imageformats/libqjpeg.so", True),
    (f"{PLUGINS}/xcbglintegrations/libqxcb-glx-integration.so", False),
    ("PySide6/plugins/platforms/qwindows.dll", False),  # Windows wheels' layout
    ("PySide6/plugins/styles/qmodernwindowsstyle.dll", False),
    ("PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll", True),
    ("PySide6/QtCore.abi3.so", False),
])
def test_which_plugins_are_unused_on_linux(monkeypatch, dest, unused):
    monkeypatch.setattr(sys, "platform", "linux")
    assert trim._unused_plugin(dest) is unused


def test_windows_keeps_what_linux_leaves_to_xwayland_and_the_os(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    assert not trim._unused_plugin("PySide6/plugins/multimedia/ffmpegmediaplugin.dll")
    assert not trim._unused_plugin("PySide6/plugins/platformthemes/qgtk3.dll")
    assert trim.manifest.os_libraries("win32") == []
    assert trim.manifest.qt_modules_left_out("win32") == set()
    assert "PySide6.QtMultimedia" in trim.manifest.qt_modules_left_out("linux")
