#!/usr/bin/env bash
# Benchmarks the build engine with whatever stages are registered (Stage.defaultBuild).
#
# Release build; then, each RUNS times (median shown): a cold full build into an empty folder,
# a no-op rebuild, and a rebuild after editing one input file. Prints wall, user+sys and their
# ratio, and checks the targets: no-op < 150 ms, cold < 2 s, user+sys >= 1.6 x wall on the cold
# build (the stages really run in parallel). Exits 1 when a target is missed.
#
# Environment: INPUT (default Input), TEMPLATES (default Templates), RUNS (default 5),
# EDIT_FILE (the input file to touch for the one-edit rebuild, relative to INPUT; default: the
# first of events.yaml, programme.yaml, any *.yaml), JOBS (passed as --jobs), SOURCE_DATE_EPOCH,
# BIN (a release binary already built, e.g. with another --scratch-path; skips the build).
set -euo pipefail
cd "$(dirname "$0")/.."

INPUT=${INPUT:-Input}
TEMPLATES=${TEMPLATES:-Templates}
RUNS=${RUNS:-5}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1767225600}

[ -d "$INPUT" ] || { echo "error: no input folder '$INPUT' (set INPUT=…)" >&2; exit 1; }

if [ -z "${BIN:-}" ]; then
  swift build -c release --static-swift-stdlib --product deliverables >&2
  BIN="$(swift build -c release --static-swift-stdlib --show-bin-path)/deliverables"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/trash"
cp -R "$INPUT" "$work/Input"
if [ -d "$TEMPLATES" ]; then cp -R "$TEMPLATES" "$work/Templates"; else mkdir "$work/Templates"; fi

if [ -z "${EDIT_FILE:-}" ]; then
  for candidate in events.yaml programme.yaml; do
    [ -f "$work/Input/$candidate" ] && { EDIT_FILE=$candidate; break; }
  done
fi
if [ -z "${EDIT_FILE:-}" ]; then
  EDIT_FILE=$(cd "$work/Input" && find . -type f -name '*.yaml' | sort | head -n 1 | sed 's|^\./||')
fi

build_args=(build --quiet --input "$work/Input" --templates "$work/Templates")
[ -n "${JOBS:-}" ] && build_args+=(--jobs "$JOBS")

# Runs one build into $1, appends "wall user+sys" (seconds) to $2.
timed_build() {
  local output=$1 results=$2 status=0
  local TIMEFORMAT='%3R %3U %3S'
  { time "$BIN" "${build_args[@]}" --output "$output" >/dev/null 2>"$work/stderr" || status=$?; } 2>"$work/time"
  if [ "$status" -ne 0 ]; then
    echo "error: the build failed (exit $status):" >&2
    cat "$work/stderr" >&2
    exit 1
  fi
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$work/time" >>"$results"
}

median() { # column $2 of file $1
  sort -n -k"$2" "$1" | awk -v col="$2" '{ v[NR] = $col } END { print v[int((NR + 1) / 2)] }'
}

: >"$work/cold"; : >"$work/noop"; : >"$work/edit"
for run in $(seq "$RUNS"); do
  # Move the previous build aside instead of deleting it: on ext4 (notably without a journal),
  # creating thousands of inodes right after thousands were freed is measurably slower (the
  # kernel's recently_deleted() check in find_inode_bit skips freshly freed inodes, ~15 % of a cold
  # build here). The old trees are deleted with $work at the end, so the cold build measures the
  # build, not the aftermath of the previous deletion.
  [ -d "$work/Build" ] && mv "$work/Build" "$work/trash/Build-$run"
  timed_build "$work/Build" "$work/cold"
  timed_build "$work/Build" "$work/noop"
  if [ -n "${EDIT_FILE:-}" ]; then
    cp "$work/Input/$EDIT_FILE" "$work/edit-backup"
    printf '\n# benchmark edit %s\n' "$RANDOM" >>"$work/Input/$EDIT_FILE"
    timed_build "$work/Build" "$work/edit"
    cp "$work/edit-backup" "$work/Input/$EDIT_FILE"
  fi
done

outputs=$(grep -c '"path"' "$work/Build/manifest.json" || true)
echo "deliverables build benchmark: $RUNS runs (median), $outputs outputs, $(nproc) cores, binary $BIN"
printf '%-22s %9s %11s %7s\n' "" "wall (s)" "user+sys (s)" "ratio"
report() {
  local label=$1 file=$2
  [ -s "$file" ] || { printf '%-22s %9s\n' "$label" "skipped"; return; }
  local wall cpu
  wall=$(median "$file" 1); cpu=$(median "$file" 2)
  printf '%-22s %9s %11s %7s\n' "$label" "$wall" "$cpu" "$(awk -v w="$wall" -v c="$cpu" 'BEGIN { printf (w > 0 ? "%.2f" : "-"), c / w }')"
}
report "cold full build" "$work/cold"
report "no-op rebuild" "$work/noop"
report "one-edit rebuild" "$work/edit"
echo "(one-edit rebuild: appended a comment line to ${EDIT_FILE:-no file}, the build after it timed)"

failed=0
check() { # label, condition (awk expression over w=wall c=cpu), file
  local label=$1 condition=$2 file=$3 wall cpu
  wall=$(median "$file" 1); cpu=$(median "$file" 2)
  if awk -v w="$wall" -v c="$cpu" "BEGIN { exit !($condition) }"; then
    echo "PASS  $label"
  else
    echo "FAIL  $label (wall $wall s, user+sys $cpu s)"
    failed=1
  fi
}
check "no-op rebuild < 150 ms" "w < 0.150" "$work/noop"
check "cold full build < 2 s" "w < 2.0" "$work/cold"
if [ "$outputs" -eq 0 ]; then
  echo "SKIP  user+sys >= 1.6 x wall: no stages registered, nothing runs in parallel yet"
else
  check "cold user+sys >= 1.6 x wall" "c >= 1.6 * w" "$work/cold"
fi
exit "$failed"
