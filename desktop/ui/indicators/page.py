"""The Indicators screen: a period (with presets: this year, last year, a lab's dates, all
time), lab and site filters; the table of indicators by group, each count with its rate; charts
by gender and by local/migrant status; the definitions; export to XLSX and PDF.

The figures are computed by the application's runner, off the UI thread (about half a second
at 50,000 participants); the screen says it is counting meanwhile and keeps the last figures.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import indicators as D
from desktop.domain.enums import Site
from desktop.i18n import current_language, render, translate
from desktop.i18n.values import enum_text
from desktop.services import indicators as S
from desktop.storage.store import Store
from desktop.ui import errors, jobs
from desktop.ui.events import bus
from desktop.ui.indicators.charts import GroupChart
from desktop.ui.indicators.model import IndicatorsModel
from desktop.ui.widgets.dates import DateLine
from desktop.ui.widgets.tables import compact_rows, read_only_table
from desktop.ui.widgets.titles import title_label

log = logging.getLogger("milma.ui.indicators")
CTX = "IndicatorsPage"
# the record kinds the figures are counted from: a change to one while shown counts again
WATCHED = {
    "lab",
    "lab_company",
    "enrolment",
    "participant",
    "employment_outcome",
    "placement",
    "survey_response",
    "participant_merge",
    "company",
}
THIS_YEAR, LAST_YEAR, LAB_DATES, ALL_TIME, CHOSEN = "this_year", "last_year", "lab", "all", "chosen"


class IndicatorsPage(QWidget):
    """Registered in desktop.ui.navigation.PAGES as the "indicators" screen."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.result: D.Indicators | None = None
        self.shown_filters: S.Filters | None = None
        self.job = None
        self.requested: S.Filters | None = None  # the filters last counted or being counted
        self.stale = False  # records the figures are counted from changed since they were counted
        self.again = False  # the filters changed while counting: count again when done
        self.labs: list[dict] = []

        self.title = title_label(self)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.preset = QComboBox(self)
        self.preset.setObjectName("preset")
        for key in (THIS_YEAR, LAST_YEAR, LAB_DATES, ALL_TIME, CHOSEN):
            self.preset.addItem("", key)
        self.preset.currentIndexChanged.connect(lambda _i: self._apply_preset())
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.start = DateLine(self)
        self.start.setObjectName("from")
        self.end = DateLine(self)
        self.end.setObjectName("to")
        for line in (self.start, self.end):
            line.editingFinished.connect(self._dates_typed)
        self.from_label.setBuddy(self.start)
        self.to_label.setBuddy(self.end)
        self.lab = QComboBox(self)
        self.lab.setObjectName("lab")
        self.lab.currentIndexChanged.connect(lambda _i: self._lab_chosen())
        self.site = QComboBox(self)
        self.site.setObjectName("site")
        self.site.addItem("", None)
        for s in Site:
            self.site.addItem("", s.value)
        self.site.currentIndexChanged.connect(lambda _i: self.recompute())
        self.xlsx_button = QPushButton(self)
        self.xlsx_button.setObjectName("export_xlsx")
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("export_pdf")
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.model = IndicatorsModel(parent=self)
        self.view = read_only_table(self.model, self, "indicators_table")
        compact_rows(self.view)
        self.gender_chart = GroupChart(("women", "men"), self)
        self.origin_chart = GroupChart(("locals", "migrants"), self)
        self.definitions = QTextBrowser(self)
        self.definitions.setObjectName("definitions")
        charts = QWidget(self)
        row = QHBoxLayout(charts)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.gender_chart.view)
        row.addWidget(self.origin_chart.view)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(charts, "")
        self.tabs.addTab(self.definitions, "")

        # the exports beside the title, the filters below: the screen fits a 1280-pixel
        # screen in the longer languages
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addSpacing(8)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.pdf_button)
        tools = QHBoxLayout()
        tools.addWidget(self.preset)
        for w in (self.from_label, self.start, self.to_label, self.end):
            tools.addWidget(w)
        tools.addSpacing(8)
        tools.addWidget(self.lab, 1)
        tools.addWidget(self.site)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.problem)
        layout.addWidget(self.view)
        layout.addWidget(self.tabs, 1)
        bus().changed.connect(self._data_changed)
        self.retranslate()
        self._fill_labs()
        self._apply_preset()

    # ---- main window hooks ------------------------------------------------------------
    def refresh(self) -> None:
        """Shown, or data changed while shown: the labs read again, and the figures when what
        they are counted from changed since."""
        self._fill_labs()
        if self.stale:
            self.stale = False
            self.requested = None
            self.recompute()

    def _data_changed(self, kinds) -> None:
        if set(kinds) & WATCHED:
            self.stale = True
            if self.isVisible():
                self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- filters ------------------------------------------------------------------------
    def _fill_labs(self) -> None:
        chosen = self.lab.currentData()
        self.labs = S.lab_choices(self.store)
        self.lab.blockSignals(True)
        self.lab.clear()
        self.lab.addItem(translate("IndicatorsPage", "All labs"), None)
        for lab in self.labs:
            self.lab.addItem(lab["name"], lab["id"])
        index = self.lab.findData(chosen)
        self.lab.setCurrentIndex(max(index, 0))
        self.lab.blockSignals(False)
        self.preset.model().item(self.preset.findData(LAB_DATES)).setEnabled(bool(chosen))

    def _chosen_lab(self) -> dict | None:
        return next((lab for lab in self.labs if lab["id"] == self.lab.currentData()), None)

    def _set_dates(self, start: date | None, end: date | None) -> None:
        self.start.set_value(start)
        self.end.set_value(end)

    def _apply_preset(self) -> None:
        key = self.preset.currentData()
        year = date.today().year
        if key == THIS_YEAR:
            self._set_dates(date(year, 1, 1), date(year, 12, 31))
        elif key == LAST_YEAR:
            self._set_dates(date(year - 1, 1, 1), date(year - 1, 12, 31))
        elif key == ALL_TIME:
            self._set_dates(None, None)
        elif key == LAB_DATES and (lab := self._chosen_lab()) is not None:
            self._set_dates(lab["start_date"], lab["end_date"])
        self.recompute()

    def _lab_chosen(self) -> None:
        has_lab = self._chosen_lab() is not None
        self.preset.model().item(self.preset.findData(LAB_DATES)).setEnabled(has_lab)
        if self.preset.currentData() == LAB_DATES:
            if has_lab:
                self._apply_preset()
                return
            self._choose_preset(ALL_TIME)  # with no lab chosen, its dates no longer apply
            self._set_dates(None, None)
        self.recompute()

    def _choose_preset(self, key: str) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(key))
        self.preset.blockSignals(False)

    def _dates_typed(self) -> None:
        """Leaving a date field counts again only when the period it gives changed."""
        filters = self.filters()
        if filters is None or filters == self.requested:
            return
        self._choose_preset(CHOSEN)
        self.recompute()

    def filters(self) -> S.Filters | None:
        """The filters as chosen, or None (and the problem shown) when a date is wrong."""
        for line, label in ((self.start, self.from_label), (self.end, self.to_label)):
            problem = line.problem(_field(label.text()))
            if problem is not None:
                self._show_problem(render(problem))
                return None
        try:
            period = D.Period(self.start.get_value(), self.end.get_value())
        except D.PeriodError as exc:
            self._show_problem(render(exc.message))
            return None
        self.problem.hide()
        lab = self.lab.currentData()
        return S.Filters(period, (lab,) if lab else (), self.site.currentData())

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    # ---- counting -----------------------------------------------------------------------
    def recompute(self) -> None:
        filters = self.filters()
        if filters is None:
            return
        if self.job is not None:
            self.again = True
            return
        self.requested = filters
        self._busy(True)
        store = self.store
        self.job = jobs.runner().run(
            "indicators",
            lambda _job: (filters, S.compute(store, filters)),
            on_done=self._counted,
            on_failed=self._failed,
            cancellable=False,
        )

    def _counted(self, outcome) -> None:
        self.job = None
        if self.again:
            self.again = False
            self.recompute()
            return
        self.shown_filters, self.result = outcome
        self._busy(False)
        self._show_result()

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self.again = False
        self._busy(False)
        errors.show_error(self, error)

    def _busy(self, busy: bool) -> None:
        self.status.setText(translate("IndicatorsPage", "Counting…") if busy else "")
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(not busy and self.result is not None)
        self.view.setEnabled(not busy)

    def _show_result(self) -> None:
        if self.result is None:
            return
        self.model.set_result(self.result)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in range(1, self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.view.setFixedHeight(
            self.view.horizontalHeader().sizeHint().height()
            + sum(self.view.rowHeight(r) for r in range(self.model.rowCount()))
            + 2 * self.view.frameWidth()
        )
        self.gender_chart.show_result(self.result)
        self.origin_chart.show_result(self.result)
        self.status.setText(
            translate("IndicatorsPage", "Labs: {labs} · Companies: {companies}").format(
                labs=self.result.counts["labs"], companies=self.result.counts["companies"]
            )
        )

    # ---- export -------------------------------------------------------------------------
    def ask_path(self, fmt: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        filters = {
            "xlsx": translate("IndicatorsPage", "Spreadsheets (*.xlsx)"),
            "pdf": translate("IndicatorsPage", "PDF documents (*.pdf)"),
        }
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("IndicatorsPage", "Export the indicators"),
            str(Path.home() / S.file_name(self.shown_filters or S.Filters(), fmt)),
            filters[fmt],
        )
        return path

    def export(self, fmt: str, path: str | None = None) -> Path | None:
        """Save the figures shown as an XLSX or PDF file (asks where when no path is given)."""
        if self.result is None or self.shown_filters is None:
            return None
        path = path or self.ask_path(fmt)
        if not path:
            return None
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        try:
            data = S.export(self.store, self.shown_filters, fmt, current_language(), self.result)
            target = S.save(path, data)
        except Exception as exc:  # noqa: BLE001 - shown, logged
            errors.show_error(self, exc)
            return None
        log.info("indicators exported as %s", fmt)
        return target

    # ---- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(translate("IndicatorsPage", "Indicators"))
        texts = {
            THIS_YEAR: translate("IndicatorsPage", "This year"),
            LAST_YEAR: translate("IndicatorsPage", "Last year"),
            LAB_DATES: translate("IndicatorsPage", "The chosen lab's dates"),
            ALL_TIME: translate("IndicatorsPage", "All time"),
            CHOSEN: translate("IndicatorsPage", "Dates as typed"),
        }
        for i in range(self.preset.count()):
            self.preset.setItemText(i, texts[self.preset.itemData(i)])
        self.preset.setAccessibleName(translate("IndicatorsPage", "Period"))
        self.from_label.setText(translate("IndicatorsPage", "Fro&m"))
        self.to_label.setText(translate("IndicatorsPage", "&To"))
        self.lab.setAccessibleName(translate("IndicatorsPage", "Lab"))
        if self.lab.count():
            self.lab.setItemText(0, translate("IndicatorsPage", "All labs"))
        self.site.setAccessibleName(translate("IndicatorsPage", "Site"))
        self.site.setItemText(0, translate("IndicatorsPage", "All sites"))
        for i in range(1, self.site.count()):
            self.site.setItemText(i, enum_text(Site, self.site.itemData(i)))
        self.xlsx_button.setText(translate("IndicatorsPage", "Export &XLSX…"))
        self.pdf_button.setText(translate("IndicatorsPage", "Export &PDF…"))
        self.view.setAccessibleName(translate("IndicatorsPage", "Indicators by group"))
        self.tabs.setTabText(0, translate("IndicatorsPage", "Charts"))
        self.tabs.setTabText(1, translate("IndicatorsPage", "Definitions"))
        self.definitions.setHtml(_definitions_html())
        self.model.retranslate()
        self.gender_chart.retranslate()
        self.origin_chart.retranslate()
        self._show_result()


def _field(label: str):
    from desktop.domain.messages import Message

    return Message("Field", label.replace("&", ""))


def _definitions_html() -> str:
    from html import escape

    from desktop.reports.indicators import definitions

    items = []
    for term, text in definitions(translate):
        items.append(
            f"<p><b>{escape(term)}</b>: {escape(text)}</p>" if term else f"<p>{escape(text)}</p>"
        )
    return "".join(items)
