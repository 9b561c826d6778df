<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BasketRepository</name>
    <message>
        <source>No order has the id “%1”.</source>
        <translation>Aucune commande ne porte l’identifiant « %1 ».</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>The ordering rule of “%1” would close orders before they open for this date.</source>
        <translation>Pour cette date, la règle de commande de « %1 » fermerait les commandes avant leur ouverture.</translation>
    </message>
</context>
<context>
    <name>CatalogueRepository</name>
    <message>
        <source>No catalogue has the id “%1”.</source>
        <translation>Aucun catalogue ne porte l’identifiant « %1 ».</translation>
    </message>
</context>
<context>
    <name>CatalogueRules</name>
    <message>
        <source>Enter the catalogue’s name.</source>
        <translation>Indiquez le nom du catalogue.</translation>
    </message>
    <message>
        <source>The catalogue’s name</source>
        <translation>Le nom du catalogue</translation>
    </message>
    <message>
        <source>Choose the catalogue’s producer.</source>
        <translation>Choisissez le producteur du catalogue.</translation>
    </message>
    <message>
        <source>Orders open between 0 and 90 days before the distribution.</source>
        <translation>L’ouverture des commandes doit avoir lieu entre 0 et 90 jours avant la distribution.</translation>
    </message>
    <message>
        <source>Enter the time at which orders open.</source>
        <translation>Indiquez l’heure d’ouverture des commandes.</translation>
    </message>
    <message>
        <source>Orders close between 0 and 720 hours before the distribution.</source>
        <translation>La fermeture des commandes doit avoir lieu entre 0 et 720 heures avant la distribution.</translation>
    </message>
    <message>
        <source>Orders must close after they open.</source>
        <translation>La fermeture des commandes doit être postérieure à leur ouverture.</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>The reference “%1” is already used by “%2” in this catalogue.</source>
        <translation>La référence « %1 » est déjà utilisée par « %2 » dans ce catalogue.</translation>
    </message>
</context>
<context>
    <name>CataloguesView</name>
    <message>
        <source>Producers and catalogues</source>
        <translation>Producteurs et catalogues</translation>
    </message>
    <message>
        <source>Catalogues</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <source>Prices include VAT.</source>
        <translation>Les prix s’entendent TTC.</translation>
    </message>
    <message>
        <source>VAT-exempt: “TVA non applicable, art. 293 B du CGI”.</source>
        <translation>Franchise en base de TVA : « TVA non applicable, art. 293 B du CGI ».</translation>
    </message>
    <message>
        <source>Orders open %1 before at %2 and close %3 before the distribution.</source>
        <translation>Ouverture des commandes %1 avant la distribution, à %2 ; fermeture %3 avant la distribution.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChooseUserDialog</name>
    <message>
        <source>Who is at this desk?</source>
        <translation>Qui est au comptoir ?</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>producteur</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Quelqu’un d’autre…</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>I am:</source>
        <translation>Je suis :</translation>
    </message>
    <message>
        <source>New coordinator:</source>
        <translation>Nouveau coordinateur :</translation>
    </message>
    <message>
        <source>Every change made here is recorded in this person’s name.</source>
        <translation>Chaque modification effectuée ici est enregistrée au nom de cette personne.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: comptoir-cli [global options] COMMAND [options]</source>
        <translation>Utilisation : comptoir-cli [options globales] ACTION [options]</translation>
    </message>
    <message>
        <source>Comptoir&apos;s data without the window: members, catalogues, distributions, orders, summaries and sync.</source>
        <translation>Les données de Comptoir en ligne de commande : membres, catalogues, distributions, commandes, récapitulatifs et synchronisation.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales :</translation>
    </message>
    <message>
        <source>the database file (or COMPTOIR_DATABASE; default: %1)</source>
        <translation>le fichier de base de données (ou COMPTOIR_DATABASE ; par défaut : %1)</translation>
    </message>
    <message>
        <source>the current time, ISO 8601 (or COMPTOIR_NOW), for trying out dates</source>
        <translation>l’heure actuelle, au format ISO 8601 (ou COMPTOIR_NOW), pour essayer des dates</translation>
    </message>
    <message>
        <source>who acts, as the audit trail records it</source>
        <translation>la personne qui agit, telle que l’enregistre l’historique des modifications</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Actions :</translation>
    </message>
    <message>
        <source>“comptoir-cli COMMAND --help” tells a command&apos;s options.</source>
        <translation>« comptoir-cli ACTION --help » affiche les options d’une action.</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 refused, 2 usage error, 3 needs confirmation, 4 server unreachable.</source>
        <translation>Code de sortie : 0 effectué, 1 refusé, 2 erreur d’utilisation, 3 confirmation nécessaire, 4 serveur injoignable.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Action inconnue : « %1 ».</translation>
    </message>
    <message>
        <source>Unknown command “%1”; “comptoir-cli --help” lists them.</source>
        <translation>Action inconnue : « %1 » ; « comptoir-cli --help » en donne la liste.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu : « %1 ».</translation>
    </message>
    <message>
        <source>Missing argument %1.</source>
        <translation>Argument manquant : %1.</translation>
    </message>
    <message>
        <source>The database “%1” does not exist; create it with “comptoir-cli init” or name another one with --database.</source>
        <translation>La base de données « %1 » n’existe pas ; créez-la avec « comptoir-cli init » ou indiquez-en une autre avec --database.</translation>
    </message>
    <message>
        <source>The database “%1” holds no group yet; create one with “comptoir-cli init”.</source>
        <translation>La base de données « %1 » ne contient encore aucun groupe ; créez-en un avec « comptoir-cli init ».</translation>
    </message>
    <message>
        <source>The database “%1” already holds a group; nothing was changed.</source>
        <translation>La base de données « %1 » contient déjà un groupe ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>See “comptoir-cli %1 --help”.</source>
        <translation>Voir « comptoir-cli %1 --help ».</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>list the members</source>
        <translation>lister les membres</translation>
    </message>
    <message>
        <source>create a new database with an empty group</source>
        <translation>créer une nouvelle base de données avec un groupe vide</translation>
    </message>
    <message>
        <source>create the demo market in a new database</source>
        <translation>créer le marché de démonstration dans une nouvelle base de données</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n’a été indiqué.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>« %1 » est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist.</source>
        <translation>Le fichier de base de données « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Impossible de créer le dossier « %1 ».</translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened.</source>
        <translation>Impossible d’ouvrir la base de données « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is not a Comptoir database (it cannot be read as SQLite).</source>
        <translation>« %1 » n’est pas une base de données Comptoir (illisible en tant que base SQLite).</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not a Comptoir one.</source>
        <translation>« %1 » est une base de données SQLite, mais pas une base Comptoir.</translation>
    </message>
    <message>
        <source>The database “%1” refused an operation.</source>
        <translation>La base de données « %1 » a refusé une opération.</translation>
    </message>
    <message>
        <source>The database is busy or read-only; nothing was changed.</source>
        <translation>La base de données est occupée ou en lecture seule ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The change could not be saved; nothing was changed.</source>
        <translation>La modification n’a pas pu être enregistrée ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>DatabaseFlow</name>
    <message>
        <source>Comptoir databases (*.db *.comptoir);;All files (*)</source>
        <translation>Bases de données Comptoir (*.db *.comptoir);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New group: choose where to keep its file</source>
        <translation>Nouveau groupe : choisissez où enregistrer son fichier</translation>
    </message>
    <message>
        <source>“%1” already exists; Comptoir does not overwrite a file. Choose another name.</source>
        <translation>« %1 » existe déjà ; Comptoir n’écrase jamais un fichier. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Open a Comptoir database</source>
        <translation>Ouvrir une base de données Comptoir</translation>
    </message>
    <message>
        <source>The file “%1” no longer exists.</source>
        <translation>Le fichier « %1 » n’existe plus.</translation>
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
        <translation>Le groupe de démonstration nécessite une nouvelle base de données vide ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The demo data cannot be read.</source>
        <translation>Impossible de lire les données de démonstration.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Not yet open</source>
        <translation>Ouverture à venir</translation>
    </message>
    <message>
        <source>Open for orders</source>
        <translation>Commandes ouvertes</translation>
    </message>
    <message>
        <source>Orders closed</source>
        <translation>Commandes fermées</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Distribuée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>pièce</translation>
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
        <translation>Aucune distribution ne porte l’identifiant « %1 ».</translation>
    </message>
</context>
<context>
    <name>DistributionRules</name>
    <message>
        <source>Choose the distribution’s place.</source>
        <translation>Choisissez le lieu de distribution.</translation>
    </message>
    <message>
        <source>Enter the distribution’s date.</source>
        <translation>Indiquez la date de la distribution.</translation>
    </message>
    <message>
        <source>The date %1 is not plausible.</source>
        <translation>La date du %1 n’est pas vraisemblable.</translation>
    </message>
    <message>
        <source>Enter the start time.</source>
        <translation>Indiquez l’heure de début.</translation>
    </message>
    <message>
        <source>Enter the end time.</source>
        <translation>Indiquez l’heure de fin.</translation>
    </message>
    <message>
        <source>The distribution must end after it starts.</source>
        <translation>La fin de la distribution doit être postérieure à son début.</translation>
    </message>
</context>
<context>
    <name>DistributionTableModel</name>
    <message>
        <source>Carts started without an account: counted, never shown as people.</source>
        <translation>Paniers commencés sans compte : ils sont comptés, mais jamais rattachés à une personne.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validées</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Anonymous carts</source>
        <translation>Paniers sans compte</translation>
    </message>
    <message>
        <source>Validated amount</source>
        <translation>Montant validé</translation>
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
        <translation>Sélectionnez une distribution pour voir l’ouverture et la fermeture de ses commandes.</translation>
    </message>
    <message>
        <source>%1: orders from %2 to %3</source>
        <translation>%1 : commandes du %2 au %3</translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L’option %1 attend une valeur.</translation>
    </message>
    <message>
        <source>Unknown option “%1” (global options come before the command; see --help).</source>
        <translation>Option inconnue : « %1 » (les options globales se placent avant l’action ; voir --help).</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 8601 date and time (for example 2026-11-24T18:00:00+01:00).</source>
        <translation>%1 : « %2 » n’est pas une date et heure au format ISO 8601 (par exemple 2026-11-24T18:00:00+01:00).</translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>This database holds no group yet.</source>
        <translation>Cette base de données ne contient encore aucun groupe.</translation>
    </message>
    <message>
        <source>No group has the id “%1”.</source>
        <translation>Aucun groupe ne porte l’identifiant « %1 ».</translation>
    </message>
</context>
<context>
    <name>GroupRules</name>
    <message>
        <source>Enter the group’s name.</source>
        <translation>Indiquez le nom du groupe.</translation>
    </message>
    <message>
        <source>The group’s name</source>
        <translation>Le nom du groupe</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows (for example Europe/Paris).</source>
        <translation>« %1 » n’est pas un fuseau horaire connu de ce système (par exemple Europe/Paris).</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as EUR.</source>
        <translation>La devise est un code de trois lettres, comme EUR.</translation>
    </message>
</context>
<context>
    <name>GroupService</name>
    <message>
        <source>This database already holds a group; nothing was changed.</source>
        <translation>Cette base de données contient déjà un groupe ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The first person of a new group is a coordinator.</source>
        <translation>La première personne d’un nouveau groupe doit avoir le rôle de coordinateur.</translation>
    </message>
</context>
<context>
    <name>ListOutput</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Output as text (the default) or csv.</source>
        <translation>Sortie au format texte (par défaut) ou csv.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
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
        <translation>Rechercher un membre</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open the &amp;demo group</source>
        <translation>Ouvrir le groupe de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
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
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Comptoir</source>
        <translation>À &amp;propos de Comptoir</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
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
        <translation>Au comptoir : %1</translation>
    </message>
    <message>
        <source>About Comptoir</source>
        <translation>À propos de Comptoir</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Comptoir %1&lt;/h3&gt;&lt;p&gt;The desk tool of local food markets: members, distributions, telephone orders, the summaries of the day, and a shared server when several desks work together.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Comptoir %1&lt;/h3&gt;&lt;p&gt;L’outil de gestion des marchés de producteurs locaux : membres, distributions, commandes par téléphone, récapitulatifs du jour, et un serveur partagé lorsque plusieurs postes travaillent ensemble.&lt;/p&gt;&lt;p&gt;Développé avec Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <source>Former member</source>
        <translation>Ancien membre</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <source>Only members whose name, phone, e-mail or town contains TEXT (accents and case ignored).</source>
        <translation>Seulement les membres dont le nom, le téléphone, l’e-mail ou la ville contient TEXT (sans tenir compte des accents ni des majuscules).</translation>
    </message>
    <message>
        <source>Include archived members.</source>
        <translation>Inclure les membres archivés.</translation>
    </message>
    <message>
        <source>Lists the members, by name.</source>
        <translation>Liste les membres, par ordre alphabétique.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: text or csv.</source>
        <translation>Format inconnu : « %1 » (text ou csv).</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>No member has the id “%1”.</source>
        <translation>Aucun membre ne porte l’identifiant « %1 ».</translation>
    </message>
</context>
<context>
    <name>MemberRules</name>
    <message>
        <source>The phone number</source>
        <translation>Le numéro de téléphone</translation>
    </message>
    <message>
        <source>The second person’s phone number</source>
        <translation>Le numéro de téléphone de la deuxième personne</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>L’adresse e-mail</translation>
    </message>
    <message>
        <source>The second person’s e-mail address</source>
        <translation>L’adresse e-mail de la deuxième personne</translation>
    </message>
    <message>
        <source>Enter the member’s name.</source>
        <translation>Indiquez le nom du membre.</translation>
    </message>
    <message>
        <source>Enter a phone number or an e-mail address, so that the member can be reached.</source>
        <translation>Indiquez un numéro de téléphone ou une adresse e-mail pour pouvoir joindre le membre.</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>Le prénom</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The second person’s first name</source>
        <translation>Le prénom de la deuxième personne</translation>
    </message>
    <message>
        <source>The second person’s last name</source>
        <translation>Le nom de la deuxième personne</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L’adresse</translation>
    </message>
    <message>
        <source>The postcode</source>
        <translation>Le code postal</translation>
    </message>
    <message>
        <source>The town</source>
        <translation>La ville</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Les notes</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>— telephone only</source>
        <translation>— téléphone uniquement</translation>
    </message>
    <message>
        <source>Archived member</source>
        <translation>Membre archivé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Show archived members</source>
        <translation>Afficher les membres archivés</translation>
    </message>
    <message>
        <source>Search a name, a phone number, an e-mail, a town…</source>
        <translation>Rechercher un nom, un numéro de téléphone, un e-mail, une ville…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The schema version of “%1” cannot be read.</source>
        <translation>Impossible de lire la version du schéma de « %1 ».</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Comptoir (database schema %2, this program knows up to %3). Install the newer Comptoir to open it; the file was left untouched.</source>
        <translation>« %1 » a été enregistré par une version plus récente de Comptoir (schéma de base de données %2 ; cette version-ci ne connaît que les schémas jusqu’au %3). Installez la nouvelle version de Comptoir pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The schema update %1 cannot be read.</source>
        <translation>Impossible de lire la mise à jour de schéma %1.</translation>
    </message>
    <message>
        <source>The schema update %1 failed; the database was left as it was.</source>
        <translation>La mise à jour de schéma %1 a échoué ; la base de données est restée inchangée.</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>Create my group</source>
        <translation>Créer mon groupe</translation>
    </message>
    <message>
        <source>e.g. Marché paysan du quartier</source>
        <translation>ex. : Marché paysan du quartier</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Nom du groupe :</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>You will be the group’s first coordinator; others can be added later.</source>
        <translation>Vous serez le premier coordinateur du groupe ; d’autres pourront être ajoutés plus tard.</translation>
    </message>
</context>
<context>
    <name>OrderLineRepository</name>
    <message>
        <source>No order line has the id “%1”.</source>
        <translation>Aucune ligne de commande ne porte l’identifiant « %1 ».</translation>
    </message>
</context>
<context>
    <name>OrderLineRules</name>
    <message>
        <source>Choose a product.</source>
        <translation>Choisissez un produit.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>La quantité doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>A quantity of %1 is not plausible.</source>
        <translation>Une quantité de %1 n’est pas vraisemblable.</translation>
    </message>
    <message>
        <source>An estimated weight over one tonne is not plausible.</source>
        <translation>Un poids estimé de plus d’une tonne n’est pas vraisemblable.</translation>
    </message>
    <message>
        <source>A weighed quantity over one tonne is not plausible.</source>
        <translation>Une quantité pesée de plus d’une tonne n’est pas vraisemblable.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <source>This order is cancelled; reopen it before changing it.</source>
        <translation>Cette commande est annulée ; rouvrez-la avant de la modifier.</translation>
    </message>
    <message>
        <source>“%1” is not offered at this distribution.</source>
        <translation>« %1 » n’est pas proposé à cette distribution.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>La quantité doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>A cancelled order cannot be validated; reopen it first.</source>
        <translation>Une commande annulée ne peut pas être validée ; rouvrez-la d’abord.</translation>
    </message>
    <message>
        <source>An order without any product cannot be validated.</source>
        <translation>Une commande sans aucun produit ne peut pas être validée.</translation>
    </message>
</context>
<context>
    <name>OrderingWindowRepository</name>
    <message>
        <source>No ordering window has the id “%1”.</source>
        <translation>Aucune période de commande ne porte l’identifiant « %1 ».</translation>
    </message>
</context>
<context>
    <name>PlaceRepository</name>
    <message>
        <source>No place has the id “%1”.</source>
        <translation>Aucun lieu de distribution ne porte l’identifiant « %1 ».</translation>
    </message>
</context>
<context>
    <name>PlaceRules</name>
    <message>
        <source>Enter the place’s name.</source>
        <translation>Indiquez le nom du lieu de distribution.</translation>
    </message>
    <message>
        <source>The place’s name</source>
        <translation>Le nom du lieu de distribution</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L’adresse</translation>
    </message>
    <message>
        <source>The postcode</source>
        <translation>Le code postal</translation>
    </message>
    <message>
        <source>The town</source>
        <translation>La ville</translation>
    </message>
</context>
<context>
    <name>ProducerRepository</name>
    <message>
        <source>No producer has the id “%1”.</source>
        <translation>Aucun producteur ne porte l’identifiant « %1 ».</translation>
    </message>
</context>
<context>
    <name>ProducerRules</name>
    <message>
        <source>Enter the producer’s name.</source>
        <translation>Indiquez le nom du producteur.</translation>
    </message>
    <message>
        <source>The producer’s name</source>
        <translation>Le nom du producteur</translation>
    </message>
    <message>
        <source>The contact person</source>
        <translation>La personne à contacter</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Le numéro de téléphone</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>L’adresse e-mail</translation>
    </message>
    <message>
        <source>A SIRET number has 14 digits.</source>
        <translation>Un numéro SIRET comporte 14 chiffres.</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>No product has the id “%1”.</source>
        <translation>Aucun produit ne porte l’identifiant « %1 ».</translation>
    </message>
</context>
<context>
    <name>ProductRules</name>
    <message>
        <source>Enter the product’s name.</source>
        <translation>Indiquez le nom du produit.</translation>
    </message>
    <message>
        <source>The product’s name</source>
        <translation>Le nom du produit</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>La référence</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La description</translation>
    </message>
    <message>
        <source>Choose the product’s catalogue.</source>
        <translation>Choisissez le catalogue du produit.</translation>
    </message>
    <message>
        <source>The price must be more than zero.</source>
        <translation>Le prix doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>A price of %1 is not plausible (at most %2).</source>
        <translation>Un prix de %1 n’est pas vraisemblable (%2 au maximum).</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 % and 30 %.</source>
        <translation>Le taux de TVA doit être compris entre 0 % et 30 %.</translation>
    </message>
    <message>
        <source>The weight of a piece must be between 0 and 100 kg.</source>
        <translation>Le poids d’une pièce doit être compris entre 0 et 100 kg.</translation>
    </message>
    <message>
        <source>Only a product priced by weight has an estimated weight per piece.</source>
        <translation>Seul un produit vendu au poids peut avoir un poids estimé par pièce.</translation>
    </message>
    <message>
        <source>The content per unit is not plausible.</source>
        <translation>La contenance par unité n’est pas vraisemblable.</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>by the piece (≈ %1 g)</source>
        <translation>à la pièce (≈ %1 g)</translation>
    </message>
    <message>
        <source>by weight</source>
        <translation>au poids</translation>
    </message>
    <message>
        <source>%1 / kg</source>
        <translation>%1 / kg</translation>
    </message>
    <message>
        <source>variable price</source>
        <translation>prix variable</translation>
    </message>
    <message>
        <source>organic</source>
        <translation>bio</translation>
    </message>
    <message>
        <source>bulk</source>
        <translation>vrac</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Price incl. VAT</source>
        <translation>Prix TTC</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>The database could not carry out an operation; nothing was changed.</source>
        <translation>La base de données n’a pas pu effectuer une opération ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>RowWriter</name>
    <message>
        <source>Internal error: unknown table “%1”.</source>
        <translation>Erreur interne : table « %1 » inconnue.</translation>
    </message>
    <message>
        <source>Internal error: unknown column “%1” in “%2”.</source>
        <translation>Erreur interne : colonne « %1 » inconnue dans « %2 ».</translation>
    </message>
    <message>
        <source>No record with the id “%1”.</source>
        <translation>Aucun enregistrement ne porte l’identifiant « %1 ».</translation>
    </message>
</context>
<context>
    <name>SetupCommands</name>
    <message>
        <source>The name of the market.</source>
        <translation>Le nom du marché.</translation>
    </message>
    <message>
        <source>My market</source>
        <translation>Mon marché</translation>
    </message>
    <message>
        <source>Its time zone (default Europe/Paris).</source>
        <translation>Son fuseau horaire (Europe/Paris par défaut).</translation>
    </message>
    <message>
        <source>The first coordinator&apos;s name (default: --user, or “Coordinator”).</source>
        <translation>Le nom du premier coordinateur (par défaut : --user, sinon « Coordinateur »).</translation>
    </message>
    <message>
        <source>Creates a new database holding an empty group. An existing database that holds data is refused.</source>
        <translation>Crée une nouvelle base de données contenant un groupe vide. Une base de données existante qui contient déjà des données est refusée.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Created “%1” in %2.</source>
        <translation>Groupe « %1 » créé dans %2.</translation>
    </message>
    <message>
        <source>Choices follow this number: the same seed and clock give the same market (default 1).</source>
        <translation>Les tirages aléatoires dépendent de ce nombre : la même graine et la même horloge donnent le même marché (1 par défaut).</translation>
    </message>
    <message>
        <source>Creates the demo market in a new database (without --database: the demo&apos;s own file, never your real one). Dates follow the clock (--now).</source>
        <translation>Crée le marché de démonstration dans une nouvelle base de données (sans --database : dans le fichier propre à la démonstration, jamais dans votre vraie base). Les dates suivent l’horloge (--now).</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not “%1”.</source>
        <translation>--seed attend un nombre entier, pas « %1 ».</translation>
    </message>
    <message>
        <source>Created the demo market “%1” in %2.</source>
        <translation>Marché de démonstration « %1 » créé dans %2.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>No user has the id “%1”.</source>
        <translation>Aucun utilisateur ne porte l’identifiant « %1 ».</translation>
    </message>
</context>
<context>
    <name>UserRules</name>
    <message>
        <source>Enter your name.</source>
        <translation>Indiquez votre nom.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>Choose the producer this person works for.</source>
        <translation>Choisissez le producteur pour lequel travaille cette personne.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>%1 is too long (at most %n characters).</source>
        <translation>
            <numerusform>%1 : texte trop long (%n caractère au maximum).</numerusform>
            <numerusform>%1 : texte trop long (%n caractères au maximum).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains an invisible control character.</source>
        <translation>%1 : le texte contient un caractère de contrôle invisible.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a telephone number.</source>
        <translation>%1 : « %2 » n’est pas un numéro de téléphone valide.</translation>
    </message>
    <message>
        <source>%1 “%2” is not valid.</source>
        <translation>%1 : « %2 » n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Comptoir</source>
        <translation>Bienvenue dans Comptoir</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Comptoir&lt;/h2&gt;&lt;p&gt;The desk tool of local food markets: members, distributions, telephone orders and the summaries of the day.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Comptoir&lt;/h2&gt;&lt;p&gt;L’outil de gestion des marchés de producteurs locaux : membres, distributions, commandes par téléphone et récapitulatifs du jour.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo group</source>
        <translation>Ouvrir le groupe de démonstration</translation>
    </message>
    <message>
        <source>A market with five producers, sixty members and ten weeks of orders, in its own file. Try everything without risk.</source>
        <translation>Un marché avec cinq producteurs, soixante membres et dix semaines de commandes, dans son propre fichier. Essayez tout, sans aucun risque.</translation>
    </message>
    <message>
        <source>Create my group</source>
        <translation>Créer mon groupe</translation>
    </message>
    <message>
        <source>Start your own market: its name and yours, then add members, producers and distributions.</source>
        <translation>Lancez votre propre marché : indiquez son nom et le vôtre, puis ajoutez membres, producteurs et distributions.</translation>
    </message>
    <message>
        <source>Open a database file…</source>
        <translation>Ouvrir un fichier de base de données…</translation>
    </message>
    <message>
        <source>A Comptoir file copied from another computer or a backup.</source>
        <translation>Un fichier Comptoir copié depuis un autre ordinateur, ou une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Comptoir, the desk tool of local food markets.</source>
        <translation>Comptoir, l’outil de gestion des marchés de producteurs locaux.</translation>
    </message>
    <message>
        <source>Open the database file PATH.</source>
        <translation>Ouvrir le fichier de base de données PATH.</translation>
    </message>
    <message>
        <source>Start the clock at INSTANT (ISO 8601), for trying out dates.</source>
        <translation>Démarrer l’horloge à INSTANT (ISO 8601), pour essayer des dates.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date and time.</source>
        <translation>« %1 » n’est pas une date et heure au format ISO 8601.</translation>
    </message>
</context>
</TS>
