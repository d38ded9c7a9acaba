"""One audit event in full, below the audit log: who, what, where from, its place in its
chain, and what it changed (before beside after, the changed fields marked). From here
the reviewer jumps to the actor's other events, the target's history, or the
organisation's log."""

from __future__ import annotations

import html

from hubdesk.services.cache.audit_log import EventDetail
from hubdesk.ui.audit_labels import action_label, target_label
from hubdesk.ui.models.audit_log import ChangesModel, when_text
from hubdesk.ui.qt import Qt, QtWidgets, Signal
from hubdesk.ui.widgets.forms import shortcut_button


class EventPanel(QtWidgets.QWidget):
    actor_requested = Signal(str, str)  # actor id, name
    target_requested = Signal(str, str)  # target id, name
    organisation_requested = Signal(str, str)  # organisation id, name

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown: EventDetail | None = None
        self.summary = QtWidgets.QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("The selected event"))
        self.changes = ChangesModel(self)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.changes)
        self.table.setAccessibleName(self.tr("What the event changed"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.no_changes = QtWidgets.QLabel(self.tr("This event records no values."))
        self.no_changes.setStyleSheet("color: palette(dark);")
        self.actor = self._button(self.tr("&Actor's events"), "Ctrl+Shift+U")
        self.actor.setToolTip(self.tr("Everything this person did (Ctrl+Shift+U)"))
        self.actor.clicked.connect(self._actor)
        self.target = self._button(self.tr("&Target's history"), "Ctrl+Shift+T")
        self.target.setToolTip(self.tr("Everything that happened to this target (Ctrl+Shift+T)"))
        self.target.clicked.connect(self._target)
        self.org = self._button(self.tr("&Organisation's log"), "Ctrl+Shift+O")
        self.org.setToolTip(self.tr("Everything at this organisation and below it (Ctrl+Shift+O)"))
        self.org.clicked.connect(self._org)
        buttons = QtWidgets.QHBoxLayout()
        for button in (self.actor, self.target, self.org):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.no_changes)
        layout.addWidget(self.table, 1)
        self.show_event(None)

    def _button(self, text: str, keys: str) -> QtWidgets.QPushButton:
        return shortcut_button(text, keys, self)

    def show_event(self, event: EventDetail | None) -> None:
        self.shown = event
        self.changes.load(event.changes if event is not None else [])
        self.table.resizeColumnsToContents()
        if event is None:
            self.summary.setText(self.tr("Select an event to see it in full."))
        else:
            self.summary.setText(self._summary(event))
        row = event.row if event is not None else None
        self.actor.setEnabled(row is not None and row.actor_id is not None)
        self.target.setEnabled(row is not None and row.target_id is not None)
        self.org.setEnabled(row is not None and row.org_id is not None and bool(row.org_name))
        nothing = event is not None and not event.changes
        self.no_changes.setVisible(nothing)
        self.table.setVisible(not nothing)

    def _summary(self, event: EventDetail) -> str:
        row = event.row
        e = html.escape
        lines = [
            f"<b>{e(action_label(row.action))}</b> &nbsp;·&nbsp; {e(when_text(row))}",
            self.tr("By: {who}").format(who=e(row.actor_name)),
        ]
        if row.impersonator_name:
            lines.append(
                self.tr("Logged in as this person: {who}").format(who=e(row.impersonator_name))
            )
        if row.org_id is not None:
            lines.append(
                self.tr("At: {org}").format(org=e(row.org_name or self.tr("(not in this cache)")))
            )
        if row.target_name or row.target_type:
            lines.append(
                self.tr("About: {target} ({kind})").format(
                    target=e(row.target_name or ""), kind=e(target_label(row.target_type))
                )
            )
        if row.ip or row.device:
            lines.append(
                self.tr("From: {ip} · {device}").format(
                    ip=e(row.ip or self.tr("unknown address")),
                    device=e(row.device or self.tr("unknown device")),
                )
            )
        lines.append(
            "<span style='color: palette(dark)'>"
            + self.tr("Event {seq} of its chain · hash {hash}").format(
                seq=f"{event.chain_seq:,}", hash=e(event.hash[:16]) + "…"
            )
            + "</span>"
        )
        return "<br>".join(lines)

    def _actor(self) -> None:
        row = self.shown.row if self.shown is not None else None
        if row is not None and row.actor_id is not None:
            self.actor_requested.emit(row.actor_id, row.actor_name)

    def _target(self) -> None:
        row = self.shown.row if self.shown is not None else None
        if row is not None and row.target_id is not None:
            self.target_requested.emit(row.target_id, row.target_name or row.target_id)

    def _org(self) -> None:
        row = self.shown.row if self.shown is not None else None
        if row is not None and row.org_id is not None and row.org_name:
            self.organisation_requested.emit(row.org_id, row.org_name)
