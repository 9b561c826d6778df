#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextStream>
#include <functional>
#include <optional>

// What every benchmark program of tests/bench prints, so that tools/run-benchmarks.sh can put
// their figures in one table (docs/BENCHMARKS.md). A program times an operation over repeated
// runs (warm-up runs excluded) and, in the same runs, the same data work done by hand-written
// SQL on the raw engine; it prints one human line and one machine line per operation:
//
//   BENCH<TAB>operation<TAB>median<TAB>p95<TAB>unit<TAB>raw median<TAB>target<TAB>limit
//        <TAB>statistic<TAB>verdict<TAB>runs<TAB>note<TAB>CPU median ms<TAB>CPU p95 ms
//
// Empty fields stand for "none" (no raw counterpart, no target, not measured). Numbers use a
// dot. The verdict compares wall-clock time; the CPU time of the thread (when measured) shows how
// much of it was work, on a machine that other programs share.
namespace Bench {

// Samples of one measure (milliseconds, megabytes…), in the order taken.
class Samples {
public:
    void add(double value) { m_values.append(value); }
    qsizetype count() const { return m_values.size(); }
    bool isEmpty() const { return m_values.isEmpty(); }
    double median() const { return percentile(50); }
    // Nearest-rank percentile (p in 0..100) of the samples; 0 without any.
    double percentile(double p) const;
    double minimum() const;
    void addAll(const Samples &other) { m_values.append(other.m_values); }

private:
    QList<double> m_values;
};

enum class Statistic { Median, P95 };

// What an operation must stay under, e.g. {"< 5 ms per keystroke", 5, Statistic::P95}.
struct Target {
    QString text;
    double limit = 0;
    Statistic statistic = Statistic::Median;
};

struct Row {
    QString operation;
    QString unit = QStringLiteral("ms");
    Samples samples;
    // CPU time of this thread in each timed run (milliseconds; measure() fills it): tells the work
    // from the waiting on a busy machine.
    Samples cpuSamples;
    std::optional<double> rawMedian; // the raw engine's median, same unit
    std::optional<Target> target;
    QString note;

    std::optional<double> ratio() const;
    // "pass", "miss", or "" without a target.
    QString verdict() const;
};

// Prints the human line and the machine line of `row`.
void print(QTextStream &out, const Row &row);
// The header of the human lines.
void printHeader(QTextStream &out, const QString &title);

// CPU time used by the calling thread so far, in milliseconds.
double threadCpuMs();

// Milliseconds taken by `work`.
double timeMs(const std::function<void()> &work);

// Runs `work` `warmUp` times untimed, then `runs` times timed. `prepare` runs untimed before
// each run (its own data for a run: a new basket to validate…). When `raw` is given, each run
// also runs `raw` (after `prepareRaw`), so that both see the same machine, caches and noise; the
// side that goes first alternates from run to run, so that neither always finds the caches the
// other warmed. The row gets the raw median.
struct Measure {
    QString operation;
    int warmUp = 3;
    int runs = 30;
    std::function<void(int run)> prepare;
    std::function<void(int run)> work;
    std::function<void(int run)> prepareRaw;
    std::function<void(int run)> raw;
    std::optional<Target> target;
    QString note;
};
Row measure(const Measure &measure);

// Whether Comptoir's side goes first in this run (timed or not): every other run.
inline bool comptoirFirst(int run)
{
    return run % 2 == 0;
}

// With COMPTOIR_BENCH_TRACE_SQL set, every SQL statement run by any SQLite connection of this
// process (Comptoir's through QtSql and the raw engine's) is printed on stderr while `label` is
// given, so that the two sides of a row can be checked to do the same data work. Call once,
// before the first connection opens.
void installSqlTrace();
// Prints the statements that follow under `label` (empty: stop printing).
void traceSql(const QString &label);

// Resident memory of this process from /proc/self/status, in megabytes: "VmRSS" (now) or
// "VmHWM" (the peak).
double residentMegabytes(const char *field = "VmRSS");

}
