"""Benchmark: how many guarded service calls one user action costs in the whole window
(issue 15 item 3), counted by wrapping every service the facade hands out.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_guarded_calls.py
     [-v: list the calls]

The window is the real shell with the demo loaded and every page built once (so every
page that listens for changes is there), the Parties, Cases or agreement window in front
as the liaison would have it. Three actions, each driven like a person would: register
a person on the Parties page; generate the 77 per-claimant packets of the demo's wage
case on its Judicial confirmation tab; record the signing of an agreement in its editor.
For each: the calls during the action itself, then the calls when the liaison next
visits every other page once (a page may postpone its refresh until it is shown).

The reference is main before the change model (commit f0fc4b0), measured with this
script and kept below: counting is deterministic, so the figures are compared directly.
"""
from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QDate, QSettings, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from microcourt.services import open_services  # noqa: E402
from microcourt.services.demo.service import load_demo  # noqa: E402
from microcourt.services.kernel.context import Actor  # noqa: E402
from microcourt.services.kernel.progress import run_to_end  # noqa: E402

WAGE_NUMBER = "上田微调〔2026〕第11号"  # 77 workers, signed
UNSIGNED_NUMBER = "上田微调〔2026〕第14号"  # the shop lease in mediation: no agreement yet
SERVICE_NAMES = ("settings", "demo", "backups", "cases", "mediators", "parties",
                 "agreements", "filings", "hearings", "accounts", "audit", "workbench",
                 "statistics", "reports")
# Measured on main at f0fc4b0 (before the change model): (during the action, visiting
# every other page once afterwards).
BEFORE = {"register a party": (4, 5), "generate the 77 packets": (8, 5),
          "sign an agreement": (7, 5)}


class Counter:
    def __init__(self):
        self.calls: list[str] = []


class CountingService:
    """Forwards to the guarded service, noting each public method called."""

    def __init__(self, inner, name: str, counter: Counter):
        self._inner, self._name, self._counter = inner, name, counter

    def __getattr__(self, attr: str):
        value = getattr(self._inner, attr)
        if attr.startswith("_") or not callable(value):
            return value
        name, counter = f"{self._name}.{attr}", self._counter

        def counted(*args, **kwargs):
            counter.calls.append(name)
            return value(*args, **kwargs)
        return counted


def count_calls(services) -> Counter:
    counter = Counter()
    for name in SERVICE_NAMES:
        services.__dict__[name] = CountingService(getattr(services, name), name, counter)
    return counter


def settle(app: QApplication, until: Callable[[], bool] = lambda: True) -> None:
    """Let queued signals and finished jobs arrive, as the event loop would."""
    for _ in range(10):
        app.processEvents()
    while not until():
        app.processEvents()
    for _ in range(10):
        app.processEvents()


def case_id(services, number: str) -> int:
    return next(c.id for c in services.cases.list_cases() if c.number == number)


class Bench:
    def __init__(self, root: Path):
        from ui.context import PageContext  # noqa: PLC0415
        from ui.main_window import MainWindow  # noqa: PLC0415
        from ui.preferences import Preferences  # noqa: PLC0415

        self.app = QApplication.instance() or QApplication([])
        qInstallMessageHandler(lambda *_args: None)  # the offscreen plugin's complaints
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(root / "qsettings"))
        for kind in ("warning", "critical", "information"):
            setattr(QMessageBox, kind, staticmethod(self._message(kind)))
        QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
        self.root = root
        self.services = open_services(root / "data", actor=Actor(name="俞晓燕"))
        run_to_end(load_demo(self.services))
        self.counter = count_calls(self.services)
        self.context = PageContext(self.services, Preferences())
        self.window = MainWindow(self.context)
        self.window.resize(1366, 768)
        self.window.show()
        if getattr(self.window, "reminders", None) is not None:
            self.window.reminders.stop()  # its minute timer would count in the middle
        self.keys = [spec.key for spec in self.window.specs]
        for key in self.keys:  # every page built and listening
            self.window.show_page(key)
            settle(self.app)
        self.messages: list[str] = []

    def _message(self, kind: str):
        def show(_parent, _title, text, *args, **kwargs):
            self.messages.append(f"{kind}: {text}")
            return QMessageBox.StandardButton.Ok
        return show

    def measure(self, label: str, prepare: Callable[[], object],
                act: Callable[[object], None], front: str) -> tuple[int, int, list, list]:
        self.window.show_page(front)
        target = prepare()
        settle(self.app)
        self.counter.calls.clear()
        act(target)
        settle(self.app)
        during = list(self.counter.calls)
        self.counter.calls.clear()
        for key in self.keys:
            if key != front:
                self.window.show_page(key)
                settle(self.app)
        self.window.show_page(front)
        settle(self.app)
        after = list(self.counter.calls)
        if self.messages:
            raise SystemExit(f"{label}: unexpected message {self.messages}")
        return len(during), len(after), during, after

    # -- the three actions ---------------------------------------------------------

    def register_party(self) -> tuple[int, int, list, list]:
        from microcourt.services.parties.dto import ConsentRecord  # noqa: PLC0415
        from microcourt.timeutil import today_local  # noqa: PLC0415
        from tests.fixtures.party_lists import resident_id  # noqa: PLC0415
        from ui.parties.form import PartyFormDialog  # noqa: PLC0415

        def fill_and_save(dialog):
            inputs = dialog.fields.inputs
            inputs["name"].setText("𠮷祥")
            inputs["id_number"].setText(resident_id(date(1952, 2, 29), 7, False))
            inputs["phone"].setText("13812345678")
            inputs["household_address"].setText("上田村3号")
            dialog.consent = ConsentRecord(on=today_local(), form="paper")
            dialog.save()
            assert dialog.saved is not None, dialog.errors.labels
            return dialog.result()

        PartyFormDialog.exec = fill_and_save
        return self.measure("register a party", lambda: self.window.pages["parties"],
                            lambda page: page.new_person_button.click(), "parties")

    def generate_packets(self) -> tuple[int, int, list, list]:
        def prepare():
            page = self.window.pages["cases"]
            page.open_case(case_id(self.services, WAGE_NUMBER))
            panel = page.detail.panels["filing"]
            page.detail.tabs.setCurrentWidget(panel)
            panel.folder_edit.setText(str(self.root / "packets"))
            return panel

        def act(panel):
            operation = panel.generate()
            settle(self.app, lambda: not operation.is_running())
            assert operation.error is None and panel.list.model.rowCount() == 77

        return self.measure("generate the 77 packets", prepare, act, "cases")

    def sign_agreement(self) -> tuple[int, int, list, list]:
        from microcourt.timeutil import today_local  # noqa: PLC0415
        from ui.agreements.editor import open_agreement_editor  # noqa: PLC0415

        def prepare():
            page = self.window.pages["cases"]
            page.open_case(case_id(self.services, UNSIGNED_NUMBER))
            editor = open_agreement_editor(self.window, self.context,
                                           case_id(self.services, UNSIGNED_NUMBER))
            editor.plan.total_edit.setText("3000")
            editor.plan.generate()
            assert editor.save()
            return editor

        def act(editor):
            dialog = editor.sign()
            today = today_local()
            dialog.all_dates.setDate(QDate(today.year, today.month, today.day))
            dialog.set_every_date()
            dialog.record()
            settle(self.app)
            assert editor.detail.status == "signed", (dialog.error.text(), [
                dialog.table.item(r, 5).text() for r in range(dialog.table.rowCount())])
            editor.close()

        return self.measure("sign an agreement", prepare, act, "cases")


def main() -> None:
    verbose = "-v" in sys.argv
    load = os.getloadavg()
    with tempfile.TemporaryDirectory() as folder:
        bench = Bench(Path(folder))
        results = {"register a party": bench.register_party(),
                   "generate the 77 packets": bench.generate_packets(),
                   "sign an agreement": bench.sign_agreement()}
        bench.window.close()
        bench.services.close()
    print(f"machine load: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (counts do not depend on it)")
    print(f"{'guarded calls per action':<26}{'before':>10}{'now':>10}{'ratio':>7}"
          f"{'  of which the audit log':>25}")
    for label, (during, after, calls, later) in results.items():
        before = BEFORE.get(label)
        was = f"{before[0]} + {before[1]}" if before else "?"
        ratio = f"{(during + after) / sum(before):.2f}" if before else ""
        audit = sum(1 for name in later if name.startswith("audit."))
        print(f"{label:<26}{was:>10}{f'{during} + {after}':>10}{ratio:>7}{audit:>25}")
        if verbose:
            print("    during:", ", ".join(calls))
            print("    pages visited after:", ", ".join(later))
    print("(a + b: calls during the action + calls when every other page is next shown;\n"
          " before, the audit log page never refreshed: it showed what it read when built)")


if __name__ == "__main__":
    main()
