#pragma once

#include "common/Result.h"

class Database;

// A write that happens whole or not at all: rolled back unless commit() succeeds.
class [[nodiscard]] Transaction {
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether BEGIN worked; when it did not, the reason.
    const Status &started() const { return m_started; }
    Status commit();

private:
    Database &m_database;
    Status m_started;
    bool m_open = false;
};

// Runs `work` (returning a Status or a Result) in one transaction: committed when it succeeds,
// rolled back when it fails or when the commit itself fails.
template <typename Work>
auto inTransaction(Database &database, Work &&work) -> decltype(work())
{
    Transaction transaction(database);
    if (!transaction.started())
        return transaction.started().error();
    auto outcome = work();
    if (!outcome)
        return outcome;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}
