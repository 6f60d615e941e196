"""Mediators on a case: a mediator linked to a party triggers the recusal question at
once (特邀调解规定 art. 15): continuing needs a reason, stepping aside is recorded; an
invited mediator cannot also be a party's agent in the same case (art. 16)."""
from __future__ import annotations

import pytest

from tests.core.cases_support import agent, case_with_sides, mediator
from tests.ui import cases_ui_support as support
from tests.ui.cases_ui_support import drive
from ui.cases.detail import CaseDetailView
from ui.cases.mediator_dialog import MediatorAssignDialog
from ui.cases.recusal_dialog import RecusalDialog

liaison = support.liaison  # fixture


@pytest.fixture
def case(liaison):
    """(detail, applicant party id, respondent party id, mediator id)"""
    detail, applicant, respondent = case_with_sides(liaison.services)
    return detail, applicant, respondent, mediator(liaison.services)


@pytest.fixture
def view(liaison, case, qtbot) -> CaseDetailView:
    widget = CaseDetailView(liaison)
    qtbot.addWidget(widget)
    widget.show_case(liaison.services.cases.get_case(case[0].id))
    return widget


def assign_linked_to(party_name: str, relation: str):
    def act(dialog: MediatorAssignDialog) -> None:
        dialog.linked_box.setChecked(True)
        dialog.party_combo.setCurrentIndex(
            next(i for i in range(dialog.party_combo.count())
                 if dialog.party_combo.itemText(i).startswith(party_name)))
        dialog.link_edit.setText(relation)
        dialog.save()
    return act


def test_continuing_needs_a_reason_and_the_reason_is_recorded(view, monkeypatch, liaison):
    drive(monkeypatch, MediatorAssignDialog, assign_linked_to("张堃", "堂兄"))
    seen = {}

    def answer(dialog: RecusalDialog) -> None:
        seen["question"] = dialog.question.text()
        dialog.carry_on.setChecked(True)
        dialog.save()  # no reason: refused beside the field
        seen["refused"] = dialog.errors.is_showing("reason")
        seen["message"] = dialog.errors.labels["reason"].text()
        seen["accepted_early"] = dialog.result()
        dialog.reason_edit.setPlainText("双方当事人书面同意由其继续调解")
        dialog.save()

    drive(monkeypatch, RecusalDialog, answer)
    view.mediators.assign()
    assert "张堃" in seen["question"] and "堂兄" in seen["question"]  # the service's question
    assert "第十五条" in seen["question"]
    assert seen["refused"] and "理由" in seen["message"]
    assert seen["accepted_early"] == 0
    on_case = view.detail.mediators[0]
    assert on_case.continue_reason == "双方当事人书面同意由其继续调解"
    assert not on_case.recused
    assert view.mediators.table.item(0, 4).text() == \
        "Continues: 双方当事人书面同意由其继续调解"
    assert view.warning_label.isHidden()
    who, why = view.timeline.texts()[-1][1], view.timeline.texts()[-1][3]
    assert who == "俞晓燕" and "不回避" in why and "书面同意" in why


def test_stepping_aside_is_recorded(view, monkeypatch):
    drive(monkeypatch, MediatorAssignDialog, assign_linked_to("王𠮷", "同一村民小组邻居"))
    drive(monkeypatch, RecusalDialog, lambda dialog: dialog.save())  # step aside: the default
    view.mediators.assign()
    on_case = view.detail.mediators[0]
    assert on_case.recused and not on_case.is_lead
    assert view.mediators.table.item(0, 4).text() == "Stepped aside"
    assert "回避" in view.timeline.texts()[-1][3]


def test_deciding_later_leaves_a_warning_and_blocks_mediation(view, monkeypatch):
    drive(monkeypatch, MediatorAssignDialog, assign_linked_to("张堃", "表姐夫"))
    drive(monkeypatch, RecusalDialog, lambda dialog: dialog.reject())
    view.mediators.assign()
    assert view.detail.recusal_pending
    assert not view.warning_label.isHidden()
    assert "俞国强" in view.warning_label.text()
    assert view.mediators.table.item(0, 4).text() == "Decision needed"
    view.mediators.table.selectRow(0)
    assert view.mediators.decide_button.isEnabled()


def test_a_mediator_cannot_become_a_partys_agent(view, liaison, case, message_boxes):
    services = liaison.services
    detail, applicant, _respondent, mediator_id = case
    services.cases.add_mediator(detail.id, mediator_id)
    namesake = agent(services, applicant, "俞国强", "13905718801")
    view.show_case(services.cases.get_case(detail.id))
    view.parties.table.selectRow(0)  # the applicant
    assert [a.id for a in view.parties.registered_agents(view.parties.current())] == [namesake]
    assert view.parties.attach(namesake) is None
    warning = message_boxes.texts("warning")[-1]
    assert "第十六条" in warning and "俞国强" in warning
    assert services.cases.get_case(detail.id).parties[0].agents == ()


def test_an_agent_cannot_be_assigned_as_mediator(view, liaison, case, monkeypatch,
                                                 message_boxes):
    services = liaison.services
    detail, applicant, _respondent, mediator_id = case
    acting = agent(services, applicant, "俞国强", "13905718801")
    services.cases.attach_agent(view.detail.in_role("applicant")[0].id, acting)
    view.show_case(services.cases.get_case(detail.id))
    driven = drive(monkeypatch, MediatorAssignDialog, lambda dialog: dialog.save())
    view.mediators.assign()
    assert driven[0].result() == 0  # stays open: nothing assigned
    assert "第十六条" in message_boxes.texts("warning")[-1]
    assert services.cases.get_case(detail.id).mediators == ()


def test_attaching_and_detaching_an_agent(view, liaison, case):
    services = liaison.services
    detail, applicant, _respondent, _mediator_id = case
    wife = agent(services, applicant, "阿依古丽·买买提", "13712340000")
    view.show_case(services.cases.get_case(detail.id))
    view.parties.table.selectRow(0)
    view.parties.attach(wife)
    assert "阿依古丽·买买提" in view.parties.table.item(0, 5).text()
    assert view.parties.detach_button.isEnabled()
    view.parties.detach(wife)
    assert view.parties.table.item(0, 5).text() == ""
