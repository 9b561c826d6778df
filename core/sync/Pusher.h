#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVariantList>

class Database;
class ServerConnection;

// Sends this desk's changes to the server: first the rows written before the desk was attached
// (whole rows, in pages, parents first), then the outbox in batches, in the order the changes
// were made. Every page and change carries an id the server records with it, so a batch sent
// again after a cut connection or a killed process applies nothing twice. Entries leave the
// outbox only once the server committed them.
class Pusher {
    Q_DECLARE_TR_FUNCTIONS(Pusher)

public:
    Pusher(Database &local, ServerConnection &server, QString replicaId);

    struct Outcome {
        int pushed = 0;
        int conflicts = 0;
    };
    Result<Outcome> run();

    static constexpr int uploadPageRows = 10000;
    static constexpr int batchEntries = 500;

private:
    Status uploadTable(const QString &table, Outcome &outcome);
    Status pushOutbox(Outcome &outcome);
    // One server transaction each, committed: comptoir.push(batch) for outbox entries,
    // comptoir.push_rows for a page of the first upload.
    Result<QJsonObject> send(const QJsonArray &batch);
    Result<QJsonObject> sendRows(const QString &changeId, const QString &table, const QString &rows);
    Result<QJsonObject> call(const QString &sql, const QVariantList &values);

    Database &m_local;
    ServerConnection &m_server;
    QString m_replicaId;
};
