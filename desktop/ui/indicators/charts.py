"""A bar chart (QtCharts) of the indicators' rates in two groups side by side: women and men, or
locals and migrants. The participants row is left out (its rate is the group's share)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter

from desktop.domain import indicators as D
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.i18n import translate

CTX = "IndicatorsPage"
TITLES = {
    ("women", "men"): QT_TRANSLATE_NOOP("IndicatorsPage", "Women and men"),
    ("locals", "migrants"): QT_TRANSLATE_NOOP("IndicatorsPage", "Locals and migrants"),
}
SHOWN = [t for t in D.INDICATORS if t.name != "participants"]
# the indicators' names under the bars, short enough for a laptop screen
SHORT = {
    "completed": QT_TRANSLATE_NOOP("IndicatorsPage", "Completed"),
    "employed": QT_TRANSLATE_NOOP("IndicatorsPage", "Employed"),
    "employed_within_3_months": QT_TRANSLATE_NOOP("IndicatorsPage", "Job in 3 months"),
    "employed_within_6_months": QT_TRANSLATE_NOOP("IndicatorsPage", "Job in 6 months"),
    "improved_opportunities": QT_TRANSLATE_NOOP("IndicatorsPage", "Better chances"),
}


class GroupChart:
    """The chart and its view; ``values`` holds the percentages drawn, by group."""

    def __init__(self, groups: tuple[str, str], parent=None):
        self.groups = groups
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.view = QChartView(self.chart, parent)
        self.view.setObjectName(f"chart_{groups[1]}")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(180)
        self.values: dict[str, list[float]] = {}
        self.result = None

    def show_result(self, result: D.Indicators) -> None:
        self.result = result
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        series = QBarSeries()
        labels = {g.name: g.label for g in D.GROUPS}
        self.values = {}
        for group in self.groups:
            bar = QBarSet(translate(D.CONTEXT, labels[group]))
            self.values[group] = [round(100 * (result.rate(t.name, group) or 0)) for t in SHOWN]
            bar.append(self.values[group])
            series.append(bar)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
        series.setLabelsAngle(-90)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([translate(CTX, SHORT[t.name]) for t in SHOWN])
        font = categories.labelsFont()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        categories.setLabelsFont(font)
        axis = QValueAxis()
        axis.setRange(0, 100)
        axis.setLabelFormat("%d %%")
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(axis)

    def retranslate(self) -> None:
        self.chart.setTitle(translate(CTX, TITLES[self.groups]))
        if self.result is not None:
            self.show_result(self.result)
