<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AccessModel</name>
    <message>
        <source>Granted at</source>
        <translation>Tildelt i</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisations reached</source>
        <translation>Organisationer omfattet</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Member of {org}, above</source>
        <translation>Medlem af {org}, højere oppe</translation>
    </message>
    <message>
        <source>Member here</source>
        <translation>Medlem her</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Invited (grants nothing yet)</source>
        <translation>Inviteret (giver endnu ingen adgang)</translation>
    </message>
    <message>
        <source>Suspended (grants nothing)</source>
        <translation>Suspenderet (giver ingen adgang)</translation>
    </message>
</context>
<context>
    <name>AccessWindow</name>
    <message>
        <source>Effective access</source>
        <translation>Effektiv adgang</translation>
    </message>
    <message>
        <source>Grants of the person</source>
        <translation>Personens tildelinger</translation>
    </message>
    <message>
        <source>Organisations the person reaches</source>
        <translation>Organisationer, personen når</translation>
    </message>
    <message>
        <source>Permissions here and why</source>
        <translation>Rettigheder her og hvorfor</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Only people who may</source>
        <translation>Kun personer, der må</translation>
    </message>
    <message>
        <source>Everyone who reaches it</source>
        <translation>Alle med adgang hertil</translation>
    </message>
    <message>
        <source>&amp;Who may:</source>
        <translation>&amp;Hvem må:</translation>
    </message>
    <message>
        <source>People who reach the organisation</source>
        <translation>Personer med adgang til organisationen</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Select a person in the people list first.</source>
        <translation>Vælg først en person på personlisten.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n grant(s), reaching {orgs} organisation(s) in all.</source>
        <translation>
            <numerusform>{name} har %n tildeling med adgang til i alt {orgs} organisation(er).</numerusform>
            <numerusform>{name} har %n tildelinger med adgang til i alt {orgs} organisation(er).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisations reached (the first %n shown):</source>
        <translation>
            <numerusform>Organisationer, der nås (de første %n vises):</numerusform>
            <numerusform>Organisationer, der nås (de første %n vises):</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisations reached:</source>
        <translation>Organisationer, der nås:</translation>
    </message>
    <message>
        <source>At {org}, {name} may:</source>
        <translation>I {org} må {name}:</translation>
    </message>
    <message>
        <source>{name} has no access to {org}.</source>
        <translation>{name} har ingen adgang til {org}.</translation>
    </message>
    <message>
        <source>{role} here</source>
        <translation>{role} her</translation>
    </message>
    <message>
        <source>{role} at {org}</source>
        <translation>{role} i {org}</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) reach {org}.</source>
        <translation>
            <numerusform>%n tildeling giver adgang til {org}.</numerusform>
            <numerusform>%n tildelinger giver adgang til {org}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them may do this.</source>
        <translation>
            <numerusform>%n af dem må gøre dette.</numerusform>
            <numerusform>%n af dem må gøre dette.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Account switcher</source>
        <translation>Kontoskifter</translation>
    </message>
    <message>
        <source>Switch account (Ctrl+Shift+A)</source>
        <translation>Skift konto (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ikke logget ind</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Tilføj konto…</translation>
    </message>
    <message>
        <source>Sign out of this account</source>
        <translation>Log ud af denne konto</translation>
    </message>
    <message>
        <source>Organisations of this account</source>
        <translation>Organisationer på denne konto</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle organisationer</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Vedrører</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>(not in this cache)</source>
        <translation>(ikke i denne cache)</translation>
    </message>
    <message>
        <source>%1, logged in by %2</source>
        <translation>%1, logget ind af %2</translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <source>Audit log</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>Search names, actions, values, addresses, devices… (Ctrl+F)</source>
        <translation>Søg i navne, handlinger, værdier, adresser, enheder… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Søg i revisionsloggen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Rækkefølge</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nyeste først</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Ældste først</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Hændelser i revisionsloggen</translation>
    </message>
    <message>
        <source>How many events match</source>
        <translation>Antal matchende hændelser</translation>
    </message>
    <message>
        <source>Click to remove this filter</source>
        <translation>Klik for at fjerne dette filter</translation>
    </message>
    <message>
        <source>Everything I may review</source>
        <translation>Alt, hvad jeg må se</translation>
    </message>
    <message>
        <source>{org} and below</source>
        <translation>{org} og længere nede</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handlinger</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln events (counting…)</source>
        <translation>
            <numerusform>Mere end %Ln hændelse (tæller…)</numerusform>
            <numerusform>Mere end %Ln hændelser (tæller…)</numerusform>
        </translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Ingen hændelser endnu.</translation>
    </message>
    <message>
        <source>No event matches.</source>
        <translation>Ingen hændelse passer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln hændelse</numerusform>
            <numerusform>%Ln hændelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Who: {name} ✕</source>
        <translation>Hvem: {name} ✕</translation>
    </message>
    <message>
        <source>About: {name} ✕</source>
        <translation>Vedrører: {name} ✕</translation>
    </message>
    <message>
        <source>Preparing the search: {done} of {total} events so far.</source>
        <translation>Forbereder søgningen: {done} af {total} hændelser indtil videre.</translation>
    </message>
</context>
<context>
    <name>BillingWindow</name>
    <message>
        <source>Billing of {org}</source>
        <translation>Fakturering for {org}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Alle fakturaer</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Ubetalte</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfaldne</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalte</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Marker som &amp;betalt</translation>
    </message>
    <message>
        <source>Mark the invoice paid or unpaid</source>
        <translation>Marker fakturaen som betalt eller ubetalt</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <source>Lines of the invoice</source>
        <translation>Fakturaens linjer</translation>
    </message>
    <message>
        <source>No invoice matches.</source>
        <translation>Ingen faktura passer.</translation>
    </message>
    <message>
        <source>No invoices here or below yet.</source>
        <translation>Ingen fakturaer her eller længere nede endnu.</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Fakturaer</translation>
    </message>
    <message>
        <source>Totals per organisation below</source>
        <translation>Summer pr. organisation længere nede</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summer</translation>
    </message>
    <message>
        <source>&amp;Totals up the tree</source>
        <translation>&amp;Summer op gennem træet</translation>
    </message>
    <message>
        <source>Invoiced {total}: paid {paid}, unpaid {open}, overdue {overdue}.</source>
        <translation>Faktureret {total}: betalt {paid}, ubetalt {open}, forfaldent {overdue}.</translation>
    </message>
    <message>
        <source>No invoices here yet.</source>
        <translation>Ingen fakturaer her endnu.</translation>
    </message>
    <message>
        <source>Mark &amp;unpaid</source>
        <translation>Marker som &amp;ubetalt</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
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
        <translation>Ændringer serveren ikke tog imod</translation>
    </message>
    <message>
        <source>About the selected conflict</source>
        <translation>Om den valgte konflikt</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behold &amp;min</translation>
    </message>
    <message>
        <source>Send my version again, replacing theirs</source>
        <translation>Send min version igen, så den erstatter deres</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Tag &amp;deres</translation>
    </message>
    <message>
        <source>Drop my change and keep the server&apos;s version</source>
        <translation>Kassér min ændring og behold serverens version</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Write a version of my own, starting from both</source>
        <translation>Skriv min egen version ud fra begge</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Nothing to decide: the server took all your changes.</source>
        <translation>Intet at tage stilling til: serveren tog imod alle dine ændringer.</translation>
    </message>
    <message>
        <source>{name} was changed on the server after you edited it. Keep your version, take theirs, or edit one that combines both.</source>
        <translation>{name} blev ændret på serveren, efter du redigerede den. Behold din version, tag deres, eller rediger en, der forener begge.</translation>
    </message>
    <message>
        <source>The server refused your change to {name}: {reason}</source>
        <translation>Serveren afviste din ændring af {name}: {reason}</translation>
    </message>
    <message>
        <source>Edit a version of your own</source>
        <translation>Rediger din egen version</translation>
    </message>
    <message>
        <source>Your changes are filled in over the server&apos;s version.</source>
        <translation>Dine ændringer er udfyldt oven på serverens version.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deres</translation>
    </message>
    <message>
        <source>(no longer visible to you)</source>
        <translation>(ikke længere synlig for dig)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Starting the demo server…</source>
        <translation>Starter demoserveren…</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Sync cancelled; it resumes where it stopped.</source>
        <translation>Synkroniseringen er annulleret; den fortsætter, hvor den slap.</translation>
    </message>
    <message>
        <source>The server did not take some of your changes: see Conflicts.</source>
        <translation>Serveren tog ikke imod nogle af dine ændringer: se Konflikter.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>The selected customer</source>
        <translation>Den valgte kunde</translation>
    </message>
    <message>
        <source>Select a customer to see it in full.</source>
        <translation>Vælg en kunde for at se den i sin helhed.</translation>
    </message>
    <message>
        <source>{plan}: {progress} % done</source>
        <translation>{plan}: {progress} % færdig</translation>
    </message>
    <message>
        <source>Deal open</source>
        <translation>Salgsmulighed åben</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Salgsmulighed vundet</translation>
    </message>
    <message>
        <source>Created, in a trial until {day}</source>
        <translation>Oprettet, på prøve til {day}</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Salgsmulighed tabt</translation>
    </message>
    <message>
        <source>Subscribed: {product}</source>
        <translation>Abonnement: {product}</translation>
    </message>
    <message>
        <source>Status: {before} → {after}</source>
        <translation>Status: {before} → {after}</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Kræver opmærksomhed</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Subscription and licences</source>
        <translation>Abonnement og licenser</translation>
    </message>
    <message>
        <source>{product}: {given} of {bought} given ({term})</source>
        <translation>{product}: {given} af {bought} tildelt ({term})</translation>
    </message>
    <message>
        <source>renews {day}</source>
        <translation>fornyes {day}</translation>
    </message>
    <message>
        <source>Nothing subscribed.</source>
        <translation>Ingen abonnementer.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statushistorik</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Intet registreret endnu.</translation>
    </message>
    <message>
        <source>Deal notes</source>
        <translation>Noter til salgsmulighed</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Ingen noter endnu.</translation>
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
        <translation>Fremskridt</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Brugere</translation>
    </message>
    <message>
        <source>Activities (90 days)</source>
        <translation>Aktiviteter (90 dage)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Kræver opmærksomhed</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Trial ended {day}</source>
        <translation>Prøveperioden sluttede {day}</translation>
    </message>
    <message numerus="yes">
        <source>Trial: %n day(s) left</source>
        <translation>
            <numerusform>Prøveperiode: %n dag tilbage</numerusform>
            <numerusform>Prøveperiode: %n dage tilbage</numerusform>
        </translation>
    </message>
    <message>
        <source>Active, renews {day}</source>
        <translation>Aktiv, fornyes {day}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Subscribed since {day}</source>
        <translation>Abonnent siden {day}</translation>
    </message>
    <message>
        <source>renews {day}</source>
        <translation>fornyes {day}</translation>
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
        <translation>&amp;Kræver opmærksomhed</translation>
    </message>
    <message>
        <source>Only customers needing attention</source>
        <translation>Kun kunder, der kræver opmærksomhed</translation>
    </message>
    <message>
        <source>Search names, contacts, plans, tags… (Ctrl+F)</source>
        <translation>Søg i navne, kontakter, planer, tags… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Søg i kunderne</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gemte visninger</translation>
    </message>
    <message>
        <source>Sa&amp;ve view…</source>
        <translation>&amp;Gem visning…</translation>
    </message>
    <message>
        <source>Save this view</source>
        <translation>Gem denne visning</translation>
    </message>
    <message>
        <source>&amp;Forget view</source>
        <translation>G&amp;lem visning</translation>
    </message>
    <message>
        <source>Forget the saved view</source>
        <translation>Glem den gemte visning</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportér CSV…</translation>
    </message>
    <message>
        <source>Export the customers shown as CSV</source>
        <translation>Eksportér de viste kunder som CSV</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>New c&amp;ustomer…</source>
        <translation>Ny k&amp;unde…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Tilføj &amp;note…</translation>
    </message>
    <message>
        <source>Mark deal &amp;won…</source>
        <translation>Marker salgsmulighed som &amp;vundet…</translation>
    </message>
    <message>
        <source>&amp;Switch into…</source>
        <translation>&amp;Skift til kunden…</translation>
    </message>
    <message>
        <source>Open the customer as its owner sees it, for a while (recorded)</source>
        <translation>Åbn kunden, som ejeren ser den, i et stykke tid (registreres)</translation>
    </message>
    <message>
        <source>Bringing the list up to date…</source>
        <translation>Opdaterer listen…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), up to date.</source>
        <translation>
            <numerusform>%n kunde, listen er opdateret.</numerusform>
            <numerusform>%n kunder, listen er opdateret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not bring the list up to date: {error}</source>
        <translation>Listen kunne ikke opdateres: {error}</translation>
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
            <numerusform>Prøveperiode (%n)</numerusform>
            <numerusform>Prøveperiode (%n)</numerusform>
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
            <numerusform>Lukket (%n)</numerusform>
            <numerusform>Lukket (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Ingen kunde passer.</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>Ingen kunder endnu.</translation>
    </message>
    <message>
        <source>(no saved view)</source>
        <translation>(ingen gemt visning)</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Gem visning</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Visningens navn:</translation>
    </message>
    <message>
        <source>The customer is created; its trial has begun.</source>
        <translation>Kunden er oprettet; prøveperioden er begyndt.</translation>
    </message>
    <message>
        <source>The note is saved; it goes to the server with the next sync.</source>
        <translation>Noten er gemt; den sendes til serveren ved næste synkronisering.</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Eksportér kunder</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Trial ends</source>
        <translation>Prøveperioden slutter</translation>
    </message>
    <message>
        <source>Subscription started</source>
        <translation>Abonnement startet</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Fornyes</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Kunne ikke gemme {path}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n customer(s) to {path}.</source>
        <translation>
            <numerusform>%n kunde gemt i {path}.</numerusform>
            <numerusform>%n kunder gemt i {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetachQuestion</name>
    <message>
        <source>the organisation above it</source>
        <translation>organisationen over den</translation>
    </message>
    <message>
        <source>Detach sub-account</source>
        <translation>Frakobl underkonto</translation>
    </message>
    <message>
        <source>Detach {name} from {hub}?</source>
        <translation>Frakobl {name} fra {hub}?</translation>
    </message>
    <message>
        <source>{name} becomes an independent organisation and keeps its people and data. {hub} loses access to it, and it leaves this console. Its owner carries on as before.</source>
        <translation>{name} bliver en selvstændig organisation og beholder sine personer og data. {hub} mister adgangen til den, og den forsvinder fra denne konsol. Dens ejer fortsætter som hidtil.</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Frakobl</translation>
    </message>
    <message>
        <source>Detach the sub-account</source>
        <translation>Frakobl underkontoen</translation>
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
        <translation>Ændring</translation>
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
        <translation>Mister</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <source>The selected event</source>
        <translation>Den valgte hændelse</translation>
    </message>
    <message>
        <source>What the event changed</source>
        <translation>Hvad hændelsen ændrede</translation>
    </message>
    <message>
        <source>This event records no values.</source>
        <translation>Denne hændelse registrerer ingen værdier.</translation>
    </message>
    <message>
        <source>&amp;Actor&apos;s events</source>
        <translation>&amp;Aktørens hændelser</translation>
    </message>
    <message>
        <source>Everything this person did (Ctrl+Shift+U)</source>
        <translation>Alt, hvad denne person har gjort (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>&amp;Target&apos;s history</source>
        <translation>&amp;Historik for objektet</translation>
    </message>
    <message>
        <source>Everything that happened to this target (Ctrl+Shift+T)</source>
        <translation>Alt, hvad der er sket med dette objekt (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>&amp;Organisation&apos;s log</source>
        <translation>&amp;Organisationens log</translation>
    </message>
    <message>
        <source>Everything at this organisation and below it (Ctrl+Shift+O)</source>
        <translation>Alt i denne organisation og længere nede (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Select an event to see it in full.</source>
        <translation>Vælg en hændelse for at se den i sin helhed.</translation>
    </message>
    <message>
        <source>By: {who}</source>
        <translation>Af: {who}</translation>
    </message>
    <message>
        <source>Logged in as this person: {who}</source>
        <translation>Logget ind som denne person: {who}</translation>
    </message>
    <message>
        <source>At: {org}</source>
        <translation>Organisation: {org}</translation>
    </message>
    <message>
        <source>(not in this cache)</source>
        <translation>(ikke i denne cache)</translation>
    </message>
    <message>
        <source>About: {target} ({kind})</source>
        <translation>Vedrører: {target} ({kind})</translation>
    </message>
    <message>
        <source>From: {ip} · {device}</source>
        <translation>Fra: {ip} · {device}</translation>
    </message>
    <message>
        <source>unknown address</source>
        <translation>ukendt adresse</translation>
    </message>
    <message>
        <source>unknown device</source>
        <translation>ukendt enhed</translation>
    </message>
    <message>
        <source>Event {seq} of its chain · hash {hash}</source>
        <translation>Hændelse {seq} i sin kæde · hash {hash}</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Tildelt af</translation>
    </message>
    <message>
        <source>Rule: {name}</source>
        <translation>Regel: {name}</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuelt</translation>
    </message>
</context>
<context>
    <name>ImpersonationBanner</name>
    <message>
        <source>Logged in as someone else</source>
        <translation>Logget ind som en anden</translation>
    </message>
    <message>
        <source>&amp;Return to my account</source>
        <translation>&amp;Tilbage til min konto</translation>
    </message>
    <message>
        <source>Return to my account</source>
        <translation>Tilbage til min konto</translation>
    </message>
    <message>
        <source>You are viewing {org} as {owner}. You are {real}: everything you do here is recorded with both names. This ends at {time} ({minutes} min left).</source>
        <translation>Du ser {org} som {owner}. Du er {real}: alt, hvad du gør her, registreres med begge navne. Dette slutter kl. {time} ({minutes} min tilbage).</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a sub-account to {name}</source>
        <translation>Invitér en underkonto til {name}</translation>
    </message>
    <message>
        <source>They get a mail with a one-time link to set up the company&apos;s account.</source>
        <translation>De får en mail med et engangslink til at oprette virksomhedens konto.</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>&amp;Kontaktperson</translation>
    </message>
    <message>
        <source>Com&amp;pany</source>
        <translation>&amp;Virksomhed</translation>
    </message>
    <message>
        <source>&amp;Send invite</source>
        <translation>&amp;Send invitation</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>E-mailadressen er ikke gyldig.</translation>
    </message>
    <message>
        <source>Name the contact person.</source>
        <translation>Angiv kontaktpersonen.</translation>
    </message>
    <message>
        <source>Name the company.</source>
        <translation>Angiv virksomheden.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Værdien er ikke gyldig.</translation>
    </message>
</context>
<context>
    <name>InviteFileDialog</name>
    <message>
        <source>Invite from a file to {name}</source>
        <translation>Invitér fra en fil til {name}</translation>
    </message>
    <message>
        <source>Choose a CSV file whose first line names the columns email, contact person and company name, in any order. You see what will happen to each row before anything is sent.</source>
        <translation>Vælg en CSV-fil, hvis første linje navngiver kolonnerne e-mail, kontaktperson og firmanavn i vilkårlig rækkefølge. Du ser, hvad der sker med hver række, før noget sendes.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Vælg fil…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Vælg en CSV-fil</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filens rækker</translation>
    </message>
    <message>
        <source>&amp;Send invites</source>
        <translation>&amp;Send invitationer</translation>
    </message>
    <message>
        <source>Send the invites</source>
        <translation>Send invitationerne</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- og tekstfiler (*.csv *.txt *.tsv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Filen kan ikke læses: {reason}</translation>
    </message>
    <message>
        <source>{name}: {encoding}, fields separated by {separator}</source>
        <translation>{name}: {encoding}, felter adskilt af {separator}</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>kommaer</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semikoloner</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulatorer</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>lodrette streger</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>kontaktperson</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>firmanavn</translation>
    </message>
    <message>
        <source>The first line must name the columns email, contact person and company name. Missing: {missing}.</source>
        <translation>Første linje skal navngive kolonnerne e-mail, kontaktperson og firmanavn. Mangler: {missing}.</translation>
    </message>
    <message>
        <source>The file is too large for an invite list (over 2 MB).</source>
        <translation>Filen er for stor til en invitationsliste (over 2 MB).</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding is damaged.</source>
        <translation>Filens tegnkodning er beskadiget.</translation>
    </message>
    <message>
        <source>This is not a text file. Save the sheet as CSV and try again.</source>
        <translation>Dette er ikke en tekstfil. Gem arket som CSV, og prøv igen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>The first line names only one column. It must name the email, contact person and company name columns, separated by commas, semicolons or tabs.</source>
        <translation>Første linje navngiver kun én kolonne. Den skal navngive kolonnerne e-mail, kontaktperson og firmanavn, adskilt af kommaer, semikoloner eller tabulatorer.</translation>
    </message>
    <message>
        <source>The file has more than 5,000 rows; split it up.</source>
        <translation>Filen har mere end 5.000 rækker; del den op.</translation>
    </message>
    <message>
        <source>The file is not valid CSV: {reason}</source>
        <translation>Filen er ikke gyldig CSV: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n invite(s) queued; they go out with the next sync.</source>
        <translation>
            <numerusform>%n invitation sat i kø; den sendes ved næste synkronisering.</numerusform>
            <numerusform>%n invitationer sat i kø; de sendes ved næste synkronisering.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be invited</source>
        <translation>
            <numerusform>%n række bliver inviteret</numerusform>
            <numerusform>%n rækker bliver inviteret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n afvist</numerusform>
            <numerusform>%n afvist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n invite(s)</source>
        <translation>
            <numerusform>&amp;Send %n invitation</numerusform>
            <numerusform>&amp;Send %n invitationer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteFileModel</name>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Hvad der sker</translation>
    </message>
    <message>
        <source>Not queued: {reason}</source>
        <translation>Ikke sat i kø: {reason}</translation>
    </message>
    <message>
        <source>Queued: goes out with the next sync</source>
        <translation>Sat i kø: sendes ved næste synkronisering</translation>
    </message>
    <message>
        <source>Will be invited</source>
        <translation>Bliver inviteret</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>e-mailadresse</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>kontaktperson</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>firmanavn</translation>
    </message>
    <message>
        <source>Refused: not a valid email address</source>
        <translation>Afvist: ikke en gyldig e-mailadresse</translation>
    </message>
    <message>
        <source>Refused: the {field} is missing</source>
        <translation>Afvist: {field} mangler</translation>
    </message>
    <message>
        <source>Refused: the {field} is too long</source>
        <translation>Afvist: {field} er for lang</translation>
    </message>
    <message>
        <source>Refused: the {field} is not valid</source>
        <translation>Afvist: {field} er ikke gyldig</translation>
    </message>
    <message>
        <source>Refused: the address is in the file twice (first on line {line})</source>
        <translation>Afvist: adressen står to gange i filen (første gang på linje {line})</translation>
    </message>
    <message>
        <source>Refused: the address has an open invite already</source>
        <translation>Afvist: adressen har allerede en åben invitation</translation>
    </message>
</context>
<context>
    <name>InvitesModel</name>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Senest sendt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
</context>
<context>
    <name>InvitesPane</name>
    <message>
        <source>Invites</source>
        <translation>Invitationer</translation>
    </message>
    <message>
        <source>Invites sent</source>
        <translation>Sendte invitationer</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Invitér…</translation>
    </message>
    <message>
        <source>Invite a new sub-account by email (Ctrl+I)</source>
        <translation>Invitér en ny underkonto via e-mail (Ctrl+I)</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Fra &amp;fil…</translation>
    </message>
    <message>
        <source>Invite many sub-accounts from a CSV file, with a dry run first</source>
        <translation>Invitér mange underkonti fra en CSV-fil, med en prøvekørsel først</translation>
    </message>
    <message>
        <source>Re&amp;send</source>
        <translation>Send &amp;igen</translation>
    </message>
    <message>
        <source>Send the invite again with a new link</source>
        <translation>Send invitationen igen med et nyt link</translation>
    </message>
    <message>
        <source>Cancel in&amp;vite</source>
        <translation>Annullér in&amp;vitation</translation>
    </message>
    <message>
        <source>The link stops working; the sub-account is not set up</source>
        <translation>Linket holder op med at virke; underkontoen oprettes ikke</translation>
    </message>
    <message>
        <source>No invites yet: Invite… sends the first one.</source>
        <translation>Ingen invitationer endnu: Invitér… sender den første.</translation>
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
        <translation>Faktureret til</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfaldsdato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Ubetalt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalden</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulleret</translation>
    </message>
</context>
<context>
    <name>LicencesWindow</name>
    <message>
        <source>Licences of {org}</source>
        <translation>Licenser i {org}</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnementer</translation>
    </message>
    <message>
        <source>Who holds the licence</source>
        <translation>Hvem har licensen</translation>
    </message>
    <message>
        <source>&amp;Buy licences…</source>
        <translation>&amp;Køb licenser…</translation>
    </message>
    <message>
        <source>Buy licences</source>
        <translation>Køb licenser</translation>
    </message>
    <message>
        <source>&amp;Give licence…</source>
        <translation>&amp;Tildel licens…</translation>
    </message>
    <message>
        <source>Give a licence</source>
        <translation>Tildel en licens</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>Ta&amp;g tilbage</translation>
    </message>
    <message>
        <source>Take the licence back</source>
        <translation>Tag licensen tilbage</translation>
    </message>
    <message>
        <source>No subscriptions here yet: licences are bought from the provider above.</source>
        <translation>Ingen abonnementer her endnu: licenser købes hos leverandøren længere oppe.</translation>
    </message>
    <message>
        <source>&amp;Subscriptions</source>
        <translation>&amp;Abonnementer</translation>
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
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Edit the rule</source>
        <translation>Rediger reglen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <source>Delete the rule</source>
        <translation>Slet reglen</translation>
    </message>
    <message>
        <source>Rules run in order, each on what the ones before it did, when people or rules change and every hour.</source>
        <translation>Reglerne kører i rækkefølge, hver på resultatet af de foregående, når personer eller regler ændres, og hver time.</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>Reg&amp;ler</translation>
    </message>
    <message>
        <source>Licences of {product} bought (now {bought}, {given} given):</source>
        <translation>Købte licenser til {product} (nu {bought}, heraf {given} tildelt):</translation>
    </message>
    <message>
        <source>Everyone here holds this licence already.</source>
        <translation>Alle her har allerede denne licens.</translation>
    </message>
    <message>
        <source>Give {product} to:</source>
        <translation>Tildel {product} til:</translation>
    </message>
    <message>
        <source>Delete licence rule</source>
        <translation>Slet licensregel</translation>
    </message>
    <message>
        <source>Delete the rule {name}? Licences it gave stay given; it gives and takes nothing more.</source>
        <translation>Slet reglen {name}? Licenser, den har tildelt, forbliver tildelt; den tildeler og fratager ikke flere.</translation>
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
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Enhedspris</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
</context>
<context>
    <name>LogInAs</name>
    <message>
        <source>Log &amp;in as its owner…</source>
        <translation>Log &amp;ind som ejeren…</translation>
    </message>
    <message>
        <source>See and work in the selected sub-account as its owner does, for a while</source>
        <translation>Se og arbejd i den valgte underkonto, som ejeren gør, i et stykke tid</translation>
    </message>
    <message>
        <source>Log in as the owner</source>
        <translation>Log ind som ejeren</translation>
    </message>
    <message>
        <source>Open {org} as its owner sees it? For a limited time you see and act as the owner; everything you do is recorded with your name too.</source>
        <translation>Åbn {org}, som ejeren ser den? I en begrænset tid ser og handler du som ejeren; alt, hvad du gør, registreres også med dit navn.</translation>
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
        <translation>Uge</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <source>Outgoing mail</source>
        <translation>Udgående post</translation>
    </message>
    <message>
        <source>Mail sent</source>
        <translation>Sendt post</translation>
    </message>
    <message>
        <source>Mail text</source>
        <translation>Brevets tekst</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Henter…</translation>
    </message>
    <message>
        <source>Mail the demo server sent; nothing left this computer.</source>
        <translation>Post, som demoserveren sendte; intet forlod denne computer.</translation>
    </message>
    <message>
        <source>This server sends its mail over SMTP; it keeps no mailbox.</source>
        <translation>Denne server sender sin post via SMTP; den har ingen postkasse.</translation>
    </message>
    <message>
        <source>To: {address}</source>
        <translation>Til: {address}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Emne: {subject}</translation>
    </message>
</context>
<context>
    <name>MailboxModel</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
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
        <translation>Organisationstræ</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisér nu</translation>
    </message>
    <message>
        <source>Fetch the latest changes from the server (F5)</source>
        <translation>Hent de seneste ændringer fra serveren (F5)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Tilføj konto…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Log ud</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Collapse tree</source>
        <translation>&amp;Fold træet sammen</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Rediger oplysninger…</translation>
    </message>
    <message>
        <source>&amp;Detach sub-account…</source>
        <translation>&amp;Frakobl underkonto…</translation>
    </message>
    <message>
        <source>Make the selected sub-account an independent organisation</source>
        <translation>Gør den valgte underkonto til en selvstændig organisation</translation>
    </message>
    <message>
        <source>&amp;Lunch and requests…</source>
        <translation>&amp;Frokost og bestillinger…</translation>
    </message>
    <message>
        <source>The week&apos;s lunch orders and a report of service requests, for the selection</source>
        <translation>Ugens frokostbestillinger og en rapport over servicebestillinger for det valgte</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>R&amp;oller…</translation>
    </message>
    <message>
        <source>The roles that can be given here; the role editor</source>
        <translation>De roller, der kan tildeles her; rolleeditoren</translation>
    </message>
    <message>
        <source>L&amp;icences…</source>
        <translation>&amp;Licenser…</translation>
    </message>
    <message>
        <source>Subscriptions, who holds which licence, and the licence rules</source>
        <translation>Abonnementer, hvem der har hvilken licens, og licensreglerne</translation>
    </message>
    <message>
        <source>S&amp;hared resources…</source>
        <translation>Fælle&amp;s ressourcer…</translation>
    </message>
    <message>
        <source>Agents, channels and knowledge: this organisation&apos;s own and those inherited</source>
        <translation>Agenter, kanaler og viden: organisationens egne og de nedarvede</translation>
    </message>
    <message>
        <source>&amp;Billing…</source>
        <translation>Fa&amp;kturering…</translation>
    </message>
    <message>
        <source>Invoices here and below, their lines, and the totals rolled up the tree</source>
        <translation>Fakturaer her og længere nede, deres linjer og summerne op gennem træet</translation>
    </message>
    <message>
        <source>C&amp;ustomers…</source>
        <translation>K&amp;under…</translation>
    </message>
    <message>
        <source>A partner&apos;s customer accounts: status, plans, what needs attention</source>
        <translation>En partners kundekonti: status, planer, hvad der kræver opmærksomhed</translation>
    </message>
    <message>
        <source>E&amp;xport audit log…</source>
        <translation>E&amp;ksportér revisionsloggen…</translation>
    </message>
    <message>
        <source>Save the audit log you may review, verified, as JSON Lines and CSV</source>
        <translation>Gem den revisionslog, du må se, verificeret, som JSON Lines og CSV</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Revisionslog…</translation>
    </message>
    <message>
        <source>Every recorded change and sign-in you may review, searchable offline</source>
        <translation>Alle registrerede ændringer og login, du må se, søgbare offline</translation>
    </message>
    <message>
        <source>Securit&amp;y…</source>
        <translation>&amp;Sikkerhed…</translation>
    </message>
    <message>
        <source>2-step sign-in, and the consoles signed in as you</source>
        <translation>Totrinsbekræftelse og de konsoller, der er logget ind som dig</translation>
    </message>
    <message>
        <source>Outgoing &amp;mail…</source>
        <translation>Udgående &amp;post…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikter…</translation>
    </message>
    <message>
        <source>Go to &amp;tree</source>
        <translation>Gå til &amp;træet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>Not signed in. Choose File › Add account… to sign in.</source>
        <translation>Ikke logget ind. Vælg Filer › Tilføj konto… for at logge ind.</translation>
    </message>
    <message>
        <source>Nothing to show yet: your organisations appear here after the first sync.</source>
        <translation>Intet at vise endnu: dine organisationer vises her efter første synkronisering.</translation>
    </message>
    <message>
        <source>You may not change this organisation&apos;s details.</source>
        <translation>Du må ikke ændre denne organisations oplysninger.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Rediger {name}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>This organisation cannot be detached by you.</source>
        <translation>Du kan ikke frakoble denne organisation.</translation>
    </message>
    <message>
        <source>{name} will be detached as soon as the server has the change.</source>
        <translation>{name} frakobles, så snart serveren har ændringen.</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Eksportér revisionsloggen</translation>
    </message>
    <message>
        <source>Audit export (*.jsonl)</source>
        <translation>Revisionslog-eksport (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {jsonl} and {csv}; verified intact.</source>
        <translation>
            <numerusform>%n hændelse gemt i {jsonl} og {csv}; verificeret uændret.</numerusform>
            <numerusform>%n hændelser gemt i {jsonl} og {csv}; verificeret uændret.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit export is NOT intact: {fault}</source>
        <translation>Revisionslog-eksporten er IKKE uændret: {fault}</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Eksporterer revisionsloggen…</translation>
    </message>
    <message>
        <source>Decide about the earlier change first (Conflicts).</source>
        <translation>Tag først stilling til den tidligere ændring (Konflikter).</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmanavn</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-e-mail</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ingen endnu)</translation>
    </message>
    <message>
        <source>Trial days</source>
        <translation>Prøveperiode i dage</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Firmanavn:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Kontaktperson:</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>Kontakt-&amp;e-mail:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Trial days:</source>
        <translation>Prøveperiode i &amp;dage:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Indtast en gyldig e-mailadresse.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Indtast virksomhedens navn.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New service request</source>
        <translation>Ny servicebestilling</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Hvad</translation>
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
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Bestil</translation>
    </message>
    <message>
        <source>Say what is needed.</source>
        <translation>Skriv, hvad der er brug for.</translation>
    </message>
    <message>
        <source>Check the entries: {problem}</source>
        <translation>Tjek indtastningerne: {problem}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on the deal with {name}</source>
        <translation>Note til salgsmuligheden med {name}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What was agreed, what is next…</source>
        <translation>Hvad blev aftalt, hvad er næste skridt…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tilføj note</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Skriv først noten.</translation>
    </message>
</context>
<context>
    <name>OrgDetailPane</name>
    <message>
        <source>Organisation details</source>
        <translation>Organisationsdetaljer</translation>
    </message>
    <message>
        <source>Select an organisation in the tree.</source>
        <translation>Vælg en organisation i træet.</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Rediger oplysninger…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Rediger oplysninger</translation>
    </message>
    <message>
        <source>Change the company and contact details (Ctrl+E)</source>
        <translation>Ændr virksomheds- og kontaktoplysninger (Ctrl+E)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Juridisk navn</translation>
    </message>
    <message>
        <source>VAT / CVR</source>
        <translation>CVR / moms-nr.</translation>
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
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notifications to</source>
        <translation>Notifikationer til</translation>
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
        <translation>Startet</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Fornyes</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Sub-accounts</source>
        <translation>Underkonti</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Seats here</source>
        <translation>Pladser her</translation>
    </message>
    <message>
        <source>Seats in subtree</source>
        <translation>Pladser i undertræet</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Øverste niveau</translation>
    </message>
    <message>
        <source>Lifecycle: {0}</source>
        <translation>Livscyklus: {0}</translation>
    </message>
    <message>
        <source>{direct} direct · {total} in total</source>
        <translation>{direct} direkte · {total} i alt</translation>
    </message>
    <message>
        <source>{here} here · {total} in subtree</source>
        <translation>{here} her · {total} i undertræet</translation>
    </message>
    <message>
        <source>{b} billable · {f} free</source>
        <translation>{b} betalende · {f} gratis</translation>
    </message>
    <message>
        <source>{names} (above, until it is set up)</source>
        <translation>{names} (ovenfor, indtil den er oprettet)</translation>
    </message>
    <message>
        <source>Changes not yet sent</source>
        <translation>Ændringer ikke sendt endnu</translation>
    </message>
    <message>
        <source>Saved here; they go to the server as soon as it can be reached.</source>
        <translation>Gemt her; de sendes til serveren, så snart den kan nås.</translation>
    </message>
    <message>
        <source>Not taken by the server</source>
        <translation>Ikke taget imod af serveren</translation>
    </message>
    <message>
        <source>Decide what to keep in Conflicts.</source>
        <translation>Vælg under Konflikter, hvad der skal beholdes.</translation>
    </message>
    <message>
        <source>Trial ended {date}</source>
        <translation>Prøveperioden sluttede {date}</translation>
    </message>
    <message numerus="yes">
        <source>Trial · %n day(s) left (ends {date})</source>
        <translation>
            <numerusform>Prøveperiode · %n dag tilbage (slutter {date})</numerusform>
            <numerusform>Prøveperiode · %n dage tilbage (slutter {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>Active subscription</source>
        <translation>Aktivt abonnement</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>No subscription</source>
        <translation>Intet abonnement</translation>
    </message>
</context>
<context>
    <name>OrgEditDialog</name>
    <message>
        <source>Edit details</source>
        <translation>Rediger oplysninger</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>&amp;Juridisk navn</translation>
    </message>
    <message>
        <source>&amp;VAT / CVR</source>
        <translation>&amp;CVR / moms</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postnummer</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <source>Countr&amp;y (2 letters)</source>
        <translation>&amp;Land (2 bogstaver)</translation>
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
        <translation>Kontakt-&amp;e-mail</translation>
    </message>
    <message>
        <source>Allow members from &amp;other domains</source>
        <translation>Tillad medlemmer fra andre &amp;domæner</translation>
    </message>
    <message>
        <source>Without this, people are added only with an address in one of the organisation&apos;s verified domains.</source>
        <translation>Uden dette kan personer kun tilføjes med en adresse i et af organisationens verificerede domæner.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Navnet må ikke være tomt.</translation>
    </message>
    <message>
        <source>The country is two capital letters, like DK or DE.</source>
        <translation>Landet er to store bogstaver, fx DK eller DE.</translation>
    </message>
    <message>
        <source>The contact email address is not valid.</source>
        <translation>Kontaktens e-mailadresse er ikke gyldig.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Værdien er ikke gyldig.</translation>
    </message>
</context>
<context>
    <name>OrgSearchBox</name>
    <message>
        <source>Find an organisation…  (Ctrl+F)</source>
        <translation>Find en organisation…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find organisation</source>
        <translation>Find organisation</translation>
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
        <translation>Type</translation>
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
        <translation>Navn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Plads</translation>
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
        <translation>Første login</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Seneste login</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Betalt</translation>
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
        <translation>Inviteret</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspenderet</translation>
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
        <translation>Find en person efter navn eller e-mail…</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Find en person</translation>
    </message>
    <message>
        <source>Members of the organisation</source>
        <translation>Organisationens medlemmer</translation>
    </message>
    <message>
        <source>Seat plan</source>
        <translation>Pladsabonnement</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Tilføj &amp;person…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Tilføj en person</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Skift rolle…</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Skift rollen</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Fj&amp;ern…</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>Fjern medlemmet</translation>
    </message>
    <message>
        <source>A&amp;ccess…</source>
        <translation>&amp;Adgang…</translation>
    </message>
    <message>
        <source>Effective access</source>
        <translation>Effektiv adgang</translation>
    </message>
    <message>
        <source>Why can this person do that here? Who reaches this organisation?</source>
        <translation>Hvorfor kan denne person gøre det her? Hvem har adgang til denne organisation?</translation>
    </message>
    <message>
        <source>No seat plan covers this organisation.</source>
        <translation>Intet pladsabonnement dækker denne organisation.</translation>
    </message>
    <message>
        <source>{plan} (at {org}): {used} of {bought} bought seats in use</source>
        <translation>{plan} (i {org}): {used} af {bought} købte pladser i brug</translation>
    </message>
    <message numerus="yes">
        <source> · %n bought but unassigned</source>
        <translation>
            <numerusform> · %n købt, men ikke tildelt</numerusform>
            <numerusform> · %n købt, men ikke tildelt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches the search.</source>
        <translation>Ingen matcher søgningen.</translation>
    </message>
    <message>
        <source>No members here yet.</source>
        <translation>Ingen medlemmer her endnu.</translation>
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
        <translation>Løbetid</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Købt</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>Pr. måned</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Fornyes</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Årlig</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månedlig</translation>
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
        <translation>Via (rolle @ hvor den er tildelt)</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <source>Service requests</source>
        <translation>Servicebestillinger</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Ny bestilling…</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Ny bestilling</translation>
    </message>
    <message>
        <source>Status of the selected request</source>
        <translation>Status for den valgte bestilling</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>You may not order services here.</source>
        <translation>Du må ikke bestille service her.</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
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
        <translation>Frokost og bestillinger — {name}</translation>
    </message>
    <message>
        <source>&amp;Lunch</source>
        <translation>&amp;Frokost</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>&amp;Bestillinger</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Forrige uge</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Denne uge</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>&amp;Næste uge ▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denne uge</translation>
    </message>
    <message>
        <source>Lunch orders per day and sub-account</source>
        <translation>Frokostbestillinger pr. dag og underkonto</translation>
    </message>
    <message>
        <source>Lunches ordered per day by each sub-account; cancelled orders are not counted.</source>
        <translation>Frokoster bestilt pr. dag af hver underkonto; aflyste bestillinger tælles ikke med.</translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation>Uge {number}: {first} – {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n lunch(es) this week</source>
        <translation>
            <numerusform>%n frokost denne uge</numerusform>
            <numerusform>%n frokoster denne uge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-account(s) ordered</source>
        <translation>
            <numerusform>%n underkonto bestilte</numerusform>
            <numerusform>%n underkonti bestilte</numerusform>
        </translation>
    </message>
    <message>
        <source>Sub-account</source>
        <translation>Underkonto</translation>
    </message>
    <message>
        <source>All sub-accounts</source>
        <translation>Alle underkonti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statusser</translation>
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
        <translation>Bestillinger pr. uge, efter type</translation>
    </message>
    <message>
        <source>W{number}</source>
        <translation>U{number}</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Bestillinger</translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <source>New resource</source>
        <translation>Ny ressource</translation>
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
        <translation>Vidensbase</translation>
    </message>
    <message>
        <source>&amp;Share with every organisation below</source>
        <translation>&amp;Del med alle organisationer længere nede</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;kst</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Give the resource a name.</source>
        <translation>Giv ressourcen et navn.</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>New role</source>
        <translation>Ny rolle</translation>
    </message>
    <message>
        <source>Role {name}</source>
        <translation>Rollen {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <source>You do not hold this permission here yourself.</source>
        <translation>Du har ikke selv denne rettighed her.</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Rettigheder</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>People with this role hold a billable seat.</source>
        <translation>Personer med denne rolle har en betalt plads.</translation>
    </message>
    <message>
        <source>People with this role hold a free seat.</source>
        <translation>Personer med denne rolle har en gratis plads.</translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation>Giv rollen et navn.</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Vælg mindst én rettighed.</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles at {org}</source>
        <translation>Roller i {org}</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>&amp;Ny rolle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Ny rolle</translation>
    </message>
    <message>
        <source>Edit the role</source>
        <translation>Rediger rollen</translation>
    </message>
    <message>
        <source>Delete the role</source>
        <translation>Slet rollen</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Slet rolle</translation>
    </message>
    <message>
        <source>Delete the role {name}?</source>
        <translation>Slet rollen {name}?</translation>
    </message>
    <message>
        <source>A role that someone still holds cannot be deleted; change theirs first.</source>
        <translation>En rolle, som nogen stadig har, kan ikke slettes; skift først deres rolle.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Plads</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Rettigheder</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Indbygget</translation>
    </message>
    <message>
        <source>Custom, this organisation&apos;s</source>
        <translation>Tilpasset, denne organisations egen</translation>
    </message>
    <message>
        <source>Custom, from above</source>
        <translation>Tilpasset, fra højere oppe</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Betalt</translation>
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
        <translation>Faktureret</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Ubetalt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfaldent</translation>
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
        <translation>Licensreglen {name}</translation>
    </message>
    <message>
        <source>Members of a unit</source>
        <translation>Medlemmer af en organisationsenhed</translation>
    </message>
    <message>
        <source>Members of a group</source>
        <translation>Medlemmer af en gruppe</translation>
    </message>
    <message>
        <source>No sign-in for a number of days</source>
        <translation>Intet login i et antal dage</translation>
    </message>
    <message>
        <source>First sign-in within a number of days</source>
        <translation>Første login inden for et antal dage</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>Tildel</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Tag tilbage</translation>
    </message>
    <message>
        <source>Change to another licence</source>
        <translation>Skift til en anden licens</translation>
    </message>
    <message>
        <source>Rule is &amp;on</source>
        <translation>Reglen er &amp;aktiv</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Order (lower runs first)</source>
        <translation>&amp;Rækkefølge (lavere kører først)</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Hvem</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Organisations&amp;enhed</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>Gr&amp;uppe</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Dage</translation>
    </message>
    <message>
        <source>&amp;Does</source>
        <translation>Hand&amp;ling</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>L&amp;icens</translation>
    </message>
    <message>
        <source>Change &amp;to</source>
        <translation>Skift &amp;til</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Prøvekørsel</translation>
    </message>
    <message>
        <source>What the rules would change</source>
        <translation>Hvad reglerne ville ændre</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Dry run: what this would change now</source>
        <translation>Prøvekørsel: hvad dette ville ændre nu</translation>
    </message>
    <message>
        <source>This organisation has no subscriptions to give.</source>
        <translation>Denne organisation har ingen abonnementer at tildele fra.</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Giv reglen et navn.</translation>
    </message>
    <message>
        <source>A change goes to another licence.</source>
        <translation>Et skift skal være til en anden licens.</translation>
    </message>
    <message>
        <source>Check the rule: {problem}</source>
        <translation>Kontrollér reglen: {problem}</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>Order</source>
        <translation>Rækkefølge</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Handling</translation>
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
        <translation>Sikkerhed for {who}</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>QR-kode til godkendelsesappen</translation>
    </message>
    <message>
        <source>Key for the authenticator app</source>
        <translation>Nøgle til godkendelsesappen</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-cifret kode</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>Kode fra godkendelsesappen</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Din adgangskode</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>2-step sign-in</source>
        <translation>Totrinsbekræftelse</translation>
    </message>
    <message>
        <source>Signed-in consoles</source>
        <translation>Konsoller, der er logget ind</translation>
    </message>
    <message>
        <source>&amp;Sign out this one</source>
        <translation>&amp;Log denne ud</translation>
    </message>
    <message>
        <source>Sign out the selected console</source>
        <translation>Log den valgte konsol ud</translation>
    </message>
    <message>
        <source>Sign out all &amp;others</source>
        <translation>Log alle an&amp;dre ud</translation>
    </message>
    <message>
        <source>Sign out every other console</source>
        <translation>Log alle andre konsoller ud</translation>
    </message>
    <message>
        <source>These change at the server, at once, and are recorded in the audit log.</source>
        <translation>Ændringerne sker straks på serveren og registreres i revisionsloggen.</translation>
    </message>
    <message>
        <source>On: signing in asks for a code from your authenticator app.</source>
        <translation>Til: login kræver en kode fra din godkendelsesapp.</translation>
    </message>
    <message>
        <source>Turn &amp;off…</source>
        <translation>Slå &amp;fra…</translation>
    </message>
    <message>
        <source>Off: signing in needs only your password.</source>
        <translation>Fra: login kræver kun din adgangskode.</translation>
    </message>
    <message>
        <source>Turn &amp;on…</source>
        <translation>Slå &amp;til…</translation>
    </message>
    <message>
        <source>Turn 2-step sign-in &amp;off</source>
        <translation>Slå totrinsbekræftelse &amp;fra</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annullér</translation>
    </message>
    <message>
        <source>Scan the code with your authenticator app, or enter this key:
{key}</source>
        <translation>Scan koden med din godkendelsesapp, eller indtast denne nøgle:
{key}</translation>
    </message>
    <message>
        <source>Turn 2-step sign-in &amp;on</source>
        <translation>Slå totrinsbekræftelse &amp;til</translation>
    </message>
    <message>
        <source>Enter the 6 digits the app shows now.</source>
        <translation>Indtast de 6 cifre, som appen viser nu.</translation>
    </message>
    <message>
        <source>Enter your password as well.</source>
        <translation>Indtast også din adgangskode.</translation>
    </message>
    <message>
        <source>2-step sign-in is on.</source>
        <translation>Totrinsbekræftelse er slået til.</translation>
    </message>
    <message>
        <source>2-step sign-in is off.</source>
        <translation>Totrinsbekræftelse er slået fra.</translation>
    </message>
    <message>
        <source>Sign out all others</source>
        <translation>Log alle andre ud</translation>
    </message>
    <message>
        <source>Sign out every other console signed in as you? This one stays signed in.</source>
        <translation>Vil du logge alle andre konsoller, der er logget ind som dig, ud? Denne konsol forbliver logget ind.</translation>
    </message>
    <message>
        <source>The code is wrong or was used already. Wait for a new one.</source>
        <translation>Koden er forkert eller allerede brugt. Vent på en ny.</translation>
    </message>
    <message>
        <source>The password or the code is wrong.</source>
        <translation>Adgangskoden eller koden er forkert.</translation>
    </message>
    <message>
        <source>While logged in as someone, their security cannot be changed.</source>
        <translation>Når du er logget ind som en anden, kan vedkommendes sikkerhed ikke ændres.</translation>
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
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Logget ind</translation>
    </message>
    <message>
        <source>Unknown console</source>
        <translation>Ukendt konsol</translation>
    </message>
    <message>
        <source>{device} (this console)</source>
        <translation>{device} (denne konsol)</translation>
    </message>
</context>
<context>
    <name>SharedModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Shared down</source>
        <translation>Delt nedad</translation>
    </message>
    <message>
        <source>Inherited from {org}: read-only here.</source>
        <translation>Nedarvet fra {org}: skrivebeskyttet her.</translation>
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
        <translation>Vidensbase</translation>
    </message>
    <message>
        <source>This organisation</source>
        <translation>Denne organisation</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Nedarvet</translation>
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
        <translation>Fælles ressourcer i {org}</translation>
    </message>
    <message>
        <source>Shared resources</source>
        <translation>Fælles ressourcer</translation>
    </message>
    <message>
        <source>Text of the resource</source>
        <translation>Ressourcens tekst</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Ny ressource</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Edit the resource</source>
        <translation>Rediger ressourcen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <source>Delete the resource</source>
        <translation>Slet ressourcen</translation>
    </message>
    <message>
        <source>No agents, channels or knowledge-base entries here yet. New… makes one; those the organisations above share appear here too.</source>
        <translation>Ingen agenter, kanaler eller vidensbaseartikler her endnu. Ny… opretter en; dem, organisationerne højere oppe deler, vises her også.</translation>
    </message>
    <message>
        <source>Inherited from {org}: read-only here.</source>
        <translation>Nedarvet fra {org}: skrivebeskyttet her.</translation>
    </message>
    <message>
        <source>This organisation&apos;s own; shared with every organisation below.</source>
        <translation>Organisationens egen; delt med alle organisationer længere nede.</translation>
    </message>
    <message>
        <source>This organisation&apos;s own; not shared.</source>
        <translation>Organisationens egen; ikke delt.</translation>
    </message>
    <message>
        <source>Delete resource</source>
        <translation>Slet ressource</translation>
    </message>
    <message>
        <source>Delete {name}? Organisations below lose it too.</source>
        <translation>Slet ressourcen {name}? Organisationerne længere nede mister den også.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to hubdesk</source>
        <translation>Log ind på hubdesk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Demo sign-ins</source>
        <translation>Demo-logins</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>navn@firma.dk</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-cifret kode</translation>
    </message>
    <message>
        <source>2-step verification code</source>
        <translation>Kode til totrinsbekræftelse</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Loginfejl</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Choose a demo sign-in…</source>
        <translation>Vælg et demo-login…</translation>
    </message>
    <message>
        <source>&amp;Demo:</source>
        <translation>&amp;Demo:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>2-step &amp;code:</source>
        <translation>Totrins&amp;kode:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Log ind</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Indtast serverens adresse.</translation>
    </message>
    <message>
        <source>Enter your email address, like name@company.com.</source>
        <translation>Indtast din e-mailadresse, f.eks. navn@firma.dk.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Indtast din adgangskode.</translation>
    </message>
    <message>
        <source>The 2-step code has 6 digits.</source>
        <translation>Totrinskoden har 6 cifre.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Indtast den 6-cifrede kode fra din godkendelsesapp.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Connection</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Logget ind som</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Seneste synkronisering</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synkroniseringsforløb</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Annullér synkronisering</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Ændringer, der venter på at blive sendt</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Changes the server did not take (Ctrl+Shift+K)</source>
        <translation>Ændringer serveren ikke tog imod (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Sign-in not remembered</source>
        <translation>Login huskes ikke</translation>
    </message>
    <message>
        <source>Sign-in storage</source>
        <translation>Opbevaring af login</translation>
    </message>
    <message>
        <source>Latest remark</source>
        <translation>Seneste besked</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ikke logget ind</translation>
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
            <numerusform>%n ændring venter på at blive sendt</numerusform>
            <numerusform>%n ændringer venter på at blive sendt</numerusform>
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
        <translation>Aldrig synkroniseret</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synkroniseret lige nu</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Synkroniseret for %n minut siden</numerusform>
            <numerusform>Synkroniseret for %n minutter siden</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Synkroniseret {when}</translation>
    </message>
    <message>
        <source>{rows} rows · {rate}/s</source>
        <translation>{rows} rækker · {rate}/s</translation>
    </message>
</context>
<context>
    <name>VerificationBar</name>
    <message>
        <source>Verification of the audit log</source>
        <translation>Verificering af revisionsloggen</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>&amp;Verificér nu</translation>
    </message>
    <message>
        <source>Verify the whole cached audit log now</source>
        <translation>Verificér hele den cachelagrede revisionslog nu</translation>
    </message>
    <message>
        <source>Recompute every hash, follow every chain, check every signature</source>
        <translation>Genberegn alle hashværdier, følg alle kæder, kontrollér alle signaturer</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Verificerer revisionsloggen…</translation>
    </message>
    <message>
        <source>Could not verify: {error}</source>
        <translation>Kunne ikke verificere: {error}</translation>
    </message>
    <message>
        <source>The audit log has not been verified yet.</source>
        <translation>Revisionsloggen er ikke verificeret endnu.</translation>
    </message>
    <message>
        <source>Every hash of {n} events checks out, but no audit key was pinned for this account: the server&apos;s signatures cannot be checked.</source>
        <translation>Alle hashværdier for {n} hændelser stemmer, men der er ikke gemt nogen revisionsnøgle for denne konto: serverens signaturer kan ikke kontrolleres.</translation>
    </message>
    <message>
        <source>Every hash of {n} events checks out; the server has signed no checkpoint for them yet.</source>
        <translation>Alle hashværdier for {n} hændelser stemmer; serveren har endnu ikke signeret noget kontrolpunkt for dem.</translation>
    </message>
    <message>
        <source>Verified up to event {n}, signed at {time}.</source>
        <translation>Verificeret til og med hændelse {n}, signeret {time}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln newer event(s) are chained and await the next checkpoint.</source>
        <translation>
            <numerusform>%Ln nyere hændelse er føjet til kæden og venter på næste kontrolpunkt.</numerusform>
            <numerusform>%Ln nyere hændelser er føjet til kæden og venter på næste kontrolpunkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>position {seq} of the log of {chain}</source>
        <translation>position {seq} i loggen for {chain}</translation>
    </message>
    <message>
        <source>The event at {where} was changed after it was recorded.</source>
        <translation>Hændelsen ved {where} blev ændret, efter den blev registreret.</translation>
    </message>
    <message>
        <source>The log breaks at {where}: an event was removed, inserted or reordered.</source>
        <translation>Loggen er brudt ved {where}: en hændelse er fjernet, indsat eller flyttet.</translation>
    </message>
    <message>
        <source>{where} differs from what the server recorded there.</source>
        <translation>{where} afviger fra det, serveren registrerede der.</translation>
    </message>
    <message>
        <source>{where} is missing from the cache (removed, or not synced yet), so the log cannot be verified up to its checkpoint.</source>
        <translation>{where} mangler i cachen (fjernet eller endnu ikke synkroniseret), så loggen kan ikke verificeres op til sit kontrolpunkt.</translation>
    </message>
    <message>
        <source>The checkpoints are signed with another key than the one pinned at the first sign-in ({where}).</source>
        <translation>Kontrolpunkterne er signeret med en anden nøgle end den, der blev gemt ved første login ({where}).</translation>
    </message>
    <message>
        <source>The checkpoint at {where} has a wrong signature.</source>
        <translation>Kontrolpunktet ved {where} har en forkert signatur.</translation>
    </message>
    <message>
        <source>The log has another hash at {where} than was signed.</source>
        <translation>Loggen har en anden hashværdi ved {where} end den, der blev signeret.</translation>
    </message>
    <message>
        <source>The log fails at {where}.</source>
        <translation>Verificeringen af loggen fejler ved {where}.</translation>
    </message>
</context>
<context>
    <name>WhyModel</name>
    <message>
        <source>Permission</source>
        <translation>Rettighed</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Givet af</translation>
    </message>
</context>
<context>
    <name>WinDialog</name>
    <message>
        <source>Mark the deal with {name} won</source>
        <translation>Marker salgsmuligheden med {name} som vundet</translation>
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
        <translation>Kunden abonnerer årligt fra i dag og bliver en aktiv kunde. Du registreres som den, der vandt salgsmuligheden.</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>Marker som vundet</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Signed in</source>
        <translation>Logget ind</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Login mislykkedes</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Logget ud</translation>
    </message>
    <message>
        <source>Stolen session refused</source>
        <translation>Stjålet session afvist</translation>
    </message>
    <message>
        <source>2-step sign-in turned on</source>
        <translation>Totrinsbekræftelse slået til</translation>
    </message>
    <message>
        <source>2-step sign-in turned off</source>
        <translation>Totrinsbekræftelse slået fra</translation>
    </message>
    <message>
        <source>Sessions signed out</source>
        <translation>Sessioner logget ud</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Revisionslog eksporteret</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Data eksporteret</translation>
    </message>
    <message>
        <source>Logged in as (start)</source>
        <translation>Logget ind som (start)</translation>
    </message>
    <message>
        <source>Logged in as (end)</source>
        <translation>Logget ind som (slut)</translation>
    </message>
    <message>
        <source>Organisation created</source>
        <translation>Organisation oprettet</translation>
    </message>
    <message>
        <source>Organisation changed</source>
        <translation>Organisation ændret</translation>
    </message>
    <message>
        <source>Sub-account detached</source>
        <translation>Underkonto frakoblet</translation>
    </message>
    <message>
        <source>Client deleted</source>
        <translation>Kunde slettet</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Medlem tilføjet</translation>
    </message>
    <message>
        <source>Member changed</source>
        <translation>Medlem ændret</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Medlem fjernet</translation>
    </message>
    <message>
        <source>Person activated</source>
        <translation>Person aktiveret</translation>
    </message>
    <message>
        <source>Role created</source>
        <translation>Rolle oprettet</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rolle ændret</translation>
    </message>
    <message>
        <source>Role deleted</source>
        <translation>Rolle slettet</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Invitation sendt</translation>
    </message>
    <message>
        <source>Invitation sent again</source>
        <translation>Invitation sendt igen</translation>
    </message>
    <message>
        <source>Invitation cancelled</source>
        <translation>Invitation annulleret</translation>
    </message>
    <message>
        <source>Invitation expired</source>
        <translation>Invitation udløbet</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>Invitation accepteret</translation>
    </message>
    <message>
        <source>Onboarding completed</source>
        <translation>Oprettelse gennemført</translation>
    </message>
    <message>
        <source>Licence given</source>
        <translation>Licens tildelt</translation>
    </message>
    <message>
        <source>Licence taken back</source>
        <translation>Licens taget tilbage</translation>
    </message>
    <message>
        <source>Licence rule created</source>
        <translation>Licensregel oprettet</translation>
    </message>
    <message>
        <source>Licence rule changed</source>
        <translation>Licensregel ændret</translation>
    </message>
    <message>
        <source>Licence rule deleted</source>
        <translation>Licensregel slettet</translation>
    </message>
    <message>
        <source>Subscription started</source>
        <translation>Abonnement startet</translation>
    </message>
    <message>
        <source>Subscription changed</source>
        <translation>Abonnement ændret</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>Faktura udstedt</translation>
    </message>
    <message>
        <source>Invoice changed</source>
        <translation>Faktura ændret</translation>
    </message>
    <message>
        <source>Invoice paid</source>
        <translation>Faktura betalt</translation>
    </message>
    <message>
        <source>Payment refunded</source>
        <translation>Betaling refunderet</translation>
    </message>
    <message>
        <source>Shared resource created</source>
        <translation>Fælles ressource oprettet</translation>
    </message>
    <message>
        <source>Shared resource changed</source>
        <translation>Fælles ressource ændret</translation>
    </message>
    <message>
        <source>Resource shared</source>
        <translation>Ressource delt</translation>
    </message>
    <message>
        <source>Shared resource deleted</source>
        <translation>Fælles ressource slettet</translation>
    </message>
    <message>
        <source>Request ordered</source>
        <translation>Bestilling afgivet</translation>
    </message>
    <message>
        <source>Request changed</source>
        <translation>Bestilling ændret</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Salgsmulighed vundet</translation>
    </message>
    <message>
        <source>Deal note added</source>
        <translation>Note til salgsmulighed tilføjet</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>Opgave udført</translation>
    </message>
    <message>
        <source>Sign-in and security</source>
        <translation>Login og sikkerhed</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Logging in as</source>
        <translation>Log ind som</translation>
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
        <translation>Medlemmer</translation>
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
        <translation>Invitationer</translation>
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
        <translation>Abonnementer</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalinger</translation>
    </message>
    <message>
        <source>Shared resources</source>
        <translation>Fælles ressourcer</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Servicebestillinger</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Salgsmuligheder</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Opgaver</translation>
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
        <translation>Medlemskab</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
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
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Shared resource</source>
        <translation>Fælles ressource</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Servicebestilling</translation>
    </message>
</context>
<context>
    <name>customer_actions</name>
    <message>
        <source>Switch into the customer</source>
        <translation>Skift til kunden</translation>
    </message>
    <message>
        <source>Open {name} as its owner sees it? For a limited time you see and act as the owner; everything you do is recorded with your name too.</source>
        <translation>Åbn {name}, som ejeren ser den? I en begrænset tid ser og handler du som ejeren; alt, hvad du gør, registreres også med dit navn.</translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message numerus="yes">
        <source>Trial ends in %n day(s)</source>
        <translation>
            <numerusform>Prøveperioden slutter om %n dag</numerusform>
            <numerusform>Prøveperioden slutter om %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews in %n day(s)</source>
        <translation>
            <numerusform>Fornyes om %n dag</numerusform>
            <numerusform>Fornyes om %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitation pending for %n day(s)</source>
        <translation>
            <numerusform>Invitationen har afventet i %n dag</numerusform>
            <numerusform>Invitationen har afventet i %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue invoice(s)</source>
        <translation>
            <numerusform>%n forfalden faktura</numerusform>
            <numerusform>%n forfaldne fakturaer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpaid invoice(s)</source>
        <translation>
            <numerusform>%n ubetalt faktura</numerusform>
            <numerusform>%n ubetalte fakturaer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) bought but not given</source>
        <translation>
            <numerusform>%n licens købt, men ikke tildelt</numerusform>
            <numerusform>%n licenser købt, men ikke tildelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n day(s)</source>
        <translation>
            <numerusform>Ingen aktivitet i %n dag</numerusform>
            <numerusform>Ingen aktivitet i %n dage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The email or password is wrong.</source>
        <translation>E-mail eller adgangskode er forkert.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Indtast den 6-cifrede kode fra din godkendelsesapp.</translation>
    </message>
    <message>
        <source>The 2-step code is wrong or was used already. Wait for a new one.</source>
        <translation>Totrinskoden er forkert eller allerede brugt. Vent på en ny.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in a few minutes.</source>
        <translation>For mange mislykkede login. Prøv igen om et par minutter.</translation>
    </message>
    <message>
        <source>This account is not active.</source>
        <translation>Denne konto er ikke aktiv.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Din session er udløbet. Log ind igen.</translation>
    </message>
    <message>
        <source>Sign in again to use this account.</source>
        <translation>Log ind igen for at bruge denne konto.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and your connection.
{detail}</source>
        <translation>Serveren kan ikke nås. Kontrollér adressen og din forbindelse.
{detail}</translation>
    </message>
    <message>
        <source>The server sent an answer the console cannot use; nothing was changed.
{detail}</source>
        <translation>Serveren sendte et svar, konsollen ikke kan bruge; intet blev ændret.
{detail}</translation>
    </message>
    <message>
        <source>The server had a problem; nothing was changed. Try again later.
{detail}</source>
        <translation>Serveren havde et problem; intet blev ændret. Prøv igen senere.
{detail}</translation>
    </message>
    <message>
        <source>The server refused the request: {detail}</source>
        <translation>Serveren afviste anmodningen: {detail}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {detail}</source>
        <translation>Der skete en uventet fejl: {detail}</translation>
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
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Forhandler</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>Forhandler</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Lejer</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Forretningsenhed</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokation</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inviteret</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Under oprettelse</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Detached</source>
        <translation>Frakoblet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Prøveperiode</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonnent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Juridisk navn</translation>
    </message>
    <message>
        <source>VAT / CVR</source>
        <translation>CVR / moms-nr.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
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
        <translation>Kontakt-e-mail</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Udløbet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Frokost</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Rengøring</translation>
    </message>
    <message>
        <source>Handyman</source>
        <translation>Håndværker</translation>
    </message>
    <message>
        <source>IT support</source>
        <translation>IT-support</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Mødelokale</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>See the organisation</source>
        <translation>Se organisationen</translation>
    </message>
    <message>
        <source>Change the organisation&apos;s details</source>
        <translation>Ændre organisationens oplysninger</translation>
    </message>
    <message>
        <source>Create sub-accounts</source>
        <translation>Oprette underkonti</translation>
    </message>
    <message>
        <source>Detach sub-accounts</source>
        <translation>Frakoble underkonti</translation>
    </message>
    <message>
        <source>Invite sub-accounts</source>
        <translation>Invitere underkonti</translation>
    </message>
    <message>
        <source>Manage people</source>
        <translation>Administrere personer</translation>
    </message>
    <message>
        <source>Manage roles</source>
        <translation>Administrere roller</translation>
    </message>
    <message>
        <source>Log in as a sub-account&apos;s owner</source>
        <translation>Logge ind som ejer af en underkonto</translation>
    </message>
    <message>
        <source>Manage licences</source>
        <translation>Administrere licenser</translation>
    </message>
    <message>
        <source>See billing</source>
        <translation>Se fakturering</translation>
    </message>
    <message>
        <source>Manage billing</source>
        <translation>Administrere fakturering</translation>
    </message>
    <message>
        <source>See the audit log</source>
        <translation>Se revisionsloggen</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Eksportere revisionsloggen</translation>
    </message>
    <message>
        <source>Manage shared resources</source>
        <translation>Administrere fælles ressourcer</translation>
    </message>
    <message>
        <source>Create appointments</source>
        <translation>Oprette aftaler</translation>
    </message>
    <message>
        <source>Take payments</source>
        <translation>Modtage betalinger</translation>
    </message>
    <message>
        <source>Manage customers</source>
        <translation>Administrere kunder</translation>
    </message>
    <message>
        <source>Order and handle requests</source>
        <translation>Afgive og behandle bestillinger</translation>
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
        <translation>Medlemmer af {unit}</translation>
    </message>
    <message>
        <source>Group {group}</source>
        <translation>Gruppen {group}</translation>
    </message>
    <message numerus="yes">
        <source>No sign-in for %n day(s)</source>
        <translation>
            <numerusform>Intet login i %n dag</numerusform>
            <numerusform>Intet login i %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First sign-in within %n day(s)</source>
        <translation>
            <numerusform>Første login inden for %n dag</numerusform>
            <numerusform>Første login inden for %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Give {product}</source>
        <translation>Tildel {product}</translation>
    </message>
    <message>
        <source>Take back {product}</source>
        <translation>Tag {product} tilbage</translation>
    </message>
    <message>
        <source>Change {product} to {target}</source>
        <translation>Skift {product} til {target}</translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) gained</source>
        <translation>
            <numerusform>%n licens tildeles</numerusform>
            <numerusform>%n licenser tildeles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) lost</source>
        <translation>
            <numerusform>%n licens fratages</numerusform>
            <numerusform>%n licenser fratages</numerusform>
        </translation>
    </message>
    <message>
        <source>+{amount} a month</source>
        <translation>+{amount} om måneden</translation>
    </message>
    <message>
        <source>−{amount} a month</source>
        <translation>−{amount} om måneden</translation>
    </message>
    <message>
        <source>the monthly bill stays the same</source>
        <translation>den månedlige regning er uændret</translation>
    </message>
    <message>
        <source>Not bought here, so not given: {products}.</source>
        <translation>Ikke købt her og derfor ikke tildelt: {products}.</translation>
    </message>
    <message>
        <source>These rules never settle for: {people}. Change their order.</source>
        <translation>Reglerne bliver aldrig stabile for: {people}. Skift reglernes rækkefølge.</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <source>The seat stays billable; the price does not change.</source>
        <translation>Pladsen forbliver betalt; prisen ændres ikke.</translation>
    </message>
    <message>
        <source>The seat stays free.</source>
        <translation>Pladsen forbliver gratis.</translation>
    </message>
    <message>
        <source>The seat becomes free.</source>
        <translation>Pladsen bliver gratis.</translation>
    </message>
    <message>
        <source>The seat becomes free. {plan} keeps its {count} bought seats until it is changed; one of them is then unassigned.</source>
        <translation>Pladsen bliver gratis. {plan} beholder sine {count} købte pladser, indtil det ændres; én af dem er derefter ikke tildelt.</translation>
    </message>
    <message>
        <source>The seat becomes billable. No seat plan applies here yet.</source>
        <translation>Pladsen bliver betalt. Der gælder endnu intet pladsabonnement her.</translation>
    </message>
    <message>
        <source>The seat becomes billable. {plan} (at {org}) has a bought seat free for it: no extra cost.</source>
        <translation>Pladsen bliver betalt. {plan} (i {org}) har en købt plads ledig til den: ingen ekstra omkostning.</translation>
    </message>
    <message>
        <source>The seat becomes billable: +{amount} a month ({plan}, at {org}).</source>
        <translation>Pladsen bliver betalt: +{amount} om måneden ({plan}, i {org}).</translation>
    </message>
    <message>
        <source>You may not manage the people of this organisation.</source>
        <translation>Du må ikke administrere personerne i denne organisation.</translation>
    </message>
    <message>
        <source>You cannot give a role with permissions you do not hold yourself.</source>
        <translation>Du kan ikke tildele en rolle med rettigheder, som du ikke selv har.</translation>
    </message>
    <message>
        <source>This person holds permissions here that you do not; you cannot change or remove their membership.</source>
        <translation>Denne person har rettigheder her, som du ikke har; du kan ikke ændre eller fjerne vedkommendes medlemskab.</translation>
    </message>
    <message>
        <source>You cannot change your own role; ask another administrator.</source>
        <translation>Du kan ikke ændre din egen rolle; spørg en anden administrator.</translation>
    </message>
    <message>
        <source>This address is not in one of the organisation&apos;s verified domains, and its administrators have not allowed members from other domains.</source>
        <translation>Denne adresse er ikke i et af organisationens verificerede domæner, og organisationens administratorer har ikke tilladt medlemmer fra andre domæner.</translation>
    </message>
    <message>
        <source>Price effect</source>
        <translation>Virkning på prisen</translation>
    </message>
    <message>
        <source>Add a person to {org}</source>
        <translation>Tilføj en person til {org}</translation>
    </message>
    <message>
        <source>name@{domain}</source>
        <translation>navn@{domain}</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>navn@example.com</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Verified domains: {domains}. Other domains are allowed.</source>
        <translation>Verificerede domæner: {domains}. Andre domæner er tilladt.</translation>
    </message>
    <message>
        <source>Verified domains: {domains}. Other domains are not allowed here.</source>
        <translation>Verificerede domæner: {domains}. Andre domæner er ikke tilladt her.</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Ti&amp;lføj</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Indtast en gyldig e-mailadresse.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Indtast personens navn.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Vælg en rolle.</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Skift rolle for {name}</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Remove from organisation</source>
        <translation>Fjern fra organisationen</translation>
    </message>
    <message>
        <source>Remove {name} from {org}?</source>
        <translation>Fjern {name} fra {org}?</translation>
    </message>
    <message>
        <source>They lose the access this membership gives. {price}</source>
        <translation>Vedkommende mister den adgang, som medlemskabet giver. {price}</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>Fjern medlemmet</translation>
    </message>
</context>
</TS>
