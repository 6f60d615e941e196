"""Shared pieces of the benchmarks (issue 16.6): the machine load a figure was taken
under, whole commands timed in alternation with their reference, medians and ratios.

The machine is shared and noisy, so a figure is only worth its reference run beside it:
`alternate` runs each command once per round, in turn, so that every command sees the
same load, and reports medians."""
from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Mapping, Sequence


def machine_load() -> str:
    """The 1/5/15-minute load averages and the number of cores, for the printout."""
    try:
        one, five, fifteen = os.getloadavg()
    except (AttributeError, OSError):  # Windows has no load average
        return f"load average: n/a on this system, {os.cpu_count()} cores"
    return f"load average {one:.2f} / {five:.2f} / {fifteen:.2f} on {os.cpu_count()} cores"


def time_command(argv: Sequence[str], env: Mapping[str, str] | None = None) -> float:
    """Wall-clock seconds from spawning `argv` to its exit (output discarded); a failing
    command fails the benchmark rather than producing a flattering figure."""
    started = time.perf_counter()
    subprocess.run(list(argv), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True,
                   env=None if env is None else {**os.environ, **env})
    return time.perf_counter() - started


def alternate(commands: Mapping[str, Sequence[str]], runs: int,
              env: Mapping[str, str] | None = None) -> dict[str, float]:
    """The median seconds of each named command, the commands run in turn `runs` times
    (after one unmeasured warm-up round that fills the OS file cache)."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(runs + 1):
        for name, argv in commands.items():
            seconds = time_command(argv, env)
            if round_:
                times[name].append(seconds)
    return {name: statistics.median(values) for name, values in times.items()}


def report_ratio(name: str, seconds: float, reference_name: str, reference: float,
                 target: float | None = None) -> bool:
    """Print one line: figure, reference, ratio (and the target); True when within it."""
    ratio = seconds / reference if reference else float("inf")
    verdict = ""
    if target is not None:
        verdict = f"  target <= {target:g}x: {'met' if ratio <= target else 'NOT met'}"
    print(f"{name:<34} {seconds * 1000:8.1f} ms   {ratio:5.2f}x {reference_name}"
          f" ({reference * 1000:.1f} ms){verdict}")
    return target is None or ratio <= target
