<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessWindow</name>
    <message numerus="yes">
        <source>{name} has %n grant(s), reaching {orgs} organisation(s) in all.</source>
        <translation>
            <numerusform>{name} has %n grant, reaching {orgs} organisation(s) in all.</numerusform>
            <numerusform>{name} has %n grants, reaching {orgs} organisation(s) in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisations reached (the first %n shown):</source>
        <translation>
            <numerusform>Organisations reached (the first %n shown):</numerusform>
            <numerusform>Organisations reached (the first %n shown):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) reach {org}.</source>
        <translation>
            <numerusform>%n grant reaches {org}.</numerusform>
            <numerusform>%n grants reach {org}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them may do this.</source>
        <translation>
            <numerusform>%n of them may do this.</numerusform>
            <numerusform>%n of them may do this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message numerus="yes">
        <source>More than %Ln events (counting…)</source>
        <translation>
            <numerusform>More than %Ln event (counting…)</numerusform>
            <numerusform>More than %Ln events (counting…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message numerus="yes">
        <source>Trial: %n day(s) left</source>
        <translation>
            <numerusform>Trial: %n day left</numerusform>
            <numerusform>Trial: %n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersWindow</name>
    <message numerus="yes">
        <source>%n customer(s), up to date.</source>
        <translation>
            <numerusform>%n customer, up to date.</numerusform>
            <numerusform>%n customers, up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All (%n)</source>
        <translation>
            <numerusform>All (%n)</numerusform>
            <numerusform>All (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trial (%n)</source>
        <translation>
            <numerusform>Trial (%n)</numerusform>
            <numerusform>Trial (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active (%n)</source>
        <translation>
            <numerusform>Active (%n)</numerusform>
            <numerusform>Active (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed (%n)</source>
        <translation>
            <numerusform>Closed (%n)</numerusform>
            <numerusform>Closed (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n customer(s) to {path}.</source>
        <translation>
            <numerusform>Saved %n customer to {path}.</numerusform>
            <numerusform>Saved %n customers to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteFileDialog</name>
    <message numerus="yes">
        <source>%n invite(s) queued; they go out with the next sync.</source>
        <translation>
            <numerusform>%n invite queued; it goes out with the next sync.</numerusform>
            <numerusform>%n invites queued; they go out with the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be invited</source>
        <translation>
            <numerusform>%n row will be invited</numerusform>
            <numerusform>%n rows will be invited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n invite(s)</source>
        <translation>
            <numerusform>&amp;Send %n invite</numerusform>
            <numerusform>&amp;Send %n invites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Saved %n event(s) to {jsonl} and {csv}; verified intact.</source>
        <translation>
            <numerusform>Saved %n event to {jsonl} and {csv}; verified intact.</numerusform>
            <numerusform>Saved %n events to {jsonl} and {csv}; verified intact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgDetailPane</name>
    <message numerus="yes">
        <source>Trial · %n day(s) left (ends {date})</source>
        <translation>
            <numerusform>Trial · %n day left (ends {date})</numerusform>
            <numerusform>Trial · %n days left (ends {date})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePane</name>
    <message numerus="yes">
        <source> · %n bought but unassigned</source>
        <translation>
            <numerusform> · %n bought but unassigned</numerusform>
            <numerusform> · %n bought but unassigned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsWindow</name>
    <message numerus="yes">
        <source>%n lunch(es) this week</source>
        <translation>
            <numerusform>%n lunch this week</numerusform>
            <numerusform>%n lunches this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-account(s) ordered</source>
        <translation>
            <numerusform>%n sub-account ordered</numerusform>
            <numerusform>%n sub-accounts ordered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Synced %n minute ago</numerusform>
            <numerusform>Synced %n minutes ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerificationBar</name>
    <message numerus="yes">
        <source>%Ln newer event(s) are chained and await the next checkpoint.</source>
        <translation>
            <numerusform>%Ln newer event is chained and awaits the next checkpoint.</numerusform>
            <numerusform>%Ln newer events are chained and await the next checkpoint.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message numerus="yes">
        <source>Trial ends in %n day(s)</source>
        <translation>
            <numerusform>Trial ends in %n day</numerusform>
            <numerusform>Trial ends in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews in %n day(s)</source>
        <translation>
            <numerusform>Renews in %n day</numerusform>
            <numerusform>Renews in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitation pending for %n day(s)</source>
        <translation>
            <numerusform>Invitation pending for %n day</numerusform>
            <numerusform>Invitation pending for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue invoice(s)</source>
        <translation>
            <numerusform>%n overdue invoice</numerusform>
            <numerusform>%n overdue invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpaid invoice(s)</source>
        <translation>
            <numerusform>%n unpaid invoice</numerusform>
            <numerusform>%n unpaid invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) bought but not given</source>
        <translation>
            <numerusform>%n licence bought but not given</numerusform>
            <numerusform>%n licences bought but not given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n day(s)</source>
        <translation>
            <numerusform>No activity for %n day</numerusform>
            <numerusform>No activity for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>licences</name>
    <message numerus="yes">
        <source>No sign-in for %n day(s)</source>
        <translation>
            <numerusform>No sign-in for %n day</numerusform>
            <numerusform>No sign-in for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First sign-in within %n day(s)</source>
        <translation>
            <numerusform>First sign-in within %n day</numerusform>
            <numerusform>First sign-in within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) gained</source>
        <translation>
            <numerusform>%n licence gained</numerusform>
            <numerusform>%n licences gained</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) lost</source>
        <translation>
            <numerusform>%n licence lost</numerusform>
            <numerusform>%n licences lost</numerusform>
        </translation>
    </message>
</context>
</TS>
