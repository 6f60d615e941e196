"""Child process of tests/core/db/test_start_kills.py (issue 12, items 2 and 9).

A fork server like crash_writer.py: it imports everything once, then for each line on
stdin forks a child that does one thing and is SIGKILLed by the test at a random moment:

    open DIR            start as the window does (create, or upgrade an old database)
    export DIR FOLDER   an encrypted export to FOLDER

The child prints "ready" just before the work and "done" after it; the server prints
"pid <pid>" and, once the child has died and been reaped, "ended".
"""
from __future__ import annotations

import os
import sys

from microcourt.paths import DataPaths
from microcourt.services import open_services
from microcourt.services.backups import crypto
from microcourt.services.backups.integrity import open_or_recover
from microcourt.services.backups.service import export_backup

PASSWORD = "很长的密码12345"
crypto.KDF_COST_LOG2 = 12  # the same format, a 32nd of the work: more kills per second


def say(line: str) -> None:
    """One write per line: the server and its child share the pipe, and a print may
    write a line in two pieces that the other's line gets between."""
    os.write(1, (line + "\n").encode("utf-8"))


def act(words: list[str]) -> None:
    if words[0] == "open":
        say("ready")
        recovery = open_or_recover(DataPaths(words[1]))
        assert not recovery.damaged, recovery.problem
    elif words[0] == "export":
        services = open_services(words[1])
        say("ready")
        export_backup(services.ctx, words[2], PASSWORD)
    say("done")


def serve() -> None:
    say("server ready")
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                act(line.split())
            except BaseException:
                import traceback
                say("error " + traceback.format_exc().replace("\n", " | ")[:3000])
            finally:
                os._exit(0)
        say(f"pid {pid}")
        os.waitpid(pid, 0)
        say("ended")


if __name__ == "__main__":
    serve()
