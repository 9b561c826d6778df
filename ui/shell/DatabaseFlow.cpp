#include "DatabaseFlow.h"

#include "ChooseUserDialog.h"
#include "NewGroupDialog.h"
#include "RecentDatabases.h"
#include "WelcomeDialog.h"
#include "workspace/Workspace.h"
#include "common/AppPaths.h"
#include "services/GroupService.h"
#include "widgets/DialogSeams.h"

#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
QString databaseFilter()
{
    return DatabaseFlow::tr("Comptoir databases (*.db *.comptoir);;All files (*)");
}
}

DatabaseFlow::DatabaseFlow(Workspace &workspace, QWidget *window)
    : QObject(window), m_workspace(workspace), m_window(window)
{
}

bool DatabaseFlow::start(const QString &requestedPath)
{
    QString path = requestedPath;
    if (path.isEmpty()) {
        const QString last = RecentDatabases::last();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : AppPaths::defaultDatabase();
    }
    if (Status opened = m_workspace.open(path, true); !opened) {
        refuse(opened.error().message());
        if (path == AppPaths::defaultDatabase())
            return false;
        if (Status fallback = m_workspace.open(AppPaths::defaultDatabase(), true); !fallback) {
            refuse(fallback.error().message());
            return false;
        }
    }
    if (!m_workspace.holdsGroup() && !welcome())
        return false;
    remember();
    return ensureCurrentUser();
}

bool DatabaseFlow::welcome()
{
    while (!m_workspace.holdsGroup()) {
        WelcomeDialog dialog(m_window);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        switch (dialog.choice()) {
        case WelcomeDialog::Choice::OpenDemo:
            openDemo();
            break;
        case WelcomeDialog::Choice::CreateGroup:
            setUpGroupHere();
            break;
        case WelcomeDialog::Choice::OpenFile:
            openFile();
            break;
        case WelcomeDialog::Choice::None:
            return false;
        }
    }
    return true;
}

bool DatabaseFlow::setUpGroupHere()
{
    NewGroupDialog dialog(m_window);
    while (dialog.exec() == QDialog::Accepted) {
        const Status created = m_workspace.initialiseGroup(dialog.groupName(), dialog.userName());
        if (created)
            return true;
        dialog.showError(created.error().message());
    }
    return false;
}

void DatabaseFlow::newGroup()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = DialogSeams::saveFileName(m_window, tr("New group: choose where to keep its file"),
                                             folder + u"/marche.db"_s, databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".db"_s;
    if (QFileInfo::exists(path)) {
        refuse(tr("“%1” already exists; Comptoir does not overwrite a file. Choose another name.").arg(path));
        return;
    }
    if (Status opened = m_workspace.open(path, true); !opened) {
        refuse(opened.error().message());
        return;
    }
    if (setUpGroupHere()) {
        remember();
        ensureCurrentUser();
    }
}

void DatabaseFlow::openFile()
{
    const QString path = DialogSeams::openFileName(m_window, tr("Open a Comptoir database"), {}, databaseFilter());
    if (!path.isEmpty())
        openPath(path);
}

void DatabaseFlow::openPath(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        refuse(tr("The file “%1” no longer exists.").arg(path));
        RecentDatabases::remove(path);
        emit recentChanged();
        return;
    }
    if (Status opened = m_workspace.open(path); !opened) {
        refuse(opened.error().message());
        return;
    }
    if (!m_workspace.holdsGroup() && !setUpGroupHere())
        return;
    remember();
    ensureCurrentUser();
}

void DatabaseFlow::openDemo()
{
    const QString path = AppPaths::demoDatabase();
    Status opened = QFileInfo::exists(path) ? m_workspace.open(path) : m_workspace.createDemo(path);
    if (opened && !m_workspace.holdsGroup())
        opened = m_workspace.createDemo(path);
    if (!opened) {
        refuse(opened.error().message());
        return;
    }
    remember();
    ensureCurrentUser();
}

bool DatabaseFlow::ensureCurrentUser()
{
    if (!m_workspace.isOpen() || !m_workspace.currentUserName().isEmpty())
        return true;
    GroupService group(m_workspace.store());
    auto users = group.users();
    ChooseUserDialog dialog(users ? *users : QList<User>(), m_window);
    while (dialog.exec() == QDialog::Accepted) {
        QString id = dialog.userId();
        if (id.isEmpty()) {
            User user;
            user.name = dialog.newUserName();
            auto added = group.addUser(user);
            if (!added) {
                refuse(added.error().message());
                continue;
            }
            id = *added;
        }
        if (Status chosen = group.setCurrentUser(id); !chosen) {
            refuse(chosen.error().message());
            continue;
        }
        m_workspace.refresh();
        return true;
    }
    return false;
}

void DatabaseFlow::remember()
{
    RecentDatabases::add(m_workspace.path());
    emit recentChanged();
}

void DatabaseFlow::refuse(const QString &message)
{
    DialogSeams::warning(m_window, tr("Comptoir"), message);
}
