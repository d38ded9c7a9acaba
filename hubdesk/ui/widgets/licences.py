"""The licences of an organisation: its subscriptions (bought, given, not given), who holds
each licence, buying more, giving and taking back by hand; and its licence rules, each
edited with a dry run beside it — who gains, who loses, and the monthly cost change —
before it is saved. Every write goes through the outbox; the server runs the rules.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from pydantic import ValidationError

from hubdesk.domain.enums import RuleAction, RuleCondition
from hubdesk.domain.permissions import Permission
from hubdesk.models.licence_data import Plan
from hubdesk.services.cache.licences import (
    DryRun,
    HolderRow,
    RuleRow,
    dry_run,
    holders_of,
    members_without,
    plans_of,
    rules_of,
    units_and_groups,
)
from hubdesk.ui.controller import Controller
from hubdesk.ui.labels import money
from hubdesk.ui.models.licences import (
    ITEM_ROLE,
    DryRunModel,
    HoldersModel,
    PlansModel,
    RulesModel,
)
from hubdesk.ui.qt import QCoreApplication, QtCore, QtWidgets
from hubdesk.ui.tasks import Changes
from hubdesk.ui.widgets.forms import (
    OrgWindow,
    dialog_buttons,
    empty_note,
    problem_label,
    table_view,
)
from hubdesk.wire.mutations import (
    LicenceDraft,
    LicenceRuleDraft,
    LicenceRulePatch,
    NoFields,
    SubscriptionPatch,
)


def _current(table: QtWidgets.QTableView) -> Any:
    index = table.currentIndex()
    return index.data(ITEM_ROLE) if index.isValid() else None


def _button(text: str, name: str, slot: Any) -> QtWidgets.QPushButton:
    button = QtWidgets.QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def dry_run_text(result: DryRun) -> str:
    """A dry run in a sentence or three."""
    text = QCoreApplication.translate("licences", "%n licence(s) gained", "", result.gains)
    text += " · " + QCoreApplication.translate("licences", "%n licence(s) lost", "", result.losses)
    if result.currency:
        amount = money(abs(result.monthly_cents), result.currency)
        if result.monthly_cents > 0:
            change = QCoreApplication.translate("licences", "+{amount} a month")
        elif result.monthly_cents < 0:
            change = QCoreApplication.translate("licences", "−{amount} a month")
        else:
            change = QCoreApplication.translate("licences", "the monthly bill stays the same")
        text += " · " + change.format(amount=amount)
    if result.no_subscription:
        missing = QCoreApplication.translate(
            "licences", "Not bought here, so not given: {products}."
        )
        text += "\n" + missing.format(products=", ".join(result.no_subscription))
    if result.unsettled:
        never = QCoreApplication.translate(
            "licences", "These rules never settle for: {people}. Change their order."
        )
        text += "\n" + never.format(people=", ".join(result.unsettled[:10]))
    return text


class RuleEditor(QtWidgets.QDialog):
    """A licence rule, with the dry run of the rule set with this version of it."""

    def __init__(
        self,
        controller: Controller,
        *,
        org_id: str,
        rule: RuleRow | None,
        plans: list[Plan],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.c = controller
        self.org_id = org_id
        self.rule = rule
        self.draft: LicenceRuleDraft | None = None
        self.patch: LicenceRulePatch | None = None
        self.setWindowTitle(
            self.tr("New licence rule")
            if rule is None
            else self.tr("Licence rule {name}").format(name=rule.name)
        )
        self.resize(720, 560)
        units, groups = controller.read(lambda conn: units_and_groups(conn, org_id))
        self.name = QtWidgets.QLineEdit(rule.name if rule else "")
        self.name.setMaxLength(120)
        self.priority = QtWidgets.QSpinBox()
        self.priority.setRange(0, 1_000_000)
        self.priority.setValue(rule.priority if rule else 100)
        self.condition = QtWidgets.QComboBox()
        for value, label in (
            (RuleCondition.ORG_UNIT, self.tr("Members of a unit")),
            (RuleCondition.GROUP, self.tr("Members of a group")),
            (RuleCondition.INACTIVITY, self.tr("No sign-in for a number of days")),
            (RuleCondition.FIRST_LOGIN, self.tr("First sign-in within a number of days")),
        ):
            self.condition.addItem(label, value.value)
        self.unit = QtWidgets.QComboBox()
        for unit_id, name in units:
            self.unit.addItem(name, unit_id)
        self.group = QtWidgets.QComboBox()
        for group_id, name in groups:
            self.group.addItem(name, group_id)
        self.days = QtWidgets.QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setSuffix(self.tr(" days"))
        self.action = QtWidgets.QComboBox()
        for act, label in (
            (RuleAction.ASSIGN, self.tr("Give")),
            (RuleAction.REMOVE, self.tr("Take back")),
            (RuleAction.CHANGE, self.tr("Change to another licence")),
        ):
            self.action.addItem(label, act.value)
        self.product = QtWidgets.QComboBox()
        self.target = QtWidgets.QComboBox()
        for plan in plans:
            self.product.addItem(plan.product, plan.product_id)
            self.target.addItem(plan.product, plan.product_id)
        self.enabled = QtWidgets.QCheckBox(self.tr("Rule is &on"))
        self.enabled.setChecked(rule.enabled if rule else True)
        if rule is not None:
            self._select(self.condition, rule.condition)
            self._select(self.unit, str(rule.params.get("org_id", "")))
            self._select(self.group, str(rule.params.get("group_id", "")))
            self.days.setValue(int(rule.params.get("days", rule.params.get("within_days", 30))))
            self._select(self.action, rule.action)
            self._select(self.product, rule.product_id)
            self._select(self.target, rule.target_product_id or "")
        else:
            self.days.setValue(30)
        form = QtWidgets.QFormLayout()
        for widget, label in (
            (self.name, self.tr("&Name")),
            (self.priority, self.tr("&Order (lower runs first)")),
            (self.condition, self.tr("&Who")),
            (self.unit, self.tr("&Unit")),
            (self.group, self.tr("&Group")),
            (self.days, self.tr("&Days")),
            (self.action, self.tr("&Does")),
            (self.product, self.tr("&Licence")),
            (self.target, self.tr("Change &to")),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        form.addRow("", self.enabled)
        self.form = form
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Dry run"))
        self.changes = DryRunModel(self)
        self.table = table_view(self.changes, self.tr("What the rules would change"))
        self.problem = problem_label()
        buttons, self.ok = dialog_buttons(self, self.tr("&Save"))
        preview = QtWidgets.QGroupBox(self.tr("Dry run: what this would change now"))
        box = QtWidgets.QVBoxLayout(preview)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(preview, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.preview)
        self._asked = 0
        self.last_dry_run: DryRun | None = None
        for signal in (
            self.name.textChanged,
            self.priority.valueChanged,
            self.condition.currentIndexChanged,
            self.unit.currentIndexChanged,
            self.group.currentIndexChanged,
            self.days.valueChanged,
            self.action.currentIndexChanged,
            self.product.currentIndexChanged,
            self.target.currentIndexChanged,
            self.enabled.toggled,
        ):
            signal.connect(self._edited)
        self._show_fields()
        self.preview()

    @staticmethod
    def _select(combo: QtWidgets.QComboBox, value: str) -> None:
        found = combo.findData(value)
        if found >= 0:
            combo.setCurrentIndex(found)

    def _show_fields(self) -> None:
        condition = self.condition.currentData()
        shown = {
            self.unit: condition == RuleCondition.ORG_UNIT,
            self.group: condition == RuleCondition.GROUP,
            self.days: condition in (RuleCondition.INACTIVITY, RuleCondition.FIRST_LOGIN),
            self.target: self.action.currentData() == RuleAction.CHANGE,
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)

    def _edited(self, *_args: object) -> None:
        self.problem.hide()
        self._show_fields()
        self._timer.start()

    def fields(self) -> dict[str, Any]:
        condition = self.condition.currentData()
        params: dict[str, Any] = {
            RuleCondition.ORG_UNIT: {"org_id": self.unit.currentData()},
            RuleCondition.GROUP: {"group_id": self.group.currentData()},
            RuleCondition.INACTIVITY: {"days": self.days.value()},
            RuleCondition.FIRST_LOGIN: {"within_days": self.days.value()},
        }[RuleCondition(condition)]
        change = self.action.currentData() == RuleAction.CHANGE
        return {
            "name": self.name.text(),
            "priority": self.priority.value(),
            "condition": condition,
            "params": params,
            "action": self.action.currentData(),
            "product_id": self.product.currentData(),
            "target_product_id": self.target.currentData() if change else None,
            "enabled": self.enabled.isChecked(),
        }

    def edited_rule(self) -> RuleRow:
        """This version of the rule, as the dry run runs it."""
        fields = self.fields()
        base = self.rule or RuleRow(
            id=str(uuid.uuid4()), version=0, name="", priority=0, condition="", params={},
            action="", product_id="", target_product_id=None, enabled=True, subject="",
            product="", target="",
        )  # fmt: skip
        return replace(base, **fields)

    def preview(self) -> None:
        """Run the dry run in a worker thread; a newer edit's answer wins."""
        if self.product.count() == 0:
            self.summary.setText(self.tr("This organisation has no subscriptions to give."))
            return
        self._asked += 1
        asked, org_id, edited = self._asked, self.org_id, self.edited_rule()
        session = self.c.session
        if session is None:
            return

        def work() -> DryRun:
            with session.cache.reading() as conn:
                return dry_run(conn, org_id, edited)

        def show(result: DryRun) -> None:
            if asked == self._asked:
                self.last_dry_run = result
                self.summary.setText(dry_run_text(result))
                self.changes.load(result.rows)

        self.c.bg.spawn(self.c.bg.run(work), on_done=show)

    def accept(self) -> None:
        try:
            if self.rule is None:
                self.draft = LicenceRuleDraft(org_id=self.org_id, **self.fields())
            else:
                old = {
                    "name": self.rule.name,
                    "priority": self.rule.priority,
                    "condition": self.rule.condition,
                    "params": self.rule.params,
                    "action": self.rule.action,
                    "product_id": self.rule.product_id,
                    "target_product_id": self.rule.target_product_id,
                    "enabled": self.rule.enabled,
                }
                changed = {k: v for k, v in self.fields().items() if old[k] != v}
                if {"condition", "params"} & set(changed):
                    changed["condition"] = self.fields()["condition"]
                    changed["params"] = self.fields()["params"]
                if not changed:
                    self.reject()
                    return
                self.patch = LicenceRulePatch.model_validate(changed)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = str((first.get("loc") or ("",))[0])
            self.problem.setText(
                self.tr("Give the rule a name.")
                if where == "name"
                else self.tr("A change goes to another licence.")
                if self.action.currentData() == RuleAction.CHANGE
                else self.tr("Check the rule: {problem}").format(problem=first["msg"])
            )
            self.problem.show()
            return
        super().accept()


class LicencesWindow(OrgWindow):
    def build(self) -> None:
        self.setWindowTitle(self.tr("Licences of {org}").format(org=self.org_name))
        self.resize(860, 600)
        self.tabs = QtWidgets.QTabWidget()
        # -- subscriptions and holders
        self.plans = PlansModel(self)
        self.plan_table = table_view(self.plans, self.tr("Subscriptions"))
        self.holders = HoldersModel(self)
        self.holder_table = table_view(self.holders, self.tr("Who holds the licence"))
        self.buy = _button(self.tr("&Buy licences…"), self.tr("Buy licences"), self.buy_more)
        self.give = _button(self.tr("&Give licence…"), self.tr("Give a licence"), self.give_one)
        self.take = _button(self.tr("&Take back"), self.tr("Take the licence back"), self.take_back)
        self.plan_table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_holders())
        self.holder_table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        page = QtWidgets.QWidget()
        box = QtWidgets.QVBoxLayout(page)
        bar = QtWidgets.QHBoxLayout()
        for button in (self.buy, self.give, self.take):
            bar.addWidget(button)
        bar.addStretch(1)
        box.addLayout(bar)
        box.addWidget(
            empty_note(
                self.plans,
                lambda: self.tr(
                    "No subscriptions here yet: licences are bought from the provider above."
                ),
            )
        )
        box.addWidget(self.plan_table, 1)
        box.addWidget(self.holder_table, 2)
        self.tabs.addTab(page, self.tr("&Subscriptions"))
        # -- rules
        self.rules = RulesModel(self)
        self.rule_table = table_view(self.rules, self.tr("Licence rules"))
        self.rule_table.doubleClicked.connect(lambda _i: self.edit_rule())
        self.new_rule_button = _button(self.tr("&New rule…"), self.tr("New rule"), self.new_rule)
        self.edit_rule_button = _button(self.tr("&Edit…"), self.tr("Edit the rule"), self.edit_rule)
        self.delete_rule_button = _button(
            self.tr("&Delete…"), self.tr("Delete the rule"), self.delete_rule
        )
        self.rule_table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        page = QtWidgets.QWidget()
        box = QtWidgets.QVBoxLayout(page)
        bar = QtWidgets.QHBoxLayout()
        for button in (self.new_rule_button, self.edit_rule_button, self.delete_rule_button):
            bar.addWidget(button)
        bar.addStretch(1)
        box.addLayout(bar)
        box.addWidget(
            QtWidgets.QLabel(
                self.tr(
                    "Rules run in order, each on what the ones before it did, when people "
                    "or rules change and every hour."
                )
            )
        )
        box.addWidget(self.rule_table, 1)
        self.rules_tab = self.tabs.addTab(page, self.tr("&Rules"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.c.bus.changed.connect(self._changed)
        self.reload()

    # -- reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.c.session is None:
            return
        org_id = self.org_id
        kept = _current(self.plan_table)
        self.plans.load(self.c.read(lambda conn: plans_of(conn, org_id)))
        for row in range(self.plans.rowCount()):
            plan = self.plans.item_at(row)
            if plan is not None and (kept is None or plan.product_id == kept.product_id):
                self.plan_table.selectRow(row)
                break
        self.rules.load(self.c.read(lambda conn: rules_of(conn, org_id)))
        self._show_holders()

    def _show_holders(self) -> None:
        plan = _current(self.plan_table)
        if plan is None or self.c.session is None:
            self.holders.load([])
        else:
            self.holders.load(self.c.read(lambda conn: holders_of(conn, plan.subscription_id)))
        self._enable()

    def _enable(self) -> None:
        manage = self.c.may(Permission.MANAGE_LICENCES, self.org_path)
        plan, holder, rule = (
            _current(self.plan_table),
            _current(self.holder_table),
            _current(self.rule_table),
        )
        self.buy.setEnabled(manage and plan is not None)
        self.give.setEnabled(manage and plan is not None)
        self.take.setEnabled(manage and isinstance(holder, HolderRow) and holder.version > 0)
        self.new_rule_button.setEnabled(manage and self.plans.rowCount() > 0)
        settled = isinstance(rule, RuleRow) and rule.version > 0
        self.edit_rule_button.setEnabled(manage and settled)
        self.delete_rule_button.setEnabled(manage and settled)

    # -- by hand --------------------------------------------------------------------------------

    def buy_more(self) -> None:
        plan = _current(self.plan_table)
        if not isinstance(plan, Plan) or not self.buy.isEnabled():
            return
        quantity, ok = QtWidgets.QInputDialog.getInt(
            self,
            self.tr("Buy licences"),
            self.tr("Licences of {product} bought (now {bought}, {given} given):").format(
                product=plan.product, bought=plan.quantity, given=plan.assigned
            ),
            plan.quantity,
            plan.assigned,
            1_000_000,
        )
        if ok and quantity != plan.quantity:
            self.c.write_soon(
                "subscription.update", plan.subscription_id, SubscriptionPatch(quantity=quantity)
            )

    def give_one(self) -> None:
        plan = _current(self.plan_table)
        if not isinstance(plan, Plan) or not self.give.isEnabled():
            return
        org_id = self.org_id
        people = self.c.read(lambda conn: members_without(conn, org_id, plan.subscription_id))
        if not people:
            self.c.messages.info(self.tr("Everyone here holds this licence already."))
            return
        label, ok = QtWidgets.QInputDialog.getItem(
            self,
            self.tr("Give a licence"),
            self.tr("Give {product} to:").format(product=plan.product),
            [text for _id, text in people],
            0,
            False,
        )
        chosen = next((i for i, text in people if text == label), None)
        if ok and chosen:
            draft = LicenceDraft(subscription_id=plan.subscription_id, person_id=chosen)
            self.c.write_soon("licence.assign", str(uuid.uuid4()), draft)

    def take_back(self) -> None:
        holder = _current(self.holder_table)
        if isinstance(holder, HolderRow) and self.take.isEnabled():
            self.c.write_soon("licence.unassign", holder.assignment_id, NoFields())

    # -- rules ----------------------------------------------------------------------------------

    def new_rule(self) -> RuleEditor | None:
        return self._editor(None) if self.new_rule_button.isEnabled() else None

    def edit_rule(self) -> RuleEditor | None:
        rule = _current(self.rule_table)
        if not isinstance(rule, RuleRow) or not self.edit_rule_button.isEnabled():
            return None
        return self._editor(rule)

    def _editor(self, rule: RuleRow | None) -> RuleEditor:
        plans = [self.plans.item_at(r) for r in range(self.plans.rowCount())]
        editor = RuleEditor(
            self.c,
            org_id=self.org_id,
            rule=rule,
            plans=[p for p in plans if p is not None],
            parent=self,
        )
        editor.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)

        def send() -> None:
            if editor.draft is not None:
                self.c.write_soon("licence_rule.create", str(uuid.uuid4()), editor.draft)
            elif editor.patch is not None and rule is not None:
                self.c.write_soon("licence_rule.update", rule.id, editor.patch)

        editor.accepted.connect(send)
        editor.open()
        return editor

    def delete_rule(self) -> None:
        rule = _current(self.rule_table)
        if not isinstance(rule, RuleRow) or not self.delete_rule_button.isEnabled():
            return
        answer = QtWidgets.QMessageBox.question(
            self,
            self.tr("Delete licence rule"),
            self.tr(
                "Delete the rule {name}? Licences it gave stay given; it gives and takes "
                "nothing more."
            ).format(name=rule.name),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.Cancel,
            QtWidgets.QMessageBox.StandardButton.Cancel,
        )
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            self.c.write_soon("licence_rule.remove", rule.id, NoFields())

    def _changed(self, changes: Changes) -> None:
        if changes.touches(
            "subscription", "licence_assignment", "licence_rule", "membership", "person"
        ):
            self.reload()
