"""The Statistics page (issue 8 items 4-5): choose a month, a quarter or a year; the key
figures show as big labelled numbers (mediation success rate, amounts agreed and paid
with the uppercase amount in a tooltip, median days, share of elderly parties) above
three charts, and "Monthly report…" writes the town's report as PDF or .xlsx.

Definitions of every figure are the service's (microcourt.services.reports.statistics); the
page only shows them. A period computes in tens of milliseconds, so no worker thread.
It is computed again after a change to a case (AppEvents.changed; when next shown, if
the page is hidden).
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from microcourt.services.reports.statistics_dto import (
    MONTH,
    QUARTER,
    YEAR,
    Period,
    PeriodStatistics,
)
from microcourt.timeutil import today_local
from microcourt.validation.money import format_amount, to_chinese_upper
from ui.common.inputs import keep_readable
from ui.common.refresh import Follower
from ui.context import PageContext
from ui.operations import call

VALUE_FACTOR = 2.0  # the figures' size against the readable font
COLUMNS = 4
NO_VALUE = "—"  # nothing to divide by: never shown as 0


class FigureTile(QFrame):
    """A big number with its caption underneath."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel(NO_VALUE, self)
        self.value.setObjectName(f"{name}_value")
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * VALUE_FACTOR)
        self.value.setFont(font)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def show_value(self, text: str, tooltip: str = "") -> None:
        self.value.setText(text)
        self.setToolTip(tooltip)


class StatisticsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.stats: PeriodStatistics | None = None
        keep_readable(self)
        self._build()
        today = today_local()
        self.set_period(Period.month(today.year, today.month))
        self.follow = Follower(self, self.refresh)
        context.events.changed.connect(self._changed)

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        from ui.statistics.charts import StatisticsCharts  # noqa: PLC0415 - QtCharts

        self.kind = QComboBox(self)
        self.kind.setObjectName("period_kind")
        for label, kind in ((self.tr("Month"), MONTH), (self.tr("Quarter"), QUARTER),
                            (self.tr("Year"), YEAR)):
            self.kind.addItem(label, kind)
        self.year = QSpinBox(self)
        self.year.setObjectName("period_year")
        self.year.setRange(2000, 2100)
        self.year.setSuffix(self.tr(" (year)"))
        self.number = QComboBox(self)
        self.number.setObjectName("period_number")
        self.report_button = QPushButton(self.tr("&Monthly report…"), self)
        self.report_button.setObjectName("monthly_report")
        self.report_button.setToolTip(self.tr("The month's report for the town, as PDF or Excel"))
        self.report_button.clicked.connect(self.export_report)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self.refresh)
        self.number.currentIndexChanged.connect(self.refresh)
        self.title = QLabel(self)
        self.title.setObjectName("statistics_title")
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.tiles = self._tiles()
        self.charts = StatisticsCharts(self)
        self._layout()

    def _tiles(self) -> dict[str, FigureTile]:
        captions = {
            "received": self.tr("Cases received"),
            "success_rate": self.tr("Mediation success rate"),
            "agreed": self.tr("Amount agreed (yuan)"),
            "paid": self.tr("Amount paid (yuan)"),
            "to_agreement": self.tr("Median days from registration to agreement"),
            "to_ruling": self.tr("Median days from agreement to ruling"),
            "confirmations": self.tr("Confirmations: confirmed / refused"),
            "elderly": self.tr("Parties aged 60 or over"),
        }
        return {key: FigureTile(f"figure_{key}", caption, self)
                for key, caption in captions.items()}

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:"), self))
        for widget in (self.kind, self.year, self.number):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.report_button)
        grid = QGridLayout()
        for index, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        column.addLayout(grid)
        column.addWidget(self.charts, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

    # -- the period ----------------------------------------------------------------------

    def _fill_numbers(self, kind: str, number: int) -> None:
        self.number.blockSignals(True)
        self.number.clear()
        if kind == MONTH:
            for month in range(1, 13):
                self.number.addItem(self.tr("Month {0}").format(month), month)
        elif kind == QUARTER:
            for quarter in range(1, 5):
                self.number.addItem(self.tr("Quarter {0}").format(quarter), quarter)
        self.number.setVisible(kind != YEAR)
        self.number.setCurrentIndex(max(self.number.findData(number), 0))
        self.number.blockSignals(False)

    def _kind_changed(self) -> None:
        today = today_local()
        kind = self.kind.currentData()
        self._fill_numbers(kind, today.month if kind == MONTH else (today.month + 2) // 3)
        self.refresh()

    def set_period(self, period: Period) -> None:
        """Show `period` (and select it in the selector)."""
        for widget in (self.kind, self.year):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(period.kind))
        self.year.setValue(period.year)
        for widget in (self.kind, self.year):
            widget.blockSignals(False)
        self._fill_numbers(period.kind, period.number)
        self.refresh()

    def period(self) -> Period:
        kind = self.kind.currentData()
        return Period(kind, self.year.value(), 0 if kind == YEAR else self.number.currentData())

    # -- showing -------------------------------------------------------------------------

    def _changed(self, changes, _initiator) -> None:
        if changes.touches("cases"):  # every figure is counted from the cases and theirs
            self.follow.request()

    def refresh(self) -> None:
        statistics, period = self.context.services.statistics, self.period()
        stats = call(self.context, self, lambda: statistics.compute(period))
        if stats is None:
            return
        self.stats = stats
        self.title.setText(period.label)
        self._show_figures(stats)
        self.charts.show_statistics(stats)

    def _show_figures(self, stats: PeriodStatistics) -> None:
        outcomes, money, c = stats.outcomes, stats.amounts, stats.confirmations
        durations, elderly = stats.durations, stats.elderly
        self.tiles["received"].show_value(str(stats.cases.received))
        self.tiles["success_rate"].show_value(_percent(outcomes.success_rate), self.tr(
            "{0} agreements reached, {1} mediations failed in the period").format(
            outcomes.reached, outcomes.failed))
        self.tiles["agreed"].show_value(format_amount(money.agreed_fen), self.tr(
            "{0} (in {1} agreements)").format(to_chinese_upper(money.agreed_fen),
                                              money.agreements))
        self.tiles["paid"].show_value(format_amount(money.paid_fen), self.tr(
            "{0} (in {1} payments)").format(to_chinese_upper(money.paid_fen), money.payments))
        self.tiles["to_agreement"].show_value(
            _number(durations.to_agreement_median),
            self.tr("Over {0} cases").format(durations.to_agreement_cases))
        self.tiles["to_ruling"].show_value(
            _number(durations.to_ruling_median),
            self.tr("Over {0} cases").format(durations.to_ruling_cases))
        self.tiles["confirmations"].show_value(f"{c.confirmed} / {c.refused}", self.tr(
            "{0} filings submitted; confirmation rate {1}").format(
            c.submitted, _percent(c.confirmation_rate)))
        self.tiles["elderly"].show_value(_percent(elderly.share), self.tr(
            "{0} of {1} persons whose birth date is known ({2} persons in all)").format(
            elderly.elderly, elderly.with_birth_date, elderly.persons))

    # -- the monthly report --------------------------------------------------------------

    def export_report(self):
        """Ask for a month and a file, then write the report off the GUI thread."""
        from ui.statistics.report_export import export_monthly_report  # noqa: PLC0415

        period = self.period()
        month = period if period.kind == MONTH else period.months()[-1]
        return export_monthly_report(self, self.context, month)


def _percent(value: Decimal | None) -> str:
    return NO_VALUE if value is None else f"{value}%"


def _number(value: Decimal | None) -> str:
    return NO_VALUE if value is None else f"{value:f}"  # 12 or 12.5, never 1.2E+1
