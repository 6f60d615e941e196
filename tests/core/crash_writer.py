"""Child process of test_crash_safety.py.

A writer opens the data folder with the normal services (real engine, WAL,
synchronous=FULL) and registers parties until it is killed, printing
"<party id> <name>" after each commit.

Starting Python and importing the services takes ~0.9 s, too slow for 30 kills in a
unit test, so this runs as a small fork server: it imports everything once, then for
each "run N" line on stdin forks a writer, prints "pid <pid>", waits for the writer to
die (the test SIGKILLs it) and prints "ended".

    python crash_writer.py DATA_DIR
"""
from __future__ import annotations

import os
import sys
from datetime import date, timedelta

from microcourt.search_keys import name_keys
from microcourt.services import open_services
from microcourt.services.parties.dto import ConsentRecord, PartyDraft
from microcourt.services.parties.service import PartiesService  # noqa: F401 - imported before forking
from microcourt.validation.idcard import compose_resident_id

CONSENT = ConsentRecord(on=date(2026, 1, 5), form="paper")


def draft(number: int) -> PartyDraft:
    birth = date(1940, 1, 1) + timedelta(days=number // 1000)
    return PartyDraft(name=f"王𠮷{number}", id_number=compose_resident_id("330185", birth,
                                                                        number % 1000),
                      phone="13812345678", household_address="浙江省杭州市临安区上田村8号")


def write_forever(data_dir: str, number: int) -> None:
    services = open_services(data_dir)  # opened after the fork: nothing shared
    print("ready", flush=True)
    while True:
        detail = services.parties.register(draft(number), CONSENT)
        # Printed only after register() returned, i.e. after the commit.
        print(f"{detail.id} {detail.name}", flush=True)
        number += 1


def serve(data_dir: str) -> None:
    # One whole write here, before any fork, so that every lazy import and table a
    # register needs (SQLAlchemy's mappers, pypinyin, the character table, the guard)
    # is loaded once: a forked writer then commits within milliseconds of "ready",
    # as the kill delays assume. The party written here is before any kill.
    name_keys("王𠮷")
    warm = open_services(data_dir)
    try:
        warm.parties.register(draft(999_999), CONSENT)
    finally:
        warm.close()  # no connection crosses the fork
    print("server ready", flush=True)
    for line in sys.stdin:
        number = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(data_dir, number)
            except BaseException:  # say why, on the line protocol, before leaving
                import traceback
                print("error " + traceback.format_exc().replace("\n", " | "), flush=True)
            finally:
                os._exit(1)
        print(f"pid {pid}", flush=True)
        os.waitpid(pid, 0)
        print("ended", flush=True)


if __name__ == "__main__":
    serve(sys.argv[1])
