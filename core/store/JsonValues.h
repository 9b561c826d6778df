#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariant>
#include <QVariantMap>

// Column values as the sync engine writes them in JSON (outbox entries, pushed rows): numbers,
// text and null as they are stored in SQLite; flags as 0/1.
namespace JsonValues {
QJsonValue fromVariant(const QVariant &value);
QJsonObject fromMap(const QVariantMap &values);
QString compact(const QJsonObject &object);
QJsonObject parseObject(const QString &text);
// The value to bind for a JSON value read back (an outbox entry's old values).
QVariant toVariant(const QJsonValue &value);
}
