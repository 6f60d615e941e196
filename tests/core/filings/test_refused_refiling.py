"""After a 驳回 ruling the same agreement version cannot be filed again, and the app says
what the parties may do instead (民事诉讼法 art. 206)."""
from datetime import date

import pytest
from filing_support import TODAY, signed_case

from microcourt.cli import main
from microcourt.services.filings.dto import FilingRefused, FilingUpdate
from microcourt.services.kernel.progress import run_to_end

UPLOADED, RULED = date(2024, 2, 26), date(2024, 2, 29)


def _refuse(services, filings):
    services.filings.update(filings, FilingUpdate("submitted", submitted_on=UPLOADED,
                                                  platform="mobile_micro_court"), today=TODAY)
    services.filings.update(filings, FilingUpdate("refused", ruling_on=RULED), today=TODAY)


def test_a_refused_joint_application_cannot_be_filed_again(services, tmp_path, capsys):
    ids = signed_case(services)
    result = run_to_end(services.filings.generate(ids.case_id, tmp_path, mode="joint",
                                                  today=TODAY))
    _refuse(services, [f.id for f in result.filings])
    assert services.cases.get_case(ids.case_id).status == "refused"
    check = services.filings.check(ids.case_id, today=TODAY)
    [problem] = check.problems
    assert problem.kind == "refused" and problem.target[0] == "agreement"
    for words in ("2024年2月29日裁定驳回", "第1版调解协议不能再次申请司法确认", "第二百零六条",
                  "达成新的调解协议", "提起诉讼"):
        assert words in problem.message
    with pytest.raises(FilingRefused, match="第二百零六条"):
        run_to_end(services.filings.generate(ids.case_id, tmp_path, today=TODAY))
    assert len(services.filings.list_for_case(ids.case_id)) == 1  # nothing made
    code = main(["--data-dir", str(services.data_dir), "filing", "generate", ids.number,
                 "--out", str(tmp_path / "cli"), "--accept-late"])
    assert code == 1 and "不能再次申请司法确认" in capsys.readouterr().err


def test_one_claimant_refused_the_others_still_file_and_are_told(services, tmp_path):
    ids = signed_case(services)
    result = run_to_end(services.filings.generate(ids.case_id, tmp_path, today=TODAY))
    refused = result.filings[0]
    _refuse(services, [refused.id])
    check = services.filings.check(ids.case_id, today=TODAY)
    assert check.ready and check.to_generate == 3
    assert f"裁定驳回申请人{refused.label}的司法确认申请" in check.refused.message
    assert check.progress == "已确认 0/4，已提交 0/4，已驳回 1/4，未提交 3"
    assert services.cases.get_case(ids.case_id).status == "applied"  # three may still apply
    again = run_to_end(services.filings.generate(ids.case_id, tmp_path, today=TODAY))
    assert refused.label not in {f.label for f in again.filings} and len(again.filings) == 3
