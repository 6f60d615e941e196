"""What the bundle must hold, derived from the source tree (never listed by hand).

The spec (packaging/microcourt.spec) and the test that checks it
(tests/core/test_bundle_manifest.py) both read these lists, so a new page module, a new
migration, a new font or a new translation is in the next bundle without anyone
remembering it. Standard library only: the spec runs inside PyInstaller, the test
inside pytest.

Why each list exists:
- app_modules(): PyInstaller follows `import` statements, but the page registry
  (ui/page_registry.py) and the CLI (microcourt/cli/__init__.py) import their modules by
  name at run time; listing every module of our own packages makes that safe forever.
- app_data(): every non-Python file in our packages (fonts with their licences, the
  .qm catalogues, icons, script.py.mako) plus the Alembic scripts as source files:
  Alembic reads env.py and versions/*.py from disk, not from the frozen archive.
- THIRD_PARTY_DATA: packages whose own data files the app opens; adding a package's data
  to the bundle is one line here (e.g. a speech engine's voices).
- qt_modules_used() / qt_excludes(): the PySide6 modules our code imports, and every
  other PySide6 module, which the spec excludes so that nothing drags them in.
"""
from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_PACKAGES = ("microcourt", "ui", "resources")
MIGRATIONS = Path("microcourt", "db", "migrations")

# Files in our packages that the app never opens: translation sources (the app loads the
# compiled .qm) and Python caches.
_NOT_SHIPPED = re.compile(r"(\.ts|\.pyc|\.pyo)$")
_SKIPPED_DIRS = {"__pycache__"}

# Third-party packages whose data files the app reads at run time (one line each). A
# package that ships a shared library it loads with ctypes (a speech engine) gets it
# through collect_data_files too; the smoke test then shows whether it loads.
THIRD_PARTY_DATA: tuple[str, ...] = (
    "tzdata",     # zoneinfo's Asia/Shanghai on Windows, which has no system zone files
    "pypinyin",   # pinyin_dict.json / phrases_dict.json for party search keys
    # the offline read-aloud voice: libespeak-ng and espeak-ng-data, found by
    # microcourt.speech.espeak.espeak_location() under espeakng_loader/ in the bundle
    "espeakng_loader",
)

# Third-party modules our code imports only inside a function (on the rare path that
# needs them), named so the bundle carries them whatever the analysis follows.
LAZY_IMPORTS: tuple[str, ...] = (
    "charset_normalizer",  # a CSV that is neither UTF-8 nor GBK (importers/encoding.py)
)

# Of espeak-ng's 100-odd pronunciation dictionaries (19 MB) the voice uses Mandarin's, and
# English's for a Latin word it meets; the others would only fill the bundle.
ESPEAK_DICTIONARIES_KEPT: frozenset[str] = frozenset({"cmn_dict", "en_dict"})


def third_party_data_kept(entry: tuple[str, str]) -> bool:
    """Whether a (source, folder) pair from collect_data_files goes into the bundle."""
    name = Path(entry[0]).name
    return not name.endswith("_dict") or "espeak-ng-data" not in Path(entry[0]).parts \
        or name in ESPEAK_DICTIONARIES_KEPT

# Modules the app never imports, which other packages name as optional imports (each
# would drag in a tree, twice: both executables carry the Python archive).
PYTHON_EXCLUDES: tuple[str, ...] = (
    "tkinter", "pytest", "hypothesis", "IPython", "numpy",
    # named by optional code paths of mako, SQLAlchemy and the standard library
    "pygments", "setuptools", "pkg_resources", "distutils", "pydoc_data", "readline",
    # SQLAlchemy's hook names every dialect; the app speaks SQLite, and PostgreSQL for a town
    "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.mssql", "sqlalchemy.dialects.oracle",
    # reportlab imports PIL.Image at start; the only pictures are the JPEG/PNG scans of
    # signed agreements: Pillow's core (JPEG, PNG) stays, its AVIF, WebP, font,
    # colour-management and Tk parts do not
    "PIL._avif", "PIL._webp", "PIL._imagingft", "PIL._imagingcms", "PIL._imagingtk",
    "PIL._imagingmath", "PIL._imagingmorph", "PIL.ImageQt", "PIL.ImageTk",
)

# Shared libraries the bundle takes from the operating system rather than carrying,
# by platform (globs on the file name); what only they needed stays out too.
# libcups: a Linux PC that prints has CUPS, and its libcups matches its cupsd; carrying
# it brings GnuTLS, Kerberos and Avahi (9 MB). Without CUPS, Qt prints to PDF only.
OS_LIBRARIES: dict[str, tuple[str, ...]] = {
    "linux": ("libcups.so*",),
}

# Qt plugins the app never loads: (glob on the path inside Qt's plugins folder, the
# platforms it applies to, why). The libraries only they pulled in leave with them
# (packaging/trim.py). Image-format plugins are chosen from the images in resources/
# instead (qt_image_formats_kept); PNG is built into QtGui.
ALL, LINUX = ("linux", "win32", "darwin"), ("linux",)
QT_PLUGINS_UNUSED: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("platforminputcontexts/*virtualkeyboard*", ALL, "on-screen keyboard: pulls Qt Quick, QML"),
    ("platformthemes/*gtk3*", LINUX, "GTK look: pulls GTK, cairo, pango"),
    ("platforms/*eglfs*", ALL, "full-screen embedded boards"),
    ("egldeviceintegrations/*", ALL, "full-screen embedded boards"),
    ("platforms/*linuxfb*", ALL, "framebuffer consoles"),
    ("platforms/*vnc*", ALL, "remote display server"),
    ("platforms/*vkkhrdisplay*", ALL, "Vulkan display without a window system"),
    ("platforms/*minimalegl*", ALL, "embedded boards"),
    ("wayland-*/*", LINUX, "Wayland sessions run the window through XWayland (xcb)"),
    ("platforms/*wayland*", LINUX, "Wayland sessions run the window through XWayland (xcb)"),
    ("generic/*", ALL, "touch screens and evdev input on bare consoles"),
    ("tls/*", ALL, "Qt's own TLS: the app's HTTPS (platform check) is Python's ssl"),
    ("networkinformation/*", ALL, "network reachability events, never asked for"),
)
_IMAGE_SUFFIXES = {".jpg": "jpeg", ".jpeg": "jpeg", ".gif": "gif", ".svg": "svg",
                   ".ico": "ico", ".webp": "webp", ".tif": "tiff", ".tiff": "tiff",
                   ".bmp": "wbmp", ".tga": "tga", ".icns": "icns", ".pdf": "pdf"}


def os_libraries(platform: str) -> list[str]:
    return [pattern for key, patterns in OS_LIBRARIES.items() if platform.startswith(key)
            for pattern in patterns]


def qt_modules_left_out(platform: str) -> set[str]:
    return {name for key, names in QT_MODULES_LEFT_OUT.items() if platform.startswith(key)
            for name in names}


def qt_plugins_unused(platform: str) -> list[str]:
    return [pattern for pattern, platforms, _ in QT_PLUGINS_UNUSED
            if any(platform.startswith(name) for name in platforms)]


def qt_image_formats_kept(root: Path = ROOT) -> set[str]:
    """Qt image-format plugins the app's own images need (resources/icons/x.svg: svg).
    PDFs are read by QtPdf itself, never through the image-format plugin."""
    return {_IMAGE_SUFFIXES[path.suffix.lower()] for path in (root / "resources").rglob("*")
            if path.suffix.lower() in _IMAGE_SUFFIXES and path.suffix.lower() != ".pdf"}


# PySide6 modules our code imports that a platform's bundle leaves out, with the reason.
# On Linux the camera and microphone backend is FFmpeg linked with Qt Quick and QML:
# 45 MB, a fifth of the bundle, for the device check, which village PCs run on Windows
# (where it stays). The check catches the ImportError and says it cannot test the
# camera and microphone on this PC; the platform check still works.
# QtTextToSpeech links QtMultimedia too, and on Linux its speech-dispatcher engine reads
# 调解 wrongly (Debian's espeak-ng 1.51): the Linux bundle reads aloud with the offline
# voice only (microcourt/speech/choice.py prefers it there anyway; ui/speech/platform_voice.py
# catches the ImportError when the administrator asks for the system voice).
QT_MODULES_LEFT_OUT: dict[str, tuple[str, ...]] = {
    "linux": ("PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtTextToSpeech"),
}

# Qt's own catalogues that ui/i18n.py loads (qtbase_<language>.qm); the other 120 files
# under Qt/translations are never opened.
QT_TRANSLATION_BASES: tuple[str, ...] = ("qtbase",)

# Entry points: (executable name, entry script under packaging/, needs a console).
# Windows needs two executables (the command line is a console program, the window is
# not). Elsewhere each executable would carry its own copy of the Python archive (10 MB),
# so there is one, and microcourt-cli is a symbolic link to it: entry_window.py runs the
# command line when started under that name (LINKED_PROGRAMS, made by build.py).
if sys.platform == "win32":
    ENTRY_POINTS: tuple[tuple[str, str, bool], ...] = (
        ("microcourt", "entry_window.py", False),
        ("microcourt-cli", "entry_cli.py", True),
    )
    LINKED_PROGRAMS: dict[str, str] = {}
else:
    ENTRY_POINTS = (("microcourt", "entry_window.py", False),)
    LINKED_PROGRAMS = {"microcourt-cli": "microcourt"}


def _package_files(root: Path = ROOT) -> Iterator[Path]:
    for package in APP_PACKAGES:
        for path in sorted((root / package).rglob("*")):
            if path.is_file() and not _SKIPPED_DIRS.intersection(path.parts):
                yield path


def app_modules(root: Path = ROOT) -> list[str]:
    """Every module and package of ours, as dotted names (ui.cases.page, ...)."""
    names = []
    for path in _package_files(root):
        if path.suffix != ".py":
            continue
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def self_test_modules(root: Path = ROOT) -> list[str]:
    """The modules the bundle's self-test imports: all of ours but the Alembic scripts,
    which only run inside Alembic (it executes them from their files)."""
    migrations = ".".join(MIGRATIONS.parts) + "."
    return [name for name in app_modules(root) if not name.startswith(migrations)]


def app_data(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder in the bundle) for every file the app opens."""
    pairs = []
    for path in _package_files(root):
        relative = path.relative_to(root)
        if _NOT_SHIPPED.search(path.name):
            continue
        is_migration_script = relative.parts[:3] == MIGRATIONS.parts and path.suffix == ".py"
        if path.suffix == ".py" and not is_migration_script:
            continue
        pairs.append((str(path), str(relative.parent)))
    return pairs


def qt_modules_used(root: Path = ROOT) -> set[str]:
    """PySide6 modules named in an import anywhere in our packages (PySide6.QtCore, ...)."""
    used = set()
    for path in _package_files(root):
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module == "PySide6":
                    used.update(f"PySide6.{alias.name}" for alias in node.names)
                elif node.module.startswith("PySide6."):
                    used.add(".".join(node.module.split(".")[:2]))
            elif isinstance(node, ast.Import):
                used.update(".".join(alias.name.split(".")[:2]) for alias in node.names
                            if alias.name.startswith("PySide6."))
    return used


def app_languages(root: Path = ROOT) -> list[str]:
    """The languages we ship a catalogue for (resources/translations/microcourt_zh_CN.qm)."""
    return sorted(path.stem.split("_", 1)[1]
                  for path in (root / "resources" / "translations").glob("microcourt_*.qm"))


def qt_translations_kept(root: Path = ROOT) -> set[str]:
    return {f"{base}_{language}.qm" for base in QT_TRANSLATION_BASES
            for language in app_languages(root)}


def project_version(root: Path = ROOT) -> str:
    import tomllib  # noqa: PLC0415

    with open(root / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]
