"""Where a filing packet goes on disk: predictable, upload-friendly names, SHA-256 of
every file, and an all-or-nothing publish.

Layout (per-claimant mode; joint mode has one packet named 01_全体申请人):

    OUT/<case number>/01_王𠮷/01_司法确认申请书.pdf
                              02_人民调解协议书.pdf
                              03_送达地址确认书_王𠮷.pdf ...
                     01_王𠮷_司法确认申请材料.pdf      (the packet as one file)

Everything is written into a hidden staging folder beside the case folder; only when
every file is complete is it moved into place with os.replace (an older case folder is
moved aside first and deleted after, or put back if the move fails). A cancelled or
failed run removes the staging folder, so nothing half-written is ever left.
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


class Staging:
    """A hidden folder beside the target case folder; `publish` moves it into place.
    Use as a context manager: leaving without publishing removes it."""

    def __init__(self, out_dir: Path, case_folder: str, data_root: Path | None = None):
        self.out_dir = Path(out_dir)
        self.data_root = data_root  # where a marker names the folder until it is gone
        self._markers = ExitStack()
        self.target = self.out_dir / case_folder
        self.path: Path | None = None
        self._old: Path | None = None
        self._published = False

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

    def publish(self) -> Path:
        """Move the staged folder to the target; an older one goes aside until
        `commit` (deleted) or `rollback` (restored)."""
        if self.target.exists():
            self._old = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.", suffix=".old",
                                              dir=self.out_dir))
            self._markers.enter_context(registered(self.data_root, self._old, self.target))
            os.replace(self.target, self._old / "previous")
        try:
            os.replace(self.path, self.target)
        except OSError:
            self._restore()
            raise UserError(f"无法把申请材料放到“{self.target}”：文件夹中可能有文件正被其他"
                            "程序（如 PDF 阅读器）打开，请关闭后重试。") from None
        self.path, self._published = None, True
        return self.target

    def commit(self) -> None:
        if self._old is not None:
            shutil.rmtree(self._old, ignore_errors=True)
            self._old = None
        self._markers.close()

    def rollback(self) -> None:
        """Undo a publish whose filing record could not be saved (no-op before publish)."""
        if not self._published:
            return
        shutil.rmtree(self.target, ignore_errors=True)
        self._published = False
        self._restore()

    def _restore(self) -> None:
        if self._old is not None:
            os.replace(self._old / "previous", self.target)
            shutil.rmtree(self._old, ignore_errors=True)
            self._old = None
        self._markers.close()
