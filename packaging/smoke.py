"""Smoke test of a built bundle, the way a village PC would run it:

    .venv/bin/python packaging/smoke.py [dist/microcourt]

The bundle is copied into a temporary folder and run from there with HOME, the data
folder and the working directory in that folder too, and (on Linux, as root) with the
checkout and the Python that built the bundle hidden under empty mounts, so a file read
from either fails. Steps: the bundle's self-test (every module imports, data files and
Qt plugins are found, nothing comes from outside); the window starts offscreen on a
fresh per-user data folder and stays up; the CLI loads the demo, prints the agreement
and the 77 per-claimant filing packets (every font embedded, checked with pypdf), exports
an encrypted backup and verifies it, and `audit verify` passes. Exit 0 when all passed.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE_SUFFIX = ".exe" if os.name == "nt" else ""
MASS_CASE_CLAIMANTS = 77  # the demo's unpaid-wages case (DESIGN.md section 1)
WINDOW_START_TIMEOUT = 60.0
WINDOW_STAY_UP = 5.0


class SmokeFailure(Exception):
    pass


def _hidden_folders() -> list[Path]:
    """The checkout, and the Python installation the bundle was built with unless it is
    the system's own (hiding /usr would hide the shell too)."""
    folders = [ROOT]
    base = Path(sys.base_prefix).resolve()
    if base not in {Path("/usr"), Path("/usr/local"), Path("/")} and ROOT not in base.parents:
        folders.append(base)
    return folders


def _isolation_prefix(hidden: list[Path]) -> list[str]:
    """A command prefix that runs the rest in a private mount namespace with `hidden`
    covered by empty read-only mounts; [] where that is not possible here."""
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return []
    script = ('n=$1; shift; i=0; while [ "$i" -lt "$n" ]; do '
              'mount -t tmpfs -o ro,size=4k tmpfs "$1" || exit 97; shift; i=$((i+1)); done; '
              'exec "$@"')
    prefix = ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh",
              str(len(hidden)), *map(str, hidden)]
    probe = subprocess.run([*prefix, "sh", "-c", f'test ! -e "{ROOT / "pyproject.toml"}"'],
                           capture_output=True)
    return prefix if probe.returncode == 0 else []


class Bundle:
    """A copy of the bundle in a temporary folder and the environment it runs in."""

    def __init__(self, source: Path, tmp: Path):
        self.tmp = tmp
        self.app = tmp / "app"
        shutil.copytree(source, self.app, symlinks=True)
        self.home = tmp / "home"
        self.work = tmp / "work"
        self.out = tmp / "out"
        for folder in (self.home, self.work, self.out):
            folder.mkdir()
        self.hidden = _hidden_folders()
        self.prefix = _isolation_prefix(self.hidden)
        self.env = self._environment()

    def _environment(self) -> dict[str, str]:
        keep = {"PATH", "SYSTEMROOT", "WINDIR", "COMSPEC", "TEMP", "TMP", "TMPDIR", "LANG"}
        env = {k: v for k, v in os.environ.items() if k.upper() in keep}
        venv_bin = str(Path(sys.prefix) / ("Scripts" if os.name == "nt" else "bin"))
        env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                      if p and p != venv_bin and str(ROOT) not in p)
        runtime = self.tmp / "runtime"
        runtime.mkdir(mode=0o700)
        env.update(HOME=str(self.home), USERPROFILE=str(self.home),
                   XDG_DATA_HOME=str(self.home / ".local" / "share"),
                   XDG_CONFIG_HOME=str(self.home / ".config"),
                   XDG_CACHE_HOME=str(self.home / ".cache"), XDG_RUNTIME_DIR=str(runtime),
                   LOCALAPPDATA=str(self.home / "AppData" / "Local"),
                   APPDATA=str(self.home / "AppData" / "Roaming"),
                   QT_QPA_PLATFORM="offscreen", LANG=env.get("LANG", "C.UTF-8"))
        return env

    def command(self, program: str, *args: str) -> list[str]:
        return [*self.prefix, str(self.app / f"{program}{EXE_SUFFIX}"), *args]

    def cli(self, *args: str, data: Path) -> str:
        done = subprocess.run(self.command("microcourt-cli", "--data-dir", str(data), *args),
                              cwd=self.work, env=self.env, capture_output=True, timeout=600)
        if done.returncode != 0:
            raise SmokeFailure(f"microcourt-cli {' '.join(args)} exited {done.returncode}:\n"
                               f"{done.stderr.decode('utf-8', 'replace')[-3000:]}")
        return done.stdout.decode("utf-8")

    def default_data_dir(self) -> Path:
        if os.name == "nt":
            return self.tmp / "window-data"
        if sys.platform == "darwin":
            return self.home / "Library" / "Application Support" / "microcourt"
        return Path(self.env["XDG_DATA_HOME"]) / "microcourt"


def self_test(bundle: Bundle) -> str:
    report_file = bundle.tmp / "selftest.json"
    env = dict(bundle.env, MICROCOURT_BUNDLE_SELFTEST=str(report_file))
    done = subprocess.run(bundle.command("microcourt"), cwd=bundle.work, env=env,
                          capture_output=True, timeout=300)
    if not report_file.exists():
        raise SmokeFailure(f"self-test wrote no report (exit {done.returncode}):\n"
                           f"{done.stderr.decode('utf-8', 'replace')[-3000:]}")
    report = json.loads(report_file.read_text(encoding="utf-8"))
    problems = [f"import {name}: {why}" for name, why in report["import_failures"].items()]
    problems += [f"missing data file {dest}" for dest in report["missing_data"]]
    if "error" in report:
        problems.append(report["error"])
    outside = [p for p in report["sys_path"] + report["module_files"]
               if any(str(folder) in p for folder in bundle.hidden)]
    problems += [f"read from outside the bundle: {path}" for path in outside]
    qt = report.get("qt", {})
    if qt and not (qt["zh_CN_catalogue"] and qt["qtbase_zh_CN"]):
        problems.append(f"translations not found: {qt}")
    migrations = report.get("migrations", {})
    if migrations and not (migrations["template"] and migrations["head"] == migrations["quick_head"]):
        problems.append(f"migrations incomplete: {migrations}")
    calendar = report.get("calendar", {})
    if calendar and not calendar["ok"]:
        problems.append(f"holiday calendar wrong in the bundle: {calendar}")
    if problems or done.returncode != 0:
        raise SmokeFailure("self-test:\n  " + "\n  ".join(problems or [f"exit {done.returncode}"]))
    return (f"{len(json.loads((bundle.app / '_internal' / 'bundle-contents.json').read_text('utf-8'))['modules'])} "
            f"modules import, Qt platform {qt.get('platform')}, migrations head {migrations.get('head')}, "
            f"holiday calendar {calendar.get('years')}")


def window_stays_up(bundle: Bundle) -> str:
    # The per-user folder where it follows the environment (XDG); Windows asks the shell
    # for %LOCALAPPDATA%, which would be the real user's, so there it is named.
    data = bundle.default_data_dir()
    args = ["--data-dir", str(data)] if os.name == "nt" else []
    log = data / "logs" / "microcourt.log"
    process = subprocess.Popen(bundle.command("microcourt", *args), cwd=bundle.work,
                               env=bundle.env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + WINDOW_START_TIMEOUT
        while not (log.exists() and (data / "microcourt.db").exists() and
                   "starting" in log.read_text(encoding="utf-8", errors="replace")):
            if process.poll() is not None or time.monotonic() > deadline:
                raise SmokeFailure(f"the window did not start (exit {process.poll()}):\n"
                                   f"{_drain(process)}")
            time.sleep(0.2)
        started = time.monotonic()
        time.sleep(WINDOW_STAY_UP)
        if process.poll() is not None:
            raise SmokeFailure(f"the window quit after starting (exit {process.returncode}):\n"
                               f"{_drain(process)}")
        text = log.read_text(encoding="utf-8", errors="replace")
        if "Traceback" in text or " ERROR " in text:
            raise SmokeFailure(f"the window logged an error:\n{text[-3000:]}")
        return f"up {time.monotonic() - started:.0f} s on a new data folder {data}"
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stdout:
            process.stdout.close()


def _drain(process: subprocess.Popen) -> str:
    if process.poll() is None:
        process.kill()
    output = process.stdout.read() if process.stdout else b""
    return output.decode("utf-8", "replace")[-3000:]


def unembedded_fonts(pdf: Path) -> tuple[int, set[str]]:
    """(fonts used, names of those whose program is not embedded) in a PDF."""
    from pypdf import PdfReader  # noqa: PLC0415 - a test tool, from the venv

    used, missing = 0, set()
    for page in PdfReader(pdf).pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {}).get_object()
        for ref in fonts.values():
            font = ref.get_object()
            used += 1
            described = font
            if font.get("/Subtype") == "/Type0":
                described = font["/DescendantFonts"][0].get_object()
            descriptor = described.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font.get("/BaseFont")))
    return used, missing


def _check_fonts(pdfs: list[Path]) -> None:
    for pdf in pdfs:
        used, missing = unembedded_fonts(pdf)
        if not used or missing:
            raise SmokeFailure(f"{pdf}: {used} fonts, not embedded: {sorted(missing)}")


def cli_round(bundle: Bundle) -> str:
    data = bundle.tmp / "cli-data"
    bundle.cli("demo", data=data)
    cases = json.loads(bundle.cli("cases", "list", "--json", data=data))
    mass = next(c for c in cases if c["claimants"] == MASS_CASE_CLAIMANTS)
    agreement = bundle.out / "agreement.pdf"
    bundle.cli("agreement", "pdf", mass["number"], "--out", str(agreement), data=data)
    bundle.cli("filing", "generate", mass["number"], "--out", str(bundle.out / "filing"),
               "--per-claimant", data=data)
    windows = json.loads(bundle.cli("filing", "deadlines", "--days", "60", "--json", data=data))
    if not any(w["case_number"] == mass["number"] and w["unfiled"] == MASS_CASE_CLAIMANTS
               for w in windows):
        raise SmokeFailure(f"filing deadlines lacks the mass case's open window: {windows}")
    packets = [p for p in (bundle.out / "filing" / mass["number"]).iterdir() if p.is_dir()]
    pdfs = sorted((bundle.out / "filing").rglob("*.pdf"))
    if len(packets) != MASS_CASE_CLAIMANTS or any(not list(p.glob("*.pdf")) for p in packets):
        raise SmokeFailure(f"{len(packets)} filing packets, expected {MASS_CASE_CLAIMANTS}")
    _check_fonts([agreement, *pdfs])
    password = bundle.tmp / "password.txt"
    password.write_text("村委会-备份-2026\n", encoding="utf-8")
    usb = bundle.out / "usb"
    usb.mkdir()
    bundle.cli("backup", "create", "--to", str(usb), "--password-file", str(password),
               data=data)
    exported = list(usb.iterdir())
    if len(exported) != 1:
        raise SmokeFailure(f"backup export wrote {exported}")
    bundle.cli("backup", "verify", str(exported[0]), "--password-file", str(password),
               data=data)
    audit = bundle.cli("audit", "verify", data=data).strip()
    return (f"demo, agreement and {len(packets)} packets ({len(pdfs) + 1} PDFs, every font "
            f"embedded), backup {exported[0].name} verified, {audit}, {_read_aloud(bundle, data)}")


def _read_aloud(bundle: Bundle, data: Path) -> str:
    """The offline voice speaks from inside the bundle (its library and Mandarin data are
    collected, not found on this machine), where the platform has the espeak-ng wheel."""
    if importlib.util.find_spec("espeakng_loader") is None:
        return "no offline voice on this platform"
    wav = bundle.out / "reading.wav"
    bundle.cli("read-aloud", "--text", "双方自愿达成调解协议，于2027年1月10日前还款。",
               "--out", str(wav), data=data)
    if not wav.is_file() or wav.stat().st_size < 20_000:
        raise SmokeFailure(f"read-aloud wrote {wav.stat().st_size if wav.exists() else 0} bytes")
    return f"read aloud ({wav.stat().st_size // 1000} kB WAV)"


def fonts_complete(bundle: Bundle) -> str:
    source = ROOT / "resources" / "fonts"
    bundled = next(bundle.app.rglob("resources/fonts"))
    different = [p.name for p in source.iterdir() if p.is_file() and (
        not (bundled / p.name).is_file() or _digest(p) != _digest(bundled / p.name))]
    if different:
        raise SmokeFailure(f"fonts missing or changed in the bundle: {different}")
    return f"{sum(1 for p in source.iterdir() if p.is_file())} files identical"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


STEPS = (("self-test inside the bundle", self_test), ("window stays up", window_stays_up),
         ("command line", cli_round), ("fonts and licences", fonts_complete))


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else ROOT / "dist" / "microcourt"
    if not (source / f"microcourt-cli{EXE_SUFFIX}").exists():
        print(f"No bundle at {source}: run `python3 dev.py bundle` first.", file=sys.stderr)
        return 2
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="microcourt-smoke-") as tmp:
        bundle = Bundle(source, Path(tmp))
        hidden = ", ".join(map(str, bundle.hidden))
        print(f"Smoke test of a copy in {tmp}; " + (f"hidden from it: {hidden}" if bundle.prefix
              else "checkout not hidden here (no mount namespace): checked by paths only"))
        for title, step in STEPS:
            step_started = time.monotonic()
            try:
                detail = step(bundle)
            except SmokeFailure as exc:
                print(f"FAILED {title}: {exc}", file=sys.stderr)
                return 1
            print(f"  ok  {title} ({time.monotonic() - step_started:.1f} s): {detail}")
    print(f"Bundle smoke test passed in {time.monotonic() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
