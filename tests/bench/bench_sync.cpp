// bench_sync: the sync engine on the large group (≈ 190,000 order lines), on loopback.
//   bench_sync [--database FILE] [--runs N] [--seed N]
// Each run: a new, empty server database; the first sync of a copy of the large group up to it
// (target < 10 s) and down to a new, empty desk (target < 10 s), each beside `psql \copy` moving
// the same rows in the same run (up: every replicated row into the same server schema, one
// transaction; down: every replicated row out to a file); then one basket changed on the first
// desk and synced up and down to the second (target < 100 ms, ten times per run).
// The server: the run's test server when COMPTOIR_TEST_PG_STATE names one, otherwise a
// throwaway one started with tests/sync/pg-server.sh (as `postgres` when run as root). Without
// --database the large group is generated first (LargeGroup, clock fixed by COMPTOIR_NOW or at
// 2026-11-25T10:00Z; the basket changes use the same clock). Prints the figures in BenchReport's format.
#include "BenchReport.h"
#include "RawSqlite.h"
#include "demo/LargeGroup.h"
#include "services/OrderService.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/Schema.h"
#include "store/Store.h"
#include "sync/ServerConnection.h"
#include "sync/ServerSchema.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

QDateTime benchNow()
{
    const auto given = Clock::parseInstant(qEnvironmentVariable("COMPTOIR_NOW"));
    return given ? *given : QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc());
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(what));
    std::exit(1);
}

// The PostgreSQL server of the benchmark: the test run's, or one of its own.
class BenchServer {
public:
    explicit BenchServer(const QString &folder)
    {
        QString state = qEnvironmentVariable("COMPTOIR_TEST_PG_STATE");
        if (state.isEmpty() || !QFile::exists(state + u"/url"_s)) {
            state = folder + u"/pg"_s;
            run(QStringLiteral(COMPTOIR_PG_SERVER_SCRIPT), {u"start"_s, state});
            m_ownState = state;
        }
        QFile file(state + u"/url"_s);
        if (!file.open(QIODevice::ReadOnly))
            fail(u"no server URL in "_s + state);
        m_url = QUrl(QString::fromUtf8(file.readAll()).trimmed());
    }

    ~BenchServer()
    {
        if (!m_ownState.isEmpty())
            run(QStringLiteral(COMPTOIR_PG_SERVER_SCRIPT), {u"stop"_s, m_ownState});
    }

    // A new database; with `initialise`, Comptoir's schema in it.
    QString newDatabase(const QString &prefix, bool initialise)
    {
        const QString name = prefix + u'_' + QUuid::createUuid().toString(QUuid::Id128).left(10);
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
            admin.setHostName(m_url.host());
            admin.setPort(m_url.port());
            admin.setUserName(m_url.userName());
            admin.setDatabaseName(u"postgres"_s);
            if (!admin.open())
                fail(u"cannot reach the server"_s);
            // A fixed prefix and hexadecimal digits, not input.
            QSqlQuery(admin).exec(u"CREATE DATABASE "_s + name);
        }
        QSqlDatabase::removeDatabase(u"bench-admin"_s);
        QUrl url = m_url;
        url.setPath(u'/' + name);
        if (initialise) {
            auto connection = ServerConnection::open(address(url.toString()));
            if (!connection)
                fail(connection.error().message());
            if (Status done = ServerSchema(**connection).initialise(); !done)
                fail(done.error().message() + u' ' + done.error().detail());
        }
        return url.toString();
    }

    static ServerAddress address(const QString &url)
    {
        auto parsed = ServerAddress::parse(url);
        if (!parsed)
            fail(parsed.error().message());
        return *parsed;
    }

    // The boolean columns of Comptoir's server schema, as "table.column".
    QSet<QString> booleanColumns(const QString &url) const
    {
        QSet<QString> columns;
        const QUrl address(url);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-columns"_s);
            db.setHostName(address.host());
            db.setPort(address.port());
            db.setUserName(address.userName());
            db.setDatabaseName(address.path().mid(1));
            if (!db.open())
                fail(u"cannot reach the server"_s);
            QSqlQuery query(db);
            query.exec(u"SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = "
                       "'comptoir' AND data_type = 'boolean'"_s);
            while (query.next())
                columns.insert(query.value(0).toString() + u'.' + query.value(1).toString());
        }
        QSqlDatabase::removeDatabase(u"bench-columns"_s);
        return columns;
    }

    // Runs psql on the database of `url` with a script; returns the milliseconds it took.
    double psql(const QString &url, const QString &scriptPath) const
    {
        const QUrl address(url);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PGHOST"_s, address.host());
        environment.insert(u"PGPORT"_s, QString::number(address.port()));
        environment.insert(u"PGUSER"_s, address.userName());
        environment.insert(u"PGDATABASE"_s, address.path().mid(1));
        process.setProcessEnvironment(environment);
        return Bench::timeMs([&] {
            process.start(u"psql"_s, {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-1"_s, u"-f"_s, scriptPath});
            process.waitForFinished(-1);
            if (process.exitCode() != 0)
                fail(u"psql failed: "_s + QString::fromUtf8(process.readAllStandardError()));
        });
    }

private:
    static void run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(program, arguments);
        if (!process.waitForFinished(180000) || process.exitCode() != 0)
            fail(program + u" failed"_s);
    }

    QUrl m_url;
    QString m_ownState;
};

QStringList copyColumns(const TableSchema &table)
{
    QStringList columns{u"id"_s};
    columns += table.columns;
    columns += QStringList{u"updated_at"_s, u"updated_by"_s, u"deleted"_s};
    return columns;
}

// The psql scripts of the raw side: up, each table's CSV file into the server schema (\copy
// FROM); down, each table out to a CSV file (\copy TO), its booleans as 0 and 1 as the desk
// stores them. Made before the timing.
void writeCopyScripts(const QString &folder, const QSet<QString> &booleans, QString *upScript, QString *downScript)
{
    QString up;
    QString down;
    for (const TableSchema &table : Schema::replicatedTables()) {
        const QStringList columns = copyColumns(table);
        QStringList selected;
        for (const QString &column : columns)
            selected.append(booleans.contains(table.name + u'.' + column) ? column + u"::int"_s : column);
        up += u"\\copy comptoir."_s + table.name + u" ("_s + columns.join(u", "_s) + u") FROM '"_s + folder + u'/'
            + table.name + u".csv' WITH (FORMAT csv)\n"_s;
        down += u"\\copy (SELECT "_s + selected.join(u", "_s) + u", revision FROM comptoir."_s + table.name
            + u") TO '"_s + folder + u"/down-"_s + table.name + u".csv' WITH (FORMAT csv)\n"_s;
    }
    *upScript = folder + u"/up.sql"_s;
    *downScript = folder + u"/down.sql"_s;
    for (const auto &[path, text] : {std::pair{*upScript, up}, std::pair{*downScript, down}}) {
        QFile script(path);
        if (!script.open(QIODevice::WriteOnly))
            fail(u"cannot write "_s + path);
        script.write(text.toUtf8());
    }
}

// The raw side's reading of the desk, timed with its psql \copy: every replicated row read with
// SQLite's C API and written as CSV (NULL as nothing, text quoted), one file per table.
qint64 dumpDesk(const QString &path, const QString &folder)
{
    RawDatabase db(path);
    qint64 rows = 0;
    for (const TableSchema &table : Schema::replicatedTables()) {
        const QStringList columns = copyColumns(table);
        RawStatement select(db.handle(), (u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + table.name
                                          + u" ORDER BY rowid"_s)
                                             .toUtf8()
                                             .constData());
        QByteArray out;
        while (select.step()) {
            for (int i = 0; i < columns.size(); ++i) {
                if (i > 0)
                    out += ',';
                if (select.isNull(i))
                    continue;
                if (select.isInteger(i)) {
                    out += QByteArray::number(select.integer(i));
                    continue;
                }
                out += '"';
                out += select.text(i).replace('"', "\"\"");
                out += '"';
            }
            out += '\n';
            ++rows;
        }
        QFile csv(folder + u'/' + table.name + u".csv"_s);
        if (!csv.open(QIODevice::WriteOnly))
            fail(u"cannot write "_s + csv.fileName());
        csv.write(out);
    }
    return rows;
}

// The fields of one CSV record from `at` in `data` (psql's CSV: an unquoted empty field is NULL);
// moves `at` past it.
QList<std::optional<QByteArray>> csvRecord(const QByteArray &data, qsizetype &at)
{
    QList<std::optional<QByteArray>> fields;
    while (at <= data.size()) {
        if (at < data.size() && data.at(at) == '"') {
            QByteArray field;
            ++at;
            while (at < data.size()) {
                if (data.at(at) == '"') {
                    if (at + 1 < data.size() && data.at(at + 1) == '"') {
                        field += '"';
                        at += 2;
                        continue;
                    }
                    ++at;
                    break;
                }
                field += data.at(at++);
            }
            fields.append(field);
        } else {
            qsizetype end = at;
            while (end < data.size() && data.at(end) != ',' && data.at(end) != '\n')
                ++end;
            if (end == at)
                fields.append(std::nullopt);
            else
                fields.append(data.mid(at, end - at));
            at = end;
        }
        if (at >= data.size() || data.at(at) == '\n') {
            ++at;
            break;
        }
        ++at; // the comma
    }
    return fields;
}

// The raw side's writing of the desk, timed with its psql \copy: every row of the CSV files
// inserted into a new desk with SQLite's C API, in one transaction, with the columns the desk
// derives (search text and name keys, through Schema's derive as Comptoir computes them).
qint64 loadDesk(const QString &path, const QString &folder)
{
    RawDatabase db(path);
    qint64 rows = 0;
    db.execute("BEGIN IMMEDIATE");
    for (const TableSchema &table : Schema::replicatedTables()) {
        QStringList columns = copyColumns(table);
        columns.append(u"revision"_s);
        QStringList written = columns + table.localColumns;
        QStringList marks;
        for (int i = 1; i <= written.size(); ++i)
            marks.append(u"?%1"_s.arg(i));
        RawStatement insert(db.handle(), (u"INSERT INTO "_s + table.name + u" ("_s + written.join(u", "_s)
                                          + u") VALUES ("_s + marks.join(u", "_s) + u')')
                                             .toUtf8()
                                             .constData());
        QFile csv(folder + u"/down-"_s + table.name + u".csv"_s);
        if (!csv.open(QIODevice::ReadOnly))
            fail(u"cannot read "_s + csv.fileName());
        const QByteArray data = csv.readAll();
        qsizetype at = 0;
        while (at < data.size()) {
            const QList<std::optional<QByteArray>> fields = csvRecord(data, at);
            if (fields.size() != columns.size())
                fail(u"a CSV record of %1 has %2 fields"_s.arg(table.name).arg(fields.size()));
            for (int i = 0; i < fields.size(); ++i) {
                if (fields.at(i))
                    insert.bind(i + 1, *fields.at(i));
            }
            if (table.derive) {
                QVariantMap values;
                for (int i = 0; i < fields.size(); ++i)
                    values.insert(columns.at(i), fields.at(i) ? QVariant(QString::fromUtf8(*fields.at(i))) : QVariant());
                const QVariantMap derived = table.derive(values);
                for (int i = 0; i < table.localColumns.size(); ++i)
                    insert.bind(int(columns.size()) + i + 1, derived.value(table.localColumns.at(i)).toString().toUtf8());
            }
            insert.step();
            insert.reset();
            ++rows;
        }
    }
    db.execute("COMMIT");
    return rows;
}

double syncMs(const QString &path, const QString &url, SyncReport *report = nullptr)
{
    Result<SyncReport> result = Error(ErrorKind::Storage, QString());
    const double ms = Bench::timeMs([&] { result = SyncEngine(path, BenchServer::address(url)).run(); });
    if (!result)
        fail(result.error().message() + u" / "_s + result.error().detail());
    if (report)
        *report = *result;
    return ms;
}

// Baskets in progress with lines, on the coming distributions.
QStringList basketsInProgress(Store &store, int count)
{
    QStringList ids;
    Query query(store.database(), u"SELECT b.id FROM basket b JOIN distribution d ON d.id = b.distribution_id "
                                  "WHERE b.deleted = 0 AND b.status = 'in_progress' AND b.member_id IS NOT NULL "
                                  "AND d.local_date >= ? AND EXISTS (SELECT 1 FROM order_line l WHERE l.basket_id = b.id "
                                  "AND l.deleted = 0) ORDER BY b.id LIMIT ?"_s);
    query.bind(store.clock().now().date().toString(Qt::ISODate)).bind(count);
    if (query.exec()) {
        while (query.next())
            ids.append(query.text(0));
    }
    return ids;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2) : QString();
}

}

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The sync engine on the large group, beside psql \\copy."_s);
    parser.addHelpOption();
    const QCommandLineOption databaseOption(u"database"_s, u"A large group database to copy (never changed)."_s, u"FILE"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs (a new server database each), default 3."_s, u"N"_s, u"3"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the generated large group, default 1."_s, u"N"_s, u"1"_s);
    parser.addOptions({databaseOption, runsOption, seedOption});
    parser.process(application);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir folder(QDir::tempPath() + u"/bench-sync-XXXXXX"_s);
    QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                             | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    QTextStream out(stdout);
    BenchServer server(folder.path());

    QString templatePath = parser.value(databaseOption);
    if (templatePath.isEmpty()) {
        templatePath = folder.filePath(u"large.db"_s);
        auto store = Store::open(templatePath);
        if (!store)
            fail(store.error().message());
        (*store)->clock().setFixed(benchNow());
        const double ms = Bench::timeMs([&] {
            if (Status done = LargeGroup::create(**store, parser.value(seedOption).toUInt()); !done)
                fail(done.error().message());
        });
        out << u"Generated the large group in %1 s."_s.arg(ms / 1000, 0, 'f', 1) << Qt::endl;
    }

    Bench::Row up;
    Bench::Row down;
    Bench::Row basket;
    up.operation = u"first sync up: large group to an empty server"_s;
    down.operation = u"first sync down: a new desk joins"_s;
    basket.operation = u"one changed basket, desk to desk (push + pull)"_s;
    up.target = Bench::Target{u"< 10 s"_s, 10000, Bench::Statistic::Median};
    down.target = Bench::Target{u"< 10 s"_s, 10000, Bench::Statistic::Median};
    basket.target = Bench::Target{u"< 100 ms"_s, 100, Bench::Statistic::Median};
    Bench::Samples copyUp;
    Bench::Samples copyDown;
    qint64 rows = 0;

    for (int run = 1; run <= runs; ++run) {
        const QString runFolder = folder.filePath(u"run%1"_s.arg(run));
        QDir().mkpath(runFolder);
        QFile::setPermissions(runFolder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                             | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        const QString deskA = runFolder + u"/a.db"_s;
        const QString deskB = runFolder + u"/b.db"_s;
        if (!QFile::copy(templatePath, deskA))
            fail(u"cannot copy "_s + templatePath);
        // Opened once by Comptoir before the timing (planner statistics made when missing), as a
        // desk that has been in use.
        if (!Store::open(deskA, false))
            fail(u"cannot open "_s + deskA);

        // By hand: the desk read with SQLite's C API into CSV files, then psql \copy FROM into a
        // server database of its own, timed together.
        const QString copyUrl = server.newDatabase(u"bench_copy"_s, true);
        QString upScript;
        QString downScript;
        writeCopyScripts(runFolder, server.booleanColumns(copyUrl), &upScript, &downScript);
        const bool handFirst = run % 2 == 1;
        double copyUpMs = 0;
        const auto copyUpSide = [&] {
            copyUpMs = Bench::timeMs([&] { rows = dumpDesk(deskA, runFolder); }) + server.psql(copyUrl, upScript);
        };
        if (handFirst)
            copyUpSide();
        const QString url = server.newDatabase(u"bench_sync"_s, true);
        SyncReport report;
        const double upMs = syncMs(deskA, url, &report);
        up.samples.add(upMs);
        if (!handFirst)
            copyUpSide();
        copyUp.add(copyUpMs);
        if (report.pushed != rows)
            fail(u"pushed %1 rows of %2"_s.arg(report.pushed).arg(rows));

        // By hand: psql \copy TO CSV files, then every row inserted into a new desk (its schema
        // made before the timing) with SQLite's C API; the side going first alternates.
        const QString rawDesk = runFolder + u"/raw.db"_s;
        if (!Store::open(rawDesk))
            fail(u"cannot make the raw desk"_s);
        double copyDownMs = 0;
        double downMs = 0;
        qint64 loaded = 0;
        const auto copyDownSide = [&] {
            copyDownMs = server.psql(url, downScript) + Bench::timeMs([&] { loaded = loadDesk(rawDesk, runFolder); });
        };
        if (handFirst)
            copyDownSide();
        downMs = syncMs(deskB, url, &report);
        if (!handFirst)
            copyDownSide();
        down.samples.add(downMs);
        copyDown.add(copyDownMs);
        if (report.pulled != rows || loaded != rows)
            fail(u"pulled %1 rows, loaded by hand %2, of %3"_s.arg(report.pulled).arg(loaded).arg(rows));

        // One basket changed on desk A, then A syncs and B syncs.
        syncMs(deskA, url);
        auto storeA = Store::open(deskA, false);
        auto storeB = Store::open(deskB, false);
        if (!storeA || !storeB)
            fail(u"cannot open the desks"_s);
        (*storeA)->setActor(u"Bench desk A"_s);
        (*storeA)->clock().setFixed(benchNow());
        const QStringList baskets = basketsInProgress(**storeA, 10);
        if (baskets.isEmpty())
            fail(u"no basket in progress in the large group"_s);
        Bench::Samples thisRun;
        for (int i = 0; i < baskets.size(); ++i) {
            OrderService orders(**storeA);
            const QList<OrderLine> lines = orders.lines(baskets.at(i)).value();
            const OrderLine &line = lines.first();
            if (Status changed = orders.setLine(baskets.at(i), line.productId, line.quantity + 1, LatePolicy::Record); !changed)
                fail(changed.error().message());
            const double ms = syncMs(deskA, url) + syncMs(deskB, url);
            basket.samples.add(ms);
            thisRun.add(ms);
            Query check((*storeB)->database(), u"SELECT quantity FROM order_line WHERE id = ?"_s);
            check.bind(line.id);
            if (!check.exec() || !check.next() || check.integer(0) != line.quantity + 1)
                fail(u"the changed basket did not reach desk B"_s);
        }
        out << u"run %1: up %2 ms (psql \\copy %3 ms), down %4 ms (psql \\copy %5 ms), one basket %6 ms (median of %7); load %8"_s
                   .arg(run)
                   .arg(qRound(upMs))
                   .arg(qRound(copyUpMs))
                   .arg(qRound(downMs))
                   .arg(qRound(copyDownMs))
                   .arg(thisRun.median(), 0, 'f', 1)
                   .arg(baskets.size())
                   .arg(loadAverage())
            << '\n';
        out.flush();
    }

    up.rawMedian = copyUp.median();
    down.rawMedian = copyDown.median();
    up.note = u"%1 rows, %2 runs; raw: every replicated row read with SQLite's C API into CSV files, then psql "
              "\\copy FROM into the same server schema, one transaction; the side going first alternates"_s
                  .arg(rows)
                  .arg(runs);
    down.note = u"%1 rows, %2 runs; raw: psql \\copy TO CSV files, then every row inserted into a new desk with "
                "SQLite's C API (with the search columns the desk derives), one transaction; the desk's schema "
                "made untimed (Comptoir's side makes it in its time)"_s
                    .arg(rows)
                    .arg(runs);
    basket.note = u"one order line changed; raw: none"_s;
    Bench::printHeader(out, u"Sync on loopback, %1 runs (load average at the end: %2)"_s.arg(runs).arg(loadAverage()));
    for (const Bench::Row &row : {up, down, basket})
        Bench::print(out, row);
    return 0;
}
