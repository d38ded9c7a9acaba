"""Organisation › Customers… on screen: CyberNord's account manager over the demo — status
tabs with counts, the attention switch, search, a sort, the selected customer in full
(notes, contacts, subscription), a CSV export."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from conftest import LiveServer, org_named
from test_console import signed_in_console
from test_writes import QUIET

from hubdesk.ui.models.customers import CustomersModel
from hubdesk.ui.qt import Qt
from hubdesk.ui.widgets.customers import CustomersWindow

MADS = ("mads@cybernord.dk", "hubdesk-demo")


def open_customers(
    qtbot: Any, make_console: Any, live_server: LiveServer
) -> tuple[Any, CustomersWindow]:
    """CyberNord's account manager signed in, its customers page open and worked out."""
    partner = org_named(live_server.db, "CyberNord")
    console = signed_in_console(qtbot, make_console, live_server, MADS, timing=QUIET)
    main = console.window
    main.reveal(partner.id)
    qtbot.waitUntil(lambda: main.people.model.org_id == partner.id, timeout=10_000)
    window = main.people.show_customers()
    assert isinstance(window, CustomersWindow)
    qtbot.waitUntil(lambda: not window.refreshing and window.model.rowCount() == 25, timeout=20_000)
    return main, window


def _names(window: CustomersWindow) -> list[str]:
    model = window.model
    return [c.name for r in range(model.rowCount()) if (c := model.customer_at(r))]


def test_a_partner_reviews_its_customers(
    qtbot: Any, qtmodeltester: Any, make_console: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    partner = org_named(live_server.db, "CyberNord")
    console = signed_in_console(qtbot, make_console, live_server, MADS, timing=QUIET)
    main = console.window
    main.reveal(partner.id)
    qtbot.waitUntil(lambda: main.people.model.org_id == partner.id, timeout=10_000)
    qtbot.waitUntil(main.customers_action.isEnabled, timeout=5_000)
    main.customers_action.trigger()
    window = main.findChild(CustomersWindow)
    assert isinstance(window, CustomersWindow)
    qtbot.waitUntil(lambda: not window.refreshing and window.model.rowCount() == 25, timeout=20_000)
    qtmodeltester.check(window.model)
    tabs = [window.tabs.tabText(i) for i in range(4)]
    assert [t.split("(")[1].rstrip(")") for t in tabs] == ["25", "8", "12", "5"]
    # the trial tab: trials only, each with its days left
    window.tabs.setCurrentIndex(1)
    rows = [window.model.customer_at(r) for r in range(window.model.rowCount())]
    assert len(rows) == 8 and all(r is not None and r.status == "trial" for r in rows)
    status = window.model.index(0, CustomersModel.STATUS).data()
    assert "left" in status or "ended" in status
    # needing attention, among the trials: those ending within 7 days
    window.attention.setChecked(True)
    urgent = [window.model.customer_at(r) for r in range(window.model.rowCount())]
    assert urgent and all(c is not None and c.attention for c in urgent)
    tip = window.model.index(0, CustomersModel.ATTENTION).data(Qt.ItemDataRole.ToolTipRole)
    assert "Trial ends in" in tip
    # all tabs, a search
    window.attention.setChecked(False)
    window.tabs.setCurrentIndex(0)
    qtbot.keyClicks(window.search, "tand")
    qtbot.waitUntil(lambda: window.model.filter.text == "tand", timeout=5_000)
    assert sorted(_names(window)) == ["Frederiksberg Tandlægehus", "Nordjysk Tandklinik ApS"]
    window.search.clear()
    window.apply()
    # sorted by progress, most first
    window.table.sortByColumn(CustomersModel.PROGRESS, Qt.SortOrder.DescendingOrder)
    progress = [c.progress_pct for r in range(window.model.rowCount())
                if (c := window.model.customer_at(r))]  # fmt: skip
    assert progress == sorted(progress, reverse=True) and len(progress) == 25
    # one in full: its deal's notes, contacts, subscription
    window.table.selectRow(0)
    text = window.panel.text.toPlainText()
    chosen = window.current()
    assert chosen is not None and chosen.name in text
    assert "Contacts" in text and "Deal notes" in text
    # the list as CSV, in the table's order
    out = tmp_path / "customers.csv"
    window.export_csv(str(out))
    with out.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    assert table[0][0] == "Customer" and len(table) == 26
    assert [r[0] for r in table[1:]] == _names(window)
    # a screenshot: the active tab, needing attention, the panel open
    window.tabs.setCurrentIndex(2)
    window.attention.setChecked(True)
    window.table.selectRow(0)
    window.grab().save("/tmp/hubdesk-customers.png")
    window.panel.grab().save("/tmp/hubdesk-customer-panel.png")


def test_a_note_and_a_won_deal_through_the_outbox(
    qtbot: Any, make_console: Any, live_server: LiveServer
) -> None:
    from sqlalchemy import select

    from hubdesk.models.commerce import Deal, DealNote
    from hubdesk.models.orgs import Organisation
    from hubdesk.ui.widgets import customer_actions

    db = live_server.db
    main, window = open_customers(qtbot, make_console, live_server)
    window.tabs.setCurrentIndex(1)  # trials: their deals are open
    window.table.selectRow(0)
    trial = window.current()
    assert trial is not None and customer_actions.may_win(trial)
    assert window.note_button.isEnabled() and window.win_button.isEnabled()
    assert window.switch_button.isEnabled()  # Mads may log in as his customers' owners
    # a note: shown at once (the outbox), then kept by the server with its author
    customer_actions.queue_note(window.c, trial, "Tilbud sendt på NIS2-modulet.")
    qtbot.waitUntil(lambda: "Tilbud sendt" in window.panel.text.toPlainText(), timeout=10_000)

    def stored_note() -> bool:
        with db.reading() as s:
            return (
                s.scalar(
                    select(DealNote.author_name).where(
                        DealNote.body == "Tilbud sendt på NIS2-modulet."
                    )
                )
                is not None
            )

    qtbot.waitUntil(stored_note, timeout=15_000)
    # the deal won with the product named after its plan (the dialog's default)
    dialog = customer_actions.WinDialog(trial, window.products(), window)
    assert trial.plan_name and dialog.product.currentText().startswith(trial.plan_name)
    customer_actions.queue_win(window.c, trial, dialog.choice())

    def won() -> bool:
        with db.reading() as s:
            deal = s.get(Deal, trial.deal_id)
            org = s.get(Organisation, trial.id)
            return bool(deal and deal.stage == "won" and org and org.commercial == "active")

    qtbot.waitUntil(won, timeout=15_000)
    main.c.sync_now()  # the customer comes back active; its row is worked out again
    qtbot.waitUntil(
        lambda: (
            not window.refreshing
            and any(
                (c := window.model.customer_at(r)) is not None and c.id == trial.id
                for r in range(window.model.rowCount())
            )
            is False
        ),  # it left the trial tab
        timeout=20_000,
    )
    window.tabs.setCurrentIndex(2)
    active = [window.model.customer_at(r) for r in range(window.model.rowCount())]
    assert any(c is not None and c.id == trial.id and c.deal_stage == "won" for c in active)
    # its status history: the win and the subscription, by whom
    row = next(r for r, c in enumerate(active) if c is not None and c.id == trial.id)
    window.table.selectRow(row)
    qtbot.waitUntil(lambda: "Deal won" in window.panel.text.toPlainText(), timeout=10_000)
    text = window.panel.text.toPlainText()
    history = text.split("Status history", 1)[1].split("Deal notes", 1)[0]
    assert "Deal won" in history and "Subscribed:" in history and "Mads" in history


def test_a_new_customer_shows_at_once_and_reaches_the_server(
    qtbot: Any, make_console: Any, live_server: LiveServer
) -> None:
    from hubdesk.models.orgs import Organisation
    from hubdesk.ui.widgets import customer_actions

    partner = org_named(live_server.db, "CyberNord")
    _main, window = open_customers(qtbot, make_console, live_server)
    assert window.new_button.isEnabled()
    dialog = customer_actions.NewCustomerDialog(partner.id, ["ISO 27001", "NIS2"], window)
    dialog.name.setText("Kalundborg Kemi A/S")
    dialog.email.setText("not an address")
    dialog.accept()
    assert not dialog.problem.isHidden() and dialog.draft is None  # said, nothing queued
    assert "email" in dialog.problem.text()
    dialog.email.setText("it@kalundborg-kemi.dk")
    dialog.plan.setCurrentIndex(dialog.plan.findData("NIS2"))
    dialog.accept()
    assert dialog.draft is not None
    new_id = customer_actions.queue_customer(window.c, dialog.draft)
    window.tabs.setCurrentIndex(1)

    def listed() -> bool:
        return any(
            (c := window.model.customer_at(r)) is not None and c.id == new_id
            for r in range(window.model.rowCount())
        )

    qtbot.waitUntil(lambda: not window.refreshing and listed(), timeout=15_000)

    def stored() -> bool:
        with live_server.db.reading() as s:
            return s.get(Organisation, new_id) is not None

    qtbot.waitUntil(stored, timeout=15_000)


def test_offline_the_actions_wait_in_the_outbox(
    qtbot: Any, make_console: Any, live_server: LiveServer
) -> None:
    from conftest import start_server
    from sqlalchemy import select

    from hubdesk.models.commerce import Deal, DealNote
    from hubdesk.models.orgs import Organisation
    from hubdesk.ui.widgets import customer_actions
    from hubdesk.wire.mutations import CustomerDraft

    partner = org_named(live_server.db, "CyberNord")
    main, window = open_customers(qtbot, make_console, live_server)
    window.tabs.setCurrentIndex(1)  # a trial: its deal is open
    window.table.selectRow(0)
    chosen = window.current()
    assert chosen is not None and chosen.deal_id is not None
    assert customer_actions.may_win(chosen)
    port = live_server.port
    live_server.stop()
    customer_actions.queue_note(window.c, chosen, "Skrevet uden net.")
    customer_actions.queue_win(
        window.c, chosen, customer_actions.WinDialog(chosen, window.products(), window).choice()
    )
    draft = CustomerDraft(partner_id=partner.id, name="Offline Optik ApS", trial_days=14)
    new_id = customer_actions.queue_customer(window.c, draft)
    # shown at once, from the cache
    qtbot.waitUntil(lambda: "Skrevet uden net." in window.panel.text.toPlainText(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.win_button.isEnabled(), timeout=10_000)  # won, here
    window.tabs.setCurrentIndex(0)
    window.search.setText("offline optik")
    window.apply()
    qtbot.waitUntil(
        lambda: not window.refreshing and [c.id for c in window.model._rows] == [new_id],
        timeout=10_000,
    )
    status = main.status
    qtbot.waitUntil(status.pending.isVisible, timeout=10_000)
    back = start_server(live_server.db, port=port)
    try:
        main.sync_action.trigger()

        def arrived() -> bool:
            with live_server.db.reading() as s:
                note = s.scalar(select(DealNote.id).where(DealNote.body == "Skrevet uden net."))
                deal = s.get(Deal, chosen.deal_id)
                won = deal is not None and deal.stage == "won"
                return note is not None and won and s.get(Organisation, new_id) is not None

        qtbot.waitUntil(arrived, timeout=20_000)
        qtbot.waitUntil(lambda: not status.pending.isVisible(), timeout=10_000)
    finally:
        back.stop()


def test_saved_views(qtbot: Any, make_console: Any, live_server: LiveServer) -> None:
    from hubdesk.services.cache.customers import Sort

    main, window = open_customers(qtbot, make_console, live_server)
    window.tabs.setCurrentIndex(1)
    window.attention.setChecked(True)
    window.table.sortByColumn(CustomersModel.PROGRESS, Qt.SortOrder.DescendingOrder)
    window.save_view("Trials to call")
    shown = _names(window)
    # back to everything, then the view again
    window.tabs.setCurrentIndex(0)
    window.attention.setChecked(False)
    window.table.sortByColumn(CustomersModel.NAME, Qt.SortOrder.AscendingOrder)
    assert len(_names(window)) == 25
    window.use_view("Trials to call")
    assert window.tabs.currentIndex() == 1 and window.attention.isChecked()
    assert window.model.sort_key is Sort.PROGRESS and window.model.descending
    assert _names(window) == shown
    window.close()
    # kept: another window of the same partner offers it
    again = main.people.show_customers()
    assert isinstance(again, CustomersWindow)
    assert again.views.findData("Trials to call") > 0
    again.views.setCurrentIndex(again.views.findData("Trials to call"))
    again.forget_view()
    assert again.views.findData("Trials to call") == -1
    # a settings file edited by hand: no views, no crash
    again.saved.settings.setValue(again.saved.key, "{not json")
    assert again.saved.all() == []


def test_switching_into_a_customer(qtbot: Any, make_console: Any, live_server: LiveServer) -> None:
    from hubdesk.ui.widgets import customer_actions

    main, window = open_customers(qtbot, make_console, live_server)
    window.tabs.setCurrentIndex(2)  # an active customer, with an owner
    window.table.selectRow(0)
    chosen = window.current()
    assert chosen is not None and window.switch_button.isEnabled()
    mine = main.c.session
    customer_actions.switch_now(window.c, chosen)
    qtbot.waitUntil(
        lambda: main.c.session is not None and main.c.session.opened_from is mine, timeout=15_000
    )
    banner = main.log_in_as.banner
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert chosen.name in banner.text.text()
    banner.back.click()  # and back to the partner's own view
    qtbot.waitUntil(lambda: main.c.session is mine, timeout=15_000)
