#!/usr/bin/env bash
# Builds Comptoir's benchmark programs, runs them on the large group and writes the figures to
# docs/BENCHMARKS.md (issue 5). The benchmarks are programs, not tests: they print figures.
#
#   tools/run-benchmarks.sh [bench_comptoir options…]
#       e.g. --runs-factor 2 (more runs on a noisy machine), --only search,validate
#
# Environment:
#   COMPTOIR_BENCH_BUILD       build folder (default: build-bench beside this checkout's sources)
#   COMPTOIR_BENCH_BUILD_TYPE  RelWithDebInfo (default; -O2, with symbols for callgrind) or Release
#   COMPTOIR_BENCH_OUTPUT      the report (default: docs/BENCHMARKS.md)
#   COMPTOIR_NOW               the clock of the large group and of every run (default 2026-11-25T10:00:00Z)
#   COMPTOIR_BENCH_SYNC_RUNS   runs of bench_sync (default 5; each takes tens of seconds)
#   COMPTOIR_BENCH_TRACE_SQL   set: every SQL statement of both sides of each row's first timed run
#                              printed on stderr, to check that they do the same work
#
# bench_comptoir generates the large group with `comptoir-cli demo --large` (timed) and keeps it
# in a temporary folder; bench_sync (when built) gets it as --database (and COMPTOIR_BENCH_LARGE_DB).
# Every program prints one "BENCH<TAB>…" line per operation (tests/bench/BenchReport.h); this
# script gathers them into one table.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${COMPTOIR_BENCH_BUILD:-$root/build-bench}
build_type=${COMPTOIR_BENCH_BUILD_TYPE:-RelWithDebInfo}
output=${COMPTOIR_BENCH_OUTPUT:-$root/docs/BENCHMARKS.md}
export COMPTOIR_NOW=${COMPTOIR_NOW:-2026-11-25T10:00:00Z}
export QT_QPA_PLATFORM=offscreen

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
cmake --build "$build" --target comptoir-cli bench_comptoir
# The sync benchmark, once it is part of the build.
if grep -Eq '^[[:space:]]*add_executable\(bench_sync' "$root/tests/bench/CMakeLists.txt"; then
    cmake --build "$build" --target bench_sync || echo "bench_sync does not build; its rows will be missing" >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rows="$work/rows.tsv"
: >"$rows"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

large="$work/large.db"
"$build/bin/bench_comptoir" --output-database "$large" "$@" | tee "$work/bench_comptoir.txt"
grep $'^BENCH\t' "$work/bench_comptoir.txt" >>"$rows" || true

if [[ -x "$build/bin/bench_sync" ]]; then
    if COMPTOIR_BENCH_LARGE_DB="$large" "$build/bin/bench_sync" --database "$large" --runs "${COMPTOIR_BENCH_SYNC_RUNS:-5}" \
        | tee "$work/bench_sync.txt"; then
        grep $'^BENCH\t' "$work/bench_sync.txt" >>"$rows" || true
    else
        echo "bench_sync failed; its rows are missing from the report" >&2
    fi
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# The machine, as the report states it.
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
cores=$(nproc)
ram=$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)
machine="$cpu, $cores cores, $ram RAM"
os=$(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-Linux}")
date=$(date -u +%Y-%m-%d)
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo "?")
qt=$(awk -F'\t' '$1 == "INFO" && $2 == "qt" { print $3 }' "$work/bench_comptoir.txt")
sqlite=$(awk -F'\t' '$1 == "INFO" && $2 == "sqlite" { print $3 }' "$work/bench_comptoir.txt")
group=$(grep -m1 '^large group:' "$work/bench_comptoir.txt" | sed 's/^large group: //')

mkdir -p "$(dirname "$output")"
{
    echo "# Benchmarks"
    echo
    echo "Measured by \`tools/run-benchmarks.sh\` (tests/bench) on the large group made by"
    echo "\`comptoir-cli demo --large\` (3,000 members, 40 producers, 1,500 products, 104 weekly"
    echo "distributions, about 190,000 order lines; seed 1, clock $COMPTOIR_NOW). Each operation is"
    echo "repeated (warm-up runs excluded); *raw* is the same data work done by hand, the fastest way, in"
    echo "SQL on SQLite's C API (the same reads and writes, the same indexes; the notes say what each raw"
    echo "side does), measured in the same runs with the side that goes first alternating from run to"
    echo "run, and *ratio* is Comptoir's median over the raw median. A target is met (pass) when the"
    echo "statistic it names (median or p95) is under it on the wall clock; otherwise it is a miss. *CPU*"
    echo "is the processor time of the measuring thread in the same runs, shown beside: on a busy machine"
    echo "the wall clock also counts the time spent waiting for a core. *Runs* is the number of timed runs"
    echo "(samples) behind the median and p95."
    echo
    echo "- Date: $date · commit $commit · build type: $build_type · Qt $qt · SQLite $sqlite · $os"
    echo "- The group measured: $group"
    echo "- Machine: $machine"
    echo "- Load average (1, 5, 15 min) before: $load_before; after: $load_after. The machine is shared:"
    echo "  figures move with its load, ratios much less (both sides are measured in the same runs)."
    echo
    echo "| Operation | Median | p95 | Raw median | Ratio | Target | Result | CPU median / p95 | Runs | Date | Machine | Build |"
    echo "|---|---:|---:|---:|---:|---|---|---:|---:|---|---|---|"
    awk -F'\t' -v date="$date" -v machine="$machine" -v build="$build_type" '
        function show(value, unit) {
            if (value == "") return "—"
            if (value + 0 >= 100) return sprintf("%.0f %s", value, unit)
            if (value + 0 >= 10) return sprintf("%.1f %s", value, unit)
            return sprintf("%.2f %s", value, unit)
        }
        {
            pending = ($11 == "0")
            median = pending ? "—" : show($3, $5)
            p95 = pending ? "—" : show($4, $5)
            raw = show($6, $5)
            ratio = ($6 != "" && $6 + 0 > 0 && !pending) ? sprintf("×%.2f", $3 / $6) : "—"
            target = $7 == "" ? "—" : $7 " (" $9 ")"
            result = pending ? "not built yet" : ($10 == "" ? "—" : $10)
            cpu = $13 == "" ? "—" : show($13, "ms") " / " show($14, "ms")
            printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
                $2, median, p95, raw, ratio, target, result, cpu, pending ? "—" : $11, date, machine, build
        }' "$rows"
    echo
    echo "## Notes per operation"
    echo
    awk -F'\t' '$12 != "" { printf "- **%s**: %s\n", $2, $12 }' "$rows"
} >"$output.new"

# Findings written by hand below the generated part survive a new run.
if [[ -f "$output" ]] && grep -q '^<!-- findings -->' "$output"; then
    { echo; sed -n '/^<!-- findings -->/,$p' "$output"; } >>"$output.new"
fi
mv "$output.new" "$output"
echo "Wrote $output"
