"""Start-up benchmark (issue 2): process start to the first painted main window, with a
database of 100,000 parties and 20,000 cases, against a bare PySide6 window showing one
label, both measured in the same run on the same machine. Target: ratio <= 1.5.

    .venv/bin/python tests/benchmarks/bench_startup.py [--runs 7] [--keep]

Each start is a fresh `python` process; the parent takes the time just before spawning
it, the child prints the wall-clock time of its first Paint event, and the difference is
the figure. Runs alternate between the two programs so both see the same machine state;
the median is reported. Uses the offscreen platform unless a display is set.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

FIRST_PAINT_FILTER = r"""
import sys, time
from PySide6.QtCore import QObject, QEvent, QTimer
class FirstPaint(QObject):
    def __init__(self, app):
        super().__init__()
        self.app = app
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow():
            print(f"PAINTED {time.time():.6f}", flush=True)
            QTimer.singleShot(0, lambda: self.app.exit(0))
            self.app.removeEventFilter(self)
        return False
"""

BARE = FIRST_PAINT_FILTER + r"""
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
watcher = FirstPaint(app)
app.installEventFilter(watcher)
label = QLabel("微法庭助手")
label.show()
sys.exit(app.exec())
"""

APP = FIRST_PAINT_FILTER + r"""
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
watcher = FirstPaint(app)
app.installEventFilter(watcher)
from ui.app import launch
session = launch(["--data-dir", sys.argv[1]], defer_data=True)  # as main() does
code = app.exec()
session.close()
sys.exit(code)
"""


def build_database(data_dir: Path, parties: int, cases: int) -> None:
    from microcourt.services import open_services
    from microcourt.services.demo.bulk import fill_bulk
    from microcourt.services.kernel.progress import run_to_end

    started = time.perf_counter()
    services = open_services(data_dir)
    run_to_end(fill_bulk(services, parties=parties, cases=cases))
    services.close()
    print(f"built {parties:,} parties and {cases:,} cases in "
          f"{time.perf_counter() - started:.1f} s")


def first_paint_seconds(code: str, *args: str) -> float:
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # never touch the real QSettings
    started = time.time()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=120)
    for line in result.stdout.splitlines():
        if line.startswith("PAINTED "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"no paint reported (exit {result.returncode}):\n{result.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--parties", type=int, default=100_000)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--keep", action="store_true", help="keep the built database")
    args = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="microcourt-bench-"))
    try:
        build_database(data_dir, args.parties, args.cases)
        first_paint_seconds(BARE)  # warm the OS file cache for both programs
        first_paint_seconds(APP, str(data_dir))
        bare, full = [], []
        for _ in range(args.runs):
            bare.append(first_paint_seconds(BARE))
            full.append(first_paint_seconds(APP, str(data_dir)))
    finally:
        if not args.keep:
            shutil.rmtree(data_dir, ignore_errors=True)
    bare_ms, app_ms = statistics.median(bare) * 1000, statistics.median(full) * 1000
    print(f"bare PySide6 window, first paint: median {bare_ms:.0f} ms "
          f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    print(f"微法庭助手 main window, first paint: median {app_ms:.0f} ms "
          f"(min {min(full) * 1000:.0f}, max {max(full) * 1000:.0f})")
    ratio = app_ms / bare_ms
    print(f"ratio: {ratio:.2f} (target <= 1.50) -> {'OK' if ratio <= 1.5 else 'TOO SLOW'}")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
