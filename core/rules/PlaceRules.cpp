#include "PlaceRules.h"

#include "Validation.h"

using namespace Qt::StringLiterals;

Status PlaceRules::prepare(Place &place)
{
    Validation validation;
    place.name = tidyLine(place.name);
    place.address = tidyLine(place.address);
    place.postcode = tidyLine(place.postcode);
    place.town = tidyLine(place.town);
    validation.require(!place.name.isEmpty(), u"name"_s, tr("Enter the place’s name."));
    validation.text(u"name"_s, place.name, Validation::nameLength, tr("The place’s name"));
    validation.text(u"address"_s, place.address, Validation::shortTextLength, tr("The address"));
    validation.text(u"postcode"_s, place.postcode, 12, tr("The postcode"));
    validation.text(u"town"_s, place.town, Validation::nameLength, tr("The town"));
    return validation.status();
}
