"""Benchmark: the party search box over 100,000 parties.

Run: .venv/bin/python tests/benchmarks/bench_party_search.py [PARTIES] [QUERIES]
Targets (issue 16.4): every kind of query p95 <= 10 ms at 100,000 parties and <= 20 ms at
1,000,000. Measured per query what the list asks on each keystroke: `count(text,
at_most=1000)` and the first window `search(text, 0, 200)`; then a scroll to a later
window. The reference, run in the same process between the queries: the first window of
the unfiltered list (`search("", 0, 200)`), the cheapest thing the list ever asks.
Prints the machine load and p50 / p95 / max per kind, and each p95's ratio to it.
"""
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select, update

from microcourt.db.models import Party
from microcourt.db.models.parties import search_key_values
from microcourt.services import open_services
from microcourt.services.demo.bulk import fill_bulk
from microcourt.services.kernel.progress import run_to_end

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchkit import machine_load  # noqa: E402

CAP = 1000  # ui/parties/table_model.SEARCH_CAP
WINDOW = 200  # ui/parties/table_model.WINDOW


def fill(services, parties: int) -> None:
    start = time.perf_counter()
    run_to_end(fill_bulk(services, parties=parties, cases=parties // 5))
    _complete_search_keys(services)
    print(f"filled {parties:,} parties in {time.perf_counter() - start:.1f} s")


def _complete_search_keys(services) -> None:
    """Rows written by Core inserts that left the newer search columns empty."""
    with services.ctx.db.transaction() as s:
        rows = s.execute(select(Party.id, Party.name, Party.id_number, Party.phone)
                         .where(Party.phone.is_not(None), Party.phone_digits.is_(None))).all()
        if rows:
            s.execute(update(Party), [dict(id=r.id, **search_key_values(r.name, r.id_number,
                                                                         r.phone)) for r in rows])
            print(f"(filled search keys of {len(rows):,} bulk rows)")


def queries(services, count: int, seed: int = 7) -> list[tuple[str, str]]:
    """(kind, text) drawn from real rows, so most queries find someone."""
    rng = random.Random(seed)
    with services.ctx.db.reading() as s:
        sample = s.execute(select(Party.name, Party.name_pinyin, Party.name_initials,
                                  Party.id_number, Party.phone_digits)
                           .order_by(Party.id).limit(20_000)).all()
    makers = {
        "name": lambda p: p.name,
        "name part": lambda p: p.name[1:3] if len(p.name) > 2 else p.name[:1],
        "surname": lambda p: p.name[:1],
        "pinyin": lambda p: p.name_pinyin,
        "pinyin prefix": lambda p: p.name_pinyin[:rng.randint(3, 6)],
        "initials": lambda p: p.name_initials[:3],
        "id tail": lambda p: p.id_number[-rng.randint(4, 6):],
        "phone end": lambda p: p.phone_digits[-4:],
        "phone 3": lambda p: p.phone_digits[rng.randint(3, 8):][:3],
        "phone 7": lambda p: p.phone_digits[-7:],
        "two words": lambda p: f"{p.name[:1]} {p.phone_digits[-4:]}",
    }
    kinds = list(makers)
    return [(kinds[i % len(kinds)], makers[kinds[i % len(kinds)]](rng.choice(sample)))
            for i in range(count)]


def _timed(timings: dict, kind: str, call) -> object:
    start = time.perf_counter()
    result = call()
    timings.setdefault(kind, []).append((time.perf_counter() - start) * 1000)
    return result


def measure(services, cases: list[tuple[str, str]]) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {}
    parties = services.parties

    def keystroke(text):
        found = parties.count(text, at_most=CAP)
        return found, parties.search(text, 0, WINDOW)

    for kind, text in cases:
        found, _rows = _timed(timings, kind, lambda text=text: keystroke(text))
        offset = max(0, min(found, CAP) - WINDOW) // 2  # scroll half-way down
        _timed(timings, "scroll window",
               lambda text=text, offset=offset: parties.search(text, offset, WINDOW))
        _timed(timings, "reference", lambda: parties.search("", 0, WINDOW))
    return timings


def _p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def report(timings: dict[str, list[float]]) -> None:
    reference = statistics.median(timings["reference"])

    def line(label, values):
        p95 = _p95(values)
        print(f"{label:<14} n={len(values):>4}  p50={statistics.median(values):6.2f} ms  "
              f"p95={p95:6.2f} ms  max={max(values):6.2f} ms  p95/reference={p95 / reference:5.2f}")
    for kind, values in timings.items():
        line(kind, values)
    line("ALL keystroke", [v for kind, values in timings.items()
                           if kind not in ("scroll window", "reference") for v in values])
    print(f"reference: the unfiltered list's first window, median {reference:.2f} ms")


def main(parties: int = 100_000, count: int = 330) -> None:
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(folder)
        try:
            print(machine_load())
            fill(services, parties)
            cases = queries(services, count)
            measure(services, cases[:20])  # warm the page cache
            report(measure(services, cases))
            print(machine_load())
        finally:
            services.close()


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:3]))
