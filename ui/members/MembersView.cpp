#include "MembersView.h"

#include "MemberCellDelegate.h"
#include "MemberDialog.h"
#include "MemberImportDialog.h"
#include "MemberTableModel.h"
#include "MergeMembersDialog.h"
#include "services/MemberAnonymiser.h"
#include "services/MemberExport.h"
#include "services/MemberImport.h"
#include "services/MemberService.h"
#include "workspace/Workspace.h"
#include "widgets/AreaParts.h"
#include "widgets/DialogSeams.h"
#include "widgets/TableLook.h"
#include "widgets/UndoBar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {

// A search that took more processor time than this waits for a pause in the typing instead of
// running per keystroke (processor time, so that a busy machine does not change the behaviour).
constexpr double slowSearchMs = 40;
constexpr int typingPauseMs = 150;

double processorMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

QPushButton *actionButton(QAction *action, QWidget *parent, const QString &objectName)
{
    auto *button = new QPushButton(action->text().remove(u'&').remove(u"…"_s), parent);
    button->setObjectName(objectName);
    button->setToolTip(action->toolTip());
    button->setFocusPolicy(Qt::TabFocus);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    return button;
}

}

MembersView::MembersView(Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_search(new QLineEdit(this)),
      m_showArchived(new QCheckBox(tr("Show archived members"), this)),
      m_table(new QTableView(this)),
      m_count(new QLabel(this)),
      m_undo(new UndoBar(this, u"members"_s)),
      m_searchDelay(new QTimer(this)),
      m_model(new MemberTableModel(this))
{
    m_search->setObjectName(u"memberSearch"_s);
    m_search->setPlaceholderText(tr("Search for a name, a phone number, an e-mail, a town…"));
    m_search->setClearButtonEnabled(true);
    m_showArchived->setObjectName(u"showArchivedMembers"_s);
    m_count->setObjectName(u"memberCount"_s);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(typingPauseMs);

    m_table->setObjectName(u"memberTable"_s);
    m_table->setModel(m_model);
    // Each keystroke of a search repaints the whole page: its cells are painted the cheap way.
    m_table->setItemDelegate(new MemberCellDelegate(m_table));
    TableLook::apply(m_table);
    // Two rows may be chosen together, to merge them.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(MemberTableModel::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(MemberTableModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MemberTableModel::Email, QHeaderView::Stretch);
    m_table->setColumnWidth(MemberTableModel::Phone, 150);
    m_table->setColumnWidth(MemberTableModel::Town, 170);
    m_table->setColumnWidth(MemberTableModel::MemberSince, 120);

    m_new = AreaParts::action(this, u"actionNewMember"_s, tr("&New member…"), QKeySequence::New,
                              &MembersView::newMember);
    m_edit = AreaParts::action(this, u"actionEditMember"_s, tr("&Open the member’s record…"), QKeySequence(Qt::Key_F2),
                               &MembersView::editMember);
    m_archive = AreaParts::action(this, u"actionArchiveMember"_s, tr("&Archive"), QKeySequence(u"Ctrl+Shift+A"_s),
                                  &MembersView::toggleArchived);
    m_merge = AreaParts::action(this, u"actionMergeMembers"_s, tr("&Merge the two selected…"),
                                QKeySequence(u"Ctrl+Shift+M"_s), &MembersView::mergeMembers);
    m_anonymise = AreaParts::action(this, u"actionAnonymiseMember"_s, tr("&Forget this member (anonymise)…"), {},
                                    &MembersView::anonymiseMember);
    m_erase = AreaParts::action(this, u"actionEraseMember"_s, tr("&Erase…"), QKeySequence::Delete,
                                &MembersView::eraseMember);
    m_import = AreaParts::action(this, u"actionImportMembers"_s, tr("&Import from a CSV file…"),
                                 QKeySequence(u"Ctrl+I"_s), &MembersView::importMembers);
    m_export = AreaParts::action(this, u"actionExportMembers"_s, tr("E&xport the list to CSV…"),
                                 QKeySequence(u"Ctrl+Shift+E"_s), &MembersView::exportMembers);

    auto *top = new QHBoxLayout;
    top->addWidget(AreaParts::title(tr("Members"), this));
    top->addStretch();
    // Beside the count it changes, leaving the search its width.
    top->addWidget(m_showArchived);
    top->addSpacing(12);
    top->addWidget(m_count);

    auto *newButton = actionButton(m_new, this, u"newMemberButton"_s);
    newButton->setText(tr("+ New member  Ctrl+N"));
    auto *more = new QPushButton(tr("More"), this);
    more->setObjectName(u"memberMoreButton"_s);
    auto *moreMenu = new QMenu(more);
    moreMenu->addActions({m_edit, m_archive, m_merge, m_anonymise, m_erase});
    moreMenu->addSeparator();
    moreMenu->addActions({m_import, m_export});
    more->setMenu(moreMenu);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(newButton);
    filters->addWidget(actionButton(m_import, this, u"importMembersButton"_s));
    filters->addWidget(more);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_undo);

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this, moreMenu](const QPoint &at) {
        moreMenu->popup(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_table, &QTableView::activated, this, &MembersView::editMember);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (m_lastSearchMs < slowSearchMs)
            applySearch();
        else
            m_searchDelay->start();
    });
    // Down from the search goes into the list, Enter opens the first member found.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() == 0)
            return;
        m_table->setFocus();
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_searchDelay, &QTimer::timeout, this, &MembersView::applySearch);
    connect(m_showArchived, &QCheckBox::toggled, this, &MembersView::applySearch);
    connect(m_model, &MemberTableModel::totalCountChanged, this, &MembersView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembersView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembersView::updateActions);
    connect(&m_workspace, &Workspace::opened, this, &MembersView::reloadAll);
    connect(&m_workspace, &Workspace::dataChanged, this, &MembersView::dataChanged);
    reloadAll();
}

QList<QAction *> MembersView::menuActions() const
{
    return {m_new, m_edit, m_archive, m_merge, m_anonymise, m_erase, nullptr, m_import, m_export, nullptr,
            m_undo->undoAction()};
}

MemberDialog *MembersView::openDialog() const
{
    return findChild<MemberDialog *>(QString(), Qt::FindDirectChildrenOnly);
}

void MembersView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void MembersView::reloadAll()
{
    m_model->setStore(m_workspace.isOpen() ? &m_workspace.store() : nullptr);
    updateCount();
    report({});
    updateActions();
}

void MembersView::applySearch()
{
    m_searchDelay->stop();
    const double started = processorMs();
    MemberListRequest request = m_model->request();
    request.text = m_search->text();
    request.includeArchived = m_showArchived->isChecked();
    m_model->setRequest(request);
    m_lastSearchMs = processorMs() - started;
    updateCount();
}

void MembersView::updateCount()
{
    if (!m_workspace.isOpen()) {
        m_count->clear();
        return;
    }
    const int count = m_model->totalCount();
    // On the telephone, nobody found usually means a new member to record.
    if (count == 0 && !m_search->text().trimmed().isEmpty())
        m_count->setText(tr("Nobody found: Ctrl+N records a new member"));
    else
        m_count->setText(tr("%n member(s)", nullptr, count));
}

void MembersView::dataChanged()
{
    m_model->refresh();
    updateActions();
}

QList<Member> MembersView::selectedMembers() const
{
    QList<Member> members;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const Member *member = m_model->memberAt(index))
            members.append(*member);
    }
    if (members.isEmpty()) {
        if (const Member *current = m_model->memberAt(m_table->currentIndex()))
            members.append(*current);
    }
    return members;
}

void MembersView::updateActions()
{
    const bool open = m_workspace.isOpen();
    const QList<Member> selected = open ? selectedMembers() : QList<Member>();
    const bool one = selected.size() == 1;
    const bool forgotten = one && selected.first().anonymised;
    m_new->setEnabled(open);
    m_edit->setEnabled(one && !forgotten);
    m_archive->setEnabled(one && !forgotten);
    m_archive->setText(one && selected.first().archived ? tr("&Restore (no longer archived)") : tr("&Archive"));
    m_merge->setEnabled(selected.size() == 2 && !selected.first().anonymised && !selected.last().anonymised);
    m_anonymise->setEnabled(one && !forgotten);
    m_erase->setEnabled(one);
    m_import->setEnabled(open);
    m_export->setEnabled(open);
}

void MembersView::selectMember(const QString &memberId)
{
    int row = m_model->rowOf(memberId);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(memberId);
    }
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

void MembersView::report(const QString &message, std::function<void()> undo)
{
    if (undo)
        m_undo->offer(message, std::move(undo));
    else if (!message.isEmpty())
        m_undo->tell(message);
    else
        m_undo->dismiss();
}

void MembersView::showDialog(MemberDialog *dialog, const Member &before)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberDialog::saved, this, [this, before](const QString &id) {
        emit m_workspace.dataChanged();
        selectMember(id);
        auto saved = MemberService(m_workspace.store()).find(id);
        const QString name = saved ? saved->displayName() : QString();
        if (before.id.isEmpty()) {
            report(tr("%1 was added.").arg(name), [this, id, name] {
                if (Status erased = MemberService(m_workspace.store()).erase(id); !erased) {
                    report(erased.error().message());
                    return;
                }
                emit m_workspace.dataChanged();
                report(tr("%1 was taken out again.").arg(name));
            });
        } else {
            report(tr("The changes to %1 were saved.").arg(name), [this, before, name] {
                // The record as it was before the form saved it.
                if (Status back = MemberService(m_workspace.store()).update(before, DuplicatePolicy::Allow); !back) {
                    report(back.error().message());
                    return;
                }
                emit m_workspace.dataChanged();
                report(tr("The changes to %1 were undone.").arg(name));
            });
        }
        m_table->setFocus();
    });
    connect(dialog, &MemberDialog::openMemberRequested, this, &MembersView::openMember, Qt::QueuedConnection);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MembersView::newMember()
{
    if (!m_workspace.isOpen())
        return;
    auto *dialog = new MemberDialog(m_workspace.store(), this);
    // A search that found nobody often is the name about to be typed.
    const QString searched = m_search->text().trimmed();
    if (m_model->totalCount() == 0 && !searched.isEmpty())
        dialog->prefill(searched);
    showDialog(dialog, {});
}

void MembersView::editMember()
{
    const QList<Member> selected = selectedMembers();
    if (selected.size() == 1)
        openMember(selected.first().id);
}

void MembersView::openMember(const QString &memberId)
{
    auto member = MemberService(m_workspace.store()).find(memberId);
    if (!member) {
        report(member.error().message());
        return;
    }
    if (member->anonymised) {
        report(tr("This member was forgotten at their request: there is nothing left to open."));
        return;
    }
    if (member->archived && !m_showArchived->isChecked())
        m_showArchived->setChecked(true);
    selectMember(memberId);
    showDialog(new MemberDialog(m_workspace.store(), *member, this), *member);
}

void MembersView::toggleArchived()
{
    const QList<Member> selected = selectedMembers();
    if (selected.size() != 1)
        return;
    const Member member = selected.first();
    const bool archive = !member.archived;
    if (Status done = MemberService(m_workspace.store()).setArchived(member.id, archive); !done) {
        DialogSeams::warning(this, tr("Members"), done.error().message());
        return;
    }
    emit m_workspace.dataChanged();
    const QString name = member.displayName();
    report(archive ? tr("%1 was archived.").arg(name) : tr("%1 is no longer archived.").arg(name), [this, member, archive] {
        if (Status back = MemberService(m_workspace.store()).setArchived(member.id, !archive); !back) {
            report(back.error().message());
            return;
        }
        emit m_workspace.dataChanged();
        selectMember(member.id);
    });
}

void MembersView::eraseMember()
{
    const QList<Member> selected = selectedMembers();
    if (selected.size() != 1)
        return;
    const Member member = selected.first();
    MemberService members(m_workspace.store());
    auto orders = members.orderCount(member.id);
    if (orders && *orders > 0) {
        const auto answer = DialogSeams::choose(
            this, tr("Erase a member"),
            tr("%1 has %n order(s): a member with orders is never erased. Archive them instead? "
               "They leave the list and their orders stay in the totals.",
               nullptr, *orders)
                .arg(member.displayName()),
            {{QMessageBox::Yes, tr("Archive")}, {QMessageBox::Cancel, tr("Cancel")}}, QMessageBox::Yes);
        if (answer == QMessageBox::Yes && !member.archived)
            toggleArchived();
        return;
    }
    const auto answer = DialogSeams::choose(this, tr("Erase a member"),
                                            tr("Erase %1 for good? They have no orders.").arg(member.displayName()),
                                            {{QMessageBox::Yes, tr("Erase")}, {QMessageBox::Cancel, tr("Cancel")}},
                                            QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status erased = members.erase(member.id); !erased) {
        DialogSeams::warning(this, tr("Erase a member"), erased.error().message());
        return;
    }
    emit m_workspace.dataChanged();
    report(tr("%1 was erased.").arg(member.displayName()));
}

void MembersView::mergeMembers()
{
    const QList<Member> selected = selectedMembers();
    if (selected.size() != 2)
        return;
    auto *dialog = new MergeMembersDialog(m_workspace.store(), selected.first(), selected.last(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergeMembersDialog::merged, this, [this](const QString &keptId, const QString &summary) {
        emit m_workspace.dataChanged();
        selectMember(keptId);
        report(summary);
    });
    dialog->show();
}

void MembersView::anonymiseMember()
{
    const QList<Member> selected = selectedMembers();
    if (selected.size() != 1)
        return;
    const Member member = selected.first();
    const auto answer = DialogSeams::choose(
        this, tr("Forget a member"),
        tr("Forget %1? Their name, phone numbers, e-mail addresses, address and notes are removed for good, "
           "also from the history of changes. Their past orders stay in the totals as “former member”. "
           "This cannot be undone.")
            .arg(member.displayName()),
        {{QMessageBox::Yes, tr("Forget this member")}, {QMessageBox::Cancel, tr("Cancel")}}, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status done = MemberAnonymiser(m_workspace.store()).anonymise(member.id); !done) {
        DialogSeams::warning(this, tr("Forget a member"), done.error().message());
        return;
    }
    emit m_workspace.dataChanged();
    report(tr("The member was forgotten; their orders now show as “former member”."));
}

void MembersView::importMembers()
{
    if (!m_workspace.isOpen())
        return;
    const QString path = DialogSeams::openFileName(this, tr("Import members"), QDir::homePath(),
                                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto plan = MemberImport(m_workspace.store()).planFile(path);
    QApplication::restoreOverrideCursor();
    if (!plan) {
        DialogSeams::warning(this, tr("Import members"), plan.error().message());
        return;
    }
    auto *preview = new MemberImportDialog(m_workspace.store(), std::move(plan).value(), QFileInfo(path).fileName(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &MemberImportDialog::imported, this, [this](const QString &summary) {
        emit m_workspace.dataChanged();
        report(summary);
    });
    preview->show();
}

void MembersView::exportMembers()
{
    if (!m_workspace.isOpen())
        return;
    // For people: the spreadsheet dialect (semicolons, UTF-8 with BOM); scripts use the CLI.
    const QString path = DialogSeams::saveFileName(this, tr("Export the member list"),
                                                   QDir::home().filePath(tr("members.csv")),
                                                   tr("CSV files for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    auto written = MemberExport(m_workspace.store()).write(path, m_model->request(),
                                                            CsvWriter::Dialect::FrenchSpreadsheet);
    if (!written) {
        DialogSeams::warning(this, tr("Export the member list"), written.error().message());
        return;
    }
    report(tr("%n member(s) written to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)));
}
