"""Where things live: the data directory and the bundled resources (one helper for paths).

Data: `--data-dir` beats `MICROCOURT_DATA_DIR`, which beats the per-user directory
from platformdirs (e.g. ~/.local/share/microcourt, %LOCALAPPDATA%\\microcourt).
Resources: the top-level `resources` package, found the same way from a source checkout
and from an installed wheel (it is shipped as package data).
"""
from __future__ import annotations

import os
from pathlib import Path

from microcourt import APP_ID

ENV_DATA_DIR = "MICROCOURT_DATA_DIR"
DB_FILE_NAME = "microcourt.db"


def default_data_dir() -> Path:
    import platformdirs  # noqa: PLC0415 - only when no folder was named (start-up cost)

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


class DataPaths:
    """The files of one data directory. (A plain class: it is built before the window's
    first paint, where a dataclass's compile at import is measurable.)"""

    __slots__ = ("root",)

    def __init__(self, root: Path):
        self.root = Path(root)

    def __eq__(self, other) -> bool:
        return isinstance(other, DataPaths) and other.root == self.root

    def __hash__(self) -> int:
        return hash(self.root)

    @property
    def database(self) -> Path:
        return self.root / DB_FILE_NAME

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def documents(self) -> Path:
        return self.root / "documents"

    @property
    def lock_file(self) -> Path:
        return self.root / "microcourt.lock"

    @property
    def check_failed_marker(self) -> Path:
        """Left when a backup's copy failed its full check: the next start checks deeper."""
        return self.root / "microcourt.check-failed"

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.logs, self.backups, self.documents):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resources_dir() -> Path:
    """The `resources` folder, as a real path: setuptools installs it as plain files (never
    zipped), editable or not, so the package's own location is the folder (and this
    avoids importlib.resources on the start-up path)."""
    import resources  # noqa: PLC0415

    return Path(resources.__file__).parent


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


# Windows forbids these in names; the rest (Chinese, 〔〕, ·) uploads fine.
_FORBIDDEN_IN_NAMES = "\\/:*?\"<>|" + "".join(map(chr, range(32)))
_RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
                   *(f"LPT{n}" for n in range(1, 10))}
NAME_LIMIT = 60  # characters, so paths stay short on Windows


def safe_file_name(text: str, fallback: str = "未命名", suffix: str = "") -> str:
    """A file or folder name (plus `suffix`, e.g. ".pdf") that Windows, macOS and the
    court platforms accept: each run of forbidden characters becomes one "_", no
    leading or trailing dot, space or "_", at most NAME_LIMIT characters, not a
    reserved device name (CON, LPT1 ...); `fallback` when nothing is left. The one
    helper for every name the app gives a file (filing packets, saved documents)."""
    import unicodedata  # noqa: PLC0415 - first paint does not need it

    parts, previous_bad = [], False
    for char in unicodedata.normalize("NFC", text):
        bad = char in _FORBIDDEN_IN_NAMES
        if not (bad and previous_bad):
            parts.append("_" if bad else char)
        previous_bad = bad
    cleaned = "".join(parts).strip(" ._")[:NAME_LIMIT].rstrip(" ._")
    if not cleaned or cleaned.split(".")[0].upper() in _RESERVED_NAMES:
        cleaned = fallback
    return cleaned + suffix
