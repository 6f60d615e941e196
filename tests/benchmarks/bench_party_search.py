"""Benchmark: the party search box over 100,000 parties.

Run: .venv/bin/python tests/benchmarks/bench_party_search.py [PARTIES] [QUERIES]
Target: core search p95 <= 20 ms. Measured per query: `page(text)`, what the list asks on
each keystroke (the total and the first 100 rows), and a scroll to a later window with
`search(text, offset, 100)`. Prints p50 / p95 / max per kind of query and overall.
"""
import random
import statistics
import sys
import tempfile
import time

from sqlalchemy import select, update

from microcourt.db.models import Party
from microcourt.db.models.parties import search_key_values
from microcourt.services import open_services
from microcourt.services.demo.bulk import fill_bulk
from microcourt.services.kernel.progress import run_to_end


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
    for kind, text in cases:
        page = _timed(timings, kind, lambda text=text: parties.page(text))
        offset = max(0, page.total - 100) // 2  # scroll half-way down
        _timed(timings, "scroll window", lambda text=text, offset=offset: parties.search(text, offset, 100))
    for offset in range(0, 100_000, 5_000):  # the unfiltered list, top to bottom
        _timed(timings, "full list", lambda offset=offset: parties.page("", offset, 100))
    return timings


def report(timings: dict[str, list[float]]) -> None:
    def line(label, values):
        values = sorted(values)
        p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
        print(f"{label:<14} n={len(values):>4}  p50={statistics.median(values):6.2f} ms  "
              f"p95={p95:6.2f} ms  max={values[-1]:6.2f} ms")
    for kind, values in timings.items():
        line(kind, values)
    line("ALL", [v for values in timings.values() for v in values])
    line("ALL keystroke", [v for kind, values in timings.items() if kind != "scroll window"
                           for v in values])


def main(parties: int = 100_000, count: int = 330) -> None:
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(folder)
        try:
            fill(services, parties)
            cases = queries(services, count)
            measure(services, cases[:20])  # warm the page cache
            report(measure(services, cases))
        finally:
            services.close()


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:3]))
