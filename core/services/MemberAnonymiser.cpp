#include "MemberAnonymiser.h"

#include "repositories/MemberRepository.h"
#include "store/Store.h"
#include "store/TableAccess.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QStringList &personalColumns()
{
    static const QStringList columns{u"first_name"_s, u"last_name"_s, u"partner_first_name"_s,
                                     u"partner_last_name"_s, u"partner_phone"_s, u"partner_email"_s,
                                     u"phone"_s, u"email"_s, u"address1"_s, u"address2"_s,
                                     u"postcode"_s, u"town"_s, u"notes"_s};
    return columns;
}

}

Status MemberAnonymiser::anonymise(const QString &memberId)
{
    MemberRepository members(m_store);
    auto found = members.find(memberId);
    if (!found)
        return found.error();
    if (found->anonymised)
        return {};

    Member forgotten;
    forgotten.id = found->id;
    forgotten.memberSince = found->memberSince;
    forgotten.archived = true;
    forgotten.anonymised = true;
    forgotten.notifications = false;
    return inTransaction(m_store.database(), [&]() -> Status {
        if (auto updated = members.update(forgotten); !updated)
            return updated.error();
        return scrubAuditTrail(memberId);
    });
}

// The audit entries of the record keep the fields before and after each change: the personal
// ones are blanked, the rest (dates, flags, who changed what when) stays.
Status MemberAnonymiser::scrubAuditTrail(const QString &memberId)
{
    TableAccess audit(m_store, u"audit_entry"_s);
    auto entries = audit.select(u"entity = 'member' AND row_id = ?"_s, {memberId}, u"at"_s);
    if (!entries)
        return entries.error();
    for (const QVariantMap &entry : *entries) {
        QJsonObject changes = QJsonDocument::fromJson(entry.value(u"changes"_s).toString().toUtf8()).object();
        bool scrubbed = false;
        for (const QString &column : personalColumns()) {
            const auto value = changes.find(column);
            if (value == changes.end())
                continue;
            // A creation holds the value; an update holds [before, after].
            *value = value->isArray() ? QJsonValue(QJsonArray{QString(), QString()}) : QJsonValue(QString());
            scrubbed = true;
        }
        if (!scrubbed)
            continue;
        const QString text = QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
        if (auto updated = audit.update(entry.value(u"id"_s).toString(), {{u"changes"_s, text}}); !updated)
            return updated.error();
    }
    return {};
}
