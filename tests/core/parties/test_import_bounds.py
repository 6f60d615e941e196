"""Imports are bounded, decode or refuse, and never store an invisible character."""
import csv
import subprocess
import sys
import textwrap
from datetime import date

import pytest
from fixtures.party_lists import workers, write_csv
from sqlalchemy import func, select

from microcourt.db.models import Party
from microcourt.errors import UserError
from microcourt.importers import import_parties, preview
from microcourt.importers.readers import Limits, open_table
from microcourt.services.kernel.progress import run_to_end

TODAY = date(2026, 3, 2)


def _count(services) -> int:
    with services.ctx.db.reading() as session:
        return session.scalar(select(func.count()).select_from(Party))


def _write(path, rows, encoding):
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


@pytest.mark.parametrize(("encoding", "rows"), [
    ("big5", [["姓名", "身份證號碼", "住址"], ["陳大文", "A123456789", "臺北市大安區忠孝東路"],
              ["林美玲", "B223456789", "高雄市鹽埕區"]]),
    ("shift_jis", [["姓名", "住所", "備考"], ["山田太郎", "東京都港区芝公園", "ひらがなとカタカナ"],
                   ["佐藤花子", "大阪市北区梅田", "ﾊﾝｶｸ"]]),
    ("utf-16-le", [["姓名", "住址"], ["王小明", "浙江省杭州市临安区上田村3号"]]),
])
def test_big5_shift_jis_and_utf16_read_as_written_not_as_gbk_mojibake(tmp_path, encoding, rows):
    table = open_table(_write(tmp_path / "名单.csv", rows, encoding))
    assert list(table.header) == rows[0]
    assert [list(r.cells[:len(rows[0])]) for r in table.rows()] == rows[1:]


def test_a_file_no_encoding_reads_is_refused(tmp_path):
    path = tmp_path / "坏.csv"
    path.write_bytes(b"name,addr\n" + b"\x80\xff\xfd," * 200)
    with pytest.raises(UserError, match="文字编码"):
        open_table(path)


def test_excels_doubled_quotes_inside_a_cell_survive(tmp_path):
    path = tmp_path / "名单.csv"
    path.write_text('姓名,备注\n王小明,"他说""下月一定还"",见证人：李四"\n', encoding="utf-8")
    row = next(open_table(path).rows())
    assert row.cells == ("王小明", '他说"下月一定还",见证人：李四')


@pytest.mark.parametrize(("limits", "message"), [
    (Limits(file_bytes=100), "上限"), (Limits(rows=3), "超过3行数据"),
    (Limits(cell_chars=10), "超过每格10字"), (Limits(columns=5), "超过5列"),
])
def test_a_file_past_a_limit_is_refused_whole_with_the_reason(tmp_path, limits, message):
    path = write_csv(tmp_path / "名单.csv", workers(5), "utf-8")
    with pytest.raises(UserError, match=message):
        list(open_table(path, limits).rows())


@pytest.mark.parametrize("bad", ["张\x1b[31m三", "张三\u202e", "张\x00三", "张\u2066三"])
def test_invisible_characters_are_refused_by_the_import_and_shown_escaped(
        services, tmp_path, bad):
    rows = workers(3)
    rows[1]["姓名"] = bad
    rows[2]["家庭住址"] = "上田村\u202e号3"
    path = write_csv(tmp_path / "名单.csv", rows, "utf-8")
    report = run_to_end(import_parties(services, path, consent_on_file=True, today=TODAY))
    assert [(p.row, p.column) for p in report.errors] == [(3, "姓名"), (4, "家庭住址")]
    assert all("U+" in p.reason and "看不见" in p.reason for p in report.errors)
    assert all(ch not in p.value + p.line() for p in report.errors for ch in "\x1b\u202e\x00")
    assert _count(services) == 0


def test_the_preview_shows_an_invisible_character_escaped(tmp_path):
    rows = workers(2)
    rows[0]["姓名"] = "张\x1b[2J三"
    shown = preview(write_csv(tmp_path / "名单.csv", rows, "utf-8"))
    assert shown.rows[0].values[1] == "张<U+001B>[2J三"


def test_the_cli_refuses_an_escape_in_a_name_and_prints_no_escape(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "microcourt.cli", "--data-dir", str(tmp_path / "data"),
         "parties", "add", "--name", "张\x1b]0;pwned\x07三", "--gender", "male",
         "--phone", "13800000001", "--address", "上田村3号"],
        capture_output=True, text=True, encoding="utf-8")
    assert done.returncode != 0
    assert "U+001B" in done.stderr and "\x1b" not in done.stderr + done.stdout


def test_a_50_mb_csv_streams_under_the_memory_cap(tmp_path):
    """Peak resident memory of the import run (interpreter and libraries included),
    measured in a fresh interpreter from the moment the import starts: the attack on the
    old main used 6.5 GB for a file like this one."""
    script = textwrap.dedent(f"""
        import csv, resource, sys
        sys.path.insert(0, {str(__import__("pathlib").Path(__file__).parents[2])!r})
        from fixtures.party_lists import HEADER, worker
        from microcourt.services import open_services
        from microcourt.importers import import_parties
        from microcourt.services.kernel.progress import run_to_end
        path = {str(tmp_path / "大名单.csv")!r}
        header = HEADER + ["备注"]
        with open(path, "w", encoding="utf-8", newline="") as f:
            out = csv.writer(f)
            out.writerow(header)
            for i in range(10_000):
                row = worker(i)
                row["身份证号码"] = "33018519" + f"{{i:010d}}"  # bad: the whole file is checked
                row["备注"] = "欠薪说明" * 450  # 5.4 KB: near the cell cap
                out.writerow([row.get(h, "") for h in header])
        import os
        assert os.path.getsize(path) > 50 * 1024 * 1024, os.path.getsize(path)
        services = open_services({str(tmp_path / "data")!r})
        import gc; gc.collect()
        # Linux: reset the peak resident size, so that what is measured is the import's
        # own peak (writing the test file above is not the importer's memory).
        try:
            with open("/proc/self/clear_refs", "w") as refs:
                refs.write("5")
        except OSError:
            pass
        report = run_to_end(import_parties(services, path, consent_on_file=True))
        assert not report.ok and report.rows_read == 10_000, report.summary()
        try:
            status = open("/proc/self/status").read()
            print(int(status.split("VmHWM:")[1].split()[0]) // 1024)
        except (OSError, IndexError):
            print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    peak_mb = int(done.stdout.split()[-1])
    assert peak_mb < 300, f"peak {peak_mb} MB"


def test_imported_parties_are_found_like_registered_ones(services, tmp_path):
    rows = workers(4)
    path = write_csv(tmp_path / "名单.csv", rows, "utf-8")
    assert run_to_end(import_parties(services, path, consent_on_file=True, today=TODAY)).ok
    name = rows[2]["姓名"]
    assert name in [p.name for p in services.parties.search(name[1:])]
    assert name in [p.name for p in services.parties.search(rows[2]["联系电话"][-4:])]


def test_the_bundle_carries_charset_normalizer():
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "manifest", __import__("pathlib").Path(__file__).parents[3] / "packaging" / "manifest.py")
    manifest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(manifest)
    assert "charset_normalizer" in manifest.LAZY_IMPORTS
