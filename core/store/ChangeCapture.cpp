#include "ChangeCapture.h"

#include "JsonValues.h"
#include "SyncState.h"
#include "common/Ids.h"
#include "store/Query.h"

using namespace Qt::StringLiterals;

bool ChangeCapture::isOn()
{
    // Capture is switched on once, when the desk is attached, and never off again.
    if (!m_on)
        m_on = SyncState(m_database).value(SyncState::captureKey) == u"1"_s;
    return m_on;
}

bool ChangeCapture::awaitsUpload(const QString &table, qint64 rowid)
{
    if (m_uploadClaimed.value(table))
        return false;
    Query query(m_database, u"SELECT mark_rowid, claimed_rowid FROM sync_upload WHERE table_name = ?"_s);
    query.bind(table);
    if (!query.exec() || !query.next()) {
        m_uploadClaimed.insert(table, true);
        return false;
    }
    const qint64 mark = query.integer(0);
    const qint64 claimed = query.integer(1);
    if (claimed >= mark) {
        m_uploadClaimed.insert(table, true);
        return false;
    }
    return rowid > claimed && rowid <= mark;
}

Status ChangeCapture::recordInsert(const QString &table, const QString &id, const QVariantMap &row,
                                   const Stamp &stamp)
{
    return record(u"insert"_s, table, id, JsonValues::compact(JsonValues::fromMap(row)), u"{}"_s, 0, stamp);
}

Status ChangeCapture::recordUpdate(const QString &table, const QString &id, const QVariantMap &changed,
                                   const QVariantMap &before, qint64 baseRevision, qint64 rowid,
                                   const Stamp &stamp)
{
    if (awaitsUpload(table, rowid))
        return {};
    return record(u"update"_s, table, id, JsonValues::compact(JsonValues::fromMap(changed)),
                  JsonValues::compact(JsonValues::fromMap(before)), baseRevision, stamp);
}

Status ChangeCapture::recordDelete(const QString &table, const QString &id, qint64 baseRevision, qint64 rowid,
                                   const Stamp &stamp)
{
    if (awaitsUpload(table, rowid))
        return {};
    return record(u"delete"_s, table, id, u"{\"deleted\":1}"_s, u"{\"deleted\":0}"_s, baseRevision, stamp);
}

Status ChangeCapture::record(const QString &kind, const QString &table, const QString &id, const QString &fields,
                             const QString &old, qint64 baseRevision, const Stamp &stamp)
{
    Query query(m_database, u"INSERT INTO sync_outbox (change_id, table_name, row_id, kind, base_revision, "
                            "fields, old, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.bind(Ids::create()).bind(table).bind(id).bind(kind).bind(baseRevision).bind(fields).bind(old);
    query.bind(stamp.at).bind(stamp.by);
    return query.exec();
}
