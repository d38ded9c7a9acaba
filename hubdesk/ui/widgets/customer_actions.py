"""What a partner's account manager does with a customer from the customers page: keep a
note on the deal, mark the deal won (the customer subscribes), switch into the customer
(its owner's view, for a while). Notes and wins go through the outbox; switching needs
the server."""

from __future__ import annotations

import uuid

from pydantic import ValidationError

from hubdesk.domain.permissions import Permission
from hubdesk.services.cache.customers import Customer
from hubdesk.ui.controller import Controller
from hubdesk.ui.errors import describe
from hubdesk.ui.qt import QCoreApplication, QtWidgets
from hubdesk.ui.widgets.forms import dialog_buttons, problem_label
from hubdesk.wire.mutations import CustomerDraft, DealNoteDraft, DealWin


class NoteDialog(QtWidgets.QDialog):
    def __init__(self, customer: Customer, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note on the deal with {name}").format(name=customer.name))
        self.text = QtWidgets.QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Note"))
        self.text.setPlaceholderText(self.tr("What was agreed, what is next…"))
        self.problem = problem_label()
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.problem)
        layout.addWidget(dialog_buttons(self, self.tr("Add note"))[0])
        self.resize(480, 260)

    def accept(self) -> None:
        if not self.text.toPlainText().strip():
            self.problem.setText(self.tr("Write the note first."))
            self.problem.show()
            return
        super().accept()


class WinDialog(QtWidgets.QDialog):
    """Mark a deal won: the product the customer subscribes to and how many."""

    def __init__(
        self,
        customer: Customer,
        products: list[tuple[str, str]],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark the deal with {name} won").format(name=customer.name))
        self.product = QtWidgets.QComboBox()
        self.product.setAccessibleName(self.tr("Product"))
        for product_id, name in products:
            self.product.addItem(name, product_id)
        plan = (customer.plan_name or "").casefold()
        matching = next(
            (i for i, (_p, n) in enumerate(products) if n.casefold().startswith(plan)), 0
        )
        if plan:
            self.product.setCurrentIndex(matching)
        self.quantity = QtWidgets.QSpinBox()
        self.quantity.setRange(1, 100_000)
        self.quantity.setAccessibleName(self.tr("Quantity"))
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("&Product:"), self.product)
        form.addRow(self.tr("&Quantity:"), self.quantity)
        note = QtWidgets.QLabel(
            self.tr(
                "The customer subscribes annually from today and becomes an active customer. "
                "You are recorded as the one who won the deal."
            )
        )
        note.setWordWrap(True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(dialog_buttons(self, self.tr("Mark won"))[0])

    def choice(self) -> DealWin:
        return DealWin(product_id=self.product.currentData(), quantity=self.quantity.value())


class NewCustomerDialog(QtWidgets.QDialog):
    """A new customer account: name, contact, plan; it starts a trial."""

    def __init__(
        self, partner_id: str, plans: list[str], parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.partner_id = partner_id
        self.draft: CustomerDraft | None = None
        self.setWindowTitle(self.tr("New customer"))
        self.name = QtWidgets.QLineEdit()
        self.name.setAccessibleName(self.tr("Company name"))
        self.contact = QtWidgets.QLineEdit()
        self.contact.setAccessibleName(self.tr("Contact person"))
        self.email = QtWidgets.QLineEdit()
        self.email.setAccessibleName(self.tr("Contact email"))
        self.plan = QtWidgets.QComboBox()
        self.plan.setAccessibleName(self.tr("Plan"))
        self.plan.addItem(self.tr("(none yet)"), None)
        for plan in plans:
            self.plan.addItem(plan, plan)
        self.days = QtWidgets.QSpinBox()
        self.days.setRange(1, 90)
        self.days.setValue(30)
        self.days.setAccessibleName(self.tr("Trial days"))
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("Company &name:"), self.name)
        form.addRow(self.tr("&Contact person:"), self.contact)
        form.addRow(self.tr("Contact &email:"), self.email)
        form.addRow(self.tr("&Plan:"), self.plan)
        form.addRow(self.tr("&Trial days:"), self.days)
        self.problem = problem_label()
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(dialog_buttons(self, self.tr("Create"))[0])

    def accept(self) -> None:
        try:
            self.draft = CustomerDraft(
                partner_id=self.partner_id,
                name=self.name.text(),
                contact_name=self.contact.text().strip() or None,
                contact_email=self.email.text().strip() or None,
                plan_name=self.plan.currentData(),
                trial_days=self.days.value(),
            )
        except ValidationError as exc:
            field = str(exc.errors()[0]["loc"][0]) if exc.errors() else ""
            self.problem.setText(
                self.tr("Enter a valid email address.")
                if field == "contact_email"
                else self.tr("Enter the company's name.")
            )
            self.problem.show()
            return
        super().accept()


def new_customer(
    c: Controller, partner_id: str, plans: list[str], parent: QtWidgets.QWidget
) -> str | None:
    """Ask for a new customer and queue it; its id (None: nothing queued)."""
    dialog = NewCustomerDialog(partner_id, plans, parent)
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted or dialog.draft is None:
        return None
    return queue_customer(c, dialog.draft)


def queue_customer(c: Controller, draft: CustomerDraft) -> str:
    """A new customer account, through the outbox; its id."""
    customer_id = str(uuid.uuid4())
    c.write_soon("customer.create", customer_id, draft)
    return customer_id


def add_note(c: Controller, customer: Customer, parent: QtWidgets.QWidget) -> str | None:
    """Ask for a note and queue it; the new note's id (None: nothing queued)."""
    if customer.deal_id is None:
        return None
    dialog = NoteDialog(customer, parent)
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return None
    return queue_note(c, customer, dialog.text.toPlainText())


def queue_note(c: Controller, customer: Customer, body: str) -> str:
    """A note on the customer's deal, through the outbox; its id."""
    assert customer.deal_id is not None
    note_id = str(uuid.uuid4())
    c.write_soon("deal_note.create", note_id, DealNoteDraft(deal_id=customer.deal_id, body=body))
    return note_id


def win(
    c: Controller, customer: Customer, products: list[tuple[str, str]], parent: QtWidgets.QWidget
) -> bool:
    """Ask which product and queue the win (False: nothing queued)."""
    if not may_win(customer) or not products:
        return False
    dialog = WinDialog(customer, products, parent)
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return False
    queue_win(c, customer, dialog.choice())
    return True


def may_win(customer: Customer) -> bool:
    return customer.deal_id is not None and customer.deal_stage not in ("won", "lost")


def queue_win(c: Controller, customer: Customer, choice: DealWin) -> None:
    assert customer.deal_id is not None
    c.write_soon("deal.win", customer.deal_id, choice)


def may_switch(c: Controller, partner_path: str) -> bool:
    session = c.session
    return (
        session is not None
        and session.opened_from is None
        and c.may(Permission.IMPERSONATE, partner_path)
    )


def switch_into(c: Controller, customer: Customer, parent: QtWidgets.QWidget) -> None:
    """Open the customer as its owner sees it (the partner's delegated view)."""
    answer = QtWidgets.QMessageBox.question(
        parent,
        QCoreApplication.translate("customer_actions", "Switch into the customer"),
        QCoreApplication.translate(
            "customer_actions",
            "Open {name} as its owner sees it? For a limited time you see and act as the "
            "owner; everything you do is recorded with your name too.",
        ).format(name=customer.name),
        QtWidgets.QMessageBox.StandardButton.Ok | QtWidgets.QMessageBox.StandardButton.Cancel,
        QtWidgets.QMessageBox.StandardButton.Cancel,
    )
    if answer == QtWidgets.QMessageBox.StandardButton.Ok:
        switch_now(c, customer)


def switch_now(c: Controller, customer: Customer) -> None:
    """Open the customer as its owner sees it (what the confirmed question does)."""
    c.bg.spawn(c.log_in_as(customer.id), on_error=lambda e: c.messages.error(describe(e)))
