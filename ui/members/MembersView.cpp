#include "MembersView.h"

#include "MemberTableModel.h"
#include "services/MemberService.h"
#include "shell/Workspace.h"
#include "widgets/TableLook.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MembersView::MembersView(Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_search(new QLineEdit(this)),
      m_showArchived(new QCheckBox(tr("Show archived members"), this)),
      m_table(new QTableView(this)),
      m_count(new QLabel(this)),
      m_model(new MemberTableModel(this))
{
    m_search->setObjectName(u"memberSearch"_s);
    m_search->setPlaceholderText(tr("Search a name, a phone number, an e-mail, a town…"));
    m_search->setClearButtonEnabled(true);
    m_showArchived->setObjectName(u"showArchivedMembers"_s);
    m_count->setObjectName(u"memberCount"_s);

    m_table->setObjectName(u"memberTable"_s);
    m_table->setModel(m_model);
    TableLook::apply(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(MemberTableModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MemberTableModel::Email, QHeaderView::Stretch);
    m_table->setColumnWidth(MemberTableModel::Phone, 140);
    m_table->setColumnWidth(MemberTableModel::Town, 160);

    auto *header = new QLabel(tr("Members"), this);
    header->setObjectName(u"areaTitle"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(header);
    top->addStretch();
    top->addWidget(m_count);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_showArchived);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, &MembersView::reload);
    connect(m_showArchived, &QCheckBox::toggled, this, &MembersView::reload);
    connect(&m_workspace, &Workspace::opened, this, &MembersView::reload);
    connect(&m_workspace, &Workspace::dataChanged, this, &MembersView::reload);
    reload();
}

void MembersView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void MembersView::reload()
{
    if (!m_workspace.isOpen()) {
        m_model->setMembers({});
        m_count->clear();
        return;
    }
    MemberFilter filter;
    filter.text = m_search->text();
    filter.includeArchived = m_showArchived->isChecked();
    auto members = MemberService(m_workspace.store()).list(filter);
    const int count = members ? int(members->size()) : 0;
    m_model->setMembers(members ? std::move(members).value() : QList<Member>());
    m_count->setText(tr("%n member(s)", nullptr, count));
}
