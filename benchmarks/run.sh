#!/usr/bin/env bash
# Tenon benchmarks; see benchmarks/README.md.
#
#   benchmarks/run.sh --quick   per-call ratios only (under 5 minutes on 2 cores)
#   benchmarks/run.sh           everything: per-call (longer), SQL quality, streaming, compile time
#   benchmarks/run.sh --hooks   per-call cost of a JDBI SqlLogger on Tenon's statements (~14 minutes)
#
# Prints "ratio <db>-<scenario> tenon/jdbc <x>" per scenario and writes tables and the chart to
# benchmarks/results/. PostgreSQL: jdbc:postgresql://127.0.0.1:5432/test?user=postgres, or set
# TENON_PG_URL; every run works in its own schema tenon_bench_<random> and drops it.
# Set TENON_BENCH_BUILD=1 to rebuild the jar (it is built when missing).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
out="$here/results"
quick=false
hooks=false
[[ "${1:-}" == "--quick" ]] && quick=true
[[ "${1:-}" == "--hooks" ]] && hooks=true

if [[ ! -f "$jar" || "${TENON_BENCH_BUILD:-}" == "1" ]]; then
  echo "building $jar" >&2
  # One reactor build, so the jar holds this tree's runtime and processor, not older local snapshots.
  (cd "$root" && mvn -q -B -DskipTests -pl runtime,processor,benchmarks package)
fi
mkdir -p "$out"

java_opts=(-Dslf4j.internal.verbosity=ERROR -Djava.awt.headless=true)
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1); $(uptime | sed 's/.*load/load/')" >&2
start=$(date +%s)

if $hooks; then
  java "${java_opts[@]}" -cp "$jar" dev.tenon.benchmarks.HooksRun --out="$out"
elif $quick; then
  java "${java_opts[@]}" -cp "$jar" dev.tenon.benchmarks.PerCallRun --quick --out="$out"
else
  {
    echo "| what | value |"
    echo "|---|---|"
    echo "| CPU | $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores |"
    echo "| memory | $(free -m | awk '/^Mem:/ {print $2}') MiB |"
    echo "| JDK | $(java -version 2>&1 | head -1) |"
    echo "| OS | $(uname -sr) |"
    echo "| load average at start | $(cut -d' ' -f1-3 /proc/loadavg) |"
  } > "$out/machine.md"
  java "${java_opts[@]}" -cp "$jar" dev.tenon.benchmarks.PerCallRun --out="$out"
  java "${java_opts[@]}" -cp "$jar" dev.tenon.benchmarks.SqlQuality --out="$out"
  java "${java_opts[@]}" -Xmx64m -cp "$jar" dev.tenon.benchmarks.StreamBench --out="$out"
  java "${java_opts[@]}" -cp "$jar" dev.tenon.benchmarks.CompileBench --out="$out"
  echo "| load average at end | $(cut -d' ' -f1-3 /proc/loadavg) |" >> "$out/machine.md"
fi
echo "done in $(( $(date +%s) - start )) s; results in $out" >&2
