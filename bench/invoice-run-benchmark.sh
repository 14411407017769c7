#!/usr/bin/env bash
# The invoice run for 100, 10,000 and 100,000 synthetic members x 30 products, through the real
# payment service on an H2 file database: prints time, invoices per second and the heap the run needed.
# Usage: bench/invoice-run-benchmark.sh [members ...]     (e.g. bench/invoice-run-benchmark.sh 100 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests -pl plugin-payments -am
mvn -q -B -pl plugin-payments dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="plugin-payments/target/test-classes:plugin-payments/target/classes:$(cat plugin-payments/target/bench-classpath.txt)"
exec java -Xmx8g -XX:+UseG1GC -cp "$cp" eu.os2.platform.payments.internal.bench.InvoiceRunBenchmark "$@"
