#!/usr/bin/env bash
# Builds what the Conduit API needs (Tenon's runtime and processor, then this module) and starts
# it: examples/realworld/run.sh [--port N] [--host H]. Default: port 8080, an empty in-memory H2.
# Another database: CONDUIT_DB_URL=jdbc:postgresql://127.0.0.1:5432/test?user=postgres run.sh
set -euo pipefail
module="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$module/../.." && pwd)"
cd "$root"
mvn -q -B -ntp -pl runtime,processor,examples/realworld -DskipTests package
classpath="$module/target/classes:$(cat "$module/target/runtime-classpath.txt")"
exec java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$classpath" \
  dev.tenon.realworld.Conduit "$@"
