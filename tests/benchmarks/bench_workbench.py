"""Benchmark: the workbench and the statistics page over 20,000 cases (issue 8 item 6).

Run: .venv/bin/python tests/benchmarks/bench_workbench.py
Target: the workbench and the statistics page each open in at most 300 ms of query time.
Data: the demo, then fill_bulk's 100,000 parties and 20,000 cases, then an agreement
with three installments (some paid, some overdue) for every fourth bulk case, a filing
for those past agreement, and a timeline outcome event: so every query has rows to do.
Each query group is timed (best of 5 after a warm-up), then the whole page.
"""
import random
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert, select

from microcourt.db.models import Agreement, Case, CaseEvent, Filing, Installment, Payment
from microcourt.services.agreements import installments
from microcourt.services.demo.bulk import fill_bulk
from microcourt.services.demo.service import load_demo
from microcourt.services.filings.service import FilingsService
from microcourt.services.kernel.progress import run_to_end
from microcourt.services.reports import early_warnings as ew
from microcourt.services.reports import statistics as st
from microcourt.services.reports import workbench as wb
from microcourt.services.reports.statistics import StatisticsService
from microcourt.services.reports.statistics_dto import Period
from microcourt.services.reports.workbench import WorkbenchService
from microcourt.timeutil import local, now_utc, today_local

AFTER_AGREEMENT = ("agreed", "applied", "confirmed", "refused", "performed")


def best(call, runs: int = 5) -> float:
    call()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def add_agreements(services, today) -> int:
    rng = random.Random(8)
    with services.ctx.db.transaction() as s:
        cases = s.execute(select(Case.id, Case.received_on, Case.status)
                          .where(Case.summary == "批量测试数据")).all()
        first_agreement = (s.scalar(select(Agreement.id).order_by(Agreement.id.desc())) or 0) + 1
        first_installment = (s.scalar(select(Installment.id).order_by(Installment.id.desc()))
                             or 0) + 1
        agreements, plans, payments, filings, events = [], [], [], [], []
        chosen = [row for row in cases if row.status in AFTER_AGREEMENT and rng.random() < 0.5]
        for n, (case_id, received, status) in enumerate(chosen):
            agreement_id = first_agreement + n
            effective = min(received + timedelta(days=rng.randrange(5, 60)), today)
            agreements.append(dict(id=agreement_id, case_id=case_id, version=1, status="signed",
                                   effective_on=effective, total_fen=300_000,
                                   created_at=now_utc(), updated_at=now_utc()))
            events.append(dict(case_id=case_id, at=local(effective.year, effective.month,
                                                         effective.day, 10),
                               actor="批量数据", kind="status", to_status="agreed", note=""))
            for seq in range(1, 4):
                installment_id = first_installment + 3 * n + seq - 1
                due = effective + timedelta(days=30 * seq)
                plans.append(dict(id=installment_id, agreement_id=agreement_id, seq=seq,
                                  due_on=due, amount_fen=100_000))
                if due < today and rng.random() < 0.7:
                    payments.append(dict(installment_id=installment_id, paid_on=due,
                                         amount_fen=100_000, note="", recorded_at=now_utc()))
            if status != "agreed":
                ruled = status in ("confirmed", "refused", "performed")
                filings.append(dict(
                    case_id=case_id, agreement_id=agreement_id, mode="joint",
                    status="refused" if status == "refused" else
                    "confirmed" if ruled else "submitted",
                    submitted_on=effective + timedelta(days=3), court_case_number="（2025）浙0185民特1号",
                    ruling_on=effective + timedelta(days=20) if ruled else None,
                    created_at=now_utc(), updated_at=now_utc(), notes=""))
        for model, rows in ((Agreement, agreements), (Installment, plans), (Payment, payments),
                            (Filing, filings), (CaseEvent, events)):
            if rows:
                s.execute(insert(model.__table__), rows)
        return len(agreements)


def main() -> None:
    today = today_local()
    with tempfile.TemporaryDirectory() as folder:
        services = __import__("microcourt.services", fromlist=["open_services"]).open_services(
            Path(folder) / "data")
        run_to_end(load_demo(services))
        run_to_end(fill_bulk(services, parties=100_000, cases=20_000, today=today))
        print(f"data: 20,000 bulk cases + the demo; {add_agreements(services, today)} "
              "bulk agreements with 3 installments each")
        db = services.ctx.db

        def in_session(function, *args):
            def call():
                with db.reading() as session:
                    return function(session, today, *args)
            return call

        filings = FilingsService(services.ctx)
        groups = {
            "hearings today/tomorrow": in_session(wb.hearing_items),
            "confirmation windows": lambda: filings.windows_closing(7, today, include_missed=True),
            "overdue installments": in_session(installments.overdue),
            "stale drafts": in_session(wb.stale_drafts),
            "returned filings": in_session(wb.returned_filings),
            "warning: mass disputes": in_session(ew.mass_disputes),
            "warning: repeat parties": in_session(ew.repeat_parties),
            "warning: enforcement": in_session(ew.enforcement_due),
            "warning: idle cases": in_session(ew.idle_cases),
        }
        for name, call in groups.items():
            print(f"  {name:<28}{best(call):7.1f} ms")
        bench = WorkbenchService(services.ctx)
        print(f"workbench total: {best(lambda: bench.build(today)):.1f} ms "
              f"({len(bench.build(today).items)} items)   target <= 300 ms")
        stats = StatisticsService(services.ctx)
        year = Period.whole_year(today.year - 1)
        families = {name: getattr(st, name) for name in (
            "case_counts", "mediation_outcomes", "amounts", "confirmation_outcomes",
            "durations", "elderly_share")}
        for name, function in families.items():
            def call(function=function):
                with db.reading() as session:
                    function(session, year)
            print(f"  {name:<28}{best(call):7.1f} ms  ({year.label})")
        for period in (Period.month(today.year, today.month),
                       Period.quarter(today.year, (today.month - 1) // 3 + 1), year):
            print(f"statistics {period.label}: {best(lambda period=period: stats.compute(period)):.1f} ms"
                  "   target <= 300 ms")
        page = best(lambda: (stats.compute(year), stats.received_by_month(year.year)))
        print(f"statistics page (year + monthly trend): {page:.1f} ms   target <= 300 ms")
        services.close()


if __name__ == "__main__":
    main()
