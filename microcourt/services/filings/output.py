"""Where a filing packet goes on disk: predictable, upload-friendly names, SHA-256 of
every file, and an all-or-nothing publish.

Layout (per-claimant mode; joint mode has one packet named 01_全体申请人):

    OUT/<case number>/01_王𠮷/01_司法确认申请书.pdf
                              02_人民调解协议书.pdf
                              03_送达地址确认书_王𠮷.pdf ...
                     01_王𠮷_司法确认申请材料.pdf      (the packet as one file)

Everything is written into a hidden staging folder beside the case folder; only when
every file is complete is it moved into place with os.replace: as a whole for a new case
folder, else packet by packet, so the packets already submitted stay where they are
(what a new packet replaces is moved aside first and deleted after, or put back if a
move fails). A cancelled or failed run removes the staging folder, so nothing
half-written is ever left.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from microcourt.errors import UserError
from microcourt.leftovers import registered
from microcourt.paths import safe_file_name


def numbered(index: int, total: int, name: str) -> str:
    """`07_王𠮷`: zero-padded so the files sort in order in any file manager."""
    width = max(2, len(str(total)))
    return f"{index:0{width}d}_{safe_file_name(name)}"


@dataclass(frozen=True)
class WrittenFile:
    kind: str
    relative: str         # path under the case folder, with forward slashes
    sha256: str
    size_bytes: int


def write_file(root: Path, relative: str, data: bytes, kind: str) -> WrittenFile:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return WrittenFile(kind, relative, hashlib.sha256(data).hexdigest(), len(data))


class PacketFolders:
    """Packet folder names: NN_name, numbered among all the claimants so a claimant's
    folder keeps its number when only the missing packets are made; a name a packet
    still on record uses (one returned for correction, made again) gets _2, _3 ..."""

    def __init__(self, taken: set[str], total: int):
        self.taken, self.total = set(taken), total

    def name(self, packet) -> str:
        base = numbered(packet.index, self.total, packet.label)
        name, n = base, 2
        while name in self.taken:
            name, n = f"{base}_{n}", n + 1
        self.taken.add(name)
        return name


class Staging:
    """A hidden folder beside the target case folder; `publish` moves it into place, or
    into an existing case folder entry by entry (the packets on record stay).
    Use as a context manager: leaving without publishing removes it."""

    def __init__(self, out_dir: Path, case_folder: str, data_root: Path | None = None):
        self.out_dir = Path(out_dir)
        self.data_root = data_root  # where a marker names the folder until it is gone
        self._markers = ExitStack()
        self.target = self.out_dir / case_folder
        self.path: Path | None = None
        self._old: Path | None = None
        self._aside: list[str] = []     # entries of the target moved into _old
        self._placed: list[str] = []    # entries moved into an existing target
        self._whole = False             # the target did not exist: moved as one

    def __enter__(self) -> Staging:
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            self.path = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.", suffix=".part",
                                              dir=self.out_dir))
            # The PDFs hold full ID numbers: a crash leaves the folder to the next start.
            self._markers.enter_context(registered(self.data_root, self.path, self.target))
        except OSError as exc:
            raise UserError(f"无法在“{self.out_dir}”中写入申请材料：{exc.strerror or exc}。"
                            "请换一个文件夹。") from None
        return self

    def __exit__(self, *exc_info) -> None:
        if self.path is not None and self.path.exists():
            shutil.rmtree(self.path, ignore_errors=True)
        if self._old is None:
            self._markers.close()

    def publish(self, stale: set[str] = frozenset()) -> Path:
        """Move the staged entries into the target; the target's entries they replace,
        and the `stale` ones (packets replaced by this run), go aside until `commit`
        (deleted) or `rollback` (restored)."""
        try:
            if not self.target.exists():
                os.replace(self.path, self.target)
                self._whole = True
            else:
                self._merge(stale)
        except OSError:
            self.rollback()
            raise UserError(f"无法把申请材料放到“{self.target}”：文件夹中可能有文件正被其他"
                            "程序（如 PDF 阅读器）打开，请关闭后重试。") from None
        self.path = None if self._whole else self.path
        return self.target

    def _merge(self, stale: set[str]) -> None:
        incoming = sorted(entry.name for entry in self.path.iterdir())
        self._old = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.", suffix=".old",
                                          dir=self.out_dir))
        # A crash from here on: the next start puts what went aside back (leftovers.py).
        self._markers.enter_context(registered(self.data_root, self._old, self.target))
        for name in sorted(set(incoming) | set(stale)):
            if (self.target / name).exists():
                os.replace(self.target / name, self._old / name)
                self._aside.append(name)
        for name in incoming:
            os.replace(self.path / name, self.target / name)
            self._placed.append(name)

    def commit(self) -> None:
        if self._old is not None:
            shutil.rmtree(self._old, ignore_errors=True)
            self._old = None
        self._markers.close()

    def rollback(self) -> None:
        """Undo a publish whose filing record could not be saved (no-op before publish)."""
        if self._whole:
            shutil.rmtree(self.target, ignore_errors=True)
            self._whole = False
        for name in self._placed:
            placed = self.target / name
            if placed.is_dir():
                shutil.rmtree(placed, ignore_errors=True)
            else:
                placed.unlink(missing_ok=True)
        for name in self._aside:
            os.replace(self._old / name, self.target / name)
        self._placed, self._aside = [], []
        self.commit()
