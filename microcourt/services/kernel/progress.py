"""Long work is a generator yielding Progress; the UI turns it into a progress dialog
with cancel (ui/operations.py), the CLI prints it or ignores it. Cancelling means
closing the generator: jobs write inside one transaction, so nothing half-done stays."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    message: str = ""


def run_to_end(job: Iterator[Progress]):
    """Drive a job without a UI; returns the generator's return value."""
    while True:
        try:
            next(job)
        except StopIteration as stop:
            return stop.value
