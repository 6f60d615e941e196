"""Every write of every service reports what it changed (issue 15 item 3).

The write methods are every public method of every service on the facade except the
reads named below: a new method counts as a write until it is named a read, and then
this test fails until a step here calls it. Each step runs one write while a recorder is
open, and the database is compared table by table before and after: every row the write
inserted, updated or deleted must be covered by the Changes it reported (its own id and
its case's), and a write must report something (an export at least the audit log it
wrote to). The comparison reads the tables, not the ORM, so a Core statement or a file
the capture does not see is caught as well."""
from __future__ import annotations

import inspect
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from pathlib import Path

import pytest
from cases_support import LIAISON, case_with_sides, draft, mediator, person
from filing_support import PROFILE, signed_case
from hearing_support import World as HearingWorld
from hearing_support import at, hearing_draft, monday_in_weeks
from scan_support import write_scans
from sqlalchemy import select, text

from microcourt.db.models import Filing, Installment
from microcourt.errors import ValidationErrors
from microcourt.services import Services, open_services
from microcourt.services.accounts.service import OperatorDraft
from microcourt.services.agreements.dto import AgreementDraft, InstallmentRow, SignatureEntry
from microcourt.services.audit import chain as audit
from microcourt.services.filings.dto import FilingUpdate
from microcourt.services.kernel.changes import Changes, recording
from microcourt.services.kernel.progress import run_to_end
from microcourt.services.mediators.service import MediatorDraft
from microcourt.services.parties.dto import (
    AgentDraft,
    ConsentRecord,
    PartyDraft,
    PropertyLeadDraft,
)
from microcourt.services.reports.statistics_dto import Period
from microcourt.timeutil import LOCAL_ZONE

ID_NUMBER = "11010519491231002x"  # valid, lowercase x

READS = {
    "settings": {"get", "is_first_start", "profile"},
    "demo": {"is_empty"},
    "backups": {"list", "preview_restore", "data_check"},
    "cases": {"draft_for_edit", "get_case", "list_cases", "matching_ids", "totals"},
    "mediators": {"get", "list"},
    "parties": {"agents", "count", "draft_for_edit", "existing_identities",
                "find_by_identity", "get", "is_linked", "page", "property_leads", "search"},
    "agreements": {"case_id_for_number", "confirmation_window", "count_overdue", "current",
                   "get", "in_force", "overdue_installments", "versions", "windows_closing"},
    "agreements.templates": {"list"},
    "filings": {"check", "current", "get", "list_for_case", "window", "windows_closing"},
    "hearings": {"agenda", "check", "default_participants", "draft_for_edit",
                 "mediator_clashes", "next_free_slot",
                 "due_reminders", "get", "list_for_case", "list_range", "reminder_minutes",
                 "tomorrow_calls", "week"},
    "accounts": {"get", "has_operators", "list"},
    "audit": {"count", "distinct_values", "query", "verify"},
    "workbench": {"build", "warnings"},
    "statistics": {"compute", "received_by_month"},
    "reports": {"enforcement_check", "enforcement_debtors", "monthly"},
    "readings": {"agreement_status", "engine_choice", "filing_documents", "for_case",
                 "script"},
    "scans": {"scan_of"},
}
# Writes whose only trace in the database is the audit entry (a document, a check).
AUDIT_ONLY = {"parties.write_consent_notice", "parties.reveal_id_number",
              "agreements.write_pdf", "hearings.build_notices", "hearings.export_ics",
              "hearings.ics_bytes", "reports.write_monthly", "reports.write_enforcement",
              "audit.record_document", "accounts.logout", "backups.verify", "backups.export",
              "backups.export_job", "accounts.check_password", "readings.write_wav"}
# Writes of files a page lists, with what they must report.
FILES = {"backups.create": "backups", "backups.if_due": "backups",
         "backups.on_exit": "backups", "backups.restore": "everything",
         "backups.restore_job": "everything", "demo.load": "everything"}


def service_objects(services) -> dict[str, object]:
    """Every service the facade hands out, and the services they hold (templates)."""
    found = {}
    for name, value in vars(Services).items():
        if isinstance(value, cached_property):
            guarded = getattr(services, name)
            service = getattr(guarded, "_service", guarded)
            found[name] = service
            for attribute, inner in vars(service).items():
                if not attribute.startswith("_") and hasattr(inner, "ctx") and attribute != "ctx":
                    found[f"{name}.{attribute}"] = inner
    return found


def public_methods(service) -> set[str]:
    return {name for name, _ in inspect.getmembers(type(service), callable)
            if not name.startswith("_")}


def write_methods(services) -> set[str]:
    return {f"{area}.{method}" for area, service in service_objects(services).items()
            for method in public_methods(service) - READS.get(area, set())}


# -- the database, table by table ----------------------------------------------------

@dataclass
class Snapshot:
    rows: dict[str, dict[tuple, tuple]]  # table -> primary key -> the whole row
    columns: dict[str, list[str]]

    def value(self, table: str, key, column: str):
        row = self.rows[table].get((key,))
        return None if row is None else row[self.columns[table].index(column)]


def snapshot(services) -> Snapshot:
    """Every row of every table, read with plain SQL (not the ORM whose capture is tested)."""
    database = services.ctx.paths.database
    files = [database, Path(f"{database}-wal")]
    stamp = tuple((f.stat().st_size, f.stat().st_mtime_ns) if f.exists() else None
                  for f in files)
    seen = _SEEN.get(database)
    if seen is None or seen[0] != stamp:  # unchanged files: the same rows (the demo's many)
        seen = _SEEN[database] = stamp, _read_tables(services)
    return seen[1]


_SEEN: dict[Path, tuple[tuple, Snapshot]] = {}


def _read_tables(services) -> Snapshot:
    rows, columns = {}, {}
    with services.ctx.db.engine.connect() as connection:
        tables = connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name != 'alembic_version'")).scalars().all()
        for table in tables:
            info = connection.execute(text(f'PRAGMA table_info("{table}")')).all()
            names = [column[1] for column in info]
            keys = [names.index(column[1]) for column in sorted(info, key=lambda c: c[5])
                    if column[5]]
            columns[table] = names
            rows[table] = {tuple(row[k] for k in keys): tuple(row)
                           for row in connection.execute(text(f'SELECT * FROM "{table}"'))}
    return Snapshot(rows, columns)


# table -> [(kind, column)]: what a changed row stands for; "->table.column" follows a
# column to the row it names there (in either snapshot) and takes that row's column.
STANDS_FOR = {
    "party": [("parties", "id")], "party_agent": [("parties", "party_id")],
    "property_lead": [("parties", "party_id")],
    "dispute_case": [("cases", "id")], "case_party": [("cases", "case_id")],
    "case_agent": [("cases", "case_party_id->case_party.case_id")],
    "case_mediator": [("cases", "case_id")], "case_event": [("cases", "case_id")],
    "mediator": [("mediators", "id")],
    "hearing": [("hearings", "id"), ("cases", "case_id")],
    "hearing_participant": [("hearings", "hearing_id"), ("cases", "hearing_id->hearing.case_id")],
    "hearing_change": [("hearings", "hearing_id"), ("cases", "hearing_id->hearing.case_id")],
    "agreement": [("agreements", "id"), ("cases", "case_id")],
    **{table: [("agreements", "agreement_id"), ("cases", "agreement_id->agreement.case_id")]
       for table in ("agreement_clause", "agreement_signature", "agreement_scan",
                     "installment")},
    "payment": [("agreements", "installment_id->installment.agreement_id")],
    "filing": [("filings", "id"), ("cases", "case_id")],
    "filing_document": [("filings", "filing_id"), ("cases", "filing_id->filing.case_id")],
    "clause_template": [("templates", "id")], "operator": [("accounts", "id")],
    "court_profile": [("profile", None)], "app_setting": [("settings", None)],
    "audit_entry": [("audit", None)], "case_number_counter": [],
    "document_reading": [("cases", "case_id"), ("parties", "party_id")],
    "party_search_gram": [("parties", "party_id")],
}


def expected_changes(before: Snapshot, after: Snapshot) -> dict[str, set]:
    """kind -> the ids the changed rows stand for (flags: {True})."""
    expected: dict[str, set] = defaultdict(set)
    for table, rows_after in after.rows.items():
        rows_before = before.rows.get(table, {})
        changed = [(key, rows_after.get(key) or rows_before.get(key))
                   for key in set(rows_before) | set(rows_after)
                   if rows_before.get(key) != rows_after.get(key)]
        assert table in STANDS_FOR, f"the test does not know table {table}"
        for key, row in changed:
            rules = STANDS_FOR[table]
            if table == "app_setting" and key == (audit.HEAD_KEY,):
                rules = STANDS_FOR["audit_entry"]  # the chain head moves with each entry
            for kind, column in rules:
                value = True if column is None else _follow(before, after, table, row, column)
                if value is not None:  # a nullable link (a reading without a case)
                    expected[kind].add(value)
    return expected


def _follow(before: Snapshot, after: Snapshot, table: str, row: tuple, path: str):
    column, _, target = path.partition("->")
    value = row[after.columns[table].index(column)]
    while target:
        hop, _, target = target.partition("->")
        other, other_column = hop.split(".")
        value = after.value(other, value, other_column) or before.value(other, value,
                                                                        other_column)
    return value


def covered(reported: Changes, expected: dict[str, set]) -> list[str]:
    """The expected ids (or flags) the report lacks."""
    if reported.everything:
        return []
    missing = []
    for kind, ids in expected.items():
        value = getattr(reported, kind)
        if isinstance(value, bool):
            if not value:
                missing.append(kind)
        else:
            missing += [f"{kind}:{i}" for i in sorted(i for i in ids if i is not None)
                        if i not in value]
    return missing


# -- the scenario ----------------------------------------------------------------------

SETUP = None  # a step that only prepares the next ones: not recorded, not checked

@dataclass
class World:
    services: Services
    spare: Services  # an empty database for the demo
    folder: Path
    ids: dict = field(default_factory=dict)

    def snapshots(self) -> list[Snapshot]:
        return [snapshot(self.services), snapshot(self.spare)]

    def __getattr__(self, name):
        try:
            return self.ids[name]
        except KeyError:
            raise AttributeError(name) from None


def consent() -> ConsentRecord:
    return ConsentRecord(on=date(2024, 1, 5), form="paper")


def bulk_import(services) -> list[int]:
    """The importer's way: validate a chunk, insert what passed, commit at the end."""
    with services.parties.bulk_create(consent()) as writer:
        return writer.insert(writer.validate([PartyDraft(
            name="职工九", gender="female", phone="13812340209", household_address="上田村5号")]))


def scenario(w: World) -> list[tuple[str, Callable[[], object]]]:
    """(method, call) in an order where each finds what it needs; calls read the ids the
    steps before them stored on `w`."""
    s = w.services
    keep = w.ids.__setitem__
    return [
        # The demo goes into an empty database of its own (its people would clash here).
        ("demo.load", lambda: run_to_end(w.spare.demo.load())),
        ("settings.save_profile", lambda: s.settings.save_profile(PROFILE)),
        ("settings.set", lambda: s.settings.set("idle_minutes", "12")),
        ("accounts.create_admin", lambda: keep("admin", s.accounts.create_admin(
            "yuxy", "俞晓燕", "correct horse 42", "correct horse 42").id)),
        ("accounts.login", lambda: s.act_as(s.accounts.login("yuxy", "correct horse 42"))),
        ("accounts.check_password", lambda: s.accounts.check_password("correct horse 42")),
        ("accounts.change_password", lambda: s.accounts.change_password(
            "correct horse 42", "battery staple 77", "battery staple 77")),
        ("accounts.create", lambda: keep("clerk", s.accounts.create(OperatorDraft(
            "clerk", "书记员", "read_only", None, "clerk pass 1234", "clerk pass 1234")).id)),
        ("accounts.update", lambda: s.accounts.update(w.clerk, OperatorDraft(
            "clerk", "书记员小王", "read_only", None, "", ""))),
        ("accounts.reset_password", lambda: s.accounts.reset_password(
            w.clerk, "other pass 5678", "other pass 5678")),
        ("accounts.deactivate", lambda: s.accounts.deactivate(w.clerk)),
        ("mediators.create", lambda: keep("mediator", s.mediators.create(MediatorDraft(
            name="潘美娟", phone="13957102267", organization="妇联")).id)),
        ("mediators.update", lambda: s.mediators.update(w.mediator, MediatorDraft(
            name="潘美娟", phone="13957102268", organization="临安区妇联"))),
        ("mediators.set_active", lambda: s.mediators.set_active(w.mediator, False)),
        ("parties.register", lambda: keep("applicant", s.parties.register(PartyDraft(
            name="王𠮷", id_number=ID_NUMBER, phone="13812340001",
            household_address="上田村1号"), consent()).id)),
        ("parties.update", lambda: s.parties.update(w.applicant, PartyDraft(
            name="王𠮷", id_number=ID_NUMBER, phone="13812340002",
            household_address="上田村2号"))),
        ("parties.set_consent", lambda: s.parties.set_consent(w.applicant, ConsentRecord(
            on=date(2024, 2, 1), form="paper", witness="俞晓燕"))),
        ("parties.add_agent", lambda: keep("agent", s.parties.add_agent(w.applicant, AgentDraft(
            kind="relative", name="王䶮", relation="儿子", phone="13812340003")).id)),
        ("parties.update_agent", lambda: s.parties.update_agent(w.agent, AgentDraft(
            kind="relative", name="王䶮", relation="儿子", phone="13812340004"))),
        ("parties.set_property_leads", lambda: s.parties.set_property_leads(w.applicant, [
            PropertyLeadDraft("bank", "农行临安支行 6228 0000 1111"),
            PropertyLeadDraft("vehicle", "浙A·12345")])),
        ("parties.create_many", lambda: keep("imported", s.parties.create_many([PartyDraft(
            name=f"职工{i}", gender="female", phone=f"1381234010{i}",
            household_address="上田村3号", imported_amount_fen=5_000)
            for i in range(3)], consent()))),
        ("parties.bulk_create", lambda: bulk_import(s)),
        ("parties.reveal_id_number", lambda: s.parties.reveal_id_number(w.applicant)),
        ("parties.write_consent_notice", lambda: s.parties.write_consent_notice(
            w.folder / "告知书.pdf", party_id=w.applicant)),
        ("cases.create_case", lambda: keep("case", s.cases.create_case(draft()).id)),
        ("cases.update_case", lambda: s.cases.update_case(w.case, draft(summary="拖欠租金。"))),
        ("cases.add_party", lambda: keep("link", _link(s.cases.add_party(
            w.case, w.applicant, "applicant"), w.applicant))),
        ("cases.set_claim_amount", lambda: s.cases.set_claim_amount(w.link, 120_000)),
        ("cases.attach_agent", lambda: s.cases.attach_agent(w.link, w.agent)),
        ("cases.detach_agent", lambda: s.cases.detach_agent(w.link, w.agent)),
        ("cases.claimants_from_parties", lambda: s.cases.claimants_from_parties(
            w.case, w.imported[:1])),
        ("cases.add_claimants", lambda: s.cases.add_claimants(w.case, [(w.imported[1], 9_000)])),
        ("cases.remove_party", lambda: s.cases.remove_party(
            _link_of(s, w.case, w.imported[1]))),
        (SETUP, lambda: keep("village_mediator", mediator(s, "章丽华", "13905718899"))),
        ("cases.add_mediator", lambda: keep("assignment", s.cases.add_mediator(
            w.case, w.village_mediator).mediator.id)),
        (SETUP, lambda: keep("second", s.cases.add_mediator(w.case, mediator(
            s, "胡荣新", "13905718898")).mediator.id)),
        ("cases.set_lead", lambda: s.cases.set_lead(w.second)),
        ("cases.record_link", lambda: s.cases.record_link(w.assignment, w.applicant, "邻居")),
        ("cases.decide_recusal", lambda: s.cases.decide_recusal(w.assignment, False,
                                                                 "只是同村，不影响公正。")),
        ("cases.add_note", lambda: s.cases.add_note(w.case, "电话通知了双方。")),
        (SETUP, lambda: s.cases.add_party(w.case, person(s, "张堃"), "respondent")),
        ("cases.change_status", lambda: s.cases.change_status(w.case, "in_mediation")),
        ("cases.remove_mediator", lambda: s.cases.remove_mediator(w.assignment)),
        *_hearing_steps(w),
        *_agreement_steps(w),
        ("agreements.templates.save", lambda: keep("template", s.agreements.templates.save(
            "lease", "押金", "出租方退还押金{金额}元。").id)),
        ("agreements.templates.delete", lambda: s.agreements.templates.delete(w.template)),
        ("reports.write_monthly", lambda: s.reports.write_monthly(
            Period("month", 2024, 3), w.folder / "月报.pdf")),
        ("audit.record_document", lambda: s.audit.record_document("print", "调解协议书", 3)),
        ("parties.remove_agent", lambda: s.parties.remove_agent(w.agent)),
        ("parties.withdraw_consent", lambda: s.parties.withdraw_consent(w.imported[2])),
        ("parties.delete", lambda: s.parties.delete(w.applicant)),
        *_backup_steps(w),
        ("accounts.logout", lambda: s.accounts.logout()),
    ]


def _link(detail, party_id: int) -> int:
    return next(p.id for p in detail.parties if p.party_id == party_id)


def _link_of(services, case_id: int, party_id: int) -> int:
    return _link(services.cases.get_case(case_id), party_id)


def _hearing_steps(w: World) -> list:
    s, keep = w.services, w.ids.__setitem__
    day = monday_in_weeks(2)
    started = datetime.now(LOCAL_ZONE).replace(second=0, microsecond=0) - timedelta(hours=2)
    return [
        (SETUP, lambda: keep("hearing_world", _hearing_world(s))),
        ("hearings.schedule", lambda: keep("hearing", s.hearings.schedule(
            hearing_draft(w.hearing_world, at(day, 9))).id)),
        ("hearings.update", lambda: s.hearings.update(w.hearing, hearing_draft(
            w.hearing_world, at(day, 9), room="调解室"))),
        ("hearings.reschedule", lambda: s.hearings.reschedule(
            w.hearing, at(day, 14), at(day, 15), "法官开庭冲突")),
        ("hearings.mark_reminded", lambda: s.hearings.mark_reminded(w.hearing)),
        ("hearings.build_notices", lambda: s.hearings.build_notices(
            w.hearing, w.folder / "通知.pdf")),
        ("hearings.export_ics", lambda: s.hearings.export_ics(w.folder / "h.ics", w.hearing)),
        ("hearings.ics_bytes", lambda: s.hearings.ics_bytes(w.hearing)),
        ("hearings.cancel", lambda: s.hearings.cancel(w.hearing, "当事人已和解")),
        ("hearings.set_reminder_minutes", lambda: s.hearings.set_reminder_minutes(45)),
        (SETUP, lambda: keep("started", s.hearings.schedule(hearing_draft(
            w.hearing_world, started, minutes=60)).id)),  # began two hours ago
        ("hearings.mark_held", lambda: s.hearings.mark_held(w.started, "adjourned", "下次再议")),
    ]


def _hearing_world(services) -> HearingWorld:
    """A lease case between two villagers, for the hearings (the demo's mediator names
    are taken, so not make_world)."""
    detail, applicant, respondent = case_with_sides(services)
    return HearingWorld(services, detail.id, detail.number, applicant, respondent, 0, 0)


def _agreement_steps(w: World) -> list:
    s, keep = w.services, w.ids.__setitem__
    terms = AgreementDraft(facts="拖欠租金。", items_in_dispute="租金。", responsibilities="租客负责。",
                           clauses=["租客支付租金。"], performance_way="转账",
                           signing_place="上田村微法庭")
    return [
        (SETUP, lambda: keep("signed", signed_case(s))),  # signed, per claimant
        (SETUP, lambda: keep("lease", _lease(s))),
        ("agreements.create_draft", lambda: keep("agreement", s.agreements.create_draft(
            w.lease[0]).id)),
        ("agreements.save_draft", lambda: s.agreements.save_draft(w.agreement, terms)),
        ("agreements.generate_installments", lambda: s.agreements.generate_installments(
            w.agreement, 300_000, 3, date(2024, 4, 1), payer_party_id=w.lease[2],
            payee_party_id=w.lease[1])),
        ("agreements.set_installments", lambda: s.agreements.set_installments(w.agreement, [
            InstallmentRow(date(2024, 4, 1), 300_000, w.lease[2], w.lease[1])])),
        ("agreements.discard_draft", lambda: s.agreements.discard_draft(w.agreement)),
        ("agreements.import_draft", lambda: keep("agreement", s.agreements.import_draft(
            w.lease[0], terms, [InstallmentRow(date(2024, 4, 1), 300_000, w.lease[2],
                                               w.lease[1])]).id)),
        ("agreements.new_version", lambda: keep("version", s.agreements.new_version(
            s.agreements.current(w.signed.case_id, date(2024, 3, 1)).id, "分期调整").id)),
        ("agreements.generate_per_claimant", lambda: s.agreements.generate_per_claimant(
            w.version, 1, date(2024, 5, 31), payer_party_id=w.signed.respondent)),
        ("agreements.record_signing", lambda: s.agreements.record_signing(w.version, [
            SignatureEntry(date(2024, 3, 2), party_id=p)
            for p in [*w.signed.applicants, w.signed.respondent]]
            + [SignatureEntry(date(2024, 3, 2), mediator_id=w.signed.mediator)],
            today=date(2024, 3, 3))),
        ("agreements.write_pdf", lambda: s.agreements.write_pdf(w.version, w.folder / "协议.pdf")),
        ("scans.attach", lambda: s.scans.attach(w.version, write_scans(w.folder / "scan"))),
        ("scans.remove", lambda: s.scans.remove(w.version)),
        ("agreements.record_payment", lambda: keep("payment", s.agreements.record_payment(
            _first_installment(s, w.version), date(2024, 4, 2), 10_000,
            today=date(2024, 4, 3)).payments[-1].id)),
        ("agreements.delete_payment", lambda: s.agreements.delete_payment(w.payment)),
        ("filings.generate", lambda: run_to_end(s.filings.generate(
            w.signed.case_id, w.folder / "packets", today=date(2024, 3, 5)))),
        ("filings.update", lambda: s.filings.update(
            [f.id for f in s.filings.list_for_case(w.signed.case_id)],
            FilingUpdate(status="submitted", submitted_on=date(2024, 3, 6),
                         platform="mobile_micro_court"), today=date(2024, 3, 6))),
        ("reports.write_enforcement", lambda: s.reports.write_enforcement(
            _confirmed(s, w.signed.case_id), w.folder / "执行.pdf", today=date(2024, 8, 1))),
        *_reading_steps(w),
    ]


def _reading_steps(w: World) -> list:
    s = w.services

    def read_agreement():
        agreement = s.agreements.current(w.signed.case_id).id
        script = s.readings.script("agreement", w.signed.case_id, agreement)
        return s.readings.record("agreement", w.signed.case_id, agreement,
                                 w.signed.applicants[0], script.digest, True)

    def read_consent():
        party = w.signed.applicants[1]
        script = s.readings.script("consent_notice", None, party)
        return s.readings.record("consent_notice", None, party, party, script.digest, True)
    return [
        # in a case (its timeline), and the consent notice, in none
        ("readings.record", lambda: (read_agreement(), read_consent())),
        ("readings.write_wav", lambda: s.readings.write_wav(
            "agreement", w.signed.case_id, s.agreements.current(w.signed.case_id).id,
            w.folder / "协议.wav")),
        ("readings.set_engine_choice", lambda: s.readings.set_engine_choice("offline")),
    ]


def _lease(services) -> tuple[int, int, int]:
    """A lease case with a landlord and a tenant: (case, landlord, tenant)."""
    case = services.cases.create_case(draft(summary="商铺租金。")).id
    landlord, tenant = person(services, "李房东"), person(services, "赵租客")
    services.cases.add_party(case, landlord, "applicant")
    services.cases.add_party(case, tenant, "respondent")
    return case, landlord, tenant


def _first_installment(services, agreement_id: int) -> int:
    with services.ctx.db.reading() as session:
        return session.scalar(select(Installment.id).where(
            Installment.agreement_id == agreement_id).order_by(Installment.due_on))


def _confirmed(services, case_id: int) -> int:
    """The court confirmed the joint filing (recorded outside the step)."""
    with services.ctx.db.transaction() as session:
        for filing in session.scalars(select(Filing).where(Filing.case_id == case_id)):
            filing.status, filing.ruling_on = "confirmed", date(2024, 3, 20)
            filing.court_case_number = "（2024）浙0185民特123号"
    return case_id


def _backup_steps(w: World) -> list:
    s, keep = w.services, w.ids.__setitem__
    stick = w.folder / "stick"
    return [
        (SETUP, lambda: stick.mkdir()),
        ("backups.create", lambda: keep("backup", s.backups.create().path)),
        ("backups.if_due", lambda: s.backups.if_due()),
        (SETUP, lambda: s.mediators.create(MediatorDraft(name="俞国强"))),  # a change to back up
        ("backups.on_exit", lambda: s.backups.on_exit()),
        ("backups.verify", lambda: s.backups.verify(w.backup)),
        ("backups.export", lambda: s.backups.export(stick, "usb stick pass 1")),
        ("backups.export_job", lambda: run_to_end(s.backups.export_job(stick, "usb stick pass 2"))),
        ("backups.restore", lambda: s.backups.restore(w.backup)),
        ("backups.restore_job", lambda: run_to_end(s.backups.restore_job(w.backup))),
    ]


# -- the tests -------------------------------------------------------------------------

@pytest.fixture
def world(tmp_path):
    services = open_services(tmp_path / "data", actor=LIAISON)
    spare = open_services(tmp_path / "spare", actor=LIAISON)
    folder = tmp_path / "out"
    folder.mkdir()
    yield World(services, spare, folder)
    services.close()
    spare.close()


def test_every_write_method_has_a_step(world):
    stepped = [name for name, _call in scenario(world) if name is not SETUP]
    assert len(stepped) == len(set(stepped)), "a method is stepped twice"
    writes = write_methods(world.services)
    assert sorted(writes - set(stepped)) == [], "writes without a step (or reads not named)"
    assert sorted(set(stepped) - writes) == [], "steps for no such write"


def test_every_write_reports_what_it_changed(world):
    failures = []
    for name, call in scenario(world):
        if name is SETUP:
            call()
            continue
        before = world.snapshots()
        with recording() as recorder:
            call()
        reported = recorder.changes
        missing = [kind for old, new in zip(before, world.snapshots())
                   for kind in covered(reported, expected_changes(old, new))]
        if missing:
            failures.append(f"{name} did not report {missing}")
        if not reported:
            failures.append(f"{name} reported nothing")
        elif not reported.data and name not in AUDIT_ONLY:
            failures.append(f"{name} reported only the audit log")
        flag = FILES.get(name)
        if flag and not getattr(reported, flag):
            failures.append(f"{name} did not report {flag}")
    assert failures == [], "\n".join(failures)


def test_a_failed_write_reports_nothing(world):
    services = world.services
    with recording() as recorder, pytest.raises(ValidationErrors):
        services.parties.register(PartyDraft(name="", phone="123"))
    assert not recorder.changes
    with recording() as recorder:
        job = services.demo.load()
        next(job)  # the transaction is open and has written the court and the mediators
        job.close()  # cancelled: rolled back
    assert not recorder.changes and services.demo.is_empty()


def test_nothing_is_recorded_outside_a_recording(world):
    services = world.services
    with recording() as recorder:
        pass
    services.mediators.create(MediatorDraft(name="金德明", phone="0571-63758810"))
    assert not recorder.changes
    with services.ctx.db.engine.connect() as connection:
        assert connection.execute(text("select count(*) from mediator")).scalar() == 1
