#include "MemberTableModel.h"

#include "common/PhoneNumber.h"
#include "widgets/DisplayText.h"

#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>
#include <QSet>

#include <tuple>

namespace {

// Compared field by field: two saves within one millisecond (or under a fixed clock) share
// their updated_at.
bool sameRow(const Member &a, const Member &b)
{
    const auto fields = [](const Member &m) {
        return std::tie(m.id, m.firstName, m.lastName, m.partnerFirstName, m.partnerLastName, m.partnerPhone,
                        m.partnerEmail, m.phone, m.email, m.address1, m.address2, m.postcode, m.town, m.notes,
                        m.notifications, m.memberSince, m.archived, m.anonymised, m.stamp.updatedAt,
                        m.stamp.revision);
    };
    return fields(a) == fields(b);
}

MemberListRequest::Sort sortOf(int column)
{
    switch (column) {
    case MemberTableModel::Phone: return MemberListRequest::Sort::Phone;
    case MemberTableModel::Email: return MemberListRequest::Sort::Email;
    case MemberTableModel::Town: return MemberListRequest::Sort::Town;
    case MemberTableModel::MemberSince: return MemberListRequest::Sort::MemberSince;
    default: return MemberListRequest::Sort::Name;
    }
}

}

MemberTableModel::MemberTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MemberTableModel::setStore(Store *store)
{
    m_store = store;
    beginResetModel();
    m_members = read(0, pageSize);
    endResetModel();
    readTotal();
}

void MemberTableModel::setRequest(const MemberListRequest &request)
{
    if (request == m_request)
        return;
    m_request = request;
    beginResetModel();
    m_members = read(0, pageSize);
    endResetModel();
    readTotal();
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    MemberListRequest request = m_request;
    request.sort = sortOf(column);
    request.descending = order == Qt::DescendingOrder;
    setRequest(request);
}

QList<Member> MemberTableModel::read(int offset, int limit) const
{
    if (!m_store)
        return {};
    auto page = MemberListQuery(*m_store).page(m_request, offset, limit);
    return page ? std::move(page).value() : QList<Member>();
}

void MemberTableModel::readTotal()
{
    int total = 0;
    if (m_store) {
        auto count = MemberListQuery(*m_store).count(m_request);
        total = count ? *count : 0;
    }
    if (total != m_total) {
        m_total = total;
        emit totalCountChanged(total);
    }
}

void MemberTableModel::refresh()
{
    const int shown = std::max<int>(int(m_members.size()), pageSize);
    const QList<Member> fresh = read(0, shown);

    // Both lists are in the same order: walk them together, removing what left, inserting
    // what came, updating what changed. A member who moved is removed, then inserted.
    QSet<QString> freshIds;
    for (const Member &member : fresh)
        freshIds.insert(member.id);
    QSet<QString> oldIds;
    for (const Member &member : std::as_const(m_members))
        oldIds.insert(member.id);

    int row = 0;
    qsizetype next = 0;
    while (row < m_members.size() || next < fresh.size()) {
        if (row < m_members.size() && next < fresh.size() && m_members.at(row).id == fresh.at(next).id) {
            if (!sameRow(m_members.at(row), fresh.at(next))) {
                m_members[row] = fresh.at(next);
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++row;
            ++next;
            continue;
        }
        const bool oldGone = row < m_members.size()
            && (!freshIds.contains(m_members.at(row).id) || next >= fresh.size()
                || oldIds.contains(fresh.at(next).id));
        if (oldGone) {
            beginRemoveRows({}, row, row);
            oldIds.remove(m_members.at(row).id);
            m_members.removeAt(row);
            endRemoveRows();
            continue;
        }
        beginInsertRows({}, row, row);
        m_members.insert(row, fresh.at(next));
        endInsertRows();
        ++row;
        ++next;
    }
    readTotal();
}

const Member *MemberTableModel::memberAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return nullptr;
    return &m_members.at(index.row());
}

int MemberTableModel::rowOf(const QString &memberId) const
{
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).id == memberId)
            return row;
    }
    return -1;
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MemberTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_members.size() < m_total;
}

void MemberTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const QList<Member> page = read(int(m_members.size()), pageSize);
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_members.size()), int(m_members.size() + page.size() - 1));
    m_members.append(page);
    endInsertRows();
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    const Member *member = memberAt(index);
    if (!member)
        return {};
    const bool noEmail = member->email.isEmpty();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return member->displayName();
        case Phone:
            // The second person's phone when the member has none: still a way to reach them.
            if (member->phone.isEmpty() && !member->partnerPhone.isEmpty())
                return tr("%1 (%2)").arg(PhoneNumber::display(member->partnerPhone), member->partnerFirstName);
            return PhoneNumber::display(member->phone);
        case Email:
            if (noEmail)
                return member->anonymised ? QString() : tr("by telephone only");
            return member->email;
        case Town: return member->town;
        case MemberSince: return DisplayText::shortDate(member->memberSince);
        }
    }
    if (role == Qt::ForegroundRole && (member->anonymised || (index.column() == Email && noEmail)))
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole && (member->archived || (index.column() == Email && noEmail))) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole) {
        if (member->anonymised)
            return tr("Forgotten at their request; their orders still count in the totals.");
        if (member->archived)
            return tr("Archived member");
        if (index.column() == Email && noEmail)
            return tr("No e-mail address: this member is called, never sent messages.");
    }
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
