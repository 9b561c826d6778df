#include "Pusher.h"

#include "store/JsonValues.h"
#include "ServerConnection.h"
#include "SyncTestHooks.h"
#include "common/Ids.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/Schema.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

struct UploadState {
    qint64 mark = 0;
    qint64 claimed = 0;
    QString pageChangeId;
    qint64 pageFrom = 0;
    qint64 pageTo = 0;
};

Result<UploadState> readUploadState(Database &local, const QString &table)
{
    Query query(local, u"SELECT mark_rowid, claimed_rowid, page_change_id, page_from, page_to FROM sync_upload "
                       "WHERE table_name = ?"_s);
    query.bind(table);
    if (Status done = query.exec(); !done)
        return done.error();
    UploadState state;
    if (query.next()) {
        state.mark = query.integer(0);
        state.claimed = query.integer(1);
        state.pageChangeId = query.isNull(2) ? QString() : query.text(2);
        state.pageFrom = query.integer(3);
        state.pageTo = query.integer(4);
    }
    return state;
}

struct Page {
    QString rows; // a JSON array of whole rows, as the server's apply_rows takes them
    qint64 count = 0;
    qint64 last = 0;
};

// Whole rows with rowid in (from, to], at most `limit`, written as JSON by SQLite itself: a
// page of ten thousand order lines is one string, with no object per row on the way.
Result<Page> readPage(Database &local, const TableSchema &table, qint64 from, qint64 to, int limit)
{
    QStringList fields{u"'id', id"_s};
    for (const QString &column : table.columns)
        fields.append(u"'"_s + column + u"', "_s + column);
    fields += QStringList{u"'updated_at', updated_at"_s, u"'updated_by', updated_by"_s, u"'deleted', deleted"_s};
    Query query(local, u"SELECT count(*), coalesce(max(rowid), 0), json_group_array(json_object("_s + fields.join(u", "_s)
                           + u")) FROM (SELECT rowid, * FROM "_s + table.name
                           + u" WHERE rowid > ? AND rowid <= ? ORDER BY rowid LIMIT ?)"_s);
    query.bind(from).bind(to).bind(limit);
    if (Status done = query.exec(); !done)
        return done.error();
    Page page;
    if (query.next()) {
        page.count = query.integer(0);
        page.last = query.integer(1);
        page.rows = query.text(2);
    }
    return page;
}

// A page sent again: rows changed since it was claimed are put back as they were then (the
// first outbox entry of each field holds its value before), since those changes follow it.
Status restoreClaimedValues(Database &local, const QString &table, Page &page)
{
    Query query(local, u"SELECT row_id, old FROM sync_outbox WHERE table_name = ? ORDER BY seq"_s);
    query.bind(table);
    if (Status done = query.exec(); !done)
        return done;
    QHash<QString, QJsonObject> before;
    while (query.next()) {
        QJsonObject &fields = before[query.text(0)];
        const QJsonObject old = JsonValues::parseObject(query.text(1));
        for (auto it = old.constBegin(); it != old.constEnd(); ++it) {
            if (!fields.contains(it.key()))
                fields.insert(it.key(), it.value());
        }
    }
    if (before.isEmpty())
        return {};
    QJsonArray rows = QJsonDocument::fromJson(page.rows.toUtf8()).array();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        const auto old = before.constFind(row.value(u"id"_s).toString());
        if (old == before.cend())
            continue;
        for (auto it = old->constBegin(); it != old->constEnd(); ++it)
            row.insert(it.key(), it.value());
        rows.replace(i, row);
    }
    page.rows = QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
    return {};
}

}

Pusher::Pusher(Database &local, ServerConnection &server, QString replicaId)
    : m_local(local), m_server(server), m_replicaId(std::move(replicaId))
{
}

Result<Pusher::Outcome> Pusher::run()
{
    Outcome outcome;
    for (const TableSchema &table : Schema::replicatedTables()) {
        if (Status done = uploadTable(table.name, outcome); !done)
            return done.error();
    }
    if (Status done = pushOutbox(outcome); !done)
        return done.error();
    return outcome;
}

Status Pusher::uploadTable(const QString &table, Outcome &outcome)
{
    const TableSchema &schema = *Schema::table(table);
    for (;;) {
        auto state = readUploadState(m_local, table);
        if (!state)
            return state.error();
        Page page;
        QString changeId = state->pageChangeId;
        if (!changeId.isEmpty()) {
            // A page claimed by an earlier sync that did not hear back from the server.
            auto again = readPage(m_local, schema, state->pageFrom, state->pageTo, std::numeric_limits<int>::max());
            if (!again)
                return again.error();
            page = *again;
            if (Status restored = restoreClaimedValues(m_local, table, page); !restored)
                return restored;
        } else {
            if (state->claimed >= state->mark)
                return {};
            // Claim the next page: from now on, changes of its rows go to the outbox.
            changeId = Ids::create();
            Status claimed = inTransaction(m_local, [&]() -> Status {
                auto read = readPage(m_local, schema, state->claimed, state->mark, uploadPageRows);
                if (!read)
                    return read.error();
                page = *read;
                const bool empty = page.count == 0;
                const qint64 last = empty ? state->mark : page.last;
                Query claim(m_local, u"UPDATE sync_upload SET claimed_rowid = ?, page_change_id = ?, page_from = ?, "
                                     "page_to = ? WHERE table_name = ?"_s);
                claim.bind(last).bind(empty ? QVariant(QMetaType::fromType<QString>()) : QVariant(changeId));
                claim.bind(state->claimed).bind(last).bind(table);
                return claim.exec();
            });
            if (!claimed)
                return claimed;
            if (page.count == 0)
                continue;
        }

        auto sent = sendRows(changeId, table, page.rows);
        if (!sent)
            return sent.error();
        Query done(m_local, u"UPDATE sync_upload SET page_change_id = NULL WHERE table_name = ? AND page_change_id = ?"_s);
        done.bind(table).bind(changeId);
        if (Status acknowledged = done.exec(); !acknowledged)
            return acknowledged;
        outcome.pushed += int(page.count);
    }
}

Status Pusher::pushOutbox(Outcome &outcome)
{
    qint64 after = 0;
    for (;;) {
        QJsonArray batch;
        qint64 last = after;
        {
            Query query(m_local, u"SELECT seq, change_id, table_name, row_id, kind, base_revision, fields, old, "
                                 "updated_at, updated_by FROM sync_outbox WHERE seq > ? ORDER BY seq LIMIT ?"_s);
            query.bind(after).bind(batchEntries);
            if (Status done = query.exec(); !done)
                return done;
            while (query.next()) {
                last = query.integer(0);
                QJsonObject change{{u"c"_s, query.text(1)},
                                   {u"t"_s, query.text(2)},
                                   {u"r"_s, query.text(3)},
                                   {u"k"_s, query.text(4)},
                                   {u"b"_s, query.integer(5)},
                                   {u"f"_s, JsonValues::parseObject(query.text(6))},
                                   {u"o"_s, JsonValues::parseObject(query.text(7))},
                                   {u"at"_s, query.text(8)},
                                   {u"by"_s, query.text(9)}};
                batch.append(change);
            }
        }
        if (batch.isEmpty())
            return {};
        auto sent = send(batch);
        if (!sent)
            return sent.error();
        outcome.conflicts += sent->value(u"conflicts"_s).toInt();
        Status acknowledged = inTransaction(m_local, [&]() -> Status {
            Query done(m_local, u"DELETE FROM sync_outbox WHERE seq <= ?"_s);
            done.bind(last);
            return done.exec();
        });
        if (!acknowledged)
            return acknowledged;
        outcome.pushed += int(batch.size());
        after = last;
    }
}

Result<QJsonObject> Pusher::send(const QJsonArray &batch)
{
    const QString json = QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact));
    return call(u"SELECT comptoir.push(?::jsonb, ?::uuid)::text"_s, {json, m_replicaId});
}

Result<QJsonObject> Pusher::sendRows(const QString &changeId, const QString &table, const QString &rows)
{
    return call(u"SELECT comptoir.push_rows(?::uuid, ?, ?::json, ?::uuid)::text"_s, {changeId, table, rows, m_replicaId});
}

Result<QJsonObject> Pusher::call(const QString &sql, const QVariantList &values)
{
    if (Status begun = m_server.begin(); !begun)
        return begun.error();
    auto result = m_server.scalar(sql, values);
    if (!result) {
        m_server.rollback();
        if (result.error().detail().contains(u"market_group_single"_s)) {
            return Error(ErrorKind::Conflict, tr("The server %1 holds another group; a desk syncs with the server "
                                                 "of its own group only. Nothing was sent.")
                                                  .arg(m_server.address().display()));
        }
        return result.error();
    }
    SyncTestHooks::reached("push-before-commit");
    if (Status committed = m_server.commit(); !committed)
        return committed.error();
    SyncTestHooks::reached("push-after-commit");
    return QJsonDocument::fromJson(result->toString().toUtf8()).object();
}
