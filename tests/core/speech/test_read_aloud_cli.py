"""`microcourt-cli read-aloud (--text TEXT | --agreement NUMBER) --out FILE.wav`."""
import os
import subprocess
import sys
import wave
from datetime import date

import pytest

from microcourt.services import open_services
from microcourt.services.audit.queries import AuditFilter
from microcourt.services.demo.service import load_demo
from microcourt.services.kernel.progress import run_to_end


def run(*args, data_dir=None):
    prefix = ["--data-dir", str(data_dir)] if data_dir else []
    return subprocess.run([sys.executable, "-m", "microcourt.cli", *prefix, "read-aloud", *args],
                          capture_output=True, env=dict(os.environ, PYTHONIOENCODING="ascii"))


def seconds(path) -> float:
    with wave.open(str(path)) as wav:
        return wav.getnframes() / wav.getframerate()


def test_text_is_written_without_touching_any_data_directory(tmp_path):
    out = tmp_path / "t.wav"
    env_dir = tmp_path / "never"
    result = subprocess.run(
        [sys.executable, "-m", "microcourt.cli", "read-aloud", "--text",
         "调解协议。于2027-01-10前还款397,864.50元。", "--out", str(out)],
        capture_output=True, env=dict(os.environ, MICROCOURT_DATA_DIR=str(env_dir)))
    assert result.returncode == 0, result.stderr.decode()
    assert "已写入朗读声音" in result.stdout.decode("utf-8")
    assert 4 < seconds(out) < 20
    assert not env_dir.exists()
    slow = tmp_path / "slow.wav"
    assert run("--text", "调解协议。于2027-01-10前还款397,864.50元。", "--out", str(slow),
               "--slow").returncode == 0
    assert seconds(slow) > seconds(out) * 1.25


def test_usage_errors_exit_2_in_chinese(tmp_path):
    result = run("--out", str(tmp_path / "x.wav"))
    assert result.returncode == 2
    assert "必须给出以下参数之一" in result.stderr.decode("utf-8")
    assert run("--text", "a", "--agreement", "b", "--out", "x.wav").returncode == 2


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    data = tmp_path_factory.mktemp("read-aloud-cli")
    svc = open_services(data)
    run_to_end(load_demo(svc, today=date(2026, 3, 2)))
    cases = svc.cases.list_cases()
    small = next(c.number for c in cases
                 if c.claimants < 5 and svc.agreements.current(c.id) is not None)
    without = next(c.number for c in cases if svc.agreements.current(c.id) is None)
    svc.close()
    return data, small, without


def test_the_agreement_is_read_as_printed_and_audited(demo, tmp_path):
    data, number, _ = demo
    out = tmp_path / "agreement.wav"
    result = run("--agreement", number, "--out", str(out), data_dir=data)
    assert result.returncode == 0, result.stderr.decode("utf-8")
    assert seconds(out) > 30  # a whole agreement: particulars, clauses, signatures
    svc = open_services(data)
    try:
        [entry] = svc.audit.query(AuditFilter(action="reading.wav"))
        assert entry.source == "cli"
    finally:
        svc.close()


def test_unknown_case_or_no_agreement_exits_1(demo, tmp_path):
    data, _, without = demo
    for number in ("上田微调〔1999〕第9号", without):
        result = run("--agreement", number, "--out", str(tmp_path / "x.wav"), data_dir=data)
        assert result.returncode == 1
        assert result.stderr.decode("utf-8").strip()
        assert not (tmp_path / "x.wav").exists()
