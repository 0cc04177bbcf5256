#!/usr/bin/env bash
# Build-time benchmark: the same build (tests skipped) twice,
#   cold: with an empty local Maven repository (/tmp/enlace-cold-m2, so ~/.m2 is left alone): every plugin and
#         bundle comes from Maven Central;
#   warm: again, with the usual ~/.m2 (filled by earlier builds).
#   releng/bench/build.sh           (several minutes: the cold build downloads about 200 MB)
# It cleans and rebuilds the tree it belongs to: run it when no other build uses that tree.
# The Maven distribution of the wrapper (~/.m2/wrapper) is not part of the local repository: it is reused.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cold_repo=/tmp/enlace-cold-m2
build=(./mvnw -B -ntp -DskipTests clean verify)

java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
jdk=""
for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -rV); do
  [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
  major=$(java_major "$candidate/bin/java")
  if [ -n "$major" ] && [ "$major" -ge 21 ]; then jdk=$candidate; break; fi
done
[ -n "$jdk" ] || { echo "The build needs a JDK 21 or newer: set JAVA_HOME to one." >&2; exit 2; }
export JAVA_HOME=$jdk

# timed LABEL ARGS...: runs the build with ARGS, log in /tmp, prints the seconds it took.
timed() {
  local label=$1; shift
  local log="/tmp/enlace-build-$label.log" start end
  start=$(date +%s%3N)
  (cd "$root" && "${build[@]}" "$@") >"$log" 2>&1 || { echo "The $label build failed: see $log" >&2; exit 1; }
  end=$(date +%s%3N)
  awk -v ms=$((end - start)) 'BEGIN {printf "%.1f", ms / 1000}'
}

echo "Machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MB memory; JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)" >&2
rm -rf "$cold_repo"
echo "cold build (empty $cold_repo)…" >&2
cold=$(timed cold -Dmaven.repo.local="$cold_repo")
downloaded=$(du -sm "$cold_repo" | cut -f1)
rm -rf "$cold_repo"
echo "warm build (~/.m2)…" >&2
warm=$(timed warm)

echo
echo "Build time: ${build[*]}"
printf '%-46s %8s s\n' "cold (empty local repository, ${downloaded} MB fetched)" "$cold" "warm (~/.m2 already filled)" "$warm"
