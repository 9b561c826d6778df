#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QObject>
#include <memory>

class Store;

// The database the desktop app works on. Owns the open Store; every view reaches the data
// through it and reloads when another database is opened or when data changes.
class Workspace : public QObject {
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    bool isOpen() const { return m_store != nullptr; }
    Store &store() { return *m_store; }
    QString path() const;

    // When set (--now), the clock of every store opened starts at this instant and runs on.
    void setStartTime(const QDateTime &instant) { m_startTime = instant; }

    // Opens a Comptoir database, creating the file when asked. A new file holds no group yet
    // (holdsGroup() is false) until initialiseGroup().
    Status open(const QString &path, bool createIfMissing = false);
    bool holdsGroup();
    // Gives the open, empty database its group and first coordinator.
    Status initialiseGroup(const QString &groupName, const QString &userName);
    // Creates the demo group in its own new file (replacing an older demo file) and opens it.
    Status createDemo(const QString &path);
    // Takes an already open store (tests).
    void adopt(std::unique_ptr<Store> store);
    void close();
    // Every view reloads (another person now at the desk…).
    void refresh() { emit opened(); }

    // The name of the person acting at this desk, empty until chosen.
    QString currentUserName();
    QString groupName();

signals:
    // Another database is open (or none): every view reloads.
    void opened();
    // Data changed through this desk; views showing it reload.
    void dataChanged();

private:
    Result<std::unique_ptr<Store>> openStore(const QString &path, bool createIfMissing);
    void install(std::unique_ptr<Store> store);

    std::unique_ptr<Store> m_store;
    QDateTime m_startTime;
};
