"""MediatorsService and `microcourt-cli mediators`: the roster of invited mediators."""
import json

import pytest
from sqlalchemy import select

from microcourt.cli import main
from microcourt.db.models import AuditEntry
from microcourt.errors import NotFound, UserError, ValidationErrors
from microcourt.services.mediators.service import MediatorDraft, Specialty, parse_specialties


def test_create_and_read_back_with_codes_and_chinese_labels(services):
    created = services.mediators.create(MediatorDraft(
        name=" 阿依古丽•买买提 ", organization="临安区妇联巾帼志愿调解队",
        specialties="赡养、family，劳动报酬", phone="139 5710 2266"))
    again = services.mediators.get(created.id)
    assert again.name == "阿依古丽·买买提"  # the minority-name dot unified
    assert again.specialties == ("family", "labour")  # 赡养 and family are one, deduplicated
    assert again.specialties_cn == "婚姻家庭、劳动报酬"
    assert again.phone == "13957102266" and again.active


def test_validation_names_every_bad_field(services):
    with pytest.raises(ValidationErrors) as info:
        services.mediators.create(MediatorDraft(name=" ", specialties=["家庭", "算命"],
                                                phone="12345"))
    fields = info.value.by_field()
    assert set(fields) == {"name", "specialties", "phone"}
    assert "算命" in fields["specialties"] and "12345" in fields["phone"]
    assert services.mediators.list() == []


def test_duplicate_name_and_phone_is_refused(services):
    services.mediators.create(MediatorDraft(name="俞国强", phone="13905718801"))
    with pytest.raises(UserError, match="俞国强.*已在名册中"):
        services.mediators.create(MediatorDraft(name="俞国强", phone="13905718801"))
    services.mediators.create(MediatorDraft(name="俞国强", phone="13905718802"))  # a namesake


def test_update_deactivate_and_list_active_only(services):
    first = services.mediators.create(MediatorDraft(name="潘美娟", specialties=["family"]))
    second = services.mediators.create(MediatorDraft(name="金德明", specialties=["loan"]))
    updated = services.mediators.update(first.id, MediatorDraft(
        name="潘美娟", organization="<妇联> & 志愿队", specialties=["family", "other"]))
    assert updated.organization == "<妇联> & 志愿队"
    services.mediators.set_active(second.id, False)
    assert [m.name for m in services.mediators.list(active_only=True)] == ["潘美娟"]
    assert [m.active for m in services.mediators.list()] == [True, False]
    with services.ctx.db.reading() as s:
        actions = [a.action for a in s.scalars(select(AuditEntry))]
    assert actions == ["mediator.create", "mediator.create", "mediator.update",
                       "mediator.set_active"]


def test_unknown_mediator_is_not_found(services):
    with pytest.raises(NotFound, match="99"):
        services.mediators.get(99)


def test_specialties_written_as_chinese_words_are_read_as_codes(services):
    # The demo dataset and older rows store Chinese words.
    assert parse_specialties("相邻关系,土地承包,租赁,买卖") == ("neighbour", "land", "lease", "other")
    assert parse_specialties("") == ()
    assert {s.value for s in Specialty} == {"family", "labour", "neighbour", "land", "lease",
                                            "loan", "traffic", "other"}


def test_cli_add_then_list_json(tmp_path, capsys):
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "mediators", "add", "--name", "王𠮷",
                 "--specialties", "土地承包,neighbour", "--phone", "0571-63758810"]) == 0
    assert "王𠮷" in capsys.readouterr().out
    assert main(["--data-dir", data, "mediators", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [{"id": 1, "name": "王𠮷", "organization": None,
                       "specialties": ["neighbour", "land"], "phone": "0571-63758810",
                       "active": True}]


def test_cli_add_with_a_bad_phone_exits_1_with_the_message(tmp_path, capsys):
    code = main(["--data-dir", str(tmp_path), "mediators", "add", "--name", "张三",
                 "--phone", "123"])
    assert code == 1 and "号码“123”不对" in capsys.readouterr().err
