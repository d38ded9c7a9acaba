"""The people pane on screen: a windowed table of an organisation's members, read a page
at a time, sorted and searched in SQL — from the console's cache."""

from __future__ import annotations

from typing import Any

from conftest import LiveServer, org_named
from PySide6.QtCore import Qt
from test_console import signed_in_console
from test_writes import METTE, QUIET

from hubdesk.ui.models.people import PERSON_ROLE, PeopleModel


def test_the_members_of_an_organisation_page_sort_and_search(
    qtbot: Any, qtmodeltester: Any, make_console: Any, live_server: LiveServer
) -> None:
    nordlys = org_named(live_server.db, "Nordlys")
    console = signed_in_console(qtbot, make_console, live_server, METTE, timing=QUIET)
    window = console.window
    window.reveal(nordlys.id)
    pane = window.people
    qtbot.waitUntil(lambda: pane.isVisible() and pane.model.org_id == nordlys.id, timeout=10_000)
    model = pane.model
    qtmodeltester.check(model)
    everyone = model.rowCount()
    assert everyone >= 4
    names = [model.index(r, PeopleModel.NAME).data() for r in range(everyone)]
    sofie = names.index("Sofie Nørgaard")
    assert model.index(sofie, PeopleModel.ROLE).data() == "Owner"
    assert model.index(sofie, PeopleModel.SEAT).data() in ("Billable", "Free")
    window.grab().save("/tmp/hubdesk-people.png")
    pane.grab().save("/tmp/hubdesk-people-pane.png")

    # a page at a time: two rows, then more as a view asks for them (the pane's own view
    # fetches as far as it shows; this model has no view)
    alone = PeopleModel(console.controller.read)
    alone.page_size = 2
    alone.show(nordlys.id)
    assert alone.rowCount() == 2 and alone.canFetchMore()
    while alone.canFetchMore():
        alone.fetchMore()
    assert [alone.index(r, PeopleModel.NAME).data() for r in range(everyone)] == names
    qtmodeltester.check(alone)

    pane.table.sortByColumn(PeopleModel.EMAIL, Qt.SortOrder.DescendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    emails = [model.index(r, PeopleModel.EMAIL).data() for r in range(model.rowCount())]
    assert emails == sorted(emails, reverse=True) and len(emails) == everyone

    pane.search.setText("NØRGAARD")
    qtbot.waitUntil(lambda: model.rowCount() < everyone, timeout=5_000)
    found = [model.index(r, 0).data(PERSON_ROLE) for r in range(model.rowCount())]
    assert any(p.email == "sofie@nordlys-arkitekter.dk" for p in found)
    pane.search.setText("nobody-by-this-name")
    qtbot.waitUntil(lambda: model.rowCount() == 0 and pane.empty.isVisible(), timeout=5_000)
    assert "Nobody matches" in pane.empty.text()


def test_add_a_person_change_their_role_and_remove_them(
    qtbot: Any, make_console: Any, live_server: LiveServer
) -> None:
    from sqlalchemy import select
    from test_console import SUPPORT

    from hubdesk.models import Membership, Person
    from hubdesk.ui.widgets.members import AddPersonDialog, ChangeRoleDialog, RemoveQuestion

    gyor = org_named(live_server.db, "Aranyhaj Győr")
    console = signed_in_console(qtbot, make_console, live_server, SUPPORT, timing=QUIET)
    window = console.window
    window.reveal(gyor.id)
    pane = window.people
    qtbot.waitUntil(lambda: pane.isVisible() and pane.model.org_id == gyor.id, timeout=10_000)
    model = pane.model
    before = model.rowCount()
    assert "4 of 4 bought seats in use" in pane.seats.text() and pane.add_button.isEnabled()

    dialog = pane.add_person()
    assert isinstance(dialog, AddPersonDialog)
    names = [dialog.role.itemText(n) for n in range(dialog.role.count())]
    items = dialog.role.model()
    # platform support lacks billing.manage: roles holding it cannot be given by it
    assert not items.item(names.index("Owner")).isEnabled()  # type: ignore[attr-defined]
    assert not items.item(names.index("Accountant")).isEnabled()  # type: ignore[attr-defined]
    dialog.role.setCurrentIndex(names.index("Specialist"))
    assert "+" in dialog.price.text() and "a month" in dialog.price.text()
    dialog.email.setText("zsofi@gmail.com")
    dialog.name.setText("Zsófia Tóth")
    dialog.accept()
    assert dialog.isVisible() and "verified domains" in dialog.problem.text()
    dialog.email.setText("Zsofia.Toth@aranyhaj.hu")
    dialog.title.setText("Fodrász")
    dialog.grab().save("/tmp/hubdesk-add-person.png")
    dialog.accept()
    qtbot.waitUntil(lambda: model.rowCount() == before + 1)  # at once, from the outbox

    def on_server() -> tuple[Membership, Person] | None:
        with live_server.db.reading() as s:
            found = s.execute(
                select(Membership, Person)
                .join(Person, Person.id == Membership.person_id)
                .where(Person.email == "zsofia.toth@aranyhaj.hu")
            ).first()
            return None if found is None else (found[0], found[1])

    qtbot.waitUntil(lambda: on_server() is not None, timeout=15_000)

    def row_of_zsofia() -> int:
        for r in range(model.rowCount()):
            person = model.index(r, 0).data(PERSON_ROLE)
            if person.email == "zsofia.toth@aranyhaj.hu" and person.version > 0:
                return r
        return -1

    qtbot.waitUntil(lambda: row_of_zsofia() >= 0, timeout=15_000)
    assert model.rowCount() == before + 1  # the server's person replaced the stand-in
    pane.table.selectRow(row_of_zsofia())
    assert pane.role_button.isEnabled()
    change = pane.change_role()
    assert isinstance(change, ChangeRoleDialog)
    change.role.setCurrentIndex(change.role.findText("Marketer"))
    assert "becomes free" in change.price.text()
    change.grab().save("/tmp/hubdesk-change-role.png")
    change.accept()
    marketer = change.chosen()
    assert marketer is not None
    qtbot.waitUntil(
        lambda: (on_server() or (Membership(),))[0].role_id == marketer.id, timeout=15_000
    )
    window.grab().save("/tmp/hubdesk-people-actions.png")

    def marketer_shown() -> bool:
        r = row_of_zsofia()
        return r >= 0 and model.index(r, PeopleModel.ROLE).data() == "Marketer"

    qtbot.waitUntil(marketer_shown, timeout=15_000)
    pane.table.selectRow(row_of_zsofia())
    assert pane.remove_button.isEnabled()
    question = pane.remove()
    assert isinstance(question, RemoveQuestion)
    assert "Zsófia Tóth" in question.text()
    question.remove_button.click()
    qtbot.waitUntil(lambda: on_server() is None, timeout=15_000)
    qtbot.waitUntil(lambda: model.rowCount() == before, timeout=15_000)


def test_effective_access_of_a_person_and_of_an_organisation(
    qtbot: Any, qtmodeltester: Any, make_console: Any, live_server: LiveServer
) -> None:
    from hubdesk.ui.widgets.access import AccessWindow

    nordlys = org_named(live_server.db, "Nordlys")
    console = signed_in_console(qtbot, make_console, live_server, METTE, timing=QUIET)
    window = console.window
    window.reveal(nordlys.id)
    pane = window.people
    qtbot.waitUntil(lambda: pane.isVisible() and pane.model.org_id == nordlys.id, timeout=10_000)
    model = pane.model
    sofie = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(PERSON_ROLE).email == "sofie@nordlys-arkitekter.dk"
    )
    pane.table.selectRow(sofie)
    access = pane.show_access()
    assert isinstance(access, AccessWindow)
    for m in (access.grants, access.why, access.reaching, access.reached):
        qtmodeltester.check(m)
    assert access.reached.index(0, 0).data().strip() == nordlys.name
    assert access.reached.index(0, 1).data() == f"Owner @ {nordlys.name}"
    # Sofie: one grant, Owner of Nordlys; here she may manage people, because she owns it
    assert access.grants.rowCount() == 1
    assert access.grants.index(0, 0).data() == nordlys.name
    why = {
        access.why.index(r, 0).data(): access.why.index(r, 1).data()
        for r in range(access.why.rowCount())
    }
    assert why["Manage people"] == "Owner here"
    assert "Manage billing" in why and "Create appointments" not in why
    access.grab().save("/tmp/hubdesk-access-person.png")

    # Nordlys: its own people and the hub's, who reach it from above
    access.tabs.setCurrentIndex(access.org_tab)
    hows = [access.reaching.index(r, 3).data() for r in range(access.reaching.rowCount())]
    assert "Member here" in hows and any("Havnehuset" in h for h in hows)
    everyone = access.reaching.rowCount()
    access.permission.setCurrentIndex(access.permission.findData("billing.manage"))
    who = {access.reaching.index(r, 0).data() for r in range(access.reaching.rowCount())}
    assert 0 < len(who) < everyone and "Sofie Nørgaard" in who
    assert "Mette Kjær Andersen" not in who  # the hub's administrators do not manage billing
    access.grab().save("/tmp/hubdesk-access-org.png")


def test_a_custom_role_composed_in_the_role_editor(
    qtbot: Any, qtmodeltester: Any, make_console: Any, live_server: LiveServer
) -> None:
    from sqlalchemy import select

    from hubdesk.models import Role
    from hubdesk.ui.widgets.members import AddPersonDialog
    from hubdesk.ui.widgets.roles import RoleEditor, RolesDialog

    hub = org_named(live_server.db, "Havnehuset")
    console = signed_in_console(qtbot, make_console, live_server, METTE, timing=QUIET)
    window = console.window
    window.reveal(hub.id)
    pane = window.people
    qtbot.waitUntil(lambda: pane.isVisible() and pane.model.org_id == hub.id, timeout=10_000)
    roles = pane.show_roles()
    assert isinstance(roles, RolesDialog)
    qtmodeltester.check(roles.model)
    names = [roles.model.index(r, 0).data() for r in range(roles.model.rowCount())]
    assert "Owner" in names and "Medarbejder (bestiller)" in names
    editor = roles.new()
    assert isinstance(editor, RoleEditor)
    # Mette (administrator) lacks billing.manage: she cannot compose it into a role
    assert not editor.boxes["billing.manage"].isEnabled()
    assert editor.boxes["appointments.create"].isEnabled()  # work, not power
    editor.accept()
    assert editor.isVisible() and editor.problem.isVisible()  # no name, no permissions
    editor.name.setText("Receptionist")
    editor.description.setText("Tager imod gæster og bestiller mødelokaler.")
    for permission in ("org.view", "requests.manage", "appointments.create"):
        editor.boxes[permission].setChecked(True)
    assert "billable" in editor.seat.text()
    editor.grab().save("/tmp/hubdesk-role-editor.png")
    editor.accept()
    qtbot.waitUntil(
        lambda: (
            "Receptionist"
            in [roles.model.index(r, 0).data() for r in range(roles.model.rowCount())]
        )
    )

    def on_server() -> Role | None:
        with live_server.db.reading() as s:
            return s.scalar(select(Role).where(Role.name == "Receptionist"))

    qtbot.waitUntil(lambda: on_server() is not None, timeout=15_000)
    roles.grab().save("/tmp/hubdesk-roles.png")
    adding = pane.add_person()
    assert isinstance(adding, AddPersonDialog)
    assert adding.role.findText("Receptionist") >= 0  # given like any other role
    adding.reject()


def test_shared_resources_own_and_inherited(
    qtbot: Any, qtmodeltester: Any, make_console: Any, live_server: LiveServer
) -> None:
    from sqlalchemy import select

    from hubdesk.models.activity import SharedResource
    from hubdesk.ui.widgets.shared import ResourceEditor, SharedWindow

    brand = org_named(live_server.db, "Aurelia Automobile")
    dealer = org_named(live_server.db, "Autohaus Brandt")
    thomas = ("thomas.brandt@autohaus-brandt.de", "hubdesk-demo")
    console = signed_in_console(qtbot, make_console, live_server, thomas, timing=QUIET)
    window = console.window
    window.reveal(dealer.id)
    qtbot.waitUntil(lambda: window.people.model.org_id == dealer.id, timeout=10_000)
    window.shared_action.trigger()
    shared = window.findChild(SharedWindow)
    assert isinstance(shared, SharedWindow)
    qtmodeltester.check(shared.model)
    rows = [shared.model.item_at(r) for r in range(shared.model.rowCount())]
    inherited = [r for r in rows if r is not None and r.inherited]
    assert inherited and all(r.org_id == brand.id and r.shared for r in inherited)
    first = next(r for r in range(len(rows)) if rows[r] is not None and rows[r].inherited)
    shared.table.selectRow(first)
    assert not shared.edit_button.isEnabled() and "read-only" in shared.where.text()
    editor = shared.new()
    assert isinstance(editor, ResourceEditor)
    editor.name.setText("Werkstatt-Terminbuchung")
    editor.body.setPlainText("Online-Termine für Inspektion und Reifenwechsel.")
    editor.shared.setChecked(True)
    editor.accept()
    qtbot.waitUntil(
        lambda: any(
            shared.model.index(r, 0).data() == "Werkstatt-Terminbuchung"
            for r in range(shared.model.rowCount())
        ),
        timeout=10_000,
    )

    def on_server() -> SharedResource | None:
        with live_server.db.reading() as s:
            return s.scalar(
                select(SharedResource).where(SharedResource.name == "Werkstatt-Terminbuchung")
            )

    qtbot.waitUntil(lambda: on_server() is not None, timeout=15_000)
    made = on_server()
    assert made is not None and made.org_id == dealer.id and made.shared
    shared.table.selectRow(first)
    shared.grab().save("/tmp/hubdesk-shared.png")
