#include "MemberRules.h"

#include "Validation.h"

using namespace Qt::StringLiterals;

Status MemberRules::prepare(Member &member)
{
    Validation validation;
    for (QString *line : {&member.firstName, &member.lastName, &member.partnerFirstName, &member.partnerLastName,
                          &member.address1, &member.address2, &member.postcode, &member.town})
        *line = tidyLine(*line);
    member.notes = tidyText(member.notes);

    validation.normalizePhone(member.phone, u"phone"_s, tr("The phone number"));
    validation.normalizePhone(member.partnerPhone, u"partnerPhone"_s, tr("The second person’s phone number"));
    validation.normalizeEmail(member.email, u"email"_s, tr("The e-mail address"));
    validation.normalizeEmail(member.partnerEmail, u"partnerEmail"_s, tr("The second person’s e-mail address"));

    if (member.email.isEmpty())
        member.notifications = false;

    if (!member.anonymised) {
        validation.require(!member.firstName.isEmpty() || !member.lastName.isEmpty(), u"lastName"_s,
                           tr("Enter the member’s name."));
        if (!member.archived) {
            validation.require(!member.phone.isEmpty() || !member.email.isEmpty(), u"phone"_s,
                               tr("Enter a phone number or an e-mail address, so that the member can be reached."));
        }
    }

    validation.text(u"firstName"_s, member.firstName, Validation::nameLength, tr("The first name"));
    validation.text(u"lastName"_s, member.lastName, Validation::nameLength, tr("The last name"));
    validation.text(u"partnerFirstName"_s, member.partnerFirstName, Validation::nameLength,
                    tr("The second person’s first name"));
    validation.text(u"partnerLastName"_s, member.partnerLastName, Validation::nameLength,
                    tr("The second person’s last name"));
    validation.text(u"email"_s, member.email, Validation::shortTextLength, tr("The e-mail address"));
    validation.text(u"partnerEmail"_s, member.partnerEmail, Validation::shortTextLength,
                    tr("The second person’s e-mail address"));
    validation.text(u"address1"_s, member.address1, Validation::shortTextLength, tr("The address"));
    validation.text(u"address2"_s, member.address2, Validation::shortTextLength, tr("The address"));
    validation.text(u"postcode"_s, member.postcode, 12, tr("The postcode"));
    validation.text(u"town"_s, member.town, Validation::nameLength, tr("The town"));
    validation.text(u"notes"_s, member.notes, Validation::longTextLength, tr("The notes"), true);
    return validation.status();
}
