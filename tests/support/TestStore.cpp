#include "TestStore.h"

#include "services/GroupService.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

QDateTime TestStore::defaultNow()
{
    return QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc());
}

TestStore::TestStore(bool initialise)
{
    auto opened = Store::open(path());
    if (!opened)
        qFatal("Cannot open the test database: %s", qPrintable(opened.error().message()));
    m_store = std::move(opened).value();
    m_store->clock().setFixed(defaultNow());
    if (initialise) {
        GroupSettings group;
        group.name = u"Test market"_s;
        User coordinator;
        coordinator.name = u"Test Coordinator"_s;
        if (Status done = GroupService(*m_store).initialise(group, coordinator); !done)
            qFatal("Cannot initialise the test database: %s", qPrintable(done.error().message()));
    }
}

void TestStore::reopen()
{
    const QDateTime now = m_store->clock().now();
    const QString actor = m_store->actor();
    m_store.reset();
    auto opened = Store::open(path(), false);
    if (!opened)
        qFatal("Cannot reopen the test database: %s", qPrintable(opened.error().message()));
    m_store = std::move(opened).value();
    m_store->clock().setFixed(now);
    m_store->setActor(actor);
}
