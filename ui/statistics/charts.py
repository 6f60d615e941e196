"""The Statistics page's charts (QtCharts): cases received by category (bars), by their
status today (a pie), and the judicial-confirmation outcomes (bars). Imported only when
the page is built: QtCharts is a large library the first paint does without."""
from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from microcourt.domain import CaseCategory, CaseStatus
from microcourt.services.reports.statistics_dto import PeriodStatistics
from ui.i18n import domain_label

BAR_COLOUR = QColor("#1565c0")
CONFIRMATION_COLOURS = (QColor("#607d8b"), QColor("#2e7d32"), QColor("#c62828"))
CHART_MIN_HEIGHT = 320
MAX_TICKS = 10


def counted(counts: dict[str, int], enum) -> list[tuple[str, int]]:
    """(UI word, count) in the enum's order, zero counts left out, unknown codes last."""
    rows = [(domain_label(m), counts[m.value]) for m in enum if counts.get(m.value)]
    known = {m.value for m in enum}
    return rows + [(code, n) for code, n in sorted(counts.items()) if code not in known and n]


def _view(parent: QWidget, name: str) -> QChartView:
    chart = QChart()
    title = QFont(parent.font())
    title.setBold(True)
    chart.setTitleFont(title)
    chart.legend().setFont(parent.font())
    chart.legend().setVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart, parent)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(CHART_MIN_HEIGHT)
    return view


def _clear(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


def _bars(chart: QChart, rows: list[tuple[str, int]], name: str,
          colours: tuple[QColor, ...] = ()):
    """One bar per row; each bar its own colour when `colours` are given."""
    _clear(chart)
    if colours:  # one stacked set per bar (zero elsewhere), so each bar has its colour
        series = QStackedBarSeries()
        for index, ((label, value), colour) in enumerate(zip(rows, colours)):
            bar = QBarSet(label)
            bar.append([value if i == index else 0 for i in range(len(rows))])
            bar.setColor(colour)
            series.append(bar)
        rows = [(f"{label} {value}", value) for label, value in rows]  # counts on the axis
    else:
        series = QBarSeries()
        bar = QBarSet(name)
        bar.append([value for _label, value in rows])
        bar.setColor(BAR_COLOUR)
        series.append(bar)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    labels = QBarCategoryAxis()
    labels.append([label for label, _value in rows])
    labels.setLabelsFont(chart.legend().font())
    chart.addAxis(labels, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(labels)
    values = QValueAxis()
    values.setLabelFormat("%d")
    _whole_number_range(values, max([value for _label, value in rows] + [0]))
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(values)
    return series


def _whole_number_range(axis: QValueAxis, highest: int) -> None:
    """Counts are whole: ticks at whole numbers, with room above the highest bar."""
    top = max(highest + max(highest // 10, 1), 2)
    if top <= MAX_TICKS:
        axis.setRange(0, top)
        axis.setTickCount(top + 1)
    else:
        axis.setRange(0, top)
        axis.applyNiceNumbers()


class StatisticsCharts(QWidget):
    """Three charts side by side; `show_statistics` redraws them for a period."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.categories = _view(self, "chart_categories")
        self.statuses = _view(self, "chart_statuses")
        self.statuses.chart().legend().setVisible(True)
        self.statuses.chart().legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.confirmations = _view(self, "chart_confirmations")
        layout = QGridLayout(self)  # categories get the width their names need
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.categories, 0, 0, 1, 2)
        layout.addWidget(self.statuses, 1, 0)
        layout.addWidget(self.confirmations, 1, 1)

    def show_statistics(self, stats: PeriodStatistics) -> None:
        cases = stats.cases
        by_category = counted(cases.by_category, CaseCategory)
        chart = self.categories.chart()
        chart.setTitle(self.tr("Cases received by category ({0})").format(cases.received))
        _bars(chart, by_category, self.tr("Cases"))
        self._pie(counted(cases.by_status, CaseStatus))
        c = stats.confirmations
        chart = self.confirmations.chart()
        chart.setTitle(self.tr("Judicial confirmation"))
        _bars(chart, [(self.tr("Submitted"), c.submitted), (self.tr("Confirmed"), c.confirmed),
                      (self.tr("Refused"), c.refused)], self.tr("Filings"),
              CONFIRMATION_COLOURS)

    def _pie(self, rows: list[tuple[str, int]]) -> None:
        chart = self.statuses.chart()
        _clear(chart)
        chart.setTitle(self.tr("Status of those cases today") if rows
                       else self.tr("No cases received in this period"))
        series = QPieSeries()
        for label, count in rows:
            piece = series.append(f"{label} {count}", count)
            piece.setLabelVisible(False)  # the legend names them: no labels overlap
        chart.addSeries(series)

    def bar_values(self, view: QChartView) -> list[float]:
        """What the bars of a bar chart show, left to right (one set or one per bar)."""
        series = view.chart().series()[0]
        sets = series.barSets()
        if len(sets) == 1:
            return [sets[0].at(i) for i in range(sets[0].count())]
        return [bar.at(i) for i, bar in enumerate(sets)]

    def slices(self) -> list[tuple[str, float]]:
        series = self.statuses.chart().series()[0]
        return [(piece.label(), piece.value()) for piece in series.slices()]
