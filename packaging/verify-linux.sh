#!/usr/bin/env bash
# Checks an installed Motif Workbench as a user would, with an empty home folder:
#   1. the desktop app starts (under Xvfb) with the bundled sample and shows its window; then, as a
#      user would with the keyboard, it opens the Train screen (Ctrl+3) and trains one epoch of the
#      small teaching network (Enter = Start training): screenshots before and after;
#   2. the `mwb` launcher trains one epoch on the bundled sample and prints the test accuracy;
#   3. neither wrote engine files into the home folder (~/.djl.ai, ~/.openjfx, ~/.cache/JNA).
# Usage:  packaging/verify-linux.sh [installed folder, default /opt/motif-workbench] [output folder]
# Needs:  xvfb (xvfb-run), x11-utils (xwininfo), imagemagick (import), xdotool.
set -euo pipefail

app_dir="$(cd "${1:-/opt/motif-workbench}" && pwd)"
out="${2:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/target/verify}"
gui="$app_dir/bin/Motif Workbench"
cli="$app_dir/bin/mwb"
samples="$app_dir/lib/app/samples"
for tool in xvfb-run xwininfo import xdotool; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt install xvfb x11-utils imagemagick xdotool)" >&2; exit 1; }
done
[[ -x "$gui" && -x "$cli" ]] || { echo "no launchers in $app_dir/bin" >&2; exit 1; }

mkdir -p "$out"
home="$(mktemp -d /tmp/mwb-emptyhome.XXXXXX)"
export HOME="$home"
# Java takes user.home from the password database, not from $HOME: set it as well.
export JAVA_TOOL_OPTIONS="-Duser.home=$home -Dorg.slf4j.simpleLogger.log.org.motifworkbench=info"
# One epoch of the small teaching network: a settings file as the Model screen saves them.
echo '{"preset": "teaching", "training": {"epochs": 1}}' > "$home/one-epoch.json"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

echo "== 1. Desktop app under Xvfb (home folder $home)"
xvfb-run -a -s "-screen 0 1280x900x24" bash -c '
  gui="$1"; out="$2"; config="$3"
  start=$(date +%s%N)
  "$gui" --config "$config" >"$out/gui.log" 2>&1 &
  pid=$!
  up=""
  for _ in $(seq 1 120); do
    # The main window, not the 10x10 leader window GTK creates first.
    if xwininfo -root -tree 2>/dev/null | grep "\"Motif Workbench" | grep -qv " 10x10+"; then
      up=$(( ($(date +%s%N) - start) / 1000000 ))
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if [[ -z "$up" ]]; then
    echo "window did not appear; log:"; cat "$out/gui.log"; kill "$pid" 2>/dev/null; exit 1
  fi
  echo "window up after ${up} ms"
  sleep 4 # let the sample load and the first frame render
  import -window root "$out/gui-screenshot.png"
  xwininfo -root -tree | grep "\"Motif Workbench" | grep -v " 10x10+"
  window=$(xdotool search --name "Motif Workbench" | tail -n 1)
  xdotool windowfocus --sync "$window" 2>/dev/null || true
  xdotool key --window "$window" ctrl+3
  sleep 1
  xdotool key --window "$window" Return
  for _ in $(seq 1 90); do
    grep -q "Training ended" "$out/gui.log" && break
    sleep 1
  done
  sleep 1
  import -window root "$out/gui-trained.png"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
' _ "$gui" "$out" "$home/one-epoch.json" || fail "the desktop app did not show its window"
[[ -s "$out/gui-screenshot.png" ]] && echo "screenshots: $out/gui-screenshot.png, $out/gui-trained.png"
grep "Training ended" "$out/gui.log" | sed 's/^/  /' \
  || fail "the desktop app did not finish training one epoch (see $out/gui.log)"

echo "== 2. mwb train, one epoch on the bundled sample"
(cd "$out" && "$cli" train -f "$samples/primer-motif.fa" --preset teaching --epochs 1 \
  -o "$out/verify.mwb") 2>&1 | grep -v "Picked up JAVA_TOOL_OPTIONS" | tee "$out/train.log" | tail -n 4
grep -q "Test accuracy" "$out/train.log" || fail "mwb train printed no test accuracy"
[[ -s "$out/verify.mwb" ]] || fail "mwb train wrote no model file"

echo "== 3. Home folder after both runs"
(cd "$home" && find . -mindepth 1 | sort) | sed 's/^/  /'
for engine_dir in .djl.ai .openjfx .cache/JNA; do
  [[ ! -e "$home/$engine_dir" ]] || fail "the app wrote ~/$engine_dir"
done
rm -rf "$home"

if ((failures > 0)); then
  echo "$failures check(s) failed"
  exit 1
fi
echo "All checks passed."
