#include "MemberImportModel.h"

#include "common/PhoneNumber.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

MemberImportModel::MemberImportModel(const ImportPlan<Member> &plan, QObject *parent)
    : QAbstractTableModel(parent), m_plan(plan)
{
    showOnly(std::nullopt);
}

void MemberImportModel::showOnly(std::optional<ImportRowKind> kind)
{
    beginResetModel();
    m_shown.clear();
    for (int i = 0; i < m_plan.rows.size(); ++i) {
        if (!kind || m_plan.rows.at(i).kind == *kind)
            m_shown.append(i);
    }
    endResetModel();
}

void MemberImportModel::setMatchAction(MatchAction action)
{
    m_matchAction = action;
    if (!m_shown.isEmpty())
        emit dataChanged(index(0, Outcome), index(rowCount() - 1, Details));
}

const ImportRow<Member> *MemberImportModel::rowAt(int row) const
{
    if (row < 0 || row >= m_shown.size())
        return nullptr;
    return &m_plan.rows.at(m_shown.at(row));
}

int MemberImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int MemberImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemberImportModel::fieldNames(const QStringList &columns)
{
    static const QHash<QString, const char *> names{
        {u"first_name"_s, QT_TR_NOOP("first name")},
        {u"last_name"_s, QT_TR_NOOP("last name")},
        {u"phone"_s, QT_TR_NOOP("phone")},
        {u"email"_s, QT_TR_NOOP("e-mail")},
        {u"partner_first_name"_s, QT_TR_NOOP("second person’s first name")},
        {u"partner_last_name"_s, QT_TR_NOOP("second person’s last name")},
        {u"partner_phone"_s, QT_TR_NOOP("second person’s phone")},
        {u"partner_email"_s, QT_TR_NOOP("second person’s e-mail")},
        {u"address1"_s, QT_TR_NOOP("address")},
        {u"address2"_s, QT_TR_NOOP("address (continued)")},
        {u"postcode"_s, QT_TR_NOOP("postcode")},
        {u"town"_s, QT_TR_NOOP("town")},
        {u"notes"_s, QT_TR_NOOP("notes")},
        {u"member_since"_s, QT_TR_NOOP("member since")},
        {u"notifications"_s, QT_TR_NOOP("notifications")},
        {u"archived"_s, QT_TR_NOOP("back from the archive")},
    };
    QStringList shown;
    for (const QString &column : columns)
        shown.append(names.contains(column) ? tr(names.value(column)) : column);
    return shown.join(u", "_s);
}

QVariant MemberImportModel::data(const QModelIndex &index, int role) const
{
    const ImportRow<Member> *row = rowAt(index.row());
    if (!row)
        return {};
    const Member &member = row->record;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Line: return row->line;
        case Outcome:
            switch (row->kind) {
            case ImportRowKind::Create: return tr("New member");
            case ImportRowKind::Match: return tr("Already recorded");
            case ImportRowKind::Error: return tr("Error");
            }
            return {};
        // Error rows show the file's values as they are, so that the row can be found.
        case Name: return member.displayName();
        case Phone: return PhoneNumber::display(member.phone);
        case Email: return member.email;
        case Town: return member.town;
        case Details:
            if (row->kind == ImportRowKind::Match) {
                QString what;
                if (m_matchAction == MatchAction::Skip)
                    what = tr("Left as it is.");
                else if (row->filledFields.isEmpty())
                    what = tr("Nothing new.");
                else
                    what = tr("Fills in: %1.").arg(fieldNames(row->filledFields));
                return row->reason.isEmpty() ? what : what + u' ' + row->reason;
            }
            return row->reason;
        }
    }
    if (role == Qt::BackgroundRole) {
        switch (row->kind) {
        case ImportRowKind::Create: return QColor(0xe8, 0xf3, 0xe1);
        case ImportRowKind::Match: return QColor(0xe6, 0xee, 0xf7);
        case ImportRowKind::Error: return QColor(0xfb, 0xe4, 0xe4);
        }
    }
    if (role == Qt::ForegroundRole)
        return QColor(Qt::black);
    if (role == Qt::FontRole && index.column() == Outcome) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Details)
        return data(index, Qt::DisplayRole);
    return {};
}

QVariant MemberImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line: return tr("Line");
    case Outcome: return tr("Import");
    case Name: return tr("Name");
    case Phone: return tr("Phone");
    case Email: return tr("E-mail");
    case Town: return tr("Town");
    case Details: return tr("Details");
    }
    return {};
}
