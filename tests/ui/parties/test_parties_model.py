"""The party list model, without a window: lazy windows over count/search, and what each
cell shows (masked ID numbers, the elderly badge, persons and organizations apart)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from microcourt.services.demo.bulk import fill_bulk
from microcourt.services.kernel.progress import run_to_end
from microcourt.services.parties.dto import PartyRow
from ui.parties.table_model import ORGANIZATION_TINT, PARTY_ID_ROLE, Column, PartyTableModel

DISPLAY = Qt.ItemDataRole.DisplayRole


def _row(i: int, **values) -> PartyRow:
    base = dict(id=i, name=f"当事人{i}", kind="person", gender="female",
                birth_date=date(1980, 1, 1), age=44, elderly=False,
                id_number="330185********123X", phone="13800000000",
                household_address="上田村")
    return PartyRow(**{**base, **values})


class FakeParties:
    """count/search over a list, recording the windows asked for."""

    def __init__(self, rows):
        self.rows = list(rows)
        self.windows = []

    def count(self, text="", at_most=None):
        found = len([r for r in self.rows if text in r.name])
        return found if at_most is None else min(found, at_most + 1)

    def search(self, text="", offset=0, limit=100):
        self.windows.append((offset, limit))
        return [r for r in self.rows if text in r.name][offset:offset + limit]


def test_rows_load_one_window_at_a_time(qapp):
    source = FakeParties(_row(i) for i in range(25))
    model = PartyTableModel(source, window=10)
    model.set_search("")
    assert (model.rowCount(), model.total()) == (10, 25)
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()
    assert source.windows == [(0, 10), (10, 10), (20, 10)]


def test_rows_deleted_since_the_count_stop_the_fetching(qapp):
    source = FakeParties(_row(i) for i in range(20))
    model = PartyTableModel(source, window=10)
    model.set_search("")
    del source.rows[12:]
    model.fetchMore()
    assert model.rowCount() == 12 and not model.canFetchMore()


def test_cells_show_masked_numbers_badges_and_kinds(qapp):
    elderly = _row(1, age=66, elderly=True, birth_date=date(1960, 2, 29))
    company = _row(2, name="卓步鞋业<有限>公司", kind="organization", gender=None, age=None,
                   birth_date=None, id_number="913301**********8L")
    model = PartyTableModel(FakeParties([elderly, company, _row(3)]), window=10)
    model.set_search("")
    cell = lambda row, column, role=DISPLAY: model.data(model.index(row, column), role)  # noqa: E731
    assert cell(0, Column.ELDERLY) == "Elderly" and "66" in cell(0, Column.ELDERLY,
                                                                 Qt.ItemDataRole.ToolTipRole)
    assert cell(2, Column.ELDERLY) == ""
    assert cell(0, Column.ID_NUMBER) == "330185********123X"
    assert cell(1, Column.NAME) == "卓步鞋业<有限>公司"
    assert cell(1, Column.KIND) == "Organization" and cell(0, Column.KIND) == "Natural person"
    assert cell(1, Column.NAME, Qt.ItemDataRole.BackgroundRole).color() == ORGANIZATION_TINT
    assert cell(0, Column.NAME, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(1, Column.AGE) == "" and cell(1, Column.GENDER) == ""
    assert cell(2, Column.NAME, PARTY_ID_ROLE) == 3


def test_elderly_badge_is_chinese_for_the_liaison(qapp, chinese):
    model = PartyTableModel(FakeParties([_row(1, age=70, elderly=True)]))
    model.set_search("")
    assert model.data(model.index(0, Column.ELDERLY)) == "老年人"
    assert model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "姓名"


def test_five_thousand_parties_open_in_windows(context):
    run_to_end(fill_bulk(context.services, parties=5_000, cases=0))
    model = PartyTableModel(context.services.parties, window=200)
    model.set_search("")
    assert model.total() == 5_000 and model.rowCount() == 200
    model.fetchMore()
    assert model.rowCount() == 400
    ids = [model.data(model.index(r, 0), PARTY_ID_ROLE) for r in range(400)]
    assert len(set(ids)) == 400  # the second window continues the first
    masked = model.data(model.index(0, Column.ID_NUMBER))
    assert "*" in masked and len(masked) == 18


def test_a_search_past_the_cap_shows_the_cap_and_says_there_are_more(qapp):
    from ui.parties.table_model import SEARCH_CAP
    source = FakeParties(_row(i, name=f"王{i}") for i in range(SEARCH_CAP + 50))
    model = PartyTableModel(source, window=400)
    model.set_search("王")
    while model.canFetchMore():
        model.fetchMore()
    assert (model.rowCount(), model.total(), model.more) == (SEARCH_CAP, SEARCH_CAP, True)
    assert f"{SEARCH_CAP:,}" in model.found_text()
    model.set_search("王1")  # 王1, 王10-19, 王100-199, 王1000-1049: 161, under the cap
    assert (model.total(), model.more) == (161, False)
    model.set_search("")  # the whole register is counted exactly
    assert (model.total(), model.more) == (SEARCH_CAP + 50, False)
