#!/usr/bin/env bash
# Measures the list and the feed on PostgreSQL (TENON_PG_URL, default the local test server):
# seeds a schema of its own, runs each request for a fixed time over loopback, drops the schema.
# Options as system properties: -Dthreads=8 -DwarmupSeconds=5 -Dseconds=15 (JAVA_OPTS).
set -euo pipefail
module="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$module/../.." && pwd)"
cd "$root"
mvn -q -B -ntp -pl runtime,processor,examples/realworld -DskipTests package
classpath="$module/target/test-classes:$module/target/classes:$(cat "$module/target/test-classpath.txt")"
exec java ${JAVA_OPTS:-} -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$classpath" \
  dev.tenon.realworld.load.LoadMeasurement
