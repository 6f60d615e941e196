"""The wage case of the demo: 77 workers, one packet each, every packet complete and each
worker's application stating that worker's own installments."""
import hashlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from microcourt.services import open_services
from microcourt.services.demo.service import load_demo
from microcourt.services.kernel.progress import run_to_end
from microcourt.validation.money import format_amount, to_chinese_upper

WAGE_CASE = "上田微调〔2026〕第11号"
KINDS = ["application", "agreement", "mediation_proof", "service_address", "service_address",
         "power_of_attorney", "checklist", "combined"]


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("batch")
    services = open_services(root / "data")
    run_to_end(load_demo(services))
    result = run_to_end(services.filings.generate(WAGE_CASE, root / "out"))
    detail = services.agreements.in_force(services.agreements.case_id_for_number(WAGE_CASE))
    yield services, result, detail
    services.close()


def test_77_packets_each_complete_with_hashes_that_match(batch):
    services, result, detail = batch
    assert result.mode == "per_claimant" and len(result.filings) == 77
    folder = Path(result.folder)
    assert len([p for p in folder.iterdir() if p.is_dir()]) == 77
    for filing in result.filings:
        assert [d.kind for d in filing.documents] == KINDS
        for document in filing.documents:
            data = (folder / document.file_name).read_bytes()
            assert hashlib.sha256(data).hexdigest() == document.sha256
    assert result.filings[0].documents[0].file_name.startswith("01_")
    assert result.filings[76].documents[-1].file_name.startswith("77_")


def test_each_application_states_that_claimants_own_schedule(batch):
    services, result, detail = batch
    schedules = {s.claimant_id: s for s in detail.schedules}
    assert sum(s.total_fen for s in schedules.values()) == 39_786_450
    for filing in result.filings:
        schedule = schedules[filing.claimant_id]
        assert filing.label == schedule.name
        reader = PdfReader(Path(result.folder) / filing.documents[0].file_name)
        text = "".join(page.extract_text() for page in reader.pages[:2]).replace("\n", "")
        assert f"申请人：{schedule.name}" in text
        for item in schedule.installments:
            assert f"第{item.seq}期" in text and f"人民币{format_amount(item.amount_fen)}元" in text
        assert f"合计人民币{format_amount(schedule.total_fen)}元" in text
        assert to_chinese_upper(schedule.total_fen) in text


def test_the_rare_names_of_the_demo_are_in_their_packets(batch):
    services, result, detail = batch
    labels = {f.label for f in result.filings}
    assert {"王𠮷", "张堃", "阿依古丽·买买提"} <= labels
    folders = {p.name for p in Path(result.folder).iterdir()}
    assert any(name.endswith("_王𠮷") for name in folders)
