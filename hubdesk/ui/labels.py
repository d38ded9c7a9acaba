"""Translated names for domain values (kinds, statuses) shown in the console."""

from __future__ import annotations

import html
from datetime import date

from hubdesk.domain.enums import Commercial, Lifecycle, OrgKind
from hubdesk.ui.qt import QCoreApplication, QtCore, QtGui


def kind_label(kind: str) -> str:
    labels = {
        "platform": QCoreApplication.translate("labels", "Platform"),
        "partner": QCoreApplication.translate("labels", "Partner"),
        "reseller": QCoreApplication.translate("labels", "Reseller"),
        "hub": QCoreApplication.translate("labels", "Hub"),
        "brand": QCoreApplication.translate("labels", "Brand"),
        "dealer": QCoreApplication.translate("labels", "Dealer"),
        "company": QCoreApplication.translate("labels", "Company"),
        "tenant": QCoreApplication.translate("labels", "Tenant"),
        "business_unit": QCoreApplication.translate("labels", "Business unit"),
        "location": QCoreApplication.translate("labels", "Location"),
        "customer": QCoreApplication.translate("labels", "Customer"),
    }
    return labels.get(kind, kind)


def lifecycle_label(value: str) -> str:
    labels = {
        "invited": QCoreApplication.translate("labels", "Invited"),
        "onboarding": QCoreApplication.translate("labels", "Onboarding"),
        "active": QCoreApplication.translate("labels", "Active"),
        "detached": QCoreApplication.translate("labels", "Detached"),
        "closed": QCoreApplication.translate("labels", "Closed"),
    }
    return labels.get(value, value)


def commercial_label(value: str) -> str:
    labels = {
        "none": QCoreApplication.translate("labels", "—"),
        "trial": QCoreApplication.translate("labels", "Trial"),
        "active": QCoreApplication.translate("labels", "Subscribed"),
        "closed": QCoreApplication.translate("labels", "Closed"),
    }
    return labels.get(value, value)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (Qt would render tags in it as HTML)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def all_kind_labels() -> list[str]:
    return [kind_label(k) for k in OrgKind]


def all_status_labels() -> list[str]:
    return [lifecycle_label(v) for v in Lifecycle] + [commercial_label(v) for v in Commercial]


def status_label(lifecycle: str, commercial: str) -> str:
    """One word for the tree: the lifecycle, or the trial/closed state of an active org."""
    if lifecycle == "active" and commercial in ("trial", "closed"):
        return commercial_label(commercial)
    return lifecycle_label(lifecycle)


_LIFECYCLE_COLOURS = {
    "invited": "#9aa0a6",
    "onboarding": "#f29900",
    "active": "#1e8e3e",
    "detached": "#5f6368",
    "closed": "#d93025",
}


def lifecycle_colour(value: str) -> QtGui.QColor:
    return QtGui.QColor(_LIFECYCLE_COLOURS.get(value, "#9aa0a6"))


_dot_cache: dict[str, QtGui.QIcon] = {}


def status_dot(value: str) -> QtGui.QIcon:
    """A small filled circle in the lifecycle's colour (cached)."""
    icon = _dot_cache.get(value)
    if icon is None:
        pixmap = QtGui.QPixmap(12, 12)
        pixmap.fill(QtGui.QColor(0, 0, 0, 0))
        painter = QtGui.QPainter(pixmap)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setBrush(lifecycle_colour(value))
        painter.setPen(QtGui.QColor(0, 0, 0, 0))
        painter.drawEllipse(2, 2, 8, 8)
        painter.end()
        icon = _dot_cache[value] = QtGui.QIcon(pixmap)
    return icon


def field_label(name: str) -> str:
    """An editable field's name, as the edit dialog and the conflicts list show it."""
    labels = {
        "name": QCoreApplication.translate("labels", "Name"),
        "legal_name": QCoreApplication.translate("labels", "Legal name"),
        "vat_number": QCoreApplication.translate("labels", "VAT / CVR"),
        "address": QCoreApplication.translate("labels", "Address"),
        "postal_code": QCoreApplication.translate("labels", "Postal code"),
        "city": QCoreApplication.translate("labels", "City"),
        "country": QCoreApplication.translate("labels", "Country"),
        "phone": QCoreApplication.translate("labels", "Phone"),
        "contact_name": QCoreApplication.translate("labels", "Contact person"),
        "contact_email": QCoreApplication.translate("labels", "Contact email"),
    }
    return labels.get(name, name)


def invite_status_label(value: str) -> str:
    labels = {
        "pending": QCoreApplication.translate("labels", "Pending"),
        "accepted": QCoreApplication.translate("labels", "Accepted"),
        "completed": QCoreApplication.translate("labels", "Completed"),
        "expired": QCoreApplication.translate("labels", "Expired"),
        "cancelled": QCoreApplication.translate("labels", "Cancelled"),
    }
    return labels.get(value, value)


def request_kind_label(value: str) -> str:
    labels = {
        "lunch": QCoreApplication.translate("labels", "Lunch"),
        "cleaning": QCoreApplication.translate("labels", "Cleaning"),
        "handyman": QCoreApplication.translate("labels", "Handyman"),
        "it_support": QCoreApplication.translate("labels", "IT support"),
        "meeting_room": QCoreApplication.translate("labels", "Meeting room"),
        "other": QCoreApplication.translate("labels", "Other"),
    }
    return labels.get(value, value)


def request_status_label(value: str) -> str:
    labels = {
        "open": QCoreApplication.translate("labels", "Open"),
        "in_progress": QCoreApplication.translate("labels", "In progress"),
        "done": QCoreApplication.translate("labels", "Done"),
        "cancelled": QCoreApplication.translate("labels", "Cancelled"),
    }
    return labels.get(value, value)


def permission_label(value: str) -> str:
    """A permission of the catalogue by its name in the console's language."""
    labels = {
        "org.view": QCoreApplication.translate("labels", "See the organisation"),
        "org.manage": QCoreApplication.translate("labels", "Change the organisation's details"),
        "org.create_child": QCoreApplication.translate("labels", "Create sub-accounts"),
        "org.detach": QCoreApplication.translate("labels", "Detach sub-accounts"),
        "invite.manage": QCoreApplication.translate("labels", "Invite sub-accounts"),
        "members.manage": QCoreApplication.translate("labels", "Manage people"),
        "roles.manage": QCoreApplication.translate("labels", "Manage roles"),
        "impersonate": QCoreApplication.translate("labels", "Log in as a sub-account's owner"),
        "licences.manage": QCoreApplication.translate("labels", "Manage licences"),
        "billing.view": QCoreApplication.translate("labels", "See billing"),
        "billing.manage": QCoreApplication.translate("labels", "Manage billing"),
        "audit.view": QCoreApplication.translate("labels", "See the audit log"),
        "audit.export": QCoreApplication.translate("labels", "Export the audit log"),
        "shared.manage": QCoreApplication.translate("labels", "Manage shared resources"),
        "appointments.create": QCoreApplication.translate("labels", "Create appointments"),
        "payments.process": QCoreApplication.translate("labels", "Take payments"),
        "customers.manage": QCoreApplication.translate("labels", "Manage customers"),
        "requests.manage": QCoreApplication.translate("labels", "Order and handle requests"),
        "reports.view": QCoreApplication.translate("labels", "See reports"),
    }
    return labels.get(value, value)


def money(cents: int, currency: str) -> str:
    """An amount in cents of ``currency``, the console's locale's way."""
    return QtCore.QLocale().toCurrencyString(cents / 100, currency)


def day_text(value: date | None) -> str:
    """A day in the console's locale's short form; empty for none."""
    if value is None:
        return ""
    return QtCore.QLocale().toString(QtCore.QDate(value), QtCore.QLocale.FormatType.ShortFormat)
