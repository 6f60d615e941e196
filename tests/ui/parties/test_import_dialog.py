"""The party import dialog: preview with the column mapping, missing columns, consent,
a refused import with its report, a good GBK list, cancel, column corrections."""
from __future__ import annotations

import csv
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import func, select

from microcourt.db.models import Party
from tests.fixtures.party_lists import HEADER, workers, write_csv, write_xlsx
from ui.parties import import_dialog
from ui.parties.import_dialog import ImportDialog


@pytest.fixture
def dialog(qtbot, context):
    shown = ImportDialog(context)
    qtbot.addWidget(shown)
    return shown


def wait(qtbot, operation):
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=20000):
        pass


def load(qtbot, dialog, path):
    wait(qtbot, dialog.load_file(path))


def run_import(qtbot, dialog):
    dialog.import_button.click()
    wait(qtbot, dialog.operation)


def party_count(context) -> int:
    with context.services.ctx.db.reading() as session:
        return session.scalar(select(func.count()).select_from(Party))


def header_texts(dialog) -> list[str]:
    model = dialog.preview_model
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def with_three_bad_rows(rows: list[dict]) -> list[dict]:
    number = rows[1]["身份证号码"]
    rows[1]["身份证号码"] = number[:-1] + ("1" if number[-1] == "0" else "0")  # check char
    rows[4]["联系电话"] = "12345"
    rows[7]["姓名"] = ""
    return rows


def test_preview_shows_the_mapping_and_the_row_count(qtbot, dialog, tmp_path):
    load(qtbot, dialog, write_xlsx(tmp_path / "工人名单.xlsx", workers(77)))
    assert "77" in dialog.info_label.text()
    headers = header_texts(dialog)
    assert headers[HEADER.index("姓名")] == "姓名\n→ Name"
    assert headers[HEADER.index("身份证号码")] == "身份证号码\n→ ID number"
    assert headers[HEADER.index("金额（元）")] == "金额（元）\n→ Amount"
    assert headers[0] == "序号\n(not imported)"
    assert dialog.preview_model.rowCount() == 20  # the first rows only
    first_id = dialog.preview_model.index(0, HEADER.index("身份证号码")).data()
    assert "*" in first_id  # masked in the preview
    assert dialog.preview_model.index(0, 1).data() == "𠮷祥"
    assert dialog.preview_model.headerData(0, Qt.Orientation.Vertical) == "2"  # sheet row


def test_preview_in_chinese_names_the_fields_in_chinese(qtbot, dialog, tmp_path, chinese):
    load(qtbot, dialog, write_xlsx(tmp_path / "名单.xlsx", workers(3)))
    assert header_texts(dialog)[HEADER.index("联系电话")] == "联系电话\n→ 电话"


def test_missing_column_disables_import_and_names_it(qtbot, dialog, tmp_path):
    header = [title for title in HEADER if title != "身份证号码"]
    load(qtbot, dialog, write_xlsx(tmp_path / "缺列.xlsx", workers(5), header=header))
    assert "身份证号" in dialog.missing_label.text()
    dialog.consent_box.setChecked(True)
    assert not dialog.import_button.isEnabled()


def test_consent_is_required_for_a_list_with_id_numbers(qtbot, dialog, tmp_path):
    load(qtbot, dialog, write_xlsx(tmp_path / "名单.xlsx", workers(3)))
    assert dialog.consent_note.isVisibleTo(dialog)
    assert not dialog.import_button.isEnabled()
    dialog.consent_box.setChecked(True)
    assert dialog.import_button.isEnabled()


def test_three_bad_rows_import_nothing_and_are_listed(qtbot, dialog, context, tmp_path,
                                                      chinese):
    imported = []
    dialog.imported.connect(imported.append)
    load(qtbot, dialog, write_xlsx(tmp_path / "有错.xlsx", with_three_bad_rows(workers(10))))
    dialog.consent_box.setChecked(True)
    run_import(qtbot, dialog)
    assert party_count(context) == 0 and imported == []
    panel = dialog.report_panel
    assert panel.isVisibleTo(dialog)
    assert panel.summary_label.text() == "没有导入任何数据：共3处问题，请在表格中改正后重新导入。"
    model = panel.model
    assert model.rowCount() == 3
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(3)]
    assert [row[:2] for row in rows] == [["3", "身份证号码"], ["6", "联系电话"], ["9", "姓名"]]
    assert rows[1][2] == "12345" and "11位" in rows[1][3]
    assert dialog.import_button.isEnabled()  # the file and choices are kept for a retry
    assert dialog.path.name == "有错.xlsx" and dialog.consent_box.isChecked()


def test_report_can_be_saved_and_copied(qtbot, dialog, tmp_path):
    load(qtbot, dialog, write_xlsx(tmp_path / "有错.xlsx", with_three_bad_rows(workers(10))))
    dialog.consent_box.setChecked(True)
    run_import(qtbot, dialog)
    panel = dialog.report_panel
    assert panel.save_to(tmp_path / "report.csv", as_csv=True)
    with (tmp_path / "report.csv").open(encoding="utf-8-sig", newline="") as handle:
        saved = list(csv.reader(handle))
    assert saved[0] == ["行号", "列", "值", "原因"]
    assert [row[0] for row in saved[1:]] == ["3", "6", "9"]
    panel.copy_report()
    copied = QApplication.clipboard().text().splitlines()
    assert len(copied) == 4 and copied[2].startswith("第6行 列“联系电话” 值“12345”")


def test_good_gbk_csv_imports_and_emits_the_ids(qtbot, dialog, context, tmp_path):
    rows = workers(20)[7:]  # names inside GBK (𠮷 and 䶮 are not)
    path = write_csv(tmp_path / "名单.csv", rows, encoding="gbk")
    load(qtbot, dialog, path)
    assert "13" in dialog.info_label.text()
    dialog.consent_box.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=20000) as emitted:
        dialog.import_button.click()
    ids = emitted.args[0]
    assert len(ids) == 13 and party_count(context) == 13
    assert [context.services.parties.get(i).name for i in ids] == [r["姓名"] for r in rows]
    assert "13" in dialog.report_panel.summary_label.text()
    assert not dialog.import_button.isEnabled()  # a second press would only duplicate


def test_cancel_leaves_nothing_written(qtbot, dialog, context, tmp_path, monkeypatch):
    """Cancelled at the last moment: every row checked, the save about to start."""
    real = import_dialog.import_parties
    reached_save, cancel_pressed = threading.Event(), threading.Event()

    def paused_before_saving(*args, **kwargs):
        for step in real(*args, **kwargs):
            if step.message.startswith("正在保存"):
                reached_save.set()
                cancel_pressed.wait(10)
            yield step

    monkeypatch.setattr(import_dialog, "import_parties", paused_before_saving)
    load(qtbot, dialog, write_xlsx(tmp_path / "名单.xlsx", workers(10)))
    dialog.consent_box.setChecked(True)
    operation = dialog.start_import()
    qtbot.waitUntil(reached_save.is_set, timeout=20000)
    operation.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel
    cancel_pressed.set()
    wait(qtbot, operation)
    assert operation.was_cancelled
    assert party_count(context) == 0
    assert "nothing was imported" in dialog.report_panel.summary_label.text()
    assert dialog.import_button.isEnabled()


def test_a_column_title_can_be_corrected(qtbot, dialog, tmp_path):
    header = [("号码" if title == "联系电话" else title) for title in HEADER]
    rows = [{("号码" if k == "联系电话" else k): v for k, v in row.items()}
            for row in workers(3)]
    load(qtbot, dialog, write_xlsx(tmp_path / "名单.xlsx", rows, header=header))
    dialog.consent_box.setChecked(True)
    assert "电话" in dialog.missing_label.text() and not dialog.import_button.isEnabled()
    wait(qtbot, dialog.set_override(header.index("号码"), "phone"))
    assert header_texts(dialog)[header.index("号码")] == "号码\n→ Phone"
    assert dialog.missing_label.text() == ""
    assert dialog.import_button.isEnabled()


def test_unreadable_file_is_explained(qtbot, dialog, tmp_path, message_boxes):
    path = tmp_path / "旧表.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    load(qtbot, dialog, path)
    assert "旧版Excel" in message_boxes.texts("warning")[0]
    assert not dialog.import_button.isEnabled()


def test_every_field_label_is_marked_for_translation():
    from microcourt.importers.columns import FIELDS
    from ui.parties.import_preview import FIELD_LABELS

    assert sorted(FIELD_LABELS) == sorted(spec.label for spec in FIELDS)


def test_field_menu_offers_every_field_and_marks_the_current_one(qtbot, dialog, tmp_path):
    from microcourt.importers.columns import FIELDS
    from ui.parties.import_preview import AUTOMATIC, field_menu

    load(qtbot, dialog, write_xlsx(tmp_path / "名单.xlsx", workers(3)))
    menu = field_menu(dialog, dialog.preview_model.column(HEADER.index("联系电话")))
    choices = [a.data() for a in menu.actions() if not a.isSeparator()]
    assert choices == [AUTOMATIC, None, *(spec.key for spec in FIELDS)]
    checked = [a.data() for a in menu.actions() if a.isChecked()]
    assert checked == ["phone"]


def test_a_saved_report_carries_no_live_formula(qtbot, dialog, tmp_path):
    """A value typed as =cmd|... is written as text (OWASP: a leading apostrophe)."""
    rows = workers(4)
    rows[1]["联系电话"] = "=cmd|'/C calc'!A0"
    rows[2]["联系电话"] = "@SUM(1+1)"
    load(qtbot, dialog, write_csv(tmp_path / "有公式.csv", rows, encoding="utf-8"))
    dialog.consent_box.setChecked(True)
    run_import(qtbot, dialog)
    assert dialog.report_panel.save_to(tmp_path / "report.csv", as_csv=True)
    with (tmp_path / "report.csv").open(encoding="utf-8-sig", newline="") as handle:
        saved = list(csv.reader(handle))
    values = [row[2] for row in saved[1:]]
    assert values == ["'=cmd|'/C calc'!A0", "'@SUM(1+1)"]
