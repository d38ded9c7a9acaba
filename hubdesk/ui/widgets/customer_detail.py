"""The selected customer in full, beside the customers table: status, what needs attention
and why, the contacts, what is subscribed, the deal's notes (newest first) and the
account's history."""

from __future__ import annotations

import html
from datetime import datetime

from hubdesk.services.cache.customers import Customer, CustomerDetail, StatusChange
from hubdesk.ui.audit_labels import action_label
from hubdesk.ui.labels import commercial_label, day_text, lifecycle_label
from hubdesk.ui.models.customers import CustomersModel, need_text
from hubdesk.ui.qt import QtCore, QtWidgets


def _moment(value: datetime) -> str:
    local = QtCore.QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return local.toString("yyyy-MM-dd HH:mm")


def _status_word(value: str | None) -> str:
    if value in ("trial", "active", "closed", "none"):
        return commercial_label(value)
    return lifecycle_label(value or "")


class CustomerPanel(QtWidgets.QWidget):
    def __init__(self, model: CustomersModel, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.text = QtWidgets.QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("The selected customer"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        self.show_customer(None, None)

    def step_text(self, step: StatusChange) -> str:
        if step.kind == "created":
            if step.detail:
                return self.tr("Created, in a trial until {day}").format(day=step.detail)
            return self.tr("Created")
        if step.kind == "won":
            return self.tr("Deal won")
        if step.kind == "lost":
            return self.tr("Deal lost")
        if step.kind == "subscribed":
            return self.tr("Subscribed: {product}").format(product=step.detail or "")
        return self.tr("Status: {before} → {after}").format(
            before=_status_word(step.before), after=_status_word(step.after)
        )

    def show_customer(self, row: Customer | None, detail: CustomerDetail | None) -> None:
        if row is None or detail is None:
            self.text.setPlainText(self.tr("Select a customer to see it in full."))
            return
        e = html.escape
        parts = [f"<h3>{e(row.name)}</h3>", f"<p>{e(self.model.status_detail(row))}"]
        if row.plan_name:
            parts.append(
                "<br>"
                + e(
                    self.tr("{plan}: {progress} % done").format(
                        plan=row.plan_name, progress=row.progress_pct
                    )
                )
            )
        if row.deal_stage:
            stage = {
                "open": self.tr("Deal open"),
                "won": self.tr("Deal won"),
                "lost": self.tr("Deal lost"),
            }.get(row.deal_stage, row.deal_stage)
            parts.append("<br>" + e(stage))
        parts.append("</p>")
        if row.attention:
            parts.append("<h4>" + e(self.tr("Needs attention")) + "</h4><ul>")
            parts += [f"<li>{e(need_text(item))}</li>" for item in row.attention]
            parts.append("</ul>")
        parts.append("<h4>" + e(self.tr("Contacts")) + "</h4>")
        if row.contact_name or row.contact_email:
            parts.append(f"<p>{e(row.contact_name or '')} &lt;{e(row.contact_email or '')}&gt;</p>")
        if detail.contacts:
            parts.append("<ul>")
            parts += [
                f"<li>{e(name)} ({e(role)}) — {e(email)}</li>"
                for name, email, role in detail.contacts[:20]
            ]
            parts.append("</ul>")
        parts.append("<h4>" + e(self.tr("Subscription and licences")) + "</h4>")
        if detail.subscriptions:
            parts.append("<ul>")
            for product, bought, given, term, renews in detail.subscriptions:
                line = self.tr("{product}: {given} of {bought} given ({term})").format(
                    product=product, given=given, bought=bought, term=term
                )
                if renews is not None:
                    line += " · " + self.tr("renews {day}").format(day=day_text(renews))
                parts.append(f"<li>{e(line)}</li>")
            parts.append("</ul>")
        else:
            parts.append("<p>" + e(self.tr("Nothing subscribed.")) + "</p>")
        parts.append("<h4>" + e(self.tr("Status history")) + "</h4>")
        if detail.status_history:
            parts.append("<ul>")
            parts += [
                f"<li>{e(_moment(step.when))} · {e(self.step_text(step))} · {e(step.who)}</li>"
                for step in detail.status_history
            ]
            parts.append("</ul>")
        else:
            parts.append("<p>" + e(self.tr("Nothing recorded yet.")) + "</p>")
        parts.append("<h4>" + e(self.tr("Deal notes")) + "</h4>")
        if detail.notes:
            for when, author, body in detail.notes:
                parts.append(
                    f"<p><b>{e(author)}</b> · {e(_moment(when))}<br>"
                    + e(body).replace("\n", "<br>")
                    + "</p>"
                )
        else:
            parts.append("<p>" + e(self.tr("No notes yet.")) + "</p>")
        parts.append("<h4>" + e(self.tr("History")) + "</h4><ul>")
        parts += [
            f"<li>{e(_moment(when))} · {e(action_label(action))} · {e(who)}</li>"
            for when, action, who in detail.history
        ]
        parts.append("</ul>")
        self.text.setHtml("".join(parts))
