#include "Schema.h"

#include "common/PhoneNumber.h"
#include "common/SearchText.h"

using namespace Qt::StringLiterals;

namespace Schema {

namespace {

QVariantMap deriveMemberSearch(const QVariantMap &row)
{
    QStringList parts;
    for (const char *column : {"last_name", "first_name", "partner_last_name", "partner_first_name",
                               "email", "partner_email", "town", "postcode"})
        parts.append(row.value(QLatin1StringView(column)).toString());
    for (const char *column : {"phone", "partner_phone"}) {
        const QString e164 = row.value(QLatin1StringView(column)).toString();
        if (e164.isEmpty())
            continue;
        parts.append(e164);
        // The national form without spaces, so that "0612" finds +33612….
        parts.append(PhoneNumber::display(e164).remove(u' '));
    }
    // The name key sorts the list and finds duplicates: last name first, folded.
    const QString nameKey = SearchText::fold(row.value(u"last_name"_s).toString() + u' '
                                             + row.value(u"first_name"_s).toString());
    return {{u"search_text"_s, SearchText::fold(parts.join(u' '))}, {u"name_key"_s, nameKey}};
}

QVariantMap deriveProductSearch(const QVariantMap &row)
{
    const QString text = row.value(u"name"_s).toString() + u' ' + row.value(u"reference"_s).toString();
    return {{u"search_text"_s, SearchText::fold(text)}};
}

QList<TableSchema> buildTables()
{
    return {
        {u"market_group"_s, {u"name"_s, u"time_zone"_s, u"currency"_s}, {}, {}},
        {u"producer"_s,
         {u"name"_s, u"contact_name"_s, u"phone"_s, u"email"_s, u"siret"_s, u"vat_registered"_s, u"archived"_s},
         {}, {}},
        {u"app_user"_s, {u"name"_s, u"role"_s, u"producer_id"_s}, {}, {}},
        {u"member"_s,
         {u"first_name"_s, u"last_name"_s, u"partner_first_name"_s, u"partner_last_name"_s,
          u"partner_phone"_s, u"partner_email"_s, u"phone"_s, u"email"_s, u"address1"_s,
          u"address2"_s, u"postcode"_s, u"town"_s, u"notes"_s, u"notifications"_s,
          u"member_since"_s, u"archived"_s, u"anonymised"_s},
         {u"search_text"_s, u"name_key"_s}, deriveMemberSearch},
        {u"place"_s, {u"name"_s, u"address"_s, u"postcode"_s, u"town"_s, u"archived"_s}, {}, {}},
        {u"catalogue"_s,
         {u"producer_id"_s, u"name"_s, u"opens_days_before"_s, u"opens_at_time"_s,
          u"closes_hours_before"_s, u"active"_s},
         {}, {}},
        {u"product"_s,
         {u"catalogue_id"_s, u"name"_s, u"reference"_s, u"description"_s, u"unit"_s, u"price_cents"_s,
          u"vat_rate_bp"_s, u"weight_priced"_s, u"piece_weight_grams"_s, u"organic"_s, u"bulk"_s,
          u"content_thousandths"_s, u"active"_s},
         {u"search_text"_s}, deriveProductSearch},
        {u"distribution"_s,
         {u"place_id"_s, u"local_date"_s, u"start_time"_s, u"end_time"_s, u"distributed"_s, u"cancelled"_s},
         {}, {}},
        {u"ordering_window"_s, {u"distribution_id"_s, u"catalogue_id"_s, u"opens_at"_s, u"closes_at"_s}, {}, {}},
        {u"product_offer"_s, {u"distribution_id"_s, u"product_id"_s, u"excluded"_s, u"stock"_s}, {}, {}},
        {u"basket"_s, {u"distribution_id"_s, u"member_id"_s, u"status"_s, u"source"_s, u"validated_at"_s}, {}, {}},
        {u"order_line"_s,
         {u"basket_id"_s, u"product_id"_s, u"quantity"_s, u"unit_price_cents"_s, u"estimated_grams"_s,
          u"weighed_grams"_s},
         {}, {}},
        {u"late_change"_s,
         {u"distribution_id"_s, u"catalogue_id"_s, u"basket_id"_s, u"product_id"_s, u"kind"_s,
          u"quantity_before"_s, u"quantity_after"_s, u"at"_s, u"user_name"_s, u"window_closed_at"_s},
         {}, {}},
        {u"audit_entry"_s, {u"at"_s, u"user_name"_s, u"entity"_s, u"row_id"_s, u"action"_s, u"changes"_s}, {}, {}},
        // Written by the server while it applies a push (docs/SYNC.md), never by a desk.
        {u"sync_conflict"_s,
         {u"at"_s, u"table_name"_s, u"row_id"_s, u"field"_s, u"kept_value"_s, u"lost_value"_s, u"rule"_s,
          u"change_id"_s, u"kept_by"_s, u"lost_by"_s},
         {}, {}},
    };
}

}

const QList<TableSchema> &replicatedTables()
{
    static const QList<TableSchema> tables = buildTables();
    return tables;
}

const TableSchema *table(const QString &name)
{
    for (const TableSchema &candidate : replicatedTables()) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

const QStringList &replicationColumns()
{
    static const QStringList columns{u"revision"_s, u"updated_at"_s, u"updated_by"_s, u"deleted"_s};
    return columns;
}

}
