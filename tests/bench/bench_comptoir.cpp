// bench_comptoir: the figures that matter, on the large group (issue 5). Not a test: it prints,
// for each operation, the median and 95th percentile over repeated runs (warm-up excluded) and,
// measured in the same runs, the same data work done by hand-written SQL on SQLite's C API.
// tools/run-benchmarks.sh runs it and writes docs/BENCHMARKS.md.
//
//   bench_comptoir [--database LARGE.db] [--only op,op] [--runs-factor F] [--generations N]
//
// Without --database it makes the large group with `comptoir-cli demo --large` (timed). The
// operations that write work on a copy; the file given is never changed. The clock is fixed
// (COMPTOIR_NOW, default 2026-11-25T10:00:00Z) so that every run sees the same calendar.
//
// Adding an operation: write a function `void name(BenchContext &)` that calls Bench::measure
// (or fills a Bench::Row) and prints the row, then list it in `operations` below.

#include "BenchReport.h"
#include "RawSqlite.h"
#include "common/AppPaths.h"
#include "common/Clock.h"
#include "common/Ids.h"
#include "common/PhoneNumber.h"
#include "common/SearchText.h"
#include "demo/LargeGroupWords.h"
#include "i18n/Translations.h"
#include "members/MemberTableModel.h"
#include "orders/OrderDialog.h"
#include "queries/MemberListQuery.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "services/GroupService.h"
#include "services/MemberImport.h"
#include "services/MemberService.h"
#include "services/OrderService.h"
#include "shell/DatabaseFlow.h"
#include "shell/MainWindow.h"
#include "workspace/Workspace.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/Store.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sqlite3.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QString defaultNow = u"2026-11-25T10:00:00Z"_s;

[[noreturn]] void fail(const QString &message)
{
    qFatal("bench_comptoir: %s", qPrintable(message));
}

template <typename T>
T valueOrFail(Result<T> result, const char *what)
{
    if (!result)
        fail(QString::fromUtf8(what) + u": "_s + result.error().message() + u' ' + result.error().detail());
    return std::move(result).value();
}

void okOrFail(const Status &status, const char *what)
{
    if (!status)
        fail(QString::fromUtf8(what) + u": "_s + status.error().message() + u' ' + status.error().detail());
}

// What the operations share: the large group, a copy to write on, the programs to start.
class BenchContext {
public:
    BenchContext(QTextStream &out, double runsFactor) : m_out(out), m_runsFactor(runsFactor) {}

    QTextStream &out() { return m_out; }
    QString folder() const { return m_dir.path(); }
    int runs(int usual) const { return std::max(3, int(usual * m_runsFactor)); }

    // The large group as generated: never written to.
    QString database() const { return m_database; }
    void setDatabase(const QString &path) { m_database = path; }

    // A copy of the large group that the writing operations change, made on first use.
    QString workCopy()
    {
        if (m_workCopy.isEmpty()) {
            m_workCopy = m_dir.filePath(u"work.db"_s);
            if (!QFile::copy(m_database, m_workCopy))
                fail(u"cannot copy "_s + m_database);
        }
        return m_workCopy;
    }

    // Comptoir's own store on the work copy, acting as the desk's current user.
    Store &store()
    {
        if (!m_store) {
            m_store = valueOrFail(Store::open(workCopy(), false), "open the work copy");
            GroupService(*m_store).actAsCurrentUser();
        }
        return *m_store;
    }

    void print(const Bench::Row &row) { Bench::print(m_out, row); }

private:
    QTextStream &m_out;
    double m_runsFactor;
    QTemporaryDir m_dir;
    QString m_database;
    QString m_workCopy;
    std::unique_ptr<Store> m_store;
};

// ---------------------------------------------------------------------------------------------
// Child processes: a cold start of the app, and the raw engine reading what the first screen
// shows. Each prints "READY <VmRSS MB> <VmHWM MB>" once done; the app then visits every area and
// prints "VISITED <VmRSS MB> <VmHWM MB>".

void report(const char *word = "READY")
{
    QTextStream(stdout) << word << ' ' << Bench::residentMegabytes("VmRSS") << ' '
                        << Bench::residentMegabytes("VmHWM") << Qt::endl;
}

void reportReady()
{
    report("READY");
}

// With COMPTOIR_BENCH_TRACE set, the children tell on stderr where their time goes.
void trace(const char *step)
{
    static const bool on = qEnvironmentVariableIsSet("COMPTOIR_BENCH_TRACE");
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    if (on)
        QTextStream(stderr) << "trace " << double(timer.nsecsElapsed()) / 1e6 << " ms " << step << Qt::endl;
}

// As app/desktop/main.cpp does, up to the first paint of the main window.
int childColdStart(QApplication &application, const QString &path)
{
    Bench::installSqlTrace();
    Bench::traceSql(u"Comptoir: cold start"_s);
    trace("application made");
    AppPaths::setApplicationIdentity();
    Translations::install(application);
    trace("translations installed");
    Workspace workspace;
    MainWindow window(workspace);
    trace("main window made");
    if (!window.databaseFlow().start(path))
        return 3;
    trace("database open, views loaded");

    class FirstPaint : public QObject {
    public:
        explicit FirstPaint(QWidget *window) : m_window(window) {}
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (!m_seen && event->type() == QEvent::Paint && widget && widget->window() == m_window) {
                m_seen = true;
                // Reported once the whole paint pass that started here is over.
                trace("first paint");
                QTimer::singleShot(0, qApp, [this] {
                    Bench::traceSql({});
                    trace("painted");
                    reportReady();
                    visitEveryArea();
                });
            }
            return false;
        }

    private:
        // Memory once every area was shown, with the orders window of the next distribution.
        void visitEveryArea()
        {
            auto *window = static_cast<MainWindow *>(m_window);
            for (const MainWindow::Area area : {MainWindow::Area::Distributions, MainWindow::Area::Catalogues,
                                                MainWindow::Area::Members}) {
                window->showArea(area);
                QTest::qWait(50);
            }
            window->showOrders();
            QTest::qWait(200);
            trace("every area visited");
            report("VISITED");
            QCoreApplication::exit(0);
        }

        QWidget *m_window;
        bool m_seen = false;
    } probe(&window);
    application.installEventFilter(&probe);
    window.show();
    trace("shown");
    return application.exec();
}

// Member columns as MemberRepository reads them.
constexpr const char *memberColumns =
    "id, first_name, last_name, partner_first_name, partner_last_name, partner_phone, partner_email, phone, "
    "email, address1, address2, postcode, town, notes, notifications, member_since, archived, anonymised, "
    "revision, updated_at, updated_by";

// What Comptoir reads before its first paint, as hand-written SQL, the fastest way: the
// connection set as Comptoir sets it and its schema version checked, the group and the person at
// the desk, the member list's count and first page (chosen on the covering index member_search),
// and the Catalogues area, which is read at start too: the producers with their catalogues in
// one join, and the products of the first catalogue. The Distributions area is read when first
// shown, not before the first paint (COMPTOIR_BENCH_TRACE_SQL shows both sides' statements).
int childRawStart(const QString &path)
{
    Bench::installSqlTrace();
    Bench::traceSql(u"raw: cold start"_s);
    RawDatabase db(path);
    db.execute("PRAGMA journal_mode = WAL");
    RawStatement(db.handle(), "PRAGMA user_version").readAll();
    RawStatement(db.handle(), "SELECT id, name, time_zone, currency FROM market_group WHERE deleted = 0").readAll();
    {
        RawStatement setting(db.handle(), "SELECT value FROM local_setting WHERE key = 'current_user_id'");
        const QByteArray userId = setting.step() ? setting.text(0) : QByteArray();
        RawStatement(db.handle(), "SELECT id, name, role, producer_id FROM app_user WHERE id = ?").bind(1, userId).readAll();
    }
    // The member list: how many, and its first page.
    RawStatement(db.handle(), "SELECT count(*) FROM member WHERE deleted = 0 AND archived = 0").readAll();
    const QByteArray members = "SELECT m." + QByteArray(memberColumns).replace(", ", ", m.")
        + " FROM (SELECT rowid AS r FROM member WHERE deleted = 0 AND archived = 0 ORDER BY name_key, rowid "
          "LIMIT 100) AS page JOIN member AS m ON m.rowid = page.r ORDER BY m.name_key, m.rowid";
    RawStatement(db.handle(), members.constData()).readAll();
    // The Catalogues area: producers and their catalogues, then the first catalogue's products.
    RawStatement(db.handle(), "SELECT p.id, p.name, p.contact_name, p.phone, p.email, p.siret, p.vat_registered, "
                              "c.id, c.name, c.opens_days_before, c.opens_at_time, c.closes_hours_before, c.active "
                              "FROM producer p LEFT JOIN catalogue c ON c.producer_id = p.id AND c.deleted = 0 "
                              "WHERE p.deleted = 0 AND p.archived = 0 ORDER BY p.name COLLATE NOCASE, "
                              "c.name COLLATE NOCASE")
        .readAll();
    RawStatement(db.handle(), "SELECT id, catalogue_id, name, reference, description, unit, price_cents, vat_rate_bp, "
                              "weight_priced, piece_weight_grams, organic, bulk, content_thousandths, active FROM "
                              "product WHERE deleted = 0 AND catalogue_id = (SELECT c.id FROM catalogue c JOIN "
                              "producer p ON p.id = c.producer_id WHERE c.deleted = 0 AND p.deleted = 0 AND "
                              "p.archived = 0 ORDER BY p.name COLLATE NOCASE, c.name COLLATE NOCASE LIMIT 1) "
                              "ORDER BY name COLLATE NOCASE")
        .readAll();
    Bench::traceSql({});
    trace("raw reads done");
    reportReady();
    return 0;
}

// Starts this program as a child in `mode` on `path`; returns the milliseconds until it said
// READY, and its resident memory then.
struct ChildRun {
    double ms = 0;
    double rssMegabytes = 0;
    double peakMegabytes = 0;
    // The app only: after visiting every area.
    double visitedRssMegabytes = 0;
    double visitedPeakMegabytes = 0;
};

ChildRun runChild(const QString &mode, const QString &path, const QString &configFolder)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // The recent-files list and settings of the child stay in the benchmark's folder.
    environment.insert(u"XDG_CONFIG_HOME"_s, configFolder);
    environment.insert(u"XDG_DATA_HOME"_s, configFolder);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), {mode, path});
    QByteArray output;
    while (!output.contains('\n')) {
        if (!child.waitForReadyRead(30000))
            fail(u"the child %1 did not report: %2"_s.arg(mode, QString::fromUtf8(child.readAllStandardError())));
        output += child.readAllStandardOutput();
    }
    ChildRun run;
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    const QList<QByteArray> words = output.trimmed().split(' ');
    if (words.size() < 3 || words.first() != "READY")
        fail(u"the child %1 said: %2"_s.arg(mode, QString::fromUtf8(output)));
    run.rssMegabytes = words.at(1).toDouble();
    run.peakMegabytes = words.at(2).toDouble();
    child.waitForFinished(30000);
    output += child.readAllStandardOutput();
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> visited = line.trimmed().split(' ');
        if (visited.size() == 3 && visited.first() == "VISITED") {
            run.visitedRssMegabytes = visited.at(1).toDouble();
            run.visitedPeakMegabytes = visited.at(2).toDouble();
        }
    }
    return run;
}

// ---------------------------------------------------------------------------------------------
// The operations.

qint64 countRows(Store &store, const QString &sql)
{
    Query query(store.database(), sql);
    okOrFail(query.exec(), "count");
    return query.next() ? query.integer(0) : 0;
}

// CPU seconds (user and system) used by this program's finished children so far.
double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Times `comptoir-cli demo --large` (`generations` times, the last one into `keep` when given).
void generateLargeGroup(BenchContext &bench, int generations, const QString &keep)
{
    Bench::Row row;
    row.operation = u"generate the large group (comptoir-cli demo --large)"_s;
    row.unit = u"s"_s;
    row.target = Bench::Target{u"< 60 s"_s, 60, Bench::Statistic::Median};
    Bench::Samples cpu;
    QString path;
    for (int i = 0; i < generations; ++i) {
        path = i == generations - 1 && !keep.isEmpty() ? keep : QDir(bench.folder()).filePath(u"large-%1.db"_s.arg(i));
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        QProcess cli;
        cli.setProcessChannelMode(QProcess::SeparateChannels);
        const double cpuBefore = childrenCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        cli.start(QStringLiteral(COMPTOIR_CLI_PATH), {u"--database"_s, path, u"demo"_s, u"--large"_s, u"--seed"_s, u"1"_s});
        if (!cli.waitForFinished(600000) || cli.exitCode() != 0)
            fail(u"comptoir-cli demo --large failed: "_s + QString::fromUtf8(cli.readAllStandardError()));
        row.samples.add(double(timer.nsecsElapsed()) / 1e9);
        cpu.add(childrenCpuSeconds() - cpuBefore);
    }
    bench.setDatabase(QFileInfo(path).absoluteFilePath());
    Bench::Row size;
    size.operation = u"large group database size"_s;
    size.unit = u"MB"_s;
    size.samples.add(double(QFileInfo(path).size()) / (1024.0 * 1024.0));
    size.note = u"one file, after the CLI closed it (WAL checkpointed)"_s;
    row.note = u"seed 1, audit trail off, one transaction; CPU (user + system) %1 s; %2 run(s), each taking "
               "seconds (--generations N for more)"_s.arg(cpu.median(), 0, 'f', 1)
                   .arg(generations);
    bench.print(row);
    bench.print(size);
}

void describeGroup(BenchContext &bench)
{
    Store &store = bench.store();
    bench.out() << u"large group: %1 members, %2 producers, %3 products, %4 distributions, %5 baskets, %6 order lines, %7 MB"_s
                       .arg(countRows(store, u"SELECT count(*) FROM member"_s))
                       .arg(countRows(store, u"SELECT count(*) FROM producer"_s))
                       .arg(countRows(store, u"SELECT count(*) FROM product"_s))
                       .arg(countRows(store, u"SELECT count(*) FROM distribution"_s))
                       .arg(countRows(store, u"SELECT count(*) FROM basket"_s))
                       .arg(countRows(store, u"SELECT count(*) FROM order_line"_s))
                       .arg(double(QFileInfo(bench.database()).size()) / (1024.0 * 1024.0), 0, 'f', 1)
                << '\n';
}

// A fresh copy of `source` at `path`, out of the page cache: written, flushed to the disk, then
// dropped from the cache (posix_fadvise DONTNEED), so that the program opening it reads it
// from the disk as after a reboot, not from the memory a previous run left it in.
void coldCopy(const QString &source, const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    if (!QFile::copy(source, path))
        fail(u"cannot copy "_s + source);
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        const QByteArray file = QFile::encodeName(path + suffix);
        const int fd = ::open(file.constData(), O_RDONLY);
        if (fd < 0)
            continue;
        if (::fdatasync(fd) != 0 || ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) != 0)
            fail(u"cannot drop "_s + path + suffix + u" from the page cache"_s);
        ::close(fd);
    }
}

// Whether the page cache holds none of `path`: the pages mincore() finds resident.
double residentPercent(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return 0;
    const qint64 size = file.size();
    void *mapped = ::mmap(nullptr, size_t(size), PROT_READ, MAP_SHARED, file.handle(), 0);
    if (mapped == MAP_FAILED)
        return 0;
    const long page = ::sysconf(_SC_PAGESIZE);
    std::vector<unsigned char> pages(size_t((size + page - 1) / page));
    qint64 resident = 0;
    if (::mincore(mapped, size_t(size), pages.data()) == 0) {
        for (const unsigned char flag : pages)
            resident += flag & 1;
    }
    ::munmap(mapped, size_t(size));
    return 100.0 * double(resident) / double(pages.size());
}

void coldStart(BenchContext &bench)
{
    const QString config = QDir(bench.folder()).filePath(u"config"_s);
    QDir().mkpath(config);
    // The file as a returning coordinator has it: opened by Comptoir before (planner statistics
    // made, write-ahead log checkpointed), then closed.
    const QString source = QDir(bench.folder()).filePath(u"start-source.db"_s);
    if (!QFile::copy(bench.database(), source))
        fail(u"cannot copy the large group"_s);
    valueOrFail(Store::open(source, false), "open the large group once");
    const QString appCopy = QDir(bench.folder()).filePath(u"start-app.db"_s);
    const QString rawCopy = QDir(bench.folder()).filePath(u"start-raw.db"_s);

    Bench::Row start;
    start.operation = u"cold start: open the large group, main window painted"_s;
    start.target = Bench::Target{u"< 1 s"_s, 1000, Bench::Statistic::Median};
    Bench::Row memory;
    memory.operation = u"resident memory, large group loaded, main window shown"_s;
    memory.unit = u"MB"_s;
    memory.target = Bench::Target{u"< 200 MB"_s, 200, Bench::Statistic::Median};
    Bench::Row visited;
    visited.operation = u"resident memory, after visiting every area and the orders"_s;
    visited.unit = u"MB"_s;
    visited.target = memory.target;
    Bench::Samples rawStart;
    Bench::Samples rawMemory;
    Bench::Samples peak;
    Bench::Samples visitedPeak;
    Bench::Samples cachedBefore;
    const int warmUp = 1;
    const int runs = bench.runs(20);
    for (int run = 0; run < warmUp + runs; ++run) {
        ChildRun app;
        ChildRun raw;
        const auto appSide = [&] {
            coldCopy(source, appCopy);
            cachedBefore.add(residentPercent(appCopy));
            app = runChild(u"--child-cold-start"_s, appCopy, config);
        };
        const auto rawSide = [&] {
            coldCopy(source, rawCopy);
            cachedBefore.add(residentPercent(rawCopy));
            raw = runChild(u"--child-raw-start"_s, rawCopy, config);
        };
        if (Bench::comptoirFirst(run)) {
            appSide();
            rawSide();
        } else {
            rawSide();
            appSide();
        }
        if (run < warmUp)
            continue;
        start.samples.add(app.ms);
        memory.samples.add(app.rssMegabytes);
        peak.add(app.peakMegabytes);
        visited.samples.add(app.visitedRssMegabytes);
        visitedPeak.add(app.visitedPeakMegabytes);
        rawStart.add(raw.ms);
        rawMemory.add(raw.rssMegabytes);
    }
    start.rawMedian = rawStart.median();
    start.note = u"child process, offscreen, on a fresh copy of the file dropped from the page cache "
                 "(fdatasync + posix_fadvise DONTNEED; at most %1 % of its pages cached when the child "
                 "started); the side going first alternates; raw: a child opening the same kind of copy and "
                 "reading with SQLite's C API what Comptoir reads before its first paint (the group, the person "
                 "at the desk, the member list's count and first page, the Catalogues area)"_s
                     .arg(cachedBefore.percentile(100), 0, 'f', 1);
    memory.rawMedian = rawMemory.median();
    memory.note = u"VmRSS at the first paint (VmHWM %1 MB); raw: the raw child's VmRSS"_s.arg(peak.median(), 0, 'f', 1);
    visited.rawMedian = rawMemory.median();
    visited.note = u"VmRSS once Distributions, Catalogues, Members and the orders window of the next distribution "
                   "were shown (VmHWM %1 MB)"_s.arg(visitedPeak.median(), 0, 'f', 1);
    bench.print(start);
    bench.print(memory);
    bench.print(visited);
}

const QStringList searchKeys{u"d"_s, u"du"_s, u"dup"_s, u"dupo"_s};

// Waits until `widget` was painted (offscreen: the expose event of show() leads to a paint).
class PaintWatch : public QObject {
public:
    explicit PaintWatch(QWidget *widget) : m_widget(widget) { qApp->installEventFilter(this); }
    ~PaintWatch() override { qApp->removeEventFilter(this); }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() == QEvent::Paint && widget && widget->window() == m_widget)
            m_painted = true;
        return false;
    }
    void wait()
    {
        QElapsedTimer waited;
        waited.start();
        while (!m_painted && waited.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!m_painted)
            fail(u"a window was never painted"_s);
    }

private:
    QWidget *m_widget;
    bool m_painted = false;
};

// Typing "dupo" one letter at a time: each keystroke is a sample, the four of them in turn, and
// the note gives each one's median. `search` runs one keystroke (index in searchKeys) through
// Comptoir, `raw` the same search on the raw engine.
Bench::Row keystrokes(const QString &operation, int runsPerKey, const std::function<void(int)> &prepare,
                      const std::function<void(int)> &search, const std::function<void(int)> &raw)
{
    Bench::Row merged;
    merged.operation = operation;
    merged.target = Bench::Target{u"< 5 ms per keystroke"_s, 5, Bench::Statistic::P95};
    Bench::Samples rawSamples;
    QStringList perKey;
    const int warmUp = 2;
    QList<Bench::Samples> byKey(searchKeys.size());
    QList<Bench::Samples> rawByKey(searchKeys.size());
    // The keys are typed in turn within each run, each after the one before, as a person types;
    // Comptoir's side goes first in every other run, the raw side in the others.
    for (int run = 0; run < warmUp + runsPerKey; ++run) {
        for (int key = 0; key < searchKeys.size(); ++key) {
            if (prepare)
                prepare(key);
            const bool traced = run == warmUp && key == 0;
            double ms = 0;
            double cpuMs = 0;
            double rawMs = 0;
            const auto comptoirSide = [&] {
                if (traced)
                    Bench::traceSql(u"Comptoir: "_s + operation);
                const double cpuBefore = Bench::threadCpuMs();
                ms = Bench::timeMs([&] { search(key); });
                cpuMs = Bench::threadCpuMs() - cpuBefore;
                Bench::traceSql({});
            };
            const auto rawSide = [&] {
                if (traced)
                    Bench::traceSql(u"raw: "_s + operation);
                rawMs = Bench::timeMs([&] { raw(key); });
                Bench::traceSql({});
            };
            if (Bench::comptoirFirst(run)) {
                comptoirSide();
                rawSide();
            } else {
                rawSide();
                comptoirSide();
            }
            if (run < warmUp)
                continue;
            byKey[key].add(ms);
            merged.cpuSamples.add(cpuMs);
            rawByKey[key].add(rawMs);
        }
    }
    for (int key = 0; key < searchKeys.size(); ++key) {
        merged.samples.addAll(byKey.at(key));
        rawSamples.addAll(rawByKey.at(key));
        perKey.append(u"“%1” %2 ms"_s.arg(searchKeys.at(key)).arg(byKey.at(key).median(), 0, 'f', 2));
    }
    merged.rawMedian = rawSamples.median();
    merged.note = u"medians: "_s + perKey.join(u", "_s);
    return merged;
}

// The member search by hand, the fastest way: the rows of a page are chosen on the covering
// index member_search (deleted, archived, search_text, name_key) and only those are read whole;
// the count reads the index alone.
struct RawMemberSearch {
    static QByteArray pageSql(const char *limit)
    {
        return QByteArray("SELECT m.") + QByteArray(memberColumns).replace(", ", ", m.")
            + " FROM (SELECT rowid AS r FROM member WHERE deleted = 0 AND archived = 0 AND "
              "instr(search_text, ?1) > 0 ORDER BY name_key, rowid "
            + limit + ") AS page JOIN member AS m ON m.rowid = page.r ORDER BY m.name_key, m.rowid";
    }

    explicit RawMemberSearch(const QString &path)
        : db(path),
          count(db.handle(), "SELECT count(*) FROM member WHERE deleted = 0 AND archived = 0 AND "
                             "instr(search_text, ?1) > 0"),
          page(db.handle(), pageSql("LIMIT ?2").constData()),
          every(db.handle(), pageSql("").constData())
    {
    }
    // How many match, and the first `limit`: what the members list reads per keystroke.
    void countAndPage(const QString &key, int limit)
    {
        const QByteArray pattern = key.toUtf8();
        count.bind(1, pattern);
        count.readAll();
        page.bind(1, pattern).bind(2, qint64(limit));
        page.readAll();
    }
    void first(const QString &key, int limit)
    {
        page.bind(1, key.toUtf8()).bind(2, qint64(limit));
        page.readAll();
    }
    void all(const QString &key)
    {
        every.bind(1, key.toUtf8());
        every.readAll();
    }
    RawDatabase db;
    RawStatement count;
    RawStatement page;
    RawStatement every;
};

void memberSearch(BenchContext &bench)
{
    Store &store = bench.store();
    RawMemberSearch raw(bench.workCopy());

    // What the members list asks per keystroke: how many match, and the first page.
    const int page = MemberTableModel::pageSize;
    MemberListQuery list(store);
    Bench::Row paged = keystrokes(
        u"member search per keystroke (count + first page, MemberListQuery)"_s, bench.runs(50), {},
        [&](int key) {
            MemberListRequest request;
            request.text = searchKeys.at(key);
            if (!list.count(request) || !list.page(request, 0, page))
                fail(u"member list query failed"_s);
        },
        [&](int key) { raw.countAndPage(searchKeys.at(key), page); });
    paged.note += u"; what the members list reads per keystroke (pages of %1); raw: the same count and "
                  "page, chosen on the covering index member_search"_s.arg(page);
    bench.print(paged);

    // The order dialog's member picker: the first eight matches per keystroke.
    MemberService members(store);
    Bench::Row picker = keystrokes(
        u"member search per keystroke (MemberService::list, first 8)"_s, bench.runs(50), {},
        [&](int key) {
            if (!members.list({searchKeys.at(key), false, 8}))
                fail(u"member search failed"_s);
        },
        [&](int key) { raw.first(searchKeys.at(key), 8); });
    picker.note += u"; what the order dialog's member picker reads per keystroke; raw: the first 8 chosen on "
                   "the covering index, then read whole"_s;
    bench.print(picker);

    QStringList found;
    for (const QString &key : searchKeys)
        found.append(u"“%1” %2"_s.arg(key).arg(valueOrFail(members.list({key, false, -1}), "search").size()));
    Bench::Row row = keystrokes(
        u"member search per keystroke (MemberService::list, every match)"_s, bench.runs(50), {},
        [&](int key) {
            if (!members.list({searchKeys.at(key), false, -1}))
                fail(u"member search failed"_s);
        },
        [&](int key) { raw.all(searchKeys.at(key)); });
    // No keystroke reads every match any more (the list reads pages, the picker eight): shown for
    // `comptoir-cli member list --search`, without the per-keystroke target.
    row.target.reset();
    row.note += u"; every match read as a Member, as `member list --search` does (found: "_s + found.join(u", "_s)
        + u"); no keystroke reads them all"_s;
    bench.print(row);
}

// The same keystrokes typed into the real members view, up to the table repainted.
void memberSearchInView(BenchContext &bench)
{
    RawMemberSearch raw(bench.workCopy());
    Workspace workspace;
    workspace.adopt(valueOrFail(Store::open(bench.workCopy(), false), "open for the view"));
    MainWindow window(workspace);
    window.resize(1180, 760);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        fail(u"the main window was not shown"_s);
    auto *search = window.findChild<QLineEdit *>(u"memberSearch"_s);
    auto *table = window.findChild<QTableView *>(u"memberTable"_s);
    if (!search || !table)
        fail(u"the members view has no memberSearch / memberTable"_s);
    QAbstractItemModel *model = table->model();

    Bench::Row row = keystrokes(
        u"member search per keystroke (members view, typed)"_s, bench.runs(30),
        [&](int key) {
            if (key == 0) {
                search->clear();
                QTest::qWait(20);
            }
        },
        [&](int key) {
            QSignalSpy reset(model, &QAbstractItemModel::modelReset);
            QSignalSpy layout(model, &QAbstractItemModel::layoutChanged);
            QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
            QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
            QTest::keyClick(search, searchKeys.at(key).back().toLatin1());
            // A view that waits for the typing to pause is measured up to its answer.
            QElapsedTimer waited;
            waited.start();
            while (reset.isEmpty() && layout.isEmpty() && inserted.isEmpty() && removed.isEmpty()
                   && waited.elapsed() < 2000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            // The repaint the change asked for, through the application's own update.
            PaintWatch painted(&window);
            painted.wait();
        },
        [&](int key) { raw.countAndPage(searchKeys.at(key), MemberTableModel::pageSize); });
    row.note += u"; QTest::keyClick into memberSearch until the list changed and the window repainted; raw: "
                "the count and first page the view reads (no painting)"_s;
    bench.print(row);
}

// A distribution taking orders now, and products of the catalogues open for it.
struct OpenDistribution {
    QString id;
    QStringList productIds;
};

OpenDistribution openDistribution(Store &store, int productCount)
{
    const QDateTime now = store.clock().now();
    const QDate today = now.toTimeZone(store.timeZone()).date();
    CalendarService calendar(store);
    CatalogueService catalogues(store);
    for (const Distribution &distribution :
         valueOrFail(calendar.distributionsBetween(today, today.addDays(40)), "distributions")) {
        OpenDistribution open{distribution.id, {}};
        for (const OrderingWindow &window : valueOrFail(calendar.windows(distribution.id), "windows")) {
            if (window.stateAt(now) != OrderingWindow::State::Open)
                continue;
            for (const Product &product : valueOrFail(catalogues.products(window.catalogueId, false), "products")) {
                if (open.productIds.size() < productCount && (open.productIds.size() % 3 != 0 || !product.weightPriced))
                    open.productIds.append(product.id);
            }
        }
        if (open.productIds.size() == productCount)
            return open;
    }
    fail(u"no distribution takes orders now"_s);
}

// A validation by hand, the fastest way, doing what OrderService::validate does: in one
// transaction, read the basket, its distribution and ordering windows and its lines with their
// products; check it is in progress, its distribution not cancelled and the window of each
// line's catalogue open; freeze each line's price, mark the basket validated, and write an
// audit entry (JSON of the change) for each row written, as Comptoir's audit trail does.
class RawValidate {
public:
    RawValidate(RawDatabase &db, QByteArray actor, const QDateTime &now)
        : m_actor(std::move(actor)),
          m_stamp(now.toUTC().toString(Qt::ISODateWithMs).toUtf8()),
          m_begin(db.handle(), "BEGIN IMMEDIATE"),
          m_commit(db.handle(), "COMMIT"),
          m_basket(db.handle(), "SELECT status, distribution_id FROM basket WHERE id = ?1 AND deleted = 0"),
          m_distribution(db.handle(), "SELECT cancelled, distributed FROM distribution WHERE id = ?1 AND deleted = 0"),
          // Stored instants are UTC ISO text of one width: compared as text.
          m_windows(db.handle(), "SELECT catalogue_id, opens_at <= ?2 AND ?2 < closes_at FROM ordering_window "
                                 "WHERE distribution_id = ?1 AND deleted = 0"),
          m_lines(db.handle(), "SELECT l.id, l.unit_price_cents, p.price_cents, p.catalogue_id, p.active "
                               "FROM order_line l JOIN product p ON p.id = l.product_id "
                               "WHERE l.basket_id = ?1 AND l.deleted = 0"),
          m_capture(db.handle(), "SELECT value FROM sync_state WHERE key = 'capture'"),
          m_freeze(db.handle(), "UPDATE order_line SET unit_price_cents = ?1, updated_at = ?2, updated_by = ?3 "
                                "WHERE id = ?4"),
          m_mark(db.handle(), "UPDATE basket SET status = 'validated', validated_at = ?1, updated_at = ?1, "
                              "updated_by = ?2 WHERE id = ?3"),
          m_audit(db.handle(), "INSERT INTO audit_entry (id, at, user_name, entity, row_id, action, changes, "
                               "updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, 'update', ?6, ?2, ?3)")
    {
    }

    // Returns the number of lines whose price was frozen.
    int run(const QByteArray &basketId)
    {
        m_begin.step();
        m_begin.reset();
        m_basket.bind(1, basketId);
        if (!m_basket.step() || m_basket.text(0) != "in_progress")
            fail(u"the raw validation found no basket in progress"_s);
        const QByteArray distributionId = m_basket.text(1);
        m_basket.reset();
        m_distribution.bind(1, distributionId);
        if (!m_distribution.step() || m_distribution.integer(0) != 0)
            fail(u"the raw validation found a cancelled distribution"_s);
        m_distribution.reset();
        QHash<QByteArray, bool> openCatalogues;
        m_windows.bind(1, distributionId).bind(2, m_stamp);
        while (m_windows.step())
            openCatalogues.insert(m_windows.text(0), m_windows.integer(1) != 0);
        m_windows.reset();
        struct Line {
            QByteArray id;
            qint64 price;
        };
        QList<Line> toFreeze;
        m_lines.bind(1, basketId);
        while (m_lines.step()) {
            if (!openCatalogues.value(m_lines.text(3)) || m_lines.integer(4) == 0)
                fail(u"the raw validation found a line it may not validate"_s);
            if (m_lines.isNull(1))
                toFreeze.append({m_lines.text(0), m_lines.integer(2)});
        }
        m_lines.reset();
        m_capture.step();
        m_capture.reset();
        for (const Line &line : toFreeze) {
            m_freeze.bind(1, line.price).bind(2, m_stamp).bind(3, m_actor).bind(4, line.id);
            m_freeze.step();
            m_freeze.reset();
            audit("order_line", line.id, "{\"unit_price_cents\":[null," + QByteArray::number(line.price) + "]}");
        }
        m_mark.bind(1, m_stamp).bind(2, m_actor).bind(3, basketId);
        m_mark.step();
        m_mark.reset();
        audit("basket", basketId, "{\"status\":[\"in_progress\",\"validated\"],\"validated_at\":[null,\"" + m_stamp + "\"]}");
        m_commit.step();
        m_commit.reset();
        return int(toFreeze.size());
    }

private:
    void audit(const QByteArray &entity, const QByteArray &rowId, const QByteArray &changes)
    {
        m_audit.bind(1, Ids::create().toUtf8()).bind(2, m_stamp).bind(3, m_actor).bind(4, entity);
        m_audit.bind(5, rowId).bind(6, changes);
        m_audit.step();
        m_audit.reset();
    }

    QByteArray m_actor;
    QByteArray m_stamp;
    RawStatement m_begin;
    RawStatement m_commit;
    RawStatement m_basket;
    RawStatement m_distribution;
    RawStatement m_windows;
    RawStatement m_lines;
    RawStatement m_capture;
    RawStatement m_freeze;
    RawStatement m_mark;
    RawStatement m_audit;
};

void validateOrder(BenchContext &bench)
{
    Store &store = bench.store();
    const OpenDistribution open = openDistribution(store, 10);
    QStringList customers;
    {
        Query query(store.database(), u"SELECT id FROM member WHERE deleted = 0 AND archived = 0 AND id NOT IN "
                                      "(SELECT member_id FROM basket WHERE distribution_id = ? AND member_id IS NOT NULL) "
                                      "ORDER BY name_key"_s);
        query.bind(open.id);
        okOrFail(query.exec(), "customers");
        while (query.next())
            customers.append(query.text(0));
    }
    OrderService orders(store);
    auto tenLineBasket = [&](int customer) {
        if (customer >= customers.size())
            fail(u"not enough members without a basket"_s);
        const Basket basket = valueOrFail(orders.openBasket(open.id, customers.at(customer), Basket::Source::Coordinator),
                                          "open a basket");
        qint64 quantity = 1;
        for (const QString &productId : open.productIds) {
            const Product product = valueOrFail(CatalogueService(store).product(productId), "product");
            okOrFail(orders.setLine(basket.id, productId, product.orderedByWeight() ? 750 : quantity++ % 3 + 1), "line");
        }
        return basket.id;
    };

    RawDatabase raw(bench.workCopy());
    RawValidate rawValidate(raw, store.actor().toUtf8(), store.clock().now());

    QString basketId;
    QString rawBasketId;
    Bench::Measure measure;
    measure.operation = u"validate a 10-line order (OrderService::validate)"_s;
    measure.warmUp = 5;
    measure.runs = bench.runs(100);
    measure.prepare = [&](int run) { basketId = tenLineBasket(2 * run); };
    measure.work = [&](int) { okOrFail(orders.validate(basketId), "validate"); };
    measure.prepareRaw = [&](int run) { rawBasketId = tenLineBasket(2 * run + 1); };
    measure.raw = [&](int) {
        if (rawValidate.run(rawBasketId.toUtf8()) != open.productIds.size())
            fail(u"the raw validation froze the wrong number of lines"_s);
    };
    measure.target = Bench::Target{u"< 5 ms"_s, 5, Bench::Statistic::P95};
    measure.note = u"audit trail on; raw: in one transaction, the basket, its distribution, its ordering windows "
                   "and its lines with their products read and checked (in progress, not cancelled, each "
                   "catalogue's window open), each line's price frozen with its audit entry, the basket marked "
                   "validated with its audit entry"_s;
    bench.print(Bench::measure(measure));
}

// What OrderEntryQuery reads for the dialog, as hand-written SQL.
void rawOrderOffer(RawDatabase &db, const QByteArray &distributionId)
{
    static const char *const queries[] = {
        "SELECT u.id, u.name, u.role, u.producer_id FROM local_setting s JOIN app_user u ON u.id = s.value "
        "WHERE s.key = 'current_user_id' AND u.deleted = 0",
        "SELECT id, place_id, local_date, start_time, end_time, distributed, cancelled, revision, updated_at, "
        "updated_by FROM distribution WHERE deleted = 0 AND id = ?1",
        "SELECT p.name FROM place p JOIN distribution d ON d.place_id = p.id WHERE d.id = ?1",
        "SELECT currency FROM market_group WHERE deleted = 0 LIMIT 1",
        "SELECT w.id, w.catalogue_id, w.opens_at, w.closes_at, c.name, c.producer_id, p.name, p.vat_registered "
        "FROM ordering_window w JOIN catalogue c ON c.id = w.catalogue_id JOIN producer p ON p.id = c.producer_id "
        "WHERE w.distribution_id = ?1 AND w.deleted = 0 ORDER BY c.name COLLATE NOCASE, c.id",
        "SELECT p.id, p.catalogue_id, p.name, p.reference, p.unit, p.price_cents, p.vat_rate_bp, p.weight_priced, "
        "p.piece_weight_grams, p.organic, p.bulk, p.content_thousandths, p.active, p.search_text, o.excluded, "
        "o.stock FROM ordering_window w JOIN product p ON p.catalogue_id = w.catalogue_id AND p.deleted = 0 "
        "LEFT JOIN product_offer o ON o.distribution_id = w.distribution_id AND o.product_id = p.id AND "
        "o.deleted = 0 WHERE w.distribution_id = ?1 AND w.deleted = 0 ORDER BY p.name COLLATE NOCASE, p.id",
        "SELECT line.product_id, sum(line.quantity) FROM basket b JOIN order_line line ON line.basket_id = b.id "
        "AND line.deleted = 0 WHERE b.distribution_id = ?1 AND b.deleted = 0 AND b.status != 'cancelled' "
        "GROUP BY line.product_id",
    };
    for (const char *sql : queries) {
        RawStatement statement(db.handle(), sql);
        if (std::strstr(sql, "?1"))
            statement.bind(1, distributionId);
        statement.readAll();
    }
}

void openOrderDialog(BenchContext &bench)
{
    Store &store = bench.store();
    const QString distributionId = openDistribution(store, 1).id;
    QString memberId;
    {
        Query query(store.database(), u"SELECT b.member_id FROM basket b JOIN member m ON m.id = b.member_id "
                                      "WHERE b.distribution_id = ? AND b.status = 'validated' ORDER BY m.name_key "
                                      "LIMIT 1"_s);
        query.bind(distributionId);
        okOrFail(query.exec(), "a member with an order");
        if (!query.next())
            fail(u"nobody ordered for the next distribution"_s);
        memberId = query.text(0);
    }
    RawDatabase raw(bench.workCopy());
    const QByteArray rawDistribution = distributionId.toUtf8();

    std::unique_ptr<OrderDialog> dialog;
    Bench::Measure open;
    open.operation = u"open the order dialog on a distribution"_s;
    open.warmUp = 3;
    open.runs = bench.runs(30);
    open.prepare = [&](int) { dialog.reset(); };
    open.work = [&](int) {
        dialog = std::make_unique<OrderDialog>(store, distributionId);
        okOrFail(dialog->load(), "load the order dialog");
        PaintWatch painted(dialog.get());
        dialog->show();
        painted.wait();
    };
    open.raw = [&](int) { rawOrderOffer(raw, rawDistribution); };
    open.target = Bench::Target{u"< 150 ms"_s, 150, Bench::Statistic::Median};
    open.note = u"OrderDialog made, load(), shown until painted; the next distribution (every catalogue); "
                "raw: the same reads (the person at the desk, the distribution, its place, the currency, its windows, "
                "the products offered with their stock, the quantities ordered), no painting"_s;
    bench.print(Bench::measure(open));

    RawStatement rawBasket(raw.handle(), "SELECT id, distribution_id, member_id, status, source, validated_at, "
                                         "revision, updated_at, updated_by FROM basket WHERE deleted = 0 AND "
                                         "distribution_id = ?1 AND member_id = ?2");
    RawStatement rawLines(raw.handle(), "SELECT l.id, l.product_id, l.quantity, l.unit_price_cents, "
                                        "l.estimated_grams, l.weighed_grams FROM order_line l JOIN basket b ON "
                                        "b.id = l.basket_id WHERE b.deleted = 0 AND b.distribution_id = ?1 AND "
                                        "b.member_id = ?2 AND l.deleted = 0");
    const QByteArray rawMember = memberId.toUtf8();
    Bench::Measure member;
    member.operation = u"open a member's order in the order dialog"_s;
    member.warmUp = 3;
    member.runs = bench.runs(30);
    member.prepare = [&](int) {
        dialog = std::make_unique<OrderDialog>(store, distributionId);
        okOrFail(dialog->load(), "load the order dialog");
        PaintWatch painted(dialog.get());
        dialog->show();
        painted.wait();
    };
    member.work = [&](int) {
        okOrFail(dialog->openForMember(memberId), "open the member's order");
        dialog->repaint();
    };
    RawStatement rawPerson(raw.handle(), QByteArray(QByteArray("SELECT ") + memberColumns
                                                    + " FROM member WHERE id = ?1 AND deleted = 0")
                                             .constData());
    RawStatement rawUser(raw.handle(), "SELECT u.id, u.name, u.role, u.producer_id FROM local_setting s JOIN app_user u "
                                       "ON u.id = s.value WHERE s.key = 'current_user_id' AND u.deleted = 0");
    member.raw = [&](int) {
        rawUser.readAll();
        rawPerson.bind(1, rawMember);
        rawPerson.readAll();
        rawBasket.bind(1, rawDistribution).bind(2, rawMember);
        rawBasket.readAll();
        rawLines.bind(1, rawDistribution).bind(2, rawMember);
        rawLines.readAll();
    };
    member.target = Bench::Target{u"< 150 ms"_s, 150, Bench::Statistic::Median};
    member.note = u"openForMember() on a validated order, dialog repainted; raw: the same reads (the person at the "
                  "desk, the member, the basket and its lines), no painting"_s;
    bench.print(Bench::measure(member));
    dialog.reset();
}

// 10,000 people in the French spreadsheet layout (UTF-8 with BOM, ';'), of whom 500 are already
// members (the import matches them and fills their empty fields).
QString writeMembersCsv(BenchContext &bench)
{
    const QString path = QDir(bench.folder()).filePath(u"members-10000.csv"_s);
    QStringList existing;
    {
        Query query(bench.store().database(),
                    u"SELECT first_name, last_name FROM member WHERE deleted = 0 ORDER BY name_key LIMIT 500"_s);
        okOrFail(query.exec(), "existing members");
        while (query.next())
            existing.append(query.text(0) + u';' + query.text(1));
    }
    const QStringList &firstNames = LargeGroupWords::firstNames();
    const QStringList &lastNames = LargeGroupWords::lastNames();
    const QStringList &streets = LargeGroupWords::streets();
    QStringList lines{u"Prénom;Nom;Téléphone;E-mail;Adresse;Code postal;Ville"_s};
    for (int i = 0; i < 10000; ++i) {
        if (i % 20 == 0 && i / 20 < existing.size()) {
            lines.append(existing.at(i / 20) + u";;;;69004;Lyon"_s);
            continue;
        }
        // Name pairs in an order no one else has: first names cycle faster than last names.
        const QString first = firstNames.at(i % firstNames.size());
        const QString last = lastNames.at((i / firstNames.size() + i) % lastNames.size()) + u'-'
            + lastNames.at((i * 7) % lastNames.size());
        const QString phone = u"07 %1 %2 %3 %4"_s.arg(10 + i / 1000000 % 90)
                                  .arg(i / 10000 % 100, 2, 10, QChar(u'0'))
                                  .arg(i / 100 % 100, 2, 10, QChar(u'0'))
                                  .arg(i % 100, 2, 10, QChar(u'0'));
        const QString email = i % 8 == 0 ? QString() : u"adherent%1@example.org"_s.arg(i);
        lines.append(QStringList{first, last, phone, email,
                                 u"%1 %2"_s.arg(1 + i % 90).arg(streets.at(i % streets.size())), u"69004"_s,
                                 u"Lyon"_s}
                         .join(u';'));
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        fail(u"cannot write "_s + path);
    file.write("\xEF\xBB\xBF");
    file.write(lines.join(u"\r\n"_s).toUtf8());
    file.write("\r\n");
    return path;
}

// A JSON string value, as the audit entry holds it.
QByteArray jsonText(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

// The import by hand, the fastest way, doing what MemberImport's plan and commit do: the members
// already recorded read once into memory (their name keys, phones and e-mails), each line of the
// file split, its name folded and looked up there, its phone put in the international form, the
// people sharing a phone or an e-mail noted; then, in one transaction, each new person inserted
// with the derived columns Comptoir stores (search text, name key) and an audit entry (JSON of
// the values), and each person found given the fields still empty in the record (with its audit
// entry).
struct RawImported {
    int created = 0;
    int matched = 0;
    int sharingContact = 0;
};

RawImported rawImport(const QString &database, const QString &csv, const QByteArray &actor)
{
    RawDatabase db(database);
    QFile file(csv);
    if (!file.open(QIODevice::ReadOnly))
        fail(u"cannot read "_s + csv);
    const QStringList lines = QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)).split(u"\r\n"_s, Qt::SkipEmptyParts);

    struct Known {
        QByteArray id;
        QString postcode;
        QString town;
    };
    QHash<QString, Known> byName;
    QHash<QString, QString> byContact;
    {
        RawStatement members(db.handle(), "SELECT id, name_key, partner_last_name, partner_first_name, phone, "
                                          "partner_phone, email, partner_email, postcode, town FROM member "
                                          "WHERE deleted = 0");
        while (members.step()) {
            const Known known{members.text(0), QString::fromUtf8(members.text(8)), QString::fromUtf8(members.text(9))};
            byName.insert(QString::fromUtf8(members.text(1)), known);
            const QString partner = QString::fromUtf8(members.text(2)) + u' ' + QString::fromUtf8(members.text(3));
            if (!partner.trimmed().isEmpty())
                byName.insert(SearchText::fold(partner), known);
            for (const int column : {4, 5, 6, 7}) {
                const QString contact = QString::fromUtf8(members.text(column)).toLower();
                if (!contact.isEmpty())
                    byContact.insert(contact, QString::fromUtf8(members.text(1)));
            }
        }
    }
    RawStatement capture(db.handle(), "SELECT value FROM sync_state WHERE key = 'capture'");
    RawStatement insert(db.handle(),
                        "INSERT INTO member (id, updated_at, updated_by, first_name, last_name, partner_first_name, "
                        "partner_last_name, partner_phone, partner_email, phone, email, address1, address2, postcode, "
                        "town, notes, notifications, member_since, archived, anonymised, search_text, name_key) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, '', '', '', '', ?6, ?7, ?8, '', ?9, ?10, '', 0, ?11, 0, 0, ?12, ?13)");
    RawStatement fill(db.handle(), "UPDATE member SET postcode = ?1, town = ?2, updated_at = ?3, updated_by = ?4 "
                                   "WHERE id = ?5");
    RawStatement audit(db.handle(), "INSERT INTO audit_entry (id, at, user_name, entity, row_id, action, changes, "
                                    "updated_at, updated_by) VALUES (?1, ?2, ?3, 'member', ?4, ?5, ?6, ?2, ?3)");
    const QByteArray now = Clock().now().toUTC().toString(Qt::ISODateWithMs).toUtf8();
    const QByteArray today = Clock().now().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris"))).date()
                                 .toString(Qt::ISODate).toUtf8();
    const auto writeAudit = [&](const QByteArray &rowId, const QByteArray &action, const QByteArray &changes) {
        audit.bind(1, Ids::create().toUtf8()).bind(2, now).bind(3, actor).bind(4, rowId).bind(5, action);
        audit.bind(6, changes);
        audit.step();
        audit.reset();
    };
    db.execute("BEGIN IMMEDIATE");
    capture.readAll();
    RawImported done;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(u';');
        const QString first = fields.value(0).trimmed();
        const QString last = fields.value(1).trimmed();
        const QString email = fields.value(3).trimmed().toLower();
        const QString address = fields.value(4).trimmed();
        const QString postcode = fields.value(5).trimmed();
        const QString town = fields.value(6).trimmed();
        const QString nameKey = SearchText::fold(last + u' ' + first);
        const QString phone = PhoneNumber::normalize(fields.value(2)).value_or(QString());
        if (const auto known = byName.constFind(nameKey); known != byName.cend()) {
            ++done.matched;
            if (!known->postcode.isEmpty() && !known->town.isEmpty())
                continue;
            const QString newPostcode = known->postcode.isEmpty() ? postcode : known->postcode;
            const QString newTown = known->town.isEmpty() ? town : known->town;
            fill.bind(1, newPostcode.toUtf8()).bind(2, newTown.toUtf8()).bind(3, now).bind(4, actor);
            fill.bind(5, known->id);
            fill.step();
            fill.reset();
            writeAudit(known->id, "update",
                       "{\"postcode\":[" + jsonText(known->postcode) + "," + jsonText(newPostcode) + "],\"town\":["
                           + jsonText(known->town) + "," + jsonText(newTown) + "]}");
            continue;
        }
        if (byContact.contains(phone) || byContact.contains(email))
            ++done.sharingContact;
        QStringList search{last, first, QString(), QString(), email, QString(), town, postcode};
        if (!phone.isEmpty())
            search << phone << PhoneNumber::display(phone).remove(u' ');
        const QByteArray id = Ids::create().toUtf8();
        insert.bind(1, id).bind(2, now).bind(3, actor).bind(4, first.toUtf8()).bind(5, last.toUtf8());
        insert.bind(6, phone.toUtf8()).bind(7, email.toUtf8()).bind(8, address.toUtf8()).bind(9, postcode.toUtf8());
        insert.bind(10, town.toUtf8()).bind(11, today).bind(12, SearchText::fold(search.join(u' ')).toUtf8());
        insert.bind(13, nameKey.toUtf8());
        insert.step();
        insert.reset();
        writeAudit(id, "create",
                   "{\"address1\":" + jsonText(address) + ",\"address2\":\"\",\"anonymised\":0,\"archived\":0,"
                       "\"email\":" + jsonText(email) + ",\"first_name\":" + jsonText(first) + ",\"last_name\":"
                       + jsonText(last) + ",\"member_since\":\"" + today + "\",\"notes\":\"\",\"notifications\":0,"
                       "\"partner_email\":\"\",\"partner_first_name\":\"\",\"partner_last_name\":\"\","
                       "\"partner_phone\":\"\",\"phone\":" + jsonText(phone) + ",\"postcode\":" + jsonText(postcode)
                       + ",\"town\":" + jsonText(town) + "}");
        byName.insert(nameKey, Known{id, postcode, town});
        for (const QString &contact : {phone, email}) {
            if (!contact.isEmpty())
                byContact.insert(contact, nameKey);
        }
        ++done.created;
    }
    db.execute("COMMIT");
    return done;
}

void importMembers(BenchContext &bench)
{
    const QString csv = writeMembersCsv(bench);
    const QString copy = QDir(bench.folder()).filePath(u"import.db"_s);
    auto freshCopy = [&] {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(copy + suffix);
        if (!QFile::copy(bench.database(), copy))
            fail(u"cannot copy the large group"_s);
    };
    std::unique_ptr<Store> store;
    ImportSummary summary;
    RawImported rawImported;
    const QByteArray actor = bench.store().actor().toUtf8();
    Bench::Measure measure;
    measure.operation = u"import 10,000 members from CSV"_s;
    measure.warmUp = 1;
    measure.runs = bench.runs(20);
    measure.prepare = [&](int) {
        store.reset();
        freshCopy();
        store = valueOrFail(Store::open(copy, false), "open the copy");
        GroupService(*store).actAsCurrentUser();
    };
    measure.work = [&](int) {
        MemberImport import(*store);
        const auto plan = valueOrFail(import.planFile(csv), "plan the import");
        summary = valueOrFail(import.commit(plan, MatchAction::FillEmptyFields), "import");
    };
    measure.prepareRaw = [&](int) {
        store.reset();
        freshCopy();
    };
    measure.raw = [&](int) { rawImported = rawImport(copy, csv, actor); };
    measure.target = Bench::Target{u"< 2 s"_s, 2000, Bench::Statistic::Median};
    Bench::Row row = Bench::measure(measure);
    row.note = u"MemberImport plan + commit into a fresh copy of the large group (audit trail on): created %1, "
               "matched %2, errors %3; raw: the same by hand (members read once into memory, each line split, "
               "its name looked up there, each new person inserted with its search columns and audit entry, one "
               "transaction; created %4, matched %5)"_s
                   .arg(summary.created)
                   .arg(summary.matched)
                   .arg(summary.errors)
                   .arg(rawImported.created)
                   .arg(rawImported.matched);
    store.reset();
    bench.print(row);
}

// Operations of areas still being built: listed with their targets until they land.
void pending(BenchContext &bench)
{
    Bench::Row row;
    row.operation = u"sign-off sheet and all producer summaries as PDF"_s;
    row.target = Bench::Target{u"< 1.5 s"_s, 1500, Bench::Statistic::Median};
    row.note = u"not built yet"_s;
    bench.print(row);
}

struct Operation {
    const char *name;
    void (*run)(BenchContext &);
};

const Operation operations[] = {
    {"start", coldStart},
    {"search", memberSearch},
    {"search-view", memberSearchInView},
    {"validate", validateOrder},
    {"order-dialog", openOrderDialog},
    {"import", importMembers},
    {"pending", pending},
};

}

int main(int argc, char *argv[])
{
    trace("main");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("COMPTOIR_NOW"))
        qputenv("COMPTOIR_NOW", defaultNow.toUtf8());
    // The raw engine's child needs no application object, only SQLite.
    if (argc == 3 && qstrcmp(argv[1], "--child-raw-start") == 0)
        return childRawStart(QString::fromLocal8Bit(argv[2]));
    QApplication application(argc, argv);
    Bench::installSqlTrace();

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments.at(1) == "--child-cold-start"_L1)
        return childColdStart(application, arguments.at(2));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Comptoir's benchmarks on the large group (docs/BENCHMARKS.md)."_s);
    parser.addHelpOption();
    const QCommandLineOption database(u"database"_s, u"Use this large group instead of generating one."_s, u"PATH"_s);
    const QCommandLineOption only(u"only"_s, u"Run only these operations (start,search,search-view,validate,order-dialog,import,pending)."_s,
                                  u"LIST"_s);
    const QCommandLineOption runsFactor(u"runs-factor"_s, u"Multiply the number of runs (default 1)."_s, u"F"_s, u"1"_s);
    const QCommandLineOption generations(u"generations"_s, u"How many times to generate the group (default 1)."_s,
                                         u"N"_s, u"1"_s);
    const QCommandLineOption keep(u"output-database"_s, u"Generate the large group into PATH and keep it."_s,
                                  u"PATH"_s);
    parser.addOptions({database, only, runsFactor, generations, keep});
    parser.process(application);

    QTextStream out(stdout);
    BenchContext bench(out, parser.value(runsFactor).toDouble());
    const QStringList chosen = parser.value(only).split(u',', Qt::SkipEmptyParts);
    const auto wanted = [&](const char *name) { return chosen.isEmpty() || chosen.contains(QLatin1StringView(name)); };

    Bench::printHeader(out, u"Comptoir on the large group (clock %1)"_s.arg(qEnvironmentVariable("COMPTOIR_NOW")));
    if (parser.isSet(database)) {
        bench.setDatabase(QFileInfo(parser.value(database)).absoluteFilePath());
    } else {
        generateLargeGroup(bench, std::max(1, parser.value(generations).toInt()), parser.value(keep));
    }
    if (!QFileInfo::exists(bench.database()))
        fail(u"no large group at "_s + bench.database());
    describeGroup(bench);
    // For the report's header (tools/run-benchmarks.sh).
    out << "INFO\tqt\t" << qVersion() << "\nINFO\tsqlite\t" << sqlite3_libversion() << '\n';
    for (const Operation &operation : operations) {
        if (wanted(operation.name))
            operation.run(bench);
    }
    return 0;
}
