#include "MemberTableModel.h"

#include "common/PhoneNumber.h"
#include "widgets/DisplayText.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

MemberTableModel::MemberTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MemberTableModel::setMembers(QList<Member> members)
{
    beginResetModel();
    m_members = std::move(members);
    endResetModel();
}

const Member *MemberTableModel::memberAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return nullptr;
    return &m_members.at(index.row());
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    const Member *member = memberAt(index);
    if (!member)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return member->displayName();
        case Phone: return PhoneNumber::display(member->phone);
        case Email: return member->email.isEmpty() ? tr("— telephone only") : member->email;
        case Town: return member->town;
        case MemberSince: return DisplayText::shortDate(member->memberSince);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Email && member->email.isEmpty())
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole && member->archived) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole && member->archived)
        return tr("Archived member");
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Phone: return tr("Phone");
    case Email: return tr("E-mail");
    case Town: return tr("Town");
    case MemberSince: return tr("Member since");
    }
    return {};
}
