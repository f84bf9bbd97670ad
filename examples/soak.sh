#!/bin/sh
# A longer soak than mvn verify's: the pooled load test (16 threads through HikariCP on PostgreSQL
# and MariaDB) with more calls, then the fault tests. Prints calls/s and p50/p99 per database.
# Usage: examples/soak.sh [calls]   (default 40000; run from anywhere, servers as for mvn verify)
set -eu
calls="${1:-40000}"
cd "$(dirname "$0")/.."
mvn -B -ntp -pl runtime,processor,examples verify \
  -Dtest='PooledLoadTest,KilledConnectionsTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtenon.load.calls="$calls" | grep -E 'Tenon load on|Tests run:|FAIL|BUILD'
