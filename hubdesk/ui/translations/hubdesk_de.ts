<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessModel</name>
    <message>
        <source>Granted at</source>
        <translation>Zugewiesen in</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisations reached</source>
        <translation>Erreichte Organisationen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Member of {org}, above</source>
        <translation>Mitglied von {org} (übergeordnet)</translation>
    </message>
    <message>
        <source>Member here</source>
        <translation>Mitglied hier</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Invited (grants nothing yet)</source>
        <translation>Eingeladen (gewährt noch nichts)</translation>
    </message>
    <message>
        <source>Suspended (grants nothing)</source>
        <translation>Gesperrt (gewährt nichts)</translation>
    </message>
</context>
<context>
    <name>AccessWindow</name>
    <message>
        <source>Effective access</source>
        <translation>Effektiver Zugriff</translation>
    </message>
    <message>
        <source>Grants of the person</source>
        <translation>Zuweisungen der Person</translation>
    </message>
    <message>
        <source>Organisations the person reaches</source>
        <translation>Organisationen, die die Person erreicht</translation>
    </message>
    <message>
        <source>Permissions here and why</source>
        <translation>Berechtigungen hier und ihre Herkunft</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Only people who may</source>
        <translation>Nur Personen, die dürfen</translation>
    </message>
    <message>
        <source>Everyone who reaches it</source>
        <translation>Alle mit Zugriff darauf</translation>
    </message>
    <message>
        <source>&amp;Who may:</source>
        <translation>&amp;Wer darf:</translation>
    </message>
    <message>
        <source>People who reach the organisation</source>
        <translation>Personen mit Zugriff auf die Organisation</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Select a person in the people list first.</source>
        <translation>Wählen Sie zuerst eine Person in der Personenliste.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n grant(s), reaching {orgs} organisation(s) in all.</source>
        <translation>
            <numerusform>{name} hat %n Zuweisung, die insgesamt {orgs} Organisation(en) erreicht.</numerusform>
            <numerusform>{name} hat %n Zuweisungen, die insgesamt {orgs} Organisation(en) erreichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisations reached (the first %n shown):</source>
        <translation>
            <numerusform>Erreichte Organisationen (die ersten %n angezeigt):</numerusform>
            <numerusform>Erreichte Organisationen (die ersten %n angezeigt):</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisations reached:</source>
        <translation>Erreichte Organisationen:</translation>
    </message>
    <message>
        <source>At {org}, {name} may:</source>
        <translation>In {org} darf {name}:</translation>
    </message>
    <message>
        <source>{name} has no access to {org}.</source>
        <translation>{name} hat keinen Zugriff auf {org}.</translation>
    </message>
    <message>
        <source>{role} here</source>
        <translation>{role} hier</translation>
    </message>
    <message>
        <source>{role} at {org}</source>
        <translation>{role} in {org}</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) reach {org}.</source>
        <translation>
            <numerusform>%n Zuweisung erreicht {org}.</numerusform>
            <numerusform>%n Zuweisungen erreichen {org}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them may do this.</source>
        <translation>
            <numerusform>%n davon darf dies.</numerusform>
            <numerusform>%n davon dürfen dies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Account switcher</source>
        <translation>Kontowechsel</translation>
    </message>
    <message>
        <source>Switch account (Ctrl+Shift+A)</source>
        <translation>Konto wechseln (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Sign out of this account</source>
        <translation>Von diesem Konto abmelden</translation>
    </message>
    <message>
        <source>Organisations of this account</source>
        <translation>Organisationen dieses Kontos</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>(not in this cache)</source>
        <translation>(nicht in diesem Cache)</translation>
    </message>
    <message>
        <source>%1, logged in by %2</source>
        <translation>%1, angemeldet durch %2</translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Search names, actions, values, addresses, devices… (Ctrl+F)</source>
        <translation>Namen, Aktionen, Werte, Adressen, Geräte durchsuchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Prüfprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Ereignisse im Prüfprotokoll</translation>
    </message>
    <message>
        <source>How many events match</source>
        <translation>Anzahl passender Ereignisse</translation>
    </message>
    <message>
        <source>Click to remove this filter</source>
        <translation>Klicken, um diesen Filter zu entfernen</translation>
    </message>
    <message>
        <source>Everything I may review</source>
        <translation>Alles, was ich einsehen darf</translation>
    </message>
    <message>
        <source>{org} and below</source>
        <translation>{org} und darunter</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln events (counting…)</source>
        <translation>
            <numerusform>Mehr als %Ln Ereignis (wird gezählt…)</numerusform>
            <numerusform>Mehr als %Ln Ereignisse (wird gezählt…)</numerusform>
        </translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Noch keine Ereignisse.</translation>
    </message>
    <message>
        <source>No event matches.</source>
        <translation>Kein Ereignis passt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Who: {name} ✕</source>
        <translation>Wer: {name} ✕</translation>
    </message>
    <message>
        <source>About: {name} ✕</source>
        <translation>Betrifft: {name} ✕</translation>
    </message>
    <message>
        <source>Preparing the search: {done} of {total} events so far.</source>
        <translation>Die Suche wird vorbereitet: bisher {done} von {total} Ereignissen.</translation>
    </message>
</context>
<context>
    <name>BillingWindow</name>
    <message>
        <source>Billing of {org}</source>
        <translation>Abrechnung von {org}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Alle Rechnungen</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Unbezahlte</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällige</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlte</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Als &amp;bezahlt markieren</translation>
    </message>
    <message>
        <source>Mark the invoice paid or unpaid</source>
        <translation>Die Rechnung als bezahlt oder unbezahlt markieren</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Lines of the invoice</source>
        <translation>Positionen der Rechnung</translation>
    </message>
    <message>
        <source>No invoice matches.</source>
        <translation>Keine Rechnung passt.</translation>
    </message>
    <message>
        <source>No invoices here or below yet.</source>
        <translation>Hier und darunter noch keine Rechnungen.</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <source>Totals per organisation below</source>
        <translation>Summen je untergeordneter Organisation</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>&amp;Totals up the tree</source>
        <translation>&amp;Summen im Baum aufwärts</translation>
    </message>
    <message>
        <source>Invoiced {total}: paid {paid}, unpaid {open}, overdue {overdue}.</source>
        <translation>In Rechnung gestellt: {total} – bezahlt {paid}, unbezahlt {open}, überfällig {overdue}.</translation>
    </message>
    <message>
        <source>No invoices here yet.</source>
        <translation>Hier gibt es noch keine Rechnungen.</translation>
    </message>
    <message>
        <source>Mark &amp;unpaid</source>
        <translation>Als &amp;unbezahlt markieren</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Changes the server did not take</source>
        <translation>Änderungen, die der Server nicht übernommen hat</translation>
    </message>
    <message>
        <source>About the selected conflict</source>
        <translation>Zum ausgewählten Konflikt</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Send my version again, replacing theirs</source>
        <translation>Meine Fassung erneut senden und ihre ersetzen</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>&amp;Ihre übernehmen</translation>
    </message>
    <message>
        <source>Drop my change and keep the server&apos;s version</source>
        <translation>Meine Änderung verwerfen und die Fassung des Servers behalten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Write a version of my own, starting from both</source>
        <translation>Eine eigene Fassung aus beiden schreiben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing to decide: the server took all your changes.</source>
        <translation>Nichts zu entscheiden: Der Server hat alle Ihre Änderungen übernommen.</translation>
    </message>
    <message>
        <source>{name} was changed on the server after you edited it. Keep your version, take theirs, or edit one that combines both.</source>
        <translation>{name} wurde auf dem Server geändert, nachdem Sie es bearbeitet haben. Behalten Sie Ihre Fassung, übernehmen Sie die andere oder bearbeiten Sie eine, die beide vereint.</translation>
    </message>
    <message>
        <source>The server refused your change to {name}: {reason}</source>
        <translation>Der Server hat Ihre Änderung an {name} abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>Edit a version of your own</source>
        <translation>Eigene Fassung bearbeiten</translation>
    </message>
    <message>
        <source>Your changes are filled in over the server&apos;s version.</source>
        <translation>Ihre Änderungen sind über der Fassung des Servers eingetragen.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>(no longer visible to you)</source>
        <translation>(für Sie nicht mehr sichtbar)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Starting the demo server…</source>
        <translation>Demo-Server wird gestartet…</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Sync cancelled; it resumes where it stopped.</source>
        <translation>Synchronisierung abgebrochen; sie setzt dort fort, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>The server did not take some of your changes: see Conflicts.</source>
        <translation>Der Server hat einige Ihrer Änderungen nicht übernommen: siehe Konflikte.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>The selected customer</source>
        <translation>Der ausgewählte Kunde</translation>
    </message>
    <message>
        <source>Select a customer to see it in full.</source>
        <translation>Wählen Sie einen Kunden, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <source>{plan}: {progress} % done</source>
        <translation>{plan}: {progress} % erledigt</translation>
    </message>
    <message>
        <source>Deal open</source>
        <translation>Verkaufschance offen</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Verkaufschance gewonnen</translation>
    </message>
    <message>
        <source>Created, in a trial until {day}</source>
        <translation>Angelegt, in der Testphase bis {day}</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Verkaufschance verloren</translation>
    </message>
    <message>
        <source>Subscribed: {product}</source>
        <translation>Abonniert: {product}</translation>
    </message>
    <message>
        <source>Status: {before} → {after}</source>
        <translation>Status: {before} → {after}</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Subscription and licences</source>
        <translation>Abonnement und Lizenzen</translation>
    </message>
    <message>
        <source>{product}: {given} of {bought} given ({term})</source>
        <translation>{product}: {given} von {bought} zugewiesen ({term})</translation>
    </message>
    <message>
        <source>renews {day}</source>
        <translation>verlängert sich am {day}</translation>
    </message>
    <message>
        <source>Nothing subscribed.</source>
        <translation>Keine Abonnements.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Deal notes</source>
        <translation>Notizen zur Verkaufschance</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Activities (90 days)</source>
        <translation>Aktivitäten (90 Tage)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Trial ended {day}</source>
        <translation>Testphase endete am {day}</translation>
    </message>
    <message numerus="yes">
        <source>Trial: %n day(s) left</source>
        <translation>
            <numerusform>Testphase: noch %n Tag</numerusform>
            <numerusform>Testphase: noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Active, renews {day}</source>
        <translation>Aktiv, verlängert sich am {day}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Subscribed since {day}</source>
        <translation>Abonniert seit {day}</translation>
    </message>
    <message>
        <source>renews {day}</source>
        <translation>verlängert sich am {day}</translation>
    </message>
</context>
<context>
    <name>CustomersWindow</name>
    <message>
        <source>Customers of {org}</source>
        <translation>Kunden von {org}</translation>
    </message>
    <message>
        <source>Customers by status</source>
        <translation>Kunden nach Status</translation>
    </message>
    <message>
        <source>&amp;Needs attention</source>
        <translation>&amp;Handlungsbedarf</translation>
    </message>
    <message>
        <source>Only customers needing attention</source>
        <translation>Nur Kunden mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>Search names, contacts, plans, tags… (Ctrl+F)</source>
        <translation>Namen, Kontakte, Pläne, Tags durchsuchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden durchsuchen</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Sa&amp;ve view…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save this view</source>
        <translation>Diese Ansicht speichern</translation>
    </message>
    <message>
        <source>&amp;Forget view</source>
        <translation>Ansicht &amp;vergessen</translation>
    </message>
    <message>
        <source>Forget the saved view</source>
        <translation>Die gespeicherte Ansicht vergessen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the customers shown as CSV</source>
        <translation>Die angezeigten Kunden als CSV exportieren</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>New c&amp;ustomer…</source>
        <translation>Neuer K&amp;unde…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Mark deal &amp;won…</source>
        <translation>Verkaufschance als &amp;gewonnen markieren…</translation>
    </message>
    <message>
        <source>&amp;Switch into…</source>
        <translation>Zum Kunden &amp;wechseln…</translation>
    </message>
    <message>
        <source>Open the customer as its owner sees it, for a while (recorded)</source>
        <translation>Den Kunden eine Zeit lang so öffnen, wie sein Inhaber ihn sieht (wird aufgezeichnet)</translation>
    </message>
    <message>
        <source>Bringing the list up to date…</source>
        <translation>Die Liste wird aktualisiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), up to date.</source>
        <translation>
            <numerusform>%n Kunde, die Liste ist aktuell.</numerusform>
            <numerusform>%n Kunden, die Liste ist aktuell.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not bring the list up to date: {error}</source>
        <translation>Die Liste konnte nicht aktualisiert werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>All (%n)</source>
        <translation>
            <numerusform>Alle (%n)</numerusform>
            <numerusform>Alle (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trial (%n)</source>
        <translation>
            <numerusform>Testphase (%n)</numerusform>
            <numerusform>Testphase (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active (%n)</source>
        <translation>
            <numerusform>Aktiv (%n)</numerusform>
            <numerusform>Aktiv (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed (%n)</source>
        <translation>
            <numerusform>Geschlossen (%n)</numerusform>
            <numerusform>Geschlossen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Kein Kunde passt.</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>Noch keine Kunden.</translation>
    </message>
    <message>
        <source>(no saved view)</source>
        <translation>(keine gespeicherte Ansicht)</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>The customer is created; its trial has begun.</source>
        <translation>Der Kunde ist angelegt; seine Testphase hat begonnen.</translation>
    </message>
    <message>
        <source>The note is saved; it goes to the server with the next sync.</source>
        <translation>Die Notiz ist gespeichert; sie geht mit der nächsten Synchronisierung an den Server.</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Trial ends</source>
        <translation>Testphase endet</translation>
    </message>
    <message>
        <source>Subscription started</source>
        <translation>Abonnement gestartet</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>{path} konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n customer(s) to {path}.</source>
        <translation>
            <numerusform>%n Kunde in {path} gespeichert.</numerusform>
            <numerusform>%n Kunden in {path} gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetachQuestion</name>
    <message>
        <source>the organisation above it</source>
        <translation>die übergeordnete Organisation</translation>
    </message>
    <message>
        <source>Detach sub-account</source>
        <translation>Unterkonto lösen</translation>
    </message>
    <message>
        <source>Detach {name} from {hub}?</source>
        <translation>{name} von {hub} lösen?</translation>
    </message>
    <message>
        <source>{name} becomes an independent organisation and keeps its people and data. {hub} loses access to it, and it leaves this console. Its owner carries on as before.</source>
        <translation>{name} wird eine eigenständige Organisation und behält ihre Personen und Daten. {hub} verliert den Zugriff darauf, und sie verschwindet aus dieser Konsole. Ihr Inhaber arbeitet weiter wie bisher.</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>Detach the sub-account</source>
        <translation>Das Unterkonto lösen</translation>
    </message>
</context>
<context>
    <name>DryRunModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>Erhält</translation>
    </message>
    <message>
        <source>Loses</source>
        <translation>Verliert</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <source>The selected event</source>
        <translation>Das ausgewählte Ereignis</translation>
    </message>
    <message>
        <source>What the event changed</source>
        <translation>Was das Ereignis geändert hat</translation>
    </message>
    <message>
        <source>This event records no values.</source>
        <translation>Dieses Ereignis enthält keine Werte.</translation>
    </message>
    <message>
        <source>&amp;Actor&apos;s events</source>
        <translation>Ereignisse des &amp;Akteurs</translation>
    </message>
    <message>
        <source>Everything this person did (Ctrl+Shift+U)</source>
        <translation>Alles, was diese Person getan hat (Strg+Umschalt+U)</translation>
    </message>
    <message>
        <source>&amp;Target&apos;s history</source>
        <translation>Verlauf des &amp;Zielobjekts</translation>
    </message>
    <message>
        <source>Everything that happened to this target (Ctrl+Shift+T)</source>
        <translation>Alles, was mit diesem Zielobjekt geschehen ist (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source>&amp;Organisation&apos;s log</source>
        <translation>Protokoll der &amp;Organisation</translation>
    </message>
    <message>
        <source>Everything at this organisation and below it (Ctrl+Shift+O)</source>
        <translation>Alles in dieser Organisation und darunter (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>Select an event to see it in full.</source>
        <translation>Wählen Sie ein Ereignis, um es vollständig zu sehen.</translation>
    </message>
    <message>
        <source>By: {who}</source>
        <translation>Von: {who}</translation>
    </message>
    <message>
        <source>Logged in as this person: {who}</source>
        <translation>Als diese Person angemeldet: {who}</translation>
    </message>
    <message>
        <source>At: {org}</source>
        <translation>Organisation: {org}</translation>
    </message>
    <message>
        <source>(not in this cache)</source>
        <translation>(nicht in diesem Cache)</translation>
    </message>
    <message>
        <source>About: {target} ({kind})</source>
        <translation>Betrifft: {target} ({kind})</translation>
    </message>
    <message>
        <source>From: {ip} · {device}</source>
        <translation>Herkunft: {ip} · {device}</translation>
    </message>
    <message>
        <source>unknown address</source>
        <translation>unbekannte Adresse</translation>
    </message>
    <message>
        <source>unknown device</source>
        <translation>unbekanntes Gerät</translation>
    </message>
    <message>
        <source>Event {seq} of its chain · hash {hash}</source>
        <translation>Ereignis {seq} seiner Kette · Hash {hash}</translation>
    </message>
</context>
<context>
    <name>HoldersModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Zugewiesen durch</translation>
    </message>
    <message>
        <source>Rule: {name}</source>
        <translation>Regel: {name}</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuell</translation>
    </message>
</context>
<context>
    <name>ImpersonationBanner</name>
    <message>
        <source>Logged in as someone else</source>
        <translation>Als jemand anderes angemeldet</translation>
    </message>
    <message>
        <source>&amp;Return to my account</source>
        <translation>&amp;Zurück zu meinem Konto</translation>
    </message>
    <message>
        <source>Return to my account</source>
        <translation>Zurück zu meinem Konto</translation>
    </message>
    <message>
        <source>You are viewing {org} as {owner}. You are {real}: everything you do here is recorded with both names. This ends at {time} ({minutes} min left).</source>
        <translation>Sie sehen {org} als {owner}. Sie sind {real}: alles, was Sie hier tun, wird mit beiden Namen aufgezeichnet. Dies endet um {time} (noch {minutes} Min.).</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a sub-account to {name}</source>
        <translation>Unterkonto zu {name} einladen</translation>
    </message>
    <message>
        <source>They get a mail with a one-time link to set up the company&apos;s account.</source>
        <translation>Sie erhalten eine E-Mail mit einem einmaligen Link, um das Konto der Firma einzurichten.</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>&amp;Ansprechperson</translation>
    </message>
    <message>
        <source>Com&amp;pany</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Send invite</source>
        <translation>Einladung &amp;senden</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>Die E-Mail-Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>Name the contact person.</source>
        <translation>Nennen Sie die Ansprechperson.</translation>
    </message>
    <message>
        <source>Name the company.</source>
        <translation>Nennen Sie die Firma.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Dieser Wert ist ungültig.</translation>
    </message>
</context>
<context>
    <name>InviteFileDialog</name>
    <message>
        <source>Invite from a file to {name}</source>
        <translation>Aus einer Datei zu {name} einladen</translation>
    </message>
    <message>
        <source>Choose a CSV file whose first line names the columns email, contact person and company name, in any order. You see what will happen to each row before anything is sent.</source>
        <translation>Wählen Sie eine CSV-Datei, deren erste Zeile die Spalten E-Mail, Ansprechpartner und Firmenname in beliebiger Reihenfolge benennt. Sie sehen für jede Zeile, was geschieht, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Eine CSV-Datei wählen</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>&amp;Send invites</source>
        <translation>Einladungen &amp;senden</translation>
    </message>
    <message>
        <source>Send the invites</source>
        <translation>Die Einladungen senden</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{name}: {encoding}, fields separated by {separator}</source>
        <translation>{name}: {encoding}, Felder getrennt durch {separator}</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>senkrechte Striche</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>The first line must name the columns email, contact person and company name. Missing: {missing}.</source>
        <translation>Die erste Zeile muss die Spalten E-Mail, Ansprechpartner und Firmenname benennen. Es fehlt: {missing}.</translation>
    </message>
    <message>
        <source>The file is too large for an invite list (over 2 MB).</source>
        <translation>Die Datei ist für eine Einladungsliste zu groß (über 2 MB).</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding is damaged.</source>
        <translation>Die Zeichenkodierung der Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>This is not a text file. Save the sheet as CSV and try again.</source>
        <translation>Dies ist keine Textdatei. Speichern Sie die Tabelle als CSV und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The first line names only one column. It must name the email, contact person and company name columns, separated by commas, semicolons or tabs.</source>
        <translation>Die erste Zeile benennt nur eine Spalte. Sie muss die Spalten E-Mail, Ansprechpartner und Firmenname benennen, getrennt durch Kommas, Semikolons oder Tabulatoren.</translation>
    </message>
    <message>
        <source>The file has more than 5,000 rows; split it up.</source>
        <translation>Die Datei hat mehr als 5.000 Zeilen; teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>The file is not valid CSV: {reason}</source>
        <translation>Die Datei ist kein gültiges CSV: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n invite(s) queued; they go out with the next sync.</source>
        <translation>
            <numerusform>%n Einladung vorgemerkt; sie geht mit der nächsten Synchronisierung hinaus.</numerusform>
            <numerusform>%n Einladungen vorgemerkt; sie gehen mit der nächsten Synchronisierung hinaus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be invited</source>
        <translation>
            <numerusform>%n Zeile wird eingeladen</numerusform>
            <numerusform>%n Zeilen werden eingeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n invite(s)</source>
        <translation>
            <numerusform>%n Einladung &amp;senden</numerusform>
            <numerusform>%n Einladungen &amp;senden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteFileModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Not queued: {reason}</source>
        <translation>Nicht vorgemerkt: {reason}</translation>
    </message>
    <message>
        <source>Queued: goes out with the next sync</source>
        <translation>Vorgemerkt: geht mit der nächsten Synchronisierung hinaus</translation>
    </message>
    <message>
        <source>Will be invited</source>
        <translation>Wird eingeladen</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Refused: not a valid email address</source>
        <translation>Abgelehnt: keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Refused: the {field} is missing</source>
        <translation>Abgelehnt: {field} fehlt</translation>
    </message>
    <message>
        <source>Refused: the {field} is too long</source>
        <translation>Abgelehnt: {field} ist zu lang</translation>
    </message>
    <message>
        <source>Refused: the {field} is not valid</source>
        <translation>Abgelehnt: {field} ist ungültig</translation>
    </message>
    <message>
        <source>Refused: the address is in the file twice (first on line {line})</source>
        <translation>Abgelehnt: die Adresse steht zweimal in der Datei (zuerst in Zeile {line})</translation>
    </message>
    <message>
        <source>Refused: the address has an open invite already</source>
        <translation>Abgelehnt: für die Adresse gibt es schon eine offene Einladung</translation>
    </message>
</context>
<context>
    <name>InvitesModel</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Zuletzt gesendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>InvitesPane</name>
    <message>
        <source>Invites</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Invites sent</source>
        <translation>Gesendete Einladungen</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Einladen…</translation>
    </message>
    <message>
        <source>Invite a new sub-account by email (Ctrl+I)</source>
        <translation>Neues Unterkonto per E-Mail einladen (Strg+I)</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Aus &amp;Datei…</translation>
    </message>
    <message>
        <source>Invite many sub-accounts from a CSV file, with a dry run first</source>
        <translation>Viele Unterkonten aus einer CSV-Datei einladen, zuerst mit Probelauf</translation>
    </message>
    <message>
        <source>Re&amp;send</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>Send the invite again with a new link</source>
        <translation>Die Einladung mit einem neuen Link erneut senden</translation>
    </message>
    <message>
        <source>Cancel in&amp;vite</source>
        <translation>Einladung &amp;zurückziehen</translation>
    </message>
    <message>
        <source>The link stops working; the sub-account is not set up</source>
        <translation>Der Link funktioniert nicht mehr; das Unterkonto wird nicht eingerichtet</translation>
    </message>
    <message>
        <source>No invites yet: Invite… sends the first one.</source>
        <translation>Noch keine Einladungen: Einladen… sendet die erste.</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Billed to</source>
        <translation>Rechnungsempfänger</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>LicencesWindow</name>
    <message>
        <source>Licences of {org}</source>
        <translation>Lizenzen von {org}</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Who holds the licence</source>
        <translation>Wer die Lizenz hat</translation>
    </message>
    <message>
        <source>&amp;Buy licences…</source>
        <translation>Lizenzen &amp;kaufen…</translation>
    </message>
    <message>
        <source>Buy licences</source>
        <translation>Lizenzen kaufen</translation>
    </message>
    <message>
        <source>&amp;Give licence…</source>
        <translation>Lizenz &amp;zuweisen…</translation>
    </message>
    <message>
        <source>Give a licence</source>
        <translation>Eine Lizenz zuweisen</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>&amp;Entziehen</translation>
    </message>
    <message>
        <source>Take the licence back</source>
        <translation>Die Lizenz entziehen</translation>
    </message>
    <message>
        <source>No subscriptions here yet: licences are bought from the provider above.</source>
        <translation>Noch keine Abonnements: Lizenzen werden beim übergeordneten Anbieter gekauft.</translation>
    </message>
    <message>
        <source>&amp;Subscriptions</source>
        <translation>&amp;Abonnements</translation>
    </message>
    <message>
        <source>Licence rules</source>
        <translation>Lizenzregeln</translation>
    </message>
    <message>
        <source>&amp;New rule…</source>
        <translation>&amp;Neue Regel…</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the rule</source>
        <translation>Die Regel bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the rule</source>
        <translation>Die Regel löschen</translation>
    </message>
    <message>
        <source>Rules run in order, each on what the ones before it did, when people or rules change and every hour.</source>
        <translation>Die Regeln laufen der Reihe nach, jede auf dem Ergebnis der vorherigen – wenn sich Personen oder Regeln ändern und jede Stunde.</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Licences of {product} bought (now {bought}, {given} given):</source>
        <translation>Gekaufte Lizenzen von {product} (jetzt {bought}, davon {given} zugewiesen):</translation>
    </message>
    <message>
        <source>Everyone here holds this licence already.</source>
        <translation>Alle hier haben diese Lizenz bereits.</translation>
    </message>
    <message>
        <source>Give {product} to:</source>
        <translation>{product} zuweisen an:</translation>
    </message>
    <message>
        <source>Delete licence rule</source>
        <translation>Lizenzregel löschen</translation>
    </message>
    <message>
        <source>Delete the rule {name}? Licences it gave stay given; it gives and takes nothing more.</source>
        <translation>Die Regel {name} löschen? Von ihr zugewiesene Lizenzen bleiben zugewiesen; sie weist keine weiteren zu und entzieht keine mehr.</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>LogInAs</name>
    <message>
        <source>Log &amp;in as its owner…</source>
        <translation>Als Inhaber &amp;anmelden…</translation>
    </message>
    <message>
        <source>See and work in the selected sub-account as its owner does, for a while</source>
        <translation>Das ausgewählte Unterkonto eine Zeit lang so sehen und bearbeiten wie sein Inhaber</translation>
    </message>
    <message>
        <source>Log in as the owner</source>
        <translation>Als Inhaber anmelden</translation>
    </message>
    <message>
        <source>Open {org} as its owner sees it? For a limited time you see and act as the owner; everything you do is recorded with your name too.</source>
        <translation>{org} so öffnen, wie der Inhaber es sieht? Für begrenzte Zeit sehen und handeln Sie als Inhaber; alles, was Sie tun, wird auch mit Ihrem Namen aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>LunchModel</name>
    <message>
        <source>Sub-account</source>
        <translation>Unterkonto</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <source>Outgoing mail</source>
        <translation>Ausgehende E-Mails</translation>
    </message>
    <message>
        <source>Mail sent</source>
        <translation>Gesendete E-Mails</translation>
    </message>
    <message>
        <source>Mail text</source>
        <translation>Text der E-Mail</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Mail the demo server sent; nothing left this computer.</source>
        <translation>E-Mails, die der Demo-Server gesendet hat; nichts hat diesen Computer verlassen.</translation>
    </message>
    <message>
        <source>This server sends its mail over SMTP; it keeps no mailbox.</source>
        <translation>Dieser Server versendet E-Mails per SMTP; er führt kein Postfach.</translation>
    </message>
    <message>
        <source>To: {address}</source>
        <translation>An: {address}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Betreff: {subject}</translation>
    </message>
</context>
<context>
    <name>MailboxModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>hubdesk</source>
        <translation>hubdesk</translation>
    </message>
    <message>
        <source>Organisation tree</source>
        <translation>Organisationsbaum</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Fetch the latest changes from the server (F5)</source>
        <translation>Die neuesten Änderungen vom Server holen (F5)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Collapse tree</source>
        <translation>Baum &amp;zuklappen</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Angaben &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Detach sub-account…</source>
        <translation>Unterkonto &amp;lösen…</translation>
    </message>
    <message>
        <source>Make the selected sub-account an independent organisation</source>
        <translation>Das ausgewählte Unterkonto zu einer eigenständigen Organisation machen</translation>
    </message>
    <message>
        <source>&amp;Lunch and requests…</source>
        <translation>&amp;Mittagessen und Aufträge…</translation>
    </message>
    <message>
        <source>The week&apos;s lunch orders and a report of service requests, for the selection</source>
        <translation>Die Mittagsbestellungen der Woche und ein Bericht der Serviceaufträge für die Auswahl</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Rollen…</translation>
    </message>
    <message>
        <source>The roles that can be given here; the role editor</source>
        <translation>Die Rollen, die hier vergeben werden können; der Rolleneditor</translation>
    </message>
    <message>
        <source>L&amp;icences…</source>
        <translation>L&amp;izenzen…</translation>
    </message>
    <message>
        <source>Subscriptions, who holds which licence, and the licence rules</source>
        <translation>Abonnements, wer welche Lizenz hat, und die Lizenzregeln</translation>
    </message>
    <message>
        <source>S&amp;hared resources…</source>
        <translation>&amp;Gemeinsame Ressourcen…</translation>
    </message>
    <message>
        <source>Agents, channels and knowledge: this organisation&apos;s own and those inherited</source>
        <translation>Agenten, Kanäle und Wissen: die eigenen dieser Organisation und die geerbten</translation>
    </message>
    <message>
        <source>&amp;Billing…</source>
        <translation>Abr&amp;echnung…</translation>
    </message>
    <message>
        <source>Invoices here and below, their lines, and the totals rolled up the tree</source>
        <translation>Rechnungen hier und in den untergeordneten Organisationen, ihre Positionen und die im Baum aufwärts addierten Summen</translation>
    </message>
    <message>
        <source>C&amp;ustomers…</source>
        <translation>&amp;Kunden…</translation>
    </message>
    <message>
        <source>A partner&apos;s customer accounts: status, plans, what needs attention</source>
        <translation>Die Kundenkonten eines Partners: Status, Pläne, Handlungsbedarf</translation>
    </message>
    <message>
        <source>E&amp;xport audit log…</source>
        <translation>&amp;Prüfprotokoll exportieren…</translation>
    </message>
    <message>
        <source>Save the audit log you may review, verified, as JSON Lines and CSV</source>
        <translation>Das Prüfprotokoll, das Sie einsehen dürfen, geprüft als JSON Lines und CSV speichern</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Every recorded change and sign-in you may review, searchable offline</source>
        <translation>Alle aufgezeichneten Änderungen und Anmeldungen, die Sie einsehen dürfen, offline durchsuchbar</translation>
    </message>
    <message>
        <source>Securit&amp;y…</source>
        <translation>&amp;Sicherheit…</translation>
    </message>
    <message>
        <source>2-step sign-in, and the consoles signed in as you</source>
        <translation>Zwei-Faktor-Bestätigung und die mit Ihrem Konto angemeldeten Konsolen</translation>
    </message>
    <message>
        <source>Outgoing &amp;mail…</source>
        <translation>Ausgehende &amp;E-Mails…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
    <message>
        <source>Go to &amp;tree</source>
        <translation>Zum &amp;Baum</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Not signed in. Choose File › Add account… to sign in.</source>
        <translation>Nicht angemeldet. Wählen Sie Datei › Konto hinzufügen…, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Nothing to show yet: your organisations appear here after the first sync.</source>
        <translation>Noch nichts anzuzeigen: Ihre Organisationen erscheinen hier nach der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>You may not change this organisation&apos;s details.</source>
        <translation>Sie dürfen die Angaben dieser Organisation nicht ändern.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>This organisation cannot be detached by you.</source>
        <translation>Sie können diese Organisation nicht lösen.</translation>
    </message>
    <message>
        <source>{name} will be detached as soon as the server has the change.</source>
        <translation>{name} wird gelöst, sobald der Server die Änderung hat.</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>Audit export (*.jsonl)</source>
        <translation>Prüfprotokoll-Export (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {jsonl} and {csv}; verified intact.</source>
        <translation>
            <numerusform>%n Ereignis in {jsonl} und {csv} gespeichert; als unverändert geprüft.</numerusform>
            <numerusform>%n Ereignisse in {jsonl} und {csv} gespeichert; als unverändert geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit export is NOT intact: {fault}</source>
        <translation>Der Prüfprotokoll-Export ist NICHT unverändert: {fault}</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Das Prüfprotokoll wird exportiert…</translation>
    </message>
    <message>
        <source>Decide about the earlier change first (Conflicts).</source>
        <translation>Entscheiden Sie zuerst über die frühere Änderung (Konflikte).</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keiner)</translation>
    </message>
    <message>
        <source>Trial days</source>
        <translation>Testphase in Tagen</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Ansprechperson:</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>Kontakt-&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Trial days:</source>
        <translation>Testphase in &amp;Tagen:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Geben Sie den Namen der Firma ein.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New service request</source>
        <translation>Neuer Serviceauftrag</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Für</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;How many</source>
        <translation>&amp;Anzahl</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Bestellen</translation>
    </message>
    <message>
        <source>Say what is needed.</source>
        <translation>Geben Sie an, was gebraucht wird.</translation>
    </message>
    <message>
        <source>Check the entries: {problem}</source>
        <translation>Prüfen Sie die Eingaben: {problem}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on the deal with {name}</source>
        <translation>Notiz zur Verkaufschance mit {name}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What was agreed, what is next…</source>
        <translation>Was vereinbart wurde, wie es weitergeht…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Schreiben Sie zuerst die Notiz.</translation>
    </message>
</context>
<context>
    <name>OrgDetailPane</name>
    <message>
        <source>Organisation details</source>
        <translation>Organisationsdetails</translation>
    </message>
    <message>
        <source>Select an organisation in the tree.</source>
        <translation>Wählen Sie eine Organisation im Baum.</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Angaben &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Angaben bearbeiten</translation>
    </message>
    <message>
        <source>Change the company and contact details (Ctrl+E)</source>
        <translation>Firmen- und Kontaktangaben ändern (Strg+E)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>VAT / CVR</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Notifications to</source>
        <translation>Benachrichtigungen an</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Verlängert sich</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Sub-accounts</source>
        <translation>Unterkonten</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Seats here</source>
        <translation>Plätze hier</translation>
    </message>
    <message>
        <source>Seats in subtree</source>
        <translation>Plätze im Teilbaum</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Oberste Ebene</translation>
    </message>
    <message>
        <source>Lifecycle: {0}</source>
        <translation>Lebenszyklus: {0}</translation>
    </message>
    <message>
        <source>{direct} direct · {total} in total</source>
        <translation>{direct} direkt · {total} insgesamt</translation>
    </message>
    <message>
        <source>{here} here · {total} in subtree</source>
        <translation>{here} hier · {total} im Teilbaum</translation>
    </message>
    <message>
        <source>{b} billable · {f} free</source>
        <translation>{b} kostenpflichtig · {f} kostenlos</translation>
    </message>
    <message>
        <source>{names} (above, until it is set up)</source>
        <translation>{names} (darüber, bis es eingerichtet ist)</translation>
    </message>
    <message>
        <source>Changes not yet sent</source>
        <translation>Änderungen noch nicht gesendet</translation>
    </message>
    <message>
        <source>Saved here; they go to the server as soon as it can be reached.</source>
        <translation>Hier gespeichert; sie gehen an den Server, sobald er erreichbar ist.</translation>
    </message>
    <message>
        <source>Not taken by the server</source>
        <translation>Vom Server nicht übernommen</translation>
    </message>
    <message>
        <source>Decide what to keep in Conflicts.</source>
        <translation>Entscheiden Sie unter Konflikte, was bleibt.</translation>
    </message>
    <message>
        <source>Trial ended {date}</source>
        <translation>Testphase endete am {date}</translation>
    </message>
    <message numerus="yes">
        <source>Trial · %n day(s) left (ends {date})</source>
        <translation>
            <numerusform>Testphase · noch %n Tag (endet am {date})</numerusform>
            <numerusform>Testphase · noch %n Tage (endet am {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>Active subscription</source>
        <translation>Aktives Abonnement</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>No subscription</source>
        <translation>Kein Abonnement</translation>
    </message>
</context>
<context>
    <name>OrgEditDialog</name>
    <message>
        <source>Edit details</source>
        <translation>Angaben bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>&amp;Rechtlicher Name</translation>
    </message>
    <message>
        <source>&amp;VAT / CVR</source>
        <translation>&amp;USt-IdNr.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Countr&amp;y (2 letters)</source>
        <translation>&amp;Land (2 Buchstaben)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>&amp;Ansprechperson</translation>
    </message>
    <message>
        <source>Contact e&amp;mail</source>
        <translation>Kontakt-&amp;E-Mail</translation>
    </message>
    <message>
        <source>Allow members from &amp;other domains</source>
        <translation>&amp;Mitglieder aus anderen Domains zulassen</translation>
    </message>
    <message>
        <source>Without this, people are added only with an address in one of the organisation&apos;s verified domains.</source>
        <translation>Ohne diese Option können Personen nur mit einer Adresse in einer der verifizierten Domains der Organisation hinzugefügt werden.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The country is two capital letters, like DK or DE.</source>
        <translation>Das Land sind zwei Großbuchstaben, z. B. DK oder DE.</translation>
    </message>
    <message>
        <source>The contact email address is not valid.</source>
        <translation>Die Kontakt-E-Mail-Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Dieser Wert ist ungültig.</translation>
    </message>
</context>
<context>
    <name>OrgSearchBox</name>
    <message>
        <source>Find an organisation…  (Ctrl+F)</source>
        <translation>Organisation suchen…  (Strg+F)</translation>
    </message>
    <message>
        <source>Find organisation</source>
        <translation>Organisation suchen</translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{name} — {kind}, {status}</source>
        <translation>{name} — {kind}, {status}</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First sign-in</source>
        <translation>Erste Anmeldung</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Kostenpflichtig</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>PeoplePane</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Find a person by name or email…</source>
        <translation>Person nach Name oder E-Mail suchen…</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Person suchen</translation>
    </message>
    <message>
        <source>Members of the organisation</source>
        <translation>Mitglieder der Organisation</translation>
    </message>
    <message>
        <source>Seat plan</source>
        <translation>Platzabonnement</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Eine Person hinzufügen</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Die Rolle ändern</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>Das Mitglied entfernen</translation>
    </message>
    <message>
        <source>A&amp;ccess…</source>
        <translation>Zu&amp;griff…</translation>
    </message>
    <message>
        <source>Effective access</source>
        <translation>Effektiver Zugriff</translation>
    </message>
    <message>
        <source>Why can this person do that here? Who reaches this organisation?</source>
        <translation>Warum darf diese Person das hier? Wer hat Zugriff auf diese Organisation?</translation>
    </message>
    <message>
        <source>No seat plan covers this organisation.</source>
        <translation>Kein Platzabonnement deckt diese Organisation ab.</translation>
    </message>
    <message>
        <source>{plan} (at {org}): {used} of {bought} bought seats in use</source>
        <translation>{plan} (in {org}): {used} von {bought} gekauften Plätzen belegt</translation>
    </message>
    <message numerus="yes">
        <source> · %n bought but unassigned</source>
        <translation>
            <numerusform> · %n gekauft, aber nicht zugewiesen</numerusform>
            <numerusform> · %n gekauft, aber nicht zugewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches the search.</source>
        <translation>Niemand passt zur Suche.</translation>
    </message>
    <message>
        <source>No members here yet.</source>
        <translation>Noch keine Mitglieder.</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
</context>
<context>
    <name>ReachedModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Through (role @ where granted)</source>
        <translation>Über (Rolle @ wo zugewiesen)</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <source>Service requests</source>
        <translation>Serviceaufträge</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Neuer Auftrag…</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <source>Status of the selected request</source>
        <translation>Status des ausgewählten Auftrags</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>You may not order services here.</source>
        <translation>Sie dürfen hier keine Services bestellen.</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Sub-account</source>
        <translation>Unterkonto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RequestsWindow</name>
    <message>
        <source>Lunch and requests — {name}</source>
        <translation>Mittagessen und Aufträge — {name}</translation>
    </message>
    <message>
        <source>&amp;Lunch</source>
        <translation>&amp;Mittagessen</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>A&amp;ufträge</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Vorige Woche</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Diese Woche</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>&amp;Nächste Woche ▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Lunch orders per day and sub-account</source>
        <translation>Mittagsbestellungen pro Tag und Unterkonto</translation>
    </message>
    <message>
        <source>Lunches ordered per day by each sub-account; cancelled orders are not counted.</source>
        <translation>Pro Tag von jedem Unterkonto bestellte Mittagessen; stornierte Bestellungen zählen nicht.</translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation>Woche {number}: {first} – {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n lunch(es) this week</source>
        <translation>
            <numerusform>%n Mittagessen diese Woche</numerusform>
            <numerusform>%n Mittagessen diese Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-account(s) ordered</source>
        <translation>
            <numerusform>%n Unterkonto hat bestellt</numerusform>
            <numerusform>%n Unterkonten haben bestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Sub-account</source>
        <translation>Unterkonto</translation>
    </message>
    <message>
        <source>All sub-accounts</source>
        <translation>Alle Unterkonten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Su&amp;b-account:</source>
        <translation>&amp;Unterkonto:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Requests per week, by kind</source>
        <translation>Aufträge pro Woche, nach Art</translation>
    </message>
    <message>
        <source>W{number}</source>
        <translation>KW{number}</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Aufträge</translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <source>New resource</source>
        <translation>Neue Ressource</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <source>&amp;Share with every organisation below</source>
        <translation>&amp;Mit allen untergeordneten Organisationen teilen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Give the resource a name.</source>
        <translation>Geben Sie der Ressource einen Namen.</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Role {name}</source>
        <translation>Rolle {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>You do not hold this permission here yourself.</source>
        <translation>Sie haben diese Berechtigung hier selbst nicht.</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>People with this role hold a billable seat.</source>
        <translation>Personen mit dieser Rolle belegen einen kostenpflichtigen Platz.</translation>
    </message>
    <message>
        <source>People with this role hold a free seat.</source>
        <translation>Personen mit dieser Rolle belegen einen kostenlosen Platz.</translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation>Geben Sie der Rolle einen Namen.</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Wählen Sie mindestens eine Berechtigung.</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles at {org}</source>
        <translation>Rollen in {org}</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>&amp;Neue Rolle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Edit the role</source>
        <translation>Die Rolle bearbeiten</translation>
    </message>
    <message>
        <source>Delete the role</source>
        <translation>Die Rolle löschen</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Delete the role {name}?</source>
        <translation>Die Rolle {name} löschen?</translation>
    </message>
    <message>
        <source>A role that someone still holds cannot be deleted; change theirs first.</source>
        <translation>Eine Rolle, die noch jemand hat, kann nicht gelöscht werden; ändern Sie zuerst die Rolle dieser Personen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Vordefiniert</translation>
    </message>
    <message>
        <source>Custom, this organisation&apos;s</source>
        <translation>Benutzerdefiniert, von dieser Organisation</translation>
    </message>
    <message>
        <source>Custom, from above</source>
        <translation>Benutzerdefiniert, übergeordnet</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Kostenpflichtig</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
</context>
<context>
    <name>RollupModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>In Rechnung gestellt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>New licence rule</source>
        <translation>Neue Lizenzregel</translation>
    </message>
    <message>
        <source>Licence rule {name}</source>
        <translation>Lizenzregel {name}</translation>
    </message>
    <message>
        <source>Members of a unit</source>
        <translation>Mitglieder einer Organisationseinheit</translation>
    </message>
    <message>
        <source>Members of a group</source>
        <translation>Mitglieder einer Gruppe</translation>
    </message>
    <message>
        <source>No sign-in for a number of days</source>
        <translation>Keine Anmeldung seit einer Anzahl von Tagen</translation>
    </message>
    <message>
        <source>First sign-in within a number of days</source>
        <translation>Erste Anmeldung innerhalb einer Anzahl von Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>Change to another licence</source>
        <translation>Zu einer anderen Lizenz wechseln</translation>
    </message>
    <message>
        <source>Rule is &amp;on</source>
        <translation>Regel ist &amp;aktiv</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Order (lower runs first)</source>
        <translation>&amp;Reihenfolge (niedrigere zuerst)</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Wer</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Organisations&amp;einheit</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Tage</translation>
    </message>
    <message>
        <source>&amp;Does</source>
        <translation>Akt&amp;ion</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <source>Change &amp;to</source>
        <translation>Wechseln &amp;zu</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>What the rules would change</source>
        <translation>Was die Regeln ändern würden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Dry run: what this would change now</source>
        <translation>Probelauf: was dies jetzt ändern würde</translation>
    </message>
    <message>
        <source>This organisation has no subscriptions to give.</source>
        <translation>Diese Organisation hat keine Abonnements, aus denen Lizenzen zugewiesen werden können.</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Geben Sie der Regel einen Namen.</translation>
    </message>
    <message>
        <source>A change goes to another licence.</source>
        <translation>Ein Wechsel muss zu einer anderen Lizenz führen.</translation>
    </message>
    <message>
        <source>Check the rule: {problem}</source>
        <translation>Prüfen Sie die Regel: {problem}</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Security of {who}</source>
        <translation>Sicherheit von {who}</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>QR-Code für die Authenticator-App</translation>
    </message>
    <message>
        <source>Key for the authenticator app</source>
        <translation>Schlüssel für die Authenticator-App</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-stelliger Code</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>Code aus der Authenticator-App</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>2-step sign-in</source>
        <translation>Zwei-Faktor-Bestätigung</translation>
    </message>
    <message>
        <source>Signed-in consoles</source>
        <translation>Angemeldete Konsolen</translation>
    </message>
    <message>
        <source>&amp;Sign out this one</source>
        <translation>Diese ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign out the selected console</source>
        <translation>Ausgewählte Konsole abmelden</translation>
    </message>
    <message>
        <source>Sign out all &amp;others</source>
        <translation>Alle a&amp;nderen abmelden</translation>
    </message>
    <message>
        <source>Sign out every other console</source>
        <translation>Alle anderen Konsolen abmelden</translation>
    </message>
    <message>
        <source>These change at the server, at once, and are recorded in the audit log.</source>
        <translation>Diese Änderungen gelten sofort auf dem Server und werden im Prüfprotokoll aufgezeichnet.</translation>
    </message>
    <message>
        <source>On: signing in asks for a code from your authenticator app.</source>
        <translation>Aktiviert: Bei der Anmeldung wird ein Code aus Ihrer Authenticator-App abgefragt.</translation>
    </message>
    <message>
        <source>Turn &amp;off…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Off: signing in needs only your password.</source>
        <translation>Deaktiviert: Für die Anmeldung genügt Ihr Passwort.</translation>
    </message>
    <message>
        <source>Turn &amp;on…</source>
        <translation>&amp;Aktivieren…</translation>
    </message>
    <message>
        <source>Turn 2-step sign-in &amp;off</source>
        <translation>Zwei-Faktor-Bestätigung dea&amp;ktivieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Scan the code with your authenticator app, or enter this key:
{key}</source>
        <translation>Scannen Sie den Code mit Ihrer Authenticator-App oder geben Sie diesen Schlüssel ein:
{key}</translation>
    </message>
    <message>
        <source>Turn 2-step sign-in &amp;on</source>
        <translation>Zwei-Faktor-Bestätigung a&amp;ktivieren</translation>
    </message>
    <message>
        <source>Enter the 6 digits the app shows now.</source>
        <translation>Geben Sie die 6 Ziffern ein, die die App jetzt anzeigt.</translation>
    </message>
    <message>
        <source>Enter your password as well.</source>
        <translation>Geben Sie auch Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>2-step sign-in is on.</source>
        <translation>Die Zwei-Faktor-Bestätigung ist aktiviert.</translation>
    </message>
    <message>
        <source>2-step sign-in is off.</source>
        <translation>Die Zwei-Faktor-Bestätigung ist deaktiviert.</translation>
    </message>
    <message>
        <source>Sign out all others</source>
        <translation>Alle anderen abmelden</translation>
    </message>
    <message>
        <source>Sign out every other console signed in as you? This one stays signed in.</source>
        <translation>Alle anderen mit Ihrem Konto angemeldeten Konsolen abmelden? Diese Konsole bleibt angemeldet.</translation>
    </message>
    <message>
        <source>The code is wrong or was used already. Wait for a new one.</source>
        <translation>Der Code ist falsch oder wurde schon verwendet. Warten Sie auf einen neuen.</translation>
    </message>
    <message>
        <source>The password or the code is wrong.</source>
        <translation>Passwort oder Code ist falsch.</translation>
    </message>
    <message>
        <source>While logged in as someone, their security cannot be changed.</source>
        <translation>Während Sie als jemand anderes angemeldet sind, kann die Sicherheit dieser Person nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Unknown console</source>
        <translation>Unbekannte Konsole</translation>
    </message>
    <message>
        <source>{device} (this console)</source>
        <translation>{device} (diese Konsole)</translation>
    </message>
</context>
<context>
    <name>SharedModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Shared down</source>
        <translation>Nach unten geteilt</translation>
    </message>
    <message>
        <source>Inherited from {org}: read-only here.</source>
        <translation>Geerbt von {org}: hier schreibgeschützt.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <source>This organisation</source>
        <translation>Diese Organisation</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Geerbt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>SharedWindow</name>
    <message>
        <source>Shared resources of {org}</source>
        <translation>Gemeinsame Ressourcen von {org}</translation>
    </message>
    <message>
        <source>Shared resources</source>
        <translation>Gemeinsame Ressourcen</translation>
    </message>
    <message>
        <source>Text of the resource</source>
        <translation>Text der Ressource</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Neue Ressource</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the resource</source>
        <translation>Die Ressource bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the resource</source>
        <translation>Die Ressource löschen</translation>
    </message>
    <message>
        <source>No agents, channels or knowledge-base entries here yet. New… makes one; those the organisations above share appear here too.</source>
        <translation>Noch keine Agenten, Kanäle oder Wissensdatenbank-Einträge. Neu… legt einen an; was übergeordnete Organisationen teilen, erscheint hier ebenfalls.</translation>
    </message>
    <message>
        <source>Inherited from {org}: read-only here.</source>
        <translation>Geerbt von {org}: hier schreibgeschützt.</translation>
    </message>
    <message>
        <source>This organisation&apos;s own; shared with every organisation below.</source>
        <translation>Eigene Ressource dieser Organisation; mit allen untergeordneten Organisationen geteilt.</translation>
    </message>
    <message>
        <source>This organisation&apos;s own; not shared.</source>
        <translation>Eigene Ressource dieser Organisation; nicht geteilt.</translation>
    </message>
    <message>
        <source>Delete resource</source>
        <translation>Ressource löschen</translation>
    </message>
    <message>
        <source>Delete {name}? Organisations below lose it too.</source>
        <translation>Die Ressource {name} löschen? Die untergeordneten Organisationen verlieren sie ebenfalls.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to hubdesk</source>
        <translation>Bei hubdesk anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Demo sign-ins</source>
        <translation>Demo-Anmeldungen</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-stelliger Code</translation>
    </message>
    <message>
        <source>2-step verification code</source>
        <translation>Code der Zwei-Faktor-Bestätigung</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Choose a demo sign-in…</source>
        <translation>Demo-Anmeldung wählen…</translation>
    </message>
    <message>
        <source>&amp;Demo:</source>
        <translation>&amp;Demo:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>2-step &amp;code:</source>
        <translation>Bestätigungs&amp;code:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Geben Sie die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Enter your email address, like name@company.com.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein, z. B. name@firma.de.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The 2-step code has 6 digits.</source>
        <translation>Der Bestätigungscode hat 6 Ziffern.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Änderungen, die auf das Senden warten</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Changes the server did not take (Ctrl+Shift+K)</source>
        <translation>Änderungen, die der Server nicht übernommen hat (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>Sign-in not remembered</source>
        <translation>Anmeldung wird nicht gespeichert</translation>
    </message>
    <message>
        <source>Sign-in storage</source>
        <translation>Speicherung der Anmeldung</translation>
    </message>
    <message>
        <source>Latest remark</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>{person} on {server}</source>
        <translation>{person} auf {server}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Änderung wartet auf das Senden</numerusform>
            <numerusform>%n Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Noch nie synchronisiert</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Gerade synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Vor %n Minute synchronisiert</numerusform>
            <numerusform>Vor %n Minuten synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Synchronisiert {when}</translation>
    </message>
    <message>
        <source>{rows} rows · {rate}/s</source>
        <translation>{rows} Zeilen · {rate}/s</translation>
    </message>
</context>
<context>
    <name>VerificationBar</name>
    <message>
        <source>Verification of the audit log</source>
        <translation>Integritätsprüfung des Prüfprotokolls</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Verify the whole cached audit log now</source>
        <translation>Das gesamte zwischengespeicherte Prüfprotokoll jetzt prüfen</translation>
    </message>
    <message>
        <source>Recompute every hash, follow every chain, check every signature</source>
        <translation>Alle Hashwerte neu berechnen, allen Ketten folgen, alle Signaturen prüfen</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Das Prüfprotokoll wird geprüft…</translation>
    </message>
    <message>
        <source>Could not verify: {error}</source>
        <translation>Prüfung nicht möglich: {error}</translation>
    </message>
    <message>
        <source>The audit log has not been verified yet.</source>
        <translation>Das Prüfprotokoll wurde noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Every hash of {n} events checks out, but no audit key was pinned for this account: the server&apos;s signatures cannot be checked.</source>
        <translation>Alle Hashwerte der {n} Ereignisse stimmen, aber für dieses Konto ist kein Prüfprotokoll-Schlüssel hinterlegt: Die Signaturen des Servers können nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Every hash of {n} events checks out; the server has signed no checkpoint for them yet.</source>
        <translation>Alle Hashwerte der {n} Ereignisse stimmen; der Server hat dafür noch keinen Prüfpunkt signiert.</translation>
    </message>
    <message>
        <source>Verified up to event {n}, signed at {time}.</source>
        <translation>Geprüft bis einschließlich Ereignis {n}, signiert am {time}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln newer event(s) are chained and await the next checkpoint.</source>
        <translation>
            <numerusform>%Ln neueres Ereignis ist verkettet und wartet auf den nächsten Prüfpunkt.</numerusform>
            <numerusform>%Ln neuere Ereignisse sind verkettet und warten auf den nächsten Prüfpunkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>position {seq} of the log of {chain}</source>
        <translation>Position {seq} im Protokoll von {chain}</translation>
    </message>
    <message>
        <source>The event at {where} was changed after it was recorded.</source>
        <translation>Das Ereignis an {where} wurde nach der Aufzeichnung geändert.</translation>
    </message>
    <message>
        <source>The log breaks at {where}: an event was removed, inserted or reordered.</source>
        <translation>Das Protokoll ist an {where} unterbrochen: Ein Ereignis wurde entfernt, eingefügt oder verschoben.</translation>
    </message>
    <message>
        <source>{where} differs from what the server recorded there.</source>
        <translation>{where} weicht von dem ab, was der Server dort aufgezeichnet hat.</translation>
    </message>
    <message>
        <source>{where} is missing from the cache (removed, or not synced yet), so the log cannot be verified up to its checkpoint.</source>
        <translation>{where} fehlt im Cache (entfernt oder noch nicht synchronisiert), daher kann das Protokoll nicht bis zu seinem Prüfpunkt geprüft werden.</translation>
    </message>
    <message>
        <source>The checkpoints are signed with another key than the one pinned at the first sign-in ({where}).</source>
        <translation>Die Prüfpunkte sind mit einem anderen Schlüssel signiert als dem, der bei der ersten Anmeldung hinterlegt wurde ({where}).</translation>
    </message>
    <message>
        <source>The checkpoint at {where} has a wrong signature.</source>
        <translation>Der Prüfpunkt an {where} hat eine falsche Signatur.</translation>
    </message>
    <message>
        <source>The log has another hash at {where} than was signed.</source>
        <translation>Das Protokoll hat an {where} einen anderen Hashwert als den signierten.</translation>
    </message>
    <message>
        <source>The log fails at {where}.</source>
        <translation>Die Prüfung des Protokolls schlägt an {where} fehl.</translation>
    </message>
</context>
<context>
    <name>WhyModel</name>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Erteilt durch</translation>
    </message>
</context>
<context>
    <name>WinDialog</name>
    <message>
        <source>Mark the deal with {name} won</source>
        <translation>Verkaufschance mit {name} als gewonnen markieren</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>The customer subscribes annually from today and becomes an active customer. You are recorded as the one who won the deal.</source>
        <translation>Der Kunde abonniert ab heute jährlich und wird ein aktiver Kunde. Sie werden als die Person aufgezeichnet, die die Verkaufschance gewonnen hat.</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>Als gewonnen markieren</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Stolen session refused</source>
        <translation>Gestohlene Sitzung abgewiesen</translation>
    </message>
    <message>
        <source>2-step sign-in turned on</source>
        <translation>Zwei-Faktor-Bestätigung aktiviert</translation>
    </message>
    <message>
        <source>2-step sign-in turned off</source>
        <translation>Zwei-Faktor-Bestätigung deaktiviert</translation>
    </message>
    <message>
        <source>Sessions signed out</source>
        <translation>Sitzungen beendet</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Prüfprotokoll exportiert</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Daten exportiert</translation>
    </message>
    <message>
        <source>Logged in as (start)</source>
        <translation>Angemeldet als (Beginn)</translation>
    </message>
    <message>
        <source>Logged in as (end)</source>
        <translation>Angemeldet als (Ende)</translation>
    </message>
    <message>
        <source>Organisation created</source>
        <translation>Organisation erstellt</translation>
    </message>
    <message>
        <source>Organisation changed</source>
        <translation>Organisation geändert</translation>
    </message>
    <message>
        <source>Sub-account detached</source>
        <translation>Unterkonto gelöst</translation>
    </message>
    <message>
        <source>Client deleted</source>
        <translation>Kunde gelöscht</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Mitglied hinzugefügt</translation>
    </message>
    <message>
        <source>Member changed</source>
        <translation>Mitglied geändert</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Mitglied entfernt</translation>
    </message>
    <message>
        <source>Person activated</source>
        <translation>Person aktiviert</translation>
    </message>
    <message>
        <source>Role created</source>
        <translation>Rolle erstellt</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>Role deleted</source>
        <translation>Rolle gelöscht</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Einladung gesendet</translation>
    </message>
    <message>
        <source>Invitation sent again</source>
        <translation>Einladung erneut gesendet</translation>
    </message>
    <message>
        <source>Invitation cancelled</source>
        <translation>Einladung zurückgezogen</translation>
    </message>
    <message>
        <source>Invitation expired</source>
        <translation>Einladung abgelaufen</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>Einladung angenommen</translation>
    </message>
    <message>
        <source>Onboarding completed</source>
        <translation>Einrichtung abgeschlossen</translation>
    </message>
    <message>
        <source>Licence given</source>
        <translation>Lizenz zugewiesen</translation>
    </message>
    <message>
        <source>Licence taken back</source>
        <translation>Lizenz entzogen</translation>
    </message>
    <message>
        <source>Licence rule created</source>
        <translation>Lizenzregel erstellt</translation>
    </message>
    <message>
        <source>Licence rule changed</source>
        <translation>Lizenzregel geändert</translation>
    </message>
    <message>
        <source>Licence rule deleted</source>
        <translation>Lizenzregel gelöscht</translation>
    </message>
    <message>
        <source>Subscription started</source>
        <translation>Abonnement gestartet</translation>
    </message>
    <message>
        <source>Subscription changed</source>
        <translation>Abonnement geändert</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>Rechnung ausgestellt</translation>
    </message>
    <message>
        <source>Invoice changed</source>
        <translation>Rechnung geändert</translation>
    </message>
    <message>
        <source>Invoice paid</source>
        <translation>Rechnung bezahlt</translation>
    </message>
    <message>
        <source>Payment refunded</source>
        <translation>Zahlung erstattet</translation>
    </message>
    <message>
        <source>Shared resource created</source>
        <translation>Gemeinsame Ressource erstellt</translation>
    </message>
    <message>
        <source>Shared resource changed</source>
        <translation>Gemeinsame Ressource geändert</translation>
    </message>
    <message>
        <source>Resource shared</source>
        <translation>Ressource geteilt</translation>
    </message>
    <message>
        <source>Shared resource deleted</source>
        <translation>Gemeinsame Ressource gelöscht</translation>
    </message>
    <message>
        <source>Request ordered</source>
        <translation>Auftrag erteilt</translation>
    </message>
    <message>
        <source>Request changed</source>
        <translation>Auftrag geändert</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Verkaufschance gewonnen</translation>
    </message>
    <message>
        <source>Deal note added</source>
        <translation>Notiz zur Verkaufschance hinzugefügt</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>Aufgabe erledigt</translation>
    </message>
    <message>
        <source>Sign-in and security</source>
        <translation>Anmeldung und Sicherheit</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Logging in as</source>
        <translation>Anmelden als</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Licence rules</source>
        <translation>Lizenzregeln</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Shared resources</source>
        <translation>Gemeinsame Ressourcen</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Serviceaufträge</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Licence rule</source>
        <translation>Lizenzregel</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Shared resource</source>
        <translation>Gemeinsame Ressource</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Serviceauftrag</translation>
    </message>
</context>
<context>
    <name>customer_actions</name>
    <message>
        <source>Switch into the customer</source>
        <translation>Zum Kunden wechseln</translation>
    </message>
    <message>
        <source>Open {name} as its owner sees it? For a limited time you see and act as the owner; everything you do is recorded with your name too.</source>
        <translation>{name} so öffnen, wie der Inhaber es sieht? Für begrenzte Zeit sehen und handeln Sie als Inhaber; alles, was Sie tun, wird auch mit Ihrem Namen aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message numerus="yes">
        <source>Trial ends in %n day(s)</source>
        <translation>
            <numerusform>Testphase endet in %n Tag</numerusform>
            <numerusform>Testphase endet in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews in %n day(s)</source>
        <translation>
            <numerusform>Verlängert sich in %n Tag</numerusform>
            <numerusform>Verlängert sich in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitation pending for %n day(s)</source>
        <translation>
            <numerusform>Einladung seit %n Tag ausstehend</numerusform>
            <numerusform>Einladung seit %n Tagen ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue invoice(s)</source>
        <translation>
            <numerusform>%n überfällige Rechnung</numerusform>
            <numerusform>%n überfällige Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpaid invoice(s)</source>
        <translation>
            <numerusform>%n unbezahlte Rechnung</numerusform>
            <numerusform>%n unbezahlte Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) bought but not given</source>
        <translation>
            <numerusform>%n Lizenz gekauft, aber nicht zugewiesen</numerusform>
            <numerusform>%n Lizenzen gekauft, aber nicht zugewiesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n day(s)</source>
        <translation>
            <numerusform>Keine Aktivität seit %n Tag</numerusform>
            <numerusform>Keine Aktivität seit %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The email or password is wrong.</source>
        <translation>E-Mail oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>The 2-step code is wrong or was used already. Wait for a new one.</source>
        <translation>Der Bestätigungscode ist falsch oder wurde schon verwendet. Warten Sie auf einen neuen.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in a few minutes.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>This account is not active.</source>
        <translation>Dieses Konto ist nicht aktiv.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Sign in again to use this account.</source>
        <translation>Melden Sie sich erneut an, um dieses Konto zu verwenden.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and your connection.
{detail}</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.
{detail}</translation>
    </message>
    <message>
        <source>The server sent an answer the console cannot use; nothing was changed.
{detail}</source>
        <translation>Der Server hat eine Antwort gesendet, die die Konsole nicht verwenden kann; nichts wurde geändert.
{detail}</translation>
    </message>
    <message>
        <source>The server had a problem; nothing was changed. Try again later.
{detail}</source>
        <translation>Der Server hatte ein Problem; nichts wurde geändert. Versuchen Sie es später erneut.
{detail}</translation>
    </message>
    <message>
        <source>The server refused the request: {detail}</source>
        <translation>Der Server hat die Anfrage abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {detail}</source>
        <translation>Etwas Unerwartetes ist schiefgegangen: {detail}</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mieter</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Detached</source>
        <translation>Abgelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Testphase</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Rechtlicher Name</translation>
    </message>
    <message>
        <source>VAT / CVR</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Reinigung</translation>
    </message>
    <message>
        <source>Handyman</source>
        <translation>Hausmeister</translation>
    </message>
    <message>
        <source>IT support</source>
        <translation>IT-Support</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Besprechungsraum</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>See the organisation</source>
        <translation>Organisation ansehen</translation>
    </message>
    <message>
        <source>Change the organisation&apos;s details</source>
        <translation>Angaben der Organisation ändern</translation>
    </message>
    <message>
        <source>Create sub-accounts</source>
        <translation>Unterkonten anlegen</translation>
    </message>
    <message>
        <source>Detach sub-accounts</source>
        <translation>Unterkonten lösen</translation>
    </message>
    <message>
        <source>Invite sub-accounts</source>
        <translation>Unterkonten einladen</translation>
    </message>
    <message>
        <source>Manage people</source>
        <translation>Personen verwalten</translation>
    </message>
    <message>
        <source>Manage roles</source>
        <translation>Rollen verwalten</translation>
    </message>
    <message>
        <source>Log in as a sub-account&apos;s owner</source>
        <translation>Als Inhaber eines Unterkontos anmelden</translation>
    </message>
    <message>
        <source>Manage licences</source>
        <translation>Lizenzen verwalten</translation>
    </message>
    <message>
        <source>See billing</source>
        <translation>Abrechnung ansehen</translation>
    </message>
    <message>
        <source>Manage billing</source>
        <translation>Abrechnung verwalten</translation>
    </message>
    <message>
        <source>See the audit log</source>
        <translation>Prüfprotokoll ansehen</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>Manage shared resources</source>
        <translation>Gemeinsame Ressourcen verwalten</translation>
    </message>
    <message>
        <source>Create appointments</source>
        <translation>Termine anlegen</translation>
    </message>
    <message>
        <source>Take payments</source>
        <translation>Zahlungen annehmen</translation>
    </message>
    <message>
        <source>Manage customers</source>
        <translation>Kunden verwalten</translation>
    </message>
    <message>
        <source>Order and handle requests</source>
        <translation>Aufträge erteilen und bearbeiten</translation>
    </message>
    <message>
        <source>See reports</source>
        <translation>Berichte ansehen</translation>
    </message>
</context>
<context>
    <name>licences</name>
    <message>
        <source>Members of {unit}</source>
        <translation>Mitglieder von {unit}</translation>
    </message>
    <message>
        <source>Group {group}</source>
        <translation>Gruppe {group}</translation>
    </message>
    <message numerus="yes">
        <source>No sign-in for %n day(s)</source>
        <translation>
            <numerusform>Keine Anmeldung seit %n Tag</numerusform>
            <numerusform>Keine Anmeldung seit %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First sign-in within %n day(s)</source>
        <translation>
            <numerusform>Erste Anmeldung innerhalb von %n Tag</numerusform>
            <numerusform>Erste Anmeldung innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Give {product}</source>
        <translation>{product} zuweisen</translation>
    </message>
    <message>
        <source>Take back {product}</source>
        <translation>{product} entziehen</translation>
    </message>
    <message>
        <source>Change {product} to {target}</source>
        <translation>{product} zu {target} wechseln</translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) gained</source>
        <translation>
            <numerusform>%n Lizenz zugewiesen</numerusform>
            <numerusform>%n Lizenzen zugewiesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) lost</source>
        <translation>
            <numerusform>%n Lizenz entzogen</numerusform>
            <numerusform>%n Lizenzen entzogen</numerusform>
        </translation>
    </message>
    <message>
        <source>+{amount} a month</source>
        <translation>+{amount} pro Monat</translation>
    </message>
    <message>
        <source>−{amount} a month</source>
        <translation>−{amount} pro Monat</translation>
    </message>
    <message>
        <source>the monthly bill stays the same</source>
        <translation>die monatliche Rechnung bleibt gleich</translation>
    </message>
    <message>
        <source>Not bought here, so not given: {products}.</source>
        <translation>Hier nicht gekauft, daher nicht zugewiesen: {products}.</translation>
    </message>
    <message>
        <source>These rules never settle for: {people}. Change their order.</source>
        <translation>Die Regeln kommen für diese Personen nie zu einem festen Ergebnis: {people}. Ändern Sie die Reihenfolge der Regeln.</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <source>The seat stays billable; the price does not change.</source>
        <translation>Der Platz bleibt kostenpflichtig; der Preis ändert sich nicht.</translation>
    </message>
    <message>
        <source>The seat stays free.</source>
        <translation>Der Platz bleibt kostenlos.</translation>
    </message>
    <message>
        <source>The seat becomes free.</source>
        <translation>Der Platz wird kostenlos.</translation>
    </message>
    <message>
        <source>The seat becomes free. {plan} keeps its {count} bought seats until it is changed; one of them is then unassigned.</source>
        <translation>Der Platz wird kostenlos. {plan} behält seine {count} gekauften Plätze, bis es geändert wird; einer davon ist dann nicht zugewiesen.</translation>
    </message>
    <message>
        <source>The seat becomes billable. No seat plan applies here yet.</source>
        <translation>Der Platz wird kostenpflichtig. Hier gilt noch kein Platzabonnement.</translation>
    </message>
    <message>
        <source>The seat becomes billable. {plan} (at {org}) has a bought seat free for it: no extra cost.</source>
        <translation>Der Platz wird kostenpflichtig. {plan} (in {org}) hat dafür einen gekauften Platz frei: keine Mehrkosten.</translation>
    </message>
    <message>
        <source>The seat becomes billable: +{amount} a month ({plan}, at {org}).</source>
        <translation>Der Platz wird kostenpflichtig: +{amount} pro Monat ({plan}, in {org}).</translation>
    </message>
    <message>
        <source>You may not manage the people of this organisation.</source>
        <translation>Sie dürfen die Personen dieser Organisation nicht verwalten.</translation>
    </message>
    <message>
        <source>You cannot give a role with permissions you do not hold yourself.</source>
        <translation>Sie können keine Rolle mit Berechtigungen vergeben, die Sie selbst nicht haben.</translation>
    </message>
    <message>
        <source>This person holds permissions here that you do not; you cannot change or remove their membership.</source>
        <translation>Diese Person hat hier Berechtigungen, die Sie nicht haben; Sie können ihre Mitgliedschaft weder ändern noch entfernen.</translation>
    </message>
    <message>
        <source>You cannot change your own role; ask another administrator.</source>
        <translation>Sie können Ihre eigene Rolle nicht ändern; wenden Sie sich an einen anderen Administrator.</translation>
    </message>
    <message>
        <source>This address is not in one of the organisation&apos;s verified domains, and its administrators have not allowed members from other domains.</source>
        <translation>Diese Adresse liegt in keiner der verifizierten Domains der Organisation, und deren Administratoren haben keine Mitglieder aus anderen Domains zugelassen.</translation>
    </message>
    <message>
        <source>Price effect</source>
        <translation>Auswirkung auf den Preis</translation>
    </message>
    <message>
        <source>Add a person to {org}</source>
        <translation>Person zu {org} hinzufügen</translation>
    </message>
    <message>
        <source>name@{domain}</source>
        <translation>name@{domain}</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Verified domains: {domains}. Other domains are allowed.</source>
        <translation>Verifizierte Domains: {domains}. Andere Domains sind zugelassen.</translation>
    </message>
    <message>
        <source>Verified domains: {domains}. Other domains are not allowed here.</source>
        <translation>Verifizierte Domains: {domains}. Andere Domains sind hier nicht zugelassen.</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Wählen Sie eine Rolle.</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Rolle von {name} ändern</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Remove from organisation</source>
        <translation>Aus der Organisation entfernen</translation>
    </message>
    <message>
        <source>Remove {name} from {org}?</source>
        <translation>{name} aus {org} entfernen?</translation>
    </message>
    <message>
        <source>They lose the access this membership gives. {price}</source>
        <translation>Die Person verliert den Zugriff, den diese Mitgliedschaft gewährt. {price}</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>Das Mitglied entfernen</translation>
    </message>
</context>
</TS>
