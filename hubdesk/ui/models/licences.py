"""Tables of the licences window: subscriptions, who holds a licence, the rules, and a
dry run's changes (each a short list held in memory: one organisation's)."""

from __future__ import annotations

from typing import Any

from hubdesk.models.licence_data import Plan
from hubdesk.services.cache.licences import DryRunRow, HolderRow, RuleRow
from hubdesk.ui.labels import day_text, money
from hubdesk.ui.models.row_list import RowListModel
from hubdesk.ui.qt import AnyIndex, QCoreApplication, Qt, QtGui

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
ATTENTION = QtGui.QColor("#b06000")
GAIN = QtGui.QColor("#188038")
LOSS = QtGui.QColor("#d93025")


class _Rows(RowListModel[Any]):
    def texts(self, item: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def colour(self, item: Any, column: int) -> QtGui.QColor | None:
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index)
        if item is None:
            return None
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(item)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colour(item, index.column())
        return None


class PlansModel(_Rows):
    """One row per subscription; licences bought but not given stand out."""

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Product"),
            self.tr("Term"),
            self.tr("Bought"),
            self.tr("Given"),
            self.tr("Not given"),
            self.tr("A month"),
            self.tr("Since"),
            self.tr("Renews"),
        )

    def texts(self, item: Plan) -> tuple[str, ...]:
        term = self.tr("Annual") if item.term == "annual" else self.tr("Monthly")
        return (
            item.product,
            term,
            str(item.quantity),
            str(item.assigned),
            str(item.unassigned),
            money(item.pricing.monthly(item.assigned), item.currency),
            day_text(item.started_on),
            day_text(item.renews_on),
        )

    def colour(self, item: Plan, column: int) -> QtGui.QColor | None:
        return ATTENTION if column == 4 and item.unassigned else None


class HoldersModel(_Rows):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Person"), self.tr("Email"), self.tr("Given by"))

    def texts(self, item: HolderRow) -> tuple[str, ...]:
        by = self.tr("Rule: {name}").format(name=item.rule) if item.rule else self.tr("By hand")
        return (item.name, item.email, by)


class RulesModel(_Rows):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Order"), self.tr("Rule"), self.tr("Who"), self.tr("Does"), self.tr("On"))

    def texts(self, item: RuleRow) -> tuple[str, ...]:
        return (
            str(item.priority),
            item.name,
            who_text(item),
            does_text(item),
            self.tr("Yes") if item.enabled else self.tr("No"),
        )

    def colour(self, item: RuleRow, column: int) -> QtGui.QColor | None:
        return None if item.enabled else QtGui.QColor("#80868b")


def who_text(rule: RuleRow) -> str:
    """A rule's condition in words."""
    days = int(rule.params.get("days", rule.params.get("within_days", 0)) or 0)
    subject = rule.subject or "?"
    if rule.condition == "org_unit":
        return QCoreApplication.translate("licences", "Members of {unit}").format(unit=subject)
    if rule.condition == "group":
        return QCoreApplication.translate("licences", "Group {group}").format(group=subject)
    if rule.condition == "inactivity":
        return QCoreApplication.translate("licences", "No sign-in for %n day(s)", "", days)
    if rule.condition == "first_login":
        return QCoreApplication.translate("licences", "First sign-in within %n day(s)", "", days)
    return rule.condition


def does_text(rule: RuleRow) -> str:
    """A rule's action in words."""
    product, target = rule.product, rule.target
    if rule.action == "assign":
        return QCoreApplication.translate("licences", "Give {product}").format(product=product)
    if rule.action == "remove":
        text = QCoreApplication.translate("licences", "Take back {product}")
        return text.format(product=product)
    if rule.action == "change":
        text = QCoreApplication.translate("licences", "Change {product} to {target}")
        return text.format(product=product, target=target)
    return rule.action


class DryRunModel(_Rows):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Person"), self.tr("Licence"), self.tr("Change"), self.tr("Rule"))

    def texts(self, item: DryRunRow) -> tuple[str, ...]:
        change = self.tr("Gains") if item.gains else self.tr("Loses")
        return (item.person, item.licence, change, item.rule)

    def colour(self, item: DryRunRow, column: int) -> QtGui.QColor | None:
        return (GAIN if item.gains else LOSS) if column == 2 else None
