#!/usr/bin/env bash
# Start-up benchmark: wall time from launching bin/enlace to the first usable window, for
#   (a) Enlace with the demo data (data folder already created: the start a user has every day), logged in as the
#       demo user gtm.liaison without the dialog (password from ENLACE_PASSWORD, as the smoke test does), and
#   (b) a bare E4 window from the same installation (bench/bare.e4xmi in enlace.app): the floor.
# The very first start of Enlace, which creates the database and loads the demo data, is reported apart.
# The window's StartupReportAddon writes readyAtEpochMillis; this script notes its own clock just before launching.
#   releng/bench/startup.sh [runs]        (default 5; needs the materialized product: ./enlace build)
# Environment: ENLACE_PRODUCT (installation folder; default the build's), JAVA_HOME (as bin/enlace).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5}
product=${ENLACE_PRODUCT:-$root/releng/enlace.product/target/products/enlace.product/linux/gtk/x86_64/enlace}
goal=1.3

[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [runs]   (runs: a positive number)" >&2; exit 2; }
[ -x "$product/bin/enlace" ] || { echo "No product at $product: build it first (./enlace build)." >&2; exit 2; }

# One virtual display for every run, so all of them pay the same.
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "No DISPLAY and no xvfb-run (apt-get install xvfb xauth)." >&2; exit 2; }
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/enlace-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT

# launch NAME DATA [ARGS...]: one start until the report's addon closes the window; prints "wall_ms heap_bytes".
launch() {
  local name=$1 data=$2; shift 2
  local report="$work/$name.json" log="$work/$name.log" start
  rm -f "$report"
  start=$(date +%s%3N)
  if ! HOME="$work/home" ENLACE_DATA="$data" ENLACE_PASSWORD=enlace-demo \
      ENLACE_VMARGS="-Denlace.user=gtm.liaison -Denlace.startup.report=$report" \
      timeout 120 "$product/bin/enlace" "$@" >"$log" 2>&1 || [ ! -f "$report" ]; then
    echo "Run '$name' failed; its output:" >&2; cat "$log" >&2; exit 1
  fi
  local ready heap
  ready=$(sed -n 's/.*"readyAtEpochMillis": *\([0-9]*\).*/\1/p' "$report")
  heap=$(sed -n 's/.*"heapUsedBytes": *\([0-9]*\).*/\1/p' "$report")
  echo "$((ready - start)) $heap"
}

bare_args=(-applicationXMI enlace.app/bench/bare.e4xmi
  -lifeCycleURI bundleclass://enlace.app/org.crm.enlace.app.internal.BareWindowLifeCycle)

echo "Machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MB memory, $(uname -sr)" >&2
echo "Product: $product" >&2

first=$(launch first "$work/enlace-data")
: >"$work/enlace.txt"; : >"$work/bare.txt"
# Alternate the two so that a slow moment of the machine does not land on one side only.
for i in $(seq "$runs"); do
  echo "run $i of $runs…" >&2
  launch enlace-$i "$work/enlace-data" >>"$work/enlace.txt"
  launch bare-$i "$work/bare-data" "${bare_args[@]}" >>"$work/bare.txt"
done

# median: the middle of the numbers on stdin (mean of the two middle ones for an even count), rounded.
median() { sort -n | awk '{v[NR]=$1} END {printf "%.0f\n", (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
# stats FILE: "median min max median_heap_MB" of the "wall_ms heap_bytes" lines in FILE.
stats() {
  local ms; ms=$(cut -d' ' -f1 "$1" | sort -n)
  echo "$(median <<<"$ms") $(head -1 <<<"$ms") $(tail -1 <<<"$ms")" \
    "$(cut -d' ' -f2 "$1" | median | awk '{printf "%.1f", $1/1048576}')"
}
read -r e_med e_min e_max e_heap < <(stats "$work/enlace.txt")
read -r b_med b_min b_max b_heap < <(stats "$work/bare.txt")
ratio=$(awk -v e="$e_med" -v b="$b_med" 'BEGIN {printf "%.2f", e/b}')
met=$(awk -v r="$ratio" -v g="$goal" 'BEGIN {print (r <= g) ? "met" : "NOT met"}')

echo
echo "Wall time from launching bin/enlace to the first usable window (ms); heap in use after System.gc()"
row() { printf '%-44s %4s %7s %6s %6s %8s\n' "$@"; }
row "" runs median min max "heap MB"
row "Enlace, demo data already loaded" "$runs" "$e_med" "$e_min" "$e_max" "$e_heap"
row "bare E4 window (the floor)" "$runs" "$b_med" "$b_min" "$b_max" "$b_heap"
row "Enlace, first start (new database + demo)" 1 "${first% *}" "" "" \
  "$(awk -v h="${first#* }" 'BEGIN {printf "%.1f", h/1048576}')"
echo "Ratio Enlace/bare (medians): $ratio; goal <= $goal: $met"
