#!/usr/bin/env bash
# Linkage of persons benchmark (docs/benchmarks.md, "Linkage of persons"): for each size, generates persons with the
# seed 1, links them in plain mode (hand-set weights, then weights estimated by EM: --estimate) and encoded mode
# through the product's bin/enlace, and prints wall time, peak memory, precision, recall and F1 against the truth.
#   releng/bench/linkage.sh [SIZE...]      (default 10000 100000 1000000; needs the product: ./enlace build)
# Environment: ENLACE_PRODUCT (installation folder; default the build's), WORK (scratch folder; default a new one
# under /tmp, removed at the end).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
product=${ENLACE_PRODUCT:-$root/releng/enlace.product/target/products/enlace.product/linux/gtk/x86_64/enlace}
sizes=("${@:-10000 100000 1000000}")
[ -x "$product/bin/enlace" ] || { echo "No product at $product: build it first (./enlace build)." >&2; exit 2; }
work=${WORK:-$(mktemp -d)}
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT
head -c 32 /dev/urandom | base64 > "$work/secret"
echo "$(nproc) cores, load $(cut -d" " -f1-3 /proc/loadavg)"
printf '%-9s %-8s %9s %9s %9s %9s %9s\n' persons mode seconds peak-MB precision recall F1
for size in ${sizes[*]}; do
  "$product/bin/enlace" generate persons --count "$size" --seed 1 --out "$work/p.jsonl" --truth "$work/t.csv" >/dev/null
  for mode in plain plain-em encoded; do
    options=()
    [ "$mode" = plain-em ] && options=(--estimate)
    [ "$mode" = encoded ] && options=(--encoded --secret-file "$work/secret")
    start=$(date +%s%3N)
    /usr/bin/time -f '%M' -o "$work/mem" "$product/bin/enlace" match "$work/p.jsonl" "$work/pairs.csv" "${options[@]}" >/dev/null
    end=$(date +%s%3N)
    quality=$("$product/bin/enlace" match-quality "$work/pairs.csv" "$work/t.csv" | grep -oE ' [0-9]+([.,][0-9]+)?' | tail -3 | tr ',\n' '. ')
    read -r precision recall f1 <<<"$quality"
    printf '%-9s %-8s %9.1f %9d %9s %9s %9s\n' "$size" "$mode" "$(echo "($end - $start) / 1000" | bc -l)" \
      $(( $(cat "$work/mem") / 1024 )) "$precision" "$recall" "$f1"
  done
done
