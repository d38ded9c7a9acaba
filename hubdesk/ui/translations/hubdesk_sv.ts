<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AccessModel</name>
    <message>
        <source>Granted at</source>
        <translation>Tilldelad i</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Organisations reached</source>
        <translation>Organisationer som nås</translation>
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
        <translation>E-post</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Member of {org}, above</source>
        <translation>Medlem i {org}, högre upp</translation>
    </message>
    <message>
        <source>Member here</source>
        <translation>Medlem här</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Invited (grants nothing yet)</source>
        <translation>Inbjuden (ger ingen åtkomst ännu)</translation>
    </message>
    <message>
        <source>Suspended (grants nothing)</source>
        <translation>Avstängd (ger ingen åtkomst)</translation>
    </message>
</context>
<context>
    <name>AccessWindow</name>
    <message>
        <source>Effective access</source>
        <translation>Effektiv åtkomst</translation>
    </message>
    <message>
        <source>Grants of the person</source>
        <translation>Personens tilldelningar</translation>
    </message>
    <message>
        <source>Organisations the person reaches</source>
        <translation>Organisationer som personen når</translation>
    </message>
    <message>
        <source>Permissions here and why</source>
        <translation>Behörigheter här och varför</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Only people who may</source>
        <translation>Bara personer som får</translation>
    </message>
    <message>
        <source>Everyone who reaches it</source>
        <translation>Alla med åtkomst hit</translation>
    </message>
    <message>
        <source>&amp;Who may:</source>
        <translation>&amp;Vem får:</translation>
    </message>
    <message>
        <source>People who reach the organisation</source>
        <translation>Personer med åtkomst till organisationen</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Select a person in the people list first.</source>
        <translation>Välj först en person i personlistan.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n grant(s), reaching {orgs} organisation(s) in all.</source>
        <translation>
            <numerusform>{name} har %n tilldelning, som sammanlagt når {orgs} organisation(er).</numerusform>
            <numerusform>{name} har %n tilldelningar, som sammanlagt når {orgs} organisation(er).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisations reached (the first %n shown):</source>
        <translation>
            <numerusform>Organisationer som nås (de första %n visas):</numerusform>
            <numerusform>Organisationer som nås (de första %n visas):</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisations reached:</source>
        <translation>Organisationer som nås:</translation>
    </message>
    <message>
        <source>At {org}, {name} may:</source>
        <translation>På {org} får {name}:</translation>
    </message>
    <message>
        <source>{name} has no access to {org}.</source>
        <translation>{name} har ingen åtkomst till {org}.</translation>
    </message>
    <message>
        <source>{role} here</source>
        <translation>{role} här</translation>
    </message>
    <message>
        <source>{role} at {org}</source>
        <translation>{role} på {org}</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) reach {org}.</source>
        <translation>
            <numerusform>%n tilldelning når {org}.</numerusform>
            <numerusform>%n tilldelningar når {org}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them may do this.</source>
        <translation>
            <numerusform>%n av dem får göra detta.</numerusform>
            <numerusform>%n av dem får göra detta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Account switcher</source>
        <translation>Kontoväxlare</translation>
    </message>
    <message>
        <source>Switch account (Ctrl+Shift+A)</source>
        <translation>Byt konto (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Inte inloggad</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Lägg till konto…</translation>
    </message>
    <message>
        <source>Sign out of this account</source>
        <translation>Logga ut från det här kontot</translation>
    </message>
    <message>
        <source>Organisations of this account</source>
        <translation>Organisationer för det här kontot</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alla organisationer</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>(not in this cache)</source>
        <translation>(finns inte i den här cachen)</translation>
    </message>
    <message>
        <source>%1, logged in by %2</source>
        <translation>%1, inloggad av %2</translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Search names, actions, values, addresses, devices… (Ctrl+F)</source>
        <translation>Sök bland namn, åtgärder, värden, adresser, enheter… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Sök i granskningsloggen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nyaste först</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Äldsta först</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Händelser i granskningsloggen</translation>
    </message>
    <message>
        <source>How many events match</source>
        <translation>Antal matchande händelser</translation>
    </message>
    <message>
        <source>Click to remove this filter</source>
        <translation>Klicka för att ta bort filtret</translation>
    </message>
    <message>
        <source>Everything I may review</source>
        <translation>Allt jag får se</translation>
    </message>
    <message>
        <source>{org} and below</source>
        <translation>{org} och längre ner</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln events (counting…)</source>
        <translation>
            <numerusform>Fler än %Ln händelse (räknar…)</numerusform>
            <numerusform>Fler än %Ln händelser (räknar…)</numerusform>
        </translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Inga händelser ännu.</translation>
    </message>
    <message>
        <source>No event matches.</source>
        <translation>Ingen händelse matchar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln händelse</numerusform>
            <numerusform>%Ln händelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Who: {name} ✕</source>
        <translation>Vem: {name} ✕</translation>
    </message>
    <message>
        <source>About: {name} ✕</source>
        <translation>Gäller: {name} ✕</translation>
    </message>
    <message>
        <source>Preparing the search: {done} of {total} events so far.</source>
        <translation>Förbereder sökningen: {done} av {total} händelser hittills.</translation>
    </message>
</context>
<context>
    <name>BillingWindow</name>
    <message>
        <source>Billing of {org}</source>
        <translation>Fakturering för {org}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Alla fakturor</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Obetalda</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Förfallna</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalda</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Markera som &amp;betald</translation>
    </message>
    <message>
        <source>Mark the invoice paid or unpaid</source>
        <translation>Markera fakturan som betald eller obetald</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Lines of the invoice</source>
        <translation>Fakturans rader</translation>
    </message>
    <message>
        <source>No invoice matches.</source>
        <translation>Ingen faktura matchar.</translation>
    </message>
    <message>
        <source>No invoices here or below yet.</source>
        <translation>Inga fakturor här eller längre ner ännu.</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Fakturor</translation>
    </message>
    <message>
        <source>Totals per organisation below</source>
        <translation>Summor per organisation längre ner</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summor</translation>
    </message>
    <message>
        <source>&amp;Totals up the tree</source>
        <translation>&amp;Summor uppåt i trädet</translation>
    </message>
    <message>
        <source>Invoiced {total}: paid {paid}, unpaid {open}, overdue {overdue}.</source>
        <translation>Fakturerat {total}: betalt {paid}, obetalt {open}, förfallet {overdue}.</translation>
    </message>
    <message>
        <source>No invoices here yet.</source>
        <translation>Inga fakturor här ännu.</translation>
    </message>
    <message>
        <source>Mark &amp;unpaid</source>
        <translation>Markera som &amp;obetald</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Changes the server did not take</source>
        <translation>Ändringar som servern inte tog emot</translation>
    </message>
    <message>
        <source>About the selected conflict</source>
        <translation>Om den valda konflikten</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behåll &amp;min</translation>
    </message>
    <message>
        <source>Send my version again, replacing theirs</source>
        <translation>Skicka min version igen och ersätt deras</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Ta &amp;deras</translation>
    </message>
    <message>
        <source>Drop my change and keep the server&apos;s version</source>
        <translation>Släng min ändring och behåll serverns version</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Write a version of my own, starting from both</source>
        <translation>Skriv en egen version utifrån båda</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Nothing to decide: the server took all your changes.</source>
        <translation>Inget att ta ställning till: servern tog emot alla dina ändringar.</translation>
    </message>
    <message>
        <source>{name} was changed on the server after you edited it. Keep your version, take theirs, or edit one that combines both.</source>
        <translation>{name} ändrades på servern efter att du redigerade den. Behåll din version, ta deras eller redigera en som förenar båda.</translation>
    </message>
    <message>
        <source>The server refused your change to {name}: {reason}</source>
        <translation>Servern avvisade din ändring av {name}: {reason}</translation>
    </message>
    <message>
        <source>Edit a version of your own</source>
        <translation>Redigera en egen version</translation>
    </message>
    <message>
        <source>Your changes are filled in over the server&apos;s version.</source>
        <translation>Dina ändringar är ifyllda ovanpå serverns version.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deras</translation>
    </message>
    <message>
        <source>(no longer visible to you)</source>
        <translation>(inte längre synlig för dig)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Starting the demo server…</source>
        <translation>Startar demoservern…</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Sync cancelled; it resumes where it stopped.</source>
        <translation>Synkroniseringen avbröts; den fortsätter där den slutade.</translation>
    </message>
    <message>
        <source>The server did not take some of your changes: see Conflicts.</source>
        <translation>Servern tog inte emot några av dina ändringar: se Konflikter.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>The selected customer</source>
        <translation>Den valda kunden</translation>
    </message>
    <message>
        <source>Select a customer to see it in full.</source>
        <translation>Välj en kund för att se den i sin helhet.</translation>
    </message>
    <message>
        <source>{plan}: {progress} % done</source>
        <translation>{plan}: {progress} % klart</translation>
    </message>
    <message>
        <source>Deal open</source>
        <translation>Affär öppen</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Affär vunnen</translation>
    </message>
    <message>
        <source>Created, in a trial until {day}</source>
        <translation>Skapad, i provperiod till {day}</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Affär förlorad</translation>
    </message>
    <message>
        <source>Subscribed: {product}</source>
        <translation>Prenumeration: {product}</translation>
    </message>
    <message>
        <source>Status: {before} → {after}</source>
        <translation>Status: {before} → {after}</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Kräver uppmärksamhet</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Subscription and licences</source>
        <translation>Abonnemang och licenser</translation>
    </message>
    <message>
        <source>{product}: {given} of {bought} given ({term})</source>
        <translation>{product}: {given} av {bought} tilldelade ({term})</translation>
    </message>
    <message>
        <source>renews {day}</source>
        <translation>förnyas {day}</translation>
    </message>
    <message>
        <source>Nothing subscribed.</source>
        <translation>Inga abonnemang.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statushistorik</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Inget registrerat ännu.</translation>
    </message>
    <message>
        <source>Deal notes</source>
        <translation>Anteckningar om affären</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Inga anteckningar ännu.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
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
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Activities (90 days)</source>
        <translation>Aktiviteter (90 dagar)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Kräver uppmärksamhet</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Trial ended {day}</source>
        <translation>Provperioden slutade {day}</translation>
    </message>
    <message numerus="yes">
        <source>Trial: %n day(s) left</source>
        <translation>
            <numerusform>Provperiod: %n dag kvar</numerusform>
            <numerusform>Provperiod: %n dagar kvar</numerusform>
        </translation>
    </message>
    <message>
        <source>Active, renews {day}</source>
        <translation>Aktiv, förnyas {day}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Subscribed since {day}</source>
        <translation>Prenumererar sedan {day}</translation>
    </message>
    <message>
        <source>renews {day}</source>
        <translation>förnyas {day}</translation>
    </message>
</context>
<context>
    <name>CustomersWindow</name>
    <message>
        <source>Customers of {org}</source>
        <translation>Kunder hos {org}</translation>
    </message>
    <message>
        <source>Customers by status</source>
        <translation>Kunder efter status</translation>
    </message>
    <message>
        <source>&amp;Needs attention</source>
        <translation>&amp;Kräver uppmärksamhet</translation>
    </message>
    <message>
        <source>Only customers needing attention</source>
        <translation>Bara kunder som kräver uppmärksamhet</translation>
    </message>
    <message>
        <source>Search names, contacts, plans, tags… (Ctrl+F)</source>
        <translation>Sök bland namn, kontakter, planer, taggar… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Sök bland kunderna</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Sparade vyer</translation>
    </message>
    <message>
        <source>Sa&amp;ve view…</source>
        <translation>&amp;Spara vy…</translation>
    </message>
    <message>
        <source>Save this view</source>
        <translation>Spara den här vyn</translation>
    </message>
    <message>
        <source>&amp;Forget view</source>
        <translation>&amp;Glöm vy</translation>
    </message>
    <message>
        <source>Forget the saved view</source>
        <translation>Glöm den sparade vyn</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportera CSV…</translation>
    </message>
    <message>
        <source>Export the customers shown as CSV</source>
        <translation>Exportera de visade kunderna som CSV</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>New c&amp;ustomer…</source>
        <translation>Ny k&amp;und…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Lägg till &amp;anteckning…</translation>
    </message>
    <message>
        <source>Mark deal &amp;won…</source>
        <translation>Markera affären som &amp;vunnen…</translation>
    </message>
    <message>
        <source>&amp;Switch into…</source>
        <translation>&amp;Byt till kunden…</translation>
    </message>
    <message>
        <source>Open the customer as its owner sees it, for a while (recorded)</source>
        <translation>Öppna kunden som ägaren ser den, en stund (registreras)</translation>
    </message>
    <message>
        <source>Bringing the list up to date…</source>
        <translation>Uppdaterar listan…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), up to date.</source>
        <translation>
            <numerusform>%n kund, listan är aktuell.</numerusform>
            <numerusform>%n kunder, listan är aktuell.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not bring the list up to date: {error}</source>
        <translation>Listan kunde inte uppdateras: {error}</translation>
    </message>
    <message numerus="yes">
        <source>All (%n)</source>
        <translation>
            <numerusform>Alla (%n)</numerusform>
            <numerusform>Alla (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trial (%n)</source>
        <translation>
            <numerusform>Provperiod (%n)</numerusform>
            <numerusform>Provperiod (%n)</numerusform>
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
            <numerusform>Stängd (%n)</numerusform>
            <numerusform>Stängd (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Ingen kund matchar.</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>Inga kunder ännu.</translation>
    </message>
    <message>
        <source>(no saved view)</source>
        <translation>(ingen sparad vy)</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Spara vy</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Vyns namn:</translation>
    </message>
    <message>
        <source>The customer is created; its trial has begun.</source>
        <translation>Kunden är skapad; provperioden har börjat.</translation>
    </message>
    <message>
        <source>The note is saved; it goes to the server with the next sync.</source>
        <translation>Anteckningen är sparad; den skickas till servern vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exportera kunder</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Trial ends</source>
        <translation>Provperioden slutar</translation>
    </message>
    <message>
        <source>Subscription started</source>
        <translation>Abonnemang startat</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Förnyas</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Kunde inte spara {path}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n customer(s) to {path}.</source>
        <translation>
            <numerusform>%n kund sparad i {path}.</numerusform>
            <numerusform>%n kunder sparade i {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetachQuestion</name>
    <message>
        <source>the organisation above it</source>
        <translation>organisationen ovanför</translation>
    </message>
    <message>
        <source>Detach sub-account</source>
        <translation>Koppla loss underkonto</translation>
    </message>
    <message>
        <source>Detach {name} from {hub}?</source>
        <translation>Koppla loss {name} från {hub}?</translation>
    </message>
    <message>
        <source>{name} becomes an independent organisation and keeps its people and data. {hub} loses access to it, and it leaves this console. Its owner carries on as before.</source>
        <translation>{name} blir en självständig organisation och behåller sina personer och data. {hub} förlorar åtkomsten till den, och den försvinner från den här konsolen. Dess ägare fortsätter som förut.</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Koppla loss</translation>
    </message>
    <message>
        <source>Detach the sub-account</source>
        <translation>Koppla loss underkontot</translation>
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
        <translation>Licens</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>Får</translation>
    </message>
    <message>
        <source>Loses</source>
        <translation>Förlorar</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <source>The selected event</source>
        <translation>Den valda händelsen</translation>
    </message>
    <message>
        <source>What the event changed</source>
        <translation>Vad händelsen ändrade</translation>
    </message>
    <message>
        <source>This event records no values.</source>
        <translation>Den här händelsen registrerar inga värden.</translation>
    </message>
    <message>
        <source>&amp;Actor&apos;s events</source>
        <translation>&amp;Aktörens händelser</translation>
    </message>
    <message>
        <source>Everything this person did (Ctrl+Shift+U)</source>
        <translation>Allt som den här personen har gjort (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>&amp;Target&apos;s history</source>
        <translation>Objektets &amp;historik</translation>
    </message>
    <message>
        <source>Everything that happened to this target (Ctrl+Shift+T)</source>
        <translation>Allt som har hänt med det här objektet (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>&amp;Organisation&apos;s log</source>
        <translation>&amp;Organisationens logg</translation>
    </message>
    <message>
        <source>Everything at this organisation and below it (Ctrl+Shift+O)</source>
        <translation>Allt i den här organisationen och längre ner (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Select an event to see it in full.</source>
        <translation>Välj en händelse för att se den i sin helhet.</translation>
    </message>
    <message>
        <source>By: {who}</source>
        <translation>Av: {who}</translation>
    </message>
    <message>
        <source>Logged in as this person: {who}</source>
        <translation>Inloggad som den här personen: {who}</translation>
    </message>
    <message>
        <source>At: {org}</source>
        <translation>Organisation: {org}</translation>
    </message>
    <message>
        <source>(not in this cache)</source>
        <translation>(finns inte i den här cachen)</translation>
    </message>
    <message>
        <source>About: {target} ({kind})</source>
        <translation>Gäller: {target} ({kind})</translation>
    </message>
    <message>
        <source>From: {ip} · {device}</source>
        <translation>Från: {ip} · {device}</translation>
    </message>
    <message>
        <source>unknown address</source>
        <translation>okänd adress</translation>
    </message>
    <message>
        <source>unknown device</source>
        <translation>okänd enhet</translation>
    </message>
    <message>
        <source>Event {seq} of its chain · hash {hash}</source>
        <translation>Händelse {seq} i sin kedja · hash {hash}</translation>
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
        <translation>E-post</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Tilldelad av</translation>
    </message>
    <message>
        <source>Rule: {name}</source>
        <translation>Regel: {name}</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuellt</translation>
    </message>
</context>
<context>
    <name>ImpersonationBanner</name>
    <message>
        <source>Logged in as someone else</source>
        <translation>Inloggad som någon annan</translation>
    </message>
    <message>
        <source>&amp;Return to my account</source>
        <translation>&amp;Tillbaka till mitt konto</translation>
    </message>
    <message>
        <source>Return to my account</source>
        <translation>Tillbaka till mitt konto</translation>
    </message>
    <message>
        <source>You are viewing {org} as {owner}. You are {real}: everything you do here is recorded with both names. This ends at {time} ({minutes} min left).</source>
        <translation>Du ser {org} som {owner}. Du är {real}: allt du gör här registreras med båda namnen. Detta slutar kl. {time} ({minutes} min kvar).</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a sub-account to {name}</source>
        <translation>Bjud in ett underkonto till {name}</translation>
    </message>
    <message>
        <source>They get a mail with a one-time link to set up the company&apos;s account.</source>
        <translation>De får ett mejl med en engångslänk för att upprätta företagets konto.</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>&amp;Kontaktperson</translation>
    </message>
    <message>
        <source>Com&amp;pany</source>
        <translation>&amp;Företag</translation>
    </message>
    <message>
        <source>&amp;Send invite</source>
        <translation>&amp;Skicka inbjudan</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>E-postadressen är ogiltig.</translation>
    </message>
    <message>
        <source>Name the contact person.</source>
        <translation>Ange kontaktpersonen.</translation>
    </message>
    <message>
        <source>Name the company.</source>
        <translation>Ange företaget.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Värdet är ogiltigt.</translation>
    </message>
</context>
<context>
    <name>InviteFileDialog</name>
    <message>
        <source>Invite from a file to {name}</source>
        <translation>Bjud in från en fil till {name}</translation>
    </message>
    <message>
        <source>Choose a CSV file whose first line names the columns email, contact person and company name, in any order. You see what will happen to each row before anything is sent.</source>
        <translation>Välj en CSV-fil vars första rad namnger kolumnerna e-post, kontaktperson och företagsnamn, i valfri ordning. Du ser vad som händer med varje rad innan något skickas.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Välj en CSV-fil</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filens rader</translation>
    </message>
    <message>
        <source>&amp;Send invites</source>
        <translation>&amp;Skicka inbjudningar</translation>
    </message>
    <message>
        <source>Send the invites</source>
        <translation>Skicka inbjudningarna</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- och textfiler (*.csv *.txt *.tsv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Filen kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>{name}: {encoding}, fields separated by {separator}</source>
        <translation>{name}: {encoding}, fält åtskilda av {separator}</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>kommatecken</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabbar</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>lodstreck</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>kontaktperson</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>företagsnamn</translation>
    </message>
    <message>
        <source>The first line must name the columns email, contact person and company name. Missing: {missing}.</source>
        <translation>Första raden måste namnge kolumnerna e-post, kontaktperson och företagsnamn. Saknas: {missing}.</translation>
    </message>
    <message>
        <source>The file is too large for an invite list (over 2 MB).</source>
        <translation>Filen är för stor för en inbjudningslista (över 2 MB).</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding is damaged.</source>
        <translation>Filens teckenkodning är skadad.</translation>
    </message>
    <message>
        <source>This is not a text file. Save the sheet as CSV and try again.</source>
        <translation>Det här är ingen textfil. Spara arket som CSV och försök igen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The first line names only one column. It must name the email, contact person and company name columns, separated by commas, semicolons or tabs.</source>
        <translation>Första raden namnger bara en kolumn. Den måste namnge kolumnerna e-post, kontaktperson och företagsnamn, åtskilda av kommatecken, semikolon eller tabbar.</translation>
    </message>
    <message>
        <source>The file has more than 5,000 rows; split it up.</source>
        <translation>Filen har fler än 5 000 rader; dela upp den.</translation>
    </message>
    <message>
        <source>The file is not valid CSV: {reason}</source>
        <translation>Filen är inte giltig CSV: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n invite(s) queued; they go out with the next sync.</source>
        <translation>
            <numerusform>%n inbjudan köad; den skickas vid nästa synkronisering.</numerusform>
            <numerusform>%n inbjudningar köade; de skickas vid nästa synkronisering.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be invited</source>
        <translation>
            <numerusform>%n rad bjuds in</numerusform>
            <numerusform>%n rader bjuds in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n avvisad</numerusform>
            <numerusform>%n avvisade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n invite(s)</source>
        <translation>
            <numerusform>&amp;Skicka %n inbjudan</numerusform>
            <numerusform>&amp;Skicka %n inbjudningar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteFileModel</name>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <source>Not queued: {reason}</source>
        <translation>Inte köad: {reason}</translation>
    </message>
    <message>
        <source>Queued: goes out with the next sync</source>
        <translation>Köad: skickas vid nästa synkronisering</translation>
    </message>
    <message>
        <source>Will be invited</source>
        <translation>Bjuds in</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>e-postadress</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>kontaktperson</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>företagsnamn</translation>
    </message>
    <message>
        <source>Refused: not a valid email address</source>
        <translation>Avvisad: ingen giltig e-postadress</translation>
    </message>
    <message>
        <source>Refused: the {field} is missing</source>
        <translation>Avvisad: {field} saknas</translation>
    </message>
    <message>
        <source>Refused: the {field} is too long</source>
        <translation>Avvisad: {field} är för lång</translation>
    </message>
    <message>
        <source>Refused: the {field} is not valid</source>
        <translation>Avvisad: {field} är ogiltig</translation>
    </message>
    <message>
        <source>Refused: the address is in the file twice (first on line {line})</source>
        <translation>Avvisad: adressen finns två gånger i filen (först på rad {line})</translation>
    </message>
    <message>
        <source>Refused: the address has an open invite already</source>
        <translation>Avvisad: adressen har redan en öppen inbjudan</translation>
    </message>
</context>
<context>
    <name>InvitesModel</name>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Senast skickad</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Går ut</translation>
    </message>
</context>
<context>
    <name>InvitesPane</name>
    <message>
        <source>Invites</source>
        <translation>Inbjudningar</translation>
    </message>
    <message>
        <source>Invites sent</source>
        <translation>Skickade inbjudningar</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Bjud in…</translation>
    </message>
    <message>
        <source>Invite a new sub-account by email (Ctrl+I)</source>
        <translation>Bjud in ett nytt underkonto via e-post (Ctrl+I)</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Från &amp;fil…</translation>
    </message>
    <message>
        <source>Invite many sub-accounts from a CSV file, with a dry run first</source>
        <translation>Bjud in många underkonton från en CSV-fil, med en provkörning först</translation>
    </message>
    <message>
        <source>Re&amp;send</source>
        <translation>Skicka &amp;igen</translation>
    </message>
    <message>
        <source>Send the invite again with a new link</source>
        <translation>Skicka inbjudan igen med en ny länk</translation>
    </message>
    <message>
        <source>Cancel in&amp;vite</source>
        <translation>Återkalla in&amp;bjudan</translation>
    </message>
    <message>
        <source>The link stops working; the sub-account is not set up</source>
        <translation>Länken slutar fungera; underkontot skapas inte</translation>
    </message>
    <message>
        <source>No invites yet: Invite… sends the first one.</source>
        <translation>Inga inbjudningar än: Bjud in… skickar den första.</translation>
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
        <translation>Fakturerad till</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Obetald</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Förfallen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Makulerad</translation>
    </message>
</context>
<context>
    <name>LicencesWindow</name>
    <message>
        <source>Licences of {org}</source>
        <translation>Licenser för {org}</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnemang</translation>
    </message>
    <message>
        <source>Who holds the licence</source>
        <translation>Vem som har licensen</translation>
    </message>
    <message>
        <source>&amp;Buy licences…</source>
        <translation>&amp;Köp licenser…</translation>
    </message>
    <message>
        <source>Buy licences</source>
        <translation>Köp licenser</translation>
    </message>
    <message>
        <source>&amp;Give licence…</source>
        <translation>&amp;Tilldela licens…</translation>
    </message>
    <message>
        <source>Give a licence</source>
        <translation>Tilldela en licens</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>Ta t&amp;illbaka</translation>
    </message>
    <message>
        <source>Take the licence back</source>
        <translation>Ta tillbaka licensen</translation>
    </message>
    <message>
        <source>No subscriptions here yet: licences are bought from the provider above.</source>
        <translation>Inga abonnemang här ännu: licenser köps hos leverantören längre upp.</translation>
    </message>
    <message>
        <source>&amp;Subscriptions</source>
        <translation>&amp;Abonnemang</translation>
    </message>
    <message>
        <source>Licence rules</source>
        <translation>Licensregler</translation>
    </message>
    <message>
        <source>&amp;New rule…</source>
        <translation>&amp;Ny regel…</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Ny regel</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Edit the rule</source>
        <translation>Redigera regeln</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <source>Delete the rule</source>
        <translation>Ta bort regeln</translation>
    </message>
    <message>
        <source>Rules run in order, each on what the ones before it did, when people or rules change and every hour.</source>
        <translation>Reglerna körs i ordning, var och en på resultatet av de föregående, när personer eller regler ändras och varje timme.</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>Re&amp;gler</translation>
    </message>
    <message>
        <source>Licences of {product} bought (now {bought}, {given} given):</source>
        <translation>Köpta licenser av {product} (nu {bought}, varav {given} tilldelade):</translation>
    </message>
    <message>
        <source>Everyone here holds this licence already.</source>
        <translation>Alla här har redan den här licensen.</translation>
    </message>
    <message>
        <source>Give {product} to:</source>
        <translation>Tilldela {product} till:</translation>
    </message>
    <message>
        <source>Delete licence rule</source>
        <translation>Ta bort licensregel</translation>
    </message>
    <message>
        <source>Delete the rule {name}? Licences it gave stay given; it gives and takes nothing more.</source>
        <translation>Ta bort regeln {name}? Licenser som den har tilldelat förblir tilldelade; den tilldelar inga fler och tar inte tillbaka några.</translation>
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
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
</context>
<context>
    <name>LogInAs</name>
    <message>
        <source>Log &amp;in as its owner…</source>
        <translation>Logga &amp;in som ägaren…</translation>
    </message>
    <message>
        <source>See and work in the selected sub-account as its owner does, for a while</source>
        <translation>Se och arbeta i det valda underkontot som ägaren gör, en stund</translation>
    </message>
    <message>
        <source>Log in as the owner</source>
        <translation>Logga in som ägaren</translation>
    </message>
    <message>
        <source>Open {org} as its owner sees it? For a limited time you see and act as the owner; everything you do is recorded with your name too.</source>
        <translation>Öppna {org} som ägaren ser det? Under en begränsad tid ser och agerar du som ägaren; allt du gör registreras även med ditt namn.</translation>
    </message>
</context>
<context>
    <name>LunchModel</name>
    <message>
        <source>Sub-account</source>
        <translation>Underkonto</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <source>Outgoing mail</source>
        <translation>Utgående e-post</translation>
    </message>
    <message>
        <source>Mail sent</source>
        <translation>Skickad e-post</translation>
    </message>
    <message>
        <source>Mail text</source>
        <translation>E-postens text</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Hämtar…</translation>
    </message>
    <message>
        <source>Mail the demo server sent; nothing left this computer.</source>
        <translation>E-post som demoservern skickade; inget lämnade den här datorn.</translation>
    </message>
    <message>
        <source>This server sends its mail over SMTP; it keeps no mailbox.</source>
        <translation>Den här servern skickar sin e-post via SMTP; den har ingen brevlåda.</translation>
    </message>
    <message>
        <source>To: {address}</source>
        <translation>Till: {address}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Ämne: {subject}</translation>
    </message>
</context>
<context>
    <name>MailboxModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
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
        <translation>Organisationsträd</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <source>Fetch the latest changes from the server (F5)</source>
        <translation>Hämta de senaste ändringarna från servern (F5)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Lägg till konto…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Logga ut</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Collapse tree</source>
        <translation>&amp;Fäll ihop trädet</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Redigera uppgifter…</translation>
    </message>
    <message>
        <source>&amp;Detach sub-account…</source>
        <translation>&amp;Koppla loss underkonto…</translation>
    </message>
    <message>
        <source>Make the selected sub-account an independent organisation</source>
        <translation>Gör det valda underkontot till en självständig organisation</translation>
    </message>
    <message>
        <source>&amp;Lunch and requests…</source>
        <translation>&amp;Lunch och beställningar…</translation>
    </message>
    <message>
        <source>The week&apos;s lunch orders and a report of service requests, for the selection</source>
        <translation>Veckans lunchbeställningar och en rapport över servicebeställningar för det valda</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>R&amp;oller…</translation>
    </message>
    <message>
        <source>The roles that can be given here; the role editor</source>
        <translation>De roller som kan tilldelas här; rollredigeraren</translation>
    </message>
    <message>
        <source>L&amp;icences…</source>
        <translation>&amp;Licenser…</translation>
    </message>
    <message>
        <source>Subscriptions, who holds which licence, and the licence rules</source>
        <translation>Abonnemang, vem som har vilken licens och licensreglerna</translation>
    </message>
    <message>
        <source>S&amp;hared resources…</source>
        <translation>&amp;Delade resurser…</translation>
    </message>
    <message>
        <source>Agents, channels and knowledge: this organisation&apos;s own and those inherited</source>
        <translation>Agenter, kanaler och kunskap: organisationens egna och de ärvda</translation>
    </message>
    <message>
        <source>&amp;Billing…</source>
        <translation>&amp;Fakturering…</translation>
    </message>
    <message>
        <source>Invoices here and below, their lines, and the totals rolled up the tree</source>
        <translation>Fakturor här och längre ner, deras rader och summorna uppåt i trädet</translation>
    </message>
    <message>
        <source>C&amp;ustomers…</source>
        <translation>K&amp;under…</translation>
    </message>
    <message>
        <source>A partner&apos;s customer accounts: status, plans, what needs attention</source>
        <translation>En partners kundkonton: status, planer, vad som kräver uppmärksamhet</translation>
    </message>
    <message>
        <source>E&amp;xport audit log…</source>
        <translation>E&amp;xportera granskningsloggen…</translation>
    </message>
    <message>
        <source>Save the audit log you may review, verified, as JSON Lines and CSV</source>
        <translation>Spara granskningsloggen du får se, verifierad, som JSON Lines och CSV</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Granskningslogg…</translation>
    </message>
    <message>
        <source>Every recorded change and sign-in you may review, searchable offline</source>
        <translation>Alla registrerade ändringar och inloggningar du får se, sökbara offline</translation>
    </message>
    <message>
        <source>Securit&amp;y…</source>
        <translation>&amp;Säkerhet…</translation>
    </message>
    <message>
        <source>2-step sign-in, and the consoles signed in as you</source>
        <translation>Tvåstegsverifiering och de konsoler som är inloggade som dig</translation>
    </message>
    <message>
        <source>Outgoing &amp;mail…</source>
        <translation>Utgående &amp;e-post…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikter…</translation>
    </message>
    <message>
        <source>Go to &amp;tree</source>
        <translation>Gå till &amp;trädet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>Not signed in. Choose File › Add account… to sign in.</source>
        <translation>Inte inloggad. Välj Arkiv › Lägg till konto… för att logga in.</translation>
    </message>
    <message>
        <source>Nothing to show yet: your organisations appear here after the first sync.</source>
        <translation>Inget att visa ännu: dina organisationer visas här efter den första synkroniseringen.</translation>
    </message>
    <message>
        <source>You may not change this organisation&apos;s details.</source>
        <translation>Du får inte ändra den här organisationens uppgifter.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Redigera {name}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>This organisation cannot be detached by you.</source>
        <translation>Du kan inte koppla loss den här organisationen.</translation>
    </message>
    <message>
        <source>{name} will be detached as soon as the server has the change.</source>
        <translation>{name} kopplas loss så snart servern har ändringen.</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exportera granskningsloggen</translation>
    </message>
    <message>
        <source>Audit export (*.jsonl)</source>
        <translation>Export av granskningslogg (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {jsonl} and {csv}; verified intact.</source>
        <translation>
            <numerusform>%n händelse sparad i {jsonl} och {csv}; verifierad som oförändrad.</numerusform>
            <numerusform>%n händelser sparade i {jsonl} och {csv}; verifierade som oförändrade.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit export is NOT intact: {fault}</source>
        <translation>Exporten av granskningsloggen är INTE oförändrad: {fault}</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Exporterar granskningsloggen…</translation>
    </message>
    <message>
        <source>Decide about the earlier change first (Conflicts).</source>
        <translation>Ta först ställning till den tidigare ändringen (Konflikter).</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Företagsnamn</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-e-post</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ingen ännu)</translation>
    </message>
    <message>
        <source>Trial days</source>
        <translation>Provperiod i dagar</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Företagsnamn:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Kontaktperson:</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>Kontakt-&amp;e-post:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Trial days:</source>
        <translation>Provperiod i &amp;dagar:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Ange en giltig e-postadress.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Ange företagets namn.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New service request</source>
        <translation>Ny servicebeställning</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;För</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Vad</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>&amp;How many</source>
        <translation>&amp;Antal</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Beställ</translation>
    </message>
    <message>
        <source>Say what is needed.</source>
        <translation>Skriv vad som behövs.</translation>
    </message>
    <message>
        <source>Check the entries: {problem}</source>
        <translation>Kontrollera uppgifterna: {problem}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on the deal with {name}</source>
        <translation>Anteckning om affären med {name}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>What was agreed, what is next…</source>
        <translation>Vad som avtalades, vad som är nästa steg…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Skriv anteckningen först.</translation>
    </message>
</context>
<context>
    <name>OrgDetailPane</name>
    <message>
        <source>Organisation details</source>
        <translation>Organisationsuppgifter</translation>
    </message>
    <message>
        <source>Select an organisation in the tree.</source>
        <translation>Välj en organisation i trädet.</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Redigera uppgifter…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Redigera uppgifter</translation>
    </message>
    <message>
        <source>Change the company and contact details (Ctrl+E)</source>
        <translation>Ändra företags- och kontaktuppgifter (Ctrl+E)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Juridiskt namn</translation>
    </message>
    <message>
        <source>VAT / CVR</source>
        <translation>Momsreg.nr / org.nr</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
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
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Notifications to</source>
        <translation>Aviseringar till</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnemang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startade</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Förnyas</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Sub-accounts</source>
        <translation>Underkonton</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Seats here</source>
        <translation>Platser här</translation>
    </message>
    <message>
        <source>Seats in subtree</source>
        <translation>Platser i underträdet</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Översta nivån</translation>
    </message>
    <message>
        <source>Lifecycle: {0}</source>
        <translation>Livscykel: {0}</translation>
    </message>
    <message>
        <source>{direct} direct · {total} in total</source>
        <translation>{direct} direkta · {total} totalt</translation>
    </message>
    <message>
        <source>{here} here · {total} in subtree</source>
        <translation>{here} här · {total} i underträdet</translation>
    </message>
    <message>
        <source>{b} billable · {f} free</source>
        <translation>{b} debiterade · {f} gratis</translation>
    </message>
    <message>
        <source>{names} (above, until it is set up)</source>
        <translation>{names} (ovanför, tills det är upprättat)</translation>
    </message>
    <message>
        <source>Changes not yet sent</source>
        <translation>Ändringar ännu inte skickade</translation>
    </message>
    <message>
        <source>Saved here; they go to the server as soon as it can be reached.</source>
        <translation>Sparat här; de skickas till servern så snart den kan nås.</translation>
    </message>
    <message>
        <source>Not taken by the server</source>
        <translation>Inte mottaget av servern</translation>
    </message>
    <message>
        <source>Decide what to keep in Conflicts.</source>
        <translation>Välj under Konflikter vad som ska behållas.</translation>
    </message>
    <message>
        <source>Trial ended {date}</source>
        <translation>Provperioden slutade {date}</translation>
    </message>
    <message numerus="yes">
        <source>Trial · %n day(s) left (ends {date})</source>
        <translation>
            <numerusform>Provperiod · %n dag kvar (slutar {date})</numerusform>
            <numerusform>Provperiod · %n dagar kvar (slutar {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>Active subscription</source>
        <translation>Aktivt abonnemang</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>No subscription</source>
        <translation>Inget abonnemang</translation>
    </message>
</context>
<context>
    <name>OrgEditDialog</name>
    <message>
        <source>Edit details</source>
        <translation>Redigera uppgifter</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>&amp;Juridiskt namn</translation>
    </message>
    <message>
        <source>&amp;VAT / CVR</source>
        <translation>&amp;Momsnummer</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adress</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postnummer</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Countr&amp;y (2 letters)</source>
        <translation>&amp;Land (2 bokstäver)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>&amp;Kontaktperson</translation>
    </message>
    <message>
        <source>Contact e&amp;mail</source>
        <translation>Kontakt-&amp;e-post</translation>
    </message>
    <message>
        <source>Allow members from &amp;other domains</source>
        <translation>Tillåt medlemmar från andra &amp;domäner</translation>
    </message>
    <message>
        <source>Without this, people are added only with an address in one of the organisation&apos;s verified domains.</source>
        <translation>Utan detta kan personer bara läggas till med en adress i någon av organisationens verifierade domäner.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Namnet får inte vara tomt.</translation>
    </message>
    <message>
        <source>The country is two capital letters, like DK or DE.</source>
        <translation>Landet är två versaler, t.ex. DK eller DE.</translation>
    </message>
    <message>
        <source>The contact email address is not valid.</source>
        <translation>Kontaktens e-postadress är ogiltig.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Värdet är ogiltigt.</translation>
    </message>
</context>
<context>
    <name>OrgSearchBox</name>
    <message>
        <source>Find an organisation…  (Ctrl+F)</source>
        <translation>Hitta en organisation…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find organisation</source>
        <translation>Hitta organisation</translation>
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
        <translation>Typ</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First sign-in</source>
        <translation>Första inloggning</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Senaste inloggning</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Debiterbar</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjuden</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Avstängd</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
</context>
<context>
    <name>PeoplePane</name>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Find a person by name or email…</source>
        <translation>Hitta en person efter namn eller e-post…</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Hitta en person</translation>
    </message>
    <message>
        <source>Members of the organisation</source>
        <translation>Organisationens medlemmar</translation>
    </message>
    <message>
        <source>Seat plan</source>
        <translation>Platsabonnemang</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Lägg till &amp;person…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Lägg till en person</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Ändra ro&amp;ll…</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Ändra rollen</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>Ta bort medlemmen</translation>
    </message>
    <message>
        <source>A&amp;ccess…</source>
        <translation>Åt&amp;komst…</translation>
    </message>
    <message>
        <source>Effective access</source>
        <translation>Effektiv åtkomst</translation>
    </message>
    <message>
        <source>Why can this person do that here? Who reaches this organisation?</source>
        <translation>Varför kan den här personen göra det här? Vem har åtkomst till den här organisationen?</translation>
    </message>
    <message>
        <source>No seat plan covers this organisation.</source>
        <translation>Inget platsabonnemang täcker den här organisationen.</translation>
    </message>
    <message>
        <source>{plan} (at {org}): {used} of {bought} bought seats in use</source>
        <translation>{plan} (på {org}): {used} av {bought} köpta platser används</translation>
    </message>
    <message numerus="yes">
        <source> · %n bought but unassigned</source>
        <translation>
            <numerusform> · %n köpt men inte tilldelad</numerusform>
            <numerusform> · %n köpta men inte tilldelade</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches the search.</source>
        <translation>Ingen matchar sökningen.</translation>
    </message>
    <message>
        <source>No members here yet.</source>
        <translation>Inga medlemmar här ännu.</translation>
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
        <translation>Löptid</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Köpta</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Tilldelade</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Inte tilldelade</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>Per månad</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Förnyas</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Årsvis</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månadsvis</translation>
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
        <translation>Via (roll @ där den tilldelats)</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <source>Service requests</source>
        <translation>Servicebeställningar</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Ny beställning…</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Ny beställning</translation>
    </message>
    <message>
        <source>Status of the selected request</source>
        <translation>Status för den valda beställningen</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>You may not order services here.</source>
        <translation>Du får inte beställa service här.</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Sub-account</source>
        <translation>Underkonto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Antal</translation>
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
        <translation>Lunch och beställningar — {name}</translation>
    </message>
    <message>
        <source>&amp;Lunch</source>
        <translation>&amp;Lunch</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>&amp;Beställningar</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Föregående vecka</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Denna vecka</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>&amp;Nästa vecka ▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denna vecka</translation>
    </message>
    <message>
        <source>Lunch orders per day and sub-account</source>
        <translation>Lunchbeställningar per dag och underkonto</translation>
    </message>
    <message>
        <source>Lunches ordered per day by each sub-account; cancelled orders are not counted.</source>
        <translation>Luncher beställda per dag av varje underkonto; avbokade beställningar räknas inte.</translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation>Vecka {number}: {first} – {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n lunch(es) this week</source>
        <translation>
            <numerusform>%n lunch denna vecka</numerusform>
            <numerusform>%n luncher denna vecka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-account(s) ordered</source>
        <translation>
            <numerusform>%n underkonto beställde</numerusform>
            <numerusform>%n underkonton beställde</numerusform>
        </translation>
    </message>
    <message>
        <source>Sub-account</source>
        <translation>Underkonto</translation>
    </message>
    <message>
        <source>All sub-accounts</source>
        <translation>Alla underkonton</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Su&amp;b-account:</source>
        <translation>&amp;Underkonto:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Requests per week, by kind</source>
        <translation>Beställningar per vecka, efter typ</translation>
    </message>
    <message>
        <source>W{number}</source>
        <translation>V{number}</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Beställningar</translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <source>New resource</source>
        <translation>Ny resurs</translation>
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
        <translation>Kunskapsbas</translation>
    </message>
    <message>
        <source>&amp;Share with every organisation below</source>
        <translation>&amp;Dela med alla organisationer längre ner</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Give the resource a name.</source>
        <translation>Ge resursen ett namn.</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>New role</source>
        <translation>Ny roll</translation>
    </message>
    <message>
        <source>Role {name}</source>
        <translation>Rollen {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivning</translation>
    </message>
    <message>
        <source>You do not hold this permission here yourself.</source>
        <translation>Du har inte själv den här behörigheten här.</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Behörigheter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>People with this role hold a billable seat.</source>
        <translation>Personer med den här rollen har en debiterbar plats.</translation>
    </message>
    <message>
        <source>People with this role hold a free seat.</source>
        <translation>Personer med den här rollen har en gratis plats.</translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation>Ge rollen ett namn.</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Välj minst en behörighet.</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles at {org}</source>
        <translation>Roller på {org}</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>&amp;Ny roll…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Ny roll</translation>
    </message>
    <message>
        <source>Edit the role</source>
        <translation>Redigera rollen</translation>
    </message>
    <message>
        <source>Delete the role</source>
        <translation>Ta bort rollen</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Ta bort roll</translation>
    </message>
    <message>
        <source>Delete the role {name}?</source>
        <translation>Ta bort rollen {name}?</translation>
    </message>
    <message>
        <source>A role that someone still holds cannot be deleted; change theirs first.</source>
        <translation>En roll som någon fortfarande har kan inte tas bort; ändra först deras roll.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Behörigheter</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Inbyggd</translation>
    </message>
    <message>
        <source>Custom, this organisation&apos;s</source>
        <translation>Anpassad, den här organisationens egen</translation>
    </message>
    <message>
        <source>Custom, from above</source>
        <translation>Anpassad, från högre upp</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Debiterbar</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
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
        <translation>Fakturerat</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Obetalt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Förfallet</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>New licence rule</source>
        <translation>Ny licensregel</translation>
    </message>
    <message>
        <source>Licence rule {name}</source>
        <translation>Licensregeln {name}</translation>
    </message>
    <message>
        <source>Members of a unit</source>
        <translation>Medlemmar i en organisationsenhet</translation>
    </message>
    <message>
        <source>Members of a group</source>
        <translation>Medlemmar i en grupp</translation>
    </message>
    <message>
        <source>No sign-in for a number of days</source>
        <translation>Ingen inloggning på ett antal dagar</translation>
    </message>
    <message>
        <source>First sign-in within a number of days</source>
        <translation>Första inloggning inom ett antal dagar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Ta tillbaka</translation>
    </message>
    <message>
        <source>Change to another licence</source>
        <translation>Byt till en annan licens</translation>
    </message>
    <message>
        <source>Rule is &amp;on</source>
        <translation>Regeln är &amp;aktiv</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Order (lower runs first)</source>
        <translation>&amp;Ordning (lägre körs först)</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Vem</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Organisations&amp;enhet</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>G&amp;rupp</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Dagar</translation>
    </message>
    <message>
        <source>&amp;Does</source>
        <translation>Åt&amp;gärd</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licens</translation>
    </message>
    <message>
        <source>Change &amp;to</source>
        <translation>Byt &amp;till</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Provkörning</translation>
    </message>
    <message>
        <source>What the rules would change</source>
        <translation>Vad reglerna skulle ändra</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Dry run: what this would change now</source>
        <translation>Provkörning: vad detta skulle ändra nu</translation>
    </message>
    <message>
        <source>This organisation has no subscriptions to give.</source>
        <translation>Den här organisationen har inga abonnemang att tilldela licenser från.</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Ge regeln ett namn.</translation>
    </message>
    <message>
        <source>A change goes to another licence.</source>
        <translation>Ett byte måste gå till en annan licens.</translation>
    </message>
    <message>
        <source>Check the rule: {problem}</source>
        <translation>Kontrollera regeln: {problem}</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>Order</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Åtgärd</translation>
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
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Security of {who}</source>
        <translation>Säkerhet för {who}</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>QR-kod för autentiseringsappen</translation>
    </message>
    <message>
        <source>Key for the authenticator app</source>
        <translation>Nyckel för autentiseringsappen</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-siffrig kod</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>Kod från autentiseringsappen</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ditt lösenord</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>2-step sign-in</source>
        <translation>Tvåstegsverifiering</translation>
    </message>
    <message>
        <source>Signed-in consoles</source>
        <translation>Inloggade konsoler</translation>
    </message>
    <message>
        <source>&amp;Sign out this one</source>
        <translation>&amp;Logga ut den här</translation>
    </message>
    <message>
        <source>Sign out the selected console</source>
        <translation>Logga ut den valda konsolen</translation>
    </message>
    <message>
        <source>Sign out all &amp;others</source>
        <translation>Logga ut alla an&amp;dra</translation>
    </message>
    <message>
        <source>Sign out every other console</source>
        <translation>Logga ut alla andra konsoler</translation>
    </message>
    <message>
        <source>These change at the server, at once, and are recorded in the audit log.</source>
        <translation>Ändringarna görs direkt på servern och registreras i granskningsloggen.</translation>
    </message>
    <message>
        <source>On: signing in asks for a code from your authenticator app.</source>
        <translation>Aktiverad: vid inloggning krävs en kod från din autentiseringsapp.</translation>
    </message>
    <message>
        <source>Turn &amp;off…</source>
        <translation>&amp;Inaktivera…</translation>
    </message>
    <message>
        <source>Off: signing in needs only your password.</source>
        <translation>Inaktiverad: vid inloggning krävs bara ditt lösenord.</translation>
    </message>
    <message>
        <source>Turn &amp;on…</source>
        <translation>A&amp;ktivera…</translation>
    </message>
    <message>
        <source>Turn 2-step sign-in &amp;off</source>
        <translation>&amp;Inaktivera tvåstegsverifiering</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Scan the code with your authenticator app, or enter this key:
{key}</source>
        <translation>Skanna koden med din autentiseringsapp eller ange den här nyckeln:
{key}</translation>
    </message>
    <message>
        <source>Turn 2-step sign-in &amp;on</source>
        <translation>A&amp;ktivera tvåstegsverifiering</translation>
    </message>
    <message>
        <source>Enter the 6 digits the app shows now.</source>
        <translation>Ange de 6 siffror som appen visar nu.</translation>
    </message>
    <message>
        <source>Enter your password as well.</source>
        <translation>Ange även ditt lösenord.</translation>
    </message>
    <message>
        <source>2-step sign-in is on.</source>
        <translation>Tvåstegsverifiering är aktiverad.</translation>
    </message>
    <message>
        <source>2-step sign-in is off.</source>
        <translation>Tvåstegsverifiering är inaktiverad.</translation>
    </message>
    <message>
        <source>Sign out all others</source>
        <translation>Logga ut alla andra</translation>
    </message>
    <message>
        <source>Sign out every other console signed in as you? This one stays signed in.</source>
        <translation>Vill du logga ut alla andra konsoler som är inloggade som dig? Den här konsolen förblir inloggad.</translation>
    </message>
    <message>
        <source>The code is wrong or was used already. Wait for a new one.</source>
        <translation>Koden är fel eller redan använd. Vänta på en ny.</translation>
    </message>
    <message>
        <source>The password or the code is wrong.</source>
        <translation>Lösenordet eller koden är fel.</translation>
    </message>
    <message>
        <source>While logged in as someone, their security cannot be changed.</source>
        <translation>När du är inloggad som någon annan kan den personens säkerhet inte ändras.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Console</source>
        <translation>Konsol</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inloggad</translation>
    </message>
    <message>
        <source>Unknown console</source>
        <translation>Okänd konsol</translation>
    </message>
    <message>
        <source>{device} (this console)</source>
        <translation>{device} (den här konsolen)</translation>
    </message>
</context>
<context>
    <name>SharedModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Shared down</source>
        <translation>Delas nedåt</translation>
    </message>
    <message>
        <source>Inherited from {org}: read-only here.</source>
        <translation>Ärvd från {org}: skrivskyddad här.</translation>
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
        <translation>Kunskapsbas</translation>
    </message>
    <message>
        <source>This organisation</source>
        <translation>Den här organisationen</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Ärvd</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>SharedWindow</name>
    <message>
        <source>Shared resources of {org}</source>
        <translation>Delade resurser för {org}</translation>
    </message>
    <message>
        <source>Shared resources</source>
        <translation>Delade resurser</translation>
    </message>
    <message>
        <source>Text of the resource</source>
        <translation>Resursens text</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Ny resurs</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Edit the resource</source>
        <translation>Redigera resursen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Delete the resource</source>
        <translation>Ta bort resursen</translation>
    </message>
    <message>
        <source>No agents, channels or knowledge-base entries here yet. New… makes one; those the organisations above share appear here too.</source>
        <translation>Inga agenter, kanaler eller kunskapsbasposter här ännu. Ny… skapar en; det som organisationerna längre upp delar visas också här.</translation>
    </message>
    <message>
        <source>Inherited from {org}: read-only here.</source>
        <translation>Ärvd från {org}: skrivskyddad här.</translation>
    </message>
    <message>
        <source>This organisation&apos;s own; shared with every organisation below.</source>
        <translation>Organisationens egen; delas med alla organisationer längre ner.</translation>
    </message>
    <message>
        <source>This organisation&apos;s own; not shared.</source>
        <translation>Organisationens egen; delas inte.</translation>
    </message>
    <message>
        <source>Delete resource</source>
        <translation>Ta bort resurs</translation>
    </message>
    <message>
        <source>Delete {name}? Organisations below lose it too.</source>
        <translation>Ta bort resursen {name}? Organisationerna längre ner förlorar den också.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to hubdesk</source>
        <translation>Logga in på hubdesk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <source>Demo sign-ins</source>
        <translation>Demoinloggningar</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>namn@foretag.se</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-siffrig kod</translation>
    </message>
    <message>
        <source>2-step verification code</source>
        <translation>Kod för tvåstegsverifiering</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Inloggningsfel</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Choose a demo sign-in…</source>
        <translation>Välj en demoinloggning…</translation>
    </message>
    <message>
        <source>&amp;Demo:</source>
        <translation>&amp;Demo:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>2-step &amp;code:</source>
        <translation>Tvåstegs&amp;kod:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Logga in</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Ange serverns adress.</translation>
    </message>
    <message>
        <source>Enter your email address, like name@company.com.</source>
        <translation>Ange din e-postadress, t.ex. namn@foretag.se.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Ange ditt lösenord.</translation>
    </message>
    <message>
        <source>The 2-step code has 6 digits.</source>
        <translation>Tvåstegskoden har 6 siffror.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Ange den 6-siffriga koden från din autentiseringsapp.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Inloggad som</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Senaste synkronisering</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synkroniseringsförlopp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Avbryt synkroniseringen</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Ändringar som väntar på att skickas</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Changes the server did not take (Ctrl+Shift+K)</source>
        <translation>Ändringar som servern inte tog emot (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Sign-in not remembered</source>
        <translation>Inloggningen sparas inte</translation>
    </message>
    <message>
        <source>Sign-in storage</source>
        <translation>Lagring av inloggning</translation>
    </message>
    <message>
        <source>Latest remark</source>
        <translation>Senaste meddelande</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Inte inloggad</translation>
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
        <translation>{person} på {server}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n ändring väntar på att skickas</numerusform>
            <numerusform>%n ändringar väntar på att skickas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Aldrig synkroniserad</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synkroniserad nyss</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Synkroniserad för %n minut sedan</numerusform>
            <numerusform>Synkroniserad för %n minuter sedan</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Synkroniserad {when}</translation>
    </message>
    <message>
        <source>{rows} rows · {rate}/s</source>
        <translation>{rows} rader · {rate}/s</translation>
    </message>
</context>
<context>
    <name>VerificationBar</name>
    <message>
        <source>Verification of the audit log</source>
        <translation>Verifiering av granskningsloggen</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>&amp;Verifiera nu</translation>
    </message>
    <message>
        <source>Verify the whole cached audit log now</source>
        <translation>Verifiera hela den cachade granskningsloggen nu</translation>
    </message>
    <message>
        <source>Recompute every hash, follow every chain, check every signature</source>
        <translation>Beräkna om alla hashvärden, följ alla kedjor, kontrollera alla signaturer</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Verifierar granskningsloggen…</translation>
    </message>
    <message>
        <source>Could not verify: {error}</source>
        <translation>Kunde inte verifiera: {error}</translation>
    </message>
    <message>
        <source>The audit log has not been verified yet.</source>
        <translation>Granskningsloggen har inte verifierats ännu.</translation>
    </message>
    <message>
        <source>Every hash of {n} events checks out, but no audit key was pinned for this account: the server&apos;s signatures cannot be checked.</source>
        <translation>Alla hashvärden för {n} händelser stämmer, men ingen granskningsnyckel har sparats för det här kontot: serverns signaturer kan inte kontrolleras.</translation>
    </message>
    <message>
        <source>Every hash of {n} events checks out; the server has signed no checkpoint for them yet.</source>
        <translation>Alla hashvärden för {n} händelser stämmer; servern har inte signerat någon kontrollpunkt för dem ännu.</translation>
    </message>
    <message>
        <source>Verified up to event {n}, signed at {time}.</source>
        <translation>Verifierad till och med händelse {n}, signerad {time}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln newer event(s) are chained and await the next checkpoint.</source>
        <translation>
            <numerusform>%Ln nyare händelse är kedjad och väntar på nästa kontrollpunkt.</numerusform>
            <numerusform>%Ln nyare händelser är kedjade och väntar på nästa kontrollpunkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>position {seq} of the log of {chain}</source>
        <translation>position {seq} i loggen för {chain}</translation>
    </message>
    <message>
        <source>The event at {where} was changed after it was recorded.</source>
        <translation>Händelsen vid {where} ändrades efter att den registrerades.</translation>
    </message>
    <message>
        <source>The log breaks at {where}: an event was removed, inserted or reordered.</source>
        <translation>Loggen bryts vid {where}: en händelse har tagits bort, lagts till eller flyttats.</translation>
    </message>
    <message>
        <source>{where} differs from what the server recorded there.</source>
        <translation>{where} skiljer sig från det som servern registrerade där.</translation>
    </message>
    <message>
        <source>{where} is missing from the cache (removed, or not synced yet), so the log cannot be verified up to its checkpoint.</source>
        <translation>{where} saknas i cachen (borttagen eller inte synkroniserad ännu), så loggen kan inte verifieras fram till sin kontrollpunkt.</translation>
    </message>
    <message>
        <source>The checkpoints are signed with another key than the one pinned at the first sign-in ({where}).</source>
        <translation>Kontrollpunkterna är signerade med en annan nyckel än den som sparades vid första inloggningen ({where}).</translation>
    </message>
    <message>
        <source>The checkpoint at {where} has a wrong signature.</source>
        <translation>Kontrollpunkten vid {where} har en felaktig signatur.</translation>
    </message>
    <message>
        <source>The log has another hash at {where} than was signed.</source>
        <translation>Loggen har ett annat hashvärde vid {where} än det som signerades.</translation>
    </message>
    <message>
        <source>The log fails at {where}.</source>
        <translation>Verifieringen av loggen misslyckas vid {where}.</translation>
    </message>
</context>
<context>
    <name>WhyModel</name>
    <message>
        <source>Permission</source>
        <translation>Behörighet</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given av</translation>
    </message>
</context>
<context>
    <name>WinDialog</name>
    <message>
        <source>Mark the deal with {name} won</source>
        <translation>Markera affären med {name} som vunnen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Antal:</translation>
    </message>
    <message>
        <source>The customer subscribes annually from today and becomes an active customer. You are recorded as the one who won the deal.</source>
        <translation>Kunden prenumererar årsvis från i dag och blir en aktiv kund. Du registreras som den som vann affären.</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>Markera som vunnen</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Signed in</source>
        <translation>Inloggad</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Inloggning misslyckades</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Utloggad</translation>
    </message>
    <message>
        <source>Stolen session refused</source>
        <translation>Stulen session avvisad</translation>
    </message>
    <message>
        <source>2-step sign-in turned on</source>
        <translation>Tvåstegsverifiering aktiverad</translation>
    </message>
    <message>
        <source>2-step sign-in turned off</source>
        <translation>Tvåstegsverifiering inaktiverad</translation>
    </message>
    <message>
        <source>Sessions signed out</source>
        <translation>Sessioner utloggade</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Granskningslogg exporterad</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Data exporterad</translation>
    </message>
    <message>
        <source>Logged in as (start)</source>
        <translation>Inloggad som (start)</translation>
    </message>
    <message>
        <source>Logged in as (end)</source>
        <translation>Inloggad som (slut)</translation>
    </message>
    <message>
        <source>Organisation created</source>
        <translation>Organisation skapad</translation>
    </message>
    <message>
        <source>Organisation changed</source>
        <translation>Organisation ändrad</translation>
    </message>
    <message>
        <source>Sub-account detached</source>
        <translation>Underkonto losskopplat</translation>
    </message>
    <message>
        <source>Client deleted</source>
        <translation>Kund borttagen</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Medlem tillagd</translation>
    </message>
    <message>
        <source>Member changed</source>
        <translation>Medlem ändrad</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Medlem borttagen</translation>
    </message>
    <message>
        <source>Person activated</source>
        <translation>Person aktiverad</translation>
    </message>
    <message>
        <source>Role created</source>
        <translation>Roll skapad</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Roll ändrad</translation>
    </message>
    <message>
        <source>Role deleted</source>
        <translation>Roll borttagen</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Inbjudan skickad</translation>
    </message>
    <message>
        <source>Invitation sent again</source>
        <translation>Inbjudan skickad igen</translation>
    </message>
    <message>
        <source>Invitation cancelled</source>
        <translation>Inbjudan återkallad</translation>
    </message>
    <message>
        <source>Invitation expired</source>
        <translation>Inbjudan utgången</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>Inbjudan accepterad</translation>
    </message>
    <message>
        <source>Onboarding completed</source>
        <translation>Introduktion slutförd</translation>
    </message>
    <message>
        <source>Licence given</source>
        <translation>Licens tilldelad</translation>
    </message>
    <message>
        <source>Licence taken back</source>
        <translation>Licens återtagen</translation>
    </message>
    <message>
        <source>Licence rule created</source>
        <translation>Licensregel skapad</translation>
    </message>
    <message>
        <source>Licence rule changed</source>
        <translation>Licensregel ändrad</translation>
    </message>
    <message>
        <source>Licence rule deleted</source>
        <translation>Licensregel borttagen</translation>
    </message>
    <message>
        <source>Subscription started</source>
        <translation>Abonnemang startat</translation>
    </message>
    <message>
        <source>Subscription changed</source>
        <translation>Abonnemang ändrat</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>Faktura utfärdad</translation>
    </message>
    <message>
        <source>Invoice changed</source>
        <translation>Faktura ändrad</translation>
    </message>
    <message>
        <source>Invoice paid</source>
        <translation>Faktura betald</translation>
    </message>
    <message>
        <source>Payment refunded</source>
        <translation>Betalning återbetald</translation>
    </message>
    <message>
        <source>Shared resource created</source>
        <translation>Delad resurs skapad</translation>
    </message>
    <message>
        <source>Shared resource changed</source>
        <translation>Delad resurs ändrad</translation>
    </message>
    <message>
        <source>Resource shared</source>
        <translation>Resurs delad</translation>
    </message>
    <message>
        <source>Shared resource deleted</source>
        <translation>Delad resurs borttagen</translation>
    </message>
    <message>
        <source>Request ordered</source>
        <translation>Beställning lagd</translation>
    </message>
    <message>
        <source>Request changed</source>
        <translation>Beställning ändrad</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Affär vunnen</translation>
    </message>
    <message>
        <source>Deal note added</source>
        <translation>Anteckning om affär tillagd</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>Uppgift slutförd</translation>
    </message>
    <message>
        <source>Sign-in and security</source>
        <translation>Inloggning och säkerhet</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Logging in as</source>
        <translation>Logga in som</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Inbjudningar</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <source>Licence rules</source>
        <translation>Licensregler</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnemang</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalningar</translation>
    </message>
    <message>
        <source>Shared resources</source>
        <translation>Delade resurser</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Servicebeställningar</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affärer</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Uppgifter</translation>
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
        <translation>Medlemskap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Inbjudan</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Licence rule</source>
        <translation>Licensregel</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnemang</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Shared resource</source>
        <translation>Delad resurs</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Servicebeställning</translation>
    </message>
</context>
<context>
    <name>customer_actions</name>
    <message>
        <source>Switch into the customer</source>
        <translation>Byt till kunden</translation>
    </message>
    <message>
        <source>Open {name} as its owner sees it? For a limited time you see and act as the owner; everything you do is recorded with your name too.</source>
        <translation>Öppna {name} som ägaren ser det? Under en begränsad tid ser och agerar du som ägaren; allt du gör registreras även med ditt namn.</translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message numerus="yes">
        <source>Trial ends in %n day(s)</source>
        <translation>
            <numerusform>Provperioden slutar om %n dag</numerusform>
            <numerusform>Provperioden slutar om %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews in %n day(s)</source>
        <translation>
            <numerusform>Förnyas om %n dag</numerusform>
            <numerusform>Förnyas om %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitation pending for %n day(s)</source>
        <translation>
            <numerusform>Inbjudan har väntat i %n dag</numerusform>
            <numerusform>Inbjudan har väntat i %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue invoice(s)</source>
        <translation>
            <numerusform>%n förfallen faktura</numerusform>
            <numerusform>%n förfallna fakturor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpaid invoice(s)</source>
        <translation>
            <numerusform>%n obetald faktura</numerusform>
            <numerusform>%n obetalda fakturor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) bought but not given</source>
        <translation>
            <numerusform>%n licens köpt men inte tilldelad</numerusform>
            <numerusform>%n licenser köpta men inte tilldelade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n day(s)</source>
        <translation>
            <numerusform>Ingen aktivitet på %n dag</numerusform>
            <numerusform>Ingen aktivitet på %n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The email or password is wrong.</source>
        <translation>E-postadressen eller lösenordet är fel.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Ange den 6-siffriga koden från din autentiseringsapp.</translation>
    </message>
    <message>
        <source>The 2-step code is wrong or was used already. Wait for a new one.</source>
        <translation>Tvåstegskoden är fel eller redan använd. Vänta på en ny.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in a few minutes.</source>
        <translation>För många misslyckade inloggningar. Försök igen om några minuter.</translation>
    </message>
    <message>
        <source>This account is not active.</source>
        <translation>Det här kontot är inte aktivt.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Din session har avslutats. Logga in igen.</translation>
    </message>
    <message>
        <source>Sign in again to use this account.</source>
        <translation>Logga in igen för att använda det här kontot.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and your connection.
{detail}</source>
        <translation>Servern kan inte nås. Kontrollera adressen och din anslutning.
{detail}</translation>
    </message>
    <message>
        <source>The server sent an answer the console cannot use; nothing was changed.
{detail}</source>
        <translation>Servern skickade ett svar som konsolen inte kan använda; inget ändrades.
{detail}</translation>
    </message>
    <message>
        <source>The server had a problem; nothing was changed. Try again later.
{detail}</source>
        <translation>Servern hade ett problem; inget ändrades. Försök igen senare.
{detail}</translation>
    </message>
    <message>
        <source>The server refused the request: {detail}</source>
        <translation>Servern avvisade begäran: {detail}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {detail}</source>
        <translation>Något oväntat gick fel: {detail}</translation>
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
        <translation>Avbryt</translation>
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
        <translation>Återförsäljare</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hubb</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Varumärke</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>Handlare</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Hyresgäst</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Affärsenhet</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjuden</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Introduktion</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Detached</source>
        <translation>Frikopplad</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Provperiod</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Prenumererar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Juridiskt namn</translation>
    </message>
    <message>
        <source>VAT / CVR</source>
        <translation>Momsreg.nr / org.nr</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
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
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-e-post</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepterad</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Återkallad</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Städning</translation>
    </message>
    <message>
        <source>Handyman</source>
        <translation>Fastighetsskötare</translation>
    </message>
    <message>
        <source>IT support</source>
        <translation>IT-support</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Mötesrum</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>See the organisation</source>
        <translation>Se organisationen</translation>
    </message>
    <message>
        <source>Change the organisation&apos;s details</source>
        <translation>Ändra organisationens uppgifter</translation>
    </message>
    <message>
        <source>Create sub-accounts</source>
        <translation>Skapa underkonton</translation>
    </message>
    <message>
        <source>Detach sub-accounts</source>
        <translation>Koppla loss underkonton</translation>
    </message>
    <message>
        <source>Invite sub-accounts</source>
        <translation>Bjuda in underkonton</translation>
    </message>
    <message>
        <source>Manage people</source>
        <translation>Hantera personer</translation>
    </message>
    <message>
        <source>Manage roles</source>
        <translation>Hantera roller</translation>
    </message>
    <message>
        <source>Log in as a sub-account&apos;s owner</source>
        <translation>Logga in som ägare av ett underkonto</translation>
    </message>
    <message>
        <source>Manage licences</source>
        <translation>Hantera licenser</translation>
    </message>
    <message>
        <source>See billing</source>
        <translation>Se fakturering</translation>
    </message>
    <message>
        <source>Manage billing</source>
        <translation>Hantera fakturering</translation>
    </message>
    <message>
        <source>See the audit log</source>
        <translation>Se granskningsloggen</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportera granskningsloggen</translation>
    </message>
    <message>
        <source>Manage shared resources</source>
        <translation>Hantera delade resurser</translation>
    </message>
    <message>
        <source>Create appointments</source>
        <translation>Skapa bokningar</translation>
    </message>
    <message>
        <source>Take payments</source>
        <translation>Ta emot betalningar</translation>
    </message>
    <message>
        <source>Manage customers</source>
        <translation>Hantera kunder</translation>
    </message>
    <message>
        <source>Order and handle requests</source>
        <translation>Lägga och hantera beställningar</translation>
    </message>
    <message>
        <source>See reports</source>
        <translation>Se rapporter</translation>
    </message>
</context>
<context>
    <name>licences</name>
    <message>
        <source>Members of {unit}</source>
        <translation>Medlemmar i {unit}</translation>
    </message>
    <message>
        <source>Group {group}</source>
        <translation>Gruppen {group}</translation>
    </message>
    <message numerus="yes">
        <source>No sign-in for %n day(s)</source>
        <translation>
            <numerusform>Ingen inloggning på %n dag</numerusform>
            <numerusform>Ingen inloggning på %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First sign-in within %n day(s)</source>
        <translation>
            <numerusform>Första inloggning inom %n dag</numerusform>
            <numerusform>Första inloggning inom %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Give {product}</source>
        <translation>Tilldela {product}</translation>
    </message>
    <message>
        <source>Take back {product}</source>
        <translation>Ta tillbaka {product}</translation>
    </message>
    <message>
        <source>Change {product} to {target}</source>
        <translation>Byt {product} mot {target}</translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) gained</source>
        <translation>
            <numerusform>%n licens tilldelas</numerusform>
            <numerusform>%n licenser tilldelas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) lost</source>
        <translation>
            <numerusform>%n licens tas tillbaka</numerusform>
            <numerusform>%n licenser tas tillbaka</numerusform>
        </translation>
    </message>
    <message>
        <source>+{amount} a month</source>
        <translation>+{amount} i månaden</translation>
    </message>
    <message>
        <source>−{amount} a month</source>
        <translation>−{amount} i månaden</translation>
    </message>
    <message>
        <source>the monthly bill stays the same</source>
        <translation>månadskostnaden är oförändrad</translation>
    </message>
    <message>
        <source>Not bought here, so not given: {products}.</source>
        <translation>Inte köpta här och därför inte tilldelade: {products}.</translation>
    </message>
    <message>
        <source>These rules never settle for: {people}. Change their order.</source>
        <translation>Reglerna stabiliseras aldrig för: {people}. Ändra reglernas ordning.</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <source>The seat stays billable; the price does not change.</source>
        <translation>Platsen förblir debiterbar; priset ändras inte.</translation>
    </message>
    <message>
        <source>The seat stays free.</source>
        <translation>Platsen förblir gratis.</translation>
    </message>
    <message>
        <source>The seat becomes free.</source>
        <translation>Platsen blir gratis.</translation>
    </message>
    <message>
        <source>The seat becomes free. {plan} keeps its {count} bought seats until it is changed; one of them is then unassigned.</source>
        <translation>Platsen blir gratis. {plan} behåller sina {count} köpta platser tills det ändras; en av dem blir då otilldelad.</translation>
    </message>
    <message>
        <source>The seat becomes billable. No seat plan applies here yet.</source>
        <translation>Platsen blir debiterbar. Inget platsabonnemang gäller här ännu.</translation>
    </message>
    <message>
        <source>The seat becomes billable. {plan} (at {org}) has a bought seat free for it: no extra cost.</source>
        <translation>Platsen blir debiterbar. {plan} (på {org}) har en köpt plats ledig för den: ingen extra kostnad.</translation>
    </message>
    <message>
        <source>The seat becomes billable: +{amount} a month ({plan}, at {org}).</source>
        <translation>Platsen blir debiterbar: +{amount} i månaden ({plan}, på {org}).</translation>
    </message>
    <message>
        <source>You may not manage the people of this organisation.</source>
        <translation>Du får inte hantera personerna i den här organisationen.</translation>
    </message>
    <message>
        <source>You cannot give a role with permissions you do not hold yourself.</source>
        <translation>Du kan inte ge en roll med behörigheter som du inte själv har.</translation>
    </message>
    <message>
        <source>This person holds permissions here that you do not; you cannot change or remove their membership.</source>
        <translation>Den här personen har behörigheter här som du inte har; du kan inte ändra eller ta bort personens medlemskap.</translation>
    </message>
    <message>
        <source>You cannot change your own role; ask another administrator.</source>
        <translation>Du kan inte ändra din egen roll; be en annan administratör.</translation>
    </message>
    <message>
        <source>This address is not in one of the organisation&apos;s verified domains, and its administrators have not allowed members from other domains.</source>
        <translation>Adressen finns inte i någon av organisationens verifierade domäner, och dess administratörer har inte tillåtit medlemmar från andra domäner.</translation>
    </message>
    <message>
        <source>Price effect</source>
        <translation>Påverkan på priset</translation>
    </message>
    <message>
        <source>Add a person to {org}</source>
        <translation>Lägg till en person i {org}</translation>
    </message>
    <message>
        <source>name@{domain}</source>
        <translation>namn@{domain}</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>namn@example.com</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Verified domains: {domains}. Other domains are allowed.</source>
        <translation>Verifierade domäner: {domains}. Andra domäner är tillåtna.</translation>
    </message>
    <message>
        <source>Verified domains: {domains}. Other domains are not allowed here.</source>
        <translation>Verifierade domäner: {domains}. Andra domäner är inte tillåtna här.</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Ange en giltig e-postadress.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Ange personens namn.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Välj en roll.</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Ändra rollen för {name}</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Remove from organisation</source>
        <translation>Ta bort från organisationen</translation>
    </message>
    <message>
        <source>Remove {name} from {org}?</source>
        <translation>Ta bort {name} från {org}?</translation>
    </message>
    <message>
        <source>They lose the access this membership gives. {price}</source>
        <translation>Personen förlorar den åtkomst som medlemskapet ger. {price}</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>Ta bort medlemmen</translation>
    </message>
</context>
</TS>
