"""The installment table model without a window: filters, hand edits, errors by row."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from microcourt.errors import ValidationErrors
from microcourt.services.agreements.dto import InstallmentInfo
from ui.agreements.plan_model import ALL, ERROR_TEXT, Column, InstallmentTableModel


def info(id_: int, claimant: int, seq: int, fen: int, paid: int = 0, state: str = "due"):
    return InstallmentInfo(id_, claimant, seq, date(2024, seq, 29), fen, 9, "鞋厂", claimant,
                           "工人", paid, state)


@pytest.fixture
def model(qapp):
    model = InstallmentTableModel()
    rows = [info(1, 1, 1, 100), info(2, 1, 2, 200, 50, "overdue"), info(3, 2, 1, 300)]
    model.set_plan(rows, {9: "临安<b>&鞋业", 1: "王𠮷", 2: "阿依古丽·买买提"},
                   {1: "王𠮷", 2: "阿依古丽·买买提"})
    return model


def test_one_claimant_at_a_time(model):
    model.set_claimant(2)
    assert model.rowCount() == 1
    assert model.index(0, Column.CLAIMANT).data() == "阿依古丽·买买提"
    assert model.index(0, Column.PAYER).data() == "临安<b>&鞋业"
    model.set_claimant(ALL)
    assert model.rowCount() == 3 and model.overdue_count() == 1
    assert model.total_fen() == 600


def test_an_error_for_a_hidden_row_is_kept_for_that_row(model):
    model.set_claimant(1)
    first, others = model.show_errors({"installments[2].amount": "第3期的金额无效",
                                       "total": "总额不对"})
    assert first == 2 and others == {"total": "总额不对"}
    assert model.view_row_of(2) == -1  # not shown under claimant 1
    model.set_claimant(ALL)
    assert model.index(2, Column.AMOUNT).data(Qt.ItemDataRole.ForegroundRole).color() \
        == ERROR_TEXT
    assert model.error_text(2) == "第3期的金额无效"


def test_hand_edits_only_when_editable(model):
    index = model.index(0, Column.DUE)
    assert not model.setData(index, QDate(2024, 2, 29))
    model.set_editable(True)
    assert model.setData(index, QDate(2024, 2, 29))
    assert model.plan_rows()[0].due_on == date(2024, 2, 29)


def test_a_bad_amount_is_kept_as_typed_and_blocks_saving(model):
    model.set_editable(True)
    model.setData(model.index(1, Column.AMOUNT), "12.345")
    assert model.index(1, Column.AMOUNT).data() == "12.345"
    with pytest.raises(ValidationErrors) as caught:
        model.plan_rows()
    assert caught.value.errors[0].field == "installments[1].amount"
    model.setData(model.index(1, Column.AMOUNT), "¥1,234.50")
    assert model.plan_rows()[1].amount_fen == 123_450
