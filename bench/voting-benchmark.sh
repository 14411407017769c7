#!/usr/bin/env bash
# Tally and verify for 100, 10,000 and 100,000 ballots, and cast throughput with 16 concurrent voters,
# through the real voting service on an H2 file database; prints the figures.
# Usage: bench/voting-benchmark.sh [ballots ...]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests -pl plugin-voting -am
mvn -q -B -pl plugin-voting dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="plugin-voting/target/test-classes:plugin-voting/target/classes:$(cat plugin-voting/target/bench-classpath.txt)"
exec java -Xmx4g -cp "$cp" eu.os2.platform.voting.internal.bench.VotingBenchmark "$@"
