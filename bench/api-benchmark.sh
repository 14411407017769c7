#!/usr/bin/env bash
# API benchmark: boots the built distribution (fresh unpack, demo data on, on a free port) and
# measures with wrk, in one run, three things side by side:
#   servlet  GET /console/dom.js            a static console file from the platform's own servlet: the baseline
#   health   GET /api/v1/health             what a load balancer polls
#   list     GET /api/v1/members?limit=50   an authenticated JSON list (the secretariat's session)
# First each at saturation (2 threads, 16 connections, 10 s; three alternating rounds, the best of
# the three counts), then each at half the servlet's saturating rate (a wrk script spaces each
# connection's requests evenly) for its p99. Prints requests/s, p99 and the ratios to the baseline.
# Targets (issue 17): list >= 50 % of the baseline's throughput and p99 <= 10 ms at half the
# baseline's rate; health >= 80 % of the baseline.
# Usage: bench/api-benchmark.sh [seconds per round]   (needs a built distribution: mvn install -DskipTests;
#        installs wrk from Debian when it is missing)
# JAVA_OPTS or EXTRA_JAVA_OPTS given to it reach the platform's JVM, to weigh e.g. a JIT setting.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null; else echo "wrk is missing: apt-get install wrk" >&2; exit 1; fi
fi
work=$(mktemp -d /tmp/os2-api-bench.XXXXXX)
trap 'pkill -f "karaf.base=$work" 2>/dev/null || true; rm -rf "$work"' EXIT

archive=$(ls karaf-distribution/assembly/target/karaf-distribution-*.tar.gz | head -1)
tar xzf "$archive" -C "$work"
home=$(ls -d "$work"/*/)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
ssh=$(free_port)
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
for _ in $(seq 1 100); do   # demo users are made a moment after health turns UP
  [ "$(curl -s -o /dev/null -c "$work/cookies" -w '%{http_code}' -H 'Content-Type: application/json' \
      -d "{\"username\":\"demo-secretariat\",\"password\":\"$password\"}" "$base/api/v1/auth/login")" = 200 ] && break
  sleep 0.2
done
session=$(awk '$6 == "OS2SESSION" {print $7}' "$work/cookies")
[ -n "$session" ] || { echo "could not sign in as demo-secretariat" >&2; exit 1; }
cookie="Cookie: OS2SESSION=$session"
for url in "/console/dom.js" "/api/v1/health"; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base$url")" = 200 ] || { echo "$url does not answer 200" >&2; exit 1; }
done
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$base/api/v1/members?limit=50")" = 200 ] \
  || { echo "the members list does not answer 200 to the secretariat" >&2; exit 1; }

# A request every 1000 * connections / rate ms on each connection: about `rate` requests/s in all.
cat > "$work/paced.lua" <<'LUA'
local gap = 0
function init(args) gap = tonumber(args[1]) end
function delay() return gap end
LUA

# run <path> <header> [gap ms] -> prints "requests/s p99_ms errors"; with a gap, each connection waits
# that long between its requests
run() {
  local path=$1 header=$2 gap=${3:-}
  local args=(-t2 -c16 -d"${seconds}s" --latency)
  [ -n "$header" ] && args+=(-H "$header")
  [ -n "$gap" ] && args+=(-s "$work/paced.lua")
  local out
  out=$(wrk "${args[@]}" "$base$path" ${gap:+"$gap"})
  local rps p99 errors
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000} print v}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx responses:/ {n+=$NF} /Socket errors:/ {gsub(/,/,""); n+=$4+$6+$8+$10} END {print n+0}' <<<"$out")
  echo "$rps $p99 $errors"
}

declare -A best p99s errs
names=(servlet health list)
declare -A paths=([servlet]="/console/dom.js" [health]="/api/v1/health" [list]="/api/v1/members?limit=50")
declare -A headers=([servlet]="" [health]="" [list]="$cookie")
for name in "${names[@]}"; do best[$name]=0; errs[$name]=0; done
# warm-up: the JIT compiles what the rounds measure
for name in "${names[@]}"; do seconds=3 run "${paths[$name]}" "${headers[$name]}" >/dev/null; done
for round in 1 2 3; do
  for name in "${names[@]}"; do
    read -r rps p99 errors < <(run "${paths[$name]}" "${headers[$name]}")
    printf '  round %d  %-8s %10.0f requests/s   p99 %7.2f ms   errors %d\n' "$round" "$name" "$rps" "$p99" "$errors"
    errs[$name]=$((errs[$name] + errors))
    if awk -v a="$rps" -v b="${best[$name]}" 'BEGIN {exit !(a > b)}'; then best[$name]=$rps; p99s[$name]=$p99; fi
  done
done
half=$(awk -v r="${best[servlet]}" 'BEGIN {printf "%d", r / 2}')
gap=$(awk -v r="$half" 'BEGIN {printf "%.3f", 16 * 1000 / r}')
declare -A paced_rps paced_p99
for name in "${names[@]}"; do
  read -r rps p99 errors < <(run "${paths[$name]}" "${headers[$name]}" "$gap")
  paced_rps[$name]=$rps; paced_p99[$name]=$p99
  errs[$name]=$((errs[$name] + errors))
done

echo
echo "API benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk 2 threads 16 connections, ${seconds} s rounds"
printf '%-8s %-34s %14s %12s %10s %22s %8s\n' "" "" "saturated r/s" "p99 (ms)" "of servlet" "p99 at ${half} r/s (ms)" "errors"
for name in "${names[@]}"; do
  ratio=$(awk -v a="${best[$name]}" -v b="${best[servlet]}" 'BEGIN {printf "%.0f %%", 100 * a / b}')
  printf '%-8s %-34s %14.0f %12.2f %10s %15.2f (%5.0f r/s) %6d\n' "$name" "GET ${paths[$name]}" "${best[$name]}" "${p99s[$name]}" \
    "$ratio" "${paced_p99[$name]}" "${paced_rps[$name]}" "${errs[$name]}"
done
list_ratio=$(awk -v a="${best[list]}" -v b="${best[servlet]}" 'BEGIN {print (a / b >= 0.5) ? "met" : "NOT met"}')
health_ratio=$(awk -v a="${best[health]}" -v b="${best[servlet]}" 'BEGIN {print (a / b >= 0.8) ? "met" : "NOT met"}')
list_p99=$(awk -v p="${paced_p99[list]}" 'BEGIN {print (p <= 10) ? "met" : "NOT met"}')
echo "targets: list >= 50 % of servlet: $list_ratio; list p99 <= 10 ms at half the servlet's rate: $list_p99; health >= 80 % of servlet: $health_ratio"
