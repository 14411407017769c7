#!/usr/bin/env bash
# Starts the OS2 Community Platform in the foreground with demo data on the embedded H2 database.
# Builds the distribution first when it is missing or older than the sources.
# Usage: ./run.sh            (Ctrl-D or "shutdown" in the Karaf shell stops it; Ctrl-C without a terminal)
set -euo pipefail
cd "$(dirname "$0")"

tarball() { ls karaf-distribution/assembly/target/karaf-distribution-*.tar.gz 2>/dev/null | head -1 || true; }

dist=$(tarball)
if [ -z "$dist" ] || [ -n "$(find pom.xml core-api core web-console plugin-* examples karaf-distribution -newer "$dist" -type f \
        -not -path '*/target/*' -not -path '*/node_modules/*' 2>/dev/null | head -1)" ]; then
  echo "Building the platform (mvn install -DskipTests) ..."
  mvn -q -B install -DskipTests
  dist=$(tarball)
fi

run_dir=run
home="$run_dir/platform"
mkdir -p "$run_dir"
if [ ! -d "$home" ] || [ "$dist" -nt "$home/.unpacked" ]; then
  rm -rf "$home" "$run_dir/unpack"
  mkdir -p "$run_dir/unpack"
  tar xzf "$dist" -C "$run_dir/unpack"
  mv "$run_dir"/unpack/* "$home"
  rmdir "$run_dir/unpack"
  touch "$home/.unpacked"
fi

# A demo password made on this machine, kept between runs: there is no default password anywhere.
if [ ! -s "$run_dir/demo-password" ]; then
  head -c 18 /dev/urandom | base64 | tr -d '/+=' | cut -c1-16 > "$run_dir/demo-password"
fi
password=$(cat "$run_dir/demo-password")
cat > "$home/etc/eu.os2.platform.demo.cfg" <<CFG
# Written by run.sh: demo mode with a password generated on this machine.
enabled = true
password = $password
CFG

if (exec 3<>/dev/tcp/127.0.0.1/8181) 2>/dev/null; then
  echo "Port 8181 is in use: stop what listens there first." >&2
  exit 1
fi

cat <<BANNER

  OS2 Community Platform (demo data, embedded H2 database in $home/data)

  Console:  http://localhost:8181/console      (ready about 15 s after start)
  Strategy: http://localhost:8181/console/plugins/initiatives/public.html   (public, no login)
  Payments: http://localhost:8181/console/#/payments   (tariffs, fees, invoices, e-invoice XML)
  Health:   http://localhost:8181/api/v1/health

  Demo logins, password: $password
    demo-admin         administrator
    demo-secretariat   OS2's secretariat (edits members, sees Plugins)
    demo-board         board member
    demo-member        member representative for Ballerup Kommune
    demo-partner       supplier partner
    demo-viewer        read only

  Partner plugins: copy a jar into $home/deploy/ or upload it on the Partner plugins page.
  trust.mode is enforce (as in production): add the line the refusal names to
  $home/etc/os2-plugin-allowlist.txt, or sign the jar (docs/plugin-guide.md).

BANNER

if [ -z "${JAVA_HOME:-}" ] && command -v java >/dev/null; then
  export JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
cd "$home"
if [ -t 0 ]; then
  exec bin/karaf
else
  exec bin/karaf server
fi
