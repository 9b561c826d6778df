#pragma once

#include "domain/Member.h"
#include "queries/MemberListQuery.h"

#include <QAbstractTableModel>
#include <QList>

class Store;

// The member list over SQL: rows are read in pages as the view scrolls (fetchMore), filtered
// and sorted by the database (MemberListQuery), so that ten thousand members cost no more
// than the rows on screen. A change of search, sort or filter resets the model; a change of
// the data (refresh) re-reads the rows already shown and signals only the rows inserted,
// removed or changed, so that the selection and the scroll position stay.
class MemberTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Phone, Email, Town, MemberSince, ColumnCount };
    static constexpr int pageSize = 100;

    explicit MemberTableModel(QObject *parent = nullptr);

    // The database to read (none: an empty list).
    void setStore(Store *store);
    void setRequest(const MemberListRequest &request);
    const MemberListRequest &request() const { return m_request; }
    // Re-reads the rows shown after the data changed.
    void refresh();

    // All the members matching the request, not only the rows read so far.
    int totalCount() const { return m_total; }
    const Member *memberAt(const QModelIndex &index) const;
    // The row of the member, read so far; -1 when not.
    int rowOf(const QString &memberId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The number of matching members changed.
    void totalCountChanged(int count);

private:
    QList<Member> read(int offset, int limit) const;
    void readTotal();

    Store *m_store = nullptr;
    MemberListRequest m_request;
    QList<Member> m_members;
    int m_total = 0;
};
