<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BasketPlanner</name>
    <message>
        <source>This order belongs to another distribution.</source>
        <translation>This order belongs to another distribution.</translation>
    </message>
    <message>
        <source>This order is already saved for another member, and the member of a saved order cannot be changed. Cancel it, then take the order for the right member.</source>
        <translation>This order is already saved for another member, and the member of a saved order cannot be changed. Cancel it, then take the order for the right member.</translation>
    </message>
    <message>
        <source>A cancelled order cannot be validated; reopen it first.</source>
        <translation>A cancelled order cannot be validated; reopen it first.</translation>
    </message>
    <message>
        <source>This order is cancelled; reopen it before changing it.</source>
        <translation>This order is cancelled; reopen it before changing it.</translation>
    </message>
    <message>
        <source>“%1” is no longer offered by its catalogue.</source>
        <translation>“%1” is no longer offered by its catalogue.</translation>
    </message>
    <message>
        <source>“%1” is left out of this distribution.</source>
        <translation>“%1” is left out of this distribution.</translation>
    </message>
    <message>
        <source>“%1” is not offered at this distribution.</source>
        <translation>“%1” is not offered at this distribution.</translation>
    </message>
    <message>
        <source>“%1” belongs to another producer’s catalogue: a producer changes only the lines of their own catalogues.</source>
        <translation>“%1” belongs to another producer’s catalogue: a producer changes only the lines of their own catalogues.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>The quantity cannot be negative.</translation>
    </message>
    <message>
        <source>“%1” is not in this order: there is no line to take out.</source>
        <translation>“%1” is not in this order: there is no line to take out.</translation>
    </message>
    <message>
        <source>The distribution of %1 is cancelled: its orders can no longer change.</source>
        <translation>The distribution of %1 is cancelled: its orders can no longer change.</translation>
    </message>
    <message>
        <source>Choose the member who orders.</source>
        <translation>Choose the member who orders.</translation>
    </message>
    <message>
        <source>Add at least one product to the order.</source>
        <translation>Add at least one product to the order.</translation>
    </message>
    <message>
        <source>An order without any product cannot be validated.</source>
        <translation>An order without any product cannot be validated.</translation>
    </message>
    <message>
        <source>This order also holds products of other producers: only a coordinator can validate it.</source>
        <translation>This order also holds products of other producers: only a coordinator can validate it.</translation>
    </message>
    <message>
        <source>This order also holds products of other producers: only a coordinator can cancel it.</source>
        <translation>This order also holds products of other producers: only a coordinator can cancel it.</translation>
    </message>
</context>
<context>
    <name>BasketRepository</name>
    <message>
        <source>No order has the id “%1”.</source>
        <translation>No order has the id “%1”.</translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>“%1” is not a date: write it YYYY-MM-DD.</source>
        <translation>“%1” is not a date: write it YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Write the times HH:MM, e.g. 17:30.</source>
        <translation>Write the times HH:MM, e.g. 17:30.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation>Street address.</translation>
    </message>
    <message>
        <source>Postcode.</source>
        <translation>Postcode.</translation>
    </message>
    <message>
        <source>Town.</source>
        <translation>Town.</translation>
    </message>
    <message>
        <source>Name the place with --name.</source>
        <translation>Name the place with --name.</translation>
    </message>
    <message>
        <source>Include archived places.</source>
        <translation>Include archived places.</translation>
    </message>
    <message>
        <source>Lists the pick-up places, by name.</source>
        <translation>Lists the pick-up places, by name.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Shows a pick-up place.</source>
        <translation>Shows a pick-up place.</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>Bring the place back instead.</source>
        <translation>Bring the place back instead.</translation>
    </message>
    <message>
        <source>Archives a place: it is no longer offered for new distributions; its distributions stay as they are.</source>
        <translation>Archives a place: it is no longer offered for new distributions; its distributions stay as they are.</translation>
    </message>
    <message>
        <source>The (first) date, YYYY-MM-DD (required).</source>
        <translation>The (first) date, YYYY-MM-DD (required).</translation>
    </message>
    <message>
        <source>Local start time.</source>
        <translation>Local start time.</translation>
    </message>
    <message>
        <source>Local end time.</source>
        <translation>Local end time.</translation>
    </message>
    <message>
        <source>A catalogue taking part, with its own ordering rule; repeat for each. Default: every active catalogue.</source>
        <translation>A catalogue taking part, with its own ordering rule; repeat for each. Default: every active catalogue.</translation>
    </message>
    <message>
        <source>Repeat every N weeks (1 to 52) until --until.</source>
        <translation>Repeat every N weeks (1 to 52) until --until.</translation>
    </message>
    <message>
        <source>The last possible date of the series, YYYY-MM-DD.</source>
        <translation>The last possible date of the series, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A date of the series not to create; repeat for each.</source>
        <translation>A date of the series not to create; repeat for each.</translation>
    </message>
    <message>
        <source>Also create the dates when the place already has a distribution (skipped otherwise).</source>
        <translation>Also create the dates when the place already has a distribution (skipped otherwise).</translation>
    </message>
    <message>
        <source>Only show the dates and ordering windows; write nothing.</source>
        <translation>Only show the dates and ordering windows; write nothing.</translation>
    </message>
    <message>
        <source>Name the place with --place.</source>
        <translation>Name the place with --place.</translation>
    </message>
    <message>
        <source>Give the date with --date YYYY-MM-DD.</source>
        <translation>Give the date with --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--repeat-weeks takes a number of weeks.</source>
        <translation>--repeat-weeks takes a number of weeks.</translation>
    </message>
    <message>
        <source>A repeated distribution needs --until DATE.</source>
        <translation>A repeated distribution needs --until DATE.</translation>
    </message>
    <message>
        <source>--until goes with --repeat-weeks.</source>
        <translation>--until goes with --repeat-weeks.</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 skipped: %2</translation>
    </message>
    <message>
        <source>Only distributions on or after this date.</source>
        <translation>Only distributions on or after this date.</translation>
    </message>
    <message>
        <source>Only distributions on or before this date.</source>
        <translation>Only distributions on or before this date.</translation>
    </message>
    <message>
        <source>Lists the distributions by date, with their status (planned, open, closed, distributed, cancelled), their orders and amounts.</source>
        <translation>Lists the distributions by date, with their status (planned, open, closed, distributed, cancelled), their orders and amounts.</translation>
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
    <message>
        <source>No distribution has the id “%1”.</source>
        <translation>No distribution has the id “%1”.</translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation>Starts: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Ordering windows:</source>
        <translation>Ordering windows:</translation>
    </message>
    <message>
        <source>not yet open</source>
        <translation>not yet open</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>%1: %2 left of %3</source>
        <translation>%1: %2 left of %3</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Left out: %1</translation>
    </message>
    <message>
        <source>The new date, YYYY-MM-DD.</source>
        <translation>The new date, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The new local start time.</source>
        <translation>The new local start time.</translation>
    </message>
    <message>
        <source>The new local end time.</source>
        <translation>The new local end time.</translation>
    </message>
    <message>
        <source>Move it even though it has orders (they move with it); without it such a move is refused with exit status 3.</source>
        <translation>Move it even though it has orders (they move with it); without it such a move is refused with exit status 3.</translation>
    </message>
    <message>
        <source>Cancel it even though it has orders; without it such a cancellation is refused with exit status 3.</source>
        <translation>Cancel it even though it has orders; without it such a cancellation is refused with exit status 3.</translation>
    </message>
    <message>
        <source>Cancels a distribution. Its orders stay recorded, are not handed out, and come back if it is reinstated.</source>
        <translation>Cancels a distribution. Its orders stay recorded, are not handed out, and come back if it is reinstated.</translation>
    </message>
    <message>
        <source>Reinstates a cancelled distribution, with its orders.</source>
        <translation>Reinstates a cancelled distribution, with its orders.</translation>
    </message>
    <message>
        <source>Mark it as not handed out after all.</source>
        <translation>Mark it as not handed out after all.</translation>
    </message>
    <message>
        <source>Marks a distribution as handed out.</source>
        <translation>Marks a distribution as handed out.</translation>
    </message>
    <message>
        <source>The place’s name (required).</source>
        <translation>The place’s name (required).</translation>
    </message>
    <message>
        <source>Adds a pick-up place. Prints the new place’s id on the last line.</source>
        <translation>Adds a pick-up place. Prints the new place’s id on the last line.</translation>
    </message>
    <message>
        <source>The pick-up place’s id (required).</source>
        <translation>The pick-up place’s id (required).</translation>
    </message>
    <message>
        <source>Adds a distribution, or a series every N weeks. Each catalogue’s ordering window comes from its rule, on the group’s wall clock. Prints each new distribution’s id on its own line, the last one last.</source>
        <translation>Adds a distribution, or a series every N weeks. Each catalogue’s ordering window comes from its rule, on the group’s wall clock. Prints each new distribution’s id on its own line, the last one last.</translation>
    </message>
    <message>
        <source>Shows a distribution: its place and hours, its status, each catalogue’s ordering window, its orders, and what its offer leaves out or limits.</source>
        <translation>Shows a distribution: its place and hours, its status, each catalogue’s ordering window, its orders, and what its offer leaves out or limits.</translation>
    </message>
    <message numerus="yes">
        <source>Validated: %n order(s), %1</source>
        <translation>
            <numerusform>Validated: %n order, %1</numerusform>
            <numerusform>Validated: %n orders, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In progress: %n order(s), %1</source>
        <translation>
            <numerusform>In progress: %n order, %1</numerusform>
            <numerusform>In progress: %n orders, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>In progress: %1 and %2, %3 in all</source>
        <translation>In progress: %1 and %2, %3 in all</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous cart(s)</source>
        <translation>
            <numerusform>%n anonymous cart</numerusform>
            <numerusform>%n anonymous carts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offer: %n product(s)</source>
        <translation>
            <numerusform>Offer: %n product</numerusform>
            <numerusform>Offer: %n products</numerusform>
        </translation>
    </message>
    <message>
        <source>The new place’s id.</source>
        <translation>The new place’s id.</translation>
    </message>
    <message>
        <source>Changes a distribution’s date, hours or place. The ordering windows move with it on the wall clock.</source>
        <translation>Changes a distribution’s date, hours or place. The ordering windows move with it on the wall clock.</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>There is already a distribution at this place that day (%1).</source>
        <translation>There is already a distribution at this place that day (%1).</translation>
    </message>
    <message>
        <source>The ordering rule of “%1” would close orders before they open for the distribution of %2.</source>
        <translation>The ordering rule of “%1” would close orders before they open for the distribution of %2.</translation>
    </message>
    <message>
        <source>Tick at least one date to create.</source>
        <translation>Tick at least one date to create.</translation>
    </message>
    <message>
        <source>This distribution is cancelled; reinstate it before changing it.</source>
        <translation>This distribution is cancelled; reinstate it before changing it.</translation>
    </message>
    <message>
        <source>This distribution was handed out; it can no longer change.</source>
        <translation>This distribution was handed out; it can no longer change.</translation>
    </message>
    <message>
        <source>The orders of this distribution move with it: %1. Confirm to move it.</source>
        <translation>The orders of this distribution move with it: %1. Confirm to move it.</translation>
    </message>
    <message>
        <source>This distribution was handed out; it cannot be cancelled.</source>
        <translation>This distribution was handed out; it cannot be cancelled.</translation>
    </message>
    <message>
        <source>Cancelling this distribution leaves %1 without a pick-up. The orders stay recorded and come back if the distribution is reinstated. Confirm to cancel it.</source>
        <translation>Cancelling this distribution leaves %1 without a pick-up. The orders stay recorded and come back if the distribution is reinstated. Confirm to cancel it.</translation>
    </message>
    <message>
        <source>A cancelled distribution cannot be handed out; reinstate it first.</source>
        <translation>A cancelled distribution cannot be handed out; reinstate it first.</translation>
    </message>
    <message>
        <source>“%1” takes part only once.</source>
        <translation>“%1” takes part only once.</translation>
    </message>
    <message>
        <source>Enter when orders for “%1” open and close.</source>
        <translation>Enter when orders for “%1” open and close.</translation>
    </message>
    <message>
        <source>Orders for “%1” must close after they open.</source>
        <translation>Orders for “%1” must close after they open.</translation>
    </message>
    <message>
        <source>Orders for “%1” must close before the distribution starts.</source>
        <translation>Orders for “%1” must close before the distribution starts.</translation>
    </message>
    <message>
        <source>“%1” cannot leave this distribution: it has %2.</source>
        <translation>“%1” cannot leave this distribution: it has %2.</translation>
    </message>
    <message>
        <source>Only a coordinator can create distributions.</source>
        <translation>Only a coordinator can create distributions.</translation>
    </message>
    <message>
        <source>Only a coordinator can cancel a distribution.</source>
        <translation>Only a coordinator can cancel a distribution.</translation>
    </message>
    <message>
        <source>Only a coordinator can reinstate a distribution.</source>
        <translation>Only a coordinator can reinstate a distribution.</translation>
    </message>
    <message>
        <source>Only a coordinator can mark a distribution as handed out.</source>
        <translation>Only a coordinator can mark a distribution as handed out.</translation>
    </message>
    <message>
        <source>Only a coordinator can add, change or archive places.</source>
        <translation>Only a coordinator can add, change or archive places.</translation>
    </message>
    <message>
        <source>Only a coordinator can move a distribution (its date, hours or place).</source>
        <translation>Only a coordinator can move a distribution (its date, hours or place).</translation>
    </message>
    <message>
        <source>Only a coordinator can choose the catalogues taking part in a distribution.</source>
        <translation>Only a coordinator can choose the catalogues taking part in a distribution.</translation>
    </message>
    <message>
        <source>“%1” is another producer’s catalogue: only a coordinator can change its ordering window.</source>
        <translation>“%1” is another producer’s catalogue: only a coordinator can change its ordering window.</translation>
    </message>
</context>
<context>
    <name>CatalogueAccess</name>
    <message>
        <source>“%1” belongs to another producer: a producer changes only their own producer record, catalogues and products.</source>
        <translation>“%1” belongs to another producer: a producer changes only their own producer record, catalogues and products.</translation>
    </message>
    <message>
        <source>“%1” is another producer’s catalogue: a producer sees only their own catalogues and products.</source>
        <translation>“%1” is another producer’s catalogue: a producer sees only their own catalogues and products.</translation>
    </message>
    <message>
        <source>“%1” is another producer: a producer sees only their own record, catalogues and products.</source>
        <translation>“%1” is another producer: a producer sees only their own record, catalogues and products.</translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>The farm or business name (required).</source>
        <translation>The farm or business name (required).</translation>
    </message>
    <message>
        <source>The contact person.</source>
        <translation>The contact person.</translation>
    </message>
    <message>
        <source>Phone number, e.g. 06 12 34 56 78.</source>
        <translation>Phone number, e.g. 06 12 34 56 78.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-mail address.</translation>
    </message>
    <message>
        <source>SIRET number (14 digits).</source>
        <translation>SIRET number (14 digits).</translation>
    </message>
    <message>
        <source>The producer is VAT-exempt (“TVA non applicable, art. 293 B du CGI”).</source>
        <translation>The producer is VAT-exempt (“TVA non applicable, art. 293 B du CGI”).</translation>
    </message>
    <message>
        <source>Name the producer with --name.</source>
        <translation>Name the producer with --name.</translation>
    </message>
    <message>
        <source>Include archived producers.</source>
        <translation>Include archived producers.</translation>
    </message>
    <message>
        <source>Lists the producers, by name.</source>
        <translation>Lists the producers, by name.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
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
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>included</source>
        <translation>included</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>exempt</translation>
    </message>
    <message>
        <source>Shows a producer and their catalogues.</source>
        <translation>Shows a producer and their catalogues.</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>SIRET: %1</source>
        <translation>SIRET: %1</translation>
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
        <source>Catalogues:</source>
        <translation>Catalogues:</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <source>Orders open N days before each distribution.</source>
        <translation>Orders open N days before each distribution.</translation>
    </message>
    <message>
        <source>… at this local time.</source>
        <translation>… at this local time.</translation>
    </message>
    <message>
        <source>Orders close H hours before the distribution starts, on the wall clock.</source>
        <translation>Orders close H hours before the distribution starts, on the wall clock.</translation>
    </message>
    <message>
        <source>Name the producer with --producer.</source>
        <translation>Name the producer with --producer.</translation>
    </message>
    <message>
        <source>Name the catalogue with --name.</source>
        <translation>Name the catalogue with --name.</translation>
    </message>
    <message>
        <source>--opens-days-before takes a number of days.</source>
        <translation>--opens-days-before takes a number of days.</translation>
    </message>
    <message>
        <source>--closes-hours-before takes a number of hours.</source>
        <translation>--closes-hours-before takes a number of hours.</translation>
    </message>
    <message>
        <source>--opens-at takes a time, e.g. 08:00.</source>
        <translation>--opens-at takes a time, e.g. 08:00.</translation>
    </message>
    <message>
        <source>Include inactive catalogues.</source>
        <translation>Include inactive catalogues.</translation>
    </message>
    <message>
        <source>Lists the catalogues, by name, with their ordering rule.</source>
        <translation>Lists the catalogues, by name, with their ordering rule.</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Opens (days before)</source>
        <translation>Opens (days before)</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>Closes (hours before)</source>
        <translation>Closes (hours before)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Shows a catalogue, its ordering rule and its products.</source>
        <translation>Shows a catalogue, its ordering rule and its products.</translation>
    </message>
    <message>
        <source>Producer: %1</source>
        <translation>Producer: %1</translation>
    </message>
    <message numerus="yes">
        <source>Orders open %n day(s) before at %1</source>
        <translation>
            <numerusform>Orders open %n day before at %1</numerusform>
            <numerusform>Orders open %n days before at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, close %n hour(s) before the distribution.</source>
        <translation>
            <numerusform>, close %n hour before the distribution.</numerusform>
            <numerusform>, close %n hours before the distribution.</numerusform>
        </translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>Products: %1</translation>
    </message>
    <message>
        <source> per kg</source>
        <translation> per kg</translation>
    </message>
    <message>
        <source>Price including VAT in euros, e.g. 3,50 or 3.50 (required); per kilogram for a product priced by weight.</source>
        <translation>Price including VAT in euros, e.g. 3,50 or 3.50 (required); per kilogram for a product priced by weight.</translation>
    </message>
    <message>
        <source>Reference, unique in the catalogue.</source>
        <translation>Reference, unique in the catalogue.</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>Description.</translation>
    </message>
    <message>
        <source>piece (the default), kg, g, l, cl or ml.</source>
        <translation>piece (the default), kg, g, l, cl or ml.</translation>
    </message>
    <message>
        <source>Content of one unit in that unit, e.g. 500 for a 500 g jar.</source>
        <translation>Content of one unit in that unit, e.g. 500 for a 500 g jar.</translation>
    </message>
    <message>
        <source>VAT rate in percent: 5.5 (the default), 10, 20…</source>
        <translation>VAT rate in percent: 5.5 (the default), 10, 20…</translation>
    </message>
    <message>
        <source>Priced by weight (“prix variable”): the amount follows the weighed quantity; ordered by weight unless --piece-weight is given.</source>
        <translation>Priced by weight (“prix variable”): the amount follows the weighed quantity; ordered by weight unless --piece-weight is given.</translation>
    </message>
    <message>
        <source>For a product priced by weight, ordered by the piece: its estimated weight in grams.</source>
        <translation>For a product priced by weight, ordered by the piece: its estimated weight in grams.</translation>
    </message>
    <message>
        <source>Organic.</source>
        <translation>Organic.</translation>
    </message>
    <message>
        <source>Sold in bulk.</source>
        <translation>Sold in bulk.</translation>
    </message>
    <message>
        <source>Not offered at new distributions for now.</source>
        <translation>Not offered at new distributions for now.</translation>
    </message>
    <message>
        <source>Name the catalogue with --catalogue.</source>
        <translation>Name the catalogue with --catalogue.</translation>
    </message>
    <message>
        <source>Name the product with --name.</source>
        <translation>Name the product with --name.</translation>
    </message>
    <message>
        <source>Give the price with --price, e.g. --price 3,50.</source>
        <translation>Give the price with --price, e.g. --price 3,50.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros (e.g. 3,50).</source>
        <translation>“%1” is not an amount in euros (e.g. 3,50).</translation>
    </message>
    <message>
        <source>“%1” is not a unit: piece, kg, g, l, cl or ml.</source>
        <translation>“%1” is not a unit: piece, kg, g, l, cl or ml.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity (e.g. 500 or 0,75).</source>
        <translation>“%1” is not a quantity (e.g. 500 or 0,75).</translation>
    </message>
    <message>
        <source>“%1” is not a VAT rate (e.g. 5.5).</source>
        <translation>“%1” is not a VAT rate (e.g. 5.5).</translation>
    </message>
    <message>
        <source>--piece-weight takes a weight in grams.</source>
        <translation>--piece-weight takes a weight in grams.</translation>
    </message>
    <message>
        <source>Include inactive products.</source>
        <translation>Include inactive products.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>Organic</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>Bulk</translation>
    </message>
    <message>
        <source>Shows a product.</source>
        <translation>Shows a product.</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Catalogue: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Price: %1</translation>
    </message>
    <message>
        <source>, VAT %1</source>
        <translation>, VAT %1</translation>
    </message>
    <message>
        <source>Sold: %1</source>
        <translation>Sold: %1</translation>
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
        <source>The catalogue receiving the products (required).</source>
        <translation>The catalogue receiving the products (required).</translation>
    </message>
    <message>
        <source>The catalogue to export (required).</source>
        <translation>The catalogue to export (required).</translation>
    </message>
    <message numerus="yes">
        <source>exported %n product(s)</source>
        <translation>
            <numerusform>exported %n product</numerusform>
            <numerusform>exported %n products</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds a producer. Prints the new producer’s id on the last line.</source>
        <translation>Adds a producer. Prints the new producer’s id on the last line.</translation>
    </message>
    <message>
        <source>The producer’s id (required).</source>
        <translation>The producer’s id (required).</translation>
    </message>
    <message>
        <source>The catalogue’s name (required).</source>
        <translation>The catalogue’s name (required).</translation>
    </message>
    <message>
        <source>Adds a catalogue to a producer, with its default ordering rule. Prints the new catalogue’s id on the last line.</source>
        <translation>Adds a catalogue to a producer, with its default ordering rule. Prints the new catalogue’s id on the last line.</translation>
    </message>
    <message>
        <source>Only this producer’s catalogues.</source>
        <translation>Only this producer’s catalogues.</translation>
    </message>
    <message>
        <source>The catalogue’s id (required).</source>
        <translation>The catalogue’s id (required).</translation>
    </message>
    <message>
        <source>The product’s name (required).</source>
        <translation>The product’s name (required).</translation>
    </message>
    <message>
        <source>Adds a product to a catalogue. Prints the new product’s id on the last line.</source>
        <translation>Adds a product to a catalogue. Prints the new product’s id on the last line.</translation>
    </message>
    <message>
        <source>Lists a catalogue’s products, by name.</source>
        <translation>Lists a catalogue’s products, by name.</translation>
    </message>
    <message>
        <source>Imports products from a CSV file in Cagette’s layout: a header with productName, price, ref, desc, vat, qt, unit, organic, bulk, variablePrice. A row matching a product of the catalogue (same reference, or same name without one) only fills its empty fields; prices are never changed. Prints “created N, matched M, errors K”; rows in error are reported on stderr as “line L: reason”.</source>
        <translation>Imports products from a CSV file in Cagette’s layout: a header with productName, price, ref, desc, vat, qt, unit, organic, bulk, variablePrice. A row matching a product of the catalogue (same reference, or same name without one) only fills its empty fields; prices are never changed. Prints “created N, matched M, errors K”; rows in error are reported on stderr as “line L: reason”.</translation>
    </message>
    <message>
        <source>Writes a catalogue’s products to a CSV file in Cagette’s layout, which Cagette and `product import` read. Prints how many products were written.</source>
        <translation>Writes a catalogue’s products to a CSV file in Cagette’s layout, which Cagette and `product import` read. Prints how many products were written.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>New catalogue</source>
        <translation>New catalogue</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>e.g. Légumes de saison</source>
        <translation>e.g. Légumes de saison</translation>
    </message>
    <message>
        <source> day(s) before</source>
        <translation> day(s) before</translation>
    </message>
    <message>
        <source> hour(s) before</source>
        <translation> hour(s) before</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>Orders &amp;open:</source>
        <translation>Orders &amp;open:</translation>
    </message>
    <message>
        <source>&amp;Producer:</source>
        <translation>&amp;Producer:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Orders &amp;close:</source>
        <translation>Orders &amp;close:</translation>
    </message>
    <message>
        <source>New distributions start from this rule; each distribution’s window can then be changed. Distributions already created keep their windows.</source>
        <translation>New distributions start from this rule; each distribution’s window can then be changed. Distributions already created keep their windows.</translation>
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
    <message>
        <source>A product stays in its catalogue; create it in the other one instead.</source>
        <translation>A product stays in its catalogue; create it in the other one instead.</translation>
    </message>
    <message>
        <source>“%1” was already ordered, so whether it is priced by weight can no longer change; create a new product instead.</source>
        <translation>“%1” was already ordered, so whether it is priced by weight can no longer change; create a new product instead.</translation>
    </message>
    <message>
        <source>Only a coordinator can add a producer to the group.</source>
        <translation>Only a coordinator can add a producer to the group.</translation>
    </message>
    <message>
        <source>Only a coordinator can archive or restore a producer.</source>
        <translation>Only a coordinator can archive or restore a producer.</translation>
    </message>
</context>
<context>
    <name>CatalogueTotalsModel</name>
    <message>
        <source>All catalogues</source>
        <translation>All catalogues</translation>
    </message>
    <message>
        <source>closed since %1</source>
        <translation>closed since %1</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>closes %1</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Ordering</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Validated amount</source>
        <translation>Validated amount</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>In progress amount</source>
        <translation>In progress amount</translation>
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
    <message>
        <source>New p&amp;roducer…</source>
        <translation>New p&amp;roducer…</translation>
    </message>
    <message>
        <source>New &amp;catalogue…</source>
        <translation>New &amp;catalogue…</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;New product…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <source>Change the product…</source>
        <translation>Change the product…</translation>
    </message>
    <message>
        <source>Take out of &amp;use</source>
        <translation>Take out of &amp;use</translation>
    </message>
    <message>
        <source>&amp;Import products…</source>
        <translation>&amp;Import products…</translation>
    </message>
    <message>
        <source>E&amp;xport products…</source>
        <translation>E&amp;xport products…</translation>
    </message>
    <message>
        <source>Find a product by name or reference…</source>
        <translation>Find a product by name or reference…</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>No producer yet: create one, then their catalogue.</source>
        <translation>No producer yet: create one, then their catalogue.</translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <source>Archived: no longer offered for new distributions.</source>
        <translation>Archived: no longer offered for new distributions.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Orders open %1 before the distribution, at %2, and close %3 before it.</source>
        <translation>Orders open %1 before the distribution, at %2, and close %3 before it.</translation>
    </message>
    <message>
        <source>Put the product back on &amp;offer</source>
        <translation>Put the product back on &amp;offer</translation>
    </message>
    <message>
        <source>Take the product off &amp;offer</source>
        <translation>Take the product off &amp;offer</translation>
    </message>
    <message>
        <source>Bring the producer &amp;back</source>
        <translation>Bring the producer &amp;back</translation>
    </message>
    <message>
        <source>&amp;Archive the producer</source>
        <translation>&amp;Archive the producer</translation>
    </message>
    <message>
        <source>Make the catalogue &amp;active</source>
        <translation>Make the catalogue &amp;active</translation>
    </message>
    <message>
        <source>Make the catalogue in&amp;active</source>
        <translation>Make the catalogue in&amp;active</translation>
    </message>
    <message>
        <source>C&amp;hange the product…</source>
        <translation>C&amp;hange the product…</translation>
    </message>
    <message>
        <source>C&amp;hange the producer…</source>
        <translation>C&amp;hange the producer…</translation>
    </message>
    <message>
        <source>C&amp;hange the catalogue…</source>
        <translation>C&amp;hange the catalogue…</translation>
    </message>
    <message>
        <source>Producer created; now create their catalogue.</source>
        <translation>Producer created; now create their catalogue.</translation>
    </message>
    <message>
        <source>“%1” is in use again.</source>
        <translation>“%1” is in use again.</translation>
    </message>
    <message>
        <source>“%1” is out of use: no longer offered for new distributions.</source>
        <translation>“%1” is out of use: no longer offered for new distributions.</translation>
    </message>
    <message>
        <source>Import products into “%1”</source>
        <translation>Import products into “%1”</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Import products</translation>
    </message>
    <message>
        <source>Export the products of “%1”</source>
        <translation>Export the products of “%1”</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Export products</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) written to %1, in Cagette’s layout.</source>
        <translation>
            <numerusform>%n product written to %1, in Cagette’s layout.</numerusform>
            <numerusform>%n products written to %1, in Cagette’s layout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w archived and inactive</source>
        <translation>Sho&amp;w archived and inactive</translation>
    </message>
    <message>
        <source>Only a coordinator can add a producer to the group.</source>
        <translation>Only a coordinator can add a producer to the group.</translation>
    </message>
    <message>
        <source>Only a coordinator can archive or restore a producer.</source>
        <translation>Only a coordinator can archive or restore a producer.</translation>
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
        <source>Commands:</source>
        <translation>Commands:</translation>
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
    <message>
        <source>Comptoir’s data without the window: members, catalogues, distributions, orders, summaries and sync.</source>
        <translation>Comptoir’s data without the window: members, catalogues, distributions, orders, summaries and sync.</translation>
    </message>
    <message>
        <source>the name of the person acting, recorded in the audit trail</source>
        <translation>the name of the person acting, recorded in the audit trail</translation>
    </message>
    <message>
        <source>“comptoir-cli COMMAND --help” shows the options of a command.</source>
        <translation>“comptoir-cli COMMAND --help” shows the options of a command.</translation>
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
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A label and its value on one line of the command-line tool&apos;s output, e.g. &quot;Phone: 06 12 34 56 78&quot;.</extracomment>
        <translation>%1: %2</translation>
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
    <message>
        <source>add a pick-up place</source>
        <translation>add a pick-up place</translation>
    </message>
    <message>
        <source>list the pick-up places</source>
        <translation>list the pick-up places</translation>
    </message>
    <message>
        <source>show a pick-up place</source>
        <translation>show a pick-up place</translation>
    </message>
    <message>
        <source>archive a place (or bring it back with --restore)</source>
        <translation>archive a place (or bring it back with --restore)</translation>
    </message>
    <message>
        <source>add a distribution, once or every N weeks until a date</source>
        <translation>add a distribution, once or every N weeks until a date</translation>
    </message>
    <message>
        <source>list the distributions with their status, orders and amounts</source>
        <translation>list the distributions with their status, orders and amounts</translation>
    </message>
    <message>
        <source>show a distribution, its ordering windows and its offer</source>
        <translation>show a distribution, its ordering windows and its offer</translation>
    </message>
    <message>
        <source>cancel a distribution</source>
        <translation>cancel a distribution</translation>
    </message>
    <message>
        <source>reinstate a cancelled distribution</source>
        <translation>reinstate a cancelled distribution</translation>
    </message>
    <message>
        <source>mark a distribution as handed out (or not, with --undo)</source>
        <translation>mark a distribution as handed out (or not, with --undo)</translation>
    </message>
    <message>
        <source>add a producer</source>
        <translation>add a producer</translation>
    </message>
    <message>
        <source>list the producers</source>
        <translation>list the producers</translation>
    </message>
    <message>
        <source>show a producer and their catalogues</source>
        <translation>show a producer and their catalogues</translation>
    </message>
    <message>
        <source>list the catalogues</source>
        <translation>list the catalogues</translation>
    </message>
    <message>
        <source>show a catalogue and its products</source>
        <translation>show a catalogue and its products</translation>
    </message>
    <message>
        <source>add a product to a catalogue</source>
        <translation>add a product to a catalogue</translation>
    </message>
    <message>
        <source>show a product</source>
        <translation>show a product</translation>
    </message>
    <message>
        <source>record a new member</source>
        <translation>record a new member</translation>
    </message>
    <message>
        <source>write the member list to a CSV file</source>
        <translation>write the member list to a CSV file</translation>
    </message>
    <message>
        <source>archive a member (or restore one)</source>
        <translation>archive a member (or restore one)</translation>
    </message>
    <message>
        <source>erase a member who has no orders</source>
        <translation>erase a member who has no orders</translation>
    </message>
    <message>
        <source>merge two records of one person (orders move to the kept one)</source>
        <translation>merge two records of one person (orders move to the kept one)</translation>
    </message>
    <message>
        <source>forget a member who asks for it (orders stay, as a former member)</source>
        <translation>forget a member who asks for it (orders stay, as a former member)</translation>
    </message>
    <message>
        <source>show an order with its lines</source>
        <translation>show an order with its lines</translation>
    </message>
    <message>
        <source>validate an order</source>
        <translation>validate an order</translation>
    </message>
    <message>
        <source>cancel an order</source>
        <translation>cancel an order</translation>
    </message>
    <message>
        <source>list the orders of a distribution</source>
        <translation>list the orders of a distribution</translation>
    </message>
    <message>
        <source>set up Comptoir’s schema on a PostgreSQL server</source>
        <translation>set up Comptoir’s schema on a PostgreSQL server</translation>
    </message>
    <message>
        <source>bring the server’s schema up to this version of Comptoir</source>
        <translation>bring the server’s schema up to this version of Comptoir</translation>
    </message>
    <message>
        <source>send this desk’s changes to the server and bring the others’</source>
        <translation>send this desk’s changes to the server and bring the others’</translation>
    </message>
    <message>
        <source>list the values that syncs overwrote or refused</source>
        <translation>list the values that syncs overwrote or refused</translation>
    </message>
    <message>
        <source>change a distribution’s date, hours or place</source>
        <translation>change a distribution’s date, hours or place</translation>
    </message>
    <message>
        <source>add a producer’s catalogue</source>
        <translation>add a producer’s catalogue</translation>
    </message>
    <message>
        <source>list a catalogue’s products</source>
        <translation>list a catalogue’s products</translation>
    </message>
    <message>
        <source>import a catalogue’s products from a CSV file (Cagette’s layout)</source>
        <translation>import a catalogue’s products from a CSV file (Cagette’s layout)</translation>
    </message>
    <message>
        <source>export a catalogue’s products to a CSV file (Cagette’s layout)</source>
        <translation>export a catalogue’s products to a CSV file (Cagette’s layout)</translation>
    </message>
    <message>
        <source>show a member’s record</source>
        <translation>show a member’s record</translation>
    </message>
    <message>
        <source>import members from a CSV file (Cagette’s layout or named columns)</source>
        <translation>import members from a CSV file (Cagette’s layout or named columns)</translation>
    </message>
    <message>
        <source>enter or complete a member’s order</source>
        <translation>enter or complete a member’s order</translation>
    </message>
</context>
<context>
    <name>CsvImportText</name>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>The import was stopped; nothing was written.</translation>
    </message>
    <message>
        <source>The row cannot be read: %1.</source>
        <translation>The row cannot be read: %1.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>a quoted field is never closed</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>The file “%1” cannot be read: %2</translation>
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
    <message>
        <source>Online shop (no account)</source>
        <translation>Online shop (no account)</translation>
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
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionDayPanel</name>
    <message>
        <source>No distribution on this day.</source>
        <translation>No distribution on this day.</translation>
    </message>
    <message numerus="yes">
        <source>Validated: %n order(s), %1</source>
        <translation>
            <numerusform>Validated: %n order, %1</numerusform>
            <numerusform>Validated: %n orders, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n anonymous cart(s)</source>
        <translation>
            <numerusform> and %n anonymous cart</numerusform>
            <numerusform> and %n anonymous carts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In progress: %n order(s)%1, %2</source>
        <translation>
            <numerusform>In progress: %n order%1, %2</numerusform>
            <numerusform>In progress: %n orders%1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No catalogue takes part yet.</source>
        <translation>No catalogue takes part yet.</translation>
    </message>
    <message>
        <source>Ordering windows</source>
        <translation>Ordering windows</translation>
    </message>
    <message>
        <source>not yet open</source>
        <translation>not yet open</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>None of your catalogues takes part.</source>
        <translation>None of your catalogues takes part.</translation>
    </message>
</context>
<context>
    <name>DistributionDialog</name>
    <message>
        <source>New &amp;place…</source>
        <translation>New &amp;place…</translation>
    </message>
    <message>
        <source>&amp;Repeat every</source>
        <translation>&amp;Repeat every</translation>
    </message>
    <message>
        <source>New distribution</source>
        <translation>New distribution</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> week(s)</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Orders open</source>
        <translation>Orders open</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>Orders close</source>
        <translation>Orders close</translation>
    </message>
    <message>
        <source>Window of the first date</source>
        <translation>Window of the first date</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>Dates to create (untick the ones to skip):</source>
        <translation>Dates to create (untick the ones to skip):</translation>
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
        <translation> days before</translation>
    </message>
    <message>
        <source> h before</source>
        <translation> h before</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n distribution(s)</source>
        <translation>
            <numerusform>&amp;Create %n distribution</numerusform>
            <numerusform>&amp;Create %n distributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n date(s) ticked</source>
        <translation>
            <numerusform>%1 of %n date ticked</numerusform>
            <numerusform>%1 of %n dates ticked</numerusform>
        </translation>
    </message>
    <message>
        <source>Ca&amp;talogues taking part and their ordering windows:</source>
        <translation>Ca&amp;talogues taking part and their ordering windows:</translation>
    </message>
</context>
<context>
    <name>DistributionEditDialog</name>
    <message>
        <source>Change a distribution</source>
        <translation>Change a distribution</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Orders open</source>
        <translation>Orders open</translation>
    </message>
    <message>
        <source>Orders close</source>
        <translation>Orders close</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>&amp;Reset to the catalogues’ rules</source>
        <translation>&amp;Reset to the catalogues’ rules</translation>
    </message>
    <message>
        <source>Ca&amp;talogues taking part, and when each takes orders for this distribution:</source>
        <translation>Ca&amp;talogues taking part, and when each takes orders for this distribution:</translation>
    </message>
    <message>
        <source>Times are on the group’s clock (%1).</source>
        <translation>Times are on the group’s clock (%1).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Move the distribution to %1, %2 at %3?</source>
        <translation>Move the distribution to %1, %2 at %3?</translation>
    </message>
    <message>
        <source>The orders move with the distribution.</source>
        <translation>The orders move with the distribution.</translation>
    </message>
    <message>
        <source>Move a distribution</source>
        <translation>Move a distribution</translation>
    </message>
</context>
<context>
    <name>DistributionImpactQuery</name>
    <message numerus="yes">
        <source>%n order(s) (%1 validated, %2 in progress)</source>
        <translation>
            <numerusform>%n order (%1 validated, %2 in progress)</numerusform>
            <numerusform>%n orders (%1 validated, %2 in progress)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
    <message>
        <source>an anonymised member</source>
        <translation>an anonymised member</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous cart(s)</source>
        <translation>
            <numerusform>%n anonymous cart</numerusform>
            <numerusform>%n anonymous carts</numerusform>
        </translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, and </translation>
    </message>
</context>
<context>
    <name>DistributionPlanRules</name>
    <message>
        <source>A distribution repeats every 1 to 52 weeks.</source>
        <translation>A distribution repeats every 1 to 52 weeks.</translation>
    </message>
    <message>
        <source>Enter the date until which the distribution repeats.</source>
        <translation>Enter the date until which the distribution repeats.</translation>
    </message>
    <message>
        <source>The last date must come after the first one.</source>
        <translation>The last date must come after the first one.</translation>
    </message>
    <message numerus="yes">
        <source>A series holds at most %n distributions; choose an earlier last date.</source>
        <translation>
            <numerusform>A series holds at most %n distributions; choose an earlier last date.</numerusform>
            <numerusform>A series holds at most %n distributions; choose an earlier last date.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each catalogue takes part once.</source>
        <translation>Each catalogue takes part once.</translation>
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
        <source>&amp;Orders of this distribution…</source>
        <translation>&amp;Orders of this distribution…</translation>
    </message>
    <message>
        <source>Take and follow the orders of this distribution (Enter or a double click on its day)</source>
        <translation>Take and follow the orders of this distribution (Enter or a double click on its day)</translation>
    </message>
    <message>
        <source>&amp;New distribution…</source>
        <translation>&amp;New distribution…</translation>
    </message>
    <message>
        <source>&amp;Change date, place, catalogues…</source>
        <translation>&amp;Change date, place, catalogues…</translation>
    </message>
    <message>
        <source>&amp;Mark as handed out</source>
        <translation>&amp;Mark as handed out</translation>
    </message>
    <message>
        <source>Cance&amp;l this distribution…</source>
        <translation>Cance&amp;l this distribution…</translation>
    </message>
    <message>
        <source>&amp;Reinstate this distribution</source>
        <translation>&amp;Reinstate this distribution</translation>
    </message>
    <message>
        <source>&amp;Places…</source>
        <translation>&amp;Places…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message numerus="yes">
        <source>%n distribution(s) created.</source>
        <translation>
            <numerusform>%n distribution created.</numerusform>
            <numerusform>%n distributions created.</numerusform>
        </translation>
    </message>
    <message>
        <source>the distribution of %1 at %2</source>
        <translation>the distribution of %1 at %2</translation>
    </message>
    <message>
        <source>Cancel a distribution</source>
        <translation>Cancel a distribution</translation>
    </message>
    <message>
        <source>Cancel %1?</source>
        <translation>Cancel %1?</translation>
    </message>
    <message>
        <source>The orders stay recorded but nothing will be handed out.</source>
        <translation>The orders stay recorded but nothing will be handed out.</translation>
    </message>
    <message>
        <source>You cancelled %1.</source>
        <translation>You cancelled %1.</translation>
    </message>
    <message>
        <source>Reinstate a distribution</source>
        <translation>Reinstate a distribution</translation>
    </message>
    <message>
        <source>You reinstated %1.</source>
        <translation>You reinstated %1.</translation>
    </message>
    <message>
        <source>Marked as handed out.</source>
        <translation>Marked as handed out.</translation>
    </message>
    <message>
        <source>O&amp;ffer and stock…</source>
        <translation>O&amp;ffer and stock…</translation>
    </message>
    <message>
        <source>Not &amp;handed out after all</source>
        <translation>Not &amp;handed out after all</translation>
    </message>
    <message>
        <source>Only a coordinator can create distributions.</source>
        <translation>Only a coordinator can create distributions.</translation>
    </message>
    <message>
        <source>Only a coordinator can add, change or archive places.</source>
        <translation>Only a coordinator can add, change or archive places.</translation>
    </message>
    <message>
        <source>Only a coordinator can cancel a distribution.</source>
        <translation>Only a coordinator can cancel a distribution.</translation>
    </message>
    <message>
        <source>Only a coordinator can reinstate a distribution.</source>
        <translation>Only a coordinator can reinstate a distribution.</translation>
    </message>
    <message>
        <source>Only a coordinator can mark a distribution as handed out.</source>
        <translation>Only a coordinator can mark a distribution as handed out.</translation>
    </message>
    <message>
        <source>Only a coordinator can change a distribution: its date, place, catalogues and ordering windows.</source>
        <translation>Only a coordinator can change a distribution: its date, place, catalogues and ordering windows.</translation>
    </message>
</context>
<context>
    <name>DomainWords</name>
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
        <comment>distribution</comment>
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
        <source>Cancelled</source>
        <comment>order</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Member, online</source>
        <translation>Member, online</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
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
    <message>
        <source>by weight, per piece (≈ %1 g)</source>
        <translation>by weight, per piece (≈ %1 g)</translation>
    </message>
    <message>
        <source>by weight</source>
        <translation>by weight</translation>
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
        <translation>the same phone number (%1)</translation>
    </message>
    <message>
        <source>the same e-mail address (%1)</source>
        <translation>the same e-mail address (%1)</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>the same name</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>%1 has %2.</source>
        <translation>%1 has %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>This member may already exist:</source>
        <translation>This member may already exist:</translation>
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
        <source>The first person of a new group must be a coordinator.</source>
        <translation>The first person of a new group must be a coordinator.</translation>
    </message>
</context>
<context>
    <name>ImpactText</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>an anonymised member</source>
        <translation>an anonymised member</translation>
    </message>
    <message>
        <source>It has %1.</source>
        <translation>It has %1.</translation>
    </message>
    <message>
        <source>Tell these members:</source>
        <translation>Tell these members:</translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <source>Only say what the import would do; write nothing.</source>
        <translation>Only say what the import would do; write nothing.</translation>
    </message>
    <message>
        <source>Import nothing when a row is in error.</source>
        <translation>Import nothing when a row is in error.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) in error (--strict).</source>
        <translation>
            <numerusform>Nothing was imported: %n row in error (--strict).</numerusform>
            <numerusform>Nothing was imported: %n rows in error (--strict).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Read as %1, separator %2, columns named by the first line.</source>
        <translation>Read as %1, separator %2, columns named by the first line.</translation>
    </message>
    <message>
        <source>Read as %1, separator %2, columns in Cagette’s order (no header line).</source>
        <translation>Read as %1, separator %2, columns in Cagette’s order (no header line).</translation>
    </message>
    <message>
        <source>Columns left out: %1.</source>
        <translation>Columns left out: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; new · &lt;b&gt;%2&lt;/b&gt; %3 · &lt;b&gt;%4&lt;/b&gt; in error</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; new · &lt;b&gt;%2&lt;/b&gt; %3 · &lt;b&gt;%4&lt;/b&gt; in error</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>New (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Errors (%1)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>fill in their empty fields from the file</source>
        <translation>fill in their empty fields from the file</translation>
    </message>
    <message>
        <source>leave them as they are</source>
        <translation>leave them as they are</translation>
    </message>
    <message>
        <source>Import: %1, %2 completed</source>
        <translation>Import: %1, %2 completed</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>Import: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Import done: %1</source>
        <translation>Import done: %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n completed</source>
        <translation>
            <numerusform>, %n completed</numerusform>
            <numerusform>, %n completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) in error left out</source>
        <translation>
            <numerusform>, %n row in error left out</numerusform>
            <numerusform>, %n rows in error left out</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>separator</comment>
        <extracomment>The separator character between quotation marks, as in &quot;separator “;”&quot;.</extracomment>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Left as it is.</source>
        <translation>Left as it is.</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Nothing new.</translation>
    </message>
    <message>
        <source>Fills in: %1.</source>
        <translation>Fills in: %1.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>LargeGroup</name>
    <message>
        <source>The large group needs a new, empty database; nothing was changed.</source>
        <translation>The large group needs a new, empty database; nothing was changed.</translation>
    </message>
    <message>
        <source>The requested size of the large group is not possible.</source>
        <translation>The requested size of the large group is not possible.</translation>
    </message>
</context>
<context>
    <name>LateChangeRepository</name>
    <message>
        <source>No late change has the id “%1”.</source>
        <translation>No late change has the id “%1”.</translation>
    </message>
</context>
<context>
    <name>LateRule</name>
    <message>
        <source>“%1” closed on %2</source>
        <translation>“%1” closed on %2</translation>
    </message>
    <message>
        <source>Ordering is closed: %1. The producer may already have printed their summary; confirm to make the change and record it as a late change.</source>
        <translation>Ordering is closed: %1. The producer may already have printed their summary; confirm to make the change and record it as a late change.</translation>
    </message>
</context>
<context>
    <name>LineEditCommand</name>
    <message>
        <source>add %1</source>
        <translation>add %1</translation>
    </message>
    <message>
        <source>take out %1</source>
        <translation>take out %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>change %1</translation>
    </message>
</context>
<context>
    <name>LineEntry</name>
    <message>
        <source>Add ⏎</source>
        <translation>Add ⏎</translation>
    </message>
    <message>
        <source>Product name or reference</source>
        <translation>Product name or reference</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Product</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>VAT %1</translation>
    </message>
    <message>
        <source>already in the order: Enter replaces the quantity</source>
        <translation>already in the order: Enter replaces the quantity</translation>
    </message>
    <message>
        <source>Type a product’s name or reference first.</source>
        <translation>Type a product’s name or reference first.</translation>
    </message>
    <message>
        <source>No product on offer matches “%1”.</source>
        <translation>No product on offer matches “%1”.</translation>
    </message>
</context>
<context>
    <name>ListFormatOption</name>
    <message>
        <source>Unknown format “%1”: text or csv.</source>
        <translation>Unknown format “%1”: text or csv.</translation>
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
    <message>
        <source>&amp;Orders of a distribution…</source>
        <translation>&amp;Orders of a distribution…</translation>
    </message>
    <message>
        <source>Orders of the chosen c&amp;atalogue…</source>
        <translation>Orders of the chosen c&amp;atalogue…</translation>
    </message>
    <message>
        <source>M&amp;embers</source>
        <translation>M&amp;embers</translation>
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
    <message>
        <source>The first name.</source>
        <translation>The first name.</translation>
    </message>
    <message>
        <source>The last name.</source>
        <translation>The last name.</translation>
    </message>
    <message>
        <source>The phone number (06 12 34 56 78, +33 6…).</source>
        <translation>The phone number (06 12 34 56 78, +33 6…).</translation>
    </message>
    <message>
        <source>The e-mail address (optional).</source>
        <translation>The e-mail address (optional).</translation>
    </message>
    <message>
        <source>The street address.</source>
        <translation>The street address.</translation>
    </message>
    <message>
        <source>The postcode.</source>
        <translation>The postcode.</translation>
    </message>
    <message>
        <source>The town.</source>
        <translation>The town.</translation>
    </message>
    <message>
        <source>Notes about the member.</source>
        <translation>Notes about the member.</translation>
    </message>
    <message>
        <source>Record the member even when they look like someone already recorded (same phone, e-mail or name).</source>
        <translation>Record the member even when they look like someone already recorded (same phone, e-mail or name).</translation>
    </message>
    <message>
        <source>  existing member: %1 (%2)</source>
        <translation>  existing member: %1 (%2)</translation>
    </message>
    <message>
        <source>Add --force to record the new member anyway.</source>
        <translation>Add --force to record the new member anyway.</translation>
    </message>
    <message>
        <source>none (reached by telephone)</source>
        <translation>none (reached by telephone)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>by e-mail</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Second person</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <source>Forgotten at their request; their orders stay in the totals.</source>
        <translation>Forgotten at their request; their orders stay in the totals.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Only members whose name, phone, e-mail or town contains TEXT.</source>
        <translation>Only members whose name, phone, e-mail or town contains TEXT.</translation>
    </message>
    <message>
        <source>Writes the member list to a CSV file, by name; `member import` reads it back. Prints how many members were written.</source>
        <translation>Writes the member list to a CSV file, by name; `member import` reads it back. Prints how many members were written.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: csv or spreadsheet.</source>
        <translation>Unknown format “%1”: csv or spreadsheet.</translation>
    </message>
    <message numerus="yes">
        <source>exported %n member(s)</source>
        <translation>
            <numerusform>exported %n member</numerusform>
            <numerusform>exported %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the member out of the archive instead.</source>
        <translation>Take the member out of the archive instead.</translation>
    </message>
    <message>
        <source>Archives a member: they leave the list, their orders stay. A member with orders is archived, never erased.</source>
        <translation>Archives a member: they leave the list, their orders stay. A member with orders is archived, never erased.</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>Erases a member who has no orders. A member with orders is refused: archive them instead.</source>
        <translation>Erases a member who has no orders. A member with orders is refused: archive them instead.</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>erased</translation>
    </message>
    <message>
        <source>Only say what the merge would do; write nothing.</source>
        <translation>Only say what the merge would do; write nothing.</translation>
    </message>
    <message>
        <source>Merges two records of one person in one transaction: the orders of DUPLICATE move to KEEP (both ordering for one distribution: lines combined, quantities added), the empty fields of KEEP are filled from DUPLICATE, whose other phone and e-mail go to the notes, and DUPLICATE is erased.</source>
        <translation>Merges two records of one person in one transaction: the orders of DUPLICATE move to KEEP (both ordering for one distribution: lines combined, quantities added), the empty fields of KEEP are filled from DUPLICATE, whose other phone and e-mail go to the notes, and DUPLICATE is erased.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) to weigh again</source>
        <translation>
            <numerusform>%n line to weigh again</numerusform>
            <numerusform>%n lines to weigh again</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgets a member who asks for it: name, phones, e-mails, address and notes are removed for good, also from the history of changes. Their orders stay in the totals as a former member. Cannot be undone.</source>
        <translation>Forgets a member who asks for it: name, phones, e-mails, address and notes are removed for good, also from the history of changes. Their orders stay in the totals as a former member. Cannot be undone.</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <source>Send the group’s messages by e-mail (needs --email).</source>
        <translation>Send the group’s messages by e-mail (needs --email).</translation>
    </message>
    <message>
        <source>Records a new member: a name and a phone number or an e-mail address. A member who looks like someone already recorded is refused with exit status 3, naming them, unless --force. Prints the new member’s id on the last line.</source>
        <translation>Records a new member: a name and a phone number or an e-mail address. A member who looks like someone already recorded is refused with exit status 3, naming them, unless --force. Prints the new member’s id on the last line.</translation>
    </message>
    <message>
        <source>Shows a member’s record.</source>
        <translation>Shows a member’s record.</translation>
    </message>
    <message>
        <source>Second person’s phone</source>
        <translation>Second person’s phone</translation>
    </message>
    <message>
        <source>Second person’s e-mail</source>
        <translation>Second person’s e-mail</translation>
    </message>
    <message>
        <source>Imports members from a CSV file: Cagette’s member export (no header: firstName, lastName, email, phone, firstName2, lastName2, email2, phone2, address1, address2, zipCode, city) or a header naming the columns in French or English. Separator (comma, semicolon, tab) and encoding (UTF-8, Windows-1252) are found by looking. A row naming a member already recorded only fills their empty fields. Prints “created N, matched M, errors K”; rows in error are reported on stderr as “line L: reason” and left out, unless --strict refuses the whole file. The import is one transaction.</source>
        <translation>Imports members from a CSV file: Cagette’s member export (no header: firstName, lastName, email, phone, firstName2, lastName2, email2, phone2, address1, address2, zipCode, city) or a header naming the columns in French or English. Separator (comma, semicolon, tab) and encoding (UTF-8, Windows-1252) are found by looking. A row naming a member already recorded only fills their empty fields. Prints “created N, matched M, errors K”; rows in error are reported on stderr as “line L: reason” and left out, unless --strict refuses the whole file. The import is one transaction.</translation>
    </message>
    <message>
        <source>csv: RFC 4180 with the columns of `member list --format csv` (the default); spreadsheet: semicolons, UTF-8 with BOM, headers in the language of the interface, phones written for people (06 12 34 56 78).</source>
        <translation>csv: RFC 4180 with the columns of `member list --format csv` (the default); spreadsheet: semicolons, UTF-8 with BOM, headers in the language of the interface, phones written for people (06 12 34 56 78).</translation>
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
        <translation>optional</translation>
    </message>
    <message>
        <source>Send the group’s messages by e-mail</source>
        <translation>Send the group’s messages by e-mail</translation>
    </message>
    <message>
        <source>building, floor… (optional)</source>
        <translation>building, floor… (optional)</translation>
    </message>
    <message>
        <source>Archived (no longer orders)</source>
        <translation>Archived (no longer orders)</translation>
    </message>
    <message>
        <source>Archived members are hidden from the list unless asked for; their orders stay.</source>
        <translation>Archived members are hidden from the list unless asked for; their orders stay.</translation>
    </message>
    <message>
        <source>Allergies, when to call, who collects…</source>
        <translation>Allergies, when to call, who collects…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Postcode, &amp;town</source>
        <translation>Postcode, &amp;town</translation>
    </message>
    <message>
        <source>Second person on the account (optional)</source>
        <translation>Second person on the account (optional)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
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
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Member &amp;since</source>
        <translation>Member &amp;since</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Save  (Ctrl+S)</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Member: %1</translation>
    </message>
    <message>
        <source>Enter an e-mail address first.</source>
        <translation>Enter an e-mail address first.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>Go back to the form</translation>
    </message>
    <message>
        <source>Already recorded?</source>
        <translation>Already recorded?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes made to this member?</source>
        <translation>Save the changes made to this member?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
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
        <source>Second person’s first name</source>
        <translation>Second person’s first name</translation>
    </message>
    <message>
        <source>Second person’s last name</source>
        <translation>Second person’s last name</translation>
    </message>
    <message>
        <source>Second person’s phone</source>
        <translation>Second person’s phone</translation>
    </message>
    <message>
        <source>Second person’s e-mail</source>
        <translation>Second person’s e-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Address (continued)</source>
        <translation>Address (continued)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
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
        <translation>Member since</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: %2</source>
        <translation>The file “%1” cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>MemberFieldNames</name>
    <message>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>second person’s first name</source>
        <translation>second person’s first name</translation>
    </message>
    <message>
        <source>second person’s last name</source>
        <translation>second person’s last name</translation>
    </message>
    <message>
        <source>second person’s phone</source>
        <translation>second person’s phone</translation>
    </message>
    <message>
        <source>second person’s e-mail</source>
        <translation>second person’s e-mail</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>address (continued)</source>
        <translation>address (continued)</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>town</source>
        <translation>town</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>member since</source>
        <translation>member since</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>notifications</translation>
    </message>
    <message>
        <source>back from the archive</source>
        <translation>back from the archive</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <source>“%1” is not a date (write it 31/12/2025).</source>
        <translation>“%1” is not a date (write it 31/12/2025).</translation>
    </message>
    <message>
        <source>No name.</source>
        <translation>No name.</translation>
    </message>
    <message>
        <source>The same member as line %1.</source>
        <translation>The same member as line %1.</translation>
    </message>
    <message>
        <source>Shares a phone number or an e-mail address with %1.</source>
        <translation>Shares a phone number or an e-mail address with %1.</translation>
    </message>
    <message>
        <source>Archived member.</source>
        <translation>Archived member.</translation>
    </message>
    <message>
        <source>No phone number or e-mail address to reach the member.</source>
        <translation>No phone number or e-mail address to reach the member.</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
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
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Already recorded</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Import members</translation>
    </message>
    <message>
        <source>Import members from “%1”</source>
        <translation>Import members from “%1”</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>already recorded</translation>
    </message>
    <message>
        <source>Rows in error are left out; correct the file and import it again to add them (rows already imported will then be recognised).</source>
        <translation>Rows in error are left out; correct the file and import it again to add them (rows already imported will then be recognised).</translation>
    </message>
    <message>
        <source>Importing the members…</source>
        <translation>Importing the members…</translation>
    </message>
    <message numerus="yes">
        <source>%n new member(s)</source>
        <translation>
            <numerusform>%n new member</numerusform>
            <numerusform>%n new members</numerusform>
        </translation>
    </message>
    <message>
        <source>Members already &amp;recorded:</source>
        <translation>Members already &amp;recorded:</translation>
    </message>
</context>
<context>
    <name>MemberMerge</name>
    <message>
        <source>Other phone: %1</source>
        <translation>Other phone: %1</translation>
    </message>
    <message>
        <source>Other e-mail: %1</source>
        <translation>Other e-mail: %1</translation>
    </message>
    <message>
        <source>Choose two different members to merge.</source>
        <translation>Choose two different members to merge.</translation>
    </message>
    <message>
        <source>An anonymised member cannot be merged.</source>
        <translation>An anonymised member cannot be merged.</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>New member…</source>
        <translation>New member…</translation>
    </message>
    <message>
        <source>Type part of a name, a phone number or an e-mail…</source>
        <translation>Type part of a name, a phone number or an e-mail…</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;Whose order? Type to search; Enter picks; Ctrl+M creates a new member.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;Whose order? Type to search; Enter picks; Ctrl+M creates a new member.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Create the member without leaving the order (Ctrl+M)</source>
        <translation>Create the member without leaving the order (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Member</translation>
    </message>
    <message>
        <source>New member “%1”…</source>
        <translation>New member “%1”…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Change…  Alt+M</source>
        <translation>Change…  Alt+M</translation>
    </message>
    <message>
        <source>Take this order for another member (Alt+M or Shift+Tab to the member field); the lines typed stay</source>
        <translation>Take this order for another member (Alt+M or Shift+Tab to the member field); the lines typed stay</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;Another member? Type to search, Enter picks; Esc keeps %1. The lines typed stay.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;Another member? Type to search, Enter picks; Esc keeps %1. The lines typed stay.&lt;/span&gt;</translation>
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
    <name>MemberService</name>
    <message>
        <source>This member was anonymised at their request; their record cannot be filled in again.</source>
        <translation>This member was anonymised at their request; their record cannot be filled in again.</translation>
    </message>
    <message>
        <source>An anonymised member stays archived.</source>
        <translation>An anonymised member stays archived.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n order(s) and cannot be erased; archive the member instead.</source>
        <translation>
            <numerusform>%1 has %n order and cannot be erased; archive the member instead.</numerusform>
            <numerusform>%1 has %n orders and cannot be erased; archive the member instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>by telephone only</source>
        <translation>by telephone only</translation>
    </message>
    <message>
        <source>Forgotten at their request; their orders still count in the totals.</source>
        <translation>Forgotten at their request; their orders still count in the totals.</translation>
    </message>
    <message>
        <source>No e-mail address: this member is called, never sent messages.</source>
        <translation>No e-mail address: this member is called, never sent messages.</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Show archived members</source>
        <translation>Show archived members</translation>
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
    <message>
        <source>Search for a name, a phone number, an e-mail, a town…</source>
        <translation>Search for a name, a phone number, an e-mail, a town…</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;New member…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation>&amp;Merge the two selected…</translation>
    </message>
    <message>
        <source>&amp;Forget this member (anonymise)…</source>
        <translation>&amp;Forget this member (anonymise)…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Erase…</translation>
    </message>
    <message>
        <source>&amp;Import from a CSV file…</source>
        <translation>&amp;Import from a CSV file…</translation>
    </message>
    <message>
        <source>E&amp;xport the list to CSV…</source>
        <translation>E&amp;xport the list to CSV…</translation>
    </message>
    <message>
        <source>+ New member  Ctrl+N</source>
        <translation>+ New member  Ctrl+N</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Nobody found: Ctrl+N records a new member</source>
        <translation>Nobody found: Ctrl+N records a new member</translation>
    </message>
    <message>
        <source>&amp;Restore (no longer archived)</source>
        <translation>&amp;Restore (no longer archived)</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 was added.</translation>
    </message>
    <message>
        <source>%1 was taken out again.</source>
        <translation>%1 was taken out again.</translation>
    </message>
    <message>
        <source>The changes to %1 were saved.</source>
        <translation>The changes to %1 were saved.</translation>
    </message>
    <message>
        <source>The changes to %1 were undone.</source>
        <translation>The changes to %1 were undone.</translation>
    </message>
    <message>
        <source>This member was forgotten at their request: there is nothing left to open.</source>
        <translation>This member was forgotten at their request: there is nothing left to open.</translation>
    </message>
    <message>
        <source>%1 was archived.</source>
        <translation>%1 was archived.</translation>
    </message>
    <message>
        <source>%1 is no longer archived.</source>
        <translation>%1 is no longer archived.</translation>
    </message>
    <message>
        <source>Erase a member</source>
        <translation>Erase a member</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n order(s): a member with orders is never erased. Archive them instead? They leave the list and their orders stay in the totals.</source>
        <translation>
            <numerusform>%1 has %n order: a member with orders is never erased. Archive them instead? They leave the list and their orders stay in the totals.</numerusform>
            <numerusform>%1 has %n orders: a member with orders is never erased. Archive them instead? They leave the list and their orders stay in the totals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Erase %1 for good? They have no orders.</source>
        <translation>Erase %1 for good? They have no orders.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>%1 was erased.</translation>
    </message>
    <message>
        <source>Forget a member</source>
        <translation>Forget a member</translation>
    </message>
    <message>
        <source>Forget %1? Their name, phone numbers, e-mail addresses, address and notes are removed for good, also from the history of changes. Their past orders stay in the totals as “former member”. This cannot be undone.</source>
        <translation>Forget %1? Their name, phone numbers, e-mail addresses, address and notes are removed for good, also from the history of changes. Their past orders stay in the totals as “former member”. This cannot be undone.</translation>
    </message>
    <message>
        <source>Forget this member</source>
        <translation>Forget this member</translation>
    </message>
    <message>
        <source>The member was forgotten; their orders now show as “former member”.</source>
        <translation>The member was forgotten; their orders now show as “former member”.</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Import members</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Export the member list</source>
        <translation>Export the member list</translation>
    </message>
    <message>
        <source>members.csv</source>
        <translation>members.csv</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>CSV files for spreadsheets (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) written to %1.</source>
        <translation>
            <numerusform>%n member written to %1.</numerusform>
            <numerusform>%n members written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open the member’s record…</source>
        <translation>&amp;Open the member’s record…</translation>
    </message>
</context>
<context>
    <name>MergeMembersDialog</name>
    <message>
        <source>Keep this record (Alt+&amp;1)</source>
        <translation>Keep this record (Alt+&amp;1)</translation>
    </message>
    <message>
        <source>Keep this record (Alt+&amp;2)</source>
        <translation>Keep this record (Alt+&amp;2)</translation>
    </message>
    <message>
        <source>Merge two records of one person</source>
        <translation>Merge two records of one person</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>Phone, e-mail</source>
        <translation>Phone, e-mail</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Second person</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>The orders of the other record move to the one kept, whose empty fields are filled from the other; the other record is then erased.</source>
        <translation>The orders of the other record move to the one kept, whose empty fields are filled from the other; the other record is then erased.</translation>
    </message>
    <message>
        <source>%1 is kept.</source>
        <translation>%1 is kept.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) move to the kept record.</source>
        <translation>
            <numerusform>%n order moves to the kept record.</numerusform>
            <numerusform>%n orders move to the kept record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Both ordered for %n distribution(s): the lines are combined into one order, quantities added up.</source>
        <translation>
            <numerusform>Both ordered for %n distribution: the lines are combined into one order, quantities added up.</numerusform>
            <numerusform>Both ordered for %n distributions: the lines are combined into one order, quantities added up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled order(s) give way to the other record’s.</source>
        <translation>
            <numerusform>%n cancelled order gives way to the other record’s.</numerusform>
            <numerusform>%n cancelled orders give way to the other record’s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will have to be weighed again.</source>
        <translation>
            <numerusform>%n line will have to be weighed again.</numerusform>
            <numerusform>%n lines will have to be weighed again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled in from the other record: %1.</source>
        <translation>Filled in from the other record: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The two records were merged into %1 (%n order(s) moved).</source>
        <translation>
            <numerusform>The two records were merged into %1 (%n order moved).</numerusform>
            <numerusform>The two records were merged into %1 (%n orders moved).</numerusform>
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
    <name>NewMemberPanel</name>
    <message>
        <source>Create the member</source>
        <translation>Create the member</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&lt;b&gt;New member&lt;/b&gt; — a name and a phone or an e-mail; Enter creates, Esc goes back</source>
        <translation>&lt;b&gt;New member&lt;/b&gt; — a name and a phone or an e-mail; Enter creates, Esc goes back</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
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
        <source>&amp;Use this member</source>
        <translation>&amp;Use this member</translation>
    </message>
    <message>
        <source>Create &amp;anyway</source>
        <translation>Create &amp;anyway</translation>
    </message>
    <message>
        <source>Take the order for the member highlighted (Enter on the list, Alt+U)</source>
        <translation>Take the order for the member highlighted (Enter on the list, Alt+U)</translation>
    </message>
    <message>
        <source>A different person (a household sharing a phone…): create the member (Alt+A)</source>
        <translation>A different person (a household sharing a phone…): create the member (Alt+A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This member may already exist.&lt;/b&gt; Use the one recorded, or create the new member anyway:</source>
        <translation>&lt;b&gt;This member may already exist.&lt;/b&gt; Use the one recorded, or create the new member anyway:</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Offer of a distribution</source>
        <translation>Offer of a distribution</translation>
    </message>
    <message>
        <source>Offer of %1 at %2</source>
        <translation>Offer of %1 at %2</translation>
    </message>
    <message>
        <source>Find a product…</source>
        <translation>Find a product…</translation>
    </message>
    <message>
        <source>Untick a product to leave it out of this distribution only. Type a stock to limit it for this distribution; leave it empty for no limit.</source>
        <translation>Untick a product to leave it out of this distribution only. Type a stock to limit it for this distribution; leave it empty for no limit.</translation>
    </message>
</context>
<context>
    <name>OfferService</name>
    <message>
        <source>“%1” is not in a catalogue taking part in this distribution.</source>
        <translation>“%1” is not in a catalogue taking part in this distribution.</translation>
    </message>
</context>
<context>
    <name>OfferTableModel</name>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Stock for this distribution in kilograms; empty for no limit.</source>
        <translation>Stock for this distribution in kilograms; empty for no limit.</translation>
    </message>
    <message>
        <source>Stock for this distribution in pieces; empty for no limit.</source>
        <translation>Stock for this distribution in pieces; empty for no limit.</translation>
    </message>
    <message>
        <source>“%1” is not a weight in kilograms (e.g. 12,5).</source>
        <translation>“%1” is not a weight in kilograms (e.g. 12,5).</translation>
    </message>
    <message>
        <source>“%1” is not a number of pieces.</source>
        <translation>“%1” is not a number of pieces.</translation>
    </message>
    <message>
        <source>On offer</source>
        <translation>On offer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>OrderCommands</name>
    <message>
        <source>The distribution.</source>
        <translation>The distribution.</translation>
    </message>
    <message>
        <source>The member who orders.</source>
        <translation>The member who orders.</translation>
    </message>
    <message>
        <source>Validate the order once entered.</source>
        <translation>Validate the order once entered.</translation>
    </message>
    <message>
        <source>Confirm changes to catalogues whose ordering has closed; they are recorded as late changes. Without it they are refused (exit status 3).</source>
        <translation>Confirm changes to catalogues whose ordering has closed; they are recorded as late changes. Without it they are refused (exit status 3).</translation>
    </message>
    <message>
        <source>Name the distribution with --distribution.</source>
        <translation>Name the distribution with --distribution.</translation>
    </message>
    <message>
        <source>Name the member with --member.</source>
        <translation>Name the member with --member.</translation>
    </message>
    <message>
        <source>Give at least one --line REF=QTY.</source>
        <translation>Give at least one --line REF=QTY.</translation>
    </message>
    <message>
        <source>“%1” is not a line: write --line REF=QTY.</source>
        <translation>“%1” is not a line: write --line REF=QTY.</translation>
    </message>
    <message>
        <source>New order of %1 for %2: %3, %4.</source>
        <translation>New order of %1 for %2: %3, %4.</translation>
    </message>
    <message>
        <source>Order of %1 for %2 completed: %3, %4.</source>
        <translation>Order of %1 for %2 completed: %3, %4.</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validated</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message numerus="yes">
        <source>%n late change(s) recorded.</source>
        <translation>
            <numerusform>%n late change recorded.</numerusform>
            <numerusform>%n late changes recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows an order: who, for which distribution, its status and its lines.</source>
        <translation>Shows an order: who, for which distribution, its status and its lines.</translation>
    </message>
    <message>
        <source>No order has the id “%1”.</source>
        <translation>No order has the id “%1”.</translation>
    </message>
    <message>
        <source>an anonymous cart</source>
        <translation>an anonymous cart</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Member: %1</translation>
    </message>
    <message>
        <source>Distribution: %1, %2</source>
        <translation>Distribution: %1, %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
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
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>  including VAT %1 %: %2</source>
        <translation>  including VAT %1 %: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n late change(s) recorded for this order.</source>
        <translation>
            <numerusform>%n late change recorded for this order.</numerusform>
            <numerusform>%n late changes recorded for this order.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm validating after a catalogue closed; it is recorded as a late change.</source>
        <translation>Confirm validating after a catalogue closed; it is recorded as a late change.</translation>
    </message>
    <message>
        <source>Order %1 validated.</source>
        <translation>Order %1 validated.</translation>
    </message>
    <message>
        <source>Cancels an order. It stays recorded and can be reopened.</source>
        <translation>Cancels an order. It stays recorded and can be reopened.</translation>
    </message>
    <message>
        <source>Confirm cancelling a validated order after a catalogue closed; it is recorded as a late change.</source>
        <translation>Confirm cancelling a validated order after a catalogue closed; it is recorded as a late change.</translation>
    </message>
    <message>
        <source>Order %1 cancelled.</source>
        <translation>Order %1 cancelled.</translation>
    </message>
    <message>
        <source>Only the orders in progress (not validated).</source>
        <translation>Only the orders in progress (not validated).</translation>
    </message>
    <message>
        <source>Lists every order of a distribution, members by name, then the anonymous carts (with no member).</source>
        <translation>Lists every order of a distribution, members by name, then the anonymous carts (with no member).</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>(anonymous cart)</source>
        <translation>(anonymous cart)</translation>
    </message>
    <message>
        <source>(on %1)</source>
        <comment>validated on a date and time</comment>
        <translation>(on %1)</translation>
    </message>
    <message>
        <source>Validates an order: each line’s price is frozen.</source>
        <translation>Validates an order: each line’s price is frozen.</translation>
    </message>
    <message>
        <source>A product and its quantity: REF a product reference or id; QTY pieces, or kilograms with a decimal point or comma for a product priced by weight (“2”, “1.237”, “800 g”, “2 x 1.5” for two pieces of about 1.5 kg). Repeat for each product. A product already in the order gets the new quantity; QTY 0 takes it out of the order (refused when it is not in it).</source>
        <translation>A product and its quantity: REF a product reference or id; QTY pieces, or kilograms with a decimal point or comma for a product priced by weight (“2”, “1.237”, “800 g”, “2 x 1.5” for two pieces of about 1.5 kg). Repeat for each product. A product already in the order gets the new quantity; QTY 0 takes it out of the order (refused when it is not in it).</translation>
    </message>
    <message>
        <source>Enters a member’s order for a distribution, or completes the order they already have there (never a second one); --line REF=0 takes a product out. Prints the order’s id on the last line.</source>
        <translation>Enters a member’s order for a distribution, or completes the order they already have there (never a second one); --line REF=0 takes a product out. Prints the order’s id on the last line.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Same as last time  Ctrl+L</source>
        <translation>Same as last time  Ctrl+L</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Close  Esc</source>
        <translation>Close  Esc</translation>
    </message>
    <message>
        <source>Keep in progress  Ctrl+S</source>
        <translation>Keep in progress  Ctrl+S</translation>
    </message>
    <message>
        <source>Validate the order  Ctrl+Enter</source>
        <translation>Validate the order  Ctrl+Enter</translation>
    </message>
    <message>
        <source>Member created.</source>
        <translation>Member created.</translation>
    </message>
    <message>
        <source>Take the line out</source>
        <translation>Take the line out</translation>
    </message>
    <message>
        <source>Closed since Wed 30 Sep, 17:30</source>
        <translation>Closed since Wed 30 Sep, 17:30</translation>
    </message>
    <message>
        <source>Order — %1</source>
        <translation>Order — %1</translation>
    </message>
    <message>
        <source>new order</source>
        <translation>new order</translation>
    </message>
    <message>
        <source>&lt;b&gt;validated&lt;/b&gt; on %1</source>
        <translation>&lt;b&gt;validated&lt;/b&gt; on %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;cancelled&lt;/b&gt;: saving reopens it</source>
        <translation>&lt;b&gt;cancelled&lt;/b&gt;: saving reopens it</translation>
    </message>
    <message>
        <source>&lt;b&gt;in progress&lt;/b&gt;, last changed %1</source>
        <translation>&lt;b&gt;in progress&lt;/b&gt;, last changed %1</translation>
    </message>
    <message>
        <source>The distribution is not loaded.</source>
        <translation>The distribution is not loaded.</translation>
    </message>
    <message>
        <source>%1 already has an order for this distribution: you are changing it.</source>
        <translation>%1 already has an order for this distribution: you are changing it.</translation>
    </message>
    <message>
        <source>An anonymous cart has no member to take the order for.</source>
        <translation>An anonymous cart has no member to take the order for.</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>%1 taken out (Ctrl+Z puts it back).</source>
        <translation>%1 taken out (Ctrl+Z puts it back).</translation>
    </message>
    <message>
        <source>This member has no validated order at an earlier distribution.</source>
        <translation>This member has no validated order at an earlier distribution.</translation>
    </message>
    <message>
        <source>same as last time</source>
        <translation>same as last time</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) from the order of %1 added, at today’s prices.</source>
        <translation>
            <numerusform>%n product from the order of %1 added, at today’s prices.</numerusform>
            <numerusform>%n products from the order of %1 added, at today’s prices.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not carried over: %1.</source>
        <translation>Not carried over: %1.</translation>
    </message>
    <message>
        <source>Products of closed catalogues were left out.</source>
        <translation>Products of closed catalogues were left out.</translation>
    </message>
    <message>
        <source>Ordering is closed</source>
        <translation>Ordering is closed</translation>
    </message>
    <message>
        <source>Ordering is closed: %1.

The producer may already have printed their summary. Make the change anyway? It will be recorded as a late change, with your name.</source>
        <translation>Ordering is closed: %1.

The producer may already have printed their summary. Make the change anyway? It will be recorded as a late change, with your name.</translation>
    </message>
    <message>
        <source>Nothing changed: ordering is closed for that catalogue.</source>
        <translation>Nothing changed: ordering is closed for that catalogue.</translation>
    </message>
    <message>
        <source>Choose the member first.</source>
        <translation>Choose the member first.</translation>
    </message>
    <message>
        <source>Add at least one product to the order.</source>
        <translation>Add at least one product to the order.</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Save the changes</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Discard the changes</translation>
    </message>
    <message>
        <source>Back to the order</source>
        <translation>Back to the order</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validate</translation>
    </message>
    <message>
        <source>Keep in progress</source>
        <translation>Keep in progress</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>The order is not saved</source>
        <translation>The order is not saved</translation>
    </message>
    <message>
        <source>This validated order has changes that are not saved.</source>
        <translation>This validated order has changes that are not saved.</translation>
    </message>
    <message>
        <source>This order is not validated. Validate it, keep it in progress for later, or discard what was typed?</source>
        <translation>This order is not validated. Validate it, keep it in progress for later, or discard what was typed?</translation>
    </message>
    <message>
        <source>incl. VAT %1: %2</source>
        <translation>incl. VAT %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Undo %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Redo %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Save the changes  Ctrl+Enter</source>
        <translation>Save the changes  Ctrl+Enter</translation>
    </message>
    <message>
        <source>The order of %1 is already saved: it cannot be given to another member. Save or undo the changes to it first, then choose %2.</source>
        <translation>The order of %1 is already saved: it cannot be given to another member. Save or undo the changes to it first, then choose %2.</translation>
    </message>
    <message>
        <source>Now the order of %1; the order of %2 stays as it was.</source>
        <translation>Now the order of %1; the order of %2 stays as it was.</translation>
    </message>
    <message>
        <source>The order is now for %1.</source>
        <translation>The order is now for %1.</translation>
    </message>
    <message>
        <source>%1 already has an order</source>
        <translation>%1 already has an order</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has an order for this distribution (%n line(s), %2). There is only one order per member: add the lines typed to it? A product in both takes the quantity typed.</source>
        <translation>
            <numerusform>%1 already has an order for this distribution (%n line, %2). There is only one order per member: add the lines typed to it? A product in both takes the quantity typed.</numerusform>
            <numerusform>%1 already has an order for this distribution (%n lines, %2). There is only one order per member: add the lines typed to it? A product in both takes the quantity typed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the lines to their order</source>
        <translation>Add the lines to their order</translation>
    </message>
    <message>
        <source>Keep the order for %1</source>
        <translation>Keep the order for %1</translation>
    </message>
    <message>
        <source>The order stays for %1.</source>
        <translation>The order stays for %1.</translation>
    </message>
    <message numerus="yes">
        <source>The order is now for %1; the %n line(s) typed stay.</source>
        <translation>
            <numerusform>The order is now for %1; the line typed stays.</numerusform>
            <numerusform>The order is now for %1; the %n lines typed stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>They already had an order for this distribution: the lines go into it.</source>
        <translation>They already had an order for this distribution: the lines go into it.</translation>
    </message>
    <message numerus="yes">
        <source>Joined to the order they already had (%n product(s) in both: the quantity typed counts).</source>
        <translation>
            <numerusform>Joined to the order they already had (%n product in both: the quantity typed counts).</numerusform>
            <numerusform>Joined to the order they already had (%n products in both: the quantity typed counts).</numerusform>
        </translation>
    </message>
    <message>
        <source>This order is saved and has changes: save or undo them before taking it for a new member.</source>
        <translation>This order is saved and has changes: save or undo them before taking it for a new member.</translation>
    </message>
</context>
<context>
    <name>OrderDisplay</name>
    <message>
        <source>Opens %1</source>
        <translation>Opens %1</translation>
    </message>
    <message>
        <source>Open until %1</source>
        <translation>Open until %1</translation>
    </message>
    <message>
        <source>Closed since %1</source>
        <translation>Closed since %1</translation>
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
        <translation>This product is not offered at this distribution.</translation>
    </message>
    <message>
        <source>“%1” is not on offer at this distribution.</source>
        <translation>“%1” is not on offer at this distribution.</translation>
    </message>
    <message>
        <source>not offered at this distribution</source>
        <translation>not offered at this distribution</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>sold out</translation>
    </message>
    <message>
        <source>only %1 left (%2 last time)</source>
        <translation>only %1 left (%2 last time)</translation>
    </message>
    <message>
        <source>This order is already saved: the member of a saved order cannot be changed.</source>
        <translation>This order is already saved: the member of a saved order cannot be changed.</translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <source>Order for %1</source>
        <translation>Order for %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (since %2)</translation>
    </message>
    <message>
        <source>This distribution is cancelled: its orders cannot change.</source>
        <translation>This distribution is cancelled: its orders cannot change.</translation>
    </message>
    <message numerus="yes">
        <source>%n catalogue(s) open</source>
        <translation>
            <numerusform>%n catalogue open</numerusform>
            <numerusform>%n catalogues open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet open</source>
        <translation>
            <numerusform>%n not yet open</numerusform>
            <numerusform>%n not yet open</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Closed: %1</translation>
    </message>
    <message>
        <source>Producer mode — %1: you see and change only the lines of your own catalogues.</source>
        <translation>Producer mode — %1: you see and change only the lines of your own catalogues.</translation>
    </message>
</context>
<context>
    <name>OrderLineInput</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>The reference “%1” names several products: %2. Give the product’s id.</source>
        <translation>The reference “%1” names several products: %2. Give the product’s id.</translation>
    </message>
    <message>
        <source>No product has the reference or id “%1”.</source>
        <translation>No product has the reference or id “%1”.</translation>
    </message>
    <message>
        <source>“%1” belongs to another producer’s catalogue: a producer orders only from their own.</source>
        <translation>“%1” belongs to another producer’s catalogue: a producer orders only from their own.</translation>
    </message>
    <message>
        <source>“%1” is not offered at this distribution.</source>
        <translation>“%1” is not offered at this distribution.</translation>
    </message>
    <message>
        <source>“%1” is not a line: write REF=QTY.</source>
        <translation>“%1” is not a line: write REF=QTY.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <name>OrderLinesModel</name>
    <message>
        <source>Type a new quantity (%1) and press Enter.</source>
        <translation>Type a new quantity (%1) and press Enter.</translation>
    </message>
    <message>
        <source>An estimate until the product is weighed on the day.</source>
        <translation>An estimate until the product is weighed on the day.</translation>
    </message>
    <message>
        <source>Ordering for this catalogue has closed: changes are recorded as late changes.</source>
        <translation>Ordering for this catalogue has closed: changes are recorded as late changes.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Catalogue · ordering</source>
        <translation>Catalogue · ordering</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed after its catalogue closed: the producer’s summary may need it.</source>
        <translation>Changed after its catalogue closed: the producer’s summary may need it.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
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
    <name>OrdersView</name>
    <message>
        <source>+ New order  Ctrl+N</source>
        <translation>+ New order  Ctrl+N</translation>
    </message>
    <message>
        <source>Open  ⏎</source>
        <translation>Open  ⏎</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validate</translation>
    </message>
    <message>
        <source>Cancel the order…</source>
        <translation>Cancel the order…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Find a member…</source>
        <translation>Find a member…</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>&amp;Distribution</translation>
    </message>
    <message>
        <source>Totals per catalogue</source>
        <translation>Totals per catalogue</translation>
    </message>
    <message>
        <source>No distribution to show</source>
        <translation>No distribution to show</translation>
    </message>
    <message>
        <source>Orders for %1</source>
        <translation>Orders for %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>producer mode: your catalogues only</source>
        <translation>producer mode: your catalogues only</translation>
    </message>
    <message>
        <source>Orders — %1</source>
        <translation>Orders — %1</translation>
    </message>
    <message>
        <source>All my catalogues</source>
        <translation>All my catalogues</translation>
    </message>
    <message>
        <source>Every catalogue</source>
        <translation>Every catalogue</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s): %1 validated, %2 in progress.</source>
        <translation>
            <numerusform>%n order: %1 validated, %2 in progress.</numerusform>
            <numerusform>%n orders: %1 validated, %2 in progress.</numerusform>
        </translation>
    </message>
    <message>
        <source>No anonymous cart.</source>
        <translation>No anonymous cart.</translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous cart(s), %1 — started without an account: the people are unknown.</source>
        <translation>
            <numerusform>%n anonymous cart, %1 — started without an account: the people are unknown.</numerusform>
            <numerusform>%n anonymous carts, %1 — started without an account: the people are unknown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ordering is closed</source>
        <translation>Ordering is closed</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Cancel the order</translation>
    </message>
    <message>
        <source>Cancel the order of %1 (%2)? It stays recorded and can be reopened.</source>
        <translation>Cancel the order of %1 (%2)? It stays recorded and can be reopened.</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>New place</source>
        <translation>New place</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>e.g. Salle Paul-Garcin</source>
        <translation>e.g. Salle Paul-Garcin</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>&amp;Town:</translation>
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
    <name>PlacesDialog</name>
    <message>
        <source>Show &amp;archived places</source>
        <translation>Show &amp;archived places</translation>
    </message>
    <message>
        <source>&amp;New place…</source>
        <translation>&amp;New place…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchive</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <source>B&amp;ring back</source>
        <translation>B&amp;ring back</translation>
    </message>
    <message>
        <source>“%1” is archived: no longer offered for new distributions; its distributions stay as they are.</source>
        <translation>“%1” is archived: no longer offered for new distributions; its distributions stay as they are.</translation>
    </message>
    <message>
        <source>“%1” is offered again.</source>
        <translation>“%1” is offered again.</translation>
    </message>
</context>
<context>
    <name>ProducerDialog</name>
    <message>
        <source>&amp;Prices include VAT</source>
        <translation>&amp;Prices include VAT</translation>
    </message>
    <message>
        <source>VAT-&amp;exempt: “TVA non applicable, art. 293 B du CGI”</source>
        <translation>VAT-&amp;exempt: “TVA non applicable, art. 293 B du CGI”</translation>
    </message>
    <message>
        <source>New producer</source>
        <translation>New producer</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>The farm or business, e.g. Ferme des Saules</source>
        <translation>The farm or business, e.g. Ferme des Saules</translation>
    </message>
    <message>
        <source>e.g. 06 12 34 56 78</source>
        <translation>e.g. 06 12 34 56 78</translation>
    </message>
    <message>
        <source>14 digits, optional</source>
        <translation>14 digits, optional</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;SIRET:</source>
        <translation>&amp;SIRET:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>VAT:</translation>
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
    <name>ProductDialog</name>
    <message>
        <source>Priced by &amp;weight (“prix variable”): the amount follows the weighed quantity</source>
        <translation>Priced by &amp;weight (“prix variable”): the amount follows the weighed quantity</translation>
    </message>
    <message>
        <source>ordered by the p&amp;iece, about</source>
        <translation>ordered by the p&amp;iece, about</translation>
    </message>
    <message>
        <source>O&amp;rganic</source>
        <translation>O&amp;rganic</translation>
    </message>
    <message>
        <source>&amp;Bulk</source>
        <translation>&amp;Bulk</translation>
    </message>
    <message>
        <source>A&amp;ctive: offered at new distributions</source>
        <translation>A&amp;ctive: offered at new distributions</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>e.g. 3,50</source>
        <translation>e.g. 3,50</translation>
    </message>
    <message>
        <source>Another rate…</source>
        <translation>Another rate…</translation>
    </message>
    <message>
        <source> g each</source>
        <translation> g each</translation>
    </message>
    <message>
        <source>e.g. 500</source>
        <translation>e.g. 500</translation>
    </message>
    <message>
        <source>&amp;VAT:</source>
        <translation>&amp;VAT:</translation>
    </message>
    <message>
        <source>&amp;Price incl. VAT:</source>
        <translation>&amp;Price incl. VAT:</translation>
    </message>
    <message>
        <source>C&amp;ontent per unit:</source>
        <translation>C&amp;ontent per unit:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>R&amp;eference:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>A new price applies to orders in progress; validated orders keep the price they were validated at.</source>
        <translation>A new price applies to orders in progress; validated orders keep the price they were validated at.</translation>
    </message>
    <message>
        <source>€ per kg</source>
        <translation>€ per kg</translation>
    </message>
    <message>
        <source>€ per %1</source>
        <translation>€ per %1</translation>
    </message>
    <message>
        <source>Enter the price including VAT, e.g. 3,50.</source>
        <translation>Enter the price including VAT, e.g. 3,50.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros (e.g. 3,50).</source>
        <translation>“%1” is not an amount in euros (e.g. 3,50).</translation>
    </message>
    <message>
        <source>“%1” is not a quantity (e.g. 500, or 0,75 for 75 cl in litres).</source>
        <translation>“%1” is not a quantity (e.g. 500, or 0,75 for 75 cl in litres).</translation>
    </message>
    <message>
        <source>ordered by wei&amp;ght</source>
        <translation>ordered by wei&amp;ght</translation>
    </message>
</context>
<context>
    <name>ProductExport</name>
    <message>
        <source>The file “%1” cannot be written: %2</source>
        <translation>The file “%1” cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>ProductImport</name>
    <message>
        <source>No product name.</source>
        <translation>No product name.</translation>
    </message>
    <message>
        <source>No price.</source>
        <translation>No price.</translation>
    </message>
    <message>
        <source>“%1” is not a price (write it 3.50 or 3,50).</source>
        <translation>“%1” is not a price (write it 3.50 or 3,50).</translation>
    </message>
    <message>
        <source>“%1” is not a VAT rate (write it 5.5 for 5.5 %).</source>
        <translation>“%1” is not a VAT rate (write it 5.5 for 5.5 %).</translation>
    </message>
    <message>
        <source>“%1” is not a quantity (write it 0.5 or 500).</source>
        <translation>“%1” is not a quantity (write it 0.5 or 500).</translation>
    </message>
    <message>
        <source>A product with a variable price is sold by weight: its unit must be g or kg, not “%1”.</source>
        <translation>A product with a variable price is sold by weight: its unit must be g or kg, not “%1”.</translation>
    </message>
    <message>
        <source>The same product as line %1.</source>
        <translation>The same product as line %1.</translation>
    </message>
    <message>
        <source>The file’s price (%1) is not the catalogue’s (%2); an import never changes a price.</source>
        <translation>The file’s price (%1) is not the catalogue’s (%2); an import never changes a price.</translation>
    </message>
    <message>
        <source>Inactive product.</source>
        <translation>Inactive product.</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <source>reference</source>
        <translation>reference</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>content per unit</source>
        <translation>content per unit</translation>
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
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Already there</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Import products</translation>
    </message>
    <message>
        <source>Import products into “%1” from “%2”</source>
        <translation>Import products into “%1” from “%2”</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>already there</translation>
    </message>
    <message>
        <source>Prices of products already there are never changed by an import. Rows in error are left out; correct the file and import it again to add them.</source>
        <translation>Prices of products already there are never changed by an import. Rows in error are left out; correct the file and import it again to add them.</translation>
    </message>
    <message>
        <source>Importing the products…</source>
        <translation>Importing the products…</translation>
    </message>
    <message numerus="yes">
        <source>%n new product(s)</source>
        <translation>
            <numerusform>%n new product</numerusform>
            <numerusform>%n new products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductOfferRepository</name>
    <message>
        <source>No product offer has the id “%1”.</source>
        <translation>No product offer has the id “%1”.</translation>
    </message>
</context>
<context>
    <name>ProductOfferRules</name>
    <message>
        <source>The stock of “%1” must be zero or more.</source>
        <translation>The stock of “%1” must be zero or more.</translation>
    </message>
    <message>
        <source>A stock of %1 for “%2” is not plausible.</source>
        <translation>A stock of %1 for “%2” is not plausible.</translation>
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
        <source>The content per unit is not plausible.</source>
        <translation>The content per unit is not plausible.</translation>
    </message>
    <message>
        <source>Only a product priced by weight can have an estimated weight per piece.</source>
        <translation>Only a product priced by weight can have an estimated weight per piece.</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
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
        <source>Price incl. VAT</source>
        <translation>Price incl. VAT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>Sold by</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>Puller</name>
    <message>
        <source>The server sent rows of “%1” whose parents cannot be found.</source>
        <translation>The server sent rows of “%1” whose parents cannot be found.</translation>
    </message>
</context>
<context>
    <name>Pusher</name>
    <message>
        <source>The server %1 holds another group; a desk syncs with the server of its own group only. Nothing was sent.</source>
        <translation>The server %1 holds another group; a desk syncs with the server of its own group only. Nothing was sent.</translation>
    </message>
</context>
<context>
    <name>QuantityText</name>
    <message>
        <source>Type a quantity.</source>
        <translation>Type a quantity.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>The quantity must be more than zero.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity for “%2” (%3).</source>
        <translation>“%1” is not a quantity for “%2” (%3).</translation>
    </message>
    <message>
        <source>“%1” is sold by the piece: type a whole number.</source>
        <translation>“%1” is sold by the piece: type a whole number.</translation>
    </message>
    <message>
        <source>The estimated weight must be more than zero.</source>
        <translation>The estimated weight must be more than zero.</translation>
    </message>
    <message>
        <source>%1 of “%2” is not plausible (at most one tonne).</source>
        <translation>%1 of “%2” is not plausible (at most one tonne).</translation>
    </message>
    <message>
        <source>An estimated weight of %1 is not plausible.</source>
        <translation>An estimated weight of %1 is not plausible.</translation>
    </message>
    <message>
        <source>%1 (≈ %2)</source>
        <translation>%1 (≈ %2)</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>pieces</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>pieces (≈ %1 each)</source>
        <translation>pieces (≈ %1 each)</translation>
    </message>
    <message>
        <source>A quantity of %1 pieces of “%2” is not plausible.</source>
        <translation>A quantity of %1 pieces of “%2” is not plausible.</translation>
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
    <name>ServerAddress</name>
    <message>
        <source>No server address was given; expected %1.</source>
        <translation>No server address was given; expected %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address; expected %2.</source>
        <translation>“%1” is not a valid server address; expected %2.</translation>
    </message>
    <message>
        <source>The server address must start with “postgresql://” (%1).</source>
        <translation>The server address must start with “postgresql://” (%1).</translation>
    </message>
    <message>
        <source>The server address holds a password; passwords are never given on the command line. Put it in ~/.pgpass, a PostgreSQL service file or PGPASSWORD.</source>
        <translation>The server address holds a password; passwords are never given on the command line. Put it in ~/.pgpass, a PostgreSQL service file or PGPASSWORD.</translation>
    </message>
    <message>
        <source>The port of “%1” is not valid.</source>
        <translation>The port of “%1” is not valid.</translation>
    </message>
    <message>
        <source>“%1” names no single database; expected %2.</source>
        <translation>“%1” names no single database; expected %2.</translation>
    </message>
    <message>
        <source>The option “%1” of the server address has an unusable value.</source>
        <translation>The option “%1” of the server address has an unusable value.</translation>
    </message>
    <message>
        <source>The server address has an unknown option “%1”.</source>
        <translation>The server address has an unknown option “%1”.</translation>
    </message>
    <message>
        <source>The server address names no host; expected %1.</source>
        <translation>The server address names no host; expected %1.</translation>
    </message>
    <message>
        <source>The server address names no database; expected %1.</source>
        <translation>The server address names no database; expected %1.</translation>
    </message>
</context>
<context>
    <name>ServerCommands</name>
    <message>
        <source>Creates Comptoir’s tables, revision triggers and sync functions on an empty PostgreSQL database. The password comes from PGPASSWORD, ~/.pgpass or a service file, never from the command line.</source>
        <translation>Creates Comptoir’s tables, revision triggers and sync functions on an empty PostgreSQL database. The password comes from PGPASSWORD, ~/.pgpass or a service file, never from the command line.</translation>
    </message>
    <message>
        <source>Comptoir’s schema (version %1) is set up on %2.</source>
        <translation>Comptoir’s schema (version %1) is set up on %2.</translation>
    </message>
    <message>
        <source>Applies the schema updates the server lacks, all in one transaction. A server set up by a newer Comptoir is left untouched.</source>
        <translation>Applies the schema updates the server lacks, all in one transaction. A server set up by a newer Comptoir is left untouched.</translation>
    </message>
    <message>
        <source>The server %1 is up to date (schema %2).</source>
        <translation>The server %1 is up to date (schema %2).</translation>
    </message>
    <message>
        <source>The server %1 went from schema %2 to %3.</source>
        <translation>The server %1 went from schema %2 to %3.</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>The server %1 cannot be reached (no socket folder “%2”).</source>
        <translation>The server %1 cannot be reached (no socket folder “%2”).</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2); the desk keeps working offline.</source>
        <translation>The server %1 cannot be reached (%2); the desk keeps working offline.</translation>
    </message>
    <message>
        <source>Qt’s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Qt’s PostgreSQL driver (QPSQL) is not installed.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached; the desk keeps working offline.</source>
        <translation>The server %1 cannot be reached; the desk keeps working offline.</translation>
    </message>
    <message>
        <source>The server %1 wants a password that was not found or not accepted: put it in ~/.pgpass, a PostgreSQL service file or PGPASSWORD (never on the command line).</source>
        <translation>The server %1 wants a password that was not found or not accepted: put it in ~/.pgpass, a PostgreSQL service file or PGPASSWORD (never on the command line).</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>The server %1 refused the connection.</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost; nothing is lost on this desk, the next sync carries on.</source>
        <translation>The connection to the server %1 was lost; nothing is lost on this desk, the next sync carries on.</translation>
    </message>
    <message>
        <source>The server refused an operation of the sync.</source>
        <translation>The server refused an operation of the sync.</translation>
    </message>
    <message>
        <source>The server refused a schema update.</source>
        <translation>The server refused a schema update.</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>The server %1 was set up by a newer version of Comptoir (server schema %2, this program knows up to %3). Install the newer Comptoir on this desk; the server was left untouched.</source>
        <translation>The server %1 was set up by a newer version of Comptoir (server schema %2, this program knows up to %3). Install the newer Comptoir on this desk; the server was left untouched.</translation>
    </message>
    <message>
        <source>The server %1 is set up for Comptoir already (server schema %2); nothing was changed. “comptoir-cli server upgrade” brings it up to date.</source>
        <translation>The server %1 is set up for Comptoir already (server schema %2); nothing was changed. “comptoir-cli server upgrade” brings it up to date.</translation>
    </message>
    <message>
        <source>The server %1 is not set up for Comptoir yet; run “comptoir-cli server init” first.</source>
        <translation>The server %1 is not set up for Comptoir yet; run “comptoir-cli server init” first.</translation>
    </message>
    <message>
        <source>Another desk changed the server’s schema meanwhile; run the command again.</source>
        <translation>Another desk changed the server’s schema meanwhile; run the command again.</translation>
    </message>
    <message>
        <source>The server schema update %1 cannot be read.</source>
        <translation>The server schema update %1 cannot be read.</translation>
    </message>
    <message>
        <source>The server schema update %1 failed; the server was left as it was.</source>
        <translation>The server schema update %1 failed; the server was left as it was.</translation>
    </message>
    <message>
        <source>The server %1 is not set up for Comptoir yet; run “comptoir-cli server init --url …” once.</source>
        <translation>The server %1 is not set up for Comptoir yet; run “comptoir-cli server init --url …” once.</translation>
    </message>
    <message>
        <source>The server %1 has an older schema (%2, this program needs %3); run “comptoir-cli server upgrade --url …” first.</source>
        <translation>The server %1 has an older schema (%2, this program needs %3); run “comptoir-cli server upgrade --url …” first.</translation>
    </message>
    <message>
        <source>The server %1 has no column “%2.%3”, which this version of Comptoir replicates. The server schema lacks a migration; nothing was synced.</source>
        <translation>The server %1 has no column “%2.%3”, which this version of Comptoir replicates. The server schema lacks a migration; nothing was synced.</translation>
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
        <source>--seed takes a whole number, not “%1”.</source>
        <translation>--seed takes a whole number, not “%1”.</translation>
    </message>
    <message>
        <source>Created the demo market “%1” in %2.</source>
        <translation>Created the demo market “%1” in %2.</translation>
    </message>
    <message>
        <source>The first coordinator’s name (default: --user, or “Coordinator”).</source>
        <translation>The first coordinator’s name (default: --user, or “Coordinator”).</translation>
    </message>
    <message>
        <source>Random seed: the same seed and --now give the same demo market (default 1).</source>
        <translation>Random seed: the same seed and --now give the same demo market (default 1).</translation>
    </message>
    <message>
        <source>A large market for benchmarks instead: 3,000 members, 40 producers, 1,500 products, two years of weekly distributions (about 190,000 order lines).</source>
        <translation>A large market for benchmarks instead: 3,000 members, 40 producers, 1,500 products, two years of weekly distributions (about 190,000 order lines).</translation>
    </message>
    <message>
        <source>Creates the demo market in a new database (without --database: the demo’s own file, never your real one). Dates follow the clock (--now).</source>
        <translation>Creates the demo market in a new database (without --database: the demo’s own file, never your real one). Dates follow the clock (--now).</translation>
    </message>
</context>
<context>
    <name>StockRefusal</name>
    <message>
        <source>“%1” is sold out for this distribution.</source>
        <translation>“%1” is sold out for this distribution.</translation>
    </message>
    <message>
        <source>Only %1 of “%2” left for this distribution.</source>
        <translation>Only %1 of “%2” left for this distribution.</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>The server: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>The server: postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The server is missing: --url postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>The server is missing: --url postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Sends this desk’s changes to the shared server, then brings the changes of the other desks. A new, empty database joins the server’s group. The password comes from PGPASSWORD, ~/.pgpass or a service file, never from the command line. Exit status 4: the server cannot be reached.</source>
        <translation>Sends this desk’s changes to the shared server, then brings the changes of the other desks. A new, empty database joins the server’s group. The password comes from PGPASSWORD, ~/.pgpass or a service file, never from the command line. Exit status 4: the server cannot be reached.</translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, conflicts %3</source>
        <translation>pushed %1, pulled %2, conflicts %3</translation>
    </message>
    <message>
        <source>Lists every value a sync overwrote or refused, oldest first: the field, the value kept and the value lost, who wrote each, and the rule applied (later_arrival, state_rule, merged_duplicate).</source>
        <translation>Lists every value a sync overwrote or refused, oldest first: the field, the value kept and the value lost, who wrote each, and the rule applied (later_arrival, state_rule, merged_duplicate).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Kept from</translation>
    </message>
    <message>
        <source>Lost from</source>
        <translation>Lost from</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>The folder “%1” cannot be created.</translation>
    </message>
    <message>
        <source>The lock file “%1” cannot be written.</source>
        <translation>The lock file “%1” cannot be written.</translation>
    </message>
    <message>
        <source>Another sync of “%1” is running (process %2); this one did nothing.</source>
        <translation>Another sync of “%1” is running (process %2); this one did nothing.</translation>
    </message>
    <message>
        <source>This database holds the group “%1” and the server %2 holds the group “%3”; a desk syncs only with its own group’s server. To join “%3”, sync a new, empty database. Nothing was changed.</source>
        <translation>This database holds the group “%1” and the server %2 holds the group “%3”; a desk syncs only with its own group’s server. To join “%3”, sync a new, empty database. Nothing was changed.</translation>
    </message>
    <message>
        <source>This database was synced with another server than %1 (or the server was set up again); its data cannot be mixed with this server’s. Nothing was changed.</source>
        <translation>This database was synced with another server than %1 (or the server was set up again); its data cannot be mixed with this server’s. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
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
