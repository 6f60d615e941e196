"""Benchmark: fill 100,000 parties + 20,000 cases, then list the cases.

Run: .venv/bin/python tests/benchmarks/bench_bulk.py [PARTIES CASES]
Targets: the fill well under a minute; the case list well under a second.
"""
import sys
import tempfile
import time

from microcourt.services import open_services
from microcourt.services.demo.bulk import fill_bulk
from microcourt.services.kernel.progress import run_to_end


def main(parties: int = 100_000, cases: int = 20_000) -> None:
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(folder)
        try:
            start = time.perf_counter()
            run_to_end(fill_bulk(services, parties=parties, cases=cases))
            print(f"fill_bulk {parties:,} parties + {cases:,} cases: "
                  f"{time.perf_counter() - start:.1f} s")
            start = time.perf_counter()
            listed = services.cases.list_cases()
            print(f"list_cases ({len(listed):,} rows): {time.perf_counter() - start:.3f} s")
        finally:
            services.close()


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:3]))
