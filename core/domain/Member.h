#pragma once

#include "RowStamp.h"

#include <QDate>
#include <QString>

// A member record ("fiche membre"). E-mail is optional: phone-only members are normal.
struct Member {
    QString id;
    QString firstName;
    QString lastName;
    // A second person on the same account (a partner, a neighbour who collects).
    QString partnerFirstName;
    QString partnerLastName;
    QString partnerPhone; // E.164
    QString partnerEmail;
    QString phone;        // E.164, e.g. +33612345678
    QString email;
    QString address1;
    QString address2;
    QString postcode;
    QString town;
    QString notes;
    bool notifications = false; // never on without an e-mail address
    QDate memberSince;
    bool archived = false;
    bool anonymised = false;
    RowStamp stamp;

    // "Dupré Hélène", as lists sort and show people; "Former member" once anonymised.
    QString displayName() const;
    bool hasEmail() const { return !email.isEmpty(); }
};
