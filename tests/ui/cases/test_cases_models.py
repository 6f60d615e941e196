"""The case list, claimant and mediator table models, without a window: what each column
shows, the filters of the Cases page, and a row refreshed after a change."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from microcourt.services.cases.service import CaseSummary
from microcourt.services.mediators.service import MediatorInfo
from tests.core.cases_support import case_with_sides
from tests.ui import cases_ui_support as support
from ui.cases.claimant_model import ClaimantTableModel
from ui.cases.claimant_model import Column as ClaimantColumn
from ui.cases.table_model import CASE_ID_ROLE, CaseTableModel
from ui.cases.table_model import Column as CaseColumn
from ui.mediators.table_model import Column as MediatorColumn
from ui.mediators.table_model import MediatorTableModel

liaison = support.liaison  # fixture


def summary(id_: int, number: str, category: str, status: str, amount_fen: int | None,
            claimants: int = 1) -> CaseSummary:
    return CaseSummary(id=id_, number=number, category=category, status=status,
                       parties=claimants + 1, claimants=claimants,
                       received_on=date(2024, 2, 29), amount_fen=amount_fen)


class FakeCases:
    def __init__(self, rows):
        self.rows = rows

    def list_cases(self):
        return list(self.rows)


ROWS = [summary(3, "上田微调〔2026〕第3号", "wages", "in_mediation", 39_786_450, claimants=77),
        summary(2, "上田微调〔2026〕第2号", "lease", "closed", 0),
        summary(1, "上田微调〔2025〕第1号", "family", "registered", None)]


def shown(model, column) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_columns_show_counts_amounts_and_dates(qapp):
    model = CaseTableModel(FakeCases(ROWS))
    model.reload()
    assert model.rowCount() == 3
    assert shown(model, CaseColumn.NUMBER)[0] == "上田微调〔2026〕第3号"
    assert shown(model, CaseColumn.CLAIMANTS) == ["77", "1", "1"]
    assert shown(model, CaseColumn.PARTIES) == ["78", "2", "2"]
    # 0 is an amount, None is "not stated": they must not look alike
    assert shown(model, CaseColumn.AMOUNT) == ["397,864.50", "0.00", ""]
    assert shown(model, CaseColumn.RECEIVED)[0] == "2024-02-29"
    assert shown(model, CaseColumn.STATUS) == ["In mediation", "Closed", "Registered"]
    assert model.index(0, CaseColumn.STATUS).data(CASE_ID_ROLE) == 3
    header = model.headerData(CaseColumn.CLAIMANTS, Qt.Orientation.Horizontal)
    assert header == "Applicants"


def test_filters_by_status_category_and_text(qapp):
    model = CaseTableModel(FakeCases(ROWS))
    model.reload()
    model.set_filter(status="open")
    assert shown(model, CaseColumn.NUMBER) == ["上田微调〔2026〕第3号", "上田微调〔2025〕第1号"]
    model.set_filter(status="closed")
    assert shown(model, CaseColumn.NUMBER) == ["上田微调〔2026〕第2号"]
    model.set_filter(category="family")
    assert shown(model, CaseColumn.NUMBER) == ["上田微调〔2025〕第1号"]
    model.set_filter(text="2026")
    assert model.rowCount() == 2
    model.set_filter(text="劳动报酬")  # the Chinese legal term of the category
    assert shown(model, CaseColumn.NUMBER) == ["上田微调〔2026〕第3号"]
    model.set_filter(text="第2号 lease")  # every word must match
    assert shown(model, CaseColumn.NUMBER) == ["上田微调〔2026〕第2号"]
    model.set_filter(text="第2号 wages")
    assert model.rowCount() == 0
    assert model.total() == 3


def test_a_changed_case_updates_its_row(qapp, liaison):
    services = liaison.services
    detail, _applicant, _respondent = case_with_sides(services)
    model = CaseTableModel(services.cases)
    model.reload()
    assert shown(model, CaseColumn.AMOUNT) == ["36,000.00"]
    applicant = detail.in_role("applicant")[0]
    changed = services.cases.set_claim_amount(applicant.id, 1_234_56)
    model.update_case(changed)
    assert shown(model, CaseColumn.AMOUNT) == ["1,234.56"]  # now the claims' sum
    assert shown(model, CaseColumn.PARTIES) == ["2"]


def test_claimant_model_masks_ids_and_marks_missing_amounts(qapp, liaison):
    services = liaison.services
    detail, _applicant, _respondent = case_with_sides(services)
    model = ClaimantTableModel()
    model.set_case(detail)
    assert model.rowCount() == 1  # the applicant only, not the respondent
    assert model.index(0, ClaimantColumn.NAME).data() == "王𠮷"
    assert model.index(0, ClaimantColumn.AMOUNT).data() == "not stated"
    assert model.index(0, ClaimantColumn.AMOUNT).data(Qt.ItemDataRole.ToolTipRole)
    model.set_case(services.cases.set_claim_amount(detail.in_role("applicant")[0].id, 0))
    assert model.index(0, ClaimantColumn.AMOUNT).data() == "0.00"


def test_mediator_model_shows_specialties_and_state(qapp):
    class Roster:
        def list(self):
            return [MediatorInfo(1, "潘美娟", "临安区妇联巾帼志愿调解队", ("family",),
                                 "13957102266", True, ""),
                    MediatorInfo(2, "金德明", None, ("labour", "loan"), None, False, "")]

    model = MediatorTableModel(Roster())
    model.reload()
    assert shown(model, MediatorColumn.SPECIALTIES) == ["Marriage, family and support",
                                                        "Labour and wages, Private loan"]
    assert shown(model, MediatorColumn.ACTIVE) == ["Active", "Inactive"]
    assert shown(model, MediatorColumn.ORGANIZATION) == ["临安区妇联巾帼志愿调解队", ""]
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert model.row_of(2) == 1


def test_the_search_follows_a_changed_status(qapp):
    source = FakeCases(ROWS)
    model = CaseTableModel(source)
    model.reload()
    model.set_filter(text="registered")
    assert shown(model, CaseColumn.NUMBER) == ["上田微调〔2025〕第1号"]

    class Detail:  # what update_case reads of a CaseDetail
        id, number, category, status = 1, "上田微调〔2025〕第1号", "family", "in_mediation"
        parties, received_on, amount_fen = (), date(2024, 2, 29), None

        class totals:  # noqa: N801
            claimants = 0

    model.update_case(Detail)
    model.set_filter(text="调解中")
    assert "上田微调〔2025〕第1号" in shown(model, CaseColumn.NUMBER)
