"""The party form: a good save, errors beside the fields with the text kept, the birth
date checked against the ID number, duplicates, consent, organizations and agents."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from microcourt.domain import PartyKind
from microcourt.services.demo.people import org_credit_code
from microcourt.services.parties.dto import ConsentRecord, PartyDraft
from microcourt.services.parties.rules import STANDARD_SPECIAL_AUTHORITY
from microcourt.services.parties.service import CONSENT_REQUIRED
from tests.fixtures.party_lists import resident_id
from ui.common.inputs import combo_value, set_combo_value
from ui.parties.agent_form import AgentFormDialog
from ui.parties.consent_dialog import ConsentDialog
from ui.parties.form import OPEN_EXISTING, PartyFormDialog

LEAP_DAY = date(1960, 2, 29)
NUMBER = resident_id(LEAP_DAY, 3, male=False)
CREDIT_CODE = org_credit_code("330185", "12345678")  # valid per GB 32100-2015
PAPER = ConsentRecord(on=date(2024, 3, 1), form="paper")


def _form(context, qtbot, kind=PartyKind.PERSON, party_id=None) -> PartyFormDialog:
    dialog = PartyFormDialog(context, kind, party_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(dialog: PartyFormDialog, **values) -> None:
    """Text set directly: QTest cannot type characters outside the BMP such as 𠮷."""
    for name, value in values.items():
        widget = dialog.fields.inputs[name]
        if name in ("gender", "id_type"):
            set_combo_value(widget, value)
        elif name == "ethnicity":
            widget.setCurrentText(value)
        elif name == "accepts_e_service":
            widget.setChecked(value)
        elif name == "notes":
            widget.setPlainText(value)
        else:
            widget.setText(value)


PERSON = dict(name="𠮷祥·阿依古丽", id_number=NUMBER.lower(), phone="13812345678",
              household_address="浙江省杭州市临安区上田村3号", ethnicity="维吾尔族",
              notes="<b>不识字</b> & 需要读给她听")


def _error(dialog, name: str) -> str:
    assert dialog.errors.is_showing(name), f"no error beside {name}"
    return dialog.errors.labels[name].text()


def test_good_person_is_saved_with_consent_and_derived_particulars(context, qtbot):
    dialog = _form(context, qtbot)
    _fill(dialog, **PERSON)
    assert dialog.fields.inputs["birth_date"].text() == "1960-02-29"  # filled, visibly
    assert combo_value(dialog.fields.inputs["gender"]) == "female"
    assert dialog.fields.derived_note.isVisible()
    dialog.consent = PAPER
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = context.services.parties.get(dialog.saved.id)
    assert stored.name == "𠮷祥·阿依古丽" and stored.birth_date == LEAP_DAY
    assert stored.notes == PERSON["notes"]  # markup kept as typed
    assert stored.has_consent and stored.id_number != NUMBER  # masked on read
    assert context.services.parties.reveal_id_number(stored.id) == NUMBER  # x stored upper


def test_bad_id_number_is_marked_beside_the_field_and_nothing_is_saved(context, qtbot):
    dialog = _form(context, qtbot)
    bad = NUMBER[:-1] + ("0" if NUMBER[-1] != "0" else "1")
    _fill(dialog, **{**PERSON, "id_number": bad})
    dialog.consent = PAPER
    dialog.save()
    assert bad in _error(dialog, "id_number")
    assert dialog.fields.inputs["id_number"].text() == bad  # kept as typed
    assert dialog.fields.inputs["name"].text() == PERSON["name"]
    assert dialog.focusWidget() is dialog.fields.inputs["id_number"]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert context.services.parties.count() == 0


def test_birth_date_that_disagrees_with_the_id_names_both_values(context, qtbot):
    dialog = _form(context, qtbot)
    dialog.fields.inputs["birth_date"].setText("1960-03-01")  # typed before the number
    _fill(dialog, **PERSON)
    assert dialog.fields.inputs["birth_date"].text() == "1960-03-01"  # never overwritten
    dialog.consent = PAPER
    dialog.save()
    message = _error(dialog, "birth_date")
    assert "1960-03-01" in message and "1960-02-29" in message
    assert context.services.parties.count() == 0


def test_enter_saves_from_the_keyboard(context, qtbot):
    dialog = _form(context, qtbot)
    _fill(dialog, **{**PERSON, "id_number": ""}, gender="male")
    dialog.fields.inputs["phone"].setFocus()
    qtbot.keyClick(dialog.fields.inputs["phone"], Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert context.services.parties.count() == 1


def test_duplicate_offers_to_open_the_existing_party(context, qtbot, message_boxes):
    first = context.services.parties.register(
        PartyDraft(name="王喆", id_number=NUMBER, phone="13900000000",
                   household_address="上田村5号"), PAPER)
    dialog = _form(context, qtbot)
    _fill(dialog, **PERSON)
    dialog.consent = PAPER
    dialog.save()
    question = message_boxes.texts("question")[-1]
    assert "王喆" in question and NUMBER not in question  # masked in the message
    assert dialog.result() == OPEN_EXISTING and dialog.existing_id == first.id
    assert context.services.parties.count() == 1


def test_duplicate_declined_stays_in_the_form(context, qtbot, message_boxes):
    context.services.parties.register(
        PartyDraft(name="王喆", id_number=NUMBER, phone="13900000000",
                   household_address="上田村5号"), PAPER)
    message_boxes.answer = message_boxes.answer.No
    dialog = _form(context, qtbot)
    _fill(dialog, **PERSON)
    dialog.consent = PAPER
    dialog.save()
    assert "王喆" in _error(dialog, "id_number")
    assert dialog.isVisible() and dialog.existing_id is None


def test_consent_is_required_before_an_id_number_is_saved(context, qtbot, monkeypatch):
    dialog = _form(context, qtbot)
    _fill(dialog, **PERSON)
    dialog.save()
    assert _error(dialog, "consent") == CONSENT_REQUIRED
    assert context.services.parties.count() == 0

    def record(consent_dialog: ConsentDialog):
        consent_dialog.witness.setText("")
        set_combo_value(consent_dialog.form, "oral")
        consent_dialog.accept()  # oral without a witness is refused
        assert not consent_dialog.errors.general.isHidden()
        assert "见证" in consent_dialog.errors.general.text()
        consent_dialog.witness.setText("俞晓燕")
        consent_dialog.accept()
        return consent_dialog.result()

    monkeypatch.setattr(ConsentDialog, "exec", record)
    qtbot.mouseClick(dialog.consent_button, Qt.MouseButton.LeftButton)
    assert "俞晓燕" in dialog.consent_status.text()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = context.services.parties.get(dialog.saved.id)
    assert (stored.consent_form, stored.consent_witness) == ("oral", "俞晓燕")


def test_organization_is_saved(context, qtbot):
    dialog = _form(context, qtbot, PartyKind.ORGANIZATION)
    assert "gender" not in dialog.fields.inputs
    _fill(dialog, name="杭州临安卓步鞋业有限公司", id_number=CREDIT_CODE.lower(),
          legal_rep_name="卓堃", legal_rep_title="执行董事", phone="0571-63712345",
          household_address="临安区玲珑街道工业园3号")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.errors.labels
    stored = context.services.parties.get(dialog.saved.id)
    assert stored.kind == "organization" and stored.legal_rep_name == "卓堃"
    assert stored.service_address == "临安区玲珑街道工业园3号"  # defaulted by the service


def test_editing_keeps_the_stored_number(context, qtbot):
    party = context.services.parties.register(
        PartyDraft(name="陈萍香", id_number=NUMBER, phone="13900000000",
                   household_address="上田村5号"), PAPER)
    dialog = _form(context, qtbot, party_id=party.id)
    assert NUMBER not in dialog.fields.inputs["id_number"].text()  # the form holds it masked
    _fill(dialog, phone="13911112222")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert context.services.parties.reveal_id_number(party.id) == NUMBER
    assert context.services.parties.get(party.id).phone == "13911112222"


def test_agent_with_special_authority_is_added(context, qtbot):
    party = context.services.parties.register(
        PartyDraft(name="陈珍娥", gender="female", phone="13900000000",
                   household_address="上田村5号"))
    dialog = AgentFormDialog(context, party.id)
    qtbot.addWidget(dialog)
    dialog.show()
    set_combo_value(dialog.inputs["kind"], "relative")
    dialog.inputs["name"].setText("方伟林")
    dialog.inputs["relation"].setText("儿子")
    dialog.inputs["phone"].setText("abc")
    dialog.inputs["special_authority"].setChecked(True)
    dialog.save()
    assert "abc" in dialog.errors.labels["phone"].text()
    dialog.inputs["phone"].setText("13700000000")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [agent] = context.services.parties.agents(party.id)
    assert agent.special_authority and agent.authority_scope == STANDARD_SPECIAL_AUTHORITY
    assert (agent.name, agent.relation) == ("方伟林", "儿子")
