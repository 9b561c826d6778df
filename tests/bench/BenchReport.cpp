#include "BenchReport.h"

#include <QFile>

#include <sqlite3.h>
#include <time.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Bench {

double Samples::percentile(double p) const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double Samples::minimum() const
{
    return m_values.isEmpty() ? 0 : *std::min_element(m_values.cbegin(), m_values.cend());
}

std::optional<double> Row::ratio() const
{
    if (!rawMedian || *rawMedian <= 0)
        return std::nullopt;
    return samples.median() / *rawMedian;
}

QString Row::verdict() const
{
    if (!target || samples.isEmpty())
        return {};
    const double value = target->statistic == Statistic::P95 ? samples.percentile(95) : samples.median();
    return value < target->limit ? u"pass"_s : u"miss"_s;
}

namespace {

QString number(double value)
{
    if (value >= 100)
        return QString::number(value, 'f', 0);
    if (value >= 10)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 2);
}

}

void printHeader(QTextStream &out, const QString &title)
{
    out << '\n' << title << '\n'
        << u"%1 %2 %3 %4 %5  %6"_s.arg(u"operation"_s, -52)
               .arg(u"median"_s, 10)
               .arg(u"p95"_s, 10)
               .arg(u"raw"_s, 10)
               .arg(u"ratio"_s, 7)
               .arg(u"target"_s)
        << '\n';
    out.flush();
}

void print(QTextStream &out, const Row &row)
{
    const QString unit = u' ' + row.unit;
    const auto ratio = row.ratio();
    const bool measured = !row.samples.isEmpty();
    out << u"%1 %2 %3 %4 %5  %6 %7"_s.arg(row.operation, -52)
               .arg(measured ? number(row.samples.median()) + unit : u"—"_s, 10)
               .arg(measured ? number(row.samples.percentile(95)) + unit : u"—"_s, 10)
               .arg(row.rawMedian ? number(*row.rawMedian) + unit : u"—"_s, 10)
               .arg(ratio ? u"×"_s + number(*ratio) : u"—"_s, 7)
               .arg(row.target ? row.target->text : QString(), row.verdict())
        << '\n';
    const bool cpu = !row.cpuSamples.isEmpty();
    if (cpu) {
        out << u"%1 CPU time of the thread: median %2 ms, p95 %3 ms"_s.arg(QString(), -52)
                   .arg(row.cpuSamples.median(), 0, 'f', 2)
                   .arg(row.cpuSamples.percentile(95), 0, 'f', 2)
            << '\n';
    }
    QStringList fields{u"BENCH"_s,
                       row.operation,
                       measured ? QString::number(row.samples.median(), 'f', 3) : QString(),
                       measured ? QString::number(row.samples.percentile(95), 'f', 3) : QString(),
                       row.unit,
                       row.rawMedian ? QString::number(*row.rawMedian, 'f', 3) : QString(),
                       row.target ? row.target->text : QString(),
                       row.target ? QString::number(row.target->limit) : QString(),
                       row.target ? (row.target->statistic == Statistic::P95 ? u"p95"_s : u"median"_s) : QString(),
                       row.verdict(),
                       QString::number(row.samples.count()),
                       row.note,
                       cpu ? QString::number(row.cpuSamples.median(), 'f', 3) : QString(),
                       cpu ? QString::number(row.cpuSamples.percentile(95), 'f', 3) : QString()};
    for (QString &field : fields)
        field.replace(u'\t', u' ').replace(u'\n', u' ');
    out << fields.join(u'\t') << '\n';
    out.flush();
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

Row measure(const Measure &measure)
{
    Row row;
    row.operation = measure.operation;
    row.target = measure.target;
    row.note = measure.note;
    Samples raw;
    const auto runComptoir = [&](int run, bool timed) {
        if (measure.prepare)
            measure.prepare(run);
        if (run == measure.warmUp)
            traceSql(u"Comptoir: "_s + measure.operation);
        const double cpuBefore = threadCpuMs();
        const double ms = timeMs([&] { measure.work(run); });
        const double cpuMs = threadCpuMs() - cpuBefore;
        traceSql({});
        if (timed) {
            row.samples.add(ms);
            row.cpuSamples.add(cpuMs);
        }
    };
    const auto runRaw = [&](int run, bool timed) {
        if (!measure.raw)
            return;
        if (measure.prepareRaw)
            measure.prepareRaw(run);
        if (run == measure.warmUp)
            traceSql(u"raw: "_s + measure.operation);
        const double rawMs = timeMs([&] { measure.raw(run); });
        traceSql({});
        if (timed)
            raw.add(rawMs);
    };
    for (int run = 0; run < measure.warmUp + measure.runs; ++run) {
        const bool timed = run >= measure.warmUp;
        if (comptoirFirst(run)) {
            runComptoir(run, timed);
            runRaw(run, timed);
        } else {
            runRaw(run, timed);
            runComptoir(run, timed);
        }
    }
    if (!raw.isEmpty())
        row.rawMedian = raw.median();
    return row;
}

namespace {

QString tracedLabel;

int printStatement(unsigned type, void *, void *statement, void *)
{
    if (type != SQLITE_TRACE_STMT || tracedLabel.isEmpty())
        return 0;
    char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
    QTextStream(stderr) << "SQL\t" << tracedLabel << '\t' << (sql ? sql : "?") << Qt::endl;
    sqlite3_free(sql);
    return 0;
}

int traceConnection(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, printStatement, nullptr);
    return SQLITE_OK;
}

}

void installSqlTrace()
{
    if (qEnvironmentVariableIsSet("COMPTOIR_BENCH_TRACE_SQL"))
        sqlite3_auto_extension(reinterpret_cast<void (*)()>(traceConnection));
}

void traceSql(const QString &label)
{
    tracedLabel = label;
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double residentMegabytes(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toDouble() / 1024.0; // kB
    }
    return 0;
}

}
