#include "ConflictLog.h"

#include "store/Query.h"
#include "store/SqlValue.h"

using namespace Qt::StringLiterals;

Result<QList<ConflictEntry>> ConflictLog::list() const
{
    Query query(m_database, u"SELECT id, at, table_name, row_id, field, kept_value, lost_value, rule, change_id, "
                            "kept_by, lost_by FROM sync_conflict WHERE deleted = 0 ORDER BY at, revision"_s);
    if (Status done = query.exec(); !done)
        return done.error();
    QList<ConflictEntry> entries;
    while (query.next()) {
        ConflictEntry entry;
        entry.id = query.text(0);
        entry.at = SqlValue::toInstant(query.value(1));
        entry.table = query.text(2);
        entry.rowId = query.text(3);
        entry.field = query.text(4);
        entry.keptIsNull = query.isNull(5);
        entry.keptValue = query.text(5);
        entry.lostIsNull = query.isNull(6);
        entry.lostValue = query.text(6);
        entry.rule = query.text(7);
        entry.changeId = query.text(8);
        entry.keptBy = query.text(9);
        entry.lostBy = query.text(10);
        entries.append(entry);
    }
    return entries;
}
