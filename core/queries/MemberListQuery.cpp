#include "MemberListQuery.h"

#include "repositories/MemberRepository.h"
#include "repositories/MemberSearch.h"
#include "store/Query.h"
#include "store/Schema.h"
#include "store/Store.h"

using namespace Qt::StringLiterals;

namespace {

// The sort, with `table.` before every column; rowid breaks ties (stable within a file).
QString orderBy(const MemberListRequest &request, const QString &table)
{
    const QString direction = request.descending ? u" DESC"_s : u" ASC"_s;
    const QString name = table + u"name_key, "_s + table + u"rowid"_s;
    switch (request.sort) {
    case MemberListRequest::Sort::Name:
        return table + u"name_key"_s + direction + u", "_s + table + u"rowid"_s;
    case MemberListRequest::Sort::Phone:
        return table + u"phone = '', "_s + table + u"phone"_s + direction + u", "_s + name;
    case MemberListRequest::Sort::Email:
        return table + u"email = '', "_s + table + u"email COLLATE NOCASE"_s + direction + u", "_s + name;
    case MemberListRequest::Sort::Town:
        return table + u"town = '', "_s + table + u"town COLLATE NOCASE"_s + direction + u", "_s + name;
    case MemberListRequest::Sort::MemberSince:
        return table + u"member_since IS NULL, "_s + table + u"member_since"_s + direction + u", "_s + name;
    }
    return name;
}

}

Result<int> MemberListQuery::count(const MemberListRequest &request) const
{
    const MemberSearch search = MemberSearch::of(request.text, request.includeArchived);
    Query query(m_store.database(), u"SELECT COUNT(*) FROM member WHERE "_s + search.where);
    for (const QVariant &value : search.values)
        query.bind(value);
    if (Status done = query.exec(); !done)
        return done.error();
    return query.next() ? int(query.integer(0)) : 0;
}

Result<QList<Member>> MemberListQuery::page(const MemberListRequest &request, int offset, int limit) const
{
    const MemberSearch search = MemberSearch::of(request.text, request.includeArchived);
    const QStringList &columns = Schema::table(u"member"_s)->columns;
    // The page's rows are chosen on the narrow search index (member_search holds the folded
    // text and the name key), then only those rows are read whole.
    Query query(m_store.database(),
                u"SELECT m.id, m.revision, m.updated_at, m.updated_by, m."_s + columns.join(u", m."_s)
                    + u" FROM (SELECT rowid AS r FROM member WHERE "_s + search.where + u" ORDER BY "_s
                    + orderBy(request, {}) + u" LIMIT ? OFFSET ?) AS page JOIN member AS m ON m.rowid = page.r"
                                                 " ORDER BY "_s
                    + orderBy(request, u"m."_s));
    for (const QVariant &value : search.values)
        query.bind(value);
    query.bind(limit).bind(offset);
    if (Status done = query.exec(); !done)
        return done.error();

    static const QStringList stampColumns{u"id"_s, u"revision"_s, u"updated_at"_s, u"updated_by"_s};
    QList<Member> members;
    members.reserve(limit);
    QVariantMap row;
    while (query.next()) {
        for (int i = 0; i < stampColumns.size(); ++i)
            row.insert(stampColumns.at(i), query.value(i));
        for (int i = 0; i < columns.size(); ++i)
            row.insert(columns.at(i), query.value(i + int(stampColumns.size())));
        members.append(MemberRepository::fromRow(row));
    }
    return members;
}
