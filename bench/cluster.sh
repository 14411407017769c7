#!/usr/bin/env bash
# Two platform nodes on one PostgreSQL database behind HAProxy with TLS, and a scripted day with a
# node killed (kill -9) in the middle of it.
#   - PostgreSQL (Debian's; installed and started when missing): a fresh database for this run
#   - node A and node B: the built distribution unpacked twice, own ports and data folders, both on
#     that database; demo data on (A seeds it, B starts after A is healthy)
#   - HAProxy (Debian's; installed when missing) on https://127.0.0.1:<port> with a self-signed
#     certificate made here, round robin without sticky sessions, health checks on /api/v1/health,
#     HSTS, and rules that refuse ambiguous requests before they reach Jetty (bench/haproxy.cfg)
# Then it shows what HAProxy lets through (HSTS, ambiguous requests refused and never seen by a
# node) and runs the scripted day (bench/ClusterDay.java, with JDK 17's source launcher): 76
# representatives check in and vote in parallel through HAProxy, the secretariat runs the invoice
# year, strategy updates are posted, and node B is killed (kill -9) when half the votes are in. The
# day prints its figures and fails when an invariant does (votes counted = votes acknowledged, one
# invoice series without gaps, everyone still signed in, the audit chain intact, client errors only
# around the kill). Interactive, it then leaves the cluster (node A) running for you (Ctrl-C stops
# it); with CI=1 or without a terminal it ends. The exit status is the day's.
# bench/haproxy.cfg is the production template in docs/admin-guide.md ("Two nodes behind a load
# balancer"); the script refuses to run when the guide's copy differs from the file.
# Usage: bench/cluster.sh   (needs a built distribution: mvn install -DskipTests; run as root, or
#        with haproxy, openssl and a PostgreSQL superuser login at hand)
#        KEEP=1 keeps the work folder (node logs under <work>/a|b/*/data/log/karaf.log)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
archive=$(ls karaf-distribution/assembly/target/karaf-distribution-*.tar.gz | head -1)
work=$(mktemp -d /tmp/os2-cluster.XXXXXX)
database="os2cluster_$(date -u +%Y%m%d%H%M%S)"
password="cluster-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
db_password="db-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
cleanup() {
  pkill -f "karaf.base=$work" 2>/dev/null || true
  [ -f "$work/haproxy.pid" ] && kill "$(cat "$work/haproxy.pid")" 2>/dev/null || true
  # the nodes write their logs and close their connections while they stop
  for _ in $(seq 1 60); do pgrep -f "karaf.base=$work" >/dev/null || break; sleep 0.5; done
  su postgres -c "psql -qc 'DROP DATABASE IF EXISTS $database'" >/dev/null 2>&1 || true
  [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

# the admin guide gives bench/haproxy.cfg verbatim between two markers: they must not drift apart
guide_copy=$(sed -n '/^<!-- begin bench\/haproxy.cfg -->$/,/^<!-- end bench\/haproxy.cfg -->$/p' docs/admin-guide.md \
  | sed '1,2d;$d' | sed '$d')
if [ "$guide_copy" != "$(cat bench/haproxy.cfg)" ]; then
  echo "docs/admin-guide.md's HAProxy template differs from bench/haproxy.cfg; make them equal:" >&2
  diff <(echo "$guide_copy") bench/haproxy.cfg >&2 || true
  exit 1
fi

need=()
command -v haproxy >/dev/null || need+=(haproxy)
command -v openssl >/dev/null || need+=(openssl)
command -v pg_ctlcluster >/dev/null || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { echo "missing: ${need[*]} (apt-get install ${need[*]})" >&2; exit 1; }
  apt-get install -y -q "${need[@]}" >/dev/null
fi

# ---- PostgreSQL: a fresh database and login for this run
pg_version=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$pg_version main" || pg_createcluster "$pg_version" main >/dev/null
pg_ctlcluster "$pg_version" main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do su postgres -c "pg_isready -q" && break; sleep 1; done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'os2cluster'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE os2cluster LOGIN CREATEROLE\""
su postgres -c "psql -qc \"ALTER ROLE os2cluster PASSWORD '$db_password'\""
su postgres -c "psql -qc 'CREATE DATABASE $database OWNER os2cluster'"
jdbc="jdbc:postgresql://127.0.0.1:5432/$database"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
set_cfg() { # file key value
  if grep -q "^$2 *=" "$1"; then sed -i "s|^$2 *=.*|$2 = $3|" "$1"; else echo "$2 = $3" >> "$1"; fi
}

# ---- two nodes from the built distribution
declare -A port
for node in a b; do
  mkdir -p "$work/$node"; tar xzf "$archive" -C "$work/$node"
  home=$(ls -d "$work/$node"/*/)
  port[$node]=$(free_port)
  set_cfg "$home/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "${port[$node]}"
  set_cfg "$home/etc/org.apache.karaf.shell.cfg" sshPort "$(free_port)"
  set_cfg "$home/etc/eu.os2.platform.demo.cfg" enabled true
  set_cfg "$home/etc/eu.os2.platform.demo.cfg" password "$password"
  ds="$home/etc/org.ops4j.datasource-os2.cfg"
  set_cfg "$ds" osgi.jdbc.driver.class org.postgresql.Driver
  set_cfg "$ds" url "$jdbc"
  set_cfg "$ds" user os2cluster
  set_cfg "$ds" password "$db_password"
done
home_a=$(ls -d "$work/a"/*/); home_b=$(ls -d "$work/b"/*/)

start_node() { # node
  local home; home=$(ls -d "$work/$1"/*/)
  (cd "$home" && bin/karaf server >"$work/$1.out" 2>&1 &)
}
await_healthy() { # node seconds
  for _ in $(seq 1 $(($2 * 5))); do
    [ "$(curl -s --max-time 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:${port[$1]}/api/v1/health" || true)" = 200 ] && return 0
    sleep 0.2
  done
  echo "node $1 did not become healthy; its log: $work/$1/*/data/log/karaf.log" >&2
  return 1
}
t0=$(date +%s.%N)
start_node a
await_healthy a 180
# demo users are made a moment after health turns UP; B starts on a database A has filled
for _ in $(seq 1 150); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
      -d "{\"username\":\"demo-admin\",\"password\":\"$password\"}" "http://127.0.0.1:${port[a]}/api/v1/auth/login")" = 200 ] && break
  sleep 0.2
done
start_node b
await_healthy b 180
echo "two nodes healthy on PostgreSQL database $database after $(echo "$(date +%s.%N) - $t0" | bc | xargs printf '%.1f') s (A :${port[a]}, B :${port[b]})"

# ---- HAProxy with TLS in front
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -keyout "$work/tls.key" -out "$work/tls.crt" 2>/dev/null
cat "$work/tls.crt" "$work/tls.key" > "$work/tls.pem"
https_port=$(free_port)
stats_port=$(free_port)
sed -e "s|@CERT@|$work/tls.pem|; s|@HTTPS_PORT@|$https_port|; s|@STATS_PORT@|$stats_port|" \
    -e "s|@NODE_A@|127.0.0.1:${port[a]}|; s|@NODE_B@|127.0.0.1:${port[b]}|" \
    bench/haproxy.cfg > "$work/haproxy.cfg"
haproxy -c -q -f "$work/haproxy.cfg"
haproxy -D -f "$work/haproxy.cfg" -p "$work/haproxy.pid"
base="https://127.0.0.1:$https_port"
for _ in $(seq 1 50); do
  [ "$(curl -sk -o /dev/null -w '%{http_code}' "$base/api/v1/health" || true)" = 200 ] && break
  sleep 0.2
done
echo "HAProxy on $base (TLS, self-signed), both nodes UP in its health checks"

# ---- what HAProxy lets through
hsts=$(curl -sk -D - -o /dev/null "$base/api/v1/health" | tr -d '\r' | awk -F': ' 'tolower($1) == "strict-transport-security" {print $2}')
echo "HSTS: ${hsts:-MISSING}"
raw() { # bytes -> the status line HAProxy answers to a raw request
  python3 - "$https_port" "$1" <<'PY'
import socket, ssl, sys
ctx = ssl.create_default_context(); ctx.check_hostname = False; ctx.verify_mode = ssl.CERT_NONE
s = ctx.wrap_socket(socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5), server_hostname="localhost")
s.sendall(sys.argv[2].encode().decode("unicode_escape").encode("latin-1"))
try:
    print((s.recv(200).decode("latin-1").split("\r\n")[0]) or "(connection closed)")
except Exception as e:
    print("(" + type(e).__name__ + ")")
PY
}
node_requests() { # requests HAProxy has passed to the nodes (health checks not counted)
  curl -s "http://127.0.0.1:$stats_port/stats;csv" | awk -F, '$1 == "platform" && $2 != "BACKEND" {n += $8} END {print n + 0}'
}
passed_before=$(node_requests)
echo "ambiguous requests (each must be refused by HAProxy, never reach a node):"
echo "  Content-Length + Transfer-Encoding: $(raw 'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n')"
echo "  two Content-Length values:          $(raw 'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nContent-Length: 5\r\n\r\nabcd')"
echo "  chunk extension:                    $(raw 'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n4;ext=1\r\nabcd\r\n0\r\n\r\n')"
echo "  Transfer-Encoding other than chunked: $(raw 'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n')"
echo "  Transfer-Encoding: chunked alone:     $(raw 'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n0\r\n\r\n')"
echo "  Transfer-Encoding on two lines:       $(raw 'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n')"
echo "  empty Transfer-Encoding + Content-Length: $(raw 'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: \r\nContent-Length: 4\r\n\r\nabcd')"
passed=$(( $(node_requests) - passed_before ))
echo "  requests of these the nodes got: $passed (HAProxy's counters; 400 is HAProxy's rule, 422 its own parser)"
[ "$passed" = 0 ] || { echo "an ambiguous request reached a node" >&2; exit 1; }

nodes_view() {
  echo "HAProxy's view of the nodes:"
  curl -s "http://127.0.0.1:$stats_port/stats;csv" | awk -F, '$1 == "platform" && $2 != "BACKEND" {printf "  %s %s (requests %s, failed checks %s)\n", $2, $18, $8, $22}'
}
nodes_view

# ---- the scripted day, node B killed in the middle of it
pid_b=$(pgrep -f "java.*karaf.base=$work/b/" | head -1)
[ -n "$pid_b" ] || { echo "node B's Karaf process not found" >&2; exit 1; }
echo "---- the day (node B is the Karaf JVM with pid $pid_b)"
day=0
java bench/ClusterDay.java --base "$base" --cert "$work/tls.crt" --password "$password" --kill-pid "$pid_b" \
  --node-a "http://127.0.0.1:${port[a]}" --node-b "http://127.0.0.1:${port[b]}" \
  --stats "http://127.0.0.1:$stats_port/stats" || day=$?
nodes_view
if [ -t 0 ] && [ -z "${CI:-}" ]; then
  echo "cluster up: $base (node A http://127.0.0.1:${port[a]}, node B killed); Ctrl-C stops it"
  while sleep 3600; do :; done
fi
exit "$day"
