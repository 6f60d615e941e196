"""`python3 dev.py bundle`: build the one-folder bundle for this machine, print its size,
then run its smoke test (packaging/smoke.py). Runs inside the project's venv.

    .venv/bin/python packaging/build.py [--no-smoke]

The bundle is dist/microcourt/ (microcourt and microcourt-cli, .exe on Windows); PyInstaller
works in build/pyinstaller/. The build fails on Linux past SIZE_BUDGET_MB on disk.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import manifest
import version_info

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "microcourt.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "microcourt"
SIZE_BUDGET_MB = 220  # on disk, Linux (issue 19); 1 MB = 1,000,000 bytes
INSTALLER_SCRIPT = ROOT / "installer" / "microcourt.iss"


def disk_usage(folder: Path) -> int:
    """Bytes the folder takes on disk: allocated blocks where the OS tells them (as du
    counts), else file sizes; a symbolic link counts as the link, not its target."""
    total = 0
    for path in folder.rglob("*"):
        info = path.lstat()
        blocks = getattr(info, "st_blocks", None)
        total += blocks * 512 if blocks is not None else info.st_size
    return total


def build() -> float:
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)],
                   check=True, cwd=ROOT)
    for link, target in manifest.LINKED_PROGRAMS.items():
        (BUNDLE / link).symlink_to(target)
    return time.monotonic() - started


def main(argv: list[str]) -> int:
    seconds = build()
    size_mb = disk_usage(BUNDLE) / 1_000_000
    files = sum(1 for p in BUNDLE.rglob("*") if p.is_file())
    print(f"Bundle {BUNDLE}: {size_mb:.1f} MB on disk in {files} files, built in {seconds:.0f} s"
          + (f" (budget {SIZE_BUDGET_MB} MB)" if sys.platform.startswith("linux") else ""))
    if sys.platform.startswith("linux") and size_mb > SIZE_BUDGET_MB:
        print(f"The bundle is over its budget of {SIZE_BUDGET_MB} MB: see what it holds with "
              f"`du -a {BUNDLE} | sort -n | tail -40`.", file=sys.stderr)
        return 1
    version_info.write_installer_defines(ROOT / "build", BUNDLE, DIST)
    if "--no-smoke" not in argv:
        smoke = subprocess.call([sys.executable, str(ROOT / "packaging" / "smoke.py"),
                                 str(BUNDLE)], cwd=ROOT, env=os.environ)
        if smoke != 0:
            return smoke
    return build_installer() if os.name == "nt" else 0


def inno_setup_compiler() -> Path | None:
    found = shutil.which("ISCC")
    if found:
        return Path(found)
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        candidate = Path(base or "", "Inno Setup 6", "ISCC.exe")
        if base and candidate.exists():
            return candidate
    return None


def build_installer() -> int:
    """Windows: compile installer/microcourt.iss when Inno Setup 6 is installed."""
    compiler = inno_setup_compiler()
    if compiler is None:
        print("Inno Setup 6 (ISCC.exe) not found: no installer built. Install Inno Setup 6 "
              "and run `py dev.py bundle` again.")
        return 0
    code = subprocess.call([str(compiler), "/Q", str(INSTALLER_SCRIPT)], cwd=ROOT)
    if code == 0:
        print(f"Installer: {DIST / (version_info.installer_name() + '.exe')}")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
