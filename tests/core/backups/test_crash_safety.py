"""Crash safety (issue 7, item 5): a writer killed with SIGKILL at random moments,
again and again, never loses a write it reported as committed and never leaves a
damaged database."""
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from microcourt.db.models import Party
from microcourt.paths import DataPaths
from microcourt.services import open_services
from microcourt.services.audit.chain import verify
from microcourt.services.backups.integrity import full_check

WRITER = Path(__file__).parents[1] / "crash_writer.py"
KILLS = 30
NUMBERS_PER_RUN = 100_000  # each run registers fresh ID numbers
REPORT = re.compile(r"^(\d+) (.+)$")

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and fork: POSIX")


class Writers:
    """The fork server of crash_writer.py: one writer process per run."""

    def __init__(self, data_dir: Path):
        self.server = subprocess.Popen([sys.executable, str(WRITER), str(data_dir)],
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE)
        self._expect(lambda line: line == "server ready")

    def _line(self) -> str:
        raw = self.server.stdout.readline()
        if not raw:
            raise AssertionError(f"writer died: {self.server.stderr.read().decode()}")
        return raw.decode("utf-8").rstrip("\n")

    def _expect(self, wanted) -> list[str]:
        lines = []
        while not wanted(line := self._line()):
            lines.append(line)
        return lines

    def run_and_kill(self, run: int, delay: float) -> dict[int, str]:
        """Start a writer, wait until it has opened the database, let it write for
        `delay` seconds and SIGKILL it; the commits it reported."""
        self.server.stdin.write(f"run {run * NUMBERS_PER_RUN}\n".encode())
        self.server.stdin.flush()
        pid, ready, lines = None, False, []
        while pid is None or not ready:  # "pid" and "ready" come in either order
            line = self._line()
            if line.startswith("pid "):
                pid = int(line.split()[1])
            elif line == "ready":
                ready = True
            elif line == "ended":  # it died before it was ready: say why, never wait on
                raise AssertionError(f"writer {run} ended before it was ready: {lines}")
            else:
                lines.append(line)
        time.sleep(delay)
        try:
            os.kill(pid, signal.SIGKILL)  # no clean-up, no flush, no checkpoint
        except ProcessLookupError:
            pass  # it stopped by itself: the lines below say why
        lines += self._expect(lambda line: line == "ended")
        errors = [line for line in lines if line.startswith("error ")]
        assert not errors, errors[0]
        return {int(found[1]): found[2] for line in lines if (found := REPORT.match(line))}

    def close(self) -> None:
        self.server.stdin.close()
        self.server.wait(timeout=10)


def test_sigkill_at_random_moments_loses_no_reported_write(tmp_path):
    data_dir = tmp_path / "data"
    open_services(data_dir).close()  # created and migrated once, as after installation
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    reported: dict[int, str] = {}
    writers = Writers(data_dir)
    try:
        for run in range(KILLS):
            reported |= writers.run_and_kill(run, rng.uniform(0.02, 0.2))
    finally:
        writers.close()

    print(f"{KILLS} kills, {len(reported)} reported writes (seed {seed})")
    report = full_check(DataPaths(data_dir).database)
    assert report.ok, f"seed {seed}: {report.problems}"
    services = open_services(data_dir)
    try:
        with services.ctx.db.reading() as session:
            stored = {row.id: row.name for row in session.execute(select(Party.id, Party.name))}
        missing = {pid: name for pid, name in reported.items() if stored.get(pid) != name}
        assert reported and not missing, f"seed {seed}: lost {missing}"
        # Each write's audit entry committed with it: the chain is whole.
        chain = verify(services.ctx)
        assert chain.ok and chain.checked == len(stored), f"seed {seed}: {chain}"
    finally:
        services.close()
