#pragma once

#include "domain/Member.h"

#include <QAbstractTableModel>
#include <QList>

// The member list: one row per member, columns for how people find and reach them.
class MemberTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Phone, Email, Town, MemberSince, ColumnCount };

    explicit MemberTableModel(QObject *parent = nullptr);

    void setMembers(QList<Member> members);
    const Member *memberAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Member> m_members;
};
