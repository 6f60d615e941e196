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
