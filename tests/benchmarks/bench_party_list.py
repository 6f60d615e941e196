"""Benchmark: the Parties page's list model over 100,000 parties.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_party_list.py [PARTIES]
Targets: opening the list (count + first window) and each further window well under
100 ms, so the page opens at once and scrolling never stutters; a search as typed
(count + first window, after the 200 ms debounce) under 50 ms.
"""
import statistics
import sys
import tempfile
import time

from PySide6.QtWidgets import QApplication

from microcourt.services import open_services
from microcourt.services.demo.bulk import fill_bulk
from microcourt.services.kernel.progress import run_to_end
from ui.parties.table_model import PartyTableModel


def _ms(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def main(parties: int = 100_000) -> None:
    app = QApplication.instance() or QApplication([])  # noqa: F841 - models need one
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(folder)
        try:
            run_to_end(fill_bulk(services, parties=parties, cases=0))
            model = PartyTableModel(services.parties)
            print(f"open the list of {parties:,}: {_ms(lambda: model.set_search('')):.1f} ms "
                  f"({model.rowCount()} rows loaded of {model.total():,})")
            windows = [_ms(model.fetchMore) for _ in range(20)]
            print(f"next window: p50={statistics.median(windows):.1f} ms "
                  f"max={max(windows):.1f} ms")
            for text in ("w", "wang", "wxm", "1234", "138", "王 12"):
                print(f"search {text!r:8}: {_ms(lambda text=text: model.set_search(text)):6.1f} ms "
                      f"({model.total():,} found)")
        finally:
            services.close()


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:2]))
