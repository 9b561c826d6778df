#pragma once

#include "common/Result.h"
#include "domain/Member.h"

#include <QList>
#include <QString>

class Store;

// What the member list asks for: the words typed, whether archived members show, the column
// it is sorted on.
struct MemberListRequest {
    enum class Sort { Name, Phone, Email, Town, MemberSince };

    QString text;
    bool includeArchived = false;
    Sort sort = Sort::Name;
    bool descending = false;

    bool operator==(const MemberListRequest &) const = default;
};

// The member list read in pages: filtered and sorted in SQL (values bound, sort columns from
// constants), so that a list of ten thousand members stays instant as the coordinator types.
// Rows with an empty sort value come last; ties are broken by name, then by row, so that pages
// never overlap.
class MemberListQuery {
public:
    explicit MemberListQuery(Store &store) : m_store(store) {}

    Result<int> count(const MemberListRequest &request) const;
    // `limit` members from `offset`, in the request's order.
    Result<QList<Member>> page(const MemberListRequest &request, int offset, int limit) const;

private:
    Store &m_store;
};
