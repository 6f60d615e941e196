"""validate_draft / validate_agent / validate_consent: what the liaison typed, checked
before anything is stored (no database needed)."""
from datetime import date

import pytest

from microcourt.errors import ValidationError, ValidationErrors
from microcourt.services.parties.dto import AgentDraft, ConsentRecord, PartyDraft
from microcourt.services.parties.rules import (
    STANDARD_SPECIAL_AUTHORITY,
    validate_agent,
    validate_consent,
    validate_draft,
)
from microcourt.validation.credit_code import check_char
from microcourt.validation.idcard import compose_resident_id

TODAY = date(2026, 3, 1)
LEAP_ID = compose_resident_id("330185", date(1956, 2, 29), 123)  # male (3 is odd)
WOMAN_ID = compose_resident_id("330185", date(1970, 5, 6), 224)
CREDIT_CODE = "91330185MA28F0Y65" + check_char("91330185MA28F0Y65")


def person(**changes) -> PartyDraft:
    values = dict(name="张三", id_number=LEAP_ID, phone="13812345678",
                  household_address="浙江省杭州市临安区上田村8号")
    values.update(changes)
    return PartyDraft(**values)


def organization(**changes) -> PartyDraft:
    values = dict(kind="organization", name="杭州临安某鞋业有限公司", id_number=CREDIT_CODE,
                  phone="0571-63721234", household_address="临安区锦北街道工业园1号",
                  legal_rep_name="王建国", legal_rep_title="执行董事")
    values.update(changes)
    return PartyDraft(**values)


def errors_of(draft) -> dict[str, str]:
    with pytest.raises(ValidationErrors) as info:
        validate_draft(draft, today=TODAY)
    return info.value.by_field()


def test_person_derives_birth_date_and_gender_from_the_id_and_defaults_service_address():
    valid = validate_draft(person(), today=TODAY)
    assert valid.birth_date == date(1956, 2, 29)
    assert valid.gender == "male"
    assert valid.service_address == "浙江省杭州市临安区上田村8号"
    assert valid.service_address_defaulted
    assert any("送达地址" in n for n in valid.notices)


def test_typed_service_address_is_kept_and_no_notice():
    valid = validate_draft(person(service_address="临安区锦城街道1号"), today=TODAY)
    assert valid.service_address == "临安区锦城街道1号"
    assert not valid.service_address_defaulted and valid.notices == []


def test_lowercase_x_is_stored_upper_case():
    number = next(n for n in (compose_resident_id("330185", date(1960, 1, 1), s)
                              for s in range(1000)) if n.endswith("X"))
    valid = validate_draft(person(id_number=f" {number.lower()} "), today=TODAY)
    assert valid.id_number == number


def test_29_february_birth_date_typed_and_matching_is_fine():
    valid = validate_draft(person(birth_date=date(1956, 2, 29), gender="male"), today=TODAY)
    assert valid.birth_date == date(1956, 2, 29)


def test_mismatched_birth_date_names_both_values():
    message = errors_of(person(birth_date=date(1956, 3, 1)))["birth_date"]
    assert "1956-03-01" in message and "1956-02-29" in message


def test_wrong_gender_is_an_error_naming_both():
    message = errors_of(person(gender="female"))["gender"]
    assert "女" in message and "男" in message


def test_bad_check_character_is_an_error_on_the_id_number():
    bad = LEAP_ID[:-1] + ("0" if LEAP_ID[-1] != "0" else "1")
    by_field = errors_of(person(id_number=bad))
    assert bad in by_field["id_number"]
    assert "gender" not in by_field  # not asked for when the number itself is wrong


def test_every_problem_is_reported_at_once():
    by_field = errors_of(PartyDraft(name=" ", id_number=None, phone="12345",
                                    ethnicity="火星族", needs=["flying"],
                                    emergency_phone="999"))
    assert {"name", "gender", "phone", "household_address", "ethnicity", "needs",
            "emergency_phone"} <= set(by_field)
    assert "火星族" in by_field["ethnicity"]
    assert "flying" in by_field["needs"]


@pytest.mark.parametrize("typed, stored", [
    ("阿依古丽·买买提", "阿依古丽·买买提"),
    ("阿依古丽.买买提", "阿依古丽·买买提"),
    ("阿依古丽 • 买买提", "阿依古丽·买买提"),
    ("王𠮷", "王𠮷"),
    ("李䶮", "李䶮"),
    ("张堃", "张堃"),
])
def test_names_with_dots_and_rare_characters(typed, stored):
    assert validate_draft(person(name=typed), today=TODAY).name == stored


def test_markup_in_notes_is_kept_literally():
    notes = "<b>耳背</b> & 只会说方言 <script>"
    assert validate_draft(person(notes=notes), today=TODAY).notes == notes


def test_person_without_id_number_needs_gender_but_no_birth_date():
    valid = validate_draft(person(id_number=None, gender="女"), today=TODAY)
    assert valid.gender == "female" and valid.birth_date is None and valid.id_number is None
    assert "gender" in errors_of(person(id_number=None))


def test_birth_date_in_the_future_is_refused():
    assert "birth_date" in errors_of(person(id_number=None, gender="male",
                                            birth_date=date(2027, 1, 1)))


def test_ethnicity_accepts_short_form_and_needs_chinese_terms():
    valid = validate_draft(person(ethnicity="畲", needs=["hearing", "不识字", "hearing"]),
                           today=TODAY)
    assert valid.ethnicity == "畲族"
    assert valid.needs == ["hearing", "illiterate"]


def test_landline_is_a_valid_phone_but_e_service_then_needs_mobile_or_wechat():
    valid = validate_draft(person(phone="0571 6372 1234"), today=TODAY)
    assert valid.phone == "0571-63721234"
    assert "accepts_e_service" in errors_of(person(phone="0571-63721234",
                                                   accepts_e_service=True))
    with_wechat = validate_draft(person(phone="0571-63721234", accepts_e_service=True,
                                        wechat="zhangsan_1956"), today=TODAY)
    assert with_wechat.accepts_e_service


def test_a_companys_landline_cannot_carry_e_service_but_its_e_mail_can():
    refused = errors_of(organization(phone="0571-63712345", accepts_e_service=True))
    assert "0571-63712345是固定电话，不能接收短信" in refused["accepts_e_service"]
    valid = validate_draft(organization(phone="0571-63712345", accepts_e_service=True,
                                        e_service_address=" Legal@Zhuobu.example.com "),
                           today=TODAY)
    assert valid.e_service_address == "Legal@Zhuobu.example.com"


@pytest.mark.parametrize("raw, stored", [("311300", "311300"), ("３１１３００", "311300"),
                                         (" 311 300 ", "311300"), ("", None)])
def test_postcodes_are_six_digits(raw, stored):
    assert validate_draft(person(service_postcode=raw), today=TODAY).service_postcode == stored


@pytest.mark.parametrize("field, raw, words", [
    ("service_postcode", "31130", "邮政编码“31130”不对"),
    ("service_postcode", "31130X", "应为6位数字"),
    ("e_service_address", "legal@", "电子邮箱“legal@”不对"),
    ("e_service_address", "<b>@x.cn", "电子邮箱"),
])
def test_bad_postcodes_and_e_mail_are_named(field, raw, words):
    assert words in errors_of(person(**{field: raw}))[field]


def test_unknown_region_code_is_a_warning_not_an_error():
    number = compose_resident_id("990101", date(1960, 1, 1), 11)
    valid = validate_draft(person(id_number=number), today=TODAY)
    assert valid.id_number == number
    assert valid.warnings and valid.warnings[0].field == "id_number"


def test_amounts_zero_and_huge_are_fine_negative_is_not():
    assert validate_draft(person(imported_amount_fen=0), today=TODAY).imported_amount_fen == 0
    huge = 40_000_000_000_000
    assert validate_draft(person(imported_amount_fen=huge),
                          today=TODAY).imported_amount_fen == huge
    assert "imported_amount_fen" in errors_of(person(imported_amount_fen=-1))
    assert "imported_amount_fen" in errors_of(person(imported_amount_fen=1.5))


def test_organization_needs_credit_code_address_legal_rep_and_phone():
    valid = validate_draft(organization(id_number=CREDIT_CODE.lower()), today=TODAY)
    assert valid.id_type == "credit_code" and valid.id_number == CREDIT_CODE
    assert valid.gender is None and valid.birth_date is None
    by_field = errors_of(PartyDraft(kind="organization", name="某公司", id_number="123"))
    assert {"id_number", "household_address", "legal_rep_name", "legal_rep_title",
            "phone"} <= set(by_field)


def test_unknown_kind_is_named():
    assert "机器人" in errors_of(person(kind="机器人"))["kind"]


def test_name_too_long_says_the_limit():
    assert "100" in errors_of(person(name="张" * 101))["name"]


def test_consent_oral_needs_a_witness_and_cannot_be_in_the_future():
    assert validate_consent(ConsentRecord(TODAY, "oral", "王丽"), today=TODAY).witness == "王丽"
    with pytest.raises(ValidationError) as info:
        validate_consent(ConsentRecord(TODAY, "oral"), today=TODAY)
    assert info.value.field == "consent" and "见证" in info.value.message
    with pytest.raises(ValidationError):
        validate_consent(ConsentRecord(date(2026, 3, 2), "paper"), today=TODAY)


def test_lawyer_agent_needs_law_firm_and_licence():
    with pytest.raises(ValidationErrors) as info:
        validate_agent(AgentDraft(kind="lawyer", name="李律师"))
    assert {"work_unit", "licence_number"} <= set(info.value.by_field())


def test_special_authority_without_scope_gets_the_standard_wording():
    agent = validate_agent(AgentDraft(kind="relative", name="张小三", relation="儿子",
                                      special_authority=True), today=TODAY)
    assert agent.authority_scope == STANDARD_SPECIAL_AUTHORITY
    own = validate_agent(AgentDraft(kind="relative", name="张小三", special_authority=True,
                                    authority_scope="代为和解"), today=TODAY)
    assert own.authority_scope == "代为和解"


def test_agent_id_number_checked_and_gender_derived():
    agent = validate_agent(AgentDraft(name="张小红", id_number=WOMAN_ID.lower()), today=TODAY)
    assert agent.id_number == WOMAN_ID and agent.gender == "female"
    with pytest.raises(ValidationErrors) as info:
        validate_agent(AgentDraft(name="张小红", id_number=WOMAN_ID, gender="male"),
                       today=TODAY)
    assert "gender" in info.value.by_field()


def test_a_birth_date_mismatch_is_the_only_error_when_gender_was_chosen():
    from datetime import date

    from microcourt.errors import ValidationErrors
    from microcourt.services.parties.dto import PartyDraft
    from microcourt.services.parties.rules import validate_draft
    from microcourt.validation.idcard import compose_resident_id

    number = compose_resident_id("330185", date(1950, 3, 11), 13)  # odd: male
    draft = PartyDraft(name="张三", gender="male", ethnicity="汉族", birth_date=date(1950, 3, 1),
                       id_number=number, phone="13812345678", household_address="上田村1号")
    try:
        validate_draft(draft, today=date(2026, 11, 23))
    except ValidationErrors as exc:
        assert set(exc.by_field()) == {"birth_date"}
        assert "1950-03-01" in exc.by_field()["birth_date"]
    else:
        raise AssertionError("a mismatched birth date must be refused")
