#!/usr/bin/env bash
# PDF generation for invoices with the platform's own PDF writer (core's, Apache PDFBox): one invoice
# (warm, median of 50) and a year's invoices of a demo-sized run (98 members), also as the invoice run
# writes them with its messages (each PDF in Danish and English).
# Usage: bench/invoice-pdf-benchmark.sh [members]     (default 98)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests -pl core,plugin-payments -am
mvn -q -B -pl plugin-payments dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
writer=eu.os2.platform.core.internal.document.PdfWriterImpl
cp="plugin-payments/target/test-classes:plugin-payments/target/classes:core/target/classes:$(cat plugin-payments/target/bench-classpath.txt)"
exec java -Dos2.pdf.writer="$writer" -cp "$cp" eu.os2.platform.payments.internal.bench.InvoicePdfBenchmark "$@"
