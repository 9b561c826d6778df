<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BasketRepository</name>
    <message>
        <source>No order has the id “%1”.</source>
        <translation>No order has the id “%1”.</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>The ordering rule of “%1” would close orders before they open for this date.</source>
        <translation>The ordering rule of “%1” would close orders before they open for this date.</translation>
    </message>
</context>
<context>
    <name>CatalogueRepository</name>
    <message>
        <source>No catalogue has the id “%1”.</source>
        <translation>No catalogue has the id “%1”.</translation>
    </message>
</context>
<context>
    <name>CatalogueRules</name>
    <message>
        <source>Enter the catalogue’s name.</source>
        <translation>Enter the catalogue’s name.</translation>
    </message>
    <message>
        <source>The catalogue’s name</source>
        <translation>The catalogue’s name</translation>
    </message>
    <message>
        <source>Choose the catalogue’s producer.</source>
        <translation>Choose the catalogue’s producer.</translation>
    </message>
    <message>
        <source>Orders open between 0 and 90 days before the distribution.</source>
        <translation>Orders open between 0 and 90 days before the distribution.</translation>
    </message>
    <message>
        <source>Enter the time at which orders open.</source>
        <translation>Enter the time at which orders open.</translation>
    </message>
    <message>
        <source>Orders close between 0 and 720 hours before the distribution.</source>
        <translation>Orders close between 0 and 720 hours before the distribution.</translation>
    </message>
    <message>
        <source>Orders must close after they open.</source>
        <translation>Orders must close after they open.</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>The reference “%1” is already used by “%2” in this catalogue.</source>
        <translation>The reference “%1” is already used by “%2” in this catalogue.</translation>
    </message>
</context>
<context>
    <name>CataloguesView</name>
    <message>
        <source>Producers and catalogues</source>
        <translation>Producers and catalogues</translation>
    </message>
    <message>
        <source>Catalogues</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <source>Prices include VAT.</source>
        <translation>Prices include VAT.</translation>
    </message>
    <message>
        <source>VAT-exempt: “TVA non applicable, art. 293 B du CGI”.</source>
        <translation>VAT-exempt: “TVA non applicable, art. 293 B du CGI”.</translation>
    </message>
    <message>
        <source>Orders open %1 before at %2 and close %3 before the distribution.</source>
        <translation>Orders open %1 before at %2 and close %3 before the distribution.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChooseUserDialog</name>
    <message>
        <source>Who is at this desk?</source>
        <translation>Who is at this desk?</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>producer</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Someone else…</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>I am:</source>
        <translation>I am:</translation>
    </message>
    <message>
        <source>New coordinator:</source>
        <translation>New coordinator:</translation>
    </message>
    <message>
        <source>Every change made here is recorded in this person’s name.</source>
        <translation>Every change made here is recorded in this person’s name.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: comptoir-cli [global options] COMMAND [options]</source>
        <translation>Usage: comptoir-cli [global options] COMMAND [options]</translation>
    </message>
    <message>
        <source>Comptoir&apos;s data without the window: members, catalogues, distributions, orders, summaries and sync.</source>
        <translation>Comptoir&apos;s data without the window: members, catalogues, distributions, orders, summaries and sync.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>the database file (or COMPTOIR_DATABASE; default: %1)</source>
        <translation>the database file (or COMPTOIR_DATABASE; default: %1)</translation>
    </message>
    <message>
        <source>the current time, ISO 8601 (or COMPTOIR_NOW), for trying out dates</source>
        <translation>the current time, ISO 8601 (or COMPTOIR_NOW), for trying out dates</translation>
    </message>
    <message>
        <source>who acts, as the audit trail records it</source>
        <translation>who acts, as the audit trail records it</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>“comptoir-cli COMMAND --help” tells a command&apos;s options.</source>
        <translation>“comptoir-cli COMMAND --help” tells a command&apos;s options.</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 refused, 2 usage error, 3 needs confirmation, 4 server unreachable.</source>
        <translation>Exit status: 0 done, 1 refused, 2 usage error, 3 needs confirmation, 4 server unreachable.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <source>Unknown command “%1”; “comptoir-cli --help” lists them.</source>
        <translation>Unknown command “%1”; “comptoir-cli --help” lists them.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>Missing argument %1.</source>
        <translation>Missing argument %1.</translation>
    </message>
    <message>
        <source>The database “%1” does not exist; create it with “comptoir-cli init” or name another one with --database.</source>
        <translation>The database “%1” does not exist; create it with “comptoir-cli init” or name another one with --database.</translation>
    </message>
    <message>
        <source>The database “%1” holds no group yet; create one with “comptoir-cli init”.</source>
        <translation>The database “%1” holds no group yet; create one with “comptoir-cli init”.</translation>
    </message>
    <message>
        <source>The database “%1” already holds a group; nothing was changed.</source>
        <translation>The database “%1” already holds a group; nothing was changed.</translation>
    </message>
    <message>
        <source>See “comptoir-cli %1 --help”.</source>
        <translation>See “comptoir-cli %1 --help”.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>list the members</source>
        <translation>list the members</translation>
    </message>
    <message>
        <source>create a new database with an empty group</source>
        <translation>create a new database with an empty group</translation>
    </message>
    <message>
        <source>create the demo market in a new database</source>
        <translation>create the demo market in a new database</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>No database file was given.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” is a folder, not a database file.</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist.</source>
        <translation>The database file “%1” does not exist.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>The folder “%1” cannot be created.</translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened.</source>
        <translation>The database “%1” cannot be opened.</translation>
    </message>
    <message>
        <source>“%1” is not a Comptoir database (it cannot be read as SQLite).</source>
        <translation>“%1” is not a Comptoir database (it cannot be read as SQLite).</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not a Comptoir one.</source>
        <translation>“%1” is an SQLite database but not a Comptoir one.</translation>
    </message>
    <message>
        <source>The database “%1” refused an operation.</source>
        <translation>The database “%1” refused an operation.</translation>
    </message>
    <message>
        <source>The database is busy or read-only; nothing was changed.</source>
        <translation>The database is busy or read-only; nothing was changed.</translation>
    </message>
    <message>
        <source>The change could not be saved; nothing was changed.</source>
        <translation>The change could not be saved; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>DatabaseFlow</name>
    <message>
        <source>Comptoir databases (*.db *.comptoir);;All files (*)</source>
        <translation>Comptoir databases (*.db *.comptoir);;All files (*)</translation>
    </message>
    <message>
        <source>New group: choose where to keep its file</source>
        <translation>New group: choose where to keep its file</translation>
    </message>
    <message>
        <source>“%1” already exists; Comptoir does not overwrite a file. Choose another name.</source>
        <translation>“%1” already exists; Comptoir does not overwrite a file. Choose another name.</translation>
    </message>
    <message>
        <source>Open a Comptoir database</source>
        <translation>Open a Comptoir database</translation>
    </message>
    <message>
        <source>The file “%1” no longer exists.</source>
        <translation>The file “%1” no longer exists.</translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
</context>
<context>
    <name>DemoGroup</name>
    <message>
        <source>The demo group needs a new, empty database; nothing was changed.</source>
        <translation>The demo group needs a new, empty database; nothing was changed.</translation>
    </message>
    <message>
        <source>The demo data cannot be read.</source>
        <translation>The demo data cannot be read.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Not yet open</source>
        <translation>Not yet open</translation>
    </message>
    <message>
        <source>Open for orders</source>
        <translation>Open for orders</translation>
    </message>
    <message>
        <source>Orders closed</source>
        <translation>Orders closed</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Distributed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>piece</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>l</source>
        <translation>l</translation>
    </message>
    <message>
        <source>cl</source>
        <translation>cl</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
</context>
<context>
    <name>DistributionRepository</name>
    <message>
        <source>No distribution has the id “%1”.</source>
        <translation>No distribution has the id “%1”.</translation>
    </message>
</context>
<context>
    <name>DistributionRules</name>
    <message>
        <source>Choose the distribution’s place.</source>
        <translation>Choose the distribution’s place.</translation>
    </message>
    <message>
        <source>Enter the distribution’s date.</source>
        <translation>Enter the distribution’s date.</translation>
    </message>
    <message>
        <source>The date %1 is not plausible.</source>
        <translation>The date %1 is not plausible.</translation>
    </message>
    <message>
        <source>Enter the start time.</source>
        <translation>Enter the start time.</translation>
    </message>
    <message>
        <source>Enter the end time.</source>
        <translation>Enter the end time.</translation>
    </message>
    <message>
        <source>The distribution must end after it starts.</source>
        <translation>The distribution must end after it starts.</translation>
    </message>
</context>
<context>
    <name>DistributionTableModel</name>
    <message>
        <source>Carts started without an account: counted, never shown as people.</source>
        <translation>Carts started without an account: counted, never shown as people.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Anonymous carts</source>
        <translation>Anonymous carts</translation>
    </message>
    <message>
        <source>Validated amount</source>
        <translation>Validated amount</translation>
    </message>
</context>
<context>
    <name>DistributionsView</name>
    <message>
        <source>Distributions</source>
        <translation>Distributions</translation>
    </message>
    <message>
        <source>Select a distribution to see its ordering windows.</source>
        <translation>Select a distribution to see its ordering windows.</translation>
    </message>
    <message>
        <source>%1: orders from %2 to %3</source>
        <translation>%1: orders from %2 to %3</translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option “%1” (global options come before the command; see --help).</source>
        <translation>Unknown option “%1” (global options come before the command; see --help).</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 8601 date and time (for example 2026-11-24T18:00:00+01:00).</source>
        <translation>%1: “%2” is not an ISO 8601 date and time (for example 2026-11-24T18:00:00+01:00).</translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>This database holds no group yet.</source>
        <translation>This database holds no group yet.</translation>
    </message>
    <message>
        <source>No group has the id “%1”.</source>
        <translation>No group has the id “%1”.</translation>
    </message>
</context>
<context>
    <name>GroupRules</name>
    <message>
        <source>Enter the group’s name.</source>
        <translation>Enter the group’s name.</translation>
    </message>
    <message>
        <source>The group’s name</source>
        <translation>The group’s name</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows (for example Europe/Paris).</source>
        <translation>“%1” is not a time zone this system knows (for example Europe/Paris).</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as EUR.</source>
        <translation>The currency is a three-letter code such as EUR.</translation>
    </message>
</context>
<context>
    <name>GroupService</name>
    <message>
        <source>This database already holds a group; nothing was changed.</source>
        <translation>This database already holds a group; nothing was changed.</translation>
    </message>
    <message>
        <source>The first person of a new group is a coordinator.</source>
        <translation>The first person of a new group is a coordinator.</translation>
    </message>
</context>
<context>
    <name>ListOutput</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Output as text (the default) or csv.</source>
        <translation>Output as text (the default) or csv.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Distributions</translation>
    </message>
    <message>
        <source>Catalogues</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>Find a member</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;New group…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Open the &amp;demo group</source>
        <translation>Open the &amp;demo group</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <source>&amp;Distributions</source>
        <translation>&amp;Distributions</translation>
    </message>
    <message>
        <source>&amp;Catalogues</source>
        <translation>&amp;Catalogues</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Comptoir</source>
        <translation>&amp;About Comptoir</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>%1 — Comptoir</source>
        <translation>%1 — Comptoir</translation>
    </message>
    <message>
        <source>At the desk: %1</source>
        <translation>At the desk: %1</translation>
    </message>
    <message>
        <source>About Comptoir</source>
        <translation>About Comptoir</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Comptoir %1&lt;/h3&gt;&lt;p&gt;The desk tool of local food markets: members, distributions, telephone orders, the summaries of the day, and a shared server when several desks work together.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Comptoir %1&lt;/h3&gt;&lt;p&gt;The desk tool of local food markets: members, distributions, telephone orders, the summaries of the day, and a shared server when several desks work together.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <source>Former member</source>
        <translation>Former member</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <source>Only members whose name, phone, e-mail or town contains TEXT (accents and case ignored).</source>
        <translation>Only members whose name, phone, e-mail or town contains TEXT (accents and case ignored).</translation>
    </message>
    <message>
        <source>Include archived members.</source>
        <translation>Include archived members.</translation>
    </message>
    <message>
        <source>Lists the members, by name.</source>
        <translation>Lists the members, by name.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: text or csv.</source>
        <translation>Unknown format “%1”: text or csv.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>No member has the id “%1”.</source>
        <translation>No member has the id “%1”.</translation>
    </message>
</context>
<context>
    <name>MemberRules</name>
    <message>
        <source>The phone number</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <source>The second person’s phone number</source>
        <translation>The second person’s phone number</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>The e-mail address</translation>
    </message>
    <message>
        <source>The second person’s e-mail address</source>
        <translation>The second person’s e-mail address</translation>
    </message>
    <message>
        <source>Enter the member’s name.</source>
        <translation>Enter the member’s name.</translation>
    </message>
    <message>
        <source>Enter a phone number or an e-mail address, so that the member can be reached.</source>
        <translation>Enter a phone number or an e-mail address, so that the member can be reached.</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>The first name</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>The last name</translation>
    </message>
    <message>
        <source>The second person’s first name</source>
        <translation>The second person’s first name</translation>
    </message>
    <message>
        <source>The second person’s last name</source>
        <translation>The second person’s last name</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>The address</translation>
    </message>
    <message>
        <source>The postcode</source>
        <translation>The postcode</translation>
    </message>
    <message>
        <source>The town</source>
        <translation>The town</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>The notes</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>— telephone only</source>
        <translation>— telephone only</translation>
    </message>
    <message>
        <source>Archived member</source>
        <translation>Archived member</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Show archived members</source>
        <translation>Show archived members</translation>
    </message>
    <message>
        <source>Search a name, a phone number, an e-mail, a town…</source>
        <translation>Search a name, a phone number, an e-mail, a town…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The schema version of “%1” cannot be read.</source>
        <translation>The schema version of “%1” cannot be read.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Comptoir (database schema %2, this program knows up to %3). Install the newer Comptoir to open it; the file was left untouched.</source>
        <translation>“%1” was written by a newer version of Comptoir (database schema %2, this program knows up to %3). Install the newer Comptoir to open it; the file was left untouched.</translation>
    </message>
    <message>
        <source>The schema update %1 cannot be read.</source>
        <translation>The schema update %1 cannot be read.</translation>
    </message>
    <message>
        <source>The schema update %1 failed; the database was left as it was.</source>
        <translation>The schema update %1 failed; the database was left as it was.</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>Create my group</source>
        <translation>Create my group</translation>
    </message>
    <message>
        <source>e.g. Marché paysan du quartier</source>
        <translation>e.g. Marché paysan du quartier</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Group name:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>You will be the group’s first coordinator; others can be added later.</source>
        <translation>You will be the group’s first coordinator; others can be added later.</translation>
    </message>
</context>
<context>
    <name>OrderLineRepository</name>
    <message>
        <source>No order line has the id “%1”.</source>
        <translation>No order line has the id “%1”.</translation>
    </message>
</context>
<context>
    <name>OrderLineRules</name>
    <message>
        <source>Choose a product.</source>
        <translation>Choose a product.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>The quantity must be more than zero.</translation>
    </message>
    <message>
        <source>A quantity of %1 is not plausible.</source>
        <translation>A quantity of %1 is not plausible.</translation>
    </message>
    <message>
        <source>An estimated weight over one tonne is not plausible.</source>
        <translation>An estimated weight over one tonne is not plausible.</translation>
    </message>
    <message>
        <source>A weighed quantity over one tonne is not plausible.</source>
        <translation>A weighed quantity over one tonne is not plausible.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>A price cannot be negative.</translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <source>This order is cancelled; reopen it before changing it.</source>
        <translation>This order is cancelled; reopen it before changing it.</translation>
    </message>
    <message>
        <source>“%1” is not offered at this distribution.</source>
        <translation>“%1” is not offered at this distribution.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>The quantity must be more than zero.</translation>
    </message>
    <message>
        <source>A cancelled order cannot be validated; reopen it first.</source>
        <translation>A cancelled order cannot be validated; reopen it first.</translation>
    </message>
    <message>
        <source>An order without any product cannot be validated.</source>
        <translation>An order without any product cannot be validated.</translation>
    </message>
</context>
<context>
    <name>OrderingWindowRepository</name>
    <message>
        <source>No ordering window has the id “%1”.</source>
        <translation>No ordering window has the id “%1”.</translation>
    </message>
</context>
<context>
    <name>PlaceRepository</name>
    <message>
        <source>No place has the id “%1”.</source>
        <translation>No place has the id “%1”.</translation>
    </message>
</context>
<context>
    <name>PlaceRules</name>
    <message>
        <source>Enter the place’s name.</source>
        <translation>Enter the place’s name.</translation>
    </message>
    <message>
        <source>The place’s name</source>
        <translation>The place’s name</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>The address</translation>
    </message>
    <message>
        <source>The postcode</source>
        <translation>The postcode</translation>
    </message>
    <message>
        <source>The town</source>
        <translation>The town</translation>
    </message>
</context>
<context>
    <name>ProducerRepository</name>
    <message>
        <source>No producer has the id “%1”.</source>
        <translation>No producer has the id “%1”.</translation>
    </message>
</context>
<context>
    <name>ProducerRules</name>
    <message>
        <source>Enter the producer’s name.</source>
        <translation>Enter the producer’s name.</translation>
    </message>
    <message>
        <source>The producer’s name</source>
        <translation>The producer’s name</translation>
    </message>
    <message>
        <source>The contact person</source>
        <translation>The contact person</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>The e-mail address</translation>
    </message>
    <message>
        <source>A SIRET number has 14 digits.</source>
        <translation>A SIRET number has 14 digits.</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>No product has the id “%1”.</source>
        <translation>No product has the id “%1”.</translation>
    </message>
</context>
<context>
    <name>ProductRules</name>
    <message>
        <source>Enter the product’s name.</source>
        <translation>Enter the product’s name.</translation>
    </message>
    <message>
        <source>The product’s name</source>
        <translation>The product’s name</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>The reference</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>The description</translation>
    </message>
    <message>
        <source>Choose the product’s catalogue.</source>
        <translation>Choose the product’s catalogue.</translation>
    </message>
    <message>
        <source>The price must be more than zero.</source>
        <translation>The price must be more than zero.</translation>
    </message>
    <message>
        <source>A price of %1 is not plausible (at most %2).</source>
        <translation>A price of %1 is not plausible (at most %2).</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 % and 30 %.</source>
        <translation>The VAT rate must be between 0 % and 30 %.</translation>
    </message>
    <message>
        <source>The weight of a piece must be between 0 and 100 kg.</source>
        <translation>The weight of a piece must be between 0 and 100 kg.</translation>
    </message>
    <message>
        <source>Only a product priced by weight has an estimated weight per piece.</source>
        <translation>Only a product priced by weight has an estimated weight per piece.</translation>
    </message>
    <message>
        <source>The content per unit is not plausible.</source>
        <translation>The content per unit is not plausible.</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>by the piece (≈ %1 g)</source>
        <translation>by the piece (≈ %1 g)</translation>
    </message>
    <message>
        <source>by weight</source>
        <translation>by weight</translation>
    </message>
    <message>
        <source>%1 / kg</source>
        <translation>%1 / kg</translation>
    </message>
    <message>
        <source>variable price</source>
        <translation>variable price</translation>
    </message>
    <message>
        <source>organic</source>
        <translation>organic</translation>
    </message>
    <message>
        <source>bulk</source>
        <translation>bulk</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Price incl. VAT</source>
        <translation>Price incl. VAT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>The database could not carry out an operation; nothing was changed.</source>
        <translation>The database could not carry out an operation; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>RowWriter</name>
    <message>
        <source>Internal error: unknown table “%1”.</source>
        <translation>Internal error: unknown table “%1”.</translation>
    </message>
    <message>
        <source>Internal error: unknown column “%1” in “%2”.</source>
        <translation>Internal error: unknown column “%1” in “%2”.</translation>
    </message>
    <message>
        <source>No record with the id “%1”.</source>
        <translation>No record with the id “%1”.</translation>
    </message>
</context>
<context>
    <name>SetupCommands</name>
    <message>
        <source>The name of the market.</source>
        <translation>The name of the market.</translation>
    </message>
    <message>
        <source>My market</source>
        <translation>My market</translation>
    </message>
    <message>
        <source>Its time zone (default Europe/Paris).</source>
        <translation>Its time zone (default Europe/Paris).</translation>
    </message>
    <message>
        <source>The first coordinator&apos;s name (default: --user, or “Coordinator”).</source>
        <translation>The first coordinator&apos;s name (default: --user, or “Coordinator”).</translation>
    </message>
    <message>
        <source>Creates a new database holding an empty group. An existing database that holds data is refused.</source>
        <translation>Creates a new database holding an empty group. An existing database that holds data is refused.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Created “%1” in %2.</source>
        <translation>Created “%1” in %2.</translation>
    </message>
    <message>
        <source>Choices follow this number: the same seed and clock give the same market (default 1).</source>
        <translation>Choices follow this number: the same seed and clock give the same market (default 1).</translation>
    </message>
    <message>
        <source>Creates the demo market in a new database (without --database: the demo&apos;s own file, never your real one). Dates follow the clock (--now).</source>
        <translation>Creates the demo market in a new database (without --database: the demo&apos;s own file, never your real one). Dates follow the clock (--now).</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not “%1”.</source>
        <translation>--seed takes a whole number, not “%1”.</translation>
    </message>
    <message>
        <source>Created the demo market “%1” in %2.</source>
        <translation>Created the demo market “%1” in %2.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>No user has the id “%1”.</source>
        <translation>No user has the id “%1”.</translation>
    </message>
</context>
<context>
    <name>UserRules</name>
    <message>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>Choose the producer this person works for.</source>
        <translation>Choose the producer this person works for.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>%1 is too long (at most %n characters).</source>
        <translation>
            <numerusform>%1 is too long (at most %n characters).</numerusform>
            <numerusform>%1 is too long (at most %n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains an invisible control character.</source>
        <translation>%1 contains an invisible control character.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a telephone number.</source>
        <translation>%1 “%2” is not a telephone number.</translation>
    </message>
    <message>
        <source>%1 “%2” is not valid.</source>
        <translation>%1 “%2” is not valid.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Comptoir</source>
        <translation>Welcome to Comptoir</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Comptoir&lt;/h2&gt;&lt;p&gt;The desk tool of local food markets: members, distributions, telephone orders and the summaries of the day.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Comptoir&lt;/h2&gt;&lt;p&gt;The desk tool of local food markets: members, distributions, telephone orders and the summaries of the day.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo group</source>
        <translation>Open the demo group</translation>
    </message>
    <message>
        <source>A market with five producers, sixty members and ten weeks of orders, in its own file. Try everything without risk.</source>
        <translation>A market with five producers, sixty members and ten weeks of orders, in its own file. Try everything without risk.</translation>
    </message>
    <message>
        <source>Create my group</source>
        <translation>Create my group</translation>
    </message>
    <message>
        <source>Start your own market: its name and yours, then add members, producers and distributions.</source>
        <translation>Start your own market: its name and yours, then add members, producers and distributions.</translation>
    </message>
    <message>
        <source>Open a database file…</source>
        <translation>Open a database file…</translation>
    </message>
    <message>
        <source>A Comptoir file copied from another computer or a backup.</source>
        <translation>A Comptoir file copied from another computer or a backup.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Comptoir, the desk tool of local food markets.</source>
        <translation>Comptoir, the desk tool of local food markets.</translation>
    </message>
    <message>
        <source>Open the database file PATH.</source>
        <translation>Open the database file PATH.</translation>
    </message>
    <message>
        <source>Start the clock at INSTANT (ISO 8601), for trying out dates.</source>
        <translation>Start the clock at INSTANT (ISO 8601), for trying out dates.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date and time.</source>
        <translation>“%1” is not an ISO 8601 date and time.</translation>
    </message>
</context>
</TS>
