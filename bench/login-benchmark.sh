#!/usr/bin/env bash
# Login benchmark: boots the built distribution (fresh unpack, demo data on, on a free port) and
# times N password logins of demo users one after another with curl (POST /api/v1/auth/login:
# Argon2id check, a new session row in the database, the answer), then N requests that resume a
# session (GET /api/v1/auth/me). Prints p50, p95 and max in milliseconds.
# The logins rotate over the demo users and send a different X-Forwarded-For per login, as clients
# behind the trusted local proxy do, so no throttle is involved.
# Usage: bench/login-benchmark.sh [logins]   (needs a built distribution: mvn install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100}
work=$(mktemp -d /tmp/os2-login-bench.XXXXXX)
trap 'pkill -f "karaf.base=$work" 2>/dev/null || true; rm -rf "$work"' EXIT

archive=$(ls karaf-distribution/assembly/target/karaf-distribution-*.tar.gz | head -1)
tar xzf "$archive" -C "$work"
home=$(ls -d "$work"/*/)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ssh=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
password="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = $ssh/" "$home/etc/org.apache.karaf.shell.cfg"
sed -i "s/^enabled *=.*/enabled = true/; s/^password *=.*/password = $password/" "$home/etc/eu.os2.platform.demo.cfg"
(cd "$home" && bin/karaf server >/dev/null 2>&1 &)
base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do
  [ "$(curl -s --max-time 2 -o /dev/null -w '%{http_code}' "$base/api/v1/health" || true)" = 200 ] && break
  sleep 0.2
done
users=(demo-admin demo-secretariat demo-board demo-member demo-partner demo-viewer)
for _ in $(seq 1 100); do   # demo users are made a moment after health turns UP
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
      -d "{\"username\":\"demo-viewer\",\"password\":\"$password\"}" "$base/api/v1/auth/login")" = 200 ] && break
  sleep 0.2
done

stats() { sort -n | awk '{a[NR]=$1} END {printf "p50 %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)\n", a[int(NR*0.5+0.5)], a[int(NR*0.95+0.5)], a[NR], NR}'; }

for i in $(seq 1 "$n"); do
  user=${users[$((i % ${#users[@]}))]}
  curl -s -o /dev/null -c "$work/cookies" -w '%{time_total}\n' -H 'Content-Type: application/json' \
    -H "X-Forwarded-For: 198.51.100.$((i % 250 + 1))" \
    -d "{\"username\":\"$user\",\"password\":\"$password\"}" "$base/api/v1/auth/login" | awk '{print $1 * 1000}'
done | stats | sed 's/^/login (password): /'
for _ in $(seq 1 "$n"); do
  curl -s -o /dev/null -b "$work/cookies" -w '%{time_total}\n' "$base/api/v1/auth/me" | awk '{print $1 * 1000}'
done | stats | sed 's/^/resumed session (GET \/auth\/me): /'
