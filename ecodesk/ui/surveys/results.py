"""The results page: the report tables and bar charts, updating as responses arrive."""

from __future__ import annotations

import atexit
import logging
import uuid

import shiboken6
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ecodesk.db import Database
from ecodesk.services import events as events_service
from ecodesk.services import surveys
from ecodesk.services.progress import Progress
from ecodesk.services.survey_stats import (
    BAND_SETS,
    DEFAULT_BANDS,
    DEFAULT_KPI,
    KPI_METHODS,
    SurveyStats,
    survey_statistics,
)
from ecodesk.ui.context import AppContext
from ecodesk.ui.surveys.results_models import (
    RowsModel,
    before_after_rows,
    choice_rows,
    num,
    rating_rows,
    sector_rows,
)
from ecodesk.ui.tasks import Task, run_task

log = logging.getLogger(__name__)
POLL_MS = 10_000
_RUNNING: set[Task] = set()


@atexit.register
def _finish_running() -> None:
    """A QThread still running when the program ends would abort it: let each one finish."""
    for task in list(_RUNNING):
        if shiboken6.isValid(task.thread):
            task.thread.quit()
            task.thread.wait()


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    return view


class ResultsView(QWidget):
    # The statistics on screen were (re)computed.
    computed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.stats: SurveyStats | None = None
        self._dirty = True

        self.bands = QComboBox()
        for key in BAND_SETS:
            self.bands.addItem(self.tr("Bands %1").replace("%1", key), key)
        self.kpi = QComboBox()
        self.kpi.addItem(self.tr("KPI: mean ÷ 5 × 100"), "mean")
        self.kpi.addItem(self.tr("KPI: share of answers at 4–5"), "top2")
        self.bands.activated.connect(self._choice_changed)
        self.kpi.activated.connect(self._choice_changed)
        self.summary = QLabel()
        self.summary.setObjectName("resultsSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        controls = QHBoxLayout()
        controls.addWidget(self.bands)
        controls.addWidget(self.kpi)
        controls.addStretch(1)

        levels = ["5", "4", "3", "2", "1"]
        self.ratings = RowsModel(
            [self.tr("Item"), *levels, "n", self.tr("Blank"), "x̄", "S.D.", self.tr("Level"),
             self.tr("Rank")]
        )  # fmt: skip
        self.pairs = RowsModel(
            [self.tr("Topic"), self.tr("n before"), self.tr("x̄ before"), "S.D.", self.tr("Level"),
             self.tr("n after"), self.tr("x̄ after"), "S.D.", self.tr("Level"), self.tr("Gain")]
        )  # fmt: skip
        self.choices = RowsModel([self.tr("Question"), self.tr("Count"), "%"])
        self.sectors = RowsModel(
            [self.tr("Sector"), self.tr("Attended"), self.tr("Responses"),
             self.tr("Answered (badge)"), self.tr("Rate %")]
        )  # fmt: skip
        self.comments = QPlainTextEdit()
        self.comments.setReadOnly(True)

        self.chart = QChart()
        self.pair_chart = QChart()
        charts = QWidget()
        charts_row = QHBoxLayout(charts)
        charts_row.setContentsMargins(0, 0, 0, 0)
        for chart in (self.chart, self.pair_chart):
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            view = QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(300)
            charts_row.addWidget(view)

        self.tabs = QTabWidget()
        self.tabs.addTab(_table(self.ratings), self.tr("Satisfaction"))
        self.tabs.addTab(_table(self.pairs), self.tr("Knowledge before/after"))
        self.tabs.addTab(_table(self.choices), self.tr("Respondents"))
        self.tabs.addTab(_table(self.sectors), self.tr("Response rate"))
        self.tabs.addTab(self.comments, self.tr("Suggestions"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(charts)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll)
        self._seen: tuple[object, int] | None = None
        self._task: Task | None = None
        self._again = False
        ctx.data_changed.connect(self._data_changed)
        ctx.event_changed.connect(lambda _e: self._data_changed("event"))

    # --- refreshing ---------------------------------------------------------------------

    def _data_changed(self, kind: str) -> None:
        if kind not in ("surveys", "event", "checkins", "participants"):
            return
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.poll.start()
        if self._dirty:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.poll.stop()
        self.wait()

    def _poll(self) -> None:
        """Another desk may have added responses: refresh when the count moved."""
        event = self.ctx.event
        if event and self._task is None and self._count(self.ctx.db, event.id) != self._seen:
            self.refresh()

    @staticmethod
    def _count(db: Database, event_id: uuid.UUID) -> tuple[object, int] | None:
        survey = surveys.active_survey(db, event_id)
        if survey is None:
            return None
        return survey.family, surveys.count_responses(db, survey.family)

    def _choice_changed(self) -> None:
        if self.ctx.event is not None:
            events_service.update_settings(
                self.ctx.db, self.ctx.event.id,
                survey_bands=self.bands.currentData(), survey_kpi=self.kpi.currentData(),
            )  # fmt: skip
            self.ctx.event = events_service.get_event(self.ctx.db, self.ctx.event.id)
        self.refresh()

    def refresh(self) -> None:
        """Compute the statistics off the GUI thread; a refresh asked meanwhile runs after."""
        self._dirty = False
        event = self.ctx.event
        if event is None:
            self.stats = None
            self._show()
            return
        if self._task is not None:
            self._again = True
            return
        bands = str(event.settings.get("survey_bands", DEFAULT_BANDS))
        kpi = str(event.settings.get("survey_kpi", DEFAULT_KPI))
        self.bands.setCurrentIndex(max(0, self.bands.findData(bands)))
        self.kpi.setCurrentIndex(max(0, self.kpi.findData(kpi)))
        db, event_id = self.ctx.db, event.id

        def work(_progress: Progress) -> tuple[tuple[object, int] | None, SurveyStats | None]:
            seen = self._count(db, event_id)
            return seen, survey_statistics(db, event_id, band_set=bands, kpi_method=kpi)

        # The task is kept alive here, not by this view: the view may be rebuilt (a language
        # switch) while the computation runs, and a QThread must not die running.
        def done(result: tuple[tuple[object, int] | None, SurveyStats | None]) -> None:
            _RUNNING.discard(task)
            if shiboken6.isValid(self):
                self._computed(result)

        def failed(exc: BaseException | None = None) -> None:
            _RUNNING.discard(task)
            if shiboken6.isValid(self):
                self._failed(exc)

        task = run_task(None, "", work, done, failed, failed, show_dialog=False)
        _RUNNING.add(task)
        self._task = task

    def _finish_task(self) -> None:
        self._task = None
        if self._again:
            self._again = False
            self.refresh()

    def _computed(self, result: tuple[tuple[object, int] | None, SurveyStats | None]) -> None:
        self._seen, self.stats = result
        self._show()
        self.computed.emit()
        self._finish_task()

    def _failed(self, exc: BaseException | None = None) -> None:
        log.error("survey statistics failed: %s", exc)
        self.summary.setText(self.tr("The statistics could not be computed: %1").replace(
            "%1", str(exc)))  # fmt: skip
        self._finish_task()

    def wait(self) -> None:
        """Block until a computation in flight is done (before the page goes away)."""
        if self._task is not None:
            # quit() lets the thread end once the computation returns; its result is
            # still delivered through the queued signal.
            self._task.thread.quit()
            self._task.thread.wait()

    def _show(self) -> None:
        s = self.stats
        if s is None:
            self.summary.setText(self.tr("This event has no survey yet."))
            for model in (self.ratings, self.pairs, self.choices, self.sectors):
                model.set_rows([])
            self.comments.clear()
            for chart in (self.chart, self.pair_chart):
                fill_chart(chart, "", [], [])
            return
        overall = self.tr("Overall")
        self.ratings.set_rows(*rating_rows(s, overall))
        self.pairs.set_rows(*before_after_rows(s, overall))
        self.choices.set_rows(*choice_rows(s, self.tr("(blank)")))
        self.sectors.set_rows(*sector_rows(s, self.tr("Total")))
        self.comments.setPlainText(
            "\n\n".join(
                f"{t.text} ({len(t.answers)})\n" + "\n".join(f"• {a}" for a in t.answers)
                for t in s.texts
            )
        )
        kpi_line = self.tr("Satisfaction %1% (target %2%, %3)")
        kpi_line = (
            kpi_line.replace("%1", num(s.kpi))
            .replace("%2", f"{s.kpi_target:.0f}")
            .replace("%3", KPI_METHODS[s.kpi_method])
        )
        colour = "#2E7D32" if s.kpi_met else "#C62828"
        rate = s.response_rate
        if rate is None or not rate.attended:
            rate_line = self.tr("no check-ins yet, so no response rate")
        else:
            rate_line = (
                self.tr("%1 of %2 attending answered (%3%)")
                .replace("%1", str(rate.responses))
                .replace("%2", str(rate.attended))
                .replace("%3", num(rate.rate, 1))
            )
        responses = self.tr("%1 responses").replace("%1", str(s.responses))
        self.summary.setText(
            f"{responses} · {rate_line}<br>"
            f"{overall}: x̄ {num(s.overall_mean)} S.D. {num(s.overall_sd)} "
            f"({s.overall_level}) · <span style='color:{colour}'><b>{kpi_line}</b></span>"
        )
        self._chart(s)

    def _chart(self, s: SurveyStats) -> None:
        """Aspect means, and the before/after means of the knowledge topics."""
        fill_chart(
            self.chart, self.tr("Means by aspect"), [a.title for a in s.aspects],
            [(self.tr("Mean"), [a.mean or 0.0 for a in s.aspects])],
        )  # fmt: skip
        fill_chart(
            self.pair_chart, self.tr("Knowledge before and after"),
            [p.text[:40] for p in s.before_after],
            [(self.tr("Before"), [p.before.mean or 0.0 for p in s.before_after]),
             (self.tr("After"), [p.after.mean or 0.0 for p in s.before_after])],
        )  # fmt: skip


def fill_chart(
    chart: QChart, title: str, categories: list[str], sets: list[tuple[str, list[float]]]
) -> None:
    """Horizontal bars on a 0-5 scale, one bar set per (name, values)."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    chart.setTitle(title)
    if not categories:
        return
    # Horizontal bars run bottom-up: reverse so the first aspect is on top, as in the table.
    series = QHorizontalBarSeries()
    for name, values in sets:
        bar_set = QBarSet(name)
        bar_set.append(list(reversed(values)))
        series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsInsideEnd)
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(3)
    chart.addSeries(series)
    y_axis = QBarCategoryAxis()
    y_axis.append(list(reversed(categories)))
    x_axis = QValueAxis()
    x_axis.setRange(0, 5)
    x_axis.setTickCount(6)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(y_axis)
    series.attachAxis(x_axis)
