#include "Workspace.h"

#include "demo/DemoGroup.h"
#include "services/GroupService.h"
#include "store/Store.h"

#include <QFile>
#include <QFileInfo>

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
}

Workspace::~Workspace() = default;

QString Workspace::path() const
{
    return m_store ? m_store->path() : QString();
}

Result<std::unique_ptr<Store>> Workspace::openStore(const QString &path, bool createIfMissing)
{
    auto store = Store::open(path, createIfMissing);
    if (!store)
        return store.error();
    if (m_startTime.isValid())
        (*store)->clock().setStartingAt(m_startTime);
    return store;
}

void Workspace::install(std::unique_ptr<Store> store)
{
    m_store = std::move(store);
    GroupService(*m_store).actAsCurrentUser();
    emit opened();
}

Status Workspace::open(const QString &path, bool createIfMissing)
{
    auto store = openStore(path, createIfMissing);
    if (!store)
        return store.error();
    install(std::move(store).value());
    return {};
}

bool Workspace::holdsGroup()
{
    return m_store && !m_store->isEmpty();
}

Status Workspace::initialiseGroup(const QString &groupName, const QString &userName)
{
    if (!m_store)
        return Error(ErrorKind::Validation, tr("No database is open."));
    GroupSettings group;
    group.name = groupName;
    User user;
    user.name = userName;
    if (Status done = GroupService(*m_store).initialise(group, user); !done)
        return done;
    emit opened();
    return {};
}

Status Workspace::createDemo(const QString &path)
{
    if (m_store && m_store->path() == QFileInfo(path).absoluteFilePath())
        close();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto store = openStore(path, true);
    if (!store)
        return store.error();
    if (Status done = DemoGroup::create(**store); !done)
        return done;
    install(std::move(store).value());
    return {};
}

void Workspace::adopt(std::unique_ptr<Store> store)
{
    install(std::move(store));
}

void Workspace::close()
{
    m_store.reset();
    emit opened();
}

QString Workspace::currentUserName()
{
    if (!m_store)
        return {};
    auto user = GroupService(*m_store).currentUser();
    if (!user || !user->has_value())
        return {};
    return (*user)->name;
}

QString Workspace::groupName()
{
    if (!m_store)
        return {};
    auto group = GroupService(*m_store).group();
    return group ? group->name : QString();
}
