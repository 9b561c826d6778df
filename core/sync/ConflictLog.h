#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// One value a sync overwrote or refused: which field of which row, the value kept and the value
// lost (as this database stores them; null when empty), who wrote each, and the rule applied:
// "later_arrival" (the later push wins a field both desks changed), "state_rule" (a status
// ranked higher stays), "merged_duplicate" (two rows with one natural key made one).
struct ConflictEntry {
    QString id;
    QDateTime at;
    QString table;
    QString rowId;
    QString field;
    QString keptValue;
    QString lostValue;
    bool keptIsNull = false;
    bool lostIsNull = false;
    QString rule;
    QString changeId;
    QString keptBy;
    QString lostBy;
};

// The conflict log as this desk has it (the server writes it; every desk pulls it), newest last.
class ConflictLog {
public:
    explicit ConflictLog(Database &database) : m_database(database) {}

    Result<QList<ConflictEntry>> list() const;

private:
    Database &m_database;
};
