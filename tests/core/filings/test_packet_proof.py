"""The packet proves what it claims (issue 11 points 4 and 5): the scan of the signed
agreement bound into it, the committee's proof of mediation, the court that referred
the dispute named as the court applied to, and a warning wherever the scan is missing."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from filing_support import TODAY, pdf_text, signed_case
from pypdf import PdfReader
from scan_support import write_scans

from microcourt.domain import FilingMode
from microcourt.errors import UserError, ValidationError, ValidationErrors
from microcourt.services.kernel.progress import run_to_end

COURT = "杭州市临安区人民法院"
REFERRAL = "（2024）浙0185民诉前调701号"


def _generate(services, ids, out: Path, mode=FilingMode.JOINT):
    return run_to_end(services.filings.generate(ids.case_id, out, mode=mode, today=TODAY))


def _files(result, kind: str) -> list[Path]:
    return [Path(result.folder) / d.file_name for d in result.filings[0].documents
            if d.kind == kind]


def _signed_version(services, ids) -> int:
    return services.agreements.in_force(ids.case_id, today=TODAY).id


def test_the_scan_is_bound_after_the_application_and_the_checklist_ticks_it(services, tmp_path):
    ids = signed_case(services)
    info = services.scans.attach(_signed_version(services, ids), write_scans(tmp_path / "scan"))
    assert [f.media_type for f in info.files] == ["application/pdf", "image/jpeg", "image/png"]
    assert info.pages == 4
    assert services.filings.check(ids.case_id, today=TODAY).warnings == ()
    result = _generate(services, ids, tmp_path / "out")
    assert result.warnings == ()
    kinds = [d.kind for d in result.filings[0].documents]
    assert kinds[:4] == ["application", "scan", "agreement", "mediation_proof"]
    [scan] = _files(result, "scan")
    assert scan.name == "02_人民调解协议书（签署原件扫描件）.pdf"
    scan_pages = PdfReader(scan).pages
    assert len(scan_pages) == 4
    # every scanned page carries its picture: the PDF's own JPEGs and the two images
    assert all(page["/Resources"]["/XObject"] for page in scan_pages)
    landscape = scan_pages[3]
    assert float(landscape.mediabox.width) < float(landscape.mediabox.height)  # on A4
    # the combined packet holds every page of every document, scan included, in order
    [combined] = _files(result, "combined")
    separate = [p for d in result.filings[0].documents if d.kind != "combined"
                for p in PdfReader(Path(result.folder) / d.file_name).pages]
    bound = PdfReader(combined)
    assert len(bound.pages) == len(separate)
    assert [o.title for o in bound.outline][:3] == [
        "司法确认申请书", "人民调解协议书（签署原件扫描件）", "人民调解协议书"]
    checklist = pdf_text(_files(result, "checklist")[0])
    assert "人民调解协议书（签署原件扫描件）1份☑已装订于本套材料，共4页" in checklist
    assert "仅供参考" not in checklist


def test_without_a_scan_the_checklist_says_so_and_generation_warns(services, tmp_path):
    ids = signed_case(services)
    check = services.filings.check(ids.case_id, today=TODAY)
    assert check.ready and len(check.warnings) == 1
    assert "还没有附签署原件扫描件" in check.warnings[0]
    result = _generate(services, ids, tmp_path / "out")
    assert any("打印件，仅供参考" in w for w in result.warnings)
    assert not _files(result, "scan")
    checklist = pdf_text(_files(result, "checklist")[0])
    assert "人民调解协议书签署原件扫描件1份☐须扫描" in checklist
    assert "本套材料中的人民调解协议书是打印件，仅供参考" in checklist


def test_a_proof_of_mediation_for_each_packet_names_its_applicants(services, tmp_path):
    ids = signed_case(services)
    result = _generate(services, ids, tmp_path / "out", mode=FilingMode.PER_CLAIMANT)
    assert len(result.filings) == 4
    first, second = (pdf_text(Path(result.folder) / next(
        d.file_name for d in f.documents if d.kind == "mediation_proof"))
        for f in result.filings[:2])
    assert first.startswith("调解组织主持调解的证明")
    assert "兹证明：王𠮷与临安<b>&鞋业有限公司之间的" in first
    assert "于2024年1月10日向上田村人民调解委员会申请调解" in first
    assert "于2024年2月20日在上田村微法庭经各方当事人签名（按指印）或盖章" in first
    assert "上田村人民调解委员会（印章）" in first and "主持调解的人民调解员（签名）" in first
    assert "阿依古丽·买买提与临安<b>&鞋业有限公司" in second and "王𠮷" not in second


def _refer(services, ids, **changes):
    draft = services.cases.draft_for_edit(ids.case_id)
    for name, value in {"source": "court", "referral_kind": "assigned",
                        "referring_court": COURT, "referral_number": REFERRAL,
                        **changes}.items():
        setattr(draft, name, value)
    return services.cases.update_case(ids.case_id, draft)


def test_a_court_referral_addresses_the_application_to_that_court(services, tmp_path):
    ids = signed_case(services)
    services.settings.save_profile(services.settings.profile().__class__(
        **{**vars(services.settings.profile()), "court": "杭州市余杭区人民法院"}))
    detail = _refer(services, ids)
    assert (detail.referral_kind, detail.referring_court, detail.referral_number) == (
        "assigned", COURT, REFERRAL)
    result = _generate(services, ids, tmp_path / "out")
    text = pdf_text(_files(result, "application")[0])
    assert f"此致{COURT}" in text and "余杭" not in text
    assert f"经{COURT}委派调解（案号：{REFERRAL}），由上田村人民调解委员会主持调解" in text
    assert "《中华人民共和国民事诉讼法》第二百零五条第一项、第二百零六条" in text
    proof = pdf_text(_files(result, "mediation_proof")[0])
    assert proof.startswith(f"调解组织主持调解的证明（人民调解协议编号：{ids.number}）{COURT}：")
    assert f"经{COURT}委派调解（案号：{REFERRAL}）至上田村人民调解委员会" in proof
    assert result.filings[0].court == COURT


def test_a_court_referral_needs_its_court_and_case_number(services):
    ids = signed_case(services)
    with pytest.raises(ValidationErrors) as refused:
        _refer(services, ids, referring_court=" ", referral_number="")
    fields = {e.field for e in refused.value.errors}
    assert fields == {"referring_court", "referral_number"}
    assert services.cases.get_case(ids.case_id).source != "court"  # nothing saved
    # another source clears the referral
    _refer(services, ids, referral_kind="委托调解")
    assert services.cases.get_case(ids.case_id).referral_kind == "entrusted"
    detail = _refer(services, ids, source="walk_in")
    assert detail.referring_court is None and detail.referral_number is None


def test_attaching_checks_every_file_and_stores_nothing_on_a_bad_one(services, tmp_path):
    ids = signed_case(services)
    version = _signed_version(services, ids)
    scans = write_scans(tmp_path / "scan")
    bad = tmp_path / "扫描.docx"
    bad.write_bytes(b"PK\x03\x04 not a scan")
    with pytest.raises(ValidationError, match="“扫描.docx”不是PDF、JPEG或PNG文件"):
        services.scans.attach(version, [*scans, bad])
    broken = tmp_path / "坏.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n")
    with pytest.raises(ValidationError, match="扫描件“坏.pdf”无法读取"):
        services.scans.attach(version, [broken])
    assert services.scans.scan_of(version) is None
    # replacing, then removing
    services.scans.attach(version, scans)
    again = services.scans.attach(version, scans[1:])
    assert [f.file_name for f in again.files] == ["协议第3页.jpg", "协议第4页.png"]
    services.scans.remove(version)
    assert services.scans.scan_of(version) is None
    with pytest.raises(UserError, match="没有附扫描件"):
        services.scans.remove(version)
    events = [e.note for e in services.cases.get_case(ids.case_id).events]
    assert "附第1版调解协议签署原件扫描件（3个文件，4页）" in events


def test_only_the_signed_version_takes_a_scan(services, tmp_path):
    ids = signed_case(services)
    signed = _signed_version(services, ids)
    draft = services.agreements.new_version(signed, "分期调整")
    with pytest.raises(UserError, match="第2版调解协议尚未签署，不能附签署原件扫描件"):
        services.scans.attach(draft.id, write_scans(tmp_path / "scan"))


def test_the_confirmation_power_of_attorney_adds_its_stage_powers(services, tmp_path):
    ids = signed_case(services)
    result = _generate(services, ids, tmp_path / "out")
    for path in _files(result, "power_of_attorney"):
        text = pdf_text(path)
        assert "代为申请司法确认" in text and "代为签收法律文书" in text
        assert "强制执行" not in text and "领取执行款物" not in text


def test_the_scan_reads_back_strictly(services, tmp_path):
    """The scan document on its own is a sound PDF (strict pypdf: no broken reference)."""
    ids = signed_case(services)
    services.scans.attach(_signed_version(services, ids), write_scans(tmp_path / "scan"))
    result = _generate(services, ids, tmp_path / "out")
    reader = PdfReader(io.BytesIO(_files(result, "scan")[0].read_bytes()), strict=True)
    assert len(reader.pages) == 4
    assert reader.metadata.title.endswith("人民调解协议书（签署原件扫描件）")


def test_a_seal_on_a_later_day_is_dated_apart_from_the_signatures(services, tmp_path):
    """Signed on 20 February, sealed on the 22nd: the application and the proof say the
    parties signed on the 20th (as the scanned original shows) and it took effect with
    the seal on the 22nd; they never call the seal's day the day of signing."""

    ids = signed_case(services, sealed_on=date(2024, 2, 22))
    result = _generate(services, ids, tmp_path / "out")
    application = pdf_text(_files(result, "application")[0])
    assert "请求确认申请人于2024年2月20日" in application
    assert "于2024年2月20日在上田村微法庭签署" in application
    assert "于2024年2月22日加盖印章，协议自该日起生效" in application
    assert "2024年2月22日在上田村微法庭签署" not in application
    proof = pdf_text(_files(result, "mediation_proof")[0])
    assert "于2024年2月20日在上田村微法庭经各方当事人签名" in proof
    assert "2024年2月22日加盖" in proof


def test_a_seal_with_the_last_signature_reads_as_one_day(services, tmp_path):
    ids = signed_case(services)
    result = _generate(services, ids, tmp_path / "out")
    application = pdf_text(_files(result, "application")[0])
    assert "于2024年2月20日在上田村微法庭签署，协议主要内容如下" in application
    assert "加盖印章，协议自该日起生效" not in application
    proof = pdf_text(_files(result, "mediation_proof")[0])
    assert "人民调解员签名并加盖" in proof and "2024年2月20日" in proof
