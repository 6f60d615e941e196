"""Benchmark: backups and start-up checks over a large database (issue 16.1).

Run: .venv/bin/python tests/benchmarks/bench_backup.py [PARTIES] [RUNS]
Prints the database size, the machine load, and medians of: the check every start
makes (header and schema) against quick_check and the full integrity_check it
replaced on the path to the login, the quit after only looking (no backup) and after a
change (a backup), a backup (online API copy + integrity_check + single-file), an
encrypted export (the same + scrypt + AES-GCM + read-back check) and a verify. The
reference is `python -c pass` timed in the same process's machine state.
"""
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchkit import alternate, machine_load, report_ratio

from microcourt.db.sqlite_checks import SCHEMA, check_file
from microcourt.services import open_services
from microcourt.services.backups.integrity import full_check, quick_check
from microcourt.services.demo.bulk import fill_bulk
from microcourt.services.kernel.progress import run_to_end


def median_of(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(parties: int, runs: int) -> None:
    print(machine_load())
    with tempfile.TemporaryDirectory() as work:
        services = open_services(Path(work) / "data")
        run_to_end(fill_bulk(services, parties=parties, cases=parties // 5))
        database = services.ctx.paths.database
        print(f"{parties:,} parties, database {database.stat().st_size / 2**20:.1f} MB")
        reference = alternate({"python": [sys.executable, "-c", "pass"]}, runs)["python"]
        checks = {"schema check (every start)": lambda: check_file(database, SCHEMA),
                  "quick_check (before)": lambda: quick_check(database),
                  "integrity_check (full)": lambda: full_check(database)}
        for label, action in checks.items():
            report_ratio(label, median_of(action, runs), "python -c pass", reference)
        services.backups.create()
        report_ratio("quit after only looking", median_of(services.backups.on_exit, runs),
                     "python -c pass", reference, target=3 / reference)

        def quit_after_a_change():
            services.settings.set("idle_lock_minutes", str(time.monotonic_ns() % 50 + 5))
            services.backups.on_exit()
        report_ratio("quit after a change (backup)", median_of(quit_after_a_change, 1),
                     "python -c pass", reference)
        info = services.backups.create()
        stick = Path(work) / "stick"
        stick.mkdir()
        report_ratio("encrypted export", median_of(
            lambda: services.backups.export(stick, "benchmark"), 1), "python -c pass", reference)
        report_ratio("verify plain backup", median_of(
            lambda: services.backups.verify(info.path), 1), "python -c pass", reference)
        services.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000,
         int(sys.argv[2]) if len(sys.argv) > 2 else 5)
