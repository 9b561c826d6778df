#pragma once

#include "RowWriter.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <memory>

class Database;

// An open Comptoir database with what every service needs beside it: the clock, the person
// acting, and the single write path. One per thread (SQLite connections are per thread).
class Store {
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    static Result<std::unique_ptr<Store>> open(const QString &path, bool createIfMissing = true);
    ~Store();

    Database &database() { return *m_database; }
    Clock &clock() { return m_clock; }
    const Clock &clock() const { return m_clock; }
    RowWriter &writer() { return m_writer; }
    const QString &path() const;

    // Who acts, as the audit trail and the updated_by column record it.
    void setActor(const QString &name) { m_writer.setActor(name); }
    const QString &actor() const { return m_writer.actor(); }

    // The group's time zone (Europe/Paris until the group says otherwise).
    QTimeZone timeZone();
    // Today's date in the group's time zone, by the store's clock.
    QDate today();
    void forgetCachedSettings() { m_timeZone.reset(); }

    // True when the database holds no group yet (a new file).
    bool isEmpty();

private:
    explicit Store(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    Clock m_clock;
    RowWriter m_writer;
    std::optional<QTimeZone> m_timeZone;
};
