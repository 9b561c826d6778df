#include "DatabaseSnapshot.h"
#include "TestStore.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/Schema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

QVariant pragma(Database &database, const QString &name)
{
    QSqlQuery query(database.connection());
    query.exec(u"PRAGMA "_s + name);
    return query.next() ? query.value(0) : QVariant();
}

QStringList tableNames(Database &database)
{
    QSqlQuery query(database.connection());
    query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A number missing from a folder of migration files, and why.
struct KnownGap {
    const char *folder;
    int version;
    const char *reason;
};

// Every number missing below the newest migration, with its reason. A number listed here stays
// missing for good: Migrator applies only the files above a database's version, so a file given
// this number now would never run on a database already past it. A released file is never
// renumbered either: a database already at its version would be refused as newer than the program
// (docs/DESIGN.md, "Data rules").
const KnownGap knownGaps[] = {
    {":/migrations", 4,
     "never used: the numbers were handed out ahead to work done side by side, 0005 (orders, 7f568d2) "
     "was committed before 0003 (members, 2126752) and 0002 (sync, 6b74c80), and no commit ever added "
     "a 0004 file; databases at version 5 exist, so 0004 cannot be filled"},
};

// The name Migrator and ServerSchema read; they skip any other file without a word.
const QRegularExpression &migrationFileName()
{
    static const QRegularExpression pattern(u"^(\\d{4})_[a-z0-9_]+\\.sql$"_s);
    return pattern;
}

// Every file in `folder` (not only *.sql: a misnamed file must show up here).
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

}

class TestMigrations : public QObject {
    Q_OBJECT

private slots:
    void newDatabaseGetsTheWholeSchema()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(u"new.db"_s));
        QVERIFY2(database, qPrintable(database ? QString() : database.error().message()));
        Database &db = **database;
        Migrator migrator(db);
        QVERIFY(migrator.latestVersion() >= 1);
        QCOMPARE(db.schemaVersion(), migrator.latestVersion());
        const QStringList tables = tableNames(db);
        for (const TableSchema &table : Schema::replicatedTables())
            QVERIFY2(tables.contains(table.name), qPrintable(table.name));
        QVERIFY(tables.contains(u"local_setting"_s));
    }

    void schemaMatchesTheCodesDescription()
    {
        // Every column the code writes exists, with the replication columns.
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(u"new.db"_s));
        QVERIFY(database);
        for (const TableSchema &table : Schema::replicatedTables()) {
            QSqlQuery query((*database)->connection());
            query.exec(u"SELECT name FROM pragma_table_info('"_s + table.name + u"')"_s);
            QStringList columns;
            while (query.next())
                columns.append(query.value(0).toString());
            QStringList expected = table.columns + table.localColumns + Schema::replicationColumns();
            expected.append(u"id"_s);
            for (const QString &column : expected)
                QVERIFY2(columns.contains(column), qPrintable(table.name + u'.' + column));
            QCOMPARE(columns.size(), expected.size());
        }
    }

    void connectionIsConfigured()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(u"new.db"_s));
        QVERIFY(database);
        QCOMPARE(pragma(**database, u"foreign_keys"_s).toInt(), 1);
        QCOMPARE(pragma(**database, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(**database, u"busy_timeout"_s).toInt(), 5000);
        QCOMPARE(pragma(**database, u"application_id"_s).toInt(), Database::applicationId);
    }

    void reopeningKeepsDataAndVersion()
    {
        TestStore test;
        const QString before = DatabaseSnapshot::take(test.store());
        test.reopen();
        QCOMPARE(DatabaseSnapshot::take(test.store()), before);
    }

    void foreignKeysAreEnforced()
    {
        TestStore test;
        QSqlQuery query(test->database().connection());
        QVERIFY(!query.exec(u"INSERT INTO catalogue (id, producer_id, name, updated_at) "
                            "VALUES ('c', 'no-such-producer', 'x', '2026-01-01T00:00:00.000Z')"_s));
    }

    void refusesADatabaseNewerThanTheProgram()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.db"_s);
        {
            auto database = Database::open(path);
            QVERIFY(database);
            QVERIFY((*database)->execute(u"PRAGMA user_version = 999"_s));
        }
        const QByteArray before = fileContents(path);
        auto reopened = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(!reopened);
        QCOMPARE(reopened.error().kind(), ErrorKind::Storage);
        QVERIFY2(reopened.error().message().contains(u"newer version of Comptoir"_s),
                 qPrintable(reopened.error().message()));
        QVERIFY(reopened.error().message().contains(u"999"_s));
        QCOMPARE(fileContents(path), before);
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.db"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("This is a text file, not a database.\n").repeated(200));
        file.close();
        auto database = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(!database);
        QVERIFY(database.error().message().contains(u"not a Comptoir database"_s));
        QCOMPARE(fileContents(path), QByteArray("This is a text file, not a database.\n").repeated(200));
    }

    void refusesAnotherProgramsSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.db"_s);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery(other).exec(u"CREATE TABLE songs (title TEXT)"_s);
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        auto database = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(!database);
        QVERIFY(database.error().message().contains(u"not a Comptoir one"_s));
    }

    void missingFileIsNotFoundWhenItMustExist()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(u"absent.db"_s), Database::OpenMode::MustExist);
        QVERIFY(!database);
        QCOMPARE(database.error().kind(), ErrorKind::NotFound);
        QVERIFY(!QFile::exists(dir.filePath(u"absent.db"_s)));
    }

    void migrationNumbersOnlyGrow_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("desk") << u":/migrations"_s;
        QTest::newRow("server") << u":/server"_s;
    }

    void migrationNumbersOnlyGrow()
    {
        QFETCH(QString, folder);
        const QStringList files = filesIn(folder);
        QVERIFY2(!files.isEmpty(), qPrintable(folder));
        int previous = 0;
        QList<int> present;
        for (const QString &file : files) {
            const auto match = migrationFileName().match(file);
            QVERIFY2(match.hasMatch(), qPrintable(folder + u'/' + file + u" is not named NNNN_name.sql: it would never run"_s));
            const int version = match.captured(1).toInt();
            QVERIFY2(version > previous, qPrintable(u"%1/%2: number %3 is not above %4 (a duplicate or a zero)"_s
                                                        .arg(folder, file).arg(version).arg(previous)));
            previous = version;
            present.append(version);
        }

        QList<int> listedGaps;
        for (const KnownGap &gap : knownGaps) {
            if (QLatin1StringView(gap.folder) != folder)
                continue;
            QVERIFY2(qstrlen(gap.reason) > 0, "a known gap needs its reason");
            QVERIFY2(!present.contains(gap.version),
                     qPrintable(u"%1: %2 is a known gap, yet a file has that number; databases already past it "
                                "would never run it"_s.arg(folder).arg(gap.version)));
            QVERIFY2(gap.version < previous, qPrintable(u"%1: the known gap %2 is above the newest migration"_s
                                                             .arg(folder).arg(gap.version)));
            listedGaps.append(gap.version);
        }
        for (int version = 1; version <= previous; ++version) {
            QVERIFY2(present.contains(version) || listedGaps.contains(version),
                     qPrintable(u"%1: no migration %2 and no reason for the gap in knownGaps"_s.arg(folder).arg(version)));
        }
    }

    void theNewestMigrationIsTheSchemaVersionOfANewDatabase()
    {
        const QStringList files = filesIn(u":/migrations"_s);
        QVERIFY(!files.isEmpty());
        const int newest = migrationFileName().match(files.last()).captured(1).toInt();
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(u"new.db"_s));
        QVERIFY(database);
        QCOMPARE(Migrator(**database).latestVersion(), newest);
        QCOMPARE((*database)->schemaVersion(), newest);
    }

    void aFileAddedInAGapNeverRunsOnADatabasePastIt()
    {
        // Why a known gap stays a gap: a database at the newest version skips a file numbered below.
        const auto gap = std::find_if(std::begin(knownGaps), std::end(knownGaps),
                                      [](const KnownGap &known) { return QLatin1StringView(known.folder) == ":/migrations"_L1; });
        if (gap == std::end(knownGaps))
            QSKIP("no gap in :/migrations");
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(u"current.db"_s));
        QVERIFY(database);
        const int version = (*database)->schemaVersion();

        QTemporaryDir migrations;
        for (const QString &file : filesIn(u":/migrations"_s))
            QVERIFY(QFile::copy(u":/migrations/"_s + file, migrations.filePath(file)));
        QFile late(migrations.filePath(u"%1_filled_late.sql"_s.arg(gap->version, 4, 10, QChar(u'0'))));
        QVERIFY(late.open(QIODevice::WriteOnly));
        late.write("CREATE TABLE filled_late (x INTEGER);");
        late.close();

        QVERIFY(Migrator(**database, migrations.path()).migrate());
        QCOMPARE((*database)->schemaVersion(), version);
        QVERIFY(!tableNames(**database).contains(u"filled_late"_s));
    }

    void aFailingMigrationLeavesTheDatabaseAsItWas()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(u"m.db"_s));
        QVERIFY(database);
        const int version = (*database)->schemaVersion();

        QTemporaryDir migrations;
        auto write = [&](const QString &name, const QByteArray &sql) {
            QFile file(migrations.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(sql);
        };
        write(u"%1_good.sql"_s.arg(version + 1, 4, 10, QChar(u'0')), "CREATE TABLE extra_one (x INTEGER);");
        write(u"%1_broken.sql"_s.arg(version + 2, 4, 10, QChar(u'0')),
              "CREATE TABLE extra_two (x INTEGER);\nINSERT INTO no_such_table VALUES (1);");
        Migrator migrator(**database, migrations.path());
        const Status migrated = migrator.migrate();
        QVERIFY(!migrated);
        QVERIFY(migrated.error().message().contains(u"broken"_s));
        // The good step is kept, the broken one is rolled back whole.
        QCOMPARE((*database)->schemaVersion(), version + 1);
        const QStringList tables = tableNames(**database);
        QVERIFY(tables.contains(u"extra_one"_s));
        QVERIFY(!tables.contains(u"extra_two"_s));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
