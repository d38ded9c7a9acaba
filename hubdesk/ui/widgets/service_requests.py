"""Lunch and service requests of a hub: the week's lunch overview and a request report.

Both read the cache off the GUI thread (offline too) and refresh when requests change.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from hubdesk.domain.enums import RequestKind, RequestStatus
from hubdesk.services.cache.service_requests import (
    LunchOverview,
    RequestReport,
    lunch_overview,
    request_report,
    week_of,
)
from hubdesk.ui.controller import Controller
from hubdesk.ui.labels import request_kind_label, request_status_label
from hubdesk.ui.models.lunch import LunchModel
from hubdesk.ui.qt import Qt, QtCharts, QtCore, QtGui, QtWidgets
from hubdesk.ui.tasks import Changes
from hubdesk.ui.widgets.request_list import RequestList

KIND_COLOURS = {
    "lunch": "#1a73e8",
    "cleaning": "#188038",
    "handyman": "#e37400",
    "it_support": "#9334e6",
    "meeting_room": "#d01884",
    "other": "#5f6368",
}


class RequestsWindow(QtWidgets.QDialog):
    def __init__(
        self,
        controller: Controller,
        org_id: str,
        org_name: str,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.c = controller
        self.org_id = org_id
        self.monday = week_of(date.today())
        self.setWindowTitle(self.tr("Lunch and requests — {name}").format(name=org_name))
        self.resize(900, 560)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(self._lunch_tab(), self.tr("&Lunch"))
        self.requests = RequestList(controller, org_id)
        self.tabs.addTab(self.requests, self.tr("Re&quests"))
        self.tabs.addTab(self._report_tab(), self.tr("&Report"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.tabs)
        controller.bus.changed.connect(self._changed)
        self.reload()

    # -- lunch --------------------------------------------------------------------------------

    def _lunch_tab(self) -> QtWidgets.QWidget:
        tab = QtWidgets.QWidget()
        self.previous = QtWidgets.QPushButton(self.tr("◀ &Previous week"))
        self.previous.setShortcut(QtGui.QKeySequence("Alt+Left"))
        self.this_week = QtWidgets.QPushButton(self.tr("&This week"))
        self.next = QtWidgets.QPushButton(self.tr("&Next week ▶"))
        self.next.setShortcut(QtGui.QKeySequence("Alt+Right"))
        for button, step in ((self.previous, -7), (self.next, 7)):
            button.clicked.connect(
                lambda _c=False, s=step: self.show_week(self.monday + timedelta(s))
            )
            button.setAccessibleName(button.text().replace("&", "").strip("◀▶ "))
        self.this_week.setAccessibleName(self.tr("This week"))
        self.this_week.clicked.connect(lambda: self.show_week(week_of(date.today())))
        self.week_label = QtWidgets.QLabel()
        font = self.week_label.font()
        font.setBold(True)
        self.week_label.setFont(font)
        bar = QtWidgets.QHBoxLayout()
        for widget in (self.previous, self.this_week, self.next):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.week_label, 1)
        self.lunch_model = LunchModel(self)
        self.lunch_table = QtWidgets.QTableView()
        self.lunch_table.setModel(self.lunch_model)
        self.lunch_table.setAccessibleName(self.tr("Lunch orders per day and sub-account"))
        self.lunch_table.verticalHeader().hide()
        self.lunch_table.horizontalHeader().setStretchLastSection(False)
        self.lunch_summary = QtWidgets.QLabel()
        about = QtWidgets.QLabel(
            self.tr(
                "Lunches ordered per day by each sub-account; cancelled orders are not counted."
            )
        )
        about.setStyleSheet("color: palette(dark);")
        layout = QtWidgets.QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(about)
        layout.addWidget(self.lunch_table, 1)
        layout.addWidget(self.lunch_summary)
        return tab

    def show_week(self, monday: date) -> None:
        self.monday = monday
        self.reload()

    def _show_lunch(self, overview: LunchOverview | None) -> None:
        self.lunch_model.load(overview)
        sunday = self.monday + timedelta(days=6)
        locale = QtCore.QLocale()

        def day(d: date) -> str:
            return locale.toString(QtCore.QDate(d.year, d.month, d.day), "d MMM yyyy")

        self.week_label.setText(
            self.tr("Week {number}: {first} – {last}").format(
                number=self.monday.isocalendar().week, first=day(self.monday), last=day(sunday)
            )
        )
        total = overview.total if overview else 0
        orderers = len(overview.rows) if overview else 0
        self.lunch_summary.setText(
            self.tr("%n lunch(es) this week", "", total)
            + " · "
            + self.tr("%n sub-account(s) ordered", "", orderers)
        )
        self.lunch_table.resizeColumnsToContents()

    # -- report -------------------------------------------------------------------------------

    def _report_tab(self) -> QtWidgets.QWidget:
        tab = QtWidgets.QWidget()
        self.child = QtWidgets.QComboBox()
        self.child.setAccessibleName(self.tr("Sub-account"))
        self.child.addItem(self.tr("All sub-accounts"), None)
        self.status = QtWidgets.QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Any status"), None)
        for status in RequestStatus:
            self.status.addItem(request_status_label(status), str(status))
        form = QtWidgets.QHBoxLayout()
        child_label = QtWidgets.QLabel(self.tr("Su&b-account:"))
        child_label.setBuddy(self.child)
        status_label = QtWidgets.QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status)
        for widget in (child_label, self.child, status_label, self.status):
            form.addWidget(widget)
        form.addStretch(1)
        self.child.currentIndexChanged.connect(self.reload)
        self.status.currentIndexChanged.connect(self.reload)
        self.chart = QtCharts.QChart()
        self.chart.setTitle(self.tr("Requests per week, by kind"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QtCharts.QChartView(self.chart)
        self.chart_view.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(self.tr("Requests per week, by kind"))
        layout = QtWidgets.QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.chart_view, 1)
        return tab

    def _show_report(self, report: RequestReport | None) -> None:
        chosen = self.child.currentData()
        if report is not None and self.child.count() == 1:
            self.child.blockSignals(True)
            for child_id, name in report.children:
                self.child.addItem(name, child_id)
            self.child.blockSignals(False)
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if report is None:
            return
        series = QtCharts.QStackedBarSeries()
        for kind in RequestKind:
            values = report.counts.get(str(kind), ())
            bar = QtCharts.QBarSet(request_kind_label(kind))
            bar.setColor(QtGui.QColor(KIND_COLOURS.get(str(kind), "#5f6368")))
            bar.append([float(v) for v in values])
            series.append(bar)
        self.chart.addSeries(series)
        weeks = QtCharts.QBarCategoryAxis()
        weeks.append(
            [self.tr("W{number}").format(number=m.isocalendar().week) for m in report.weeks]
        )
        self.chart.addAxis(weeks, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(weeks)
        counts = QtCharts.QValueAxis()
        tallest = max((sum(col) for col in zip(*report.counts.values(), strict=True)), default=0)
        step = max(1, math.ceil(tallest / 6))  # whole numbers on the ticks
        counts.setTickType(QtCharts.QValueAxis.TickType.TicksDynamic)
        counts.setTickAnchor(0)
        counts.setTickInterval(step)
        counts.setRange(0, step * max(1, math.ceil(tallest / step)))
        counts.setLabelFormat("%d")
        counts.setTitleText(self.tr("Requests"))
        self.chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)
        if chosen is not None:
            self.child.setCurrentIndex(max(0, self.child.findData(chosen)))

    # -- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        session = self.c.session
        if session is None:
            return
        org_id, monday = self.org_id, self.monday
        child, status = self.child.currentData(), self.status.currentData()

        def read() -> tuple[LunchOverview | None, RequestReport | None]:
            with session.cache.reading() as conn:
                return (
                    lunch_overview(conn, org_id, monday),
                    request_report(conn, org_id, date.today(), child_id=child, status=status),
                )

        async def load() -> tuple[LunchOverview | None, RequestReport | None]:
            return await self.c.bg.run(read)

        def show(found: tuple[LunchOverview | None, RequestReport | None]) -> None:
            if self.monday == monday:  # not another week meanwhile
                self._show_lunch(found[0])
                self._show_report(found[1])

        self.c.bg.spawn(load(), on_done=show)

    def _changed(self, changes: Changes) -> None:
        if changes.touches("service_request", "organisation"):
            self.reload()
