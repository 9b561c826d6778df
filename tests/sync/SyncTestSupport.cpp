#include "SyncTestSupport.h"

#include "TestServer.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "services/MemberService.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/Schema.h"
#include "store/Store.h"
#include "sync/ServerConnection.h"
#include "sync/ServerSchema.h"
#include "sync/SyncEngine.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace SyncTestSupport {

QString newServer(const QString &prefix, bool initialise)
{
    const QString name = TestServer::createDatabase(prefix);
    QUrl url(TestServer::url());
    url.setPath(u'/' + name);
    const QString text = url.toString();
    if (initialise) {
        auto connection = ServerConnection::open(address(text));
        if (!connection)
            qFatal("Cannot connect to the test server: %s", qPrintable(connection.error().message()));
        if (Status done = ServerSchema(**connection).initialise(); !done)
            qFatal("Cannot set up the test server: %s (%s)", qPrintable(done.error().message()),
                   qPrintable(done.error().detail()));
    }
    return text;
}

ServerAddress address(const QString &url)
{
    auto parsed = ServerAddress::parse(url);
    if (!parsed)
        qFatal("Bad test server URL %s", qPrintable(url));
    return *parsed;
}

QSqlDatabase connect(const QString &connectionName, const QString &url)
{
    return TestServer::connect(connectionName, QUrl(url).path().mid(1));
}

QVariant serverScalar(const QString &url, const QString &sql)
{
    const QString name = u"scalar-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QVariant value;
    {
        QSqlDatabase db = connect(name, url);
        QSqlQuery query(db);
        if (!query.exec(sql))
            qWarning("Server statement failed: %s (%s)", qPrintable(sql), qPrintable(query.lastError().text()));
        else if (query.next())
            value = query.value(0);
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

Result<SyncReport> sync(Store &store, const QString &url)
{
    return SyncEngine(store.path(), address(url)).run();
}

bool syncUntilQuiet(const QList<Store *> &desks, const QString &url, int rounds)
{
    for (int round = 0; round < rounds; ++round) {
        bool quiet = true;
        for (Store *desk : desks) {
            auto report = sync(*desk, url);
            if (!report) {
                qWarning("Sync failed: %s (%s)", qPrintable(report.error().message()), qPrintable(report.error().detail()));
                return false;
            }
            if (report->pulled > 0 || report->pushed > 0)
                quiet = false;
        }
        if (quiet && round > 0)
            return true;
    }
    return false;
}

QString addMember(Store &store, const QString &firstName, const QString &lastName, const QString &phone)
{
    Member member;
    member.firstName = firstName;
    member.lastName = lastName;
    member.phone = phone;
    auto id = MemberService(store).add(member);
    if (!id)
        qFatal("addMember: %s", qPrintable(id.error().message()));
    return *id;
}

Market buildMarket(Store &store)
{
    Market market;
    CatalogueService catalogues(store);
    Producer producer;
    producer.name = u"Ferme du Bois Joli"_s;
    market.producerId = catalogues.addProducer(producer).value();
    Catalogue catalogue;
    catalogue.producerId = market.producerId;
    catalogue.name = u"Légumes et œufs"_s;
    market.catalogueId = catalogues.addCatalogue(catalogue).value();
    const QList<std::pair<QString, qint64>> products{
        {u"Carottes"_s, 240}, {u"Poireaux"_s, 310}, {u"Œufs (6)"_s, 290}, {u"Potimarron"_s, 350}};
    int reference = 1;
    for (const auto &[name, price] : products) {
        Product product;
        product.catalogueId = market.catalogueId;
        product.name = name;
        product.reference = u"R"_s + QString::number(reference++);
        product.priceCents = price;
        auto id = catalogues.addProduct(product);
        if (!id)
            qFatal("buildMarket: %s", qPrintable(id.error().message()));
        market.productIds.append(*id);
    }
    CalendarService calendar(store);
    Place place;
    place.name = u"Salle des fêtes"_s;
    market.placeId = calendar.addPlace(place).value();
    Distribution distribution;
    distribution.placeId = market.placeId;
    distribution.date = QDate(2026, 11, 30);
    auto distributionId = calendar.addDistribution(distribution, {market.catalogueId});
    if (!distributionId)
        qFatal("buildMarket: %s", qPrintable(distributionId.error().message()));
    market.distributionId = *distributionId;
    market.memberIds.append(addMember(store, u"Alice"_s, u"Martin"_s, u"0612345678"_s));
    market.memberIds.append(addMember(store, u"Bruno"_s, u"Petit"_s, u"0622345678"_s));
    market.memberIds.append(addMember(store, u"Chloé"_s, u"Durand"_s, u"0632345678"_s));
    return market;
}

QString replicatedData(Store &store)
{
    QStringList lines;
    for (const TableSchema &table : Schema::replicatedTables()) {
        QSqlQuery query(store.database().connection());
        query.exec(u"SELECT id, "_s + table.columns.join(u", "_s) + u", revision, updated_at, updated_by, deleted FROM "_s
                   + table.name + u" ORDER BY id"_s);
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < table.columns.size() + 5; ++i)
                values.append(query.isNull(i) ? u"NULL"_s : query.value(i).toString());
            lines.append(table.name + u": "_s + values.join(u" | "_s));
        }
    }
    return lines.join(u'\n');
}

QString differingRows(const QString &expected, const QString &actual)
{
    const QStringList expectedLines = expected.split(u'\n');
    const QStringList actualLines = actual.split(u'\n');
    const QSet<QString> expectedSet(expectedLines.cbegin(), expectedLines.cend());
    const QSet<QString> actualSet(actualLines.cbegin(), actualLines.cend());
    QStringList differences;
    for (const QString &line : expectedLines) {
        if (!actualSet.contains(line))
            differences.append(u"- "_s + line);
    }
    for (const QString &line : actualLines) {
        if (!expectedSet.contains(line))
            differences.append(u"+ "_s + line);
    }
    return differences.join(u'\n');
}

int count(Store &store, const QString &sql)
{
    Query query(store.database(), sql);
    if (!query.exec() || !query.next())
        return -1;
    return int(query.integer(0));
}

int outboxSize(Store &store)
{
    return count(store, u"SELECT count(*) FROM sync_outbox"_s);
}

}
