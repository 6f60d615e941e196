"""Issue 7: exports, printouts and generated documents leave an audit entry (and the
chain stays whole); none carries a full ID number."""
from datetime import date

import pytest
from sqlalchemy import select

from microcourt.db.models import AuditEntry
from microcourt.services import open_services
from microcourt.services.audit.chain import verify
from microcourt.services.demo.service import load_demo
from microcourt.services.kernel.progress import run_to_end


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    services = open_services(tmp_path_factory.mktemp("audit-exports"))
    run_to_end(load_demo(services, today=date(2026, 11, 23)))
    yield services
    services.close()


def _actions(services) -> list[tuple[str, str]]:
    with services.ctx.db.reading() as session:
        return [(row.action, row.details) for row in
                session.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_each_export_is_audited(demo, tmp_path):
    wage = next(c for c in demo.cases.list_cases() if c.claimants == 77)
    agreement = demo.agreements.current(wage.id)
    party = demo.parties.search("王")[0]
    hearing = demo.hearings.list_range(None, None)[0]
    demo.agreements.write_pdf(agreement.id, tmp_path / "a.pdf")
    demo.parties.write_consent_notice(tmp_path / "c.pdf", party_id=party.id)
    demo.hearings.export_ics(tmp_path / "h.ics", hearing_id=hearing.id)
    demo.reports.write_monthly("2026-10", tmp_path / "r.xlsx")
    demo.audit.record_document("print", "调解协议书", 3)
    actions = [action for action, _details in _actions(demo)]
    for wanted in ("agreement.pdf", "party.consent_notice", "hearing.ics", "report.monthly",
                   "document.print"):
        assert wanted in actions
    assert verify(demo.ctx).ok
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def test_no_full_id_number_in_the_audit_log(demo):
    with demo.ctx.db.reading() as session:
        from microcourt.db.models import Party
        numbers = [n for n in session.scalars(select(Party.id_number)) if n]
    details = " ".join(d for _a, d in _actions(demo))
    assert numbers and not any(number in details for number in numbers)


def test_every_action_the_services_record_has_a_chinese_name():
    """`audit list` shows what happened in words; a new action code needs its name."""
    import re
    from pathlib import Path

    from microcourt.services.audit.labels import ACTION_LABELS

    source = "\n".join(p.read_text(encoding="utf-8")
                       for p in Path("microcourt/services").rglob("*.py"))
    codes = set(re.findall(r'"((?:account|agreement|backup|case|clause_template|demo|'
                           r'document|enforcement|filing|hearing|mediator|party|report|'
                           r'settings)\.[a-z_]+)"', source))
    codes -= {"backup.db"}  # a file name in the backup code, not an action
    assert codes and codes <= set(ACTION_LABELS), sorted(codes - set(ACTION_LABELS))
