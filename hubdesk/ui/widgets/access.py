"""Effective access: "why can this person do that here?" for a person (every grant, how
far it reaches, and what it adds up to at the organisation shown) and for an organisation
(everyone who reaches it, and how; filtered by a permission)."""

from __future__ import annotations

from typing import Any

from hubdesk.domain.permissions import Permission
from hubdesk.services.cache.access import (
    AccessRow,
    Reached,
    explain_at,
    org_access,
    person_access,
    reached,
)
from hubdesk.ui.controller import Controller
from hubdesk.ui.labels import permission_label
from hubdesk.ui.models.access import AccessModel
from hubdesk.ui.models.row_list import RowListModel
from hubdesk.ui.qt import AnyIndex, Qt, QtWidgets
from hubdesk.ui.tasks import Changes
from hubdesk.ui.widgets.forms import OrgWindow, table_view


class WhyModel(RowListModel[tuple[str, str]]):
    """Each permission a person holds at one organisation, and the grants giving it."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Permission"), self.tr("Given by"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.item(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return row[index.column()]


class ReachedModel(RowListModel[Reached]):
    """The organisations a person reaches, and through which grants."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Organisation"), self.tr("Through (role @ where granted)"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.item(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return "    " * max(0, row.depth - 1) + row.name
        return "; ".join(row.via)


class AccessWindow(OrgWindow):
    def __init__(
        self,
        controller: Controller,
        *,
        org_id: str,
        org_name: str,
        org_path: str,
        person: tuple[str, str] | None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        self.person = person  # (id, name): the person tab's
        super().__init__(
            controller, org_id=org_id, org_name=org_name, org_path=org_path, parent=parent
        )

    def build(self) -> None:
        self.setWindowTitle(self.tr("Effective access"))
        self.resize(760, 520)
        self.tabs = QtWidgets.QTabWidget()
        # -- a self.person
        self.grants = AccessModel(by_person=True, parent=self)
        self.why = WhyModel(self)
        self.reached = ReachedModel(self)
        self.reached_heading = QtWidgets.QLabel()
        self.person_heading = QtWidgets.QLabel()
        self.person_heading.setWordWrap(True)
        self.why_heading = QtWidgets.QLabel()
        self.why_heading.setWordWrap(True)
        person_page = QtWidgets.QWidget()
        box = QtWidgets.QVBoxLayout(person_page)
        box.addWidget(self.person_heading)
        box.addWidget(table_view(self.grants, self.tr("Grants of the person")), 1)
        box.addWidget(self.reached_heading)
        box.addWidget(table_view(self.reached, self.tr("Organisations the person reaches")), 2)
        box.addWidget(self.why_heading)
        box.addWidget(table_view(self.why, self.tr("Permissions here and why")), 2)
        self.person_tab = self.tabs.addTab(person_page, self.tr("&Person"))
        # -- an organisation
        self.reaching = AccessModel(by_person=False, parent=self)
        self.permission = QtWidgets.QComboBox()
        self.permission.setAccessibleName(self.tr("Only people who may"))
        self.permission.addItem(self.tr("Everyone who reaches it"), "")
        for p in sorted(Permission, key=lambda p: permission_label(p.value)):
            self.permission.addItem(permission_label(p.value), p.value)
        self.permission.currentIndexChanged.connect(lambda _i: self._load_org())
        label = QtWidgets.QLabel(self.tr("&Who may:"))
        label.setBuddy(self.permission)
        self.org_heading = QtWidgets.QLabel()
        self.org_heading.setWordWrap(True)
        org_page = QtWidgets.QWidget()
        box = QtWidgets.QVBoxLayout(org_page)
        bar = QtWidgets.QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.permission, 1)
        box.addLayout(bar)
        box.addWidget(self.org_heading)
        box.addWidget(table_view(self.reaching, self.tr("People who reach the organisation")), 1)
        self.org_tab = self.tabs.addTab(org_page, self.tr("&Organisation"))
        close = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        close.button(QtWidgets.QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        self.c.bus.changed.connect(self._changed)
        self.reload()
        if self.person is None:
            self.tabs.setCurrentIndex(self.org_tab)

    def reload(self) -> None:
        self._load_person()
        self._load_org()

    def _load_person(self) -> None:
        if self.person is None or self.c.session is None:
            self.person_heading.setText(self.tr("Select a person in the people list first."))
            self.grants.load([])
            self.why.load([])
            self.why_heading.clear()
            return
        person_id, name = self.person
        grants = self.c.read(lambda conn: person_access(conn, person_id))
        self.grants.load(grants)
        shown, reach = self.c.read(lambda conn: reached(conn, grants))
        self.reached.load(shown)
        self.person_heading.setText(
            self.tr(
                "{name} has %n grant(s), reaching {orgs} organisation(s) in all.", "", len(grants)
            ).format(name=name, orgs=reach)
        )
        self.reached_heading.setText(
            self.tr("Organisations reached (the first %n shown):", "", len(shown))
            if len(shown) < reach
            else self.tr("Organisations reached:")
        )
        explained = explain_at(person_id, grants, self.org_path)
        rows: list[tuple[str, str]] = []
        for permission in sorted(explained.permissions, key=lambda p: permission_label(p.value)):
            givers = [g for g in explained.grants if permission.value in g.permissions]
            rows.append(
                (permission_label(permission.value), "; ".join(self._giver(g) for g in givers))
            )
        self.why.load(rows)
        self.why_heading.setText(
            self.tr("At {org}, {name} may:").format(org=self.org_name, name=name)
            if rows
            else self.tr("{name} has no access to {org}.").format(name=name, org=self.org_name)
        )

    def _giver(self, grant: AccessRow) -> str:
        if grant.org_path == self.org_path:
            return self.tr("{role} here").format(role=grant.role_name)
        return self.tr("{role} at {org}").format(role=grant.role_name, org=grant.org_name)

    def _load_org(self) -> None:
        if self.c.session is None:
            self.reaching.load([])
            return
        org_id = self.org_id
        rows, total = self.c.read(lambda conn: org_access(conn, org_id))
        wanted = self.permission.currentData()
        if wanted:
            rows = [r for r in rows if r.status == "active" and wanted in r.permissions]
        self.reaching.load(rows)
        text = self.tr("%n grant(s) reach {org}.", "", total).format(org=self.org_name)
        if wanted:
            text += " " + self.tr("%n of them may do this.", "", len(rows))
        self.org_heading.setText(text)

    def _changed(self, changes: Changes) -> None:
        if changes.touches("membership", "role", "person", "organisation"):
            self.reload()
