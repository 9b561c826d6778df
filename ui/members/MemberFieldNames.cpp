#include "MemberFieldNames.h"

#include <QHash>

using namespace Qt::StringLiterals;

QString MemberFieldNames::of(const QStringList &columns)
{
    static const QHash<QString, const char *> names{
        {u"first_name"_s, QT_TR_NOOP("first name")},
        {u"last_name"_s, QT_TR_NOOP("last name")},
        {u"phone"_s, QT_TR_NOOP("phone")},
        {u"email"_s, QT_TR_NOOP("e-mail")},
        {u"partner_first_name"_s, QT_TR_NOOP("second person’s first name")},
        {u"partner_last_name"_s, QT_TR_NOOP("second person’s last name")},
        {u"partner_phone"_s, QT_TR_NOOP("second person’s phone")},
        {u"partner_email"_s, QT_TR_NOOP("second person’s e-mail")},
        {u"address1"_s, QT_TR_NOOP("address")},
        {u"address2"_s, QT_TR_NOOP("address (continued)")},
        {u"postcode"_s, QT_TR_NOOP("postcode")},
        {u"town"_s, QT_TR_NOOP("town")},
        {u"notes"_s, QT_TR_NOOP("notes")},
        {u"member_since"_s, QT_TR_NOOP("member since")},
        {u"notifications"_s, QT_TR_NOOP("notifications")},
        {u"archived"_s, QT_TR_NOOP("back from the archive")},
    };
    QStringList shown;
    for (const QString &column : columns)
        shown.append(names.contains(column) ? tr(names.value(column)) : column);
    return shown.join(u", "_s);
}
