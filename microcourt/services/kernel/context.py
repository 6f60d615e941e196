"""What every service is handed: the database, the data paths and who is acting."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from microcourt.db.engine import Database
from microcourt.paths import DataPaths
from microcourt.services.kernel import change_capture  # noqa: F401 - listens to every Session


@dataclass(frozen=True)
class Actor:
    """Who performs the actions: an operator in the window, or the command line (which
    acts as the administrator of the OS user owning the data directory)."""

    name: str
    source: str = "gui"  # gui / cli
    role: str = "admin"  # domain.OperatorRole value; what it may do: kernel/rules.py
    operator_id: int | None = None
    mediator_id: int | None = None  # a mediator's account: the mediator they are


CLI_ACTOR = Actor(name="命令行", source="cli")
SYSTEM_ACTOR = Actor(name="系统", source="gui")


@dataclass
class AppContext:
    db: Database
    paths: DataPaths
    actor: Actor = field(default=SYSTEM_ACTOR)

    @property
    def data_dir(self) -> Path:
        return self.paths.root
