"""Clause templates: sensible defaults for every category, editable, deletions stick."""
import pytest

from microcourt.domain import CaseCategory
from microcourt.errors import ValidationErrors
from microcourt.services.agreements.rules import clause_warnings
from microcourt.services.agreements.templates import DEFAULTS, fill_placeholders


def test_every_category_has_defaults_a_court_would_confirm():
    assert set(DEFAULTS) == set(CaseCategory)
    for templates in DEFAULTS.values():
        assert templates and clause_warnings([text for _, text in templates]) == []


def test_the_defaults_read_like_the_dispute(services):
    templates = services.agreements.templates
    assert any("拖欠" in t.text for t in templates.list("wages"))
    assert any("腾" in t.text for t in templates.list("lease"))
    assert any("按月支付" in t.text for t in templates.list(CaseCategory.ELDERLY_SUPPORT))


def test_saving_adding_and_deleting_templates(services):
    templates = services.agreements.templates
    first = templates.list("loan")[0]
    changed = templates.save("loan", "还款", "被申请人于<b>月底</b>前还清&结息。",
                             template_id=first.id)
    added = templates.save("loan", "担保", "由第三人提供担保。")
    listed = templates.list("loan")
    assert listed[0].text == "被申请人于<b>月底</b>前还清&结息。" and changed.id == first.id
    assert listed[-1].id == added.id and added.position > first.position
    for template in templates.list("other"):
        templates.delete(template.id)
    assert templates.list("other") == []  # the defaults do not come back


def test_an_empty_template_names_both_fields(services):
    with pytest.raises(ValidationErrors) as caught:
        services.agreements.templates.save("wages", " ", "")
    assert set(caught.value.by_field()) == {"title", "text"}


def test_placeholders_are_filled_and_stray_braces_stay():
    assert fill_placeholders("{申请人}诉{被申请人}{未知}", {"申请人": "王𠮷", "被申请人": "厂"}) == \
        "王𠮷诉厂{未知}"
