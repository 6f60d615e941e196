"""Fuzzing every validator (issue 7 item 6): whatever is typed or imported, the outcome
is a clean value or a clear Chinese validation error, never a crash. Where a value is
accepted, what the liaison would rely on is checked too (normalised forms are stable,
masks hide the middle, amounts survive a round trip)."""
from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

from fuzz_strategies import (
    PURE,
    amount_numbers,
    amounts,
    assert_clear_error,
    date_values,
    dates,
    datetimes,
    digits_like,
    free_texts,
    fuzz_text,
    moments,
    names,
    optional,
    outcome,
    texts,
)
from hypothesis import example, given
from hypothesis import strategies as st

from microcourt.domain import (
    AgentKind,
    CaseCategory,
    CaseSource,
    Gender,
    IdType,
    PartyKind,
    PartyNeed,
)
from microcourt.errors import UserError
from microcourt.importers.columns import FIELDS, build_mapping
from microcourt.importers.party_rows import convert_row
from microcourt.importers.readers import DataRow, cell_value
from microcourt.services.agreements.drafts import validated
from microcourt.services.agreements.dto import AgreementDraft
from microcourt.services.cases.dto import CaseDraft
from microcourt.services.cases.rules import check_claim_amount, validate_case
from microcourt.services.hearings import rules as hearing_rules
from microcourt.services.mediators.service import MediatorDraft, Specialty, validate_mediator
from microcourt.services.parties.dto import AgentDraft, PartyDraft
from microcourt.services.parties.rules import validate_agent, validate_draft
from microcourt.services.settings.service import CourtProfileData, validate_profile
from microcourt.validation import idcard
from microcourt.validation.credit_code import normalize_credit_code
from microcourt.validation.dates import parse_date
from microcourt.validation.identity import check_person_identity
from microcourt.validation.money import MAX_FEN, format_amount, parse_amount, to_chinese_upper
from microcourt.validation.phone import normalize_phone
from microcourt.validation.text import clean, clean_code, clean_name

TODAY = date(2024, 2, 29)


def codes_of(*enums) -> st.SearchStrategy[str]:
    """A valid code, Chinese term or English label of the enums, or arbitrary text."""
    words = [w for enum in enums for m in enum for w in (m.value, m.cn, m.label)]
    return st.one_of(st.sampled_from(words), texts)


# -- text, phones, ID numbers, credit codes -----------------------------------------

@PURE
@given(texts)
def test_cleaning_never_fails_and_is_stable(raw):
    for cleaner in (clean, clean_code, clean_name):
        once = cleaner(raw)
        assert cleaner(once) == once
    assert not re.search(r"\s", clean_name(raw))


@PURE
@given(digits_like)
@example("＋86 138-1234-5678")
@example("0571-88776655转123")
@example("13\u0668\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668")  # 13 + Arabic-Indic
@example("0571-\u09EE\u09EE\u09ED\u09ED\u09EC\u09EC\u09EB\u09EB")       # Bengali digits
def test_phone(raw):
    phone = outcome(normalize_phone, raw)
    if phone is not None:
        assert re.fullmatch(r"1[3-9][0-9]{9}|0[0-9]{2,3}-[0-9]{7,8}(-[0-9]{1,6})?", phone)
        assert normalize_phone(phone) == phone


resident_ids = st.builds(
    lambda region, birth, seq, lower: (lambda n: n.lower() if lower else n)(
        idcard.compose_resident_id(region, birth, seq)),
    st.sampled_from(["330185", "110101", "810000", "999999"]),
    st.dates(min_value=date(1900, 1, 1), max_value=TODAY), st.integers(0, 999), st.booleans())


@PURE
@given(st.one_of(digits_like, resident_ids))
@example("33018519600229123x")
@example("".join(chr(0x660 + int(d)) for d in "33018519600101123") + "1")  # Arabic-Indic
def test_resident_id(raw):
    parsed = outcome(idcard.parse_resident_id, raw, today=TODAY)
    if parsed is not None:
        assert re.fullmatch(r"[0-9]{17}[0-9X]", parsed.number)
        assert parsed.number[17] == idcard.check_char(parsed.number[:17])
        masked = idcard.mask_id(parsed.number)
        assert masked[:6] + masked[-4:] == parsed.number[:6] + parsed.number[-4:]
        assert masked[6:14] == "*" * 8


@PURE
@given(st.lists(st.one_of(texts, resident_ids), max_size=5).map(" ".join))
def test_masking_and_redaction_hide_every_valid_number(raw):
    masked = idcard.mask_id(raw)
    assert len(masked) == len(raw)
    redacted = idcard.redact_id_numbers(raw)
    for found in re.finditer(r"[0-9]{17}[0-9Xx]", redacted):
        number = found.group(0).upper()
        assert number[17] != idcard.check_char(number[:17]), "a valid ID number left visible"


@PURE
@given(st.one_of(digits_like, st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXYIOZSV",
                                      min_size=18, max_size=18)))
@example("91330185MA2H0X1X0Q")
def test_credit_code(raw):
    code = outcome(normalize_credit_code, raw)
    if code is not None:
        assert len(code) == 18 and normalize_credit_code(code) == code


# -- money and dates -----------------------------------------------------------------

@PURE
@given(amounts)
@example("1,234.567")
@example(float("nan"))
@example("12万元")
def test_parse_amount(raw):
    fen = outcome(parse_amount, raw, allow_negative=True)
    if fen is not None:
        assert isinstance(fen, int) and abs(fen) <= MAX_FEN
        assert parse_amount(format_amount(fen), allow_negative=True) == fen
        assert to_chinese_upper(abs(fen))


@PURE
@given(st.one_of(st.integers(0, MAX_FEN), st.sampled_from([0, 1, 10, 100, 1001, MAX_FEN])))
def test_chinese_uppercase_for_every_storable_amount(fen):
    upper = to_chinese_upper(fen)
    assert re.fullmatch(r"[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+", upper)
    assert upper.endswith(("整", "角", "分"))
    assert ("元" in upper) == (fen >= 100 or fen == 0)


@PURE
@given(st.integers(-(10**20), 10**20))
def test_format_amount_round_trips(fen):
    text = format_amount(fen, unit=True)
    assert text.endswith("元")
    if abs(fen) <= MAX_FEN:
        assert parse_amount(text, allow_negative=True) == fen


@PURE
@given(date_values, st.booleans())
@example("2024-02-29", True)
@example("2025-02-29", False)
@example(60, False)
def test_parse_date(raw, not_future):
    day = outcome(parse_date, raw, not_future=not_future, today=TODAY)
    if day is not None:
        assert isinstance(day, date)
        assert not not_future or day <= TODAY


@PURE
@given(codes_of(IdType), st.one_of(digits_like, resident_ids), date_values,
       optional(codes_of(Gender)))
def test_person_identity(id_type, number, birth, gender):
    result = outcome(check_person_identity, id_type, number, birth, gender, TODAY)
    if result is not None:
        assert result.id_number == result.id_number.upper()
        assert all(_has_cjk(w) for w in result.warnings)


def _has_cjk(text: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", text))


# -- the services' rule modules -----------------------------------------------------

party_drafts = st.builds(
    PartyDraft, kind=codes_of(PartyKind), name=names, gender=optional(codes_of(Gender)),
    ethnicity=optional(st.one_of(st.sampled_from(["汉", "汉族", "维吾尔族"]), texts)),
    birth_date=optional(dates), id_type=optional(codes_of(IdType)),
    id_number=optional(st.one_of(digits_like, resident_ids)), phone=optional(digits_like),
    household_address=optional(free_texts), service_address=optional(texts),
    accepts_e_service=st.booleans(), wechat=optional(texts), occupation=optional(texts),
    needs=st.lists(codes_of(PartyNeed), max_size=3), emergency_name=optional(names),
    emergency_relation=optional(texts), emergency_phone=optional(digits_like),
    notes=free_texts, legal_rep_name=optional(names), legal_rep_title=optional(texts),
    imported_amount_fen=optional(st.integers(-(2**64), 2**64)))


@PURE
@given(party_drafts)
def test_party_draft(draft):
    party = outcome(validate_draft, draft, TODAY)
    if party is not None:
        assert party.name and len(party.name) <= 200
        assert party.kind in {k.value for k in PartyKind}


@PURE
@given(st.builds(AgentDraft, kind=codes_of(AgentKind),
                 name=names, relation=optional(texts), gender=optional(codes_of(Gender)),
                 id_number=optional(st.one_of(digits_like, resident_ids)),
                 phone=optional(digits_like), address=optional(texts),
                 licence_number=optional(digits_like), special_authority=st.booleans(),
                 authority_scope=texts))
def test_agent_draft(draft):
    agent = outcome(validate_agent, draft, TODAY)
    if agent is not None:
        assert agent.name


@PURE
@given(st.builds(CaseDraft, category=codes_of(CaseCategory), summary=free_texts,
                 claims=free_texts, amount=amounts, received_on=date_values,
                 source=codes_of(CaseSource)))
def test_case_draft(draft):
    case = outcome(validate_case, draft, TODAY)
    if case is not None:
        assert case.summary and case.received_on <= TODAY


@PURE
@given(st.one_of(st.none(), st.integers(-(10**20), 10**20), st.booleans()))
def test_claim_amount(fen):
    outcome(check_claim_amount, fen)


@PURE
@given(st.builds(AgreementDraft, facts=free_texts, items_in_dispute=texts,
                 responsibilities=texts, clauses=st.lists(free_texts, max_size=4),
                 performance_way=texts, performance_place=texts,
                 performance_deadline=optional(dates), breach_terms=texts,
                 total_fen=optional(st.integers(-(10**20), 10**20)),
                 copies=optional(st.integers(-5, 10**6)), signing_place=texts,
                 electronic_signature=st.booleans()),
       st.integers(0, 100))
def test_agreement_draft(draft, party_count):
    cleaned = outcome(validated, draft, party_count)
    if cleaned is not None:
        assert all(cleaned.clauses)


patterns = st.one_of(
    st.lists(st.sampled_from(["{year}", "{seq}", "{village}", "{", "}", "{{", "}}", "{0}",
                              "{year:04d}", "{seq:>5}", "{year[0]}", "{seq.real}",
                              "{village!r}", "{year:x}", "{seq:s}", "{village.x}",
                              "微调〔", "〕第", "号", "𠮷"]), max_size=6).map("".join),
    texts)


@PURE
@given(st.builds(CourtProfileData, name=texts, village=names, committee=texts, court=texts,
                 liaison_name=names, liaison_phone=digits_like, address=texts, room=texts,
                 judge=names, case_number_pattern=patterns))
@example(CourtProfileData(name="上田村微法庭", village="上田村", committee="调委会",
                          court="临安法院", liaison_name="俞晓燕", liaison_phone="13857112345",
                          case_number_pattern="{year}{seq}{year[0]}"))
def test_court_profile(data):
    profile = outcome(validate_profile, data)
    if profile is not None:
        # an accepted pattern must number every case of every year
        assert profile.case_number(2026, 1) and profile.case_number(9999, 10**6)


@PURE
@given(st.builds(MediatorDraft, name=names, organization=optional(free_texts),
                 specialties=st.one_of(texts, st.lists(codes_of(Specialty), max_size=4)),
                 phone=optional(digits_like), notes=free_texts, active=st.booleans()))
def test_mediator_draft(draft):
    values = outcome(validate_mediator, draft)
    if values is not None:
        assert values["name"]


@PURE
@given(moments, moments, st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1),
                                     timezones=st.just(UTC)))
@example("0001-01-01 00:00", "9999-12-31 23:59", datetime(2024, 2, 29, tzinfo=UTC))
@example(datetime(9999, 12, 31, 20, tzinfo=timezone(timedelta(hours=-12))), "2024-02-29 9:00",
         datetime(2024, 2, 29, tzinfo=UTC))
def test_hearing_times(raw_start, raw_end, now):
    """`now` is the real clock, so it is drawn from this century only."""
    start = outcome(hearing_rules.parse_moment, raw_start, "start", "开始时间")
    end = outcome(hearing_rules.parse_moment, raw_end, "end", "结束时间")
    if start is None or end is None:
        return
    assert start.tzinfo is not None
    for error in hearing_rules.time_errors(start, end, now):
        assert_clear_error(error)
    assert all(_has_cjk(w) for w in hearing_rules.time_warnings(start, end))
    if start < end:
        assert hearing_rules.describe_time(start, end) and hearing_rules.short_span(start, end)


# -- importing a row -----------------------------------------------------------------

raw_cells = st.one_of(st.none(), texts, digits_like, amount_numbers, dates, datetimes,
                      st.sampled_from(["是", "否", "男", "女", "3.30185E+17", "个人", "单位"]))
HEADER = tuple(spec.cn for spec in FIELDS)


@PURE
@given(st.lists(raw_cells, min_size=0, max_size=len(HEADER) + 2))
def test_import_row(raw):
    row = DataRow(2, tuple(outcome(cell_value, value) for value in raw))
    converted = convert_row(row, build_mapping(HEADER))
    for error in converted.errors:
        assert_clear_error(error)
    if not converted.errors:
        outcome(validate_draft, converted.draft, TODAY)


def test_a_refusal_that_is_not_a_user_error_fails_the_fuzzers():
    """The acceptance rule itself must be able to fail."""
    for bad in (ValueError("x"), UserError(""), UserError("no Chinese here"),
                UserError("错误 <class 'int'>")):
        try:
            assert_clear_error(bad)
        except (ValueError, AssertionError):
            continue
        raise AssertionError(f"{bad!r} was accepted")
    assert_clear_error(UserError("请填写姓名。"))
    assert fuzz_text  # the shared strategies are importable by the document fuzzers
