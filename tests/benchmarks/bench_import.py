"""Benchmark: import 10,000 and 100,000 parties from a CSV and an .xlsx, each in a fresh
interpreter, printing wall time and peak memory beside a reference run: the bare read of
the same file (openpyxl read-only / csv.reader), so the ratio shows what the import adds.

Run: .venv/bin/python tests/benchmarks/bench_import.py [ROWS ...]
Targets (issue 16.5): 100,000 rows validated and written in <= 15 s, peak <= 300 MB.
"""
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import csv, resource, sys, time
sys.path.insert(0, {tests!r})
mode, path, data = sys.argv[1:4]
start = time.perf_counter()
if mode == "import":
    from microcourt.importers import import_parties
    from microcourt.services import open_services
    from microcourt.services.kernel.progress import run_to_end
    services = open_services(data)
    start = time.perf_counter()  # the import alone, not creating the database
    report = run_to_end(import_parties(services, path, consent_on_file=True))
    assert report.ok, report.summary()
    count = len(report.imported_ids)
elif path.endswith(".csv"):
    with open(path, encoding="utf-8", newline="") as f:
        count = sum(1 for _ in csv.reader(f)) - 1
else:
    from openpyxl import load_workbook
    book = load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True)) - 1
print(count, time.perf_counter() - start,
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def write_files(folder: Path, rows: int) -> list[Path]:
    sys.path.insert(0, str(ROOT / "tests"))
    from fixtures.party_lists import HEADER, worker, write_csv, write_xlsx

    people = []
    for i in range(rows):
        person = worker(i % 5000 + 100)
        person["身份证号码"] = _unique_id(i)
        person["联系电话"] = f"139{i:08d}"
        person["出生日期"] = person["性别"] = None  # read from the ID number
        people.append(person)
    return [write_csv(folder / f"名单{rows}.csv", people, "utf-8"),
            write_xlsx(folder / f"名单{rows}.xlsx", people, HEADER)]


def _unique_id(i: int) -> str:
    from datetime import date, timedelta

    from microcourt.validation.idcard import compose_resident_id
    return compose_resident_id("330185", date(1950, 1, 1) + timedelta(days=i // 900),
                               i % 900)


def run(mode: str, path: Path, data: Path) -> tuple[int, float, float]:
    script = CHILD.format(tests=str(ROOT / "tests"))
    done = subprocess.run([sys.executable, "-c", script, mode, str(path), str(data)],
                          capture_output=True, text=True)
    if done.returncode:
        sys.exit(done.stderr[-1500:])
    count, seconds, peak = done.stdout.split()
    return int(count), float(seconds), float(peak)


def main(sizes: list[int]) -> None:
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} "
          f"on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as folder:
        for rows in sizes:
            for path in write_files(Path(folder), rows):
                read = run("read", path, Path(folder) / "unused")
                done = run("import", path, Path(folder) / f"data-{path.suffix}-{rows}")
                print(f"{path.suffix:5} {rows:>7,} rows: import {done[1]:6.1f} s "
                      f"{done[2]:5.0f} MB peak | bare read {read[1]:5.1f} s {read[2]:4.0f} MB"
                      f" | ratio {done[1] / read[1]:4.1f}x time, "
                      f"{done[2] / read[2]:3.1f}x memory")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 100_000])
