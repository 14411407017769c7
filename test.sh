#!/usr/bin/env bash
# Runs every test of the platform: unit tests on H2 and PostgreSQL, Pax Exam and the REST, crash,
# hostile-input and browser suites against the built distribution.
#
# It first makes sure the machine has what the tests need. As root on Debian it installs what is
# missing (chromium, chromium-driver, postgresql) and starts a local PostgreSQL with a test database;
# otherwise it names what is missing and how to get it, and stops. A PostgreSQL of your own is used
# when OS2_TEST_POSTGRES_URL is set, e.g.
#   OS2_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/os2test?user=os2&password=…' ./test.sh
# Extra arguments go to Maven, e.g. ./test.sh -o
set -euo pipefail
cd "$(dirname "$0")"

missing=()
hints=()
root=false
[ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && root=true

for tool in java mvn npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    missing+=("$tool")
    hints+=("$tool: Java 17+, Maven 3.8+ and Node.js/npm must be on PATH (Debian: apt-get install openjdk-17-jdk maven npm)")
  fi
done

# the browser tests drive Debian's Chromium through its driver
packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v chromedriver >/dev/null 2>&1 || packages+=(chromium-driver)
# the storage tests' PostgreSQL variants (the production database)
if [ -z "${OS2_TEST_POSTGRES_URL:-}" ] && ! command -v pg_ctlcluster >/dev/null 2>&1; then
  packages+=(postgresql)
fi
if [ ${#packages[@]} -gt 0 ]; then
  if $root; then
    echo "Installing ${packages[*]} ..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${packages[@]}"
  else
    missing+=("${packages[@]}")
    hints+=("${packages[*]}: run as root to have them installed, or: sudo apt-get install ${packages[*]}")
  fi
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "Cannot run the tests; missing: ${missing[*]}" >&2
  for hint in "${hints[@]}"; do echo "  - $hint" >&2; done
  if [ -z "${OS2_TEST_POSTGRES_URL:-}" ]; then
    echo "  - or point OS2_TEST_POSTGRES_URL at a PostgreSQL database the tests may create schemas in" >&2
  fi
  exit 1
fi

if [ -z "${OS2_TEST_POSTGRES_URL:-}" ]; then
  if ! $root; then
    # a cluster exists but this user cannot start it or create the test database
    if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
      echo "Cannot run the tests: PostgreSQL is installed but not running on 127.0.0.1:5432." >&2
      echo "  - start it (sudo pg_ctlcluster <version> main start) and create the test database:" >&2
      echo "    sudo -u postgres psql -c \"CREATE ROLE os2 LOGIN CREATEROLE PASSWORD 'os2-test-password'\" -c 'CREATE DATABASE os2test OWNER os2'" >&2
      echo "  - or set OS2_TEST_POSTGRES_URL to a database of your own" >&2
      exit 1
    fi
  else
    pg_version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$pg_version main" || pg_createcluster "$pg_version" main
    pg_ctlcluster "$pg_version" main start 2>/dev/null || true
    for _ in $(seq 1 30); do su postgres -c "pg_isready -q" && break; sleep 1; done
    su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'os2'\"" | grep -q 1 \
      || su postgres -c "psql -qc \"CREATE ROLE os2 LOGIN PASSWORD 'os2-test-password'\""
    # the partner plugins' storage tests create a database login per plugin, as the platform does
    su postgres -c "psql -qc 'ALTER ROLE os2 CREATEROLE'"
    su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = 'os2test'\"" | grep -q 1 \
      || su postgres -c "psql -qc 'CREATE DATABASE os2test OWNER os2'"
  fi
  export OS2_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/os2test?user=os2&password=os2-test-password'
fi

exec mvn -B "$@" verify
