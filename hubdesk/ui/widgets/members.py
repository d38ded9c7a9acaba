"""Adding a person to an organisation, changing a member's role, removing a member.

Each dialog offers only what the signed-in person may do (the rules of
:mod:`hubdesk.domain.access`, which the server checks again), and says what the change
does to the bill before it is saved (:func:`hubdesk.models.seats.price_effect`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pydantic import ValidationError
from sqlalchemy import Connection

from hubdesk.domain import access
from hubdesk.domain.permissions import Scope
from hubdesk.models.seats import PriceEffect, RoleChoice, price_effect
from hubdesk.services.cache.people import AddressRule, PersonRow
from hubdesk.ui.labels import money
from hubdesk.ui.qt import QCoreApplication, QtCore, QtGui, QtWidgets
from hubdesk.ui.widgets.forms import dialog_buttons, problem_label
from hubdesk.wire.mutations import MembershipDraft, MembershipPatch

Read = Callable[[Callable[[Connection], PriceEffect]], PriceEffect]


def price_text(effect: PriceEffect) -> str:
    """One or two sentences on what a change does to the seat and the monthly bill."""
    plan = effect.plan
    if effect.seats_change == 0:
        return (
            QCoreApplication.translate(
                "members", "The seat stays billable; the price does not change."
            )
            if effect.billable_after
            else QCoreApplication.translate("members", "The seat stays free.")
        )
    if effect.seats_change < 0:
        if plan is None:
            return QCoreApplication.translate("members", "The seat becomes free.")
        return QCoreApplication.translate(
            "members",
            "The seat becomes free. {plan} keeps its {count} bought seats until it is "
            "changed; one of them is then unassigned.",
        ).format(plan=plan.product, count=plan.quantity)
    if plan is None:
        return QCoreApplication.translate(
            "members", "The seat becomes billable. No seat plan applies here yet."
        )
    if effect.monthly_cents == 0:
        return QCoreApplication.translate(
            "members",
            "The seat becomes billable. {plan} (at {org}) has a bought seat free for it: "
            "no extra cost.",
        ).format(plan=plan.product, org=plan.org_name)
    return QCoreApplication.translate(
        "members", "The seat becomes billable: +{amount} a month ({plan}, at {org})."
    ).format(
        amount=money(abs(effect.monthly_cents), plan.currency), plan=plan.product, org=plan.org_name
    )


def refusal_text(refusal: access.Refusal) -> str:
    """A refusal of :mod:`hubdesk.domain.access` in the console's language."""
    return {
        access.NO_MEMBERS_RIGHT: QCoreApplication.translate(
            "members", "You may not manage the people of this organisation."
        ),
        access.ESCALATION: QCoreApplication.translate(
            "members", "You cannot give a role with permissions you do not hold yourself."
        ),
        access.MORE_POWERFUL: QCoreApplication.translate(
            "members",
            "This person holds permissions here that you do not; you cannot change or "
            "remove their membership.",
        ),
        access.OWN_ROLE: QCoreApplication.translate(
            "members", "You cannot change your own role; ask another administrator."
        ),
        access.OTHER_DOMAIN: QCoreApplication.translate(
            "members",
            "This address is not in one of the organisation's verified domains, and its "
            "administrators have not allowed members from other domains.",
        ),
    }.get(refusal.code, refusal.message)


class _RoleForm(QtWidgets.QDialog):
    """The role and title part both dialogs share, with the price effect under it."""

    def __init__(
        self,
        parent: QtWidgets.QWidget | None,
        *,
        scope: Scope,
        org_path: str,
        roles: Iterable[RoleChoice],
        effect: Callable[[frozenset[str]], PriceEffect],
        current_role_id: str | None = None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self._effect = effect
        self.roles = list(roles)
        self.role = QtWidgets.QComboBox()
        items = self.role.model()
        assert isinstance(items, QtGui.QStandardItemModel)
        for n, choice in enumerate(self.roles):
            self.role.addItem(choice.name, choice.id)
            refusal = access.may_grant(scope, org_path, choice.permissions)
            tip = choice.description
            if refusal is not None and choice.id != current_role_id:
                item = items.item(n)
                item.setEnabled(False)
                tip = refusal_text(refusal)
            self.role.setItemData(n, tip, QtCore.Qt.ItemDataRole.ToolTipRole)
        self.title = QtWidgets.QLineEdit(title)
        self.title.setMaxLength(100)
        self.price = QtWidgets.QLabel()
        self.price.setWordWrap(True)
        self.price.setAccessibleName(QCoreApplication.translate("members", "Price effect"))
        self.problem = problem_label()
        self.role.currentIndexChanged.connect(self._show_price)
        start = self.role.findData(current_role_id) if current_role_id else -1
        if start < 0:
            start = next((n for n in range(len(self.roles)) if items.item(n).isEnabled()), 0)
        self.role.setCurrentIndex(start)
        self._show_price()

    def chosen(self) -> RoleChoice | None:
        n = self.role.currentIndex()
        return self.roles[n] if 0 <= n < len(self.roles) else None

    def _show_price(self, *_args: object) -> None:
        choice = self.chosen()
        self.price.setText(price_text(self._effect(choice.permissions)) if choice else "")

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class AddPersonDialog(_RoleForm):
    """Address, name, role and title of a person to add; checked like the server."""

    def __init__(
        self,
        parent: QtWidgets.QWidget | None,
        *,
        org_id: str,
        org_name: str,
        org_path: str,
        scope: Scope,
        roles: Iterable[RoleChoice],
        rule: AddressRule,
        read: Read,
    ) -> None:
        super().__init__(
            parent,
            scope=scope,
            org_path=org_path,
            roles=roles,
            effect=lambda perms: read(lambda c: price_effect(c, org_path, None, perms)),
        )
        self.org_id = org_id
        self.rule = rule
        self.draft: MembershipDraft | None = None
        self.setWindowTitle(
            QCoreApplication.translate("members", "Add a person to {org}").format(org=org_name)
        )
        self.setMinimumWidth(460)
        self.email = QtWidgets.QLineEdit()
        self.email.setMaxLength(254)
        self.email.setPlaceholderText(
            QCoreApplication.translate("members", "name@{domain}").format(
                domain=rule.verified_domains[0]
            )
            if rule.verified_domains
            else QCoreApplication.translate("members", "name@example.com")
        )
        self.name = QtWidgets.QLineEdit()
        self.name.setMaxLength(200)
        domains = ", ".join(rule.verified_domains) or QCoreApplication.translate("members", "none")
        self.domains = QtWidgets.QLabel(
            QCoreApplication.translate(
                "members", "Verified domains: {domains}. Other domains are allowed."
            ).format(domains=domains)
            if rule.other_domains
            else QCoreApplication.translate(
                "members", "Verified domains: {domains}. Other domains are not allowed here."
            ).format(domains=domains)
        )
        self.domains.setWordWrap(True)
        form = QtWidgets.QFormLayout()
        for widget, label in (
            (self.email, QCoreApplication.translate("members", "&Email")),
            (self.name, QCoreApplication.translate("members", "&Name")),
            (self.role, QCoreApplication.translate("members", "&Role")),
            (self.title, QCoreApplication.translate("members", "&Title")),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        buttons, self.ok = dialog_buttons(self, QCoreApplication.translate("members", "&Add"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.domains)
        layout.addWidget(self.price)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        choice = self.chosen()
        try:
            draft = MembershipDraft(
                org_id=self.org_id,
                email=self.email.text(),
                display_name=self.name.text(),
                role_id=choice.id if choice else "",
                title=self.title.text().strip() or None,
            )
        except ValidationError as exc:
            where = exc.errors()[0].get("loc") or ("",)
            self.say(
                {
                    "email": QCoreApplication.translate("members", "Enter a valid email address."),
                    "display_name": QCoreApplication.translate(
                        "members", "Enter the person's name."
                    ),
                }.get(str(where[0]), QCoreApplication.translate("members", "Choose a role."))
            )
            return
        refusal = access.may_add_address(
            draft.email, self.rule.verified_domains, self.rule.other_domains
        )
        if refusal is not None:
            self.say(refusal_text(refusal))
            return
        self.draft = draft
        super().accept()


class ChangeRoleDialog(_RoleForm):
    """Another role (and title) for a member, with its price effect shown first."""

    def __init__(
        self,
        parent: QtWidgets.QWidget | None,
        *,
        member: PersonRow,
        org_path: str,
        scope: Scope,
        roles: Iterable[RoleChoice],
        read: Read,
    ) -> None:
        before = member.role_permissions
        super().__init__(
            parent,
            scope=scope,
            org_path=org_path,
            roles=roles,
            effect=lambda perms: read(lambda c: price_effect(c, org_path, before, perms)),
            current_role_id=member.role_id,
            title=member.title,
        )
        self.member = member
        self.patch: MembershipPatch | None = None
        self.setWindowTitle(
            QCoreApplication.translate("members", "Change the role of {name}").format(
                name=member.name
            )
        )
        self.setMinimumWidth(460)
        form = QtWidgets.QFormLayout()
        for widget, label in (
            (self.role, QCoreApplication.translate("members", "&Role")),
            (self.title, QCoreApplication.translate("members", "&Title")),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        buttons, self.ok = dialog_buttons(self, QCoreApplication.translate("members", "&Save"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(QtWidgets.QLabel(f"{member.name} <{member.email}>"))
        layout.addLayout(form)
        layout.addWidget(self.price)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        choice = self.chosen()
        changes: dict[str, object] = {}
        if choice is not None and choice.id != self.member.role_id:
            changes["role_id"] = choice.id
        title = self.title.text().strip()
        if title != self.member.title:
            changes["title"] = title or None
        if not changes:
            self.reject()
            return
        self.patch = MembershipPatch.model_validate(changes)
        super().accept()


class RemoveQuestion(QtWidgets.QMessageBox):
    """Asked before a member is removed; the safe answer (Cancel) is the default."""

    def __init__(
        self, parent: QtWidgets.QWidget, member: PersonRow, org_name: str, effect: PriceEffect
    ) -> None:
        super().__init__(parent)
        self.setIcon(QtWidgets.QMessageBox.Icon.Warning)
        self.setWindowTitle(QCoreApplication.translate("members", "Remove from organisation"))
        self.setText(
            QCoreApplication.translate("members", "Remove {name} from {org}?").format(
                name=member.name, org=org_name
            )
        )
        self.setInformativeText(
            QCoreApplication.translate(
                "members", "They lose the access this membership gives. {price}"
            ).format(price=price_text(effect))
        )
        role = QtWidgets.QMessageBox.ButtonRole.DestructiveRole
        self.remove_button = self.addButton(QCoreApplication.translate("members", "&Remove"), role)
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("members", "Remove the member")
        )
        cancel = self.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(cancel)
        self.setEscapeButton(cancel)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.remove_button
