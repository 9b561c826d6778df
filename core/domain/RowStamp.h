#pragma once

#include <QDateTime>
#include <QString>

// The replication columns every stored row carries. Written by the store, never by a form.
struct RowStamp {
    qint64 revision = 0;   // the server's revision of the row; 0 until it reached a server
    QDateTime updatedAt;   // UTC
    QString updatedBy;     // who acted (the desk's current user or the CLI's --user)
};
