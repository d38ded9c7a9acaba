<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu">
<context>
    <name>AccessModel</name>
    <message>
        <source>Granted at</source>
        <translation>Hozzárendelés helye</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <source>Organisations reached</source>
        <translation>Érintett szervezetek</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Személy</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hogyan</translation>
    </message>
    <message>
        <source>Member of {org}, above</source>
        <translation>Tag a felettes szervezetben: {org}</translation>
    </message>
    <message>
        <source>Member here</source>
        <translation>Tag itt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktív</translation>
    </message>
    <message>
        <source>Invited (grants nothing yet)</source>
        <translation>Meghívva (még nem ad hozzáférést)</translation>
    </message>
    <message>
        <source>Suspended (grants nothing)</source>
        <translation>Felfüggesztve (nem ad hozzáférést)</translation>
    </message>
</context>
<context>
    <name>AccessWindow</name>
    <message>
        <source>Effective access</source>
        <translation>Tényleges hozzáférés</translation>
    </message>
    <message>
        <source>Grants of the person</source>
        <translation>A személy hozzárendelései</translation>
    </message>
    <message>
        <source>Organisations the person reaches</source>
        <translation>A személy által elért szervezetek</translation>
    </message>
    <message>
        <source>Permissions here and why</source>
        <translation>Jogosultságok itt, és azok forrása</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Személy</translation>
    </message>
    <message>
        <source>Only people who may</source>
        <translation>Csak az erre jogosultak</translation>
    </message>
    <message>
        <source>Everyone who reaches it</source>
        <translation>Mindenki, aki hozzáfér</translation>
    </message>
    <message>
        <source>&amp;Who may:</source>
        <translation>&amp;Kinek van joga:</translation>
    </message>
    <message>
        <source>People who reach the organisation</source>
        <translation>A szervezethez hozzáférő személyek</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Sz&amp;ervezet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <source>Select a person in the people list first.</source>
        <translation>Előbb válasszon ki egy személyt a személyek listájában.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n grant(s), reaching {orgs} organisation(s) in all.</source>
        <translation>
            <numerusform>{name}: %n hozzárendelés, összesen {orgs} szervezetre kiterjedően.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisations reached (the first %n shown):</source>
        <translation>
            <numerusform>Elért szervezetek (az első %n látható):</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisations reached:</source>
        <translation>Elért szervezetek:</translation>
    </message>
    <message>
        <source>At {org}, {name} may:</source>
        <translation>{name} a(z) {org} szervezetben ezekre jogosult:</translation>
    </message>
    <message>
        <source>{name} has no access to {org}.</source>
        <translation>{name} nem fér hozzá a(z) {org} szervezethez.</translation>
    </message>
    <message>
        <source>{role} here</source>
        <translation>{role} itt</translation>
    </message>
    <message>
        <source>{role} at {org}</source>
        <translation>{role} itt: {org}</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) reach {org}.</source>
        <translation>
            <numerusform>%n hozzárendelés terjed ki a(z) {org} szervezetre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them may do this.</source>
        <translation>
            <numerusform>Közülük %n jogosult erre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Account switcher</source>
        <translation>Fiókváltó</translation>
    </message>
    <message>
        <source>Switch account (Ctrl+Shift+A)</source>
        <translation>Fiók váltása (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nincs bejelentkezve</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Fiók hozzáadása…</translation>
    </message>
    <message>
        <source>Sign out of this account</source>
        <translation>Kijelentkezés ebből a fiókból</translation>
    </message>
    <message>
        <source>Organisations of this account</source>
        <translation>A fiók szervezetei</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Minden szervezet</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Mikor</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Szervezet</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ki</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Érintett</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Forrás</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>(not in this cache)</source>
        <translation>(nincs ebben a gyorsítótárban)</translation>
    </message>
    <message>
        <source>%1, logged in by %2</source>
        <translation>%1 (nevében bejelentkezve: %2)</translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <source>Audit log</source>
        <translation>Auditnapló</translation>
    </message>
    <message>
        <source>Search names, actions, values, addresses, devices… (Ctrl+F)</source>
        <translation>Keresés nevekben, műveletekben, értékekben, címekben, eszközökben… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Keresés az auditnaplóban</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Szervezetek</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Művelet</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Sorrend</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Legújabb elöl</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Legrégebbi elöl</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Mettől</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Me&amp;ddig</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Az auditnapló eseményei</translation>
    </message>
    <message>
        <source>How many events match</source>
        <translation>Egyező események száma</translation>
    </message>
    <message>
        <source>Click to remove this filter</source>
        <translation>Kattintson a szűrő eltávolításához</translation>
    </message>
    <message>
        <source>Everything I may review</source>
        <translation>Minden, amit megtekinthetek</translation>
    </message>
    <message>
        <source>{org} and below</source>
        <translation>{org} és alatta</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Minden művelet</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln events (counting…)</source>
        <translation>
            <numerusform>Több mint %Ln esemény (számolás…)</numerusform>
        </translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Még nincs esemény.</translation>
    </message>
    <message>
        <source>No event matches.</source>
        <translation>Nincs megfelelő esemény.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln esemény</numerusform>
        </translation>
    </message>
    <message>
        <source>Who: {name} ✕</source>
        <translation>Ki: {name} ✕</translation>
    </message>
    <message>
        <source>About: {name} ✕</source>
        <translation>Érintett: {name} ✕</translation>
    </message>
    <message>
        <source>Preparing the search: {done} of {total} events so far.</source>
        <translation>A keresés előkészítése: eddig {total} eseményből {done} kész.</translation>
    </message>
</context>
<context>
    <name>BillingWindow</name>
    <message>
        <source>Billing of {org}</source>
        <translation>Számlázás – {org}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Megjelenítés</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Minden számla</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Kifizetetlen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Kifizetett</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Megjelenítés:</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Megjelölés &amp;kifizetettként</translation>
    </message>
    <message>
        <source>Mark the invoice paid or unpaid</source>
        <translation>A számla megjelölése kifizetettként vagy kifizetetlenként</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Számlák</translation>
    </message>
    <message>
        <source>Lines of the invoice</source>
        <translation>A számla tételei</translation>
    </message>
    <message>
        <source>No invoice matches.</source>
        <translation>Nincs megfelelő számla.</translation>
    </message>
    <message>
        <source>No invoices here or below yet.</source>
        <translation>Itt és alatta még nincs számla.</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Számlák</translation>
    </message>
    <message>
        <source>Totals per organisation below</source>
        <translation>Összesítés alárendelt szervezetenként</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Összesítés</translation>
    </message>
    <message>
        <source>&amp;Totals up the tree</source>
        <translation>&amp;Összesítés felfelé a fában</translation>
    </message>
    <message>
        <source>Invoiced {total}: paid {paid}, unpaid {open}, overdue {overdue}.</source>
        <translation>Kiszámlázva: {total} – kifizetve {paid}, kifizetetlen {open}, lejárt {overdue}.</translation>
    </message>
    <message>
        <source>No invoices here yet.</source>
        <translation>Itt még nincsenek számlák.</translation>
    </message>
    <message>
        <source>Mark &amp;unpaid</source>
        <translation>Megjelölés ki&amp;fizetetlenként</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Field</source>
        <translation>Mező</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Előtte</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Utána</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nincs)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(üres)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nem</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Ütközések</translation>
    </message>
    <message>
        <source>Changes the server did not take</source>
        <translation>A szerver által el nem fogadott módosítások</translation>
    </message>
    <message>
        <source>About the selected conflict</source>
        <translation>A kiválasztott ütközésről</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Az &amp;enyém marad</translation>
    </message>
    <message>
        <source>Send my version again, replacing theirs</source>
        <translation>Saját változatom újraküldése az övék helyett</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Az ő&amp;vék legyen</translation>
    </message>
    <message>
        <source>Drop my change and keep the server&apos;s version</source>
        <translation>Módosításom elvetése, a szerver változata marad</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Szerkesztés…</translation>
    </message>
    <message>
        <source>Write a version of my own, starting from both</source>
        <translation>Saját változat írása a kettőből kiindulva</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <source>Nothing to decide: the server took all your changes.</source>
        <translation>Nincs mit eldönteni: a szerver minden módosítását elfogadta.</translation>
    </message>
    <message>
        <source>{name} was changed on the server after you edited it. Keep your version, take theirs, or edit one that combines both.</source>
        <translation>{name} megváltozott a szerveren, miután Ön szerkesztette. Tartsa meg a saját változatát, fogadja el az övékét, vagy szerkesszen egyet, amely mindkettőt egyesíti.</translation>
    </message>
    <message>
        <source>The server refused your change to {name}: {reason}</source>
        <translation>A szerver elutasította a(z) {name} módosítását: {reason}</translation>
    </message>
    <message>
        <source>Edit a version of your own</source>
        <translation>Saját változat szerkesztése</translation>
    </message>
    <message>
        <source>Your changes are filled in over the server&apos;s version.</source>
        <translation>Az Ön módosításai a szerver változatára kerültek.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>What</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Mező</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Enyém</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Övék</translation>
    </message>
    <message>
        <source>(no longer visible to you)</source>
        <translation>(már nem látható Önnek)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Starting the demo server…</source>
        <translation>A bemutató szerver indul…</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Sync cancelled; it resumes where it stopped.</source>
        <translation>A szinkronizálás megszakítva; ott folytatódik, ahol abbamaradt.</translation>
    </message>
    <message>
        <source>The server did not take some of your changes: see Conflicts.</source>
        <translation>A szerver néhány módosítását nem fogadta el: lásd Ütközések.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>The selected customer</source>
        <translation>A kijelölt ügyfél</translation>
    </message>
    <message>
        <source>Select a customer to see it in full.</source>
        <translation>Válasszon ki egy ügyfelet a teljes részletekhez.</translation>
    </message>
    <message>
        <source>{plan}: {progress} % done</source>
        <translation>{plan}: {progress} % kész</translation>
    </message>
    <message>
        <source>Deal open</source>
        <translation>Értékesítési lehetőség nyitott</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Értékesítési lehetőség megnyerve</translation>
    </message>
    <message>
        <source>Created, in a trial until {day}</source>
        <translation>Létrehozva, próbaidőszakban eddig: {day}</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Létrehozva</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Értékesítési lehetőség elvesztve</translation>
    </message>
    <message>
        <source>Subscribed: {product}</source>
        <translation>Előfizetés: {product}</translation>
    </message>
    <message>
        <source>Status: {before} → {after}</source>
        <translation>Állapot: {before} → {after}</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Figyelmet igényel</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kapcsolattartók</translation>
    </message>
    <message>
        <source>Subscription and licences</source>
        <translation>Előfizetés és licencek</translation>
    </message>
    <message>
        <source>{product}: {given} of {bought} given ({term})</source>
        <translation>{product}: {bought} közül {given} kiosztva ({term})</translation>
    </message>
    <message>
        <source>renews {day}</source>
        <translation>megújul: {day}</translation>
    </message>
    <message>
        <source>Nothing subscribed.</source>
        <translation>Nincs előfizetés.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Állapotelőzmények</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Még nincs rögzítve semmi.</translation>
    </message>
    <message>
        <source>Deal notes</source>
        <translation>Jegyzetek az értékesítési lehetőséghez</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Még nincs jegyzet.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Előzmények</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Terv</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Előrehaladás</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Felhasználók</translation>
    </message>
    <message>
        <source>Activities (90 days)</source>
        <translation>Tevékenységek (90 nap)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Figyelmet igényel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Címkék</translation>
    </message>
    <message>
        <source>Trial ended {day}</source>
        <translation>A próbaidőszak lejárt: {day}</translation>
    </message>
    <message numerus="yes">
        <source>Trial: %n day(s) left</source>
        <translation>
            <numerusform>Próbaidőszak: még %n nap</numerusform>
        </translation>
    </message>
    <message>
        <source>Active, renews {day}</source>
        <translation>Aktív, megújul: {day}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktív</translation>
    </message>
    <message>
        <source>Subscribed since {day}</source>
        <translation>Előfizetés kezdete: {day}</translation>
    </message>
    <message>
        <source>renews {day}</source>
        <translation>megújul: {day}</translation>
    </message>
</context>
<context>
    <name>CustomersWindow</name>
    <message>
        <source>Customers of {org}</source>
        <translation>Ügyfelek – {org}</translation>
    </message>
    <message>
        <source>Customers by status</source>
        <translation>Ügyfelek állapot szerint</translation>
    </message>
    <message>
        <source>&amp;Needs attention</source>
        <translation>&amp;Figyelmet igényel</translation>
    </message>
    <message>
        <source>Only customers needing attention</source>
        <translation>Csak a figyelmet igénylő ügyfelek</translation>
    </message>
    <message>
        <source>Search names, contacts, plans, tags… (Ctrl+F)</source>
        <translation>Keresés nevekben, kapcsolattartókban, tervekben, címkékben… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Keresés az ügyfelek között</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Mentett nézetek</translation>
    </message>
    <message>
        <source>Sa&amp;ve view…</source>
        <translation>Nézet me&amp;ntése…</translation>
    </message>
    <message>
        <source>Save this view</source>
        <translation>A nézet mentése</translation>
    </message>
    <message>
        <source>&amp;Forget view</source>
        <translation>Nézet &amp;törlése</translation>
    </message>
    <message>
        <source>Forget the saved view</source>
        <translation>A mentett nézet törlése</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportálás CSV-be…</translation>
    </message>
    <message>
        <source>Export the customers shown as CSV</source>
        <translation>A megjelenített ügyfelek exportálása CSV-be</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Ügyfelek</translation>
    </message>
    <message>
        <source>New c&amp;ustomer…</source>
        <translation>Ú&amp;j ügyfél…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Jegyzet &amp;hozzáadása…</translation>
    </message>
    <message>
        <source>Mark deal &amp;won…</source>
        <translation>Megjelölés &amp;megnyertként…</translation>
    </message>
    <message>
        <source>&amp;Switch into…</source>
        <translation>&amp;Váltás az ügyfélre…</translation>
    </message>
    <message>
        <source>Open the customer as its owner sees it, for a while (recorded)</source>
        <translation>Az ügyfél megnyitása egy ideig úgy, ahogy a tulajdonosa látja (rögzül)</translation>
    </message>
    <message>
        <source>Bringing the list up to date…</source>
        <translation>A lista frissítése…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), up to date.</source>
        <translation>
            <numerusform>%n ügyfél, a lista naprakész.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not bring the list up to date: {error}</source>
        <translation>A lista frissítése nem sikerült: {error}</translation>
    </message>
    <message numerus="yes">
        <source>All (%n)</source>
        <translation>
            <numerusform>Összes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trial (%n)</source>
        <translation>
            <numerusform>Próbaidőszak (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active (%n)</source>
        <translation>
            <numerusform>Aktív (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed (%n)</source>
        <translation>
            <numerusform>Lezárva (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Nincs megfelelő ügyfél.</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>Még nincs ügyfél.</translation>
    </message>
    <message>
        <source>(no saved view)</source>
        <translation>(nincs mentett nézet)</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Nézet mentése</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>A nézet neve:</translation>
    </message>
    <message>
        <source>The customer is created; its trial has begun.</source>
        <translation>Az ügyfél létrejött; a próbaidőszaka elkezdődött.</translation>
    </message>
    <message>
        <source>The note is saved; it goes to the server with the next sync.</source>
        <translation>A jegyzet mentve; a következő szinkronizáláskor kerül a szerverre.</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Ügyfelek exportálása</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-fájlok (*.csv)</translation>
    </message>
    <message>
        <source>Trial ends</source>
        <translation>Próbaidőszak vége</translation>
    </message>
    <message>
        <source>Subscription started</source>
        <translation>Előfizetés elindítva</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Megújul</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>A(z) {path} fájl mentése nem sikerült: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n customer(s) to {path}.</source>
        <translation>
            <numerusform>%n ügyfél mentve ide: {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetachQuestion</name>
    <message>
        <source>the organisation above it</source>
        <translation>a fölötte álló szervezet</translation>
    </message>
    <message>
        <source>Detach sub-account</source>
        <translation>Alfiók leválasztása</translation>
    </message>
    <message>
        <source>Detach {name} from {hub}?</source>
        <translation>Leválasztja a(z) {name} fiókot erről: {hub}?</translation>
    </message>
    <message>
        <source>{name} becomes an independent organisation and keeps its people and data. {hub} loses access to it, and it leaves this console. Its owner carries on as before.</source>
        <translation>A(z) {name} önálló szervezet lesz, és megtartja a személyeit és adatait. A(z) {hub} elveszíti a hozzáférést, és a fiók eltűnik ebből a konzolból. A tulajdonosa ugyanúgy folytatja, mint eddig.</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Leválasztás</translation>
    </message>
    <message>
        <source>Detach the sub-account</source>
        <translation>Az alfiók leválasztása</translation>
    </message>
</context>
<context>
    <name>DryRunModel</name>
    <message>
        <source>Person</source>
        <translation>Személy</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenc</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Változás</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Szabály</translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>Megkapja</translation>
    </message>
    <message>
        <source>Loses</source>
        <translation>Elveszíti</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <source>The selected event</source>
        <translation>A kijelölt esemény</translation>
    </message>
    <message>
        <source>What the event changed</source>
        <translation>Az esemény változásai</translation>
    </message>
    <message>
        <source>This event records no values.</source>
        <translation>Ez az esemény nem rögzít értékeket.</translation>
    </message>
    <message>
        <source>&amp;Actor&apos;s events</source>
        <translation>A &amp;végrehajtó eseményei</translation>
    </message>
    <message>
        <source>Everything this person did (Ctrl+Shift+U)</source>
        <translation>Minden, amit ez a személy végzett (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>&amp;Target&apos;s history</source>
        <translation>Az érintett elem elő&amp;zményei</translation>
    </message>
    <message>
        <source>Everything that happened to this target (Ctrl+Shift+T)</source>
        <translation>Minden, ami ezzel az elemmel történt (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>&amp;Organisation&apos;s log</source>
        <translation>A &amp;szervezet naplója</translation>
    </message>
    <message>
        <source>Everything at this organisation and below it (Ctrl+Shift+O)</source>
        <translation>Minden ebben a szervezetben és alatta (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Select an event to see it in full.</source>
        <translation>Válasszon ki egy eseményt a teljes részletekhez.</translation>
    </message>
    <message>
        <source>By: {who}</source>
        <translation>Végrehajtó: {who}</translation>
    </message>
    <message>
        <source>Logged in as this person: {who}</source>
        <translation>E személy nevében bejelentkezve: {who}</translation>
    </message>
    <message>
        <source>At: {org}</source>
        <translation>Szervezet: {org}</translation>
    </message>
    <message>
        <source>(not in this cache)</source>
        <translation>(nincs ebben a gyorsítótárban)</translation>
    </message>
    <message>
        <source>About: {target} ({kind})</source>
        <translation>Érintett: {target} ({kind})</translation>
    </message>
    <message>
        <source>From: {ip} · {device}</source>
        <translation>Forrás: {ip} · {device}</translation>
    </message>
    <message>
        <source>unknown address</source>
        <translation>ismeretlen cím</translation>
    </message>
    <message>
        <source>unknown device</source>
        <translation>ismeretlen eszköz</translation>
    </message>
    <message>
        <source>Event {seq} of its chain · hash {hash}</source>
        <translation>Sorszám a láncban: {seq} · hash: {hash}</translation>
    </message>
</context>
<context>
    <name>HoldersModel</name>
    <message>
        <source>Person</source>
        <translation>Személy</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Kiosztás módja</translation>
    </message>
    <message>
        <source>Rule: {name}</source>
        <translation>Szabály: {name}</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Kézzel</translation>
    </message>
</context>
<context>
    <name>ImpersonationBanner</name>
    <message>
        <source>Logged in as someone else</source>
        <translation>Más nevében bejelentkezve</translation>
    </message>
    <message>
        <source>&amp;Return to my account</source>
        <translation>&amp;Vissza a saját fiókomba</translation>
    </message>
    <message>
        <source>Return to my account</source>
        <translation>Vissza a saját fiókomba</translation>
    </message>
    <message>
        <source>You are viewing {org} as {owner}. You are {real}: everything you do here is recorded with both names. This ends at {time} ({minutes} min left).</source>
        <translation>A(z) {org} szervezetet {owner} nevében látja. Ön {real}: minden itt végzett művelet mindkét névvel rögzül. Vége: {time} (még {minutes} perc).</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a sub-account to {name}</source>
        <translation>Alfiók meghívása ide: {name}</translation>
    </message>
    <message>
        <source>They get a mail with a one-time link to set up the company&apos;s account.</source>
        <translation>Egy levelet kapnak egyszer használható hivatkozással a cég fiókjának létrehozásához.</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>&amp;Kapcsolattartó</translation>
    </message>
    <message>
        <source>Com&amp;pany</source>
        <translation>&amp;Cég</translation>
    </message>
    <message>
        <source>&amp;Send invite</source>
        <translation>Meghívó &amp;küldése</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>Az e-mail-cím érvénytelen.</translation>
    </message>
    <message>
        <source>Name the contact person.</source>
        <translation>Adja meg a kapcsolattartót.</translation>
    </message>
    <message>
        <source>Name the company.</source>
        <translation>Adja meg a céget.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Ez az érték érvénytelen.</translation>
    </message>
</context>
<context>
    <name>InviteFileDialog</name>
    <message>
        <source>Invite from a file to {name}</source>
        <translation>Meghívás fájlból ide: {name}</translation>
    </message>
    <message>
        <source>Choose a CSV file whose first line names the columns email, contact person and company name, in any order. You see what will happen to each row before anything is sent.</source>
        <translation>Válasszon CSV-fájlt, amelynek első sora tetszőleges sorrendben megnevezi az e-mail, kapcsolattartó és cégnév oszlopokat. Minden sornál látja, mi fog történni, mielőtt bármi elmenne.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Fájl kiválasztása…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-fájl kiválasztása</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>A fájl sorai</translation>
    </message>
    <message>
        <source>&amp;Send invites</source>
        <translation>Meghívók &amp;küldése</translation>
    </message>
    <message>
        <source>Send the invites</source>
        <translation>A meghívók elküldése</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- és szövegfájlok (*.csv *.txt *.tsv);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>A fájl nem olvasható: {reason}</translation>
    </message>
    <message>
        <source>{name}: {encoding}, fields separated by {separator}</source>
        <translation>{name}: {encoding}, a mezőket {separator} választja el</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>vessző</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>pontosvessző</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulátor</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>függőleges vonal</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>kapcsolattartó</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>cégnév</translation>
    </message>
    <message>
        <source>The first line must name the columns email, contact person and company name. Missing: {missing}.</source>
        <translation>Az első sornak meg kell neveznie az e-mail, kapcsolattartó és cégnév oszlopokat. Hiányzik: {missing}.</translation>
    </message>
    <message>
        <source>The file is too large for an invite list (over 2 MB).</source>
        <translation>A fájl túl nagy egy meghívólistához (2 MB felett).</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding is damaged.</source>
        <translation>A fájl karakterkódolása sérült.</translation>
    </message>
    <message>
        <source>This is not a text file. Save the sheet as CSV and try again.</source>
        <translation>Ez nem szövegfájl. Mentse a táblázatot CSV-ként, és próbálja újra.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>A fájl üres.</translation>
    </message>
    <message>
        <source>The first line names only one column. It must name the email, contact person and company name columns, separated by commas, semicolons or tabs.</source>
        <translation>Az első sor csak egy oszlopot nevez meg. Meg kell neveznie az e-mail, kapcsolattartó és cégnév oszlopokat, vesszővel, pontosvesszővel vagy tabulátorral elválasztva.</translation>
    </message>
    <message>
        <source>The file has more than 5,000 rows; split it up.</source>
        <translation>A fájlnak több mint 5000 sora van; ossza fel.</translation>
    </message>
    <message>
        <source>The file is not valid CSV: {reason}</source>
        <translation>A fájl nem érvényes CSV: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n invite(s) queued; they go out with the next sync.</source>
        <translation>
            <numerusform>%n meghívó sorba állítva; a következő szinkronizáláskor mennek el.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be invited</source>
        <translation>
            <numerusform>%n sor kap meghívót</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n elutasítva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n invite(s)</source>
        <translation>
            <numerusform>%n meghívó &amp;küldése</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteFileModel</name>
    <message>
        <source>Line</source>
        <translation>Sor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kapcsolattartó</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Cég</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Mi történik</translation>
    </message>
    <message>
        <source>Not queued: {reason}</source>
        <translation>Nincs sorba állítva: {reason}</translation>
    </message>
    <message>
        <source>Queued: goes out with the next sync</source>
        <translation>Sorba állítva: a következő szinkronizáláskor megy el</translation>
    </message>
    <message>
        <source>Will be invited</source>
        <translation>Meghívást kap</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>e-mail-cím</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>kapcsolattartó</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>cégnév</translation>
    </message>
    <message>
        <source>Refused: not a valid email address</source>
        <translation>Elutasítva: nem érvényes e-mail-cím</translation>
    </message>
    <message>
        <source>Refused: the {field} is missing</source>
        <translation>Elutasítva: hiányzik a(z) {field}</translation>
    </message>
    <message>
        <source>Refused: the {field} is too long</source>
        <translation>Elutasítva: túl hosszú a(z) {field}</translation>
    </message>
    <message>
        <source>Refused: the {field} is not valid</source>
        <translation>Elutasítva: érvénytelen a(z) {field}</translation>
    </message>
    <message>
        <source>Refused: the address is in the file twice (first on line {line})</source>
        <translation>Elutasítva: a cím kétszer szerepel a fájlban (először a(z) {line}. sorban)</translation>
    </message>
    <message>
        <source>Refused: the address has an open invite already</source>
        <translation>Elutasítva: a címnek már van nyitott meghívója</translation>
    </message>
</context>
<context>
    <name>InvitesModel</name>
    <message>
        <source>Company</source>
        <translation>Cég</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kapcsolattartó</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Elküldve</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Utoljára elküldve</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Lejár</translation>
    </message>
</context>
<context>
    <name>InvitesPane</name>
    <message>
        <source>Invites</source>
        <translation>Meghívók</translation>
    </message>
    <message>
        <source>Invites sent</source>
        <translation>Elküldött meghívók</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Meghívás…</translation>
    </message>
    <message>
        <source>Invite a new sub-account by email (Ctrl+I)</source>
        <translation>Új alfiók meghívása e-mailben (Ctrl+I)</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>&amp;Fájlból…</translation>
    </message>
    <message>
        <source>Invite many sub-accounts from a CSV file, with a dry run first</source>
        <translation>Sok alfiók meghívása CSV-fájlból, előbb próbafuttatással</translation>
    </message>
    <message>
        <source>Re&amp;send</source>
        <translation>Újra&amp;küldés</translation>
    </message>
    <message>
        <source>Send the invite again with a new link</source>
        <translation>A meghívó újraküldése új hivatkozással</translation>
    </message>
    <message>
        <source>Cancel in&amp;vite</source>
        <translation>Meghívó &amp;visszavonása</translation>
    </message>
    <message>
        <source>The link stops working; the sub-account is not set up</source>
        <translation>A hivatkozás megszűnik; az alfiók nem jön létre</translation>
    </message>
    <message>
        <source>No invites yet: Invite… sends the first one.</source>
        <translation>Még nincs meghívó: a Meghívás… küldi el az elsőt.</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <source>Number</source>
        <translation>Számlaszám</translation>
    </message>
    <message>
        <source>Billed to</source>
        <translation>Vevő</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Időszak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fizetési határidő</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Összesen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Kifizetett</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Kifizetetlen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Piszkozat</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Érvénytelenített</translation>
    </message>
</context>
<context>
    <name>LicencesWindow</name>
    <message>
        <source>Licences of {org}</source>
        <translation>Licencek – {org}</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Előfizetések</translation>
    </message>
    <message>
        <source>Who holds the licence</source>
        <translation>A licenc birtokosai</translation>
    </message>
    <message>
        <source>&amp;Buy licences…</source>
        <translation>&amp;Licencek vásárlása…</translation>
    </message>
    <message>
        <source>Buy licences</source>
        <translation>Licencek vásárlása</translation>
    </message>
    <message>
        <source>&amp;Give licence…</source>
        <translation>Licenc &amp;kiosztása…</translation>
    </message>
    <message>
        <source>Give a licence</source>
        <translation>Licenc kiosztása</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>&amp;Visszavonás</translation>
    </message>
    <message>
        <source>Take the licence back</source>
        <translation>A licenc visszavonása</translation>
    </message>
    <message>
        <source>No subscriptions here yet: licences are bought from the provider above.</source>
        <translation>Még nincs előfizetés: a licenceket a felettes szolgáltatótól lehet megvásárolni.</translation>
    </message>
    <message>
        <source>&amp;Subscriptions</source>
        <translation>&amp;Előfizetések</translation>
    </message>
    <message>
        <source>Licence rules</source>
        <translation>Licencszabályok</translation>
    </message>
    <message>
        <source>&amp;New rule…</source>
        <translation>Ú&amp;j szabály…</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Új szabály</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Szerkesztés…</translation>
    </message>
    <message>
        <source>Edit the rule</source>
        <translation>A szabály szerkesztése</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Törlés…</translation>
    </message>
    <message>
        <source>Delete the rule</source>
        <translation>A szabály törlése</translation>
    </message>
    <message>
        <source>Rules run in order, each on what the ones before it did, when people or rules change and every hour.</source>
        <translation>A szabályok sorban futnak, mindegyik az előzőek eredményére építve: amikor személyek vagy szabályok változnak, valamint óránként.</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>Sza&amp;bályok</translation>
    </message>
    <message>
        <source>Licences of {product} bought (now {bought}, {given} given):</source>
        <translation>Megvásárolt licencek – {product} (jelenleg {bought}, ebből {given} kiosztva):</translation>
    </message>
    <message>
        <source>Everyone here holds this licence already.</source>
        <translation>Itt már mindenki rendelkezik ezzel a licenccel.</translation>
    </message>
    <message>
        <source>Give {product} to:</source>
        <translation>{product} kiosztása a következő személynek:</translation>
    </message>
    <message>
        <source>Delete licence rule</source>
        <translation>Licencszabály törlése</translation>
    </message>
    <message>
        <source>Delete the rule {name}? Licences it gave stay given; it gives and takes nothing more.</source>
        <translation>Törli a(z) {name} szabályt? Az általa kiosztott licencek kiosztva maradnak; a szabály többé nem oszt ki és nem von vissza licencet.</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Organisation</source>
        <translation>Szervezet</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Leírás</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mennyiség</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Egységár</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
</context>
<context>
    <name>LogInAs</name>
    <message>
        <source>Log &amp;in as its owner…</source>
        <translation>Bejelentkezés a &amp;tulajdonosként…</translation>
    </message>
    <message>
        <source>See and work in the selected sub-account as its owner does, for a while</source>
        <translation>A kijelölt alfiók megtekintése és kezelése egy ideig úgy, ahogy a tulajdonosa látja</translation>
    </message>
    <message>
        <source>Log in as the owner</source>
        <translation>Bejelentkezés tulajdonosként</translation>
    </message>
    <message>
        <source>Open {org} as its owner sees it? For a limited time you see and act as the owner; everything you do is recorded with your name too.</source>
        <translation>Megnyitja a(z) {org} szervezetet úgy, ahogy a tulajdonosa látja? Korlátozott ideig a tulajdonosként lát és cselekszik; minden művelete az Ön nevével is rögzül.</translation>
    </message>
</context>
<context>
    <name>LunchModel</name>
    <message>
        <source>Sub-account</source>
        <translation>Alfiók</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Hét</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Összesen</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <source>Outgoing mail</source>
        <translation>Kimenő levelek</translation>
    </message>
    <message>
        <source>Mail sent</source>
        <translation>Elküldött levelek</translation>
    </message>
    <message>
        <source>Mail text</source>
        <translation>A levél szövege</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Frissítés</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Frissítés</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Betöltés…</translation>
    </message>
    <message>
        <source>Mail the demo server sent; nothing left this computer.</source>
        <translation>A bemutatószerver által küldött levelek; semmi sem hagyta el ezt a gépet.</translation>
    </message>
    <message>
        <source>This server sends its mail over SMTP; it keeps no mailbox.</source>
        <translation>Ez a szerver SMTP-n küldi a leveleit; nincs postafiókja.</translation>
    </message>
    <message>
        <source>To: {address}</source>
        <translation>Címzett: {address}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Tárgy: {subject}</translation>
    </message>
</context>
<context>
    <name>MailboxModel</name>
    <message>
        <source>When</source>
        <translation>Mikor</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Címzett</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tárgy</translation>
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
        <translation>Szervezeti fa</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Szinkronizálás most</translation>
    </message>
    <message>
        <source>Fetch the latest changes from the server (F5)</source>
        <translation>A legújabb változások lekérése a szerverről (F5)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Fiók &amp;hozzáadása…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Kijelentkezés</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <source>&amp;Collapse tree</source>
        <translation>Fa &amp;összecsukása</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Adatok &amp;szerkesztése…</translation>
    </message>
    <message>
        <source>&amp;Detach sub-account…</source>
        <translation>Alfiók &amp;leválasztása…</translation>
    </message>
    <message>
        <source>Make the selected sub-account an independent organisation</source>
        <translation>A kijelölt alfiók önálló szervezetté tétele</translation>
    </message>
    <message>
        <source>&amp;Lunch and requests…</source>
        <translation>&amp;Ebéd és kérések…</translation>
    </message>
    <message>
        <source>The week&apos;s lunch orders and a report of service requests, for the selection</source>
        <translation>A hét ebédrendelései és a szolgáltatáskérések jelentése a kijelöltre</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>Sze&amp;repkörök…</translation>
    </message>
    <message>
        <source>The roles that can be given here; the role editor</source>
        <translation>Az itt kiosztható szerepkörök; a szerepkör-szerkesztő</translation>
    </message>
    <message>
        <source>L&amp;icences…</source>
        <translation>L&amp;icencek…</translation>
    </message>
    <message>
        <source>Subscriptions, who holds which licence, and the licence rules</source>
        <translation>Előfizetések, ki melyik licenccel rendelkezik, és a licencszabályok</translation>
    </message>
    <message>
        <source>S&amp;hared resources…</source>
        <translation>&amp;Megosztott erőforrások…</translation>
    </message>
    <message>
        <source>Agents, channels and knowledge: this organisation&apos;s own and those inherited</source>
        <translation>Ügynökök, csatornák és tudásanyagok: a szervezet saját és örökölt erőforrásai</translation>
    </message>
    <message>
        <source>&amp;Billing…</source>
        <translation>S&amp;zámlázás…</translation>
    </message>
    <message>
        <source>Invoices here and below, their lines, and the totals rolled up the tree</source>
        <translation>Számlák itt és az alárendelt szervezetekben, a tételeik, valamint a fában felfelé összesített összegek</translation>
    </message>
    <message>
        <source>C&amp;ustomers…</source>
        <translation>Ü&amp;gyfelek…</translation>
    </message>
    <message>
        <source>A partner&apos;s customer accounts: status, plans, what needs attention</source>
        <translation>Egy partner ügyfélfiókjai: állapot, tervek, ami figyelmet igényel</translation>
    </message>
    <message>
        <source>E&amp;xport audit log…</source>
        <translation>Auditnapló e&amp;xportálása…</translation>
    </message>
    <message>
        <source>Save the audit log you may review, verified, as JSON Lines and CSV</source>
        <translation>Az Ön által megtekinthető auditnapló mentése ellenőrizve, JSON Lines és CSV formátumban</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Auditnapló…</translation>
    </message>
    <message>
        <source>Every recorded change and sign-in you may review, searchable offline</source>
        <translation>Minden rögzített módosítás és bejelentkezés, amelyet megtekinthet, offline is kereshetően</translation>
    </message>
    <message>
        <source>Securit&amp;y…</source>
        <translation>&amp;Biztonság…</translation>
    </message>
    <message>
        <source>2-step sign-in, and the consoles signed in as you</source>
        <translation>Kétlépcsős azonosítás és az Ön fiókjával bejelentkezett konzolok</translation>
    </message>
    <message>
        <source>Outgoing &amp;mail…</source>
        <translation>Kimenő &amp;levelek…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>Ü&amp;tközések…</translation>
    </message>
    <message>
        <source>Go to &amp;tree</source>
        <translation>Ugrás a &amp;fára</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Sz&amp;ervezet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Nézet</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Fő eszköztár</translation>
    </message>
    <message>
        <source>Not signed in. Choose File › Add account… to sign in.</source>
        <translation>Nincs bejelentkezve. A bejelentkezéshez válassza a Fájl › Fiók hozzáadása… menüpontot.</translation>
    </message>
    <message>
        <source>Nothing to show yet: your organisations appear here after the first sync.</source>
        <translation>Még nincs mit mutatni: a szervezetei az első szinkronizálás után jelennek meg itt.</translation>
    </message>
    <message>
        <source>You may not change this organisation&apos;s details.</source>
        <translation>Nem módosíthatja ennek a szervezetnek az adatait.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} szerkesztése</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Mentve.</translation>
    </message>
    <message>
        <source>This organisation cannot be detached by you.</source>
        <translation>Ezt a szervezetet Ön nem választhatja le.</translation>
    </message>
    <message>
        <source>{name} will be detached as soon as the server has the change.</source>
        <translation>A(z) {name} leválasztása megtörténik, amint a szerver megkapja a változást.</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Auditnapló exportálása</translation>
    </message>
    <message>
        <source>Audit export (*.jsonl)</source>
        <translation>Auditnapló-export (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {jsonl} and {csv}; verified intact.</source>
        <translation>
            <numerusform>%n esemény mentve ide: {jsonl} és {csv}; ellenőrizve, sértetlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit export is NOT intact: {fault}</source>
        <translation>Az auditnapló-export NEM sértetlen: {fault}</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Az auditnapló exportálása…</translation>
    </message>
    <message>
        <source>Decide about the earlier change first (Conflicts).</source>
        <translation>Előbb döntsön a korábbi módosításról (Ütközések).</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Új ügyfél</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Cégnév</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kapcsolattartó</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kapcsolattartó e-mail</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Terv</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(még nincs)</translation>
    </message>
    <message>
        <source>Trial days</source>
        <translation>Próbaidőszak (nap)</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Cégnév:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Kapcsolattartó:</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>Kapcsolattartó &amp;e-mail:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Terv:</translation>
    </message>
    <message>
        <source>&amp;Trial days:</source>
        <translation>&amp;Próbaidőszak (nap):</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Létrehozás</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Adjon meg érvényes e-mail-címet.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Adja meg a cég nevét.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New service request</source>
        <translation>Új szolgáltatáskérés</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Kinek</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Fajta</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Mi</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Nap</translation>
    </message>
    <message>
        <source>&amp;How many</source>
        <translation>&amp;Mennyi</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Megjegyzés</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Megrendelés</translation>
    </message>
    <message>
        <source>Say what is needed.</source>
        <translation>Adja meg, mire van szükség.</translation>
    </message>
    <message>
        <source>Check the entries: {problem}</source>
        <translation>Ellenőrizze a megadott adatokat: {problem}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on the deal with {name}</source>
        <translation>Jegyzet az értékesítési lehetőséghez – {name}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Jegyzet</translation>
    </message>
    <message>
        <source>What was agreed, what is next…</source>
        <translation>Miben állapodtak meg, mi a következő lépés…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Jegyzet hozzáadása</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Előbb írja meg a jegyzetet.</translation>
    </message>
</context>
<context>
    <name>OrgDetailPane</name>
    <message>
        <source>Organisation details</source>
        <translation>Szervezet adatai</translation>
    </message>
    <message>
        <source>Select an organisation in the tree.</source>
        <translation>Válasszon egy szervezetet a fában.</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Adatok &amp;szerkesztése…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Adatok szerkesztése</translation>
    </message>
    <message>
        <source>Change the company and contact details (Ctrl+E)</source>
        <translation>Cég- és kapcsolattartási adatok módosítása (Ctrl+E)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Cég</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Hivatalos név</translation>
    </message>
    <message>
        <source>VAT / CVR</source>
        <translation>Adószám</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kapcsolat</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kapcsolattartó</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notifications to</source>
        <translation>Értesítések címzettje</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Előfizetés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Kezdete</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Megújul</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Felépítés</translation>
    </message>
    <message>
        <source>Sub-accounts</source>
        <translation>Alfiókok</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Személyek</translation>
    </message>
    <message>
        <source>Seats here</source>
        <translation>Helyek itt</translation>
    </message>
    <message>
        <source>Seats in subtree</source>
        <translation>Helyek a részfában</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Legfelső szint</translation>
    </message>
    <message>
        <source>Lifecycle: {0}</source>
        <translation>Életciklus: {0}</translation>
    </message>
    <message>
        <source>{direct} direct · {total} in total</source>
        <translation>{direct} közvetlen · {total} összesen</translation>
    </message>
    <message>
        <source>{here} here · {total} in subtree</source>
        <translation>{here} itt · {total} a részfában</translation>
    </message>
    <message>
        <source>{b} billable · {f} free</source>
        <translation>{b} fizetős · {f} ingyenes</translation>
    </message>
    <message>
        <source>{names} (above, until it is set up)</source>
        <translation>{names} (a felettes szervezetnél, amíg létre nem jön)</translation>
    </message>
    <message>
        <source>Changes not yet sent</source>
        <translation>Elküldetlen módosítások</translation>
    </message>
    <message>
        <source>Saved here; they go to the server as soon as it can be reached.</source>
        <translation>Itt mentve; amint a szerver elérhető, elküldjük.</translation>
    </message>
    <message>
        <source>Not taken by the server</source>
        <translation>A szerver nem fogadta el</translation>
    </message>
    <message>
        <source>Decide what to keep in Conflicts.</source>
        <translation>Az Ütközések között döntse el, mi maradjon.</translation>
    </message>
    <message>
        <source>Trial ended {date}</source>
        <translation>A próbaidőszak lejárt: {date}</translation>
    </message>
    <message numerus="yes">
        <source>Trial · %n day(s) left (ends {date})</source>
        <translation>
            <numerusform>Próbaidőszak · még %n nap (vége: {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>Active subscription</source>
        <translation>Aktív előfizetés</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lezárva</translation>
    </message>
    <message>
        <source>No subscription</source>
        <translation>Nincs előfizetés</translation>
    </message>
</context>
<context>
    <name>OrgEditDialog</name>
    <message>
        <source>Edit details</source>
        <translation>Adatok szerkesztése</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Név</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>&amp;Hivatalos név</translation>
    </message>
    <message>
        <source>&amp;VAT / CVR</source>
        <translation>&amp;Adószám</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Cím</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Irányítószám</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Település</translation>
    </message>
    <message>
        <source>Countr&amp;y (2 letters)</source>
        <translation>&amp;Ország (2 betű)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>&amp;Kapcsolattartó</translation>
    </message>
    <message>
        <source>Contact e&amp;mail</source>
        <translation>Kapcsolattartó e-&amp;mail</translation>
    </message>
    <message>
        <source>Allow members from &amp;other domains</source>
        <translation>Más &amp;domainekből származó tagok engedélyezése</translation>
    </message>
    <message>
        <source>Without this, people are added only with an address in one of the organisation&apos;s verified domains.</source>
        <translation>Enélkül személyeket csak a szervezet valamelyik ellenőrzött domainjébe tartozó címmel lehet felvenni.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Mentés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>A név nem lehet üres.</translation>
    </message>
    <message>
        <source>The country is two capital letters, like DK or DE.</source>
        <translation>Az ország két nagybetű, például DK vagy DE.</translation>
    </message>
    <message>
        <source>The contact email address is not valid.</source>
        <translation>A kapcsolattartó e-mail-címe érvénytelen.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Ez az érték érvénytelen.</translation>
    </message>
</context>
<context>
    <name>OrgSearchBox</name>
    <message>
        <source>Find an organisation…  (Ctrl+F)</source>
        <translation>Szervezet keresése…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find organisation</source>
        <translation>Szervezet keresése</translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <source>Organisation</source>
        <translation>Szervezet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
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
        <translation>Név</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Hely</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencek</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>First sign-in</source>
        <translation>Első bejelentkezés</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Utolsó bejelentkezés</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Fizetős</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ingyenes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktív</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Meghívva</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Felfüggesztve</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Soha</translation>
    </message>
</context>
<context>
    <name>PeoplePane</name>
    <message>
        <source>People</source>
        <translation>Személyek</translation>
    </message>
    <message>
        <source>Find a person by name or email…</source>
        <translation>Személy keresése név vagy e-mail alapján…</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Személy keresése</translation>
    </message>
    <message>
        <source>Members of the organisation</source>
        <translation>A szervezet tagjai</translation>
    </message>
    <message>
        <source>Seat plan</source>
        <translation>Helycsomag</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Személy hozzá&amp;adása…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Személy hozzáadása</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Sze&amp;repkör módosítása…</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>A szerepkör módosítása</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>El&amp;távolítás…</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>A tag eltávolítása</translation>
    </message>
    <message>
        <source>A&amp;ccess…</source>
        <translation>&amp;Hozzáférés…</translation>
    </message>
    <message>
        <source>Effective access</source>
        <translation>Tényleges hozzáférés</translation>
    </message>
    <message>
        <source>Why can this person do that here? Who reaches this organisation?</source>
        <translation>Miért teheti ezt meg itt ez a személy? Ki fér hozzá ehhez a szervezethez?</translation>
    </message>
    <message>
        <source>No seat plan covers this organisation.</source>
        <translation>Ezt a szervezetet egyetlen helycsomag sem fedi le.</translation>
    </message>
    <message>
        <source>{plan} (at {org}): {used} of {bought} bought seats in use</source>
        <translation>{plan} ({org}): {bought} megvásárolt helyből {used} használatban</translation>
    </message>
    <message numerus="yes">
        <source> · %n bought but unassigned</source>
        <translation>
            <numerusform> · %n megvásárolva, de nincs kiosztva</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches the search.</source>
        <translation>Senki sem felel meg a keresésnek.</translation>
    </message>
    <message>
        <source>No members here yet.</source>
        <translation>Még nincsenek tagok.</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Futamidő</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Megvásárolva</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Kiosztva</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nincs kiosztva</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>Havonta</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Kezdete</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Megújul</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Éves</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Havi</translation>
    </message>
</context>
<context>
    <name>ReachedModel</name>
    <message>
        <source>Organisation</source>
        <translation>Szervezet</translation>
    </message>
    <message>
        <source>Through (role @ where granted)</source>
        <translation>Ezen keresztül (szerepkör @ ahol kiosztották)</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <source>Service requests</source>
        <translation>Szolgáltatáskérések</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>Ú&amp;j kérés…</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Új kérés</translation>
    </message>
    <message>
        <source>Status of the selected request</source>
        <translation>A kijelölt kérés állapota</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Á&amp;llapot:</translation>
    </message>
    <message>
        <source>You may not order services here.</source>
        <translation>Itt nem rendelhet szolgáltatást.</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Day</source>
        <translation>Nap</translation>
    </message>
    <message>
        <source>Sub-account</source>
        <translation>Alfiók</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Fajta</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Mennyi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
</context>
<context>
    <name>RequestsWindow</name>
    <message>
        <source>Lunch and requests — {name}</source>
        <translation>Ebéd és kérések — {name}</translation>
    </message>
    <message>
        <source>&amp;Lunch</source>
        <translation>&amp;Ebéd</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>&amp;Kérések</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Jelentés</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Előző hét</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Ez a hét</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>&amp;Következő hét ▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ez a hét</translation>
    </message>
    <message>
        <source>Lunch orders per day and sub-account</source>
        <translation>Ebédrendelések naponként és alfiókonként</translation>
    </message>
    <message>
        <source>Lunches ordered per day by each sub-account; cancelled orders are not counted.</source>
        <translation>Az egyes alfiókok által naponta rendelt ebédek; a lemondott rendelések nem számítanak.</translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation>{number}. hét: {first} – {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n lunch(es) this week</source>
        <translation>
            <numerusform>%n ebéd ezen a héten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-account(s) ordered</source>
        <translation>
            <numerusform>%n alfiók rendelt</numerusform>
        </translation>
    </message>
    <message>
        <source>Sub-account</source>
        <translation>Alfiók</translation>
    </message>
    <message>
        <source>All sub-accounts</source>
        <translation>Minden alfiók</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Bármely állapot</translation>
    </message>
    <message>
        <source>Su&amp;b-account:</source>
        <translation>&amp;Alfiók:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Á&amp;llapot:</translation>
    </message>
    <message>
        <source>Requests per week, by kind</source>
        <translation>Kérések hetente, fajta szerint</translation>
    </message>
    <message>
        <source>W{number}</source>
        <translation>{number}. hét</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Kérések</translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <source>New resource</source>
        <translation>Új erőforrás</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Ügynök</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Csatorna</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Tudásbázis</translation>
    </message>
    <message>
        <source>&amp;Share with every organisation below</source>
        <translation>Megosztás minden &amp;alárendelt szervezettel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Típus</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Név</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Szöveg</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Mentés</translation>
    </message>
    <message>
        <source>Give the resource a name.</source>
        <translation>Adjon nevet az erőforrásnak.</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>New role</source>
        <translation>Új szerepkör</translation>
    </message>
    <message>
        <source>Role {name}</source>
        <translation>{name} szerepkör</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Leírás</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Név</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Leírás</translation>
    </message>
    <message>
        <source>You do not hold this permission here yourself.</source>
        <translation>Ön maga nem rendelkezik itt ezzel a jogosultsággal.</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Jogosultságok</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Mentés</translation>
    </message>
    <message>
        <source>People with this role hold a billable seat.</source>
        <translation>Az ezzel a szerepkörrel rendelkező személyek fizetős helyet foglalnak el.</translation>
    </message>
    <message>
        <source>People with this role hold a free seat.</source>
        <translation>Az ezzel a szerepkörrel rendelkező személyek ingyenes helyet foglalnak el.</translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation>Adjon nevet a szerepkörnek.</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Válasszon legalább egy jogosultságot.</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles at {org}</source>
        <translation>Szerepkörök itt: {org}</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Szerepkörök</translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>Ú&amp;j szerepkör…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Szerkesztés…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Törlés…</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Új szerepkör</translation>
    </message>
    <message>
        <source>Edit the role</source>
        <translation>A szerepkör szerkesztése</translation>
    </message>
    <message>
        <source>Delete the role</source>
        <translation>A szerepkör törlése</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Szerepkör törlése</translation>
    </message>
    <message>
        <source>Delete the role {name}?</source>
        <translation>Törli a(z) {name} szerepkört?</translation>
    </message>
    <message>
        <source>A role that someone still holds cannot be deleted; change theirs first.</source>
        <translation>Nem törölhető olyan szerepkör, amellyel még valaki rendelkezik; előbb módosítsa az érintettek szerepkörét.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Törlés</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Hely</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Jogosultságok</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Beépített</translation>
    </message>
    <message>
        <source>Custom, this organisation&apos;s</source>
        <translation>Egyéni, ennek a szervezetnek a sajátja</translation>
    </message>
    <message>
        <source>Custom, from above</source>
        <translation>Egyéni, a felettes szervezettől</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Fizetős</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ingyenes</translation>
    </message>
</context>
<context>
    <name>RollupModel</name>
    <message>
        <source>Organisation</source>
        <translation>Szervezet</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Kiszámlázva</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Kifizetve</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Kifizetetlen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>New licence rule</source>
        <translation>Új licencszabály</translation>
    </message>
    <message>
        <source>Licence rule {name}</source>
        <translation>{name} licencszabály</translation>
    </message>
    <message>
        <source>Members of a unit</source>
        <translation>Egy szervezeti egység tagjai</translation>
    </message>
    <message>
        <source>Members of a group</source>
        <translation>Egy csoport tagjai</translation>
    </message>
    <message>
        <source>No sign-in for a number of days</source>
        <translation>Adott számú napja nem jelentkezett be</translation>
    </message>
    <message>
        <source>First sign-in within a number of days</source>
        <translation>Első bejelentkezés adott számú napon belül</translation>
    </message>
    <message>
        <source> days</source>
        <translation> nap</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>Kiosztás</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Visszavonás</translation>
    </message>
    <message>
        <source>Change to another licence</source>
        <translation>Váltás másik licencre</translation>
    </message>
    <message>
        <source>Rule is &amp;on</source>
        <translation>A szabály &amp;aktív</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Név</translation>
    </message>
    <message>
        <source>&amp;Order (lower runs first)</source>
        <translation>&amp;Sorrend (a kisebb fut előbb)</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Kire</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Szervezeti &amp;egység</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Csoport</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>Na&amp;pok</translation>
    </message>
    <message>
        <source>&amp;Does</source>
        <translation>Mű&amp;velet</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licenc</translation>
    </message>
    <message>
        <source>Change &amp;to</source>
        <translation>Vál&amp;tás erre</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Próbafuttatás</translation>
    </message>
    <message>
        <source>What the rules would change</source>
        <translation>Amit a szabályok megváltoztatnának</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Mentés</translation>
    </message>
    <message>
        <source>Dry run: what this would change now</source>
        <translation>Próbafuttatás: ezt változtatná meg most</translation>
    </message>
    <message>
        <source>This organisation has no subscriptions to give.</source>
        <translation>Ennek a szervezetnek nincs olyan előfizetése, amelyből licencet lehetne kiosztani.</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Adjon nevet a szabálynak.</translation>
    </message>
    <message>
        <source>A change goes to another licence.</source>
        <translation>Váltani csak másik licencre lehet.</translation>
    </message>
    <message>
        <source>Check the rule: {problem}</source>
        <translation>Ellenőrizze a szabályt: {problem}</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>Order</source>
        <translation>Sorrend</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Szabály</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kire</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Művelet</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktív</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nem</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Security of {who}</source>
        <translation>Biztonság: {who}</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>QR-kód a hitelesítő alkalmazáshoz</translation>
    </message>
    <message>
        <source>Key for the authenticator app</source>
        <translation>Kulcs a hitelesítő alkalmazáshoz</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6 jegyű kód</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>Kód a hitelesítő alkalmazásból</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Az Ön jelszava</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Jelszó</translation>
    </message>
    <message>
        <source>2-step sign-in</source>
        <translation>Kétlépcsős azonosítás</translation>
    </message>
    <message>
        <source>Signed-in consoles</source>
        <translation>Bejelentkezett konzolok</translation>
    </message>
    <message>
        <source>&amp;Sign out this one</source>
        <translation>Ki&amp;jelentkeztetés</translation>
    </message>
    <message>
        <source>Sign out the selected console</source>
        <translation>A kijelölt konzol kijelentkeztetése</translation>
    </message>
    <message>
        <source>Sign out all &amp;others</source>
        <translation>Összes &amp;többi kijelentkeztetése</translation>
    </message>
    <message>
        <source>Sign out every other console</source>
        <translation>Az összes többi konzol kijelentkeztetése</translation>
    </message>
    <message>
        <source>These change at the server, at once, and are recorded in the audit log.</source>
        <translation>Ezek a módosítások azonnal érvénybe lépnek a szerveren, és bekerülnek az auditnaplóba.</translation>
    </message>
    <message>
        <source>On: signing in asks for a code from your authenticator app.</source>
        <translation>Bekapcsolva: bejelentkezéskor a hitelesítő alkalmazás kódját is meg kell adni.</translation>
    </message>
    <message>
        <source>Turn &amp;off…</source>
        <translation>&amp;Kikapcsolás…</translation>
    </message>
    <message>
        <source>Off: signing in needs only your password.</source>
        <translation>Kikapcsolva: a bejelentkezéshez csak a jelszó szükséges.</translation>
    </message>
    <message>
        <source>Turn &amp;on…</source>
        <translation>&amp;Bekapcsolás…</translation>
    </message>
    <message>
        <source>Turn 2-step sign-in &amp;off</source>
        <translation>Kétlépcsős azonosítás &amp;kikapcsolása</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Mégse</translation>
    </message>
    <message>
        <source>Scan the code with your authenticator app, or enter this key:
{key}</source>
        <translation>Olvassa be a kódot a hitelesítő alkalmazással, vagy adja meg ezt a kulcsot:
{key}</translation>
    </message>
    <message>
        <source>Turn 2-step sign-in &amp;on</source>
        <translation>Kétlépcsős azonosítás &amp;bekapcsolása</translation>
    </message>
    <message>
        <source>Enter the 6 digits the app shows now.</source>
        <translation>Adja meg az alkalmazásban most látható 6 számjegyet.</translation>
    </message>
    <message>
        <source>Enter your password as well.</source>
        <translation>Adja meg a jelszavát is.</translation>
    </message>
    <message>
        <source>2-step sign-in is on.</source>
        <translation>A kétlépcsős azonosítás be van kapcsolva.</translation>
    </message>
    <message>
        <source>2-step sign-in is off.</source>
        <translation>A kétlépcsős azonosítás ki van kapcsolva.</translation>
    </message>
    <message>
        <source>Sign out all others</source>
        <translation>Az összes többi kijelentkeztetése</translation>
    </message>
    <message>
        <source>Sign out every other console signed in as you? This one stays signed in.</source>
        <translation>Kijelentkezteti az összes többi konzolt, amely az Ön fiókjával van bejelentkezve? Ez a konzol bejelentkezve marad.</translation>
    </message>
    <message>
        <source>The code is wrong or was used already. Wait for a new one.</source>
        <translation>A kód hibás vagy már felhasználták. Várja meg az újat.</translation>
    </message>
    <message>
        <source>The password or the code is wrong.</source>
        <translation>A jelszó vagy a kód hibás.</translation>
    </message>
    <message>
        <source>While logged in as someone, their security cannot be changed.</source>
        <translation>Más nevében bejelentkezve az ő biztonsági beállításai nem módosíthatók.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Console</source>
        <translation>Konzol</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Bejelentkezés</translation>
    </message>
    <message>
        <source>Unknown console</source>
        <translation>Ismeretlen konzol</translation>
    </message>
    <message>
        <source>{device} (this console)</source>
        <translation>{device} (ez a konzol)</translation>
    </message>
</context>
<context>
    <name>SharedModel</name>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Forrás</translation>
    </message>
    <message>
        <source>Shared down</source>
        <translation>Lefelé megosztva</translation>
    </message>
    <message>
        <source>Inherited from {org}: read-only here.</source>
        <translation>Örökölve innen: {org}; itt csak olvasható.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Ügynök</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Csatorna</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Tudásbázis</translation>
    </message>
    <message>
        <source>This organisation</source>
        <translation>Ez a szervezet</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Örökölt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nem</translation>
    </message>
</context>
<context>
    <name>SharedWindow</name>
    <message>
        <source>Shared resources of {org}</source>
        <translation>Megosztott erőforrások – {org}</translation>
    </message>
    <message>
        <source>Shared resources</source>
        <translation>Megosztott erőforrások</translation>
    </message>
    <message>
        <source>Text of the resource</source>
        <translation>Az erőforrás szövege</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Ú&amp;j…</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Új erőforrás</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Szerkesztés…</translation>
    </message>
    <message>
        <source>Edit the resource</source>
        <translation>Az erőforrás szerkesztése</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Törlés…</translation>
    </message>
    <message>
        <source>Delete the resource</source>
        <translation>Az erőforrás törlése</translation>
    </message>
    <message>
        <source>No agents, channels or knowledge-base entries here yet. New… makes one; those the organisations above share appear here too.</source>
        <translation>Még nincs ügynök, csatorna vagy tudásbázis-bejegyzés. Az Új… létrehoz egyet; a felettes szervezetek által megosztottak is itt jelennek meg.</translation>
    </message>
    <message>
        <source>Inherited from {org}: read-only here.</source>
        <translation>Örökölve innen: {org}; itt csak olvasható.</translation>
    </message>
    <message>
        <source>This organisation&apos;s own; shared with every organisation below.</source>
        <translation>A szervezet saját erőforrása; minden alárendelt szervezettel megosztva.</translation>
    </message>
    <message>
        <source>This organisation&apos;s own; not shared.</source>
        <translation>A szervezet saját erőforrása; nincs megosztva.</translation>
    </message>
    <message>
        <source>Delete resource</source>
        <translation>Erőforrás törlése</translation>
    </message>
    <message>
        <source>Delete {name}? Organisations below lose it too.</source>
        <translation>Törli a(z) {name} erőforrást? Az alárendelt szervezetek is elveszítik.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to hubdesk</source>
        <translation>Bejelentkezés a hubdeskbe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Bejelentkezés</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Szerver címe</translation>
    </message>
    <message>
        <source>Demo sign-ins</source>
        <translation>Bemutató fiókok</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nev@ceg.hu</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Jelszó</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6 jegyű kód</translation>
    </message>
    <message>
        <source>2-step verification code</source>
        <translation>Kétlépcsős azonosítás kódja</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Bejelentkezési hiba</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Szerver:</translation>
    </message>
    <message>
        <source>Choose a demo sign-in…</source>
        <translation>Válasszon bemutató fiókot…</translation>
    </message>
    <message>
        <source>&amp;Demo:</source>
        <translation>&amp;Bemutató:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Jelszó:</translation>
    </message>
    <message>
        <source>2-step &amp;code:</source>
        <translation>Azonosító &amp;kód:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Bejelentkezés</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Adja meg a szerver címét.</translation>
    </message>
    <message>
        <source>Enter your email address, like name@company.com.</source>
        <translation>Adja meg e-mail-címét, például nev@ceg.hu.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Adja meg jelszavát.</translation>
    </message>
    <message>
        <source>The 2-step code has 6 digits.</source>
        <translation>Az azonosító kód 6 jegyű.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Adja meg a hitelesítő alkalmazásban látható 6 jegyű kódot.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Connection</source>
        <translation>Kapcsolat</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Bejelentkezve mint</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Utolsó szinkronizálás</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Szinkronizálás állapota</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Szinkronizálás megszakítása</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Küldésre váró módosítások</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ütközések</translation>
    </message>
    <message>
        <source>Changes the server did not take (Ctrl+Shift+K)</source>
        <translation>A szerver által el nem fogadott módosítások (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Sign-in not remembered</source>
        <translation>A bejelentkezés nem marad meg</translation>
    </message>
    <message>
        <source>Sign-in storage</source>
        <translation>Bejelentkezés tárolása</translation>
    </message>
    <message>
        <source>Latest remark</source>
        <translation>Legutóbbi üzenet</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nincs bejelentkezve</translation>
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
        <translation>{person} – {server}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n módosítás vár küldésre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n ütközés</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Még nem volt szinkronizálva</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Épp most szinkronizálva</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>%n perce szinkronizálva</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Szinkronizálva: {when}</translation>
    </message>
    <message>
        <source>{rows} rows · {rate}/s</source>
        <translation>{rows} sor · {rate}/s</translation>
    </message>
</context>
<context>
    <name>VerificationBar</name>
    <message>
        <source>Verification of the audit log</source>
        <translation>Az auditnapló ellenőrzése</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>&amp;Ellenőrzés most</translation>
    </message>
    <message>
        <source>Verify the whole cached audit log now</source>
        <translation>A teljes gyorsítótárazott auditnapló ellenőrzése most</translation>
    </message>
    <message>
        <source>Recompute every hash, follow every chain, check every signature</source>
        <translation>Az összes hash-érték újraszámítása, az összes lánc követése, az összes aláírás ellenőrzése</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Az auditnapló ellenőrzése…</translation>
    </message>
    <message>
        <source>Could not verify: {error}</source>
        <translation>Az ellenőrzés nem sikerült: {error}</translation>
    </message>
    <message>
        <source>The audit log has not been verified yet.</source>
        <translation>Az auditnapló még nincs ellenőrizve.</translation>
    </message>
    <message>
        <source>Every hash of {n} events checks out, but no audit key was pinned for this account: the server&apos;s signatures cannot be checked.</source>
        <translation>Mind a(z) {n} esemény hash-értéke rendben van, de ehhez a fiókhoz nincs rögzített auditkulcs: a szerver aláírásai nem ellenőrizhetők.</translation>
    </message>
    <message>
        <source>Every hash of {n} events checks out; the server has signed no checkpoint for them yet.</source>
        <translation>Mind a(z) {n} esemény hash-értéke rendben van; a szerver még nem írt alá hozzájuk ellenőrzőpontot.</translation>
    </message>
    <message>
        <source>Verified up to event {n}, signed at {time}.</source>
        <translation>Ellenőrizve a(z) {n}. eseménnyel bezárólag, aláírva: {time}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln newer event(s) are chained and await the next checkpoint.</source>
        <translation>
            <numerusform>%Ln újabb esemény már a láncban van, és a következő ellenőrzőpontra vár.</numerusform>
        </translation>
    </message>
    <message>
        <source>position {seq} of the log of {chain}</source>
        <translation>a(z) {chain} naplójának {seq}. pozíciója</translation>
    </message>
    <message>
        <source>The event at {where} was changed after it was recorded.</source>
        <translation>Egy esemény a rögzítése után módosult (hely: {where}).</translation>
    </message>
    <message>
        <source>The log breaks at {where}: an event was removed, inserted or reordered.</source>
        <translation>A napló megszakad (hely: {where}): egy eseményt eltávolítottak, beszúrtak vagy áthelyeztek.</translation>
    </message>
    <message>
        <source>{where} differs from what the server recorded there.</source>
        <translation>Eltérés a szerveren rögzítettől (hely: {where}).</translation>
    </message>
    <message>
        <source>{where} is missing from the cache (removed, or not synced yet), so the log cannot be verified up to its checkpoint.</source>
        <translation>Egy esemény hiányzik a gyorsítótárból (eltávolították, vagy még nincs szinkronizálva), ezért a napló nem ellenőrizhető az ellenőrzőpontjáig (hely: {where}).</translation>
    </message>
    <message>
        <source>The checkpoints are signed with another key than the one pinned at the first sign-in ({where}).</source>
        <translation>Az ellenőrzőpontokat más kulccsal írták alá, mint amelyet az első bejelentkezéskor rögzítettek ({where}).</translation>
    </message>
    <message>
        <source>The checkpoint at {where} has a wrong signature.</source>
        <translation>Hibás az ellenőrzőpont aláírása (hely: {where}).</translation>
    </message>
    <message>
        <source>The log has another hash at {where} than was signed.</source>
        <translation>A napló hash-értéke eltér az aláírttól (hely: {where}).</translation>
    </message>
    <message>
        <source>The log fails at {where}.</source>
        <translation>A napló ellenőrzése sikertelen (hely: {where}).</translation>
    </message>
</context>
<context>
    <name>WhyModel</name>
    <message>
        <source>Permission</source>
        <translation>Jogosultság</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Forrás</translation>
    </message>
</context>
<context>
    <name>WinDialog</name>
    <message>
        <source>Mark the deal with {name} won</source>
        <translation>Értékesítési lehetőség megjelölése megnyertként – {name}</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mennyiség</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Termék:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Mennyiség:</translation>
    </message>
    <message>
        <source>The customer subscribes annually from today and becomes an active customer. You are recorded as the one who won the deal.</source>
        <translation>Az ügyfél mától éves előfizetést köt, és aktív ügyféllé válik. Az rögzül, hogy Ön nyerte meg az értékesítési lehetőséget.</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>Megjelölés megnyertként</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Signed in</source>
        <translation>Bejelentkezés</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sikertelen bejelentkezés</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Kijelentkezés</translation>
    </message>
    <message>
        <source>Stolen session refused</source>
        <translation>Ellopott munkamenet elutasítva</translation>
    </message>
    <message>
        <source>2-step sign-in turned on</source>
        <translation>Kétlépcsős azonosítás bekapcsolva</translation>
    </message>
    <message>
        <source>2-step sign-in turned off</source>
        <translation>Kétlépcsős azonosítás kikapcsolva</translation>
    </message>
    <message>
        <source>Sessions signed out</source>
        <translation>Munkamenetek kijelentkeztetve</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Auditnapló exportálva</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Adatok exportálva</translation>
    </message>
    <message>
        <source>Logged in as (start)</source>
        <translation>Bejelentkezés más nevében (kezdet)</translation>
    </message>
    <message>
        <source>Logged in as (end)</source>
        <translation>Bejelentkezés más nevében (vége)</translation>
    </message>
    <message>
        <source>Organisation created</source>
        <translation>Szervezet létrehozva</translation>
    </message>
    <message>
        <source>Organisation changed</source>
        <translation>Szervezet módosítva</translation>
    </message>
    <message>
        <source>Sub-account detached</source>
        <translation>Alfiók leválasztva</translation>
    </message>
    <message>
        <source>Client deleted</source>
        <translation>Ügyfél törölve</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Tag hozzáadva</translation>
    </message>
    <message>
        <source>Member changed</source>
        <translation>Tag módosítva</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Tag eltávolítva</translation>
    </message>
    <message>
        <source>Person activated</source>
        <translation>Személy aktiválva</translation>
    </message>
    <message>
        <source>Role created</source>
        <translation>Szerepkör létrehozva</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Szerepkör módosítva</translation>
    </message>
    <message>
        <source>Role deleted</source>
        <translation>Szerepkör törölve</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Meghívó elküldve</translation>
    </message>
    <message>
        <source>Invitation sent again</source>
        <translation>Meghívó újraküldve</translation>
    </message>
    <message>
        <source>Invitation cancelled</source>
        <translation>Meghívó visszavonva</translation>
    </message>
    <message>
        <source>Invitation expired</source>
        <translation>Meghívó lejárt</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>Meghívó elfogadva</translation>
    </message>
    <message>
        <source>Onboarding completed</source>
        <translation>Beállítás befejezve</translation>
    </message>
    <message>
        <source>Licence given</source>
        <translation>Licenc kiosztva</translation>
    </message>
    <message>
        <source>Licence taken back</source>
        <translation>Licenc visszavonva</translation>
    </message>
    <message>
        <source>Licence rule created</source>
        <translation>Licencszabály létrehozva</translation>
    </message>
    <message>
        <source>Licence rule changed</source>
        <translation>Licencszabály módosítva</translation>
    </message>
    <message>
        <source>Licence rule deleted</source>
        <translation>Licencszabály törölve</translation>
    </message>
    <message>
        <source>Subscription started</source>
        <translation>Előfizetés elindítva</translation>
    </message>
    <message>
        <source>Subscription changed</source>
        <translation>Előfizetés módosítva</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>Számla kiállítva</translation>
    </message>
    <message>
        <source>Invoice changed</source>
        <translation>Számla módosítva</translation>
    </message>
    <message>
        <source>Invoice paid</source>
        <translation>Számla kifizetve</translation>
    </message>
    <message>
        <source>Payment refunded</source>
        <translation>Fizetés visszatérítve</translation>
    </message>
    <message>
        <source>Shared resource created</source>
        <translation>Megosztott erőforrás létrehozva</translation>
    </message>
    <message>
        <source>Shared resource changed</source>
        <translation>Megosztott erőforrás módosítva</translation>
    </message>
    <message>
        <source>Resource shared</source>
        <translation>Erőforrás megosztva</translation>
    </message>
    <message>
        <source>Shared resource deleted</source>
        <translation>Megosztott erőforrás törölve</translation>
    </message>
    <message>
        <source>Request ordered</source>
        <translation>Kérés leadva</translation>
    </message>
    <message>
        <source>Request changed</source>
        <translation>Kérés módosítva</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Értékesítési lehetőség megnyerve</translation>
    </message>
    <message>
        <source>Deal note added</source>
        <translation>Jegyzet hozzáadva értékesítési lehetőséghez</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>Feladat elvégezve</translation>
    </message>
    <message>
        <source>Sign-in and security</source>
        <translation>Bejelentkezés és biztonság</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditnapló</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Adatok</translation>
    </message>
    <message>
        <source>Logging in as</source>
        <translation>Bejelentkezés más nevében</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Szervezetek</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Ügyfelek</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Tagok</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Személyek</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Szerepkörök</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Meghívók</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencek</translation>
    </message>
    <message>
        <source>Licence rules</source>
        <translation>Licencszabályok</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Előfizetések</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Számlák</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Fizetések</translation>
    </message>
    <message>
        <source>Shared resources</source>
        <translation>Megosztott erőforrások</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Szolgáltatáskérések</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Értékesítési lehetőségek</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Feladatok</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Személy</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Szervezet</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Tagság</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Meghívó</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenc</translation>
    </message>
    <message>
        <source>Licence rule</source>
        <translation>Licencszabály</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Előfizetés</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Számla</translation>
    </message>
    <message>
        <source>Shared resource</source>
        <translation>Megosztott erőforrás</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Szolgáltatáskérés</translation>
    </message>
</context>
<context>
    <name>customer_actions</name>
    <message>
        <source>Switch into the customer</source>
        <translation>Váltás az ügyfélre</translation>
    </message>
    <message>
        <source>Open {name} as its owner sees it? For a limited time you see and act as the owner; everything you do is recorded with your name too.</source>
        <translation>Megnyitja a(z) {name} ügyfelet úgy, ahogy a tulajdonosa látja? Korlátozott ideig a tulajdonosként lát és cselekszik; minden művelete az Ön nevével is rögzül.</translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message numerus="yes">
        <source>Trial ends in %n day(s)</source>
        <translation>
            <numerusform>A próbaidőszak %n nap múlva lejár</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews in %n day(s)</source>
        <translation>
            <numerusform>%n nap múlva megújul</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitation pending for %n day(s)</source>
        <translation>
            <numerusform>A meghívó %n napja függőben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue invoice(s)</source>
        <translation>
            <numerusform>%n lejárt számla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpaid invoice(s)</source>
        <translation>
            <numerusform>%n kifizetetlen számla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) bought but not given</source>
        <translation>
            <numerusform>%n licenc megvásárolva, de nincs kiosztva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n day(s)</source>
        <translation>
            <numerusform>%n napja nincs tevékenység</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The email or password is wrong.</source>
        <translation>Az e-mail-cím vagy a jelszó hibás.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Adja meg a hitelesítő alkalmazásban látható 6 jegyű kódot.</translation>
    </message>
    <message>
        <source>The 2-step code is wrong or was used already. Wait for a new one.</source>
        <translation>Az azonosító kód hibás vagy már felhasználták. Várja meg az újat.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in a few minutes.</source>
        <translation>Túl sok sikertelen bejelentkezés. Próbálja újra néhány perc múlva.</translation>
    </message>
    <message>
        <source>This account is not active.</source>
        <translation>Ez a fiók nem aktív.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>A munkamenet lejárt. Jelentkezzen be újra.</translation>
    </message>
    <message>
        <source>Sign in again to use this account.</source>
        <translation>Jelentkezzen be újra a fiók használatához.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and your connection.
{detail}</source>
        <translation>A szerver nem érhető el. Ellenőrizze a címet és a kapcsolatot.
{detail}</translation>
    </message>
    <message>
        <source>The server sent an answer the console cannot use; nothing was changed.
{detail}</source>
        <translation>A szerver olyan választ küldött, amelyet a konzol nem tud használni; semmi sem változott.
{detail}</translation>
    </message>
    <message>
        <source>The server had a problem; nothing was changed. Try again later.
{detail}</source>
        <translation>Hiba történt a szerveren; semmi sem változott. Próbálja újra később.
{detail}</translation>
    </message>
    <message>
        <source>The server refused the request: {detail}</source>
        <translation>A szerver elutasította a kérést: {detail}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {detail}</source>
        <translation>Váratlan hiba történt: {detail}</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Problem</source>
        <translation>Probléma</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
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
        <translation>Viszonteladó</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Központ</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Márka</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>Kereskedő</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Cég</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Bérlő</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Üzletág</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Telephely</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Meghívva</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Beállítás alatt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktív</translation>
    </message>
    <message>
        <source>Detached</source>
        <translation>Leválasztva</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lezárva</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Próbaidőszak</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Előfizető</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Hivatalos név</translation>
    </message>
    <message>
        <source>VAT / CVR</source>
        <translation>Adószám</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Irányítószám</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Település</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kapcsolattartó</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kapcsolattartó e-mail</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Függőben</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Elfogadva</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Befejezve</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Visszavonva</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Ebéd</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Takarítás</translation>
    </message>
    <message>
        <source>Handyman</source>
        <translation>Karbantartó</translation>
    </message>
    <message>
        <source>IT support</source>
        <translation>IT-támogatás</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Tárgyaló</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Egyéb</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Nyitott</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Folyamatban</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>See the organisation</source>
        <translation>A szervezet megtekintése</translation>
    </message>
    <message>
        <source>Change the organisation&apos;s details</source>
        <translation>A szervezet adatainak módosítása</translation>
    </message>
    <message>
        <source>Create sub-accounts</source>
        <translation>Alfiókok létrehozása</translation>
    </message>
    <message>
        <source>Detach sub-accounts</source>
        <translation>Alfiókok leválasztása</translation>
    </message>
    <message>
        <source>Invite sub-accounts</source>
        <translation>Alfiókok meghívása</translation>
    </message>
    <message>
        <source>Manage people</source>
        <translation>Személyek kezelése</translation>
    </message>
    <message>
        <source>Manage roles</source>
        <translation>Szerepkörök kezelése</translation>
    </message>
    <message>
        <source>Log in as a sub-account&apos;s owner</source>
        <translation>Bejelentkezés egy alfiók tulajdonosaként</translation>
    </message>
    <message>
        <source>Manage licences</source>
        <translation>Licencek kezelése</translation>
    </message>
    <message>
        <source>See billing</source>
        <translation>Számlázás megtekintése</translation>
    </message>
    <message>
        <source>Manage billing</source>
        <translation>Számlázás kezelése</translation>
    </message>
    <message>
        <source>See the audit log</source>
        <translation>Az auditnapló megtekintése</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Az auditnapló exportálása</translation>
    </message>
    <message>
        <source>Manage shared resources</source>
        <translation>Megosztott erőforrások kezelése</translation>
    </message>
    <message>
        <source>Create appointments</source>
        <translation>Időpontok létrehozása</translation>
    </message>
    <message>
        <source>Take payments</source>
        <translation>Fizetések fogadása</translation>
    </message>
    <message>
        <source>Manage customers</source>
        <translation>Ügyfelek kezelése</translation>
    </message>
    <message>
        <source>Order and handle requests</source>
        <translation>Kérések leadása és kezelése</translation>
    </message>
    <message>
        <source>See reports</source>
        <translation>Jelentések megtekintése</translation>
    </message>
</context>
<context>
    <name>licences</name>
    <message>
        <source>Members of {unit}</source>
        <translation>{unit} tagjai</translation>
    </message>
    <message>
        <source>Group {group}</source>
        <translation>{group} csoport</translation>
    </message>
    <message numerus="yes">
        <source>No sign-in for %n day(s)</source>
        <translation>
            <numerusform>%n napja nem jelentkezett be</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First sign-in within %n day(s)</source>
        <translation>
            <numerusform>Első bejelentkezés %n napon belül</numerusform>
        </translation>
    </message>
    <message>
        <source>Give {product}</source>
        <translation>{product} kiosztása</translation>
    </message>
    <message>
        <source>Take back {product}</source>
        <translation>{product} visszavonása</translation>
    </message>
    <message>
        <source>Change {product} to {target}</source>
        <translation>{product} cseréje erre: {target}</translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) gained</source>
        <translation>
            <numerusform>%n licenc kiosztva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) lost</source>
        <translation>
            <numerusform>%n licenc visszavonva</numerusform>
        </translation>
    </message>
    <message>
        <source>+{amount} a month</source>
        <translation>+{amount} havonta</translation>
    </message>
    <message>
        <source>−{amount} a month</source>
        <translation>−{amount} havonta</translation>
    </message>
    <message>
        <source>the monthly bill stays the same</source>
        <translation>a havi számla nem változik</translation>
    </message>
    <message>
        <source>Not bought here, so not given: {products}.</source>
        <translation>Itt nincs megvásárolva, ezért nincs kiosztva: {products}.</translation>
    </message>
    <message>
        <source>These rules never settle for: {people}. Change their order.</source>
        <translation>A szabályok soha nem jutnak állandó eredményre ezeknél a személyeknél: {people}. Módosítsa a szabályok sorrendjét.</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <source>The seat stays billable; the price does not change.</source>
        <translation>A hely továbbra is fizetős; az ár nem változik.</translation>
    </message>
    <message>
        <source>The seat stays free.</source>
        <translation>A hely továbbra is ingyenes.</translation>
    </message>
    <message>
        <source>The seat becomes free.</source>
        <translation>A hely ingyenessé válik.</translation>
    </message>
    <message>
        <source>The seat becomes free. {plan} keeps its {count} bought seats until it is changed; one of them is then unassigned.</source>
        <translation>A hely ingyenessé válik. A(z) {plan} megtartja a(z) {count} megvásárolt helyét, amíg nem módosítják; ezek közül egy ezután kiosztatlan marad.</translation>
    </message>
    <message>
        <source>The seat becomes billable. No seat plan applies here yet.</source>
        <translation>A hely fizetőssé válik. Itt még nem érvényes helycsomag.</translation>
    </message>
    <message>
        <source>The seat becomes billable. {plan} (at {org}) has a bought seat free for it: no extra cost.</source>
        <translation>A hely fizetőssé válik. A(z) {plan} ({org}) csomagban van rá szabad megvásárolt hely: nincs többletköltség.</translation>
    </message>
    <message>
        <source>The seat becomes billable: +{amount} a month ({plan}, at {org}).</source>
        <translation>A hely fizetőssé válik: +{amount} havonta ({plan}, {org}).</translation>
    </message>
    <message>
        <source>You may not manage the people of this organisation.</source>
        <translation>Nem kezelheti ennek a szervezetnek a személyeit.</translation>
    </message>
    <message>
        <source>You cannot give a role with permissions you do not hold yourself.</source>
        <translation>Nem adhat olyan szerepkört, amelynek jogosultságaival Ön sem rendelkezik.</translation>
    </message>
    <message>
        <source>This person holds permissions here that you do not; you cannot change or remove their membership.</source>
        <translation>Ez a személy itt olyan jogosultságokkal rendelkezik, amelyekkel Ön nem; a tagságát nem módosíthatja és nem szüntetheti meg.</translation>
    </message>
    <message>
        <source>You cannot change your own role; ask another administrator.</source>
        <translation>A saját szerepkörét nem módosíthatja; kérjen meg egy másik adminisztrátort.</translation>
    </message>
    <message>
        <source>This address is not in one of the organisation&apos;s verified domains, and its administrators have not allowed members from other domains.</source>
        <translation>Ez a cím nem tartozik a szervezet ellenőrzött domainjei közé, és a szervezet adminisztrátorai nem engedélyezték a más domainekből származó tagokat.</translation>
    </message>
    <message>
        <source>Price effect</source>
        <translation>Hatás az árra</translation>
    </message>
    <message>
        <source>Add a person to {org}</source>
        <translation>Személy hozzáadása ide: {org}</translation>
    </message>
    <message>
        <source>name@{domain}</source>
        <translation>nev@{domain}</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nev@example.com</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nincs</translation>
    </message>
    <message>
        <source>Verified domains: {domains}. Other domains are allowed.</source>
        <translation>Ellenőrzött domainek: {domains}. Más domainek is engedélyezettek.</translation>
    </message>
    <message>
        <source>Verified domains: {domains}. Other domains are not allowed here.</source>
        <translation>Ellenőrzött domainek: {domains}. Más domainek itt nem engedélyezettek.</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Név</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Szerepkör</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Beosztás</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hozzáadás</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Adjon meg érvényes e-mail-címet.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Adja meg a személy nevét.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Válasszon szerepkört.</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>{name} szerepkörének módosítása</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Mentés</translation>
    </message>
    <message>
        <source>Remove from organisation</source>
        <translation>Eltávolítás a szervezetből</translation>
    </message>
    <message>
        <source>Remove {name} from {org}?</source>
        <translation>{name} eltávolítása a(z) {org} szervezetből?</translation>
    </message>
    <message>
        <source>They lose the access this membership gives. {price}</source>
        <translation>Elveszíti a tagság által biztosított hozzáférést. {price}</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eltávolítás</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>A tag eltávolítása</translation>
    </message>
</context>
</TS>
