"""How quickly the command line answers (issue 16.2), side by side with `python -c pass`
and, where LibreOffice is installed, with it converting a one-page .docx to PDF.

    .venv/bin/python tests/benchmarks/bench_cli.py [--runs 9]

Targets: `microcourt-cli --help` <= 3x `python -c pass`; `cases list --json` on the demo
<= 6x; one packet from the CLI <= 0.5x LibreOffice converting one .docx (skipped, with
the reason, where LibreOffice or python-docx is absent). Medians of alternated runs.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchkit import alternate, machine_load, report_ratio  # noqa: E402

CLI = [sys.executable, "-m", "microcourt.cli"]
ORM_FLOOR = ("import sqlalchemy.orm, microcourt.db.models as m; "
             "sqlalchemy.orm.configure_mappers()")


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--runs", type=int, default=9)
    runs = options.parse_args().runs
    print(machine_load())
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp, "data")
        subprocess.run([*CLI, "--data-dir", str(data), "demo"], check=True,
                       stdout=subprocess.DEVNULL)
        medians = alternate({
            "python -c pass": [sys.executable, "-c", "pass"],
            "microcourt-cli --help": [*CLI, "--help"],
            "cases list --json": [*CLI, "--data-dir", str(data), "cases", "list", "--json"],
            # the floor of any command that reads the database: SQLAlchemy and our models
            "import the ORM models": [sys.executable, "-c", ORM_FLOOR],
        }, runs)
        base = medians["python -c pass"]
        ok = report_ratio("microcourt-cli --help", medians["microcourt-cli --help"],
                          "python -c pass", base, target=3)
        ok &= report_ratio("cases list --json (demo)", medians["cases list --json"],
                           "python -c pass", base, target=6)
        report_ratio("floor: import + map the ORM models", medians["import the ORM models"],
                     "python -c pass", base)
        ok &= _packet_against_libreoffice(Path(tmp), data, runs)
    print(machine_load())
    return 0 if ok else 1


def _case_to_file(data: Path) -> str:
    """The number of the demo's signed one-applicant case (its window is always open:
    the demo's dates follow today)."""
    listed = subprocess.run([*CLI, "--data-dir", str(data), "cases", "list", "--json"],
                            check=True, capture_output=True, text=True, encoding="utf-8")
    for case in json.loads(listed.stdout):
        if case["status"] == "agreed" and case["claimants"] == 1:
            return case["number"]
    raise SystemExit("the demo has no signed one-applicant case to file")


def _packet_against_libreoffice(tmp: Path, data: Path, runs: int) -> bool:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        print("one packet vs LibreOffice: skipped, LibreOffice is not installed "
              "(Debian: apt-get install libreoffice-writer-nogui)")
        return True
    docx = _one_page_docx(tmp)
    if docx is None:
        print("one packet vs LibreOffice: skipped, python-docx is not installed "
              "(pip install python-docx, in a throw-away venv)")
        return True
    medians = alternate({
        "libreoffice": [office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp),
                        str(docx)],
        "packet": [*CLI, "--data-dir", str(data), "filing", "generate", _case_to_file(data),
                   "--out", str(tmp / "packet")],
    }, runs, env={"HOME": str(tmp)})
    return report_ratio("one packet from the CLI", medians["packet"],
                        "LibreOffice .docx->pdf", medians["libreoffice"], target=0.5)


def _one_page_docx(tmp: Path) -> Path | None:
    try:
        import docx  # noqa: PLC0415 - optional, only for the reference document
    except ImportError:
        return None
    document = docx.Document()
    document.add_heading("人民调解协议书", 0)
    for line in range(30):
        document.add_paragraph(f"第{line + 1}条 双方当事人自愿达成如下协议，共同遵守。")
    path = tmp / "reference.docx"
    document.save(path)
    return path


if __name__ == "__main__":
    sys.exit(main())
