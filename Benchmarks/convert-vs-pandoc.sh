#!/usr/bin/env bash
# Times `deliverables convert` against pandoc on the generated manual, at scale 1 and scale 10,
# for ODT, DOCX and HTML: the median wall time of 5 runs (3 at scale 10) and the peak memory
# (maximum resident set size), by /usr/bin/time. Prints a table and checks the targets:
#   deliverables at least 20x faster than pandoc at scale 1, at least 50x at scale 10,
#   and below 100 MB of peak memory. Exits 1 when a target is missed or a run fails.
#
# Usage: Benchmarks/convert-vs-pandoc.sh [--skip-build] [--formats odt,docx,html] [--scales "1 10"]
# Needs: swift, python3, pandoc, GNU time (/usr/bin/time). Run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."

skip_build=false
formats="odt,docx,html"
scales="1 10"
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-build) skip_build=true ;;
    --formats) formats="$2"; shift ;;
    --scales) scales="$2"; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "convert-vs-pandoc: unknown option '$1'" >&2; exit 64 ;;
  esac
  shift
done

for tool in pandoc python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "convert-vs-pandoc: '$tool' is needed" >&2; exit 1; }
done

if [ "$skip_build" = false ]; then
  swift build -c release --product deliverables >&2
fi
binary="$(swift build -c release --show-bin-path)/deliverables"
[ -x "$binary" ] || { echo "convert-vs-pandoc: $binary not built" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1767225600

# run_median RUNS COMMAND… → prints "median_wall_seconds peak_kilobytes median_cpu_seconds", or "FAIL"
# when a run fails.
run_median() {
  local runs="$1"; shift
  local times=() cpus=() peak=0
  for _ in $(seq "$runs"); do
    if ! /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@" >"$work/stdout" 2>"$work/stderr"; then
      echo "FAIL"
      sed 's/^/    /' "$work/stderr" | tail -3 >&2
      return 0
    fi
    read -r seconds kilobytes user system < <(tail -1 "$work/time")
    times+=("$seconds")
    cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')")
    [ "$kilobytes" -gt "$peak" ] && peak="$kilobytes"
  done
  local median cpu
  median="$(printf '%s\n' "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
  cpu="$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
  echo "$median $peak $cpu"
}

failed=0
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (wall times stretch on a busy machine; the CPU ratio does not)"
printf '%-6s %-5s %12s %12s %9s %10s %14s %14s  %s\n' scale format "ours (s)" "pandoc (s)" ratio "CPU ratio" "ours RSS (MB)" "pandoc RSS (MB)" verdict
for scale in $scales; do
  manual="$work/manual-$scale.md"
  python3 Benchmarks/generate-manual.py --scale "$scale" -o "$manual"
  runs=5; target=20
  if [ "$scale" -ge 10 ]; then runs=3; target=50; fi
  for format in ${formats//,/ }; do
    mkdir -p "$work/ours" "$work/pandoc"
    ours="$(run_median "$runs" "$binary" convert "$manual" --to "$format" -o "$work/ours" --quiet)"
    theirs="$(run_median "$runs" pandoc -s "$manual" -o "$work/pandoc/manual.$format")"
    if [ "$ours" = FAIL ] || [ "$theirs" = FAIL ]; then
      printf '%-6s %-5s %12s %12s %9s %10s %14s %14s  %s\n' "$scale" "$format" "${ours%% *}" "${theirs%% *}" - - - - "FAIL (a run failed)"
      failed=1
      continue
    fi
    read -r our_time our_kb our_cpu <<<"$ours"
    read -r their_time their_kb their_cpu <<<"$theirs"
    cpu_ratio="$(awk -v o="$our_cpu" -v p="$their_cpu" 'BEGIN { if (o < 0.01) o = 0.01; printf "%.1f", p / o }')"
    verdict="$(awk -v o="$our_time" -v p="$their_time" -v kb="$our_kb" -v t="$target" 'BEGIN {
      # /usr/bin/time reports wall time in hundredths; count a 0.00 s run as 0.01 s.
      if (o < 0.01) o = 0.01
      r = p / o; ok = (r >= t && kb < 100 * 1024)
      printf "%.1f %s", r, ok ? "ok" : "MISSED (target >= " t "x and < 100 MB)"
    }')"
    ratio="${verdict%% *}"; verdict="${verdict#* }"
    [ "$verdict" = ok ] || failed=1
    printf '%-6s %-5s %12s %12s %8sx %9sx %14.1f %14.1f  %s\n' "$scale" "$format" "$our_time" "$their_time" "$ratio" "$cpu_ratio" \
      "$(awk -v k="$our_kb" 'BEGIN { print k / 1024 }')" "$(awk -v k="$their_kb" 'BEGIN { print k / 1024 }')" "$verdict"
  done
done
exit "$failed"
