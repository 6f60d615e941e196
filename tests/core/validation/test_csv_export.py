"""CSV cells never start a formula (OWASP's CSV-injection rule, issue 12 item 4)."""
import csv
import io

import pytest

from microcourt.csv_export import csv_text, neutralise


@pytest.mark.parametrize("value", ["=1+1", "+86 138", "-2+3", "@SUM(A1)", "\tx", "\rx",
                                   "=cmd|'/C calc'!A0", '=HYPERLINK("http://x","y")'])
def test_a_formula_start_is_prefixed(value):
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["王𠮷", "13812345678", "", " =1", 5, -5, None])
def test_other_values_are_left_as_they_are(value):
    assert neutralise(value) == value


def test_csv_text_round_trips_as_text():
    text = csv_text([["列", "值"], ["电话", "=cmd|'/C calc'!A0"], ["备注", 'a,"b"\n-c']])
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [["列", "值"], ["电话", "'=cmd|'/C calc'!A0"], ["备注", 'a,"b"\n-c']]
