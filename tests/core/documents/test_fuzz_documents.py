"""Fuzzing every PDF generator (issue 7 item 6) with names, clauses, rooms and court
particulars drawn from arbitrary Unicode: each document is either written (a real PDF
at the target path, giving back a printable name in its text layer) or refused with a
clear Chinese message, leaving nothing half-written behind.

Each example runs on a fresh data directory through the services, as the liaison would:
register or store parties, sign an agreement, then print. PDFs cost ~50-100 ms each, so
the examples are few."""
from __future__ import annotations

import re
import tempfile
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from filing_support import COMPANY_AGENT_ID, PROFILE, SIGNED_ON, TODAY, flat, pdf_text
from fixtures.agreement_cases import make_case
from fuzz_strategies import (
    SLOW,
    assert_clear_error,
    chinese_names,
    fuzz_text,
    long_text,
    names,
    outcome,
    printable_long_text,
    printable_text,
)
from hearing_support import at, hearing_draft, make_world, monday_in_weeks
from hypothesis import assume, event, example, given
from hypothesis import strategies as st

from microcourt.db.models import Filing, Party
from microcourt.documents.consent_notice import build_consent_notice
from microcourt.services import open_services
from microcourt.services.agreements.dto import AgreementDraft, SignatureEntry
from microcourt.services.hearings.dto import ParticipantDraft
from microcourt.services.kernel.progress import run_to_end
from microcourt.services.parties.rules import text as checked_text
from microcourt.services.reports.monthly import ReportsService
from microcourt.services.settings.service import CourtProfileData, validate_profile
from microcourt.validation.money import MAX_FEN

# a random name may begin with a closing mark: nothing can keep that off a line's start
pytestmark = pytest.mark.garbage_text

LATE = date(2024, 5, 15)  # both installments overdue: the enforcement application applies
# Names whose every character is a CJK ideograph or the minority-name dot: these must
# come back out of the PDF's text layer exactly (copying a name out of the PDF).
_PLAIN_NAME = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002a6df·]+")


@contextmanager
def fresh_services():
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(Path(folder) / "data")
        try:
            yield services, Path(folder)
        finally:
            services.close()


def written_or_refused(make, target: Path) -> Path | None:
    """Run `make()`; a PDF at `target`, or a clear refusal with nothing left in the folder
    (no partial file, no temporary file)."""
    before = set(target.parent.rglob("*")) if target.parent.exists() else set()
    try:
        make()
    except Exception as error:  # noqa: BLE001 - only a clear UserError is acceptable
        assert_clear_error(error)
        event(f"refused: {target.stem}: {error.message[:50]}")
        after = set(target.parent.rglob("*")) if target.parent.exists() else set()
        assert after == before, f"left behind: {sorted(map(str, after - before))}"
        return None
    assert target.read_bytes().startswith(b"%PDF-")
    event(f"written: {target.stem}")
    return target


def person_name(raw: str) -> str:
    """The name as the party rules store it; examples the form would refuse are skipped."""
    name = outcome(checked_text, raw, "name", "姓名", 100, required=True, person_name=True)
    assume(name is not None)
    return name


def assert_prints(name: str, path: Path | None) -> None:
    if path is not None and _PLAIN_NAME.fullmatch(name):
        assert flat(name) in "".join(pdf_text(path)), name


def mostly_printable(build) -> st.SearchStrategy:
    """`build(short, long, name)` over text the fonts can draw three times in four, over
    anything at all otherwise: one unprintable field refuses the whole document, so the
    mix is chosen per document, not per field."""
    printable = build(printable_text(), printable_long_text(), chinese_names)
    return st.one_of(printable, printable, printable, build(fuzz_text(), long_text(), names))


profiles = mostly_printable(lambda short, _, name: st.builds(
    CourtProfileData, name=short, village=name, committee=short, court=short,
    liaison_name=name, liaison_phone=st.just("13857112345"), address=short, room=short,
    judge=name))


def profile_or_default(raw: CourtProfileData) -> CourtProfileData:
    """The random particulars when the settings page would accept them."""
    return outcome(validate_profile, raw) or PROFILE


# -- consent notice: a name typed before registering ---------------------------------

@SLOW
@given(names, st.one_of(st.just(PROFILE), profiles), st.booleans())
@example("王𠮷", PROFILE, True)
@example("<b>&amp;</b>\u202e\x00", PROFILE, False)
@example("\ue000", PROFILE, True)
def test_consent_notice(raw_name, raw_profile, large_print):
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "告知书.pdf"
        path = written_or_refused(lambda: build_consent_notice(
            target, raw_name, profile_or_default(raw_profile), large_print), target)
        assert_prints(raw_name.strip(), path)


# -- hearing notices: random room, link and participants ------------------------------

@SLOW
@given(mostly_printable(lambda short, _, name: st.tuples(
    st.lists(name, min_size=1, max_size=3), short, short)), profiles)
@example((["𠮷\u200b·堃"], "A&B <二楼>", "https://x.example/?a=1&b=<2>"), PROFILE)
def test_hearing_notices(typed, raw_profile):
    raw_names, room, link = typed
    people = [ParticipantDraft(name=name, role="other") for name in raw_names]
    with fresh_services() as (services, folder):
        world = make_world(services, profile_or_default(raw_profile))
        hearing = outcome(services.hearings.schedule, hearing_draft(
            world, at(monday_in_weeks(2), 9, 30), room=room, meeting_link=link,
            participants=people))
        if hearing is None:
            return
        target = folder / "通知书.pdf"
        path = written_or_refused(
            lambda: services.hearings.build_notices(hearing.id, target), target)
        for person in hearing.participants:
            assert_prints(person.name, path)


# -- a signed agreement and everything printed from it --------------------------------

agreement_texts = mostly_printable(lambda short, long, _: st.builds(
    AgreementDraft, facts=long, items_in_dispute=short, responsibilities=short,
    clauses=st.lists(long, min_size=1, max_size=3), performance_way=short,
    performance_place=short, breach_terms=short, signing_place=short))
# 0 now and then: an applicant claiming nothing gets no installments of their own
claims = st.one_of(st.integers(1, MAX_FEN), st.integers(1, MAX_FEN),
                   st.sampled_from([0, 1, MAX_FEN]))


@SLOW
@given(mostly_printable(lambda _, __, name: st.tuples(
    st.lists(st.tuples(name, claims), min_size=1, max_size=3), name)), agreement_texts,
    st.one_of(st.just(PROFILE), profiles))
@example(([("王𠮷", 40_000_000), ("阿依古丽·买买提", 0)], "临安<b>&鞋业有限公司"),
         AgreementDraft(facts="拖欠工资。", clauses=["被申请人支付<i>全部</i>工资 & 补偿。"]),
         PROFILE)
def test_agreement_filing_enforcement_and_report(people, texts_, raw_profile):
    applicants, company = people
    applicants = [(person_name(name), fen) for name, fen in applicants]
    company = person_name(company)
    with fresh_services() as (services, folder):
        services.settings.save_profile(profile_or_default(raw_profile))
        ids = make_case(services, applicants)
        with services.ctx.db.transaction() as s:
            respondent = s.get(Party, ids.respondent)
            respondent.name = company
            respondent.agents[0].id_number = COMPANY_AGENT_ID  # for its power of attorney
        agreement = _signed(services, ids, texts_)
        if agreement is None:
            return
        path = written_or_refused(
            lambda: services.agreements.write_pdf(agreement.id, folder / "协议书.pdf"),
            folder / "协议书.pdf")
        for name, _ in applicants:
            assert_prints(name, path)
        _filing(services, ids, folder / "filing")
        _enforcement_and_report(services, ids, agreement.id, folder)


def _signed(services, ids, texts_: AgreementDraft):
    """Draft, plan and signatures; a refused draft or plan ends the example cleanly."""
    agreements = services.agreements
    draft = agreements.create_draft(ids.case_id, from_template=False)
    entries = [SignatureEntry(SIGNED_ON, party_id=p) for p in ids.applicants + [ids.respondent]]
    entries.append(SignatureEntry(SIGNED_ON, mediator_id=ids.mediator))
    steps = [("draft", lambda: agreements.save_draft(draft.id, texts_)),
             ("plan", lambda: agreements.generate_per_claimant(
                 draft.id, 2, date(2024, 3, 31), payer_party_id=ids.respondent)),
             ("signing", lambda: agreements.record_signing(draft.id, entries, today=TODAY))]
    for step, run in steps:
        try:
            done = run()
        except Exception as error:  # noqa: BLE001
            assert_clear_error(error)
            event(f"refused: {step}: {error.message[:60]}")
            return None
    return done


def _filing(services, ids, out: Path) -> None:
    out.mkdir()
    try:
        result = run_to_end(services.filings.generate(ids.case_id, out, today=TODAY))
    except Exception as error:  # noqa: BLE001
        assert_clear_error(error)
        event(f"refused: filing packet: {error.message[-80:]}")
        assert not any(p.is_file() for p in out.rglob("*")), "a refused packet left files"
        return
    written = list(out.rglob("*.pdf"))
    event("written: filing packet")
    assert written and result is not None
    assert all(p.read_bytes().startswith(b"%PDF-") for p in written)


def _enforcement_and_report(services, ids, agreement_id: int, folder: Path) -> None:
    with services.ctx.db.transaction() as s:
        s.add(Filing(case_id=ids.case_id, agreement_id=agreement_id, mode="joint",
                     status="confirmed", submitted_on=date(2024, 2, 25),
                     ruling_on=date(2024, 3, 10), court=PROFILE.court,
                     court_case_number="（2024）浙0185民特123号",
                     platform="mobile_micro_court"))
    reports = ReportsService(services.ctx)
    written_or_refused(lambda: reports.write_enforcement(
        ids.case_id, folder / "执行申请书.pdf", today=LATE), folder / "执行申请书.pdf")
    written_or_refused(lambda: reports.write_monthly("2024-02", folder / "月报.pdf"),
                       folder / "月报.pdf")
