"""Benchmark: judicial-confirmation packets for the demo's 77-worker wage case.

Run: .venv/bin/python tests/benchmarks/bench_filing.py
Targets (issue 6): one packet in at most 150 ms; the 77 per-claimant packets in at most
3 s on the 2-core development machine. Fonts are parsed once per process, before timing
(the first document of a session pays about 0.2 s more). Peak memory: the process's
resident peak (ru_maxrss) and the Python heap's peak during the 77 (tracemalloc, run
separately because tracing slows the run down).
"""
import resource
import tempfile
import time
import tracemalloc
from pathlib import Path

from microcourt.documents.fonts import register_fonts
from microcourt.services import open_services
from microcourt.services.demo.service import load_demo
from microcourt.services.kernel.progress import run_to_end

WAGE_CASE = "上田微调〔2026〕第11号"
LEASE_CASE = "上田微调〔2026〕第12号"


def timed(job) -> float:
    start = time.perf_counter()
    run_to_end(job)
    return time.perf_counter() - start


def cpu_timed(job) -> float:
    """CPU seconds: what the run costs when other programs share the machine."""
    start = time.process_time()
    run_to_end(job)
    return time.process_time() - start


def main() -> None:
    register_fonts()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        services = open_services(root / "data")
        run_to_end(load_demo(services))
        filings = services.filings
        timed(filings.generate(LEASE_CASE, root / "warm"))  # fallback fonts, imports
        one = min(timed(filings.generate(LEASE_CASE, root / "one")) for _ in range(5))
        print(f"one packet (two parties, joint): {one * 1000:.0f} ms")
        joint = timed(filings.generate(WAGE_CASE, root / "joint", mode="joint"))
        print(f"one joint packet for all 78 parties: {joint * 1000:.0f} ms")
        runs = [timed(filings.generate(WAGE_CASE, root / "batch")) for _ in range(3)]
        print(f"77 per-claimant packets: best {min(runs):.2f} s, runs "
              + ", ".join(f"{r:.2f}" for r in runs) + f" ({min(runs) / 77 * 1000:.0f} ms each)")
        cpu = cpu_timed(filings.generate(WAGE_CASE, root / "batch"))
        print(f"77 per-claimant packets: {cpu:.2f} s of CPU time")
        size = sum(p.stat().st_size for p in (root / "batch").rglob("*.pdf"))
        print(f"77 packets on disk: {size / 1e6:.1f} MB")
        tracemalloc.start()
        run_to_end(filings.generate(WAGE_CASE, root / "traced"))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"Python heap peak during the 77: {peak / 1e6:.1f} MB")
        print(f"process peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        services.close()


if __name__ == "__main__":
    main()
