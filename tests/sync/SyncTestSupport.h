#pragma once

#include "common/Result.h"
#include "sync/ServerAddress.h"
#include "sync/SyncReport.h"

#include <QSqlDatabase>
#include <QString>

class Store;

// What the sync tests share: a fresh server database with Comptoir's schema per test, a sync
// of a desk's database, and the replicated data of a desk or of the server as comparable text.
namespace SyncTestSupport {

// A new database on the run's PostgreSQL server; with `initialise`, Comptoir's schema in it.
// Returns its URL (postgresql://postgres@127.0.0.1:PORT/NAME).
QString newServer(const QString &prefix, bool initialise = true);
ServerAddress address(const QString &url);
// A plain QPSQL connection to the server database of `url` (for the tests' own SQL).
QSqlDatabase connect(const QString &connectionName, const QString &url);
// Runs one statement on the server database of `url`; fails the test on error.
QVariant serverScalar(const QString &url, const QString &sql);

// One sync of the store's database file with the server.
Result<SyncReport> sync(Store &store, const QString &url);
// Syncs in the given order, then again, until no desk pulls anything (at most `rounds`).
bool syncUntilQuiet(const QList<Store *> &desks, const QString &url, int rounds = 4);

// A small market on one desk: a producer and its catalogue with four products, a place, a
// distribution open for orders at the test clock (2026-11-30, window open on 2026-11-25) and
// three members.
struct Market {
    QString producerId;
    QString catalogueId;
    QStringList productIds;
    QString placeId;
    QString distributionId;
    QStringList memberIds;
};
Market buildMarket(Store &store);
// The same market as another desk sees it after pulling it (same ids).
QString addMember(Store &store, const QString &firstName, const QString &lastName, const QString &phone);

// Every replicated row (id, data columns, revision, updated_at, updated_by, deleted) of a desk,
// sorted: two desks hold the same data exactly when these are equal.
QString replicatedData(Store &store);
// The lines of two replicatedData() texts that differ, "-" for the first and "+" for the second;
// empty when they are equal.
QString differingRows(const QString &expected, const QString &actual);
int outboxSize(Store &store);
int count(Store &store, const QString &sql);

}
