#!/usr/bin/env bash
# Boot benchmark: our distribution against a plain Apache Karaf 4.4.10 with the http feature
# added to its boot features. For each, N cold boots (fresh unpack, empty data/):
#   boot  = seconds from process start to the first HTTP answer that shows it is serving
#           (ours: 200 from /api/v1/health with every platform bundle UP;
#            plain Karaf: the first HTTP response of any status from its Jetty - it has no page)
#   RSS   = resident memory of the JVM 5 s after that answer
# Then the hot deploy: the example partner jar copied into deploy/ until its console page module
# answers 200 and its REST endpoint exists (401 without login).
# Usage: bench/boot-benchmark.sh [runs]   (needs a built distribution: mvn install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=8181
work=$(mktemp -d /tmp/os2-bench.XXXXXX)
trap 'pkill -f "karaf.base=$work" 2>/dev/null || true; rm -rf "$work"' EXIT

ours=$(ls karaf-distribution/assembly/target/karaf-distribution-*.tar.gz | head -1)
partner=$(ls examples/partner-hello/target/partner-hello-*.jar | head -1)
mvn -q -B dependency:copy -Dartifact=org.apache.karaf:apache-karaf:4.4.10:tar.gz -DoutputDirectory="$work" >/dev/null
plain="$work/apache-karaf-4.4.10.tar.gz"

if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then echo "port $port is in use" >&2; exit 1; fi

now() { date +%s.%N; }

# boot <archive> <kind> -> prints "seconds rss_mb"
boot() {
  local archive=$1
  local kind=$2
  local dir="$work/run-$kind"
  rm -rf "$dir" 2>/dev/null || { sleep 2; rm -rf "$dir"; }
  mkdir -p "$dir"; tar xzf "$archive" -C "$dir"
  local home; home=$(ls -d "$dir"/*/)
  if [ "$kind" = plain ]; then
    sed -i 's/^\(featuresBoot *= *\\\)$/\1\n    http, \\/' "$home/etc/org.apache.karaf.features.cfg"
    grep -q '^    http, \\' "$home/etc/org.apache.karaf.features.cfg" || { echo "could not add http to plain Karaf" >&2; exit 1; }
  fi
  local start; start=$(now)
  (cd "$home" && KARAF_OPTS="-Dkaraf.bench=1" bin/karaf server >/dev/null 2>&1 &)
  local code=000
  for _ in $(seq 1 1200); do
    if [ "$kind" = plain ]; then
      code=$(curl -s --max-time 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)
      [ "$code" != 000 ] && break
    else
      code=$(curl -s --max-time 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/health" || true)
      [ "$code" = 200 ] && break
    fi
    sleep 0.05
  done
  local end; end=$(now)
  sleep 5
  local pid; pid=$(pgrep -f "karaf.base=${home%/}" | head -1)
  local rss; rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  echo "$(echo "$end - $start" | bc) $((rss / 1024))"
  if [ "$kind" = ours-deploy ]; then
    local t0; t0=$(now)
    # trust mode enforce is the default: allow-list the partner's jar as an admin would
    echo "eu.example.partner.hello $(sha256sum "$partner" | cut -d' ' -f1)" >> "$home/etc/os2-plugin-allowlist.txt"
    cp "$partner" "$home/deploy/"
    for _ in $(seq 1 400); do
      page=$(curl -s --max-time 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/console/plugins/hello/page.js" || true)
      api=$(curl -s --max-time 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/plugins/hello/greeting" || true)
      [ "$page" = 200 ] && [ "$api" = 401 ] && break
      sleep 0.02
    done
    echo "deploy $(echo "$(now) - $t0" | bc)" > "$work/deploy.txt"
  fi
  pkill -f "karaf.base=${home%/}" || true
  for _ in $(seq 1 100); do pgrep -f "karaf.base=${home%/}" >/dev/null || break; sleep 0.1; done
  pkill -9 -f "karaf.base=${home%/}" || true
  sleep 0.5
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

declare -A boots rss
for kind in ours plain; do
  archive=$ours; [ "$kind" = plain ] && archive=$plain
  for i in $(seq 1 "$runs"); do
    boot "$archive" "$kind" > "$work/result"   # returns only when that Karaf has stopped
    read -r s m < "$work/result"
    echo "$kind run $i: boot ${s}s, RSS ${m} MB"
    boots[$kind]+="$s"$'\n'; rss[$kind]+="$m"$'\n'
  done
done
boot "$ours" ours-deploy > /dev/null
deploy=$(awk '{print $2}' "$work/deploy.txt")

ob=$(printf '%s' "${boots[ours]}" | median); pb=$(printf '%s' "${boots[plain]}" | median)
orss=$(printf '%s' "${rss[ours]}" | median); prss=$(printf '%s' "${rss[plain]}" | median)
echo
echo "median cold boot: ours ${ob}s, plain Karaf+http ${pb}s, ratio $(echo "scale=2; $ob / $pb" | bc)  (target <= 0.9)"
echo "median RSS after boot: ours ${orss} MB, plain Karaf+http ${prss} MB, ratio $(echo "scale=2; $orss / $prss" | bc)  (target <= 0.9)"
echo "hot deploy (jar in deploy/ -> page 200 and endpoint present): ${deploy}s  (target <= 1 s)"
