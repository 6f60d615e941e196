"""Installing a newer version over an older one, with two real versions of the package:
a wheel built from the commit before the newest migration arrived, and a wheel of this
tree, each installed into its own throw-away environment. The newer one upgrades the
older one's database on first use and keeps a copy of it; the older one then refuses the
newer database with a clear message and leaves it as it was."""
from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
import tarfile
import venv
from pathlib import Path

import pytest
from bundle_support import ROOT, manifest

from microcourt.db.migrate import quick_head_revision

pytestmark = pytest.mark.slow
VERSIONS = ROOT / manifest.MIGRATIONS / "versions"
COURT = "上田村𠮷祥微法庭"


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()


def _heads(folder: Path) -> set[str]:
    revisions, parents = set(), set()
    for path in folder.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revisions |= set(re.findall(r"^revision[^=]*=\s*['\"]([^'\"]+)", text, re.M))
        parents |= set(re.findall(r"^down_revision[^=]*=\s*['\"]([^'\"]+)", text, re.M))
    return revisions - parents


def _older_commit() -> str:
    """The last commit before the newest migration file was added (HEAD itself when that
    file is not committed yet)."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: no older version to build")
    head = quick_head_revision()
    newest = next(p for p in VERSIONS.glob("*.py") if _heads_of_file(p) == {head})
    added = _git("log", "--diff-filter=A", "--format=%H", "-1", "--", str(newest))
    if not added:
        return _git("rev-parse", "HEAD")
    if _git("rev-parse", "--is-shallow-repository") == "true":
        pytest.skip("shallow clone: the commit before the newest migration is not here")
    return _git("rev-parse", f"{added}^")


def _heads_of_file(path: Path) -> set[str]:
    return set(re.findall(r"^revision[^=]*=\s*['\"]([^'\"]+)",
                          path.read_text(encoding="utf-8"), re.M))


def _tree_at(commit: str, dest: Path) -> Path:
    archive = subprocess.run(["git", "archive", "--format=tar", commit], cwd=ROOT,
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(dest, filter="data")
    return dest


def _working_tree(dest: Path) -> Path:
    for line in _git("ls-files", "--cached", "--others", "--exclude-standard").splitlines():
        source = ROOT / line
        if source.is_file():
            (dest / line).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / line)
    return dest


def _wheel(source: Path, out: Path) -> Path:
    """Both versions may carry the same version number: each wheel gets its own folder."""
    out.mkdir()
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", "--disable-pip-version-check", "-w", str(out),
                    str(source)], check=True, capture_output=True)
    (wheel,) = out.glob("*.whl")
    return wheel


def _environment(folder: Path, wheel: Path) -> Path:
    """A venv holding only this wheel; the dependencies come from the test venv's
    site-packages through a .pth line (which does not run that folder's own .pth
    files, so the editable install of the checkout stays out)."""
    venv.EnvBuilder(with_pip=False, symlinks=os.name != "nt").create(folder)
    site = Path(sysconfig.get_path("purelib", vars={"base": str(folder),
                                                    "platbase": str(folder)}))
    (site / "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n",
                                                encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--no-compile", "--disable-pip-version-check", "--target", str(site),
                    "--upgrade", str(wheel)], check=True, capture_output=True)
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    return python


class Version:
    def __init__(self, python: Path, home: Path):
        self.python = python
        self.env = {k: v for k, v in os.environ.items()
                    if k not in {"PYTHONPATH", "PYTHONHOME", "MICROCOURT_DATA_DIR"}}
        self.env.update(HOME=str(home), USERPROFILE=str(home))
        self.home = home

    def cli(self, data: Path, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.python), "-m", "microcourt.cli", "--data-dir",
                               str(data), *args], cwd=self.home, env=self.env,
                              capture_output=True, encoding="utf-8")

    def package_file(self) -> Path:
        done = subprocess.run([str(self.python), "-c", "import microcourt; print(microcourt.__file__)"],
                              cwd=self.home, env=self.env, capture_output=True, text=True,
                              check=True)
        return Path(done.stdout.strip())


def _revision(database: Path) -> str:
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _content(database: Path) -> str:
    """What the database holds, schema and rows (a WAL file the newer version left may be
    checkpointed by any later open: the bytes may move, the content may not)."""
    with sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True) as connection:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("versions")
    older_source = _tree_at(_older_commit(), tmp / "older-src")
    older_heads = _heads(older_source / manifest.MIGRATIONS / "versions")
    home = tmp / "home"
    home.mkdir()
    older_wheel = _wheel(older_source, tmp / "wheel-older")
    newer_wheel = _wheel(_working_tree(tmp / "newer-src"), tmp / "wheel-newer")
    older = Version(_environment(tmp / "env-older", older_wheel), home)
    newer = Version(_environment(tmp / "env-newer", newer_wheel), home)
    return older, newer, older_heads


def test_each_environment_runs_its_own_version(versions):
    older, newer, _ = versions
    for version in (older, newer):
        assert version.python.parent.parent in version.package_file().parents
        assert ROOT not in version.package_file().parents


def test_newer_version_upgrades_the_older_database_and_keeps_a_copy(versions, tmp_path):
    older, newer, older_heads = versions
    data = tmp_path / "data"
    # `settings set` has had these options since the first version
    made = older.cli(data, "settings", "set", "--name", COURT, "--village", "上田村",
                     "--committee", "上田村人民调解委员会", "--court", "杭州市临安区人民法院",
                     "--liaison-name", "王丽", "--liaison-phone", "13812345678")
    assert made.returncode == 0, made.stderr
    (old_revision,) = older_heads
    assert old_revision != quick_head_revision()
    assert _revision(data / "microcourt.db") == old_revision

    shown = newer.cli(data, "settings", "show", "--json")
    assert shown.returncode == 0, shown.stderr
    assert COURT in shown.stdout
    assert _revision(data / "microcourt.db") == quick_head_revision()
    (copy,) = data.glob(f"microcourt.pre-upgrade-{old_revision}-*.db")
    assert _revision(copy) == old_revision
    with sqlite3.connect(copy) as connection:
        assert COURT in str(connection.execute("SELECT * FROM court_profile").fetchall())
    audit = newer.cli(data, "audit", "verify")
    assert audit.returncode == 0, audit.stderr

    # The older version, started again on the upgraded folder, refuses and touches nothing.
    before = _content(data / "microcourt.db")
    refused = older.cli(data, "settings", "show")
    assert refused.returncode == 1
    assert "这个数据库来自更新版本的微法庭助手，请先升级软件。" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert _content(data / "microcourt.db") == before
    assert sorted(p.name for p in data.glob("*.db")) == sorted([copy.name, "microcourt.db"])
