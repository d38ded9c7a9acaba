"""The detail pane for the selected organisation: who it is, its state and its size."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from hubdesk.services.cache.queries import OrgCounts, OrgDetail, Recipients
from hubdesk.ui.labels import (
    commercial_label,
    kind_label,
    lifecycle_colour,
    lifecycle_label,
    plain_tooltip,
)
from hubdesk.ui.qt import Qt, QtCore, QtWidgets
from hubdesk.ui.widgets.detach import DetachTarget


@dataclass(frozen=True)
class DetailData:
    detail: OrgDetail
    counts: OrgCounts | None
    write_state: str | None = None  # pending | conflict | rejected: my unsettled writes
    editable: bool = False  # I may change its details
    recipients: Recipients | None = None  # who gets its notifications now
    detachable: DetachTarget | None = None  # a sub-account I may detach


def _plain(label: QtWidgets.QLabel) -> QtWidgets.QLabel:
    """Names and addresses come from other organisations: never render them as HTML."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _field() -> QtWidgets.QLabel:
    label = _plain(QtWidgets.QLabel())
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class _Section(QtWidgets.QGroupBox):
    def __init__(self, title: str, rows: list[str]) -> None:
        super().__init__(title)
        self.values: dict[str, QtWidgets.QLabel] = {}
        form = QtWidgets.QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in rows:
            value = _field()
            value.setAccessibleName(name)
            form.addRow(name + ":", value)
            self.values[name] = value

    def set(self, name: str, text: str | None) -> None:
        self.values[name].setText(text or "—")


class OrgDetailPane(QtWidgets.QWidget):
    """Shows one organisation; :meth:`show_data` fills it, :meth:`clear` empties it."""

    def __init__(
        self, today: Callable[[], date] = date.today, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.setAccessibleName(self.tr("Organisation details"))
        self.org_id: str | None = None

        self.placeholder = QtWidgets.QLabel(self.tr("Select an organisation in the tree."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(mid); font-size: 14px;")

        self.title = _plain(QtWidgets.QLabel())
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = _plain(QtWidgets.QLabel())
        self.subtitle.setStyleSheet("color: palette(dark);")
        self.lifecycle_chip = _plain(QtWidgets.QLabel())
        self.commercial_chip = _plain(QtWidgets.QLabel())
        self.write_chip = _plain(QtWidgets.QLabel())
        self.edit_button = QtWidgets.QPushButton(self.tr("&Edit details…"))
        self.edit_button.setAccessibleName(self.tr("Edit details"))
        self.edit_button.setToolTip(self.tr("Change the company and contact details (Ctrl+E)"))
        chips = QtWidgets.QHBoxLayout()
        chips.addWidget(self.lifecycle_chip)
        chips.addWidget(self.commercial_chip)
        chips.addWidget(self.write_chip)
        chips.addStretch(1)
        chips.addWidget(self.edit_button)

        self.company = _Section(
            self.tr("Company"),
            [self.tr("Legal name"), self.tr("VAT / CVR"), self.tr("Address"), self.tr("Phone")],
        )
        self.contact = _Section(
            self.tr("Contact"),
            [self.tr("Contact person"), self.tr("Email"), self.tr("Notifications to")],
        )
        self.commercial = _Section(
            self.tr("Subscription"), [self.tr("Status"), self.tr("Started"), self.tr("Renews")]
        )
        self.structure = _Section(
            self.tr("Structure"),
            [
                self.tr("Sub-accounts"),
                self.tr("People"),
                self.tr("Seats here"),
                self.tr("Seats in subtree"),
            ],
        )
        grid = QtWidgets.QGridLayout()
        grid.addWidget(self.company, 0, 0)
        grid.addWidget(self.contact, 0, 1)
        grid.addWidget(self.commercial, 1, 0)
        grid.addWidget(self.structure, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.body = QtWidgets.QWidget()
        body = QtWidgets.QVBoxLayout(self.body)
        body.addWidget(self.title)
        body.addWidget(self.subtitle)
        body.addLayout(chips)
        body.addSpacing(8)
        body.addLayout(grid)
        body.addStretch(1)

        self.stack = QtWidgets.QStackedLayout(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.body)

    def clear(self, message: str | None = None) -> None:
        """Show the placeholder; ``message`` explains an empty state other than "no choice"."""
        self.org_id = None
        self.placeholder.setText(message or self.tr("Select an organisation in the tree."))
        self.stack.setCurrentWidget(self.placeholder)

    def show_data(self, data: DetailData) -> None:
        d = data.detail
        self.org_id = d.id
        self.title.setText(d.name)
        where = " › ".join(d.trail) if d.trail else self.tr("Top level")
        self.subtitle.setText(f"{kind_label(d.kind)} · {where}")
        self.subtitle.setToolTip(plain_tooltip(" › ".join((*d.trail, d.name))))
        colour = lifecycle_colour(d.lifecycle).name()
        self.lifecycle_chip.setText(lifecycle_label(d.lifecycle))
        self.lifecycle_chip.setStyleSheet(_chip(colour))
        self.lifecycle_chip.setAccessibleName(
            self.tr("Lifecycle: {0}").format(lifecycle_label(d.lifecycle))
        )
        self.edit_button.setVisible(data.editable)
        self._show_write_state(data.write_state)
        self.commercial_chip.setVisible(d.commercial != "none")
        self.commercial_chip.setText(commercial_label(d.commercial))
        self.commercial_chip.setStyleSheet(_chip("#1a73e8"))

        address = ", ".join(
            p for p in (d.address, f"{d.postal_code or ''} {d.city or ''}".strip(), d.country) if p
        )
        self.company.set(self.tr("Legal name"), d.legal_name)
        self.company.set(self.tr("VAT / CVR"), d.vat_number)
        self.company.set(self.tr("Address"), address)
        self.company.set(self.tr("Phone"), d.phone)
        self.contact.set(self.tr("Contact person"), d.contact_name)
        self.contact.set(self.tr("Email"), d.contact_email)
        self.contact.set(self.tr("Notifications to"), self._recipients_text(data.recipients))
        self.commercial.set(self.tr("Status"), self._commercial_text(d))
        self.commercial.set(self.tr("Started"), _day(d.subscription_started_on))
        self.commercial.set(self.tr("Renews"), _day(d.renews_on))
        c = data.counts
        if c is not None:
            self.structure.set(
                self.tr("Sub-accounts"),
                self.tr("{direct} direct · {total} in total").format(
                    direct=c.direct_children, total=c.descendants
                ),
            )
            self.structure.set(
                self.tr("People"),
                self.tr("{here} here · {total} in subtree").format(
                    here=c.members, total=c.members_in_subtree
                ),
            )
            self.structure.set(
                self.tr("Seats here"),
                self.tr("{b} billable · {f} free").format(b=c.seats.billable, f=c.seats.free),
            )
            self.structure.set(
                self.tr("Seats in subtree"),
                self.tr("{b} billable · {f} free").format(
                    b=c.seats_in_subtree.billable, f=c.seats_in_subtree.free
                ),
            )
        self.stack.setCurrentWidget(self.body)

    def _recipients_text(self, recipients: Recipients | None) -> str | None:
        if recipients is None:
            return None
        names = ", ".join(recipients.names)
        if recipients.via_parent:
            return self.tr("{names} (above, until it is set up)").format(names=names)
        return names

    def _show_write_state(self, state: str | None) -> None:
        self.write_chip.setVisible(state is not None)
        if state == "pending":
            self.write_chip.setText(self.tr("Changes not yet sent"))
            self.write_chip.setToolTip(
                self.tr("Saved here; they go to the server as soon as it can be reached.")
            )
            self.write_chip.setStyleSheet(_chip("#80868b"))
        elif state is not None:
            self.write_chip.setText(self.tr("Not taken by the server"))
            self.write_chip.setToolTip(self.tr("Decide what to keep in Conflicts."))
            self.write_chip.setStyleSheet(_chip("#d93025"))
        self.write_chip.setAccessibleName(self.write_chip.text())

    def _commercial_text(self, d: OrgDetail) -> str:
        if d.commercial == "trial" and d.trial_ends_on is not None:
            left = (d.trial_ends_on - self._today()).days
            if left < 0:
                return self.tr("Trial ended {date}").format(date=_day(d.trial_ends_on))
            return self.tr("Trial · %n day(s) left (ends {date})", "", left).format(
                date=_day(d.trial_ends_on)
            )
        if d.commercial == "active":
            return self.tr("Active subscription")
        if d.commercial == "closed":
            return self.tr("Closed")
        return self.tr("No subscription")


def _chip(colour: str) -> str:
    return (
        f"QLabel {{ color: white; background: {colour}; border-radius: 8px;"
        " padding: 2px 10px; font-weight: 600; }"
    )


def _day(value: date | None) -> str | None:
    if value is None:
        return None
    return QtCore.QLocale().toString(
        QtCore.QDate(value.year, value.month, value.day), QtCore.QLocale.FormatType.ShortFormat
    )
