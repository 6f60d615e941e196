"""Bulk import of parties: all or nothing, every problem reported against the file."""
from datetime import date

import pytest
from fixtures.party_lists import (
    HEADER,
    resident_id,
    store_as_whole_number,
    worker,
    workers,
    write_csv,
    write_xlsx,
)
from sqlalchemy import func, select

from microcourt.db.models import Party
from microcourt.importers import ConsentRequired, MissingColumns, import_parties, preview
from microcourt.services.kernel.progress import run_to_end
from microcourt.timeutil import today_local

TODAY = today_local()  # consent dated today: the service refuses a future date


def _import(services, path, consent=True):
    return run_to_end(import_parties(services, path, consent_on_file=consent, today=TODAY))


def _parties(services) -> list[Party]:
    with services.ctx.db.reading() as s:
        return list(s.scalars(select(Party).order_by(Party.id)))


def _count(services) -> int:
    with services.ctx.db.reading() as s:
        return s.scalar(select(func.count(Party.id)))


def _with_three_bad_rows() -> list[dict]:
    rows = workers(77)
    rows[9]["身份证号码"] = rows[9]["身份证号码"][:17] + ("1" if rows[9]["身份证号码"][17] != "1"
                                                        else "2")  # a wrong check character
    rows[40]["联系电话"] = "1381234"
    rows[70]["金额（元）"] = "五千"
    return rows


def test_three_bad_rows_of_77_import_nothing_and_each_is_named(services, tmp_path):
    path = write_xlsx(tmp_path / "鞋厂欠薪名单.xlsx", _with_three_bad_rows())
    report = _import(services, path)
    assert not report.ok and report.imported_ids == []
    assert report.rows_read == 77
    # the header is row 1, so worker i is on spreadsheet row i + 2
    assert [(p.row, p.column) for p in report.errors] == [
        (11, "身份证号码"), (42, "联系电话"), (72, "金额（元）")]
    assert report.errors[1].value == "1381234"
    assert report.errors[2].value == "五千" and "五千" in report.errors[2].reason
    assert "校验" in report.errors[0].reason
    assert "没有导入" in report.summary()
    assert _count(services) == 0


def test_the_same_list_fixed_imports_all_77_with_their_amounts(services, tmp_path):
    rows = workers(77)
    path = write_xlsx(tmp_path / "鞋厂欠薪名单.xlsx", rows)
    report = _import(services, path)
    assert report.ok, [p.line() for p in report.errors]
    assert len(report.imported_ids) == 77
    parties = _parties(services)
    assert [p.name for p in parties] == [r["姓名"] for r in rows]
    assert parties[0].name == "𠮷祥" and parties[1].name == "阿依古丽·买买提"
    assert [p.imported_amount_fen for p in parties[:2]] == [519481, 519581]
    assert sum(p.imported_amount_fen for p in parties) == 40292637  # 402,926.37 yuan
    leap = parties[3]
    assert leap.birth_date == date(1960, 2, 29) and leap.gender == "female"
    assert all(p.consent_form == "paper" and p.consent_on == TODAY for p in parties)
    assert "77" in report.summary()


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig"])
def test_csv_lists_from_excel_import(services, tmp_path, encoding):
    rows = [r for r in workers(12) if encoding != "gbk" or r["姓名"] not in ("𠮷祥", "刘䶮")]
    path = write_csv(tmp_path / "名单.csv", rows, encoding)
    report = _import(services, path)
    assert report.ok, [p.line() for p in report.errors]
    parties = _parties(services)
    assert [p.name for p in parties] == [r["姓名"] for r in rows]
    assert parties[0].id_number == rows[0]["身份证号码"]
    assert parties[-1].imported_amount_fen == int(rows[-1]["金额（元）"] * 100)


def test_a_missing_required_column_is_refused_before_any_row_is_read(services, tmp_path):
    header = [h for h in HEADER if h != "联系电话"]
    rows = _with_three_bad_rows()  # bad rows would be reported if rows were read
    job = import_parties(services, write_xlsx(tmp_path / "名单.xlsx", rows, header),
                         consent_on_file=True, today=TODAY)
    with pytest.raises(MissingColumns) as info:
        next(job)  # refused before the first progress report
    assert "电话" in info.value.message and "第" not in info.value.message
    assert _count(services) == 0


def test_the_same_person_twice_in_the_file_names_both_rows(services, tmp_path):
    rows = workers(8)
    assert rows[5]["身份证号码"].endswith("X")
    rows[2] = dict(rows[5], 身份证号码=rows[5]["身份证号码"].lower())  # x or X: the same
    report = _import(services, write_xlsx(tmp_path / "名单.xlsx", rows))
    assert [(p.row, p.column) for p in report.errors] == [(4, "身份证号码"), (7, "身份证号码")]
    assert "第7行" in report.errors[0].reason and "第4行" in report.errors[1].reason
    assert "*" in report.errors[0].value  # a valid ID number is shown masked
    assert _count(services) == 0


def test_people_already_registered_are_reported_and_nothing_is_added(services, tmp_path):
    assert _import(services, write_xlsx(tmp_path / "first.xlsx", workers(3))).ok
    second = workers(5)[2:]  # worker 2 is already in the database
    report = _import(services, write_xlsx(tmp_path / "second.xlsx", second))
    assert [(p.row, p.column) for p in report.errors] == [(2, "身份证号码")]
    assert "已经登记" in report.errors[0].reason
    assert _count(services) == 3


def test_id_numbers_without_the_consent_declaration_are_refused(services, tmp_path):
    path = write_xlsx(tmp_path / "名单.xlsx", workers(3))
    with pytest.raises(ConsentRequired) as info:
        _import(services, path, consent=False)
    assert "同意" in info.value.message and "--consent-on-file" in info.value.message
    assert _count(services) == 0


def test_cancelling_before_the_write_leaves_nothing(services, tmp_path):
    job = import_parties(services, write_xlsx(tmp_path / "名单.xlsx", workers(30)),
                         consent_on_file=True, today=TODAY)
    seen = []
    for progress in job:
        seen.append(progress)
        if "保存" in progress.message:  # the last stop before the one write
            break
    job.close()
    assert seen[-1].done == seen[-1].total == 30
    assert any("检查" in p.message for p in seen)
    assert _count(services) == 0


def test_an_id_number_excel_turned_into_a_number_is_explained(services, tmp_path):
    rows = workers(3)
    rows[1]["身份证号码"] = float(rows[1]["身份证号码"])  # typed into a General column
    report = _import(services, write_xlsx(tmp_path / "名单.xlsx", rows))
    assert [(p.row, p.column) for p in report.errors] == [(3, "身份证号码")]
    assert "E+17" in report.errors[0].value
    assert "文本" in report.errors[0].reason and "丢失" in report.errors[0].reason
    csv_rows = workers(2)
    csv_rows[0]["身份证号码"] = "3.30185E+17"  # what a CSV saved from that sheet holds
    csv_report = _import(services, write_csv(tmp_path / "名单.csv", csv_rows, "utf-8"))
    assert [p.row for p in csv_report.errors] == [2] and "文本" in csv_report.errors[0].reason


def test_an_id_number_stored_as_a_whole_number_keeps_every_digit(services, tmp_path):
    rows = workers(2)
    number = rows[0]["身份证号码"] = resident_id(date(1958, 5, 6), 1, True)
    rows[0]["出生日期"], rows[0]["性别"] = date(1958, 5, 6), "男"
    path = write_xlsx(tmp_path / "名单.xlsx", rows)
    store_as_whole_number(path, number)
    assert _import(services, path).ok
    assert _parties(services)[0].id_number == number


def test_preview_shows_mapping_first_rows_and_total_with_ids_masked(tmp_path):
    path = write_xlsx(tmp_path / "名单.xlsx", workers(77), HEADER + ["工号"])
    shown = preview(path, sample_size=5)
    assert shown.total_rows == 77 and len(shown.rows) == 5
    assert shown.rows[0].number == 2 and shown.rows[0].values[1] == "𠮷祥"
    id_cell = shown.rows[0].values[HEADER.index("身份证号码")]
    assert id_cell.startswith("330185") and "********" in id_cell
    assert shown.mapping.column("amount").header == "金额（元）"
    assert [c.header for c in shown.mapping.ignored] == ["序号", "工号"]
    assert shown.has_id_numbers and shown.can_import


def test_markup_and_rare_characters_in_free_text_are_kept(services, tmp_path):
    rows = workers(1)
    rows[0]["备注"] = "欠薪<3个月> & 已报劳动监察"
    path = write_xlsx(tmp_path / "名单.xlsx", rows, HEADER + ["备注"])
    assert _import(services, path).ok
    assert _parties(services)[0].notes == "欠薪<3个月> & 已报劳动监察"


def test_worker_fixture_is_consistent():
    one = worker(3)
    assert one["身份证号码"][6:14] == "19600229" and int(one["身份证号码"][16]) % 2 == 0


def test_a_duplicate_is_found_even_when_the_row_has_another_problem(services, tmp_path):
    rows = workers(4)
    rows[3] = dict(rows[0], 联系电话="12")
    report = _import(services, write_xlsx(tmp_path / "名单.xlsx", rows))
    assert [(p.row, p.column) for p in report.errors] == [
        (2, "身份证号码"), (5, "联系电话"), (5, "身份证号码")]


def test_an_employer_list_needs_no_consent_declaration(services, tmp_path):
    from microcourt.validation.credit_code import check_char

    code = "91330185MA2" + "8AB0C1"
    code += check_char(code)
    header = ["单位名称", "统一社会信用代码", "法定代表人", "职务", "住所", "电话", "欠薪金额"]
    rows = [{"单位名称": "临安某某鞋业有限公司", "统一社会信用代码": code.lower(),
             "法定代表人": "周建国", "职务": "执行董事", "住所": "临安区上田村工业区8号",
             "电话": "0571-6372 1234", "欠薪金额": "400,000.00"}]
    report = _import(services, write_xlsx(tmp_path / "用人单位.xlsx", rows, header),
                     consent=False)
    assert report.ok, [p.line() for p in report.errors]
    employer = _parties(services)[0]
    assert (employer.kind, employer.id_type, employer.id_number) == (
        "organization", "credit_code", code)
    assert employer.imported_amount_fen == 40_000_000


def test_the_check_and_the_write_are_one_transaction(services, tmp_path):
    """No one can register a listed person between the import's duplicate check and
    its write: both happen in the one transaction, which holds the write lock from the
    first chunk's INSERT to the commit (another writer waits, then is told busy)."""
    import sqlite3

    job = import_parties(services, write_xlsx(tmp_path / "名单.xlsx", workers(4)),
                         consent_on_file=True, today=TODAY)
    for progress in job:
        if "保存" in progress.message:
            break
    other = sqlite3.connect(services.ctx.db.engine.url.database, timeout=0.05)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("UPDATE party SET notes = 'x'")
    other.close()
    with pytest.raises(StopIteration) as stop:
        next(job)
    assert stop.value.value.ok and _count(services) == 4

