"""What a partner's account manager does with a customer from the customers page: keep a
note on the deal, mark the deal won (the customer subscribes), switch into the customer
(its owner's view, for a while). Notes and wins go through the outbox; switching needs
the server."""

from __future__ import annotations

import uuid

from hubdesk.domain.permissions import Permission
from hubdesk.services.cache.customers import Customer
from hubdesk.ui.controller import Controller
from hubdesk.ui.errors import describe
from hubdesk.ui.qt import QCoreApplication, QtWidgets
from hubdesk.ui.widgets.forms import dialog_buttons, problem_label
from hubdesk.wire.mutations import DealNoteDraft, DealWin


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
        c.bg.spawn(c.log_in_as(customer.id), on_error=lambda e: c.messages.error(describe(e)))
