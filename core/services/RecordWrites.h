#pragma once

#include "common/Ids.h"
#include "common/Result.h"
#include "store/Store.h"
#include "store/Transaction.h"

// The two writes most services make once a record passed its rules.
namespace RecordWrites {

// Gives the record a new id and inserts it in its own transaction; returns the id.
template <typename RepositoryType, typename Record>
Result<QString> insertNew(Store &store, Record &record)
{
    record.id = Ids::create();
    return inTransaction(store.database(), [&]() -> Result<QString> {
        if (Status inserted = RepositoryType(store).insert(record); !inserted)
            return inserted.error();
        return record.id;
    });
}

// Writes the changed fields of an existing record in its own transaction.
template <typename RepositoryType, typename Record>
Status updateExisting(Store &store, const Record &record)
{
    RepositoryType repository(store);
    if (!repository.exists(record.id))
        return Error::notFound(RepositoryType::notFoundMessage(record.id));
    return inTransaction(store.database(), [&]() -> Status {
        if (auto updated = repository.update(record); !updated)
            return updated.error();
        return {};
    });
}

}
