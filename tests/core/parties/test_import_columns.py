"""Matching the columns of a liaison's list to party fields."""
import pytest

from microcourt.importers.columns import ColumnStatus, build_mapping, normalize_header


@pytest.mark.parametrize("header, key", [
    ("姓名", "name"), ("名称", "name"), ("身份证号", "id_number"), ("身份证号码", "id_number"),
    ("证件号码", "id_number"), ("手机", "phone"), ("联系电话", "phone"), ("手机号", "phone"),
    ("户籍地址", "household_address"), ("家庭住址", "household_address"),
    ("出生年月", "birth_date"), ("送达地址", "service_address"), ("微信", "wechat"),
    ("接受电子送达", "accepts_e_service"), ("单位名称", "org_name"),
    ("统一社会信用代码", "credit_code"), ("法定代表人", "legal_rep_name"),
    ("职务", "legal_rep_title"), ("紧急联系人", "emergency_name"),
    ("紧急联系人电话", "emergency_phone"), ("欠薪金额", "amount"), ("工资", "amount"),
    ("金额", "amount"),
    # spaces, full-width letters and marks, required-stars and notes in brackets
    (" 姓 名 ", "name"), ("＊身份证号码（必填）", "id_number"), ("金额(元)", "amount"),
    ("手机号：", "phone"), ("出生日期（年-月-日）", "birth_date"), ("姓名\u3000", "name"),
])
def test_headers_and_synonyms(header, key):
    mapping = build_mapping([header])
    assert mapping.columns[0].status is ColumnStatus.MAPPED
    assert mapping.columns[0].spec.key == key


def test_full_width_ascii_in_headers_is_folded():
    assert normalize_header("ＱＱ号") == normalize_header("QQ号")


def test_a_complete_person_list_needs_nothing_more_and_lists_ignored_columns():
    mapping = build_mapping(["序号", "姓名", "身份证号码", "手机", "家庭住址", "", "工号"])
    assert mapping.missing == ()
    assert [c.title for c in mapping.ignored] == ["序号", "工号"]
    assert mapping.columns[5].status is ColumnStatus.BLANK
    assert mapping.column("phone").header == "手机"


def test_every_missing_required_column_is_named_at_once():
    mapping = build_mapping(["姓名", "备注"])
    text = "".join(mapping.missing)
    assert len(mapping.missing) == 3
    assert "身份证号" in text and "电话" in text and "住址" in text


def test_an_organization_list_needs_no_phone_but_a_representative_and_an_address():
    assert build_mapping(["单位名称", "统一社会信用代码", "法定代表人", "职务", "住所"]
                         ).missing == ()
    missing = "".join(build_mapping(["单位名称", "统一社会信用代码", "住所"]).missing)
    assert "法定代表人" in missing and "职务" in missing and "电话" not in missing


def test_a_list_without_names_is_refused():
    mapping = build_mapping(["身份证号", "电话", "住址"])
    assert mapping.missing and "姓名" in mapping.missing[0]


def test_two_columns_for_one_field_keep_the_first_and_say_so():
    mapping = build_mapping(["姓名", "身份证号", "电话", "手机", "住址"])
    assert mapping.column("phone").header == "电话"
    assert mapping.columns[3].status is ColumnStatus.DUPLICATE
    assert "手机" in mapping.notes[0] and "电话" in mapping.notes[0]


def test_the_preview_can_correct_a_guess():
    mapping = build_mapping(["姓名", "号码", "电话", "住址"], overrides={1: "id_number"})
    assert mapping.missing == ()
    assert mapping.column("id_number").header == "号码"
    ignored = build_mapping(["姓名", "身份证号", "电话", "住址"], overrides={2: None})
    assert any("电话" in m for m in ignored.missing)
