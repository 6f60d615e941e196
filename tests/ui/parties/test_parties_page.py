"""The Parties page: registering through the page, searching as one types, the detail
view's masked and revealed ID number, and removing a party after a confirmation that
says whether it will be deleted or anonymized."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from microcourt.db.models import Case, CaseParty
from microcourt.domain import CaseRole
from microcourt.services.parties.dto import ConsentRecord, PartyDraft
from tests.fixtures.party_lists import resident_id
from ui.common.inputs import set_combo_value
from ui.parties.form import PartyFormDialog
from ui.parties.page import PartiesPage
from ui.parties.table_model import Column

PAPER = ConsentRecord(on=date(2024, 3, 1), form="paper")
PEOPLE = [("张三", date(1950, 5, 1), True, "13811110001"),
          ("李𠮷", date(1960, 2, 29), False, "13922220002"),
          ("张珊", date(1990, 7, 7), False, "13733330003"),
          ("欧阳·买买提", date(1985, 1, 1), True, "13644440004")]


@pytest.fixture
def people(context) -> dict[str, tuple[int, str]]:
    """name -> (party id, full ID number)"""
    registered = {}
    for index, (name, birth, male, phone) in enumerate(PEOPLE):
        number = resident_id(birth, index + 10, male)
        detail = context.services.parties.register(
            PartyDraft(name=name, id_number=number, phone=phone,
                       household_address=f"上田村{index}号"), PAPER)
        registered[name] = (detail.id, number)
    return registered


@pytest.fixture
def page(context, qtbot) -> PartiesPage:
    widget = PartiesPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def _names(page: PartiesPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, Column.NAME)) for r in range(model.rowCount())]


def _type_search(page: PartiesPage, qtbot, text: str, expected: list[str]) -> None:
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    assert page.search_timer.isActive()  # debounced: not yet searched per keystroke
    qtbot.waitUntil(lambda: sorted(_names(page)) == sorted(expected))


def test_a_saved_person_appears_in_the_list_with_a_masked_number(page, context, monkeypatch):
    number = resident_id(date(1960, 2, 29), 7, False)

    def fill_and_save(dialog: PartyFormDialog):
        dialog.fields.inputs["name"].setText("𠮷祥")
        dialog.fields.inputs["id_number"].setText(number)
        dialog.fields.inputs["phone"].setText("13812345678")
        dialog.fields.inputs["household_address"].setText("上田村3号")
        dialog.consent = PAPER
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PartyFormDialog, "exec", fill_and_save)
    statuses = []
    context.events.status_message.connect(statuses.append)
    page.new_person_button.click()
    assert _names(page) == ["𠮷祥"]
    shown = page.model.data(page.model.index(0, Column.ID_NUMBER))
    assert shown != number and shown.startswith(number[:6]) and shown.endswith(number[-4:])
    assert page.detail.detail.name == "𠮷祥"  # the new party is open in the detail view
    assert page.count_label.text() and "𠮷祥" in statuses[-1]


def test_search_by_initials_and_by_id_tail(people, page, qtbot):
    assert len(_names(page)) == 4
    _type_search(page, qtbot, "zs", ["张三", "张珊"])
    _type_search(page, qtbot, "zhangsan", ["张三"])
    tail = people["李𠮷"][1][-5:].lower()
    _type_search(page, qtbot, tail, ["李𠮷"])
    _type_search(page, qtbot, "4444", ["欧阳·买买提"])  # phone digits


def test_elderly_are_marked_in_the_list(people, page, chinese):
    page.run_search()
    names = _names(page)
    badge = {name: page.model.data(page.model.index(row, Column.ELDERLY))
             for row, name in enumerate(names)}
    assert badge["张三"] == "老年人" and badge["李𠮷"] == "老年人"
    assert badge["张珊"] == "" and badge["欧阳·买买提"] == ""


def test_full_number_only_in_the_detail_view_on_request(people, page, context, qtbot):
    party_id, number = people["李𠮷"]
    page.open_party(party_id)
    assert page.detail.id_label.text() != number
    qtbot.mouseClick(page.detail.reveal_button, Qt.MouseButton.LeftButton)
    assert page.detail.id_label.text() == number
    page.open_party(people["张三"][0])  # another party: masked again
    assert page.detail.id_label.text() != people["张三"][1]


def test_duplicate_from_the_page_opens_the_existing_party(people, page, monkeypatch,
                                                          message_boxes):
    party_id, number = people["张珊"]

    def fill_and_save(dialog: PartyFormDialog):
        dialog.fields.inputs["name"].setText("张姗姗")
        dialog.fields.inputs["id_number"].setText(number)
        dialog.fields.inputs["phone"].setText("13700000000")
        dialog.fields.inputs["household_address"].setText("上田村9号")
        dialog.consent = PAPER
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PartyFormDialog, "exec", fill_and_save)
    page.new_person_button.click()
    assert "张珊" in message_boxes.texts("question")[-1]
    assert page.detail.detail.id == party_id
    assert len(_names(page)) == 4


def test_linked_party_is_anonymized_after_confirming(people, page, context, message_boxes):
    party_id, _number = people["李𠮷"]
    # a case row written directly: this test is about the party, not the case registry
    with context.services.ctx.db.transaction() as session:
        case = Case(number="上田调〔2024〕1号", year=2024, seq=1, category="loan",
                    status="registered", source="walk_in", received_on=date(2024, 3, 1))
        session.add(case)
        session.flush()
        session.add(CaseParty(case_id=case.id, party_id=party_id,
                              role=CaseRole.APPLICANT.value))
    page.open_party(party_id)
    page.detail.withdraw_button.click()
    question = message_boxes.texts("question")[-1]
    assert "李𠮷" in question and "anonymiz" in question
    stored = context.services.parties.get(party_id)
    assert stored.anonymized and stored.name != "李𠮷" and not stored.has_id_number
    assert "李𠮷" not in _names(page) and page.detail.detail is None


def test_unlinked_party_is_deleted_and_the_question_says_so(people, page, context,
                                                            message_boxes):
    party_id, _number = people["张三"]
    page.open_party(party_id)
    message_boxes.answer = message_boxes.answer.No
    page.detail.delete_button.click()
    assert "no case" in message_boxes.texts("question")[-1]
    assert context.services.parties.count() == 4  # declined: nothing happened
    message_boxes.answer = message_boxes.answer.Yes
    page.detail.delete_button.click()
    assert context.services.parties.count() == 3 and "张三" not in _names(page)


def test_agent_added_from_the_detail_view_is_listed_with_special_authority(
        people, page, context, monkeypatch, chinese):
    from ui.parties.agent_form import AgentFormDialog

    def fill_and_save(dialog: AgentFormDialog):
        dialog.inputs["name"].setText("俞晓燕")
        dialog.inputs["relation"].setText("本村联络员")
        set_combo_value(dialog.inputs["kind"], "community")
        dialog.inputs["special_authority"].setChecked(True)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(AgentFormDialog, "exec", fill_and_save)
    party_id, _number = people["张三"]
    page.open_party(party_id)
    page.detail.add_agent_button.click()
    table = page.detail.agents
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(5)] == [
        "俞晓燕", "社区推荐的公民", "本村联络员", "", "有"]
    assert context.services.parties.agents(party_id)[0].special_authority
