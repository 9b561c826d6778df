#include "MergeMembersDialog.h"

#include "MemberFieldNames.h"

#include "common/PhoneNumber.h"
#include "services/MemberMerge.h"
#include "services/MemberService.h"
#include "widgets/DialogSeams.h"
#include "widgets/DisplayText.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

QString contact(const QString &phone, const QString &email)
{
    QStringList parts;
    if (!phone.isEmpty())
        parts.append(PhoneNumber::display(phone));
    if (!email.isEmpty())
        parts.append(email);
    return parts.join(u"\n"_s);
}

}

MergeMembersDialog::MergeMembersDialog(Store &store, const Member &first, const Member &second, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_first(first),
      m_second(second),
      m_keepFirst(new QRadioButton(tr("Keep this record (Alt+&1)"), this)),
      m_keepSecond(new QRadioButton(tr("Keep this record (Alt+&2)"), this)),
      m_plan(new QLabel(this))
{
    setObjectName(u"mergeMembersDialog"_s);
    setWindowTitle(tr("Merge two records of one person"));
    setModal(true);
    setMinimumWidth(640);
    m_keepFirst->setObjectName(u"keepFirstMember"_s);
    m_keepSecond->setObjectName(u"keepSecondMember"_s);
    m_plan->setObjectName(u"mergePlan"_s);
    m_plan->setWordWrap(true);
    m_plan->setStyleSheet(u"background: #f3f6ef; padding: 8px; border-radius: 4px;"_s);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->addWidget(m_keepFirst, 0, 1);
    grid->addWidget(m_keepSecond, 0, 2);
    MemberService members(store);
    const auto orders = [&](const Member &member) -> QString {
        auto count = members.orderCount(member.id);
        return count ? tr("%n order(s)", nullptr, *count) : QString();
    };
    const auto partner = [](const Member &member) -> QString {
        QStringList parts{QString(member.partnerFirstName + u' ' + member.partnerLastName).trimmed(),
                          contact(member.partnerPhone, member.partnerEmail)};
        parts.removeAll(QString());
        return parts.join(u'\n');
    };
    const auto address = [](const Member &member) -> QString {
        QStringList parts{member.address1, member.address2, QString(member.postcode + u' ' + member.town).trimmed()};
        parts.removeAll(QString());
        return parts.join(u'\n');
    };
    const struct {
        QString label;
        std::function<QString(const Member &)> value;
    } rows[] = {
        {tr("Name"), [](const Member &m) -> QString {
             return m.archived ? tr("%1 (archived)").arg(m.displayName()) : m.displayName();
         }},
        {tr("Phone, e-mail"), [](const Member &m) -> QString { return contact(m.phone, m.email); }},
        {tr("Second person"), partner},
        {tr("Address"), address},
        {tr("Member since"), [](const Member &m) -> QString { return DisplayText::shortDate(m.memberSince); }},
        {tr("Orders"), orders},
        {tr("Notes"), [](const Member &m) -> QString { return m.notes; }},
    };
    int row = 1;
    for (const auto &line : rows) {
        auto *label = new QLabel(line.label, this);
        label->setStyleSheet(u"color: #555;"_s);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        for (int column = 1; column <= 2; ++column) {
            auto *value = new QLabel(line.value(column == 1 ? m_first : m_second), this);
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            grid->addWidget(value, row, column, Qt::AlignTop);
        }
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *mergeButton = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    mergeButton->setObjectName(u"mergeButton"_s);
    mergeButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(u"mergeCancel"_s);
    connect(mergeButton, &QPushButton::clicked, this, &MergeMembersDialog::merge);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The orders of the other record move to the one kept, whose empty fields are "
                                "filled from the other; the other record is then erased."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_plan);
    layout->addWidget(buttons);

    // By default the record with more orders, or the older one, is kept.
    auto firstOrders = members.orderCount(first.id);
    auto secondOrders = members.orderCount(second.id);
    const bool keepSecond = firstOrders && secondOrders && *secondOrders > *firstOrders;
    (keepSecond ? m_keepSecond : m_keepFirst)->setChecked(true);
    connect(m_keepFirst, &QRadioButton::toggled, this, &MergeMembersDialog::updatePlan);
    updatePlan();
    mergeButton->setFocus();
}

QString MergeMembersDialog::keptId() const
{
    return m_keepFirst->isChecked() ? m_first.id : m_second.id;
}

void MergeMembersDialog::keep(const QString &memberId)
{
    (memberId == m_first.id ? m_keepFirst : m_keepSecond)->setChecked(true);
}

void MergeMembersDialog::updatePlan()
{
    const QString kept = keptId();
    const QString duplicate = kept == m_first.id ? m_second.id : m_first.id;
    auto plan = MemberMerge(m_store).plan(kept, duplicate);
    if (!plan) {
        m_plan->setText(plan.error().message());
        return;
    }
    QStringList lines;
    lines.append(tr("%1 is kept.").arg(plan->kept.displayName()));
    if (plan->basketsMoved > 0)
        lines.append(tr("%n order(s) move to the kept record.", nullptr, plan->basketsMoved));
    if (plan->basketsCombined > 0)
        lines.append(tr("Both ordered for %n distribution(s): the lines are combined into one order, quantities "
                        "added up.",
                        nullptr, plan->basketsCombined));
    if (plan->basketsDropped > 0)
        lines.append(tr("%n cancelled order(s) give way to the other record’s.", nullptr, plan->basketsDropped));
    if (!plan->linesToWeighAgain.isEmpty())
        lines.append(tr("%n line(s) will have to be weighed again.", nullptr, int(plan->linesToWeighAgain.size())));
    if (!plan->fieldsFilled.isEmpty())
        lines.append(tr("Filled in from the other record: %1.").arg(MemberFieldNames::of(plan->fieldsFilled)));
    m_plan->setText(lines.join(u'\n'));
}

bool MergeMembersDialog::merge()
{
    const QString kept = keptId();
    const QString duplicate = kept == m_first.id ? m_second.id : m_first.id;
    auto report = MemberMerge(m_store).merge(kept, duplicate);
    if (!report) {
        DialogSeams::warning(this, windowTitle(), report.error().message());
        return false;
    }
    const int orders = report->basketsMoved + report->basketsCombined;
    emit merged(kept, tr("The two records were merged into %1 (%n order(s) moved).", nullptr, orders)
                          .arg(report->kept.displayName()));
    accept();
    return true;
}
