"""Benchmark: backups and start-up checks over a large database.

Run: .venv/bin/python tests/benchmarks/bench_backup.py [PARTIES]
Prints the database size and the time of: the start-up quick_check and the full
integrity_check, a backup (online API copy + integrity_check + single-file), an
encrypted export (the same + scrypt + AES-GCM + read-back check) and a verify.
"""
import sys
import tempfile
import time
from pathlib import Path

from microcourt.services import open_services
from microcourt.services.backups.integrity import full_check, quick_check
from microcourt.services.demo.bulk import fill_bulk
from microcourt.services.kernel.progress import run_to_end


def timed(label: str, action):
    start = time.perf_counter()
    result = action()
    print(f"{label:<28} {time.perf_counter() - start:6.2f} s")
    return result


def main(parties: int) -> None:
    with tempfile.TemporaryDirectory() as work:
        services = open_services(Path(work) / "data")
        run_to_end(fill_bulk(services, parties=parties, cases=parties // 5))
        database = services.ctx.paths.database
        print(f"{parties:,} parties, database {database.stat().st_size / 2**20:.1f} MB")
        timed("quick_check (every start)", lambda: quick_check(database))
        timed("integrity_check (full)", lambda: full_check(database))
        info = timed("backup create", services.backups.create)
        stick = Path(work) / "stick"
        stick.mkdir()
        exported = timed("encrypted export", lambda: services.backups.export(stick, "benchmark"))
        timed("verify plain backup", lambda: services.backups.verify(info.path))
        timed("verify encrypted backup", lambda: services.backups.verify(exported.path,
                                                                        "benchmark"))
        services.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
