#!/usr/bin/env python3
"""One-step set-up for a fresh checkout, standard library only.

    python3 dev.py run   [app arguments]     set up, then open 微法庭助手
    python3 dev.py test  [pytest arguments]  set up, then run the whole test suite
    python3 dev.py cli   [cli arguments]     set up, then run microcourt-cli
    python3 dev.py bundle [--no-smoke]       set up with PyInstaller, build the installable
                                             one-folder bundle in dist/microcourt, smoke-test it

Set-up creates `.venv` inside the checkout and installs the project (editable) with its
test extra (and, for `bundle`, the bundle extra: PyInstaller). It is idempotent: a stamp
records the hash of pyproject.toml, so a second run with nothing changed skips pip
entirely and starts in well under a second. On Windows write `py dev.py ...`.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".microcourt-installed"
BUNDLE_STAMP = VENV / ".microcourt-bundle-installed"
MIN_PYTHON = (3, 11)


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def wanted_stamp() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def ensure_bundle_tools(python: Path) -> None:
    """PyInstaller, from the `bundle` extra in pyproject.toml, on top of the test set-up."""
    stamp = wanted_stamp()
    if BUNDLE_STAMP.exists() and BUNDLE_STAMP.read_text(encoding="utf-8") == stamp:
        return
    print("Installing PyInstaller (the bundle extra) into .venv ...", flush=True)
    _quiet_run([str(python), "-m", "pip", "--disable-pip-version-check", "install", "--quiet",
                "-e", f"{ROOT}[test,bundle]"])
    BUNDLE_STAMP.write_text(stamp, encoding="utf-8")


def ensure_environment() -> Path:
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"微法庭助手 needs Python {'.'.join(map(str, MIN_PYTHON))} or newer; "
                 f"this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
    stamp = wanted_stamp()
    if STAMP.exists() and STAMP.read_text(encoding="utf-8") == stamp:
        return python
    print("Installing 微法庭助手 and its test tools into .venv ...", flush=True)
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
    _quiet_run(pip + ["--upgrade", "pip", "setuptools", "wheel"])
    _quiet_run(pip + ["-e", f"{ROOT}[test]"])
    STAMP.write_text(stamp, encoding="utf-8")
    return python


def missing_qt_libraries() -> list[str]:
    """Linux: the system libraries Qt's X11 platform plugin needs and cannot find (a bare
    Debian or Ubuntu lacks libxcb-icccm4, libxcb-cursor0 and the like); empty elsewhere."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    plugin = next(VENV.glob("lib/python*/site-packages/PySide6/Qt/plugins/platforms/"
                            "libqxcb.so"), None)
    if plugin is None:
        return []
    listed = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    return sorted({line.split()[0] for line in listed.splitlines() if "not found" in line})


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package of a library by Debian's naming rule:
    libxcb-icccm.so.4 -> libxcb-icccm4, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0."""
    stem, _, version = soname.partition(".so.")
    version = version.split(".")[0]
    return (f"{stem}-{version}" if stem[-1:].isdigit() else f"{stem}{version}").lower()


def ensure_qt_libraries() -> None:
    """Install what Qt's window needs (as root, with apt), or say how, before `run`."""
    packages = sorted({debian_package(name) for name in missing_qt_libraries()})
    if not packages:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"Installing the system libraries Qt's window needs: {' '.join(packages)}",
              flush=True)
        if subprocess.run(command, stdout=subprocess.DEVNULL).returncode != 0:
            subprocess.run(["apt-get", "update"], stdout=subprocess.DEVNULL)
            subprocess.run(command, stdout=subprocess.DEVNULL, check=False)
        if not missing_qt_libraries():
            return
    sys.exit("The window needs system libraries this computer lacks. Install them with:\n"
             f"    sudo {' '.join(command)}\nthen run this command again.")


def _quiet_run(args: list[str]) -> None:
    """Run pip, showing its chatter only when it fails."""
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stdout.write(result.stdout)
        sys.stderr.write(result.stderr)
        sys.exit(f"Set-up failed (exit {result.returncode}); see pip's output above.")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "cli", "setup", "bundle"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    python = ensure_environment()
    if command == "setup":
        return 0
    if command == "run":
        ensure_qt_libraries()
        args = [str(python), "-m", "microcourt", *rest]
    elif command == "cli":
        args = [str(python), "-m", "microcourt.cli", *rest]
    elif command == "bundle":
        ensure_bundle_tools(python)
        args = [str(python), str(ROOT / "packaging" / "build.py"), *rest]
    else:
        # The whole suite on every core (pytest-xdist), a test file's tests on one worker
        # (they share module fixtures); given arguments, exactly what was asked.
        parallel = [] if rest else ["-n", "auto", "--dist", "loadfile"]
        args = [str(python), "-m", "pytest", *parallel, *rest]
    return subprocess.call(args, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
