#!/usr/bin/env bash
# Time from launching bin/workbench to its window on screen, under Xvfb: the first (cold) launch and
# warm launches after it, each beside the start of a bare JVM with the same class path in the same
# run (the baseline: what no Java desktop program can beat). Needs Xvfb and xdotool
# (apt install xvfb xdotool). Usage: bench/window-startup.sh [warm runs, default 3]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=${1:-3}
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt install xvfb xdotool" >&2; exit 2; }
done
jar="$(ls "$root"/app/target/app-*.jar 2>/dev/null | grep -v -e sources -e tests | head -n 1 || true)"
[[ -n "$jar" ]] || { echo "Build first: mvn -B -q -DskipTests package" >&2; exit 2; }
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1280x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# One launch: seconds until a visible window titled "Motif Workbench" exists.
window_time() {
  local start app
  start=$(now)
  "$root/bin/workbench" >/dev/null 2>&1 &
  app=$!
  if ! timeout 120 xdotool search --sync --onlyvisible --name "Motif Workbench" >/dev/null; then
    echo "no window after 120 s" >&2
    kill "$app" 2>/dev/null || true
    exit 1
  fi
  elapsed "$start" "$(now)"
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
}

jvm_time() {
  local start
  start=$(now)
  java -cp "$jar:$(cat "$root/app/target/classpath.txt")" -version >/dev/null 2>&1
  elapsed "$start" "$(now)"
}

printf "%-34s %10s %16s %8s %s\n" "figure" "workbench" "bare JVM start" "ratio" "target"
cold=$(window_time)
base=$(jvm_time)
printf "%-34s %8s s %14s s %7.1f x %s\n" "window shown, first launch" "$cold" "$base" \
  "$(awk -v a="$cold" -v b="$base" 'BEGIN { print a / b }')" ""
for i in $(seq 1 "$runs"); do
  warm=$(window_time)
  base=$(jvm_time)
  verdict=$(awk -v w="$warm" 'BEGIN { print (w < 2 ? "< 2 s met" : "< 2 s MISSED") }')
  printf "%-34s %8s s %14s s %7.1f x %s\n" "window shown, warm launch $i" "$warm" "$base" \
    "$(awk -v a="$warm" -v b="$base" 'BEGIN { print a / b }')" "$verdict"
done
