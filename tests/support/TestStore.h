#pragma once

#include "store/Store.h"

#include <QTemporaryDir>
#include <memory>

// A fresh database in a temporary folder, with a group, a coordinator acting, and the clock
// fixed at 2026-11-25 10:00 UTC unless a test moves it.
class TestStore {
public:
    explicit TestStore(bool initialise = true);

    Store &store() { return *m_store; }
    Store *operator->() { return m_store.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.db")); }
    QString folder() const { return m_dir.path(); }
    // Closes and opens the file again, as a second start of the program would.
    void reopen();

    static QDateTime defaultNow();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};
