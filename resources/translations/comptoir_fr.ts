<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BasketPlanner</name>
    <message>
        <source>This order belongs to another distribution.</source>
        <translation>Cette commande appartient à une autre distribution.</translation>
    </message>
    <message>
        <source>This order is already saved for another member, and the member of a saved order cannot be changed. Cancel it, then take the order for the right member.</source>
        <translation>Cette commande est déjà enregistrée pour un autre membre, et le membre d’une commande enregistrée ne peut pas changer. Annulez-la, puis prenez la commande pour le bon membre.</translation>
    </message>
    <message>
        <source>A cancelled order cannot be validated; reopen it first.</source>
        <translation>Une commande annulée ne peut pas être validée&#xa0;; rouvrez-la d’abord.</translation>
    </message>
    <message>
        <source>This order is cancelled; reopen it before changing it.</source>
        <translation>Cette commande est annulée&#xa0;; rouvrez-la avant de la modifier.</translation>
    </message>
    <message>
        <source>“%1” is no longer offered by its catalogue.</source>
        <translation>«&#xa0;%1&#xa0;» n’est plus proposé dans son catalogue.</translation>
    </message>
    <message>
        <source>“%1” is left out of this distribution.</source>
        <translation>«&#xa0;%1&#xa0;» est exclu de l’offre de cette distribution.</translation>
    </message>
    <message>
        <source>“%1” is not offered at this distribution.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas proposé à cette distribution.</translation>
    </message>
    <message>
        <source>“%1” belongs to another producer’s catalogue: a producer changes only the lines of their own catalogues.</source>
        <translation>«&#xa0;%1&#xa0;» appartient au catalogue d’un autre producteur&#xa0;: un producteur ne modifie que les lignes de ses propres catalogues.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>La quantité ne peut pas être négative.</translation>
    </message>
    <message>
        <source>“%1” is not in this order: there is no line to take out.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas dans cette commande&#xa0;: il n’y a pas de ligne à retirer.</translation>
    </message>
    <message>
        <source>The distribution of %1 is cancelled: its orders can no longer change.</source>
        <translation>La distribution du %1 est annulée&#xa0;: ses commandes ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <source>Choose the member who orders.</source>
        <translation>Choisissez le membre qui commande.</translation>
    </message>
    <message>
        <source>Add at least one product to the order.</source>
        <translation>Ajoutez au moins un produit à la commande.</translation>
    </message>
    <message>
        <source>An order without any product cannot be validated.</source>
        <translation>Une commande sans aucun produit ne peut pas être validée.</translation>
    </message>
    <message>
        <source>This order also holds products of other producers: only a coordinator can validate it.</source>
        <translation>Cette commande contient aussi des produits d’autres producteurs&#xa0;: seul un coordinateur peut la valider.</translation>
    </message>
    <message>
        <source>This order also holds products of other producers: only a coordinator can cancel it.</source>
        <translation>Cette commande contient aussi des produits d’autres producteurs&#xa0;: seul un coordinateur peut l’annuler.</translation>
    </message>
</context>
<context>
    <name>BasketRepository</name>
    <message>
        <source>No order has the id “%1”.</source>
        <translation>Aucune commande ne porte l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>“%1” is not a date: write it YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: écrivez-la au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Write the times HH:MM, e.g. 17:30.</source>
        <translation>Écrivez les heures au format HH:MM, par exemple 17:30.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation>Numéro et rue.</translation>
    </message>
    <message>
        <source>Postcode.</source>
        <translation>Code postal.</translation>
    </message>
    <message>
        <source>Town.</source>
        <translation>Ville.</translation>
    </message>
    <message>
        <source>Name the place with --name.</source>
        <translation>Indiquez le nom du lieu avec --name.</translation>
    </message>
    <message>
        <source>Include archived places.</source>
        <translation>Inclure les lieux archivés.</translation>
    </message>
    <message>
        <source>Lists the pick-up places, by name.</source>
        <translation>Liste les lieux de distribution, par ordre alphabétique.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Shows a pick-up place.</source>
        <translation>Affiche un lieu de distribution.</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivé)</translation>
    </message>
    <message>
        <source>Bring the place back instead.</source>
        <translation>Restaurer plutôt le lieu archivé.</translation>
    </message>
    <message>
        <source>Archives a place: it is no longer offered for new distributions; its distributions stay as they are.</source>
        <translation>Archive un lieu&#xa0;: il n’est plus proposé pour les nouvelles distributions&#xa0;; ses distributions restent inchangées.</translation>
    </message>
    <message>
        <source>The (first) date, YYYY-MM-DD (required).</source>
        <translation>La (première) date, AAAA-MM-JJ (obligatoire).</translation>
    </message>
    <message>
        <source>Local start time.</source>
        <translation>Heure de début (heure locale).</translation>
    </message>
    <message>
        <source>Local end time.</source>
        <translation>Heure de fin (heure locale).</translation>
    </message>
    <message>
        <source>A catalogue taking part, with its own ordering rule; repeat for each. Default: every active catalogue.</source>
        <translation>Un catalogue participant, avec sa propre règle de commande&#xa0;; à répéter pour chacun. Par défaut&#xa0;: tous les catalogues actifs.</translation>
    </message>
    <message>
        <source>Repeat every N weeks (1 to 52) until --until.</source>
        <translation>Répéter toutes les N semaines (de 1 à 52) jusqu’à --until.</translation>
    </message>
    <message>
        <source>The last possible date of the series, YYYY-MM-DD.</source>
        <translation>La dernière date possible de la série, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>A date of the series not to create; repeat for each.</source>
        <translation>Une date de la série à ne pas créer&#xa0;; à répéter pour chacune.</translation>
    </message>
    <message>
        <source>Also create the dates when the place already has a distribution (skipped otherwise).</source>
        <translation>Créer aussi les dates où le lieu a déjà une distribution (ignorées sinon).</translation>
    </message>
    <message>
        <source>Only show the dates and ordering windows; write nothing.</source>
        <translation>Afficher seulement les dates et les périodes de commande&#xa0;; ne rien enregistrer.</translation>
    </message>
    <message>
        <source>Name the place with --place.</source>
        <translation>Indiquez le lieu avec --place.</translation>
    </message>
    <message>
        <source>Give the date with --date YYYY-MM-DD.</source>
        <translation>Indiquez la date avec --date AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--repeat-weeks takes a number of weeks.</source>
        <translation>--repeat-weeks attend un nombre de semaines.</translation>
    </message>
    <message>
        <source>A repeated distribution needs --until DATE.</source>
        <translation>Une distribution répétée nécessite --until DATE.</translation>
    </message>
    <message>
        <source>--until goes with --repeat-weeks.</source>
        <translation>--until s’utilise avec --repeat-weeks.</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 ignorée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only distributions on or after this date.</source>
        <translation>Seulement les distributions à cette date ou après.</translation>
    </message>
    <message>
        <source>Only distributions on or before this date.</source>
        <translation>Seulement les distributions à cette date ou avant.</translation>
    </message>
    <message>
        <source>Lists the distributions by date, with their status (planned, open, closed, distributed, cancelled), their orders and amounts.</source>
        <translation>Liste les distributions par date, avec leur état (planned, open, closed, distributed, cancelled), leurs commandes et leurs montants.</translation>
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
    <message>
        <source>No distribution has the id “%1”.</source>
        <translation>Aucune distribution ne porte l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ordering windows:</source>
        <translation>Périodes de commande&#xa0;:</translation>
    </message>
    <message>
        <source>not yet open</source>
        <translation>ouverture à venir</translation>
    </message>
    <message>
        <source>open</source>
        <translation>commandes ouvertes</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>commandes fermées</translation>
    </message>
    <message>
        <source>%1: %2 left of %3</source>
        <translation>%1&#xa0;: reste %2 sur %3</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Hors offre&#xa0;: %1</translation>
    </message>
    <message>
        <source>The new date, YYYY-MM-DD.</source>
        <translation>La nouvelle date, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The new local start time.</source>
        <translation>La nouvelle heure de début (heure locale).</translation>
    </message>
    <message>
        <source>The new local end time.</source>
        <translation>La nouvelle heure de fin (heure locale).</translation>
    </message>
    <message>
        <source>Move it even though it has orders (they move with it); without it such a move is refused with exit status 3.</source>
        <translation>La déplacer même si elle a des commandes (elles sont déplacées avec elle)&#xa0;; sans cette option, un tel déplacement est refusé avec le code de sortie 3.</translation>
    </message>
    <message>
        <source>Cancel it even though it has orders; without it such a cancellation is refused with exit status 3.</source>
        <translation>L’annuler même si elle a des commandes&#xa0;; sans cette option, une telle annulation est refusée avec le code de sortie 3.</translation>
    </message>
    <message>
        <source>Cancels a distribution. Its orders stay recorded, are not handed out, and come back if it is reinstated.</source>
        <translation>Annule une distribution. Ses commandes restent enregistrées, ne sont pas distribuées, et reviennent si elle est rétablie.</translation>
    </message>
    <message>
        <source>Reinstates a cancelled distribution, with its orders.</source>
        <translation>Rétablit une distribution annulée, avec ses commandes.</translation>
    </message>
    <message>
        <source>Mark it as not handed out after all.</source>
        <translation>La marquer finalement comme non distribuée.</translation>
    </message>
    <message>
        <source>Marks a distribution as handed out.</source>
        <translation>Marque une distribution comme distribuée.</translation>
    </message>
    <message>
        <source>The place’s name (required).</source>
        <translation>Le nom du lieu (obligatoire).</translation>
    </message>
    <message>
        <source>Adds a pick-up place. Prints the new place’s id on the last line.</source>
        <translation>Ajoute un lieu de distribution. Affiche l’identifiant du nouveau lieu sur la dernière ligne.</translation>
    </message>
    <message>
        <source>The pick-up place’s id (required).</source>
        <translation>L’identifiant du lieu de distribution (obligatoire).</translation>
    </message>
    <message>
        <source>Adds a distribution, or a series every N weeks. Each catalogue’s ordering window comes from its rule, on the group’s wall clock. Prints each new distribution’s id on its own line, the last one last.</source>
        <translation>Ajoute une distribution, ou une série toutes les N semaines. La période de commande de chaque catalogue découle de sa règle, à l’heure locale du groupe. Affiche l’identifiant de chaque nouvelle distribution sur sa propre ligne, la dernière en dernier.</translation>
    </message>
    <message>
        <source>Shows a distribution: its place and hours, its status, each catalogue’s ordering window, its orders, and what its offer leaves out or limits.</source>
        <translation>Affiche une distribution&#xa0;: son lieu et ses horaires, son état, la période de commande de chaque catalogue, ses commandes, et ce que son offre exclut ou limite.</translation>
    </message>
    <message numerus="yes">
        <source>Validated: %n order(s), %1</source>
        <translation>
            <numerusform>Validées&#xa0;: %n commande, %1</numerusform>
            <numerusform>Validées&#xa0;: %n commandes, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In progress: %n order(s), %1</source>
        <translation>
            <numerusform>En cours&#xa0;: %n commande, %1</numerusform>
            <numerusform>En cours&#xa0;: %n commandes, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>In progress: %1 and %2, %3 in all</source>
        <translation>En cours&#xa0;: %1 et %2, %3 au total</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous cart(s)</source>
        <translation>
            <numerusform>%n panier sans compte</numerusform>
            <numerusform>%n paniers sans compte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offer: %n product(s)</source>
        <translation>
            <numerusform>Offre&#xa0;: %n produit</numerusform>
            <numerusform>Offre&#xa0;: %n produits</numerusform>
        </translation>
    </message>
    <message>
        <source>The new place’s id.</source>
        <translation>L’identifiant du nouveau lieu.</translation>
    </message>
    <message>
        <source>Changes a distribution’s date, hours or place. The ordering windows move with it on the wall clock.</source>
        <translation>Modifie la date, les horaires ou le lieu d’une distribution. Les périodes de commande sont décalées avec elle, en heure locale.</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>There is already a distribution at this place that day (%1).</source>
        <translation>Il y a déjà une distribution dans ce lieu ce jour-là (%1).</translation>
    </message>
    <message>
        <source>The ordering rule of “%1” would close orders before they open for the distribution of %2.</source>
        <translation>Pour la distribution du %2, la règle de commande de «&#xa0;%1&#xa0;» fermerait les commandes avant leur ouverture.</translation>
    </message>
    <message>
        <source>Tick at least one date to create.</source>
        <translation>Cochez au moins une date à créer.</translation>
    </message>
    <message>
        <source>This distribution is cancelled; reinstate it before changing it.</source>
        <translation>Cette distribution est annulée&#xa0;; rétablissez-la avant de la modifier.</translation>
    </message>
    <message>
        <source>This distribution was handed out; it can no longer change.</source>
        <translation>Cette distribution est marquée comme distribuée&#xa0;; elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>The orders of this distribution move with it: %1. Confirm to move it.</source>
        <translation>Les commandes de cette distribution seront déplacées avec elle&#xa0;: %1. Confirmez pour la déplacer.</translation>
    </message>
    <message>
        <source>This distribution was handed out; it cannot be cancelled.</source>
        <translation>Cette distribution est marquée comme distribuée&#xa0;; elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Cancelling this distribution leaves %1 without a pick-up. The orders stay recorded and come back if the distribution is reinstated. Confirm to cancel it.</source>
        <translation>Annuler cette distribution laisse %1 sans retrait. Les commandes restent enregistrées et reviendront si la distribution est rétablie. Confirmez pour l’annuler.</translation>
    </message>
    <message>
        <source>A cancelled distribution cannot be handed out; reinstate it first.</source>
        <translation>Une distribution annulée ne peut pas être marquée comme distribuée&#xa0;; rétablissez-la d’abord.</translation>
    </message>
    <message>
        <source>“%1” takes part only once.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut participer qu’une seule fois.</translation>
    </message>
    <message>
        <source>Enter when orders for “%1” open and close.</source>
        <translation>Indiquez l’ouverture et la fermeture des commandes de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Orders for “%1” must close after they open.</source>
        <translation>La fermeture des commandes de «&#xa0;%1&#xa0;» doit être postérieure à leur ouverture.</translation>
    </message>
    <message>
        <source>Orders for “%1” must close before the distribution starts.</source>
        <translation>La fermeture des commandes de «&#xa0;%1&#xa0;» doit précéder le début de la distribution.</translation>
    </message>
    <message>
        <source>“%1” cannot leave this distribution: it has %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas quitter cette distribution&#xa0;: il a %2.</translation>
    </message>
    <message>
        <source>Only a coordinator can create distributions.</source>
        <translation>Seul un coordinateur peut créer des distributions.</translation>
    </message>
    <message>
        <source>Only a coordinator can cancel a distribution.</source>
        <translation>Seul un coordinateur peut annuler une distribution.</translation>
    </message>
    <message>
        <source>Only a coordinator can reinstate a distribution.</source>
        <translation>Seul un coordinateur peut rétablir une distribution.</translation>
    </message>
    <message>
        <source>Only a coordinator can mark a distribution as handed out.</source>
        <translation>Seul un coordinateur peut marquer une distribution comme distribuée.</translation>
    </message>
    <message>
        <source>Only a coordinator can add, change or archive places.</source>
        <translation>Seul un coordinateur peut ajouter, modifier ou archiver des lieux.</translation>
    </message>
    <message>
        <source>Only a coordinator can move a distribution (its date, hours or place).</source>
        <translation>Seul un coordinateur peut déplacer une distribution (sa date, ses horaires ou son lieu).</translation>
    </message>
    <message>
        <source>Only a coordinator can choose the catalogues taking part in a distribution.</source>
        <translation>Seul un coordinateur peut choisir les catalogues participant à une distribution.</translation>
    </message>
    <message>
        <source>“%1” is another producer’s catalogue: only a coordinator can change its ordering window.</source>
        <translation>«&#xa0;%1&#xa0;» est le catalogue d’un autre producteur&#xa0;: seul un coordinateur peut modifier sa période de commande.</translation>
    </message>
</context>
<context>
    <name>CatalogueAccess</name>
    <message>
        <source>“%1” belongs to another producer: a producer changes only their own producer record, catalogues and products.</source>
        <translation>«&#xa0;%1&#xa0;» appartient à un autre producteur&#xa0;: un producteur ne modifie que sa propre fiche, ses catalogues et ses produits.</translation>
    </message>
    <message>
        <source>“%1” is another producer’s catalogue: a producer sees only their own catalogues and products.</source>
        <translation>«&#xa0;%1&#xa0;» est le catalogue d’un autre producteur&#xa0;: un producteur ne voit que ses propres catalogues et produits.</translation>
    </message>
    <message>
        <source>“%1” is another producer: a producer sees only their own record, catalogues and products.</source>
        <translation>«&#xa0;%1&#xa0;» est un autre producteur&#xa0;: un producteur ne voit que sa propre fiche, ses catalogues et ses produits.</translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>The farm or business name (required).</source>
        <translation>Le nom de la ferme ou de l’entreprise (obligatoire).</translation>
    </message>
    <message>
        <source>The contact person.</source>
        <translation>La personne à contacter.</translation>
    </message>
    <message>
        <source>Phone number, e.g. 06 12 34 56 78.</source>
        <translation>Numéro de téléphone, par exemple 06 12 34 56 78.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Adresse e-mail.</translation>
    </message>
    <message>
        <source>SIRET number (14 digits).</source>
        <translation>Numéro SIRET (14 chiffres).</translation>
    </message>
    <message>
        <source>The producer is VAT-exempt (“TVA non applicable, art. 293 B du CGI”).</source>
        <translation>Le producteur bénéficie de la franchise en base de TVA («&#xa0;TVA non applicable, art. 293 B du CGI&#xa0;»).</translation>
    </message>
    <message>
        <source>Name the producer with --name.</source>
        <translation>Indiquez le nom du producteur avec --name.</translation>
    </message>
    <message>
        <source>Include archived producers.</source>
        <translation>Inclure les producteurs archivés.</translation>
    </message>
    <message>
        <source>Lists the producers, by name.</source>
        <translation>Liste les producteurs, par ordre alphabétique.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
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
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>included</source>
        <translation>incluse</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>franchise</translation>
    </message>
    <message>
        <source>Shows a producer and their catalogues.</source>
        <translation>Affiche un producteur et ses catalogues.</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivé)</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>SIRET: %1</source>
        <translation>SIRET&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prices include VAT.</source>
        <translation>Les prix s’entendent TTC.</translation>
    </message>
    <message>
        <source>VAT-exempt: “TVA non applicable, art. 293 B du CGI”.</source>
        <translation>Franchise en base de TVA&#xa0;: «&#xa0;TVA non applicable, art. 293 B du CGI&#xa0;».</translation>
    </message>
    <message>
        <source>Catalogues:</source>
        <translation>Catalogues&#xa0;:</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inactif)</translation>
    </message>
    <message>
        <source>Orders open N days before each distribution.</source>
        <translation>Ouverture des commandes N jours avant chaque distribution.</translation>
    </message>
    <message>
        <source>… at this local time.</source>
        <translation>… à cette heure locale.</translation>
    </message>
    <message>
        <source>Orders close H hours before the distribution starts, on the wall clock.</source>
        <translation>Fermeture des commandes H heures avant le début de la distribution, en heure locale.</translation>
    </message>
    <message>
        <source>Name the producer with --producer.</source>
        <translation>Indiquez le producteur avec --producer.</translation>
    </message>
    <message>
        <source>Name the catalogue with --name.</source>
        <translation>Indiquez le nom du catalogue avec --name.</translation>
    </message>
    <message>
        <source>--opens-days-before takes a number of days.</source>
        <translation>--opens-days-before attend un nombre de jours.</translation>
    </message>
    <message>
        <source>--closes-hours-before takes a number of hours.</source>
        <translation>--closes-hours-before attend un nombre d’heures.</translation>
    </message>
    <message>
        <source>--opens-at takes a time, e.g. 08:00.</source>
        <translation>--opens-at attend une heure, par exemple 08:00.</translation>
    </message>
    <message>
        <source>Include inactive catalogues.</source>
        <translation>Inclure les catalogues inactifs.</translation>
    </message>
    <message>
        <source>Lists the catalogues, by name, with their ordering rule.</source>
        <translation>Liste les catalogues, par ordre alphabétique, avec leur règle de commande.</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Opens (days before)</source>
        <translation>Ouverture (jours avant)</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Closes (hours before)</source>
        <translation>Fermeture (heures avant)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Shows a catalogue, its ordering rule and its products.</source>
        <translation>Affiche un catalogue, sa règle de commande et ses produits.</translation>
    </message>
    <message>
        <source>Producer: %1</source>
        <translation>Producteur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Orders open %n day(s) before at %1</source>
        <translation>
            <numerusform>Ouverture des commandes %n jour avant, à %1</numerusform>
            <numerusform>Ouverture des commandes %n jours avant, à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, close %n hour(s) before the distribution.</source>
        <translation>
            <numerusform>, fermeture %n heure avant la distribution.</numerusform>
            <numerusform>, fermeture %n heures avant la distribution.</numerusform>
        </translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>Produits&#xa0;: %1</translation>
    </message>
    <message>
        <source> per kg</source>
        <translation> le kg</translation>
    </message>
    <message>
        <source>Price including VAT in euros, e.g. 3,50 or 3.50 (required); per kilogram for a product priced by weight.</source>
        <translation>Prix TTC en euros, par exemple 3,50 ou 3.50 (obligatoire)&#xa0;; au kilogramme pour un produit au poids.</translation>
    </message>
    <message>
        <source>Reference, unique in the catalogue.</source>
        <translation>Référence, unique dans le catalogue.</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>Description.</translation>
    </message>
    <message>
        <source>piece (the default), kg, g, l, cl or ml.</source>
        <translation>piece (par défaut), kg, g, l, cl ou ml.</translation>
    </message>
    <message>
        <source>Content of one unit in that unit, e.g. 500 for a 500 g jar.</source>
        <translation>Contenance d’une unité, exprimée dans cette unité, par exemple 500 pour un pot de 500 g.</translation>
    </message>
    <message>
        <source>VAT rate in percent: 5.5 (the default), 10, 20…</source>
        <translation>Taux de TVA en pourcentage&#xa0;: 5,5 (par défaut), 10, 20…</translation>
    </message>
    <message>
        <source>Priced by weight (“prix variable”): the amount follows the weighed quantity; ordered by weight unless --piece-weight is given.</source>
        <translation>Prix au poids («&#xa0;prix variable&#xa0;»)&#xa0;: le montant suit la quantité pesée&#xa0;; commandé au poids, sauf si --piece-weight est indiqué.</translation>
    </message>
    <message>
        <source>For a product priced by weight, ordered by the piece: its estimated weight in grams.</source>
        <translation>Pour un produit au poids commandé à la pièce&#xa0;: son poids estimé en grammes.</translation>
    </message>
    <message>
        <source>Organic.</source>
        <translation>Bio.</translation>
    </message>
    <message>
        <source>Sold in bulk.</source>
        <translation>Vendu en vrac.</translation>
    </message>
    <message>
        <source>Not offered at new distributions for now.</source>
        <translation>Non proposé aux nouvelles distributions pour l’instant.</translation>
    </message>
    <message>
        <source>Name the catalogue with --catalogue.</source>
        <translation>Indiquez le catalogue avec --catalogue.</translation>
    </message>
    <message>
        <source>Name the product with --name.</source>
        <translation>Indiquez le nom du produit avec --name.</translation>
    </message>
    <message>
        <source>Give the price with --price, e.g. --price 3,50.</source>
        <translation>Indiquez le prix avec --price, par exemple --price 3,50.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros (e.g. 3,50).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant en euros (par exemple 3,50).</translation>
    </message>
    <message>
        <source>“%1” is not a unit: piece, kg, g, l, cl or ml.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une unité&#xa0;: piece, kg, g, l, cl ou ml.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity (e.g. 500 or 0,75).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une quantité (par exemple 500 ou 0,75).</translation>
    </message>
    <message>
        <source>“%1” is not a VAT rate (e.g. 5.5).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un taux de TVA (par exemple 5,5).</translation>
    </message>
    <message>
        <source>--piece-weight takes a weight in grams.</source>
        <translation>--piece-weight attend un poids en grammes.</translation>
    </message>
    <message>
        <source>Include inactive products.</source>
        <translation>Inclure les produits inactifs.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>Bio</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>Vrac</translation>
    </message>
    <message>
        <source>Shows a product.</source>
        <translation>Affiche un produit.</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Prix&#xa0;: %1</translation>
    </message>
    <message>
        <source>, VAT %1</source>
        <translation>, TVA %1</translation>
    </message>
    <message>
        <source>Sold: %1</source>
        <translation>Vente&#xa0;: %1</translation>
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
        <source>The catalogue receiving the products (required).</source>
        <translation>Le catalogue qui reçoit les produits (obligatoire).</translation>
    </message>
    <message>
        <source>The catalogue to export (required).</source>
        <translation>Le catalogue à exporter (obligatoire).</translation>
    </message>
    <message numerus="yes">
        <source>exported %n product(s)</source>
        <translation>
            <numerusform>%n produit exporté</numerusform>
            <numerusform>%n produits exportés</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds a producer. Prints the new producer’s id on the last line.</source>
        <translation>Ajoute un producteur. Affiche l’identifiant du nouveau producteur sur la dernière ligne.</translation>
    </message>
    <message>
        <source>The producer’s id (required).</source>
        <translation>L’identifiant du producteur (obligatoire).</translation>
    </message>
    <message>
        <source>The catalogue’s name (required).</source>
        <translation>Le nom du catalogue (obligatoire).</translation>
    </message>
    <message>
        <source>Adds a catalogue to a producer, with its default ordering rule. Prints the new catalogue’s id on the last line.</source>
        <translation>Ajoute un catalogue à un producteur, avec sa règle de commande par défaut. Affiche l’identifiant du nouveau catalogue sur la dernière ligne.</translation>
    </message>
    <message>
        <source>Only this producer’s catalogues.</source>
        <translation>Seulement les catalogues de ce producteur.</translation>
    </message>
    <message>
        <source>The catalogue’s id (required).</source>
        <translation>L’identifiant du catalogue (obligatoire).</translation>
    </message>
    <message>
        <source>The product’s name (required).</source>
        <translation>Le nom du produit (obligatoire).</translation>
    </message>
    <message>
        <source>Adds a product to a catalogue. Prints the new product’s id on the last line.</source>
        <translation>Ajoute un produit à un catalogue. Affiche l’identifiant du nouveau produit sur la dernière ligne.</translation>
    </message>
    <message>
        <source>Lists a catalogue’s products, by name.</source>
        <translation>Liste les produits d’un catalogue, par ordre alphabétique.</translation>
    </message>
    <message>
        <source>Imports products from a CSV file in Cagette’s layout: a header with productName, price, ref, desc, vat, qt, unit, organic, bulk, variablePrice. A row matching a product of the catalogue (same reference, or same name without one) only fills its empty fields; prices are never changed. Prints “created N, matched M, errors K”; rows in error are reported on stderr as “line L: reason”.</source>
        <translation>Importe des produits depuis un fichier CSV au format Cagette&#xa0;: un en-tête avec productName, price, ref, desc, vat, qt, unit, organic, bulk, variablePrice. Une ligne qui correspond à un produit du catalogue (même référence, ou même nom en l’absence de référence) ne fait que compléter ses champs vides&#xa0;; les prix ne sont jamais modifiés. Affiche «&#xa0;created N, matched M, errors K&#xa0;»&#xa0;; les lignes en erreur sont signalées sur stderr sous la forme «&#xa0;line L: reason&#xa0;».</translation>
    </message>
    <message>
        <source>Writes a catalogue’s products to a CSV file in Cagette’s layout, which Cagette and `product import` read. Prints how many products were written.</source>
        <translation>Écrit les produits d’un catalogue dans un fichier CSV au format Cagette, que Cagette et `product import` savent lire. Affiche le nombre de produits écrits.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>New catalogue</source>
        <translation>Nouveau catalogue</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>e.g. Légumes de saison</source>
        <translation>ex.&#xa0;: Légumes de saison</translation>
    </message>
    <message>
        <source> day(s) before</source>
        <translation> jour(s) avant</translation>
    </message>
    <message>
        <source> hour(s) before</source>
        <translation> heure(s) avant</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Orders &amp;open:</source>
        <translation>&amp;Ouverture des commandes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Producer:</source>
        <translation>&amp;Producteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Orders &amp;close:</source>
        <translation>&amp;Fermeture des commandes&#xa0;:</translation>
    </message>
    <message>
        <source>New distributions start from this rule; each distribution’s window can then be changed. Distributions already created keep their windows.</source>
        <translation>Les nouvelles distributions partent de cette règle&#xa0;; la période de commande de chaque distribution peut ensuite être modifiée. Les distributions déjà créées conservent leurs périodes.</translation>
    </message>
</context>
<context>
    <name>CatalogueRepository</name>
    <message>
        <source>No catalogue has the id “%1”.</source>
        <translation>Aucun catalogue ne porte l’identifiant «&#xa0;%1&#xa0;».</translation>
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
        <translation>La référence «&#xa0;%1&#xa0;» est déjà utilisée par «&#xa0;%2&#xa0;» dans ce catalogue.</translation>
    </message>
    <message>
        <source>A product stays in its catalogue; create it in the other one instead.</source>
        <translation>Un produit reste dans son catalogue&#xa0;; créez-le plutôt dans l’autre catalogue.</translation>
    </message>
    <message>
        <source>“%1” was already ordered, so whether it is priced by weight can no longer change; create a new product instead.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà été commandé&#xa0;: son mode de prix (au poids ou non) ne peut plus changer&#xa0;; créez plutôt un nouveau produit.</translation>
    </message>
    <message>
        <source>Only a coordinator can add a producer to the group.</source>
        <translation>Seul un coordinateur peut ajouter un producteur au groupe.</translation>
    </message>
    <message>
        <source>Only a coordinator can archive or restore a producer.</source>
        <translation>Seul un coordinateur peut archiver ou restaurer un producteur.</translation>
    </message>
</context>
<context>
    <name>CatalogueTotalsModel</name>
    <message>
        <source>All catalogues</source>
        <translation>Tous les catalogues</translation>
    </message>
    <message>
        <source>closed since %1</source>
        <translation>fermées depuis le %1</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>fermeture le %1</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validées</translation>
    </message>
    <message>
        <source>Validated amount</source>
        <translation>Montant validé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>In progress amount</source>
        <translation>Montant en cours</translation>
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
        <translation>Franchise en base de TVA&#xa0;: «&#xa0;TVA non applicable, art. 293 B du CGI&#xa0;».</translation>
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
    <message>
        <source>New p&amp;roducer…</source>
        <translation>Nouveau p&amp;roducteur…</translation>
    </message>
    <message>
        <source>New &amp;catalogue…</source>
        <translation>Nouveau &amp;catalogue…</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Nouveau produit…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the product…</source>
        <translation>Modifier le produit…</translation>
    </message>
    <message>
        <source>Take out of &amp;use</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Import products…</source>
        <translation>&amp;Importer des produits…</translation>
    </message>
    <message>
        <source>E&amp;xport products…</source>
        <translation>E&amp;xporter les produits…</translation>
    </message>
    <message>
        <source>Find a product by name or reference…</source>
        <translation>Rechercher un produit par nom ou référence…</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>No producer yet: create one, then their catalogue.</source>
        <translation>Aucun producteur pour l’instant&#xa0;: créez-en un, puis son catalogue.</translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <source>Archived: no longer offered for new distributions.</source>
        <translation>Archivé&#xa0;: n’est plus proposé pour les nouvelles distributions.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>Orders open %1 before the distribution, at %2, and close %3 before it.</source>
        <translation>Ouverture des commandes %1 avant la distribution, à %2&#xa0;; fermeture %3 avant.</translation>
    </message>
    <message>
        <source>Put the product back on &amp;offer</source>
        <translation>Remettre le produit dans l’&amp;offre</translation>
    </message>
    <message>
        <source>Take the product off &amp;offer</source>
        <translation>Retirer le produit de l’&amp;offre</translation>
    </message>
    <message>
        <source>Bring the producer &amp;back</source>
        <translation>&amp;Désarchiver le producteur</translation>
    </message>
    <message>
        <source>&amp;Archive the producer</source>
        <translation>&amp;Archiver le producteur</translation>
    </message>
    <message>
        <source>Make the catalogue &amp;active</source>
        <translation>&amp;Activer le catalogue</translation>
    </message>
    <message>
        <source>Make the catalogue in&amp;active</source>
        <translation>&amp;Désactiver le catalogue</translation>
    </message>
    <message>
        <source>C&amp;hange the product…</source>
        <translation>&amp;Modifier le produit…</translation>
    </message>
    <message>
        <source>C&amp;hange the producer…</source>
        <translation>&amp;Modifier le producteur…</translation>
    </message>
    <message>
        <source>C&amp;hange the catalogue…</source>
        <translation>&amp;Modifier le catalogue…</translation>
    </message>
    <message>
        <source>Producer created; now create their catalogue.</source>
        <translation>Producteur créé&#xa0;; créez maintenant son catalogue.</translation>
    </message>
    <message>
        <source>“%1” is in use again.</source>
        <translation>«&#xa0;%1&#xa0;» est de nouveau actif.</translation>
    </message>
    <message>
        <source>“%1” is out of use: no longer offered for new distributions.</source>
        <translation>«&#xa0;%1&#xa0;» est désactivé&#xa0;: il n’est plus proposé pour les nouvelles distributions.</translation>
    </message>
    <message>
        <source>Import products into “%1”</source>
        <translation>Importer des produits dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <source>Export the products of “%1”</source>
        <translation>Exporter les produits de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Exporter les produits</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) written to %1, in Cagette’s layout.</source>
        <translation>
            <numerusform>%n produit écrit dans %1, au format Cagette.</numerusform>
            <numerusform>%n produits écrits dans %1, au format Cagette.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w archived and inactive</source>
        <translation>Afficher les archi&amp;vés et les inactifs</translation>
    </message>
    <message>
        <source>Only a coordinator can add a producer to the group.</source>
        <translation>Seul un coordinateur peut ajouter un producteur au groupe.</translation>
    </message>
    <message>
        <source>Only a coordinator can archive or restore a producer.</source>
        <translation>Seul un coordinateur peut archiver ou restaurer un producteur.</translation>
    </message>
</context>
<context>
    <name>ChooseUserDialog</name>
    <message>
        <source>Who is at this desk?</source>
        <translation>Qui est au comptoir&#xa0;?</translation>
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
        <translation>Je suis&#xa0;:</translation>
    </message>
    <message>
        <source>New coordinator:</source>
        <translation>Nouveau coordinateur&#xa0;:</translation>
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
        <translation>Utilisation&#xa0;: comptoir-cli [options globales] ACTION [options]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales&#xa0;:</translation>
    </message>
    <message>
        <source>the database file (or COMPTOIR_DATABASE; default: %1)</source>
        <translation>le fichier de base de données (ou COMPTOIR_DATABASE&#xa0;; par défaut&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the current time, ISO 8601 (or COMPTOIR_NOW), for trying out dates</source>
        <translation>l’heure actuelle, au format ISO 8601 (ou COMPTOIR_NOW), pour essayer des dates</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Actions&#xa0;:</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 refused, 2 usage error, 3 needs confirmation, 4 server unreachable.</source>
        <translation>Code de sortie&#xa0;: 0 effectué, 1 refusé, 2 erreur d’utilisation, 3 confirmation nécessaire, 4 serveur injoignable.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Action inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown command “%1”; “comptoir-cli --help” lists them.</source>
        <translation>Action inconnue&#xa0;: «&#xa0;%1&#xa0;»&#xa0;; «&#xa0;comptoir-cli --help&#xa0;» en donne la liste.</translation>
    </message>
    <message>
        <source>Comptoir’s data without the window: members, catalogues, distributions, orders, summaries and sync.</source>
        <translation>Les données de Comptoir sans l’interface graphique&#xa0;: membres, catalogues, distributions, commandes, récapitulatifs et synchronisation.</translation>
    </message>
    <message>
        <source>the name of the person acting, recorded in the audit trail</source>
        <translation>le nom de la personne qui agit, enregistré dans l’historique des modifications</translation>
    </message>
    <message>
        <source>“comptoir-cli COMMAND --help” shows the options of a command.</source>
        <translation>«&#xa0;comptoir-cli ACTION --help&#xa0;» affiche les options d’une action.</translation>
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
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Missing argument %1.</source>
        <translation>Argument manquant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The database “%1” does not exist; create it with “comptoir-cli init” or name another one with --database.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» n’existe pas&#xa0;; créez-la avec «&#xa0;comptoir-cli init&#xa0;» ou indiquez-en une autre avec --database.</translation>
    </message>
    <message>
        <source>The database “%1” holds no group yet; create one with “comptoir-cli init”.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» ne contient encore aucun groupe&#xa0;; créez-en un avec «&#xa0;comptoir-cli init&#xa0;».</translation>
    </message>
    <message>
        <source>The database “%1” already holds a group; nothing was changed.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» contient déjà un groupe&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>See “comptoir-cli %1 --help”.</source>
        <translation>Voir «&#xa0;comptoir-cli %1 --help&#xa0;».</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A label and its value on one line of the command-line tool&apos;s output, e.g. &quot;Phone: 06 12 34 56 78&quot;.</extracomment>
        <translation>%1&#xa0;: %2</translation>
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
    <message>
        <source>add a pick-up place</source>
        <translation>ajouter un lieu de distribution</translation>
    </message>
    <message>
        <source>list the pick-up places</source>
        <translation>lister les lieux de distribution</translation>
    </message>
    <message>
        <source>show a pick-up place</source>
        <translation>afficher un lieu de distribution</translation>
    </message>
    <message>
        <source>archive a place (or bring it back with --restore)</source>
        <translation>archiver un lieu (ou le restaurer avec --restore)</translation>
    </message>
    <message>
        <source>add a distribution, once or every N weeks until a date</source>
        <translation>ajouter une distribution, ponctuelle ou toutes les N semaines jusqu’à une date</translation>
    </message>
    <message>
        <source>list the distributions with their status, orders and amounts</source>
        <translation>lister les distributions avec leur état, leurs commandes et leurs montants</translation>
    </message>
    <message>
        <source>show a distribution, its ordering windows and its offer</source>
        <translation>afficher une distribution, ses périodes de commande et son offre</translation>
    </message>
    <message>
        <source>cancel a distribution</source>
        <translation>annuler une distribution</translation>
    </message>
    <message>
        <source>reinstate a cancelled distribution</source>
        <translation>rétablir une distribution annulée</translation>
    </message>
    <message>
        <source>mark a distribution as handed out (or not, with --undo)</source>
        <translation>marquer une distribution comme distribuée (ou non, avec --undo)</translation>
    </message>
    <message>
        <source>add a producer</source>
        <translation>ajouter un producteur</translation>
    </message>
    <message>
        <source>list the producers</source>
        <translation>lister les producteurs</translation>
    </message>
    <message>
        <source>show a producer and their catalogues</source>
        <translation>afficher un producteur et ses catalogues</translation>
    </message>
    <message>
        <source>list the catalogues</source>
        <translation>lister les catalogues</translation>
    </message>
    <message>
        <source>show a catalogue and its products</source>
        <translation>afficher un catalogue et ses produits</translation>
    </message>
    <message>
        <source>add a product to a catalogue</source>
        <translation>ajouter un produit à un catalogue</translation>
    </message>
    <message>
        <source>show a product</source>
        <translation>afficher un produit</translation>
    </message>
    <message>
        <source>record a new member</source>
        <translation>enregistrer un nouveau membre</translation>
    </message>
    <message>
        <source>write the member list to a CSV file</source>
        <translation>écrire la liste des membres dans un fichier CSV</translation>
    </message>
    <message>
        <source>archive a member (or restore one)</source>
        <translation>archiver un membre (ou le restaurer)</translation>
    </message>
    <message>
        <source>erase a member who has no orders</source>
        <translation>effacer un membre qui n’a aucune commande</translation>
    </message>
    <message>
        <source>merge two records of one person (orders move to the kept one)</source>
        <translation>fusionner deux fiches d’une même personne (les commandes passent sur la fiche conservée)</translation>
    </message>
    <message>
        <source>forget a member who asks for it (orders stay, as a former member)</source>
        <translation>oublier un membre qui le demande (ses commandes restent, au nom d’un ancien membre)</translation>
    </message>
    <message>
        <source>show an order with its lines</source>
        <translation>afficher une commande et ses lignes</translation>
    </message>
    <message>
        <source>validate an order</source>
        <translation>valider une commande</translation>
    </message>
    <message>
        <source>cancel an order</source>
        <translation>annuler une commande</translation>
    </message>
    <message>
        <source>list the orders of a distribution</source>
        <translation>lister les commandes d’une distribution</translation>
    </message>
    <message>
        <source>set up Comptoir’s schema on a PostgreSQL server</source>
        <translation>installer le schéma de Comptoir sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>bring the server’s schema up to this version of Comptoir</source>
        <translation>mettre à jour le schéma du serveur pour cette version de Comptoir</translation>
    </message>
    <message>
        <source>send this desk’s changes to the server and bring the others’</source>
        <translation>envoyer les modifications de ce poste au serveur et récupérer celles des autres</translation>
    </message>
    <message>
        <source>list the values that syncs overwrote or refused</source>
        <translation>lister les valeurs que les synchronisations ont écrasées ou refusées</translation>
    </message>
    <message>
        <source>change a distribution’s date, hours or place</source>
        <translation>modifier la date, les horaires ou le lieu d’une distribution</translation>
    </message>
    <message>
        <source>add a producer’s catalogue</source>
        <translation>ajouter un catalogue à un producteur</translation>
    </message>
    <message>
        <source>list a catalogue’s products</source>
        <translation>lister les produits d’un catalogue</translation>
    </message>
    <message>
        <source>import a catalogue’s products from a CSV file (Cagette’s layout)</source>
        <translation>importer les produits d’un catalogue depuis un fichier CSV (format Cagette)</translation>
    </message>
    <message>
        <source>export a catalogue’s products to a CSV file (Cagette’s layout)</source>
        <translation>exporter les produits d’un catalogue vers un fichier CSV (format Cagette)</translation>
    </message>
    <message>
        <source>show a member’s record</source>
        <translation>afficher la fiche d’un membre</translation>
    </message>
    <message>
        <source>import members from a CSV file (Cagette’s layout or named columns)</source>
        <translation>importer des membres depuis un fichier CSV (format Cagette ou colonnes nommées)</translation>
    </message>
    <message>
        <source>enter or complete a member’s order</source>
        <translation>saisir ou compléter la commande d’un membre</translation>
    </message>
</context>
<context>
    <name>CsvImportText</name>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>L’import a été interrompu&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The row cannot be read: %1.</source>
        <translation>Impossible de lire la ligne&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n’est jamais fermé</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Impossible de lire le fichier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
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
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist.</source>
        <translation>Le fichier de base de données «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened.</source>
        <translation>Impossible d’ouvrir la base de données «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a Comptoir database (it cannot be read as SQLite).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une base de données Comptoir (illisible en tant que base SQLite).</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not a Comptoir one.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données SQLite, mais pas une base Comptoir.</translation>
    </message>
    <message>
        <source>The database “%1” refused an operation.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» a refusé une opération.</translation>
    </message>
    <message>
        <source>The database is busy or read-only; nothing was changed.</source>
        <translation>La base de données est occupée ou en lecture seule&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The change could not be saved; nothing was changed.</source>
        <translation>La modification n’a pas pu être enregistrée&#xa0;; rien n’a été modifié.</translation>
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
        <translation>Nouveau groupe&#xa0;: choisissez où enregistrer son fichier</translation>
    </message>
    <message>
        <source>“%1” already exists; Comptoir does not overwrite a file. Choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; Comptoir n’écrase jamais un fichier. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Open a Comptoir database</source>
        <translation>Ouvrir une base de données Comptoir</translation>
    </message>
    <message>
        <source>The file “%1” no longer exists.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe plus.</translation>
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
        <translation>Le groupe de démonstration nécessite une nouvelle base de données vide&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The demo data cannot be read.</source>
        <translation>Impossible de lire les données de démonstration.</translation>
    </message>
    <message>
        <source>Online shop (no account)</source>
        <translation>Boutique en ligne (sans compte)</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>%1/kg</source>
        <extracomment>A price per kilogram, written as in the order dialog: &quot;27,90 €/kg&quot;.</extracomment>
        <translation>%1/kg</translation>
    </message>
</context>
<context>
    <name>DistributionCalendar</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionDayPanel</name>
    <message>
        <source>No distribution on this day.</source>
        <translation>Aucune distribution ce jour-là.</translation>
    </message>
    <message numerus="yes">
        <source>Validated: %n order(s), %1</source>
        <translation>
            <numerusform>%n commande validée, %1</numerusform>
            <numerusform>%n commandes validées, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n anonymous cart(s)</source>
        <translation>
            <numerusform> et %n panier sans compte</numerusform>
            <numerusform> et %n paniers sans compte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In progress: %n order(s)%1, %2</source>
        <translation>
            <numerusform>%n commande en cours%1, %2</numerusform>
            <numerusform>%n commandes en cours%1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No catalogue takes part yet.</source>
        <translation>Aucun catalogue ne participe encore.</translation>
    </message>
    <message>
        <source>Ordering windows</source>
        <translation>Périodes de commande</translation>
    </message>
    <message>
        <source>not yet open</source>
        <translation>ouverture à venir</translation>
    </message>
    <message>
        <source>open</source>
        <translation>commandes ouvertes</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>commandes fermées</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>None of your catalogues takes part.</source>
        <translation>Aucun de vos catalogues ne participe.</translation>
    </message>
</context>
<context>
    <name>DistributionDialog</name>
    <message>
        <source>New &amp;place…</source>
        <translation>&amp;Nouveau lieu…</translation>
    </message>
    <message>
        <source>&amp;Repeat every</source>
        <translation>&amp;Répéter toutes les</translation>
    </message>
    <message>
        <source>New distribution</source>
        <translation>Nouvelle distribution</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> semaine(s)</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Orders open</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Orders close</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Window of the first date</source>
        <translation>Période de la première date</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu’au</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horaires&#xa0;:</translation>
    </message>
    <message>
        <source>Dates to create (untick the ones to skip):</source>
        <translation>Dates à créer (décochez celles à ignorer)&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> jour(s) avant</translation>
    </message>
    <message>
        <source> h before</source>
        <translation> h avant</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n distribution(s)</source>
        <translation>
            <numerusform>&amp;Créer %n distribution</numerusform>
            <numerusform>&amp;Créer %n distributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n date(s) ticked</source>
        <translation>
            <numerusform>%1 date cochée sur %n</numerusform>
            <numerusform>%1 sur %n dates cochées</numerusform>
        </translation>
    </message>
    <message>
        <source>Ca&amp;talogues taking part and their ordering windows:</source>
        <translation>C&amp;atalogues participants et leurs périodes de commande&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DistributionEditDialog</name>
    <message>
        <source>Change a distribution</source>
        <translation>Modifier une distribution</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Orders open</source>
        <translation>Ouverture des commandes</translation>
    </message>
    <message>
        <source>Orders close</source>
        <translation>Fermeture des commandes</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horaires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reset to the catalogues’ rules</source>
        <translation>&amp;Revenir aux règles des catalogues</translation>
    </message>
    <message>
        <source>Ca&amp;talogues taking part, and when each takes orders for this distribution:</source>
        <translation>Ca&amp;talogues participants, et période de commande de chacun pour cette distribution&#xa0;:</translation>
    </message>
    <message>
        <source>Times are on the group’s clock (%1).</source>
        <translation>Les heures sont celles du fuseau horaire du groupe (%1).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Move the distribution to %1, %2 at %3?</source>
        <translation>Déplacer la distribution au %1, %2 (%3)&#xa0;?</translation>
    </message>
    <message>
        <source>The orders move with the distribution.</source>
        <translation>Les commandes suivent la distribution.</translation>
    </message>
    <message>
        <source>Move a distribution</source>
        <translation>Déplacer une distribution</translation>
    </message>
</context>
<context>
    <name>DistributionImpactQuery</name>
    <message numerus="yes">
        <source>%n order(s) (%1 validated, %2 in progress)</source>
        <translation>
            <numerusform>%n commande (%1 validée, %2 en cours)</numerusform>
            <numerusform>%n commandes (validées&#xa0;: %1, en cours&#xa0;: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>an anonymised member</source>
        <translation>un membre anonymisé</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous cart(s)</source>
        <translation>
            <numerusform>%n panier sans compte</numerusform>
            <numerusform>%n paniers sans compte</numerusform>
        </translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, et </translation>
    </message>
</context>
<context>
    <name>DistributionPlanRules</name>
    <message>
        <source>A distribution repeats every 1 to 52 weeks.</source>
        <translation>La répétition doit être comprise entre 1 et 52 semaines.</translation>
    </message>
    <message>
        <source>Enter the date until which the distribution repeats.</source>
        <translation>Indiquez la date jusqu’à laquelle la distribution se répète.</translation>
    </message>
    <message>
        <source>The last date must come after the first one.</source>
        <translation>La dernière date doit être postérieure à la première.</translation>
    </message>
    <message numerus="yes">
        <source>A series holds at most %n distributions; choose an earlier last date.</source>
        <translation>
            <numerusform>Une série compte au plus %n distribution&#xa0;; choisissez une dernière date antérieure.</numerusform>
            <numerusform>Une série compte au plus %n distributions&#xa0;; choisissez une dernière date antérieure.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each catalogue takes part once.</source>
        <translation>Chaque catalogue ne peut participer qu’une fois.</translation>
    </message>
</context>
<context>
    <name>DistributionRepository</name>
    <message>
        <source>No distribution has the id “%1”.</source>
        <translation>Aucune distribution ne porte l’identifiant «&#xa0;%1&#xa0;».</translation>
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
        <translation>Paniers commencés sans compte&#xa0;: ils sont comptés, mais jamais rattachés à une personne.</translation>
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
        <source>&amp;Orders of this distribution…</source>
        <translation>&amp;Commandes de cette distribution…</translation>
    </message>
    <message>
        <source>Take and follow the orders of this distribution (Enter or a double click on its day)</source>
        <translation>Prendre et suivre les commandes de cette distribution (Entrée ou double-clic sur son jour)</translation>
    </message>
    <message>
        <source>&amp;New distribution…</source>
        <translation>&amp;Nouvelle distribution…</translation>
    </message>
    <message>
        <source>&amp;Change date, place, catalogues…</source>
        <translation>&amp;Modifier la date, le lieu, les catalogues…</translation>
    </message>
    <message>
        <source>&amp;Mark as handed out</source>
        <translation>Marquer comme &amp;distribuée</translation>
    </message>
    <message>
        <source>Cance&amp;l this distribution…</source>
        <translation>&amp;Annuler cette distribution…</translation>
    </message>
    <message>
        <source>&amp;Reinstate this distribution</source>
        <translation>&amp;Rétablir cette distribution</translation>
    </message>
    <message>
        <source>&amp;Places…</source>
        <translation>&amp;Lieux…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Aujourd’&amp;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n distribution(s) created.</source>
        <translation>
            <numerusform>%n distribution créée.</numerusform>
            <numerusform>%n distributions créées.</numerusform>
        </translation>
    </message>
    <message>
        <source>the distribution of %1 at %2</source>
        <translation>la distribution du %1 (%2)</translation>
    </message>
    <message>
        <source>Cancel a distribution</source>
        <translation>Annuler une distribution</translation>
    </message>
    <message>
        <source>Cancel %1?</source>
        <translation>Annuler %1&#xa0;?</translation>
    </message>
    <message>
        <source>The orders stay recorded but nothing will be handed out.</source>
        <translation>Les commandes restent enregistrées, mais rien ne sera distribué.</translation>
    </message>
    <message>
        <source>You cancelled %1.</source>
        <translation>Vous avez annulé %1.</translation>
    </message>
    <message>
        <source>Reinstate a distribution</source>
        <translation>Rétablir une distribution</translation>
    </message>
    <message>
        <source>You reinstated %1.</source>
        <translation>Vous avez rétabli %1.</translation>
    </message>
    <message>
        <source>Marked as handed out.</source>
        <translation>Marquée comme distribuée.</translation>
    </message>
    <message>
        <source>O&amp;ffer and stock…</source>
        <translation>O&amp;ffre et stock…</translation>
    </message>
    <message>
        <source>Not &amp;handed out after all</source>
        <translation>Finalement non &amp;distribuée</translation>
    </message>
    <message>
        <source>Only a coordinator can create distributions.</source>
        <translation>Seul un coordinateur peut créer des distributions.</translation>
    </message>
    <message>
        <source>Only a coordinator can add, change or archive places.</source>
        <translation>Seul un coordinateur peut ajouter, modifier ou archiver des lieux.</translation>
    </message>
    <message>
        <source>Only a coordinator can cancel a distribution.</source>
        <translation>Seul un coordinateur peut annuler une distribution.</translation>
    </message>
    <message>
        <source>Only a coordinator can reinstate a distribution.</source>
        <translation>Seul un coordinateur peut rétablir une distribution.</translation>
    </message>
    <message>
        <source>Only a coordinator can mark a distribution as handed out.</source>
        <translation>Seul un coordinateur peut marquer une distribution comme distribuée.</translation>
    </message>
    <message>
        <source>Only a coordinator can change a distribution: its date, place, catalogues and ordering windows.</source>
        <translation>Seul un coordinateur peut modifier une distribution&#xa0;: sa date, son lieu, ses catalogues et ses périodes de commande.</translation>
    </message>
</context>
<context>
    <name>DomainWords</name>
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
        <comment>distribution</comment>
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
        <source>Cancelled</source>
        <comment>order</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Member, online</source>
        <translation>Membre, en ligne</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producteur</translation>
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
    <message>
        <source>by weight, per piece (≈ %1 g)</source>
        <translation>au poids, à la pièce (≈ %1 g)</translation>
    </message>
    <message>
        <source>by weight</source>
        <translation>au poids</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A content and its unit: &quot;500 g&quot;, &quot;0,75 l&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DuplicateMemberFinder</name>
    <message>
        <source>the same phone number (%1)</source>
        <translation>le même numéro de téléphone (%1)</translation>
    </message>
    <message>
        <source>the same e-mail address (%1)</source>
        <translation>la même adresse e-mail (%1)</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>le même nom</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (fiche archivée)</translation>
    </message>
    <message>
        <source>%1 has %2.</source>
        <translation>%1 a %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>This member may already exist:</source>
        <translation>Ce membre existe peut-être déjà&#xa0;:</translation>
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
        <translation>Option inconnue&#xa0;: «&#xa0;%1&#xa0;» (les options globales se placent avant l’action&#xa0;; voir --help).</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 8601 date and time (for example 2026-11-24T18:00:00+01:00).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date et heure au format ISO 8601 (par exemple 2026-11-24T18:00:00+01:00).</translation>
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
        <translation>Aucun groupe ne porte l’identifiant «&#xa0;%1&#xa0;».</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu de ce système (par exemple Europe/Paris).</translation>
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
        <translation>Cette base de données contient déjà un groupe&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The first person of a new group must be a coordinator.</source>
        <translation>La première personne d’un nouveau groupe doit avoir le rôle de coordinateur.</translation>
    </message>
</context>
<context>
    <name>ImpactText</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>an anonymised member</source>
        <translation>un membre anonymisé</translation>
    </message>
    <message>
        <source>It has %1.</source>
        <translation>Elle compte %1.</translation>
    </message>
    <message>
        <source>Tell these members:</source>
        <translation>Prévenez ces membres&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <source>Only say what the import would do; write nothing.</source>
        <translation>Indiquer seulement ce que ferait l’import, sans rien écrire.</translation>
    </message>
    <message>
        <source>Import nothing when a row is in error.</source>
        <translation>Ne rien importer si une ligne est en erreur.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) in error (--strict).</source>
        <translation>
            <numerusform>Rien n’a été importé&#xa0;: %n ligne en erreur (--strict).</numerusform>
            <numerusform>Rien n’a été importé&#xa0;: %n lignes en erreur (--strict).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Read as %1, separator %2, columns named by the first line.</source>
        <translation>Encodage %1, séparateur %2, colonnes nommées par la première ligne.</translation>
    </message>
    <message>
        <source>Read as %1, separator %2, columns in Cagette’s order (no header line).</source>
        <translation>Encodage %1, séparateur %2, colonnes dans l’ordre de Cagette (sans ligne d’en-tête).</translation>
    </message>
    <message>
        <source>Columns left out: %1.</source>
        <translation>Colonnes ignorées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; new · &lt;b&gt;%2&lt;/b&gt; %3 · &lt;b&gt;%4&lt;/b&gt; in error</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; à créer · &lt;b&gt;%2&lt;/b&gt; %3 · &lt;b&gt;%4&lt;/b&gt; en erreur</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Tout (%1)</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>À créer (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Erreurs (%1)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>fill in their empty fields from the file</source>
        <translation>compléter leurs champs vides à partir du fichier</translation>
    </message>
    <message>
        <source>leave them as they are</source>
        <translation>les laisser tels quels</translation>
    </message>
    <message>
        <source>Import: %1, %2 completed</source>
        <translation>Importer&#xa0;: %1, %2 à compléter</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>Importer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Import done: %1</source>
        <translation>Import terminé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n completed</source>
        <translation>
            <numerusform>, %n complété</numerusform>
            <numerusform>, %n complétés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) in error left out</source>
        <translation>
            <numerusform>, %n ligne en erreur ignorée</numerusform>
            <numerusform>, %n lignes en erreur ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>separator</comment>
        <extracomment>The separator character between quotation marks, as in &quot;separator “;”&quot;.</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Left as it is.</source>
        <translation>Laissé tel quel.</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Rien de nouveau.</translation>
    </message>
    <message>
        <source>Fills in: %1.</source>
        <translation>Complète&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>LargeGroup</name>
    <message>
        <source>The large group needs a new, empty database; nothing was changed.</source>
        <translation>Le grand groupe nécessite une nouvelle base de données vide&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The requested size of the large group is not possible.</source>
        <translation>La taille demandée pour le grand groupe n’est pas réalisable.</translation>
    </message>
</context>
<context>
    <name>LateChangeRepository</name>
    <message>
        <source>No late change has the id “%1”.</source>
        <translation>Aucune modification tardive ne porte l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>LateRule</name>
    <message>
        <source>“%1” closed on %2</source>
        <translation>«&#xa0;%1&#xa0;» (fermeture le %2)</translation>
    </message>
    <message>
        <source>Ordering is closed: %1. The producer may already have printed their summary; confirm to make the change and record it as a late change.</source>
        <translation>Les commandes sont fermées&#xa0;: %1. Le producteur a peut-être déjà imprimé son récapitulatif&#xa0;; confirmez pour effectuer la modification et l’enregistrer comme modification tardive.</translation>
    </message>
</context>
<context>
    <name>LineEditCommand</name>
    <message>
        <source>add %1</source>
        <translation>l’ajout de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>take out %1</source>
        <translation>le retrait de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>la modification de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>LineEntry</name>
    <message>
        <source>Add ⏎</source>
        <translation>Ajouter ⏎</translation>
    </message>
    <message>
        <source>Product name or reference</source>
        <translation>Nom ou référence du produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Produit</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste&#xa0;: %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>commandes fermées</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>TVA %1</translation>
    </message>
    <message>
        <source>already in the order: Enter replaces the quantity</source>
        <translation>déjà dans la commande&#xa0;: Entrée remplace la quantité</translation>
    </message>
    <message>
        <source>Type a product’s name or reference first.</source>
        <translation>Saisissez d’abord le nom ou la référence d’un produit.</translation>
    </message>
    <message>
        <source>No product on offer matches “%1”.</source>
        <translation>Aucun produit de l’offre ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ListFormatOption</name>
    <message>
        <source>Unknown format “%1”: text or csv.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;: text ou csv.</translation>
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
        <translation>Au comptoir&#xa0;: %1</translation>
    </message>
    <message>
        <source>About Comptoir</source>
        <translation>À propos de Comptoir</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Comptoir %1&lt;/h3&gt;&lt;p&gt;The desk tool of local food markets: members, distributions, telephone orders, the summaries of the day, and a shared server when several desks work together.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Comptoir %1&lt;/h3&gt;&lt;p&gt;L’outil de gestion des marchés de producteurs locaux&#xa0;: membres, distributions, commandes par téléphone, récapitulatifs du jour, et un serveur partagé lorsque plusieurs postes travaillent ensemble.&lt;/p&gt;&lt;p&gt;Développé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Orders of a distribution…</source>
        <translation>C&amp;ommandes d’une distribution…</translation>
    </message>
    <message>
        <source>Orders of the chosen c&amp;atalogue…</source>
        <translation>Commandes du c&amp;atalogue choisi…</translation>
    </message>
    <message>
        <source>M&amp;embers</source>
        <translation>&amp;Membres</translation>
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
    <message>
        <source>The first name.</source>
        <translation>Le prénom.</translation>
    </message>
    <message>
        <source>The last name.</source>
        <translation>Le nom.</translation>
    </message>
    <message>
        <source>The phone number (06 12 34 56 78, +33 6…).</source>
        <translation>Le numéro de téléphone (06 12 34 56 78, +33 6…).</translation>
    </message>
    <message>
        <source>The e-mail address (optional).</source>
        <translation>L’adresse e-mail (facultative).</translation>
    </message>
    <message>
        <source>The street address.</source>
        <translation>L’adresse postale.</translation>
    </message>
    <message>
        <source>The postcode.</source>
        <translation>Le code postal.</translation>
    </message>
    <message>
        <source>The town.</source>
        <translation>La ville.</translation>
    </message>
    <message>
        <source>Notes about the member.</source>
        <translation>Des notes sur le membre.</translation>
    </message>
    <message>
        <source>Record the member even when they look like someone already recorded (same phone, e-mail or name).</source>
        <translation>Enregistrer le membre même s’il ressemble à une personne déjà enregistrée (même téléphone, même e-mail ou même nom).</translation>
    </message>
    <message>
        <source>  existing member: %1 (%2)</source>
        <translation>  membre existant&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Add --force to record the new member anyway.</source>
        <translation>Ajoutez --force pour enregistrer quand même le nouveau membre.</translation>
    </message>
    <message>
        <source>none (reached by telephone)</source>
        <translation>aucun (joignable par téléphone)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivées</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Deuxième personne</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>Forgotten at their request; their orders stay in the totals.</source>
        <translation>Membre oublié à sa demande&#xa0;; ses commandes restent dans les totaux.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Only members whose name, phone, e-mail or town contains TEXT.</source>
        <translation>Seulement les membres dont le nom, le téléphone, l’e-mail ou la ville contient TEXT.</translation>
    </message>
    <message>
        <source>Writes the member list to a CSV file, by name; `member import` reads it back. Prints how many members were written.</source>
        <translation>Écrit la liste des membres dans un fichier CSV, par ordre alphabétique&#xa0;; `member import` sait la relire. Affiche le nombre de membres écrits.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: csv or spreadsheet.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;: csv ou spreadsheet.</translation>
    </message>
    <message numerus="yes">
        <source>exported %n member(s)</source>
        <translation>
            <numerusform>%n membre exporté</numerusform>
            <numerusform>%n membres exportés</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the member out of the archive instead.</source>
        <translation>Sortir plutôt le membre des archives.</translation>
    </message>
    <message>
        <source>Archives a member: they leave the list, their orders stay. A member with orders is archived, never erased.</source>
        <translation>Archive un membre&#xa0;: il quitte la liste, ses commandes restent. Un membre qui a des commandes est archivé, jamais supprimé.</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>Erases a member who has no orders. A member with orders is refused: archive them instead.</source>
        <translation>Supprime un membre qui n’a aucune commande. Un membre qui a des commandes est refusé&#xa0;: archivez-le plutôt.</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Only say what the merge would do; write nothing.</source>
        <translation>Indiquer seulement ce que ferait la fusion, sans rien écrire.</translation>
    </message>
    <message>
        <source>Merges two records of one person in one transaction: the orders of DUPLICATE move to KEEP (both ordering for one distribution: lines combined, quantities added), the empty fields of KEEP are filled from DUPLICATE, whose other phone and e-mail go to the notes, and DUPLICATE is erased.</source>
        <translation>Fusionne deux fiches d’une même personne en une seule transaction&#xa0;: les commandes de DUPLICATE passent à KEEP (si les deux ont commandé pour une même distribution&#xa0;: lignes réunies, quantités additionnées), les champs vides de KEEP sont complétés à partir de DUPLICATE, dont l’autre téléphone et l’autre e-mail vont dans les notes, puis DUPLICATE est supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) to weigh again</source>
        <translation>
            <numerusform>%n ligne à repeser</numerusform>
            <numerusform>%n lignes à repeser</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgets a member who asks for it: name, phones, e-mails, address and notes are removed for good, also from the history of changes. Their orders stay in the totals as a former member. Cannot be undone.</source>
        <translation>Oublie un membre qui le demande&#xa0;: nom, téléphones, e-mails, adresse et notes sont supprimés définitivement, y compris de l’historique des modifications. Ses commandes restent dans les totaux, au titre d’ancien membre. Action irréversible.</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisé</translation>
    </message>
    <message>
        <source>Send the group’s messages by e-mail (needs --email).</source>
        <translation>Envoyer les messages du groupe par e-mail (nécessite --email).</translation>
    </message>
    <message>
        <source>Records a new member: a name and a phone number or an e-mail address. A member who looks like someone already recorded is refused with exit status 3, naming them, unless --force. Prints the new member’s id on the last line.</source>
        <translation>Enregistre un nouveau membre&#xa0;: un nom, et un numéro de téléphone ou une adresse e-mail. Un membre qui ressemble à une personne déjà enregistrée est refusé avec le code de sortie 3, et cette personne est nommée, sauf avec --force. Affiche l’identifiant du nouveau membre sur la dernière ligne.</translation>
    </message>
    <message>
        <source>Shows a member’s record.</source>
        <translation>Affiche la fiche d’un membre.</translation>
    </message>
    <message>
        <source>Second person’s phone</source>
        <translation>Téléphone de la deuxième personne</translation>
    </message>
    <message>
        <source>Second person’s e-mail</source>
        <translation>E-mail de la deuxième personne</translation>
    </message>
    <message>
        <source>Imports members from a CSV file: Cagette’s member export (no header: firstName, lastName, email, phone, firstName2, lastName2, email2, phone2, address1, address2, zipCode, city) or a header naming the columns in French or English. Separator (comma, semicolon, tab) and encoding (UTF-8, Windows-1252) are found by looking. A row naming a member already recorded only fills their empty fields. Prints “created N, matched M, errors K”; rows in error are reported on stderr as “line L: reason” and left out, unless --strict refuses the whole file. The import is one transaction.</source>
        <translation>Importe des membres depuis un fichier CSV&#xa0;: l’export des membres de Cagette (sans en-tête&#xa0;: firstName, lastName, email, phone, firstName2, lastName2, email2, phone2, address1, address2, zipCode, city) ou un fichier dont l’en-tête nomme les colonnes en français ou en anglais. Le séparateur (virgule, point-virgule, tabulation) et l’encodage (UTF-8, Windows-1252) sont détectés automatiquement. Une ligne désignant un membre déjà enregistré ne fait que compléter ses champs vides. Affiche «&#xa0;created N, matched M, errors K&#xa0;»&#xa0;; les lignes en erreur sont signalées sur stderr sous la forme «&#xa0;line L: reason&#xa0;» et ignorées, sauf si --strict refuse tout le fichier. L’import se fait en une seule transaction.</translation>
    </message>
    <message>
        <source>csv: RFC 4180 with the columns of `member list --format csv` (the default); spreadsheet: semicolons, UTF-8 with BOM, headers in the language of the interface, phones written for people (06 12 34 56 78).</source>
        <translation>csv&#xa0;: RFC 4180, avec les colonnes de `member list --format csv` (par défaut)&#xa0;; spreadsheet&#xa0;: points-virgules, UTF-8 avec BOM, en-têtes dans la langue de l’interface, numéros de téléphone écrits pour être lus (06 12 34 56 78).</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Send the group’s messages by e-mail</source>
        <translation>Envoyer les messages du groupe par e-mail</translation>
    </message>
    <message>
        <source>building, floor… (optional)</source>
        <translation>bâtiment, étage… (facultatif)</translation>
    </message>
    <message>
        <source>Archived (no longer orders)</source>
        <translation>Archivé (ne commande plus)</translation>
    </message>
    <message>
        <source>Archived members are hidden from the list unless asked for; their orders stay.</source>
        <translation>Les membres archivés sont masqués dans la liste, sauf sur demande&#xa0;; leurs commandes sont conservées.</translation>
    </message>
    <message>
        <source>Allergies, when to call, who collects…</source>
        <translation>Allergies, quand appeler, qui vient chercher le panier…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Postcode, &amp;town</source>
        <translation>Code postal, &amp;ville</translation>
    </message>
    <message>
        <source>Second person on the account (optional)</source>
        <translation>Deuxième personne du compte (facultatif)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
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
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Member &amp;since</source>
        <translation>Membre &amp;depuis</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Enregistrer  (Ctrl+S)</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Membre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter an e-mail address first.</source>
        <translation>Indiquez d’abord une adresse e-mail.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>Revenir au formulaire</translation>
    </message>
    <message>
        <source>Already recorded?</source>
        <translation>Déjà enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes made to this member?</source>
        <translation>Enregistrer les modifications apportées à ce membre&#xa0;?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>MemberExport</name>
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
        <source>Second person’s first name</source>
        <translation>Prénom 2</translation>
    </message>
    <message>
        <source>Second person’s last name</source>
        <translation>Nom 2</translation>
    </message>
    <message>
        <source>Second person’s phone</source>
        <translation>Téléphone 2</translation>
    </message>
    <message>
        <source>Second person’s e-mail</source>
        <translation>E-mail 2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address (continued)</source>
        <translation>Complément d’adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: %2</source>
        <translation>Impossible d’écrire le fichier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MemberFieldNames</name>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>second person’s first name</source>
        <translation>prénom de la deuxième personne</translation>
    </message>
    <message>
        <source>second person’s last name</source>
        <translation>nom de la deuxième personne</translation>
    </message>
    <message>
        <source>second person’s phone</source>
        <translation>téléphone de la deuxième personne</translation>
    </message>
    <message>
        <source>second person’s e-mail</source>
        <translation>e-mail de la deuxième personne</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>address (continued)</source>
        <translation>complément d’adresse</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>town</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>member since</source>
        <translation>membre depuis</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>notifications</translation>
    </message>
    <message>
        <source>back from the archive</source>
        <translation>sortie des archives</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <source>“%1” is not a date (write it 31/12/2025).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (écrivez-la sous la forme 31/12/2025).</translation>
    </message>
    <message>
        <source>No name.</source>
        <translation>Aucun nom.</translation>
    </message>
    <message>
        <source>The same member as line %1.</source>
        <translation>Même membre qu’à la ligne %1.</translation>
    </message>
    <message>
        <source>Shares a phone number or an e-mail address with %1.</source>
        <translation>Partage un numéro de téléphone ou une adresse e-mail avec %1.</translation>
    </message>
    <message>
        <source>Archived member.</source>
        <translation>Membre archivé.</translation>
    </message>
    <message>
        <source>No phone number or e-mail address to reach the member.</source>
        <translation>Aucun numéro de téléphone ni adresse e-mail pour joindre le membre.</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
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
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Déjà enregistré</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Importer des membres</translation>
    </message>
    <message>
        <source>Import members from “%1”</source>
        <translation>Importer des membres depuis «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>déjà enregistré(s)</translation>
    </message>
    <message>
        <source>Rows in error are left out; correct the file and import it again to add them (rows already imported will then be recognised).</source>
        <translation>Les lignes en erreur sont ignorées&#xa0;; corrigez le fichier et importez-le de nouveau pour les ajouter (les lignes déjà importées seront alors reconnues).</translation>
    </message>
    <message>
        <source>Importing the members…</source>
        <translation>Import des membres…</translation>
    </message>
    <message numerus="yes">
        <source>%n new member(s)</source>
        <translation>
            <numerusform>%n nouveau membre</numerusform>
            <numerusform>%n nouveaux membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Members already &amp;recorded:</source>
        <translation>Membres déjà &amp;enregistrés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MemberMerge</name>
    <message>
        <source>Other phone: %1</source>
        <translation>Autre téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>Other e-mail: %1</source>
        <translation>Autre e-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose two different members to merge.</source>
        <translation>Choisissez deux membres différents à fusionner.</translation>
    </message>
    <message>
        <source>An anonymised member cannot be merged.</source>
        <translation>Un membre anonymisé ne peut pas être fusionné.</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>New member…</source>
        <translation>Nouveau membre…</translation>
    </message>
    <message>
        <source>Type part of a name, a phone number or an e-mail…</source>
        <translation>Tapez une partie d’un nom, un numéro de téléphone ou un e-mail…</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;Whose order? Type to search; Enter picks; Ctrl+M creates a new member.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;Pour qui est la commande&#xa0;? Tapez pour rechercher&#xa0;; Entrée choisit&#xa0;; Ctrl+M crée un nouveau membre.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Create the member without leaving the order (Ctrl+M)</source>
        <translation>Créer le membre sans quitter la commande (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Membre</translation>
    </message>
    <message>
        <source>New member “%1”…</source>
        <translation>Nouveau membre «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Change…  Alt+M</source>
        <translation>Changer…  Alt+M</translation>
    </message>
    <message>
        <source>Take this order for another member (Alt+M or Shift+Tab to the member field); the lines typed stay</source>
        <translation>Prendre cette commande pour un autre membre (Alt+M ou Maj+Tab vers le champ Membre)&#xa0;; les lignes saisies restent</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;Another member? Type to search, Enter picks; Esc keeps %1. The lines typed stay.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;Un autre membre&#xa0;? Tapez pour chercher, Entrée choisit&#xa0;; Échap garde %1. Les lignes saisies restent.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>No member has the id “%1”.</source>
        <translation>Aucun membre ne porte l’identifiant «&#xa0;%1&#xa0;».</translation>
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
    <name>MemberService</name>
    <message>
        <source>This member was anonymised at their request; their record cannot be filled in again.</source>
        <translation>Ce membre a été anonymisé à sa demande&#xa0;; sa fiche ne peut plus être complétée.</translation>
    </message>
    <message>
        <source>An anonymised member stays archived.</source>
        <translation>Un membre anonymisé reste archivé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n order(s) and cannot be erased; archive the member instead.</source>
        <translation>
            <numerusform>%1 a %n commande&#xa0;: sa fiche ne peut pas être supprimée&#xa0;; archivez plutôt ce membre.</numerusform>
            <numerusform>%1 a %n commandes&#xa0;: sa fiche ne peut pas être supprimée&#xa0;; archivez plutôt ce membre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>by telephone only</source>
        <translation>par téléphone uniquement</translation>
    </message>
    <message>
        <source>Forgotten at their request; their orders still count in the totals.</source>
        <translation>Membre oublié à sa demande&#xa0;; ses commandes comptent toujours dans les totaux.</translation>
    </message>
    <message>
        <source>No e-mail address: this member is called, never sent messages.</source>
        <translation>Pas d’adresse e-mail&#xa0;: ce membre est appelé par téléphone et ne reçoit jamais de messages.</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Show archived members</source>
        <translation>Afficher les membres archivés</translation>
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
    <message>
        <source>Search for a name, a phone number, an e-mail, a town…</source>
        <translation>Rechercher un nom, un numéro de téléphone, un e-mail, une ville…</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Nouveau membre…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation>&amp;Fusionner les deux fiches sélectionnées…</translation>
    </message>
    <message>
        <source>&amp;Forget this member (anonymise)…</source>
        <translation>O&amp;ublier ce membre (anonymiser)…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Import from a CSV file…</source>
        <translation>&amp;Importer depuis un fichier CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport the list to CSV…</source>
        <translation>E&amp;xporter la liste en CSV…</translation>
    </message>
    <message>
        <source>+ New member  Ctrl+N</source>
        <translation>+ Nouveau membre  Ctrl+N</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Nobody found: Ctrl+N records a new member</source>
        <translation>Aucun résultat&#xa0;: Ctrl+N enregistre un nouveau membre</translation>
    </message>
    <message>
        <source>&amp;Restore (no longer archived)</source>
        <translation>Sortir des arc&amp;hives</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>Membre ajouté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 was taken out again.</source>
        <translation>Ajout annulé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The changes to %1 were saved.</source>
        <translation>Modifications enregistrées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The changes to %1 were undone.</source>
        <translation>Modifications annulées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This member was forgotten at their request: there is nothing left to open.</source>
        <translation>Ce membre a été oublié à sa demande&#xa0;: il n’y a plus rien à ouvrir.</translation>
    </message>
    <message>
        <source>%1 was archived.</source>
        <translation>Membre archivé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is no longer archived.</source>
        <translation>Membre sorti des archives&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Erase a member</source>
        <translation>Supprimer un membre</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n order(s): a member with orders is never erased. Archive them instead? They leave the list and their orders stay in the totals.</source>
        <translation>
            <numerusform>%1 a %n commande&#xa0;: un membre qui a des commandes n’est jamais supprimé. Voulez-vous plutôt l’archiver&#xa0;? Sa fiche quitte la liste et ses commandes restent dans les totaux.</numerusform>
            <numerusform>%1 a %n commandes&#xa0;: un membre qui a des commandes n’est jamais supprimé. Voulez-vous plutôt l’archiver&#xa0;? Sa fiche quitte la liste et ses commandes restent dans les totaux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Erase %1 for good? They have no orders.</source>
        <translation>Supprimer définitivement %1&#xa0;? Ce membre n’a aucune commande.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>Membre supprimé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Forget a member</source>
        <translation>Oublier un membre</translation>
    </message>
    <message>
        <source>Forget %1? Their name, phone numbers, e-mail addresses, address and notes are removed for good, also from the history of changes. Their past orders stay in the totals as “former member”. This cannot be undone.</source>
        <translation>Oublier %1&#xa0;? Ses nom, numéros de téléphone, adresses e-mail, adresse et notes seront supprimés définitivement, y compris de l’historique des modifications. Ses commandes passées restent dans les totaux sous «&#xa0;ancien membre&#xa0;». Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Forget this member</source>
        <translation>Oublier ce membre</translation>
    </message>
    <message>
        <source>The member was forgotten; their orders now show as “former member”.</source>
        <translation>Le membre a été oublié&#xa0;; ses commandes apparaissent désormais sous «&#xa0;ancien membre&#xa0;».</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Importer des membres</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the member list</source>
        <translation>Exporter la liste des membres</translation>
    </message>
    <message>
        <source>members.csv</source>
        <translation>membres.csv</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>Fichiers CSV pour tableur (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) written to %1.</source>
        <translation>
            <numerusform>%n membre exporté dans %1.</numerusform>
            <numerusform>%n membres exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open the member’s record…</source>
        <translation>&amp;Ouvrir la fiche du membre…</translation>
    </message>
</context>
<context>
    <name>MergeMembersDialog</name>
    <message>
        <source>Keep this record (Alt+&amp;1)</source>
        <translation>Garder cette fiche (Alt+&amp;1)</translation>
    </message>
    <message>
        <source>Keep this record (Alt+&amp;2)</source>
        <translation>Garder cette fiche (Alt+&amp;2)</translation>
    </message>
    <message>
        <source>Merge two records of one person</source>
        <translation>Fusionner deux fiches d’une même personne</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (fiche archivée)</translation>
    </message>
    <message>
        <source>Phone, e-mail</source>
        <translation>Téléphone, e-mail</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Deuxième personne</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>The orders of the other record move to the one kept, whose empty fields are filled from the other; the other record is then erased.</source>
        <translation>Les commandes de l’autre fiche passent sur la fiche conservée, dont les champs vides sont complétés à partir de l’autre&#xa0;; l’autre fiche est ensuite supprimée.</translation>
    </message>
    <message>
        <source>%1 is kept.</source>
        <translation>Fiche conservée&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) move to the kept record.</source>
        <translation>
            <numerusform>%n commande passe sur la fiche conservée.</numerusform>
            <numerusform>%n commandes passent sur la fiche conservée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Both ordered for %n distribution(s): the lines are combined into one order, quantities added up.</source>
        <translation>
            <numerusform>Les deux fiches ont commandé pour %n distribution&#xa0;: les lignes sont réunies en une seule commande, quantités additionnées.</numerusform>
            <numerusform>Les deux fiches ont commandé pour %n distributions&#xa0;: les lignes sont réunies en une seule commande par distribution, quantités additionnées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled order(s) give way to the other record’s.</source>
        <translation>
            <numerusform>%n commande annulée s’efface devant celle de l’autre fiche.</numerusform>
            <numerusform>%n commandes annulées s’effacent devant celles de l’autre fiche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will have to be weighed again.</source>
        <translation>
            <numerusform>%n ligne devra être repesée.</numerusform>
            <numerusform>%n lignes devront être repesées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled in from the other record: %1.</source>
        <translation>Complété à partir de l’autre fiche&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The two records were merged into %1 (%n order(s) moved).</source>
        <translation>
            <numerusform>Les deux fiches ont été fusionnées en une seule&#xa0;: %1 (%n commande déplacée).</numerusform>
            <numerusform>Les deux fiches ont été fusionnées en une seule&#xa0;: %1 (%n commandes déplacées).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The schema version of “%1” cannot be read.</source>
        <translation>Impossible de lire la version du schéma de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Comptoir (database schema %2, this program knows up to %3). Install the newer Comptoir to open it; the file was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente de Comptoir (schéma de base de données %2&#xa0;; cette version-ci ne connaît que les schémas jusqu’au %3). Installez la nouvelle version de Comptoir pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The schema update %1 cannot be read.</source>
        <translation>Impossible de lire la mise à jour de schéma %1.</translation>
    </message>
    <message>
        <source>The schema update %1 failed; the database was left as it was.</source>
        <translation>La mise à jour de schéma %1 a échoué&#xa0;; la base de données est restée inchangée.</translation>
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
        <translation>ex.&#xa0;: Marché paysan du quartier</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Nom du groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>You will be the group’s first coordinator; others can be added later.</source>
        <translation>Vous serez le premier coordinateur du groupe&#xa0;; d’autres pourront être ajoutés plus tard.</translation>
    </message>
</context>
<context>
    <name>NewMemberPanel</name>
    <message>
        <source>Create the member</source>
        <translation>Créer le membre</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&lt;b&gt;New member&lt;/b&gt; — a name and a phone or an e-mail; Enter creates, Esc goes back</source>
        <translation>&lt;b&gt;Nouveau membre&lt;/b&gt; — un nom, et un téléphone ou un e-mail&#xa0;; Entrée crée, Échap revient en arrière</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
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
        <source>&amp;Use this member</source>
        <translation>&amp;Utiliser ce membre</translation>
    </message>
    <message>
        <source>Create &amp;anyway</source>
        <translation>Créer qu&amp;and même</translation>
    </message>
    <message>
        <source>Take the order for the member highlighted (Enter on the list, Alt+U)</source>
        <translation>Prendre la commande pour le membre en surbrillance (Entrée sur la liste, Alt+U)</translation>
    </message>
    <message>
        <source>A different person (a household sharing a phone…): create the member (Alt+A)</source>
        <translation>Une autre personne (un foyer qui partage un téléphone…)&#xa0;: créer le membre (Alt+A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This member may already exist.&lt;/b&gt; Use the one recorded, or create the new member anyway:</source>
        <translation>&lt;b&gt;Ce membre existe peut-être déjà.&lt;/b&gt; Utilisez celui qui est enregistré, ou créez quand même le nouveau membre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Offer of a distribution</source>
        <translation>Offre d’une distribution</translation>
    </message>
    <message>
        <source>Offer of %1 at %2</source>
        <translation>Offre de la distribution du %1 (%2)</translation>
    </message>
    <message>
        <source>Find a product…</source>
        <translation>Rechercher un produit…</translation>
    </message>
    <message>
        <source>Untick a product to leave it out of this distribution only. Type a stock to limit it for this distribution; leave it empty for no limit.</source>
        <translation>Décochez un produit pour l’exclure de cette distribution seulement. Saisissez un stock pour le limiter pour cette distribution&#xa0;; laissez le champ vide pour ne pas le limiter.</translation>
    </message>
</context>
<context>
    <name>OfferService</name>
    <message>
        <source>“%1” is not in a catalogue taking part in this distribution.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait partie d’aucun catalogue participant à cette distribution.</translation>
    </message>
</context>
<context>
    <name>OfferTableModel</name>
    <message>
        <source>%1 kg</source>
        <translation>%1&#xa0;kg</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Stock for this distribution in kilograms; empty for no limit.</source>
        <translation>Stock pour cette distribution, en kilogrammes&#xa0;; laissez vide pour ne pas le limiter.</translation>
    </message>
    <message>
        <source>Stock for this distribution in pieces; empty for no limit.</source>
        <translation>Stock pour cette distribution, en pièces&#xa0;; laissez vide pour ne pas le limiter.</translation>
    </message>
    <message>
        <source>“%1” is not a weight in kilograms (e.g. 12,5).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un poids en kilogrammes (par exemple 12,5).</translation>
    </message>
    <message>
        <source>“%1” is not a number of pieces.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de pièces.</translation>
    </message>
    <message>
        <source>On offer</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Reste</translation>
    </message>
</context>
<context>
    <name>OrderCommands</name>
    <message>
        <source>The distribution.</source>
        <translation>La distribution.</translation>
    </message>
    <message>
        <source>The member who orders.</source>
        <translation>Le membre qui commande.</translation>
    </message>
    <message>
        <source>Validate the order once entered.</source>
        <translation>Valider la commande une fois saisie.</translation>
    </message>
    <message>
        <source>Confirm changes to catalogues whose ordering has closed; they are recorded as late changes. Without it they are refused (exit status 3).</source>
        <translation>Confirmer les modifications des catalogues dont les commandes sont fermées&#xa0;; elles sont enregistrées comme modifications tardives. Sans cette option, elles sont refusées (code de sortie 3).</translation>
    </message>
    <message>
        <source>Name the distribution with --distribution.</source>
        <translation>Indiquez la distribution avec --distribution.</translation>
    </message>
    <message>
        <source>Name the member with --member.</source>
        <translation>Indiquez le membre avec --member.</translation>
    </message>
    <message>
        <source>Give at least one --line REF=QTY.</source>
        <translation>Indiquez au moins une option --line REF=QTY.</translation>
    </message>
    <message>
        <source>“%1” is not a line: write --line REF=QTY.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une ligne&#xa0;: écrivez --line REF=QTY.</translation>
    </message>
    <message>
        <source>New order of %1 for %2: %3, %4.</source>
        <translation>Nouvelle commande de %1 pour le %2&#xa0;: %3, %4.</translation>
    </message>
    <message>
        <source>Order of %1 for %2 completed: %3, %4.</source>
        <translation>Commande de %1 pour le %2 complétée&#xa0;: %3, %4.</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n late change(s) recorded.</source>
        <translation>
            <numerusform>%n modification tardive enregistrée.</numerusform>
            <numerusform>%n modifications tardives enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows an order: who, for which distribution, its status and its lines.</source>
        <translation>Affiche une commande&#xa0;: qui, pour quelle distribution, son état et ses lignes.</translation>
    </message>
    <message>
        <source>No order has the id “%1”.</source>
        <translation>Aucune commande ne porte l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>an anonymous cart</source>
        <translation>un panier sans compte</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Membre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Distribution: %1, %2</source>
        <translation>Distribution&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>/kg</source>
        <translation>/kg</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <source>  including VAT %1 %: %2</source>
        <translation>  dont TVA %1&#xa0;%&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n late change(s) recorded for this order.</source>
        <translation>
            <numerusform>%n modification tardive enregistrée pour cette commande.</numerusform>
            <numerusform>%n modifications tardives enregistrées pour cette commande.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm validating after a catalogue closed; it is recorded as a late change.</source>
        <translation>Confirmer la validation après la fermeture des commandes d’un catalogue&#xa0;; elle est enregistrée comme modification tardive.</translation>
    </message>
    <message>
        <source>Order %1 validated.</source>
        <translation>Commande %1 validée.</translation>
    </message>
    <message>
        <source>Cancels an order. It stays recorded and can be reopened.</source>
        <translation>Annule une commande. Elle reste enregistrée et peut être rouverte.</translation>
    </message>
    <message>
        <source>Confirm cancelling a validated order after a catalogue closed; it is recorded as a late change.</source>
        <translation>Confirmer l’annulation d’une commande validée après la fermeture des commandes d’un catalogue&#xa0;; elle est enregistrée comme modification tardive.</translation>
    </message>
    <message>
        <source>Order %1 cancelled.</source>
        <translation>Commande %1 annulée.</translation>
    </message>
    <message>
        <source>Only the orders in progress (not validated).</source>
        <translation>Seulement les commandes en cours (non validées).</translation>
    </message>
    <message>
        <source>Lists every order of a distribution, members by name, then the anonymous carts (with no member).</source>
        <translation>Liste toutes les commandes d’une distribution, membres par ordre alphabétique, puis les paniers sans compte (sans membre).</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>(anonymous cart)</source>
        <translation>(panier sans compte)</translation>
    </message>
    <message>
        <source>(on %1)</source>
        <comment>validated on a date and time</comment>
        <translation>(le %1)</translation>
    </message>
    <message>
        <source>Validates an order: each line’s price is frozen.</source>
        <translation>Valide une commande&#xa0;: le prix de chaque ligne est figé.</translation>
    </message>
    <message>
        <source>A product and its quantity: REF a product reference or id; QTY pieces, or kilograms with a decimal point or comma for a product priced by weight (“2”, “1.237”, “800 g”, “2 x 1.5” for two pieces of about 1.5 kg). Repeat for each product. A product already in the order gets the new quantity; QTY 0 takes it out of the order (refused when it is not in it).</source>
        <translation>Un produit et sa quantité&#xa0;: REF, une référence ou un identifiant de produit&#xa0;; QTY, un nombre de pièces, ou des kilogrammes avec un point ou une virgule décimale pour un produit au poids («&#xa0;2&#xa0;», «&#xa0;1.237&#xa0;», «&#xa0;800 g&#xa0;», «&#xa0;2 x 1.5&#xa0;» pour deux pièces d’environ 1,5&#xa0;kg). À répéter pour chaque produit. Un produit déjà présent dans la commande prend la nouvelle quantité&#xa0;; QTY 0 le retire de la commande (refusé s’il n’y est pas).</translation>
    </message>
    <message>
        <source>Enters a member’s order for a distribution, or completes the order they already have there (never a second one); --line REF=0 takes a product out. Prints the order’s id on the last line.</source>
        <translation>Saisit la commande d’un membre pour une distribution, ou complète celle qu’il y a déjà (jamais une deuxième)&#xa0;; --line REF=0 retire un produit. Affiche l’identifiant de la commande sur la dernière ligne.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Same as last time  Ctrl+L</source>
        <translation>Comme la dernière fois  Ctrl+L</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refaire</translation>
    </message>
    <message>
        <source>Close  Esc</source>
        <translation>Fermer  Échap</translation>
    </message>
    <message>
        <source>Keep in progress  Ctrl+S</source>
        <translation>Laisser en cours  Ctrl+S</translation>
    </message>
    <message>
        <source>Validate the order  Ctrl+Enter</source>
        <translation>Valider la commande  Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Member created.</source>
        <translation>Membre créé.</translation>
    </message>
    <message>
        <source>Take the line out</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>Closed since Wed 30 Sep, 17:30</source>
        <translation>Fermé depuis le mer. 30 sept., 17:30</translation>
    </message>
    <message>
        <source>Order — %1</source>
        <translation>Commande — %1</translation>
    </message>
    <message>
        <source>new order</source>
        <translation>nouvelle commande</translation>
    </message>
    <message>
        <source>&lt;b&gt;validated&lt;/b&gt; on %1</source>
        <translation>&lt;b&gt;validée&lt;/b&gt; le %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;cancelled&lt;/b&gt;: saving reopens it</source>
        <translation>&lt;b&gt;annulée&lt;/b&gt;&#xa0;: l’enregistrer la rouvrira</translation>
    </message>
    <message>
        <source>&lt;b&gt;in progress&lt;/b&gt;, last changed %1</source>
        <translation>&lt;b&gt;en cours&lt;/b&gt;, dernière modification le %1</translation>
    </message>
    <message>
        <source>The distribution is not loaded.</source>
        <translation>La distribution n’est pas chargée.</translation>
    </message>
    <message>
        <source>%1 already has an order for this distribution: you are changing it.</source>
        <translation>%1 a déjà une commande pour cette distribution&#xa0;: vous la modifiez.</translation>
    </message>
    <message>
        <source>An anonymous cart has no member to take the order for.</source>
        <translation>Un panier sans compte n’a pas de membre au nom duquel prendre la commande.</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>%1 taken out (Ctrl+Z puts it back).</source>
        <translation>%1&#xa0;: ligne retirée (Ctrl+Z la rétablit).</translation>
    </message>
    <message>
        <source>This member has no validated order at an earlier distribution.</source>
        <translation>Ce membre n’a aucune commande validée lors d’une distribution précédente.</translation>
    </message>
    <message>
        <source>same as last time</source>
        <translation>comme la dernière fois</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) from the order of %1 added, at today’s prices.</source>
        <translation>
            <numerusform>%n produit de la commande du %1 ajouté, au prix du jour.</numerusform>
            <numerusform>%n produits de la commande du %1 ajoutés, aux prix du jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not carried over: %1.</source>
        <translation>Non repris&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Products of closed catalogues were left out.</source>
        <translation>Les produits des catalogues fermés ont été laissés de côté.</translation>
    </message>
    <message>
        <source>Ordering is closed</source>
        <translation>Commandes fermées</translation>
    </message>
    <message>
        <source>Ordering is closed: %1.

The producer may already have printed their summary. Make the change anyway? It will be recorded as a late change, with your name.</source>
        <translation>Les commandes sont fermées&#xa0;: %1.

Le producteur a peut-être déjà imprimé son récapitulatif. Faire quand même la modification&#xa0;? Elle sera enregistrée comme modification tardive, à votre nom.</translation>
    </message>
    <message>
        <source>Nothing changed: ordering is closed for that catalogue.</source>
        <translation>Rien n’a été modifié&#xa0;: les commandes de ce catalogue sont fermées.</translation>
    </message>
    <message>
        <source>Choose the member first.</source>
        <translation>Choisissez d’abord le membre.</translation>
    </message>
    <message>
        <source>Add at least one product to the order.</source>
        <translation>Ajoutez au moins un produit à la commande.</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Back to the order</source>
        <translation>Revenir à la commande</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Keep in progress</source>
        <translation>Laisser en cours</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>The order is not saved</source>
        <translation>La commande n’est pas enregistrée</translation>
    </message>
    <message>
        <source>This validated order has changes that are not saved.</source>
        <translation>Cette commande validée comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>This order is not validated. Validate it, keep it in progress for later, or discard what was typed?</source>
        <translation>Cette commande n’est pas validée. La valider, la laisser en cours pour plus tard, ou abandonner la saisie&#xa0;?</translation>
    </message>
    <message>
        <source>incl. VAT %1: %2</source>
        <translation>dont TVA %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Défaire&#xa0;: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Refaire&#xa0;: %1 (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Save the changes  Ctrl+Enter</source>
        <translation>Enregistrer les modifications  Ctrl+Entrée</translation>
    </message>
    <message>
        <source>The order of %1 is already saved: it cannot be given to another member. Save or undo the changes to it first, then choose %2.</source>
        <translation>La commande de %1 est déjà enregistrée&#xa0;: elle ne peut pas passer à un autre membre. Enregistrez ou défaites d’abord ses modifications, puis choisissez %2.</translation>
    </message>
    <message>
        <source>Now the order of %1; the order of %2 stays as it was.</source>
        <translation>Voici la commande de %1&#xa0;; celle de %2 reste telle quelle.</translation>
    </message>
    <message>
        <source>The order is now for %1.</source>
        <translation>La commande est maintenant pour %1.</translation>
    </message>
    <message>
        <source>%1 already has an order</source>
        <translation>%1 a déjà une commande</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has an order for this distribution (%n line(s), %2). There is only one order per member: add the lines typed to it? A product in both takes the quantity typed.</source>
        <translation>
            <numerusform>%1 a déjà une commande pour cette distribution (%n ligne, %2). Il n’y a qu’une commande par membre&#xa0;: y ajouter les lignes saisies&#xa0;? Un produit présent dans les deux prend la quantité saisie.</numerusform>
            <numerusform>%1 a déjà une commande pour cette distribution (%n lignes, %2). Il n’y a qu’une commande par membre&#xa0;: y ajouter les lignes saisies&#xa0;? Un produit présent dans les deux prend la quantité saisie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the lines to their order</source>
        <translation>Ajouter les lignes à sa commande</translation>
    </message>
    <message>
        <source>Keep the order for %1</source>
        <translation>Garder la commande pour %1</translation>
    </message>
    <message>
        <source>The order stays for %1.</source>
        <translation>La commande reste pour %1.</translation>
    </message>
    <message numerus="yes">
        <source>The order is now for %1; the %n line(s) typed stay.</source>
        <translation>
            <numerusform>La commande est maintenant pour %1&#xa0;; la ligne saisie reste.</numerusform>
            <numerusform>La commande est maintenant pour %1&#xa0;; les %n lignes saisies restent.</numerusform>
        </translation>
    </message>
    <message>
        <source>They already had an order for this distribution: the lines go into it.</source>
        <translation>Ce membre avait déjà une commande pour cette distribution&#xa0;: les lignes y sont ajoutées.</translation>
    </message>
    <message numerus="yes">
        <source>Joined to the order they already had (%n product(s) in both: the quantity typed counts).</source>
        <translation>
            <numerusform>Ajoutée à la commande qu’il avait déjà (%n produit dans les deux&#xa0;: la quantité saisie compte).</numerusform>
            <numerusform>Ajoutée à la commande qu’il avait déjà (%n produits dans les deux&#xa0;: la quantité saisie compte).</numerusform>
        </translation>
    </message>
    <message>
        <source>This order is saved and has changes: save or undo them before taking it for a new member.</source>
        <translation>Cette commande est enregistrée et a des modifications&#xa0;: enregistrez-les ou défaites-les avant de la prendre pour un nouveau membre.</translation>
    </message>
</context>
<context>
    <name>OrderDisplay</name>
    <message>
        <source>Opens %1</source>
        <translation>Ouvre le %1</translation>
    </message>
    <message>
        <source>Open until %1</source>
        <translation>Ouvert jusqu’au %1</translation>
    </message>
    <message>
        <source>Closed since %1</source>
        <translation>Fermé depuis le %1</translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation>%1/kg</translation>
    </message>
</context>
<context>
    <name>OrderDraft</name>
    <message>
        <source>This product is not offered at this distribution.</source>
        <translation>Ce produit n’est pas proposé à cette distribution.</translation>
    </message>
    <message>
        <source>“%1” is not on offer at this distribution.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas proposé à cette distribution.</translation>
    </message>
    <message>
        <source>not offered at this distribution</source>
        <translation>pas proposé à cette distribution</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>épuisé</translation>
    </message>
    <message>
        <source>only %1 left (%2 last time)</source>
        <translation>il n’en reste que %1 (%2 la dernière fois)</translation>
    </message>
    <message>
        <source>This order is already saved: the member of a saved order cannot be changed.</source>
        <translation>Cette commande est déjà enregistrée&#xa0;: le membre d’une commande enregistrée ne peut pas changer.</translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <source>Order for %1</source>
        <translation>Commande pour le %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (depuis le %2)</translation>
    </message>
    <message>
        <source>This distribution is cancelled: its orders cannot change.</source>
        <translation>Cette distribution est annulée&#xa0;: ses commandes ne peuvent plus être modifiées.</translation>
    </message>
    <message numerus="yes">
        <source>%n catalogue(s) open</source>
        <translation>
            <numerusform>%n catalogue ouvert</numerusform>
            <numerusform>%n catalogues ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet open</source>
        <translation>
            <numerusform>%n pas encore ouvert</numerusform>
            <numerusform>%n pas encore ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Commandes fermées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Producer mode — %1: you see and change only the lines of your own catalogues.</source>
        <translation>Mode producteur — %1&#xa0;: vous ne voyez et ne modifiez que les lignes de vos propres catalogues.</translation>
    </message>
</context>
<context>
    <name>OrderLineInput</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>The reference “%1” names several products: %2. Give the product’s id.</source>
        <translation>La référence «&#xa0;%1&#xa0;» désigne plusieurs produits&#xa0;: %2. Indiquez l’identifiant du produit.</translation>
    </message>
    <message>
        <source>No product has the reference or id “%1”.</source>
        <translation>Aucun produit ne porte la référence ou l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” belongs to another producer’s catalogue: a producer orders only from their own.</source>
        <translation>«&#xa0;%1&#xa0;» appartient au catalogue d’un autre producteur&#xa0;: un producteur ne saisit de commandes que dans ses propres catalogues.</translation>
    </message>
    <message>
        <source>“%1” is not offered at this distribution.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas proposé à cette distribution.</translation>
    </message>
    <message>
        <source>“%1” is not a line: write REF=QTY.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une ligne&#xa0;: écrivez REF=QTY.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OrderLineRepository</name>
    <message>
        <source>No order line has the id “%1”.</source>
        <translation>Aucune ligne de commande ne porte l’identifiant «&#xa0;%1&#xa0;».</translation>
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
    <name>OrderLinesModel</name>
    <message>
        <source>Type a new quantity (%1) and press Enter.</source>
        <translation>Saisissez une nouvelle quantité (%1) puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>An estimate until the product is weighed on the day.</source>
        <translation>Estimation, jusqu’à la pesée le jour de la distribution.</translation>
    </message>
    <message>
        <source>Ordering for this catalogue has closed: changes are recorded as late changes.</source>
        <translation>Les commandes de ce catalogue sont fermées&#xa0;: les modifications sont enregistrées comme modifications tardives.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Catalogue · ordering</source>
        <translation>Catalogue · commandes</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n tardive</numerusform>
            <numerusform>%n tardives</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed after its catalogue closed: the producer’s summary may need it.</source>
        <translation>Modifiée après la fermeture des commandes de son catalogue&#xa0;: le récapitulatif du producteur est peut-être à refaire.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Modif. tardives</translation>
    </message>
</context>
<context>
    <name>OrderingWindowRepository</name>
    <message>
        <source>No ordering window has the id “%1”.</source>
        <translation>Aucune période de commande ne porte l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>+ New order  Ctrl+N</source>
        <translation>+ Nouvelle commande  Ctrl+N</translation>
    </message>
    <message>
        <source>Open  ⏎</source>
        <translation>Ouvrir  ⏎</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Cancel the order…</source>
        <translation>Annuler la commande…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Find a member…</source>
        <translation>Rechercher un membre…</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>&amp;Distribution</translation>
    </message>
    <message>
        <source>Totals per catalogue</source>
        <translation>Totaux par catalogue</translation>
    </message>
    <message>
        <source>No distribution to show</source>
        <translation>Aucune distribution à afficher</translation>
    </message>
    <message>
        <source>Orders for %1</source>
        <translation>Commandes du %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>producer mode: your catalogues only</source>
        <translation>mode producteur&#xa0;: vos catalogues uniquement</translation>
    </message>
    <message>
        <source>Orders — %1</source>
        <translation>Commandes — %1</translation>
    </message>
    <message>
        <source>All my catalogues</source>
        <translation>Tous mes catalogues</translation>
    </message>
    <message>
        <source>Every catalogue</source>
        <translation>Tous les catalogues</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s): %1 validated, %2 in progress.</source>
        <translation>
            <numerusform>%n commande (validées&#xa0;: %1, en cours&#xa0;: %2).</numerusform>
            <numerusform>%n commandes (validées&#xa0;: %1, en cours&#xa0;: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>No anonymous cart.</source>
        <translation>Aucun panier sans compte.</translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous cart(s), %1 — started without an account: the people are unknown.</source>
        <translation>
            <numerusform>%n panier sans compte, %1 — commencé sans se connecter&#xa0;: la personne est inconnue.</numerusform>
            <numerusform>%n paniers sans compte, %1 — commencés sans se connecter&#xa0;: les personnes sont inconnues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ordering is closed</source>
        <translation>Commandes fermées</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>Cancel the order of %1 (%2)? It stays recorded and can be reopened.</source>
        <translation>Annuler la commande de %1 (%2)&#xa0;? Elle reste enregistrée et pourra être rouverte.</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>New place</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>e.g. Salle Paul-Garcin</source>
        <translation>ex.&#xa0;: Salle Paul-Garcin</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Code postal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PlaceRepository</name>
    <message>
        <source>No place has the id “%1”.</source>
        <translation>Aucun lieu de distribution ne porte l’identifiant «&#xa0;%1&#xa0;».</translation>
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
    <name>PlacesDialog</name>
    <message>
        <source>Show &amp;archived places</source>
        <translation>Afficher les lieux &amp;archivés</translation>
    </message>
    <message>
        <source>&amp;New place…</source>
        <translation>&amp;Nouveau lieu…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux de distribution</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivé)</translation>
    </message>
    <message>
        <source>B&amp;ring back</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>“%1” is archived: no longer offered for new distributions; its distributions stay as they are.</source>
        <translation>«&#xa0;%1&#xa0;» est archivé&#xa0;: il n’est plus proposé pour les nouvelles distributions&#xa0;; ses distributions restent inchangées.</translation>
    </message>
    <message>
        <source>“%1” is offered again.</source>
        <translation>«&#xa0;%1&#xa0;» est de nouveau proposé.</translation>
    </message>
</context>
<context>
    <name>ProducerDialog</name>
    <message>
        <source>&amp;Prices include VAT</source>
        <translation>Les &amp;prix s’entendent TTC</translation>
    </message>
    <message>
        <source>VAT-&amp;exempt: “TVA non applicable, art. 293 B du CGI”</source>
        <translation>&amp;Franchise en base de TVA&#xa0;: «&#xa0;TVA non applicable, art. 293 B du CGI&#xa0;»</translation>
    </message>
    <message>
        <source>New producer</source>
        <translation>Nouveau producteur</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <source>The farm or business, e.g. Ferme des Saules</source>
        <translation>La ferme ou l’entreprise, ex.&#xa0;: Ferme des Saules</translation>
    </message>
    <message>
        <source>e.g. 06 12 34 56 78</source>
        <translation>ex.&#xa0;: 06 12 34 56 78</translation>
    </message>
    <message>
        <source>14 digits, optional</source>
        <translation>14 chiffres, facultatif</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>Personne à &amp;contacter&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SIRET:</source>
        <translation>&amp;SIRET&#xa0;:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>TVA&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ProducerRepository</name>
    <message>
        <source>No producer has the id “%1”.</source>
        <translation>Aucun producteur ne porte l’identifiant «&#xa0;%1&#xa0;».</translation>
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
    <name>ProductDialog</name>
    <message>
        <source>Priced by &amp;weight (“prix variable”): the amount follows the weighed quantity</source>
        <translation>Prix au poids («&#xa0;prix &amp;variable&#xa0;»)&#xa0;: le montant suit la quantité pesée</translation>
    </message>
    <message>
        <source>ordered by the p&amp;iece, about</source>
        <translation>commandé à la p&amp;ièce, environ</translation>
    </message>
    <message>
        <source>O&amp;rganic</source>
        <translation>&amp;Bio</translation>
    </message>
    <message>
        <source>&amp;Bulk</source>
        <translation>V&amp;rac</translation>
    </message>
    <message>
        <source>A&amp;ctive: offered at new distributions</source>
        <translation>&amp;Actif&#xa0;: proposé aux nouvelles distributions</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>e.g. 3,50</source>
        <translation>ex.&#xa0;: 3,50</translation>
    </message>
    <message>
        <source>Another rate…</source>
        <translation>Autre taux…</translation>
    </message>
    <message>
        <source> g each</source>
        <translation> g chacune</translation>
    </message>
    <message>
        <source>e.g. 500</source>
        <translation>ex.&#xa0;: 500</translation>
    </message>
    <message>
        <source>&amp;VAT:</source>
        <translation>&amp;TVA&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Price incl. VAT:</source>
        <translation>&amp;Prix TTC&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ontent per unit:</source>
        <translation>&amp;Contenance par unité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <source>A new price applies to orders in progress; validated orders keep the price they were validated at.</source>
        <translation>Un nouveau prix s’applique aux commandes en cours&#xa0;; les commandes validées gardent le prix auquel elles ont été validées.</translation>
    </message>
    <message>
        <source>€ per kg</source>
        <translation>€ par kg</translation>
    </message>
    <message>
        <source>€ per %1</source>
        <translation>€ par %1</translation>
    </message>
    <message>
        <source>Enter the price including VAT, e.g. 3,50.</source>
        <translation>Indiquez le prix TTC, par exemple 3,50.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros (e.g. 3,50).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant en euros (par exemple 3,50).</translation>
    </message>
    <message>
        <source>“%1” is not a quantity (e.g. 500, or 0,75 for 75 cl in litres).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une quantité (par exemple 500, ou 0,75 pour 75&#xa0;cl en litres).</translation>
    </message>
    <message>
        <source>ordered by wei&amp;ght</source>
        <translation>commandé au p&amp;oids</translation>
    </message>
</context>
<context>
    <name>ProductExport</name>
    <message>
        <source>The file “%1” cannot be written: %2</source>
        <translation>Impossible d’écrire le fichier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProductImport</name>
    <message>
        <source>No product name.</source>
        <translation>Nom du produit manquant.</translation>
    </message>
    <message>
        <source>No price.</source>
        <translation>Prix manquant.</translation>
    </message>
    <message>
        <source>“%1” is not a price (write it 3.50 or 3,50).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un prix (écrivez-le 3.50 ou 3,50).</translation>
    </message>
    <message>
        <source>“%1” is not a VAT rate (write it 5.5 for 5.5 %).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un taux de TVA (écrivez 5,5 pour 5,5&#xa0;%).</translation>
    </message>
    <message>
        <source>“%1” is not a quantity (write it 0.5 or 500).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une quantité (écrivez-la 0,5 ou 500).</translation>
    </message>
    <message>
        <source>A product with a variable price is sold by weight: its unit must be g or kg, not “%1”.</source>
        <translation>Un produit à prix variable se vend au poids&#xa0;: son unité doit être g ou kg, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The same product as line %1.</source>
        <translation>Même produit qu’à la ligne %1.</translation>
    </message>
    <message>
        <source>The file’s price (%1) is not the catalogue’s (%2); an import never changes a price.</source>
        <translation>Le prix du fichier (%1) diffère de celui du catalogue (%2)&#xa0;; un import ne modifie jamais un prix.</translation>
    </message>
    <message>
        <source>Inactive product.</source>
        <translation>Produit inactif.</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>content per unit</source>
        <translation>contenance par unité</translation>
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
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <source>Import products into “%1” from “%2”</source>
        <translation>Importer des produits dans «&#xa0;%1&#xa0;» depuis «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>déjà présents</translation>
    </message>
    <message>
        <source>Prices of products already there are never changed by an import. Rows in error are left out; correct the file and import it again to add them.</source>
        <translation>Un import ne modifie jamais le prix des produits déjà présents. Les lignes en erreur sont ignorées&#xa0;; corrigez le fichier et importez-le de nouveau pour les ajouter.</translation>
    </message>
    <message>
        <source>Importing the products…</source>
        <translation>Import des produits…</translation>
    </message>
    <message numerus="yes">
        <source>%n new product(s)</source>
        <translation>
            <numerusform>%n nouveau produit</numerusform>
            <numerusform>%n nouveaux produits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductOfferRepository</name>
    <message>
        <source>No product offer has the id “%1”.</source>
        <translation>Aucune offre de produit ne porte l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ProductOfferRules</name>
    <message>
        <source>The stock of “%1” must be zero or more.</source>
        <translation>Le stock de «&#xa0;%1&#xa0;» doit être positif ou nul.</translation>
    </message>
    <message>
        <source>A stock of %1 for “%2” is not plausible.</source>
        <translation>Un stock de %1 pour «&#xa0;%2&#xa0;» n’est pas vraisemblable.</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>No product has the id “%1”.</source>
        <translation>Aucun produit ne porte l’identifiant «&#xa0;%1&#xa0;».</translation>
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
        <translation>Le taux de TVA doit être compris entre 0&#xa0;% et 30&#xa0;%.</translation>
    </message>
    <message>
        <source>The weight of a piece must be between 0 and 100 kg.</source>
        <translation>Le poids d’une pièce doit être compris entre 0 et 100&#xa0;kg.</translation>
    </message>
    <message>
        <source>The content per unit is not plausible.</source>
        <translation>La contenance par unité n’est pas vraisemblable.</translation>
    </message>
    <message>
        <source>Only a product priced by weight can have an estimated weight per piece.</source>
        <translation>Seul un produit au poids peut avoir un poids estimé par pièce.</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
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
        <source>Price incl. VAT</source>
        <translation>Prix TTC</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Mentions</translation>
    </message>
</context>
<context>
    <name>Puller</name>
    <message>
        <source>The server sent rows of “%1” whose parents cannot be found.</source>
        <translation>Le serveur a envoyé des lignes de la table «&#xa0;%1&#xa0;» dont les lignes parentes sont introuvables.</translation>
    </message>
</context>
<context>
    <name>Pusher</name>
    <message>
        <source>The server %1 holds another group; a desk syncs with the server of its own group only. Nothing was sent.</source>
        <translation>Le serveur %1 contient un autre groupe&#xa0;; un poste ne se synchronise qu’avec le serveur de son propre groupe. Rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>QuantityText</name>
    <message>
        <source>Type a quantity.</source>
        <translation>Saisissez une quantité.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>La quantité doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity for “%2” (%3).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une quantité valable pour «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>“%1” is sold by the piece: type a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» se vend à la pièce&#xa0;: saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>The estimated weight must be more than zero.</source>
        <translation>Le poids estimé doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>%1 of “%2” is not plausible (at most one tonne).</source>
        <translation>%1 de «&#xa0;%2&#xa0;»&#xa0;: quantité non vraisemblable (une tonne au maximum).</translation>
    </message>
    <message>
        <source>An estimated weight of %1 is not plausible.</source>
        <translation>Un poids estimé de %1 n’est pas vraisemblable.</translation>
    </message>
    <message>
        <source>%1 (≈ %2)</source>
        <translation>%1 (≈ %2)</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>pièces</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>pieces (≈ %1 each)</source>
        <translation>pièces (≈ %1 chacune)</translation>
    </message>
    <message>
        <source>A quantity of %1 pieces of “%2” is not plausible.</source>
        <translation>Une quantité de %1 pièces de «&#xa0;%2&#xa0;» n’est pas vraisemblable.</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>The database could not carry out an operation; nothing was changed.</source>
        <translation>La base de données n’a pas pu effectuer une opération&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>RowWriter</name>
    <message>
        <source>Internal error: unknown table “%1”.</source>
        <translation>Erreur interne&#xa0;: table «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>Internal error: unknown column “%1” in “%2”.</source>
        <translation>Erreur interne&#xa0;: colonne «&#xa0;%1&#xa0;» inconnue dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No record with the id “%1”.</source>
        <translation>Aucun enregistrement ne porte l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>No server address was given; expected %1.</source>
        <translation>Aucune adresse de serveur n’a été indiquée&#xa0;; format attendu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address; expected %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur valide&#xa0;; format attendu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The server address must start with “postgresql://” (%1).</source>
        <translation>L’adresse du serveur doit commencer par «&#xa0;postgresql://&#xa0;» (%1).</translation>
    </message>
    <message>
        <source>The server address holds a password; passwords are never given on the command line. Put it in ~/.pgpass, a PostgreSQL service file or PGPASSWORD.</source>
        <translation>L’adresse du serveur contient un mot de passe&#xa0;; un mot de passe ne se donne jamais sur la ligne de commande. Placez-le dans ~/.pgpass, dans un fichier de service PostgreSQL ou dans PGPASSWORD.</translation>
    </message>
    <message>
        <source>The port of “%1” is not valid.</source>
        <translation>Le port de «&#xa0;%1&#xa0;» n’est pas valide.</translation>
    </message>
    <message>
        <source>“%1” names no single database; expected %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne pas une base de données unique&#xa0;; format attendu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The option “%1” of the server address has an unusable value.</source>
        <translation>L’option «&#xa0;%1&#xa0;» de l’adresse du serveur a une valeur inutilisable.</translation>
    </message>
    <message>
        <source>The server address has an unknown option “%1”.</source>
        <translation>L’adresse du serveur contient une option inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The server address names no host; expected %1.</source>
        <translation>L’adresse du serveur n’indique aucun hôte&#xa0;; format attendu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server address names no database; expected %1.</source>
        <translation>L’adresse du serveur n’indique aucune base de données&#xa0;; format attendu&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ServerCommands</name>
    <message>
        <source>Creates Comptoir’s tables, revision triggers and sync functions on an empty PostgreSQL database. The password comes from PGPASSWORD, ~/.pgpass or a service file, never from the command line.</source>
        <translation>Crée les tables de Comptoir, ses déclencheurs de révision et ses fonctions de synchronisation dans une base de données PostgreSQL vide. Le mot de passe provient de PGPASSWORD, de ~/.pgpass ou d’un fichier de service, jamais de la ligne de commande.</translation>
    </message>
    <message>
        <source>Comptoir’s schema (version %1) is set up on %2.</source>
        <translation>Le schéma de Comptoir (version %1) est installé sur %2.</translation>
    </message>
    <message>
        <source>Applies the schema updates the server lacks, all in one transaction. A server set up by a newer Comptoir is left untouched.</source>
        <translation>Applique les mises à jour de schéma qui manquent au serveur, en une seule transaction. Un serveur installé par une version plus récente de Comptoir reste inchangé.</translation>
    </message>
    <message>
        <source>The server %1 is up to date (schema %2).</source>
        <translation>Le serveur %1 est à jour (schéma %2).</translation>
    </message>
    <message>
        <source>The server %1 went from schema %2 to %3.</source>
        <translation>Le serveur %1 est passé du schéma %2 au schéma %3.</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>The server %1 cannot be reached (no socket folder “%2”).</source>
        <translation>Le serveur %1 est injoignable (pas de dossier de socket «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2); the desk keeps working offline.</source>
        <translation>Le serveur %1 est injoignable (%2)&#xa0;; le poste continue de fonctionner hors ligne.</translation>
    </message>
    <message>
        <source>Qt’s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached; the desk keeps working offline.</source>
        <translation>Le serveur %1 est injoignable&#xa0;; le poste continue de fonctionner hors ligne.</translation>
    </message>
    <message>
        <source>The server %1 wants a password that was not found or not accepted: put it in ~/.pgpass, a PostgreSQL service file or PGPASSWORD (never on the command line).</source>
        <translation>Le serveur %1 demande un mot de passe introuvable ou refusé&#xa0;: placez-le dans ~/.pgpass, dans un fichier de service PostgreSQL ou dans PGPASSWORD (jamais sur la ligne de commande).</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>Le serveur %1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost; nothing is lost on this desk, the next sync carries on.</source>
        <translation>La connexion au serveur %1 a été perdue&#xa0;; rien n’est perdu sur ce poste, la prochaine synchronisation reprendra la suite.</translation>
    </message>
    <message>
        <source>The server refused an operation of the sync.</source>
        <translation>Le serveur a refusé une opération de la synchronisation.</translation>
    </message>
    <message>
        <source>The server refused a schema update.</source>
        <translation>Le serveur a refusé une mise à jour de schéma.</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>The server %1 was set up by a newer version of Comptoir (server schema %2, this program knows up to %3). Install the newer Comptoir on this desk; the server was left untouched.</source>
        <translation>Le serveur %1 a été installé par une version plus récente de Comptoir (schéma serveur %2&#xa0;; cette version-ci ne connaît que les schémas jusqu’au %3). Installez la nouvelle version de Comptoir sur ce poste&#xa0;; le serveur n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The server %1 is set up for Comptoir already (server schema %2); nothing was changed. “comptoir-cli server upgrade” brings it up to date.</source>
        <translation>Le serveur %1 est déjà installé pour Comptoir (schéma serveur %2)&#xa0;; rien n’a été modifié. «&#xa0;comptoir-cli server upgrade&#xa0;» le met à jour.</translation>
    </message>
    <message>
        <source>The server %1 is not set up for Comptoir yet; run “comptoir-cli server init” first.</source>
        <translation>Le serveur %1 n’est pas encore installé pour Comptoir&#xa0;; lancez d’abord «&#xa0;comptoir-cli server init&#xa0;».</translation>
    </message>
    <message>
        <source>Another desk changed the server’s schema meanwhile; run the command again.</source>
        <translation>Un autre poste a modifié le schéma du serveur entre-temps&#xa0;; relancez l’action.</translation>
    </message>
    <message>
        <source>The server schema update %1 cannot be read.</source>
        <translation>Impossible de lire la mise à jour de schéma serveur %1.</translation>
    </message>
    <message>
        <source>The server schema update %1 failed; the server was left as it was.</source>
        <translation>La mise à jour de schéma serveur %1 a échoué&#xa0;; le serveur est resté inchangé.</translation>
    </message>
    <message>
        <source>The server %1 is not set up for Comptoir yet; run “comptoir-cli server init --url …” once.</source>
        <translation>Le serveur %1 n’est pas encore installé pour Comptoir&#xa0;; lancez une fois «&#xa0;comptoir-cli server init --url …&#xa0;».</translation>
    </message>
    <message>
        <source>The server %1 has an older schema (%2, this program needs %3); run “comptoir-cli server upgrade --url …” first.</source>
        <translation>Le serveur %1 a un schéma plus ancien (%2&#xa0;; cette version-ci nécessite le %3)&#xa0;; lancez d’abord «&#xa0;comptoir-cli server upgrade --url …&#xa0;».</translation>
    </message>
    <message>
        <source>The server %1 has no column “%2.%3”, which this version of Comptoir replicates. The server schema lacks a migration; nothing was synced.</source>
        <translation>Le serveur %1 n’a pas de colonne «&#xa0;%2.%3&#xa0;», que cette version de Comptoir réplique. Il manque une migration au schéma du serveur&#xa0;; rien n’a été synchronisé.</translation>
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
        <source>Creates a new database holding an empty group. An existing database that holds data is refused.</source>
        <translation>Crée une nouvelle base de données contenant un groupe vide. Une base de données existante qui contient déjà des données est refusée.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Created “%1” in %2.</source>
        <translation>Groupe «&#xa0;%1&#xa0;» créé dans %2.</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not “%1”.</source>
        <translation>--seed attend un nombre entier, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Created the demo market “%1” in %2.</source>
        <translation>Marché de démonstration «&#xa0;%1&#xa0;» créé dans %2.</translation>
    </message>
    <message>
        <source>The first coordinator’s name (default: --user, or “Coordinator”).</source>
        <translation>Le nom du premier coordinateur (par défaut&#xa0;: --user, ou «&#xa0;Coordinateur&#xa0;»).</translation>
    </message>
    <message>
        <source>Random seed: the same seed and --now give the same demo market (default 1).</source>
        <translation>Graine aléatoire&#xa0;: la même graine et la même valeur de --now donnent le même marché de démonstration (1 par défaut).</translation>
    </message>
    <message>
        <source>A large market for benchmarks instead: 3,000 members, 40 producers, 1,500 products, two years of weekly distributions (about 190,000 order lines).</source>
        <translation>Un grand marché à la place, pour les mesures de performance&#xa0;: 3&#xa0;000 membres, 40 producteurs, 1&#xa0;500 produits, deux ans de distributions hebdomadaires (environ 190&#xa0;000 lignes de commande).</translation>
    </message>
    <message>
        <source>Creates the demo market in a new database (without --database: the demo’s own file, never your real one). Dates follow the clock (--now).</source>
        <translation>Crée le marché de démonstration dans une nouvelle base de données (sans --database&#xa0;: le fichier propre à la démonstration, jamais votre base réelle). Les dates suivent l’horloge (--now).</translation>
    </message>
</context>
<context>
    <name>StockRefusal</name>
    <message>
        <source>“%1” is sold out for this distribution.</source>
        <translation>«&#xa0;%1&#xa0;» est épuisé pour cette distribution.</translation>
    </message>
    <message>
        <source>Only %1 of “%2” left for this distribution.</source>
        <translation>Il ne reste que %1 de «&#xa0;%2&#xa0;» pour cette distribution.</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>The server: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Le serveur&#xa0;: postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The server is missing: --url postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Serveur manquant&#xa0;: --url postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Sends this desk’s changes to the shared server, then brings the changes of the other desks. A new, empty database joins the server’s group. The password comes from PGPASSWORD, ~/.pgpass or a service file, never from the command line. Exit status 4: the server cannot be reached.</source>
        <translation>Envoie les modifications de ce poste au serveur partagé, puis rapatrie celles des autres postes. Une nouvelle base de données vide rejoint le groupe du serveur. Le mot de passe provient de PGPASSWORD, de ~/.pgpass ou d’un fichier de service, jamais de la ligne de commande. Code de sortie 4&#xa0;: le serveur est injoignable.</translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, conflicts %3</source>
        <translation>envoyés&#xa0;: %1, reçus&#xa0;: %2, conflits&#xa0;: %3</translation>
    </message>
    <message>
        <source>Lists every value a sync overwrote or refused, oldest first: the field, the value kept and the value lost, who wrote each, and the rule applied (later_arrival, state_rule, merged_duplicate).</source>
        <translation>Liste chaque valeur qu’une synchronisation a écrasée ou refusée, de la plus ancienne à la plus récente&#xa0;: le champ, la valeur conservée et la valeur perdue, qui a écrit chacune, et la règle appliquée (later_arrival, state_rule, merged_duplicate).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Auteur (conservée)</translation>
    </message>
    <message>
        <source>Lost from</source>
        <translation>Auteur (perdue)</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The lock file “%1” cannot be written.</source>
        <translation>Impossible d’écrire le fichier de verrou «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Another sync of “%1” is running (process %2); this one did nothing.</source>
        <translation>Une autre synchronisation de «&#xa0;%1&#xa0;» est en cours (processus %2)&#xa0;; celle-ci n’a rien fait.</translation>
    </message>
    <message>
        <source>This database holds the group “%1” and the server %2 holds the group “%3”; a desk syncs only with its own group’s server. To join “%3”, sync a new, empty database. Nothing was changed.</source>
        <translation>Cette base de données contient le groupe «&#xa0;%1&#xa0;» et le serveur %2 contient le groupe «&#xa0;%3&#xa0;»&#xa0;; un poste ne se synchronise qu’avec le serveur de son propre groupe. Pour rejoindre «&#xa0;%3&#xa0;», synchronisez une nouvelle base de données vide. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This database was synced with another server than %1 (or the server was set up again); its data cannot be mixed with this server’s. Nothing was changed.</source>
        <translation>Cette base de données a été synchronisée avec un autre serveur que %1 (ou le serveur a été réinstallé)&#xa0;; ses données ne peuvent pas être mélangées avec celles de ce serveur. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>No user has the id “%1”.</source>
        <translation>Aucun utilisateur ne porte l’identifiant «&#xa0;%1&#xa0;».</translation>
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
            <numerusform>%1&#xa0;: texte trop long (%n caractère au maximum).</numerusform>
            <numerusform>%1&#xa0;: texte trop long (%n caractères au maximum).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains an invisible control character.</source>
        <translation>%1&#xa0;: le texte contient un caractère de contrôle invisible.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a telephone number.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un numéro de téléphone valide.</translation>
    </message>
    <message>
        <source>%1 “%2” is not valid.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas valide.</translation>
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
        <translation>&lt;h2&gt;Bienvenue dans Comptoir&lt;/h2&gt;&lt;p&gt;L’outil de gestion des marchés de producteurs locaux&#xa0;: membres, distributions, commandes par téléphone et récapitulatifs du jour.&lt;/p&gt;</translation>
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
        <translation>Lancez votre propre marché&#xa0;: indiquez son nom et le vôtre, puis ajoutez membres, producteurs et distributions.</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et heure au format ISO 8601.</translation>
    </message>
</context>
</TS>
