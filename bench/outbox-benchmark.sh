#!/usr/bin/env bash
# The outbox and its SMTP sender on an H2 file database against GreenMail on this machine:
# (a) messages per second through the outbox (1,000 written, then delivered), (b) the notice of a
# general assembly with a ~2 KB .ics to the representatives of 98 member organisations: time to
# write it in the change's transaction and time until every copy is delivered.
# Usage: bench/outbox-benchmark.sh [messages [organisations [representatives-per-organisation]]]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests -pl core -am
mvn -q -B -pl core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="core/target/test-classes:core/target/classes:$(cat core/target/bench-classpath.txt)"
exec java -Xmx2g -XX:+UseG1GC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" eu.os2.platform.core.internal.message.OutboxBenchmark "$@"
