"""Reading .xlsx and .csv party lists: encodings, row numbers, Excel's number habits."""
from datetime import date

import pytest
from fixtures.party_lists import HEADER, workers, write_csv, write_xlsx

from microcourt.errors import UserError
from microcourt.importers.readers import LostDigits, cell_value, open_table


def _rows(table):
    return list(table.rows())


def test_xlsx_keeps_spreadsheet_row_numbers_and_skips_blank_rows(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet["A2"], sheet["B2"] = "姓名", "身份证号"  # row 1 left empty, as many lists do
    sheet["A3"], sheet["B3"] = "𠮷祥", "33018519600229001X"
    sheet["A4"] = "   "  # only spaces: blank
    sheet["A7"], sheet["B7"] = "阿依古丽·买买提", "330185196001010022"
    book.save(tmp_path / "list.xlsx")

    table = open_table(tmp_path / "list.xlsx")
    assert table.header == ("姓名", "身份证号")
    assert table.header_row == 2
    rows = _rows(table)
    assert [row.number for row in rows] == [3, 7]
    assert rows[0].cells == ("𠮷祥", "33018519600229001X")
    assert rows[1].cell(0) == "阿依古丽·买买提"


def test_xlsx_dates_come_back_as_dates_and_numbers_as_their_text(tmp_path):
    path = write_xlsx(tmp_path / "w.xlsx", workers(4))
    row = _rows(open_table(path))[3]
    assert row.cells[HEADER.index("出生日期")] == date(1960, 2, 29)
    assert row.cells[HEADER.index("金额（元）")] == "5197.81"
    assert row.cells[HEADER.index("序号")] == "4"


def test_excel_number_conversions():
    assert cell_value(330185196002290018) == "330185196002290018"  # an int keeps every digit
    lost = cell_value(3.30185196002290e17)
    assert isinstance(lost, LostDigits) and lost == "3.3018519600229E+17"
    assert not isinstance(cell_value(13812345678.0), LostDigits)
    assert cell_value(13812345678.0) == "13812345678"
    assert cell_value(0.1 + 0.2) == "0.3"
    assert cell_value(0) == "0"
    assert cell_value(True) == "是"
    assert cell_value("  ") is None


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8", "gb18030"])
def test_csv_encodings_excel_writes_are_recognised(tmp_path, encoding):
    rows = workers(8)[1:]  # 𠮷 is outside GBK; the others (· 堃 䶮 喆 赟 犇) are inside
    if encoding == "gbk":
        rows = [r for r in rows if r["姓名"] != "刘䶮"]  # 䶮 is GB18030 only
    path = write_csv(tmp_path / "list.csv", rows, encoding)
    table = open_table(path)
    assert table.header == tuple(HEADER)
    names = [row.cell(1) for row in _rows(table)]
    assert names == [r["姓名"] for r in rows]
    assert "阿依古丽·买买提" in names and "王堃" in names


def test_csv_with_semicolons_and_a_multiline_cell_keeps_record_numbers(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text('姓名;备注\n张三;"第一行\n第二行"\n\n李四;a<b & c\n', encoding="utf-8")
    rows = _rows(open_table(path))
    assert [(r.number, r.cell(0)) for r in rows] == [(2, "张三"), (4, "李四")]
    assert rows[0].cell(1) == "第一行\n第二行"
    assert rows[1].cell(1) == "a<b & c"


def test_csv_in_an_unknown_encoding_is_refused_clearly(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("姓名,备注\nJosé,café\n".encode().replace(b"\xc3\xa9", b"\xe9"))
    with pytest.raises(UserError) as info:
        open_table(path)
    assert "编码" in info.value.message and "UTF-8" in info.value.message


@pytest.mark.parametrize("name, content, expected", [
    ("old.xls", b"\xd0\xcf\x11\xe0", ".xls"),
    ("broken.xlsx", b"not a zip", "不是有效的Excel"),
    ("empty.csv", b"", "空的"),
    ("list.pdf", b"%PDF", "不是Excel"),
])
def test_unusable_files_get_a_chinese_reason(tmp_path, name, content, expected):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(UserError) as info:
        open_table(tmp_path / name)
    assert expected in info.value.message and name in info.value.message


def test_missing_file_is_named(tmp_path):
    with pytest.raises(UserError) as info:
        open_table(tmp_path / "没有.xlsx")
    assert "没有.xlsx" in info.value.message


def test_report_lines_name_row_column_and_value():
    from microcourt.importers.report import Problem

    assert Problem(5, "身份证号", "123", "应为18位").line() == "第5行 列“身份证号” 值“123”：应为18位"
    assert Problem(None, "工号", "", "不认识“工号”列").line() == "不认识“工号”列"
