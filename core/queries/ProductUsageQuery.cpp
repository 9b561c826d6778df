#include "ProductUsageQuery.h"

#include "store/Query.h"
#include "store/Store.h"

using namespace Qt::StringLiterals;

Result<int> ProductUsageQuery::lineCount(const QString &productId) const
{
    Query query(m_store.database(), u"SELECT count(*) FROM order_line WHERE product_id = ? AND deleted = 0"_s);
    query.bind(productId);
    if (Status done = query.exec(); !done)
        return done.error();
    return query.next() ? int(query.integer(0)) : 0;
}
