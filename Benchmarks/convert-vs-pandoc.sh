#!/usr/bin/env bash
# Times `deliverables convert` against pandoc on the generated manual, at scale 1 and scale 10,
# for ODT, DOCX and HTML, side by side in one run: for each, the median wall time and the median
# CPU time (user + system, from the kernel's resource usage in microseconds) of 5 runs (3 at
# scale 10), and the peak memory (maximum resident set size). Prints a table and checks the
# targets on the CPU-time ratio (wall time depends on what else the machine runs):
#   deliverables at least 20x faster than pandoc at scale 1, at least 50x at scale 10,
#   below 100 MB of peak memory, and CPU time growing at most linearly (scale 10 within 10.5x
#   of scale 1). Exits 1 when a target is missed or a run fails.
#
# Usage: Benchmarks/convert-vs-pandoc.sh [--skip-build] [--formats odt,docx,html] [--scales "1 10"] [--runs N]
# Environment: BIN=PATH times that binary (e.g. built with another --scratch-path) and skips the build.
# Needs: swift, python3, pandoc.
set -euo pipefail
cd "$(dirname "$0")/.."

skip_build=false
formats="odt,docx,html"
scales="1 10"
runs_override=""
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-build) skip_build=true ;;
    --formats) formats="$2"; shift ;;
    --scales) scales="$2"; shift ;;
    --runs) runs_override="$2"; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "convert-vs-pandoc: unknown option '$1'" >&2; exit 64 ;;
  esac
  shift
done

for tool in pandoc python3; do
  command -v "$tool" >/dev/null || { echo "convert-vs-pandoc: '$tool' is needed" >&2; exit 1; }
done

if [ "$skip_build" = false ] && [ -z "${BIN:-}" ]; then
  swift build -c release --static-swift-stdlib --product deliverables >&2
fi
binary="${BIN:-$(swift build -c release --static-swift-stdlib --show-bin-path)/deliverables}"
[ -x "$binary" ] || { echo "convert-vs-pandoc: $binary not built" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1767225600

# run_median RUNS COMMAND… → prints "median_wall_seconds peak_kilobytes median_cpu_seconds", or
# "FAIL" when a run fails. CPU time is the child's user + system time from wait4's rusage
# (microseconds), not /usr/bin/time's hundredths, which are too coarse for a 40 ms run.
run_median() {
  local runs="$1"; shift
  python3 - "$runs" "$work" "$@" <<'PY'
import os, resource, subprocess, sys, time
runs, work, command = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
walls, cpus, peak = [], [], 0
for _ in range(runs):
    with open(os.path.join(work, "stdout"), "wb") as out, open(os.path.join(work, "stderr"), "wb") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    if status != 0:
        print("FAIL")
        with open(os.path.join(work, "stderr"), errors="replace") as err:
            for line in err.read().splitlines()[-3:]:
                print("    " + line, file=sys.stderr)
        sys.exit(0)
    walls.append(wall)
    cpus.append(usage.ru_utime + usage.ru_stime)
    peak = max(peak, usage.ru_maxrss)  # kilobytes on Linux
median = lambda values: sorted(values)[(len(values) - 1) // 2]
print(f"{median(walls):.4f} {peak} {median(cpus):.4f}")
PY
}

failed=0
declare -A cpu_at_scale_1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (wall times stretch on a busy machine; CPU times much less: the verdict is on CPU)"
row='%-5s %-5s %9s %9s %7s %9s %9s %7s %9s %9s  %s\n'
printf "$row" scale format "ours ms" "pandoc" "wall x" "ours CPU" "pandoc" "CPU x" "ours MB" "pandoc" verdict
for scale in $scales; do
  manual="$work/manual-$scale.md"
  python3 Benchmarks/generate-manual.py --scale "$scale" -o "$manual"
  runs=5; target=20
  if [ "$scale" -ge 10 ]; then runs=3; target=50; fi
  [ -n "$runs_override" ] && runs="$runs_override"
  for format in ${formats//,/ }; do
    mkdir -p "$work/ours" "$work/pandoc"
    ours="$(run_median "$runs" "$binary" convert "$manual" --to "$format" -o "$work/ours" --quiet)"
    theirs="$(run_median "$runs" pandoc -s "$manual" -o "$work/pandoc/manual.$format")"
    if [ "$ours" = FAIL ] || [ "$theirs" = FAIL ]; then
      printf "$row" "$scale" "$format" - - - - - - - - "FAIL (a run failed)"
      failed=1
      continue
    fi
    read -r our_wall our_kb our_cpu <<<"$ours"
    read -r their_wall their_kb their_cpu <<<"$theirs"
    [ "$scale" = 1 ] && cpu_at_scale_1[$format]="$our_cpu"
    verdict="$(awk -v ow="$our_wall" -v pw="$their_wall" -v oc="$our_cpu" -v pc="$their_cpu" -v kb="$our_kb" -v t="$target" \
                   -v scale="$scale" -v base="${cpu_at_scale_1[$format]:-}" 'BEGIN {
      if (oc < 0.0005) oc = 0.0005
      if (ow < 0.0005) ow = 0.0005
      wall = pw / ow; cpu = pc / oc
      problems = ""
      if (cpu < t) problems = problems "CPU ratio < " t "x; "
      if (kb >= 100 * 1024) problems = problems "memory >= 100 MB; "
      if (scale > 1 && base != "" && oc / base > scale * 1.05) problems = problems sprintf("CPU grew %.1fx for %dx the text; ", oc / base, scale)
      printf "%.1f %.1f %s", wall, cpu, problems == "" ? "ok" : "MISSED: " problems
    }')"
    read -r wall_ratio cpu_ratio verdict <<<"$verdict"
    [ "$verdict" = ok ] || failed=1
    printf "$row" "$scale" "$format" \
      "$(awk -v s="$our_wall" 'BEGIN { printf "%.0f", s * 1000 }')" "$(awk -v s="$their_wall" 'BEGIN { printf "%.0f", s * 1000 }')" "${wall_ratio}x" \
      "$(awk -v s="$our_cpu" 'BEGIN { printf "%.0f", s * 1000 }')" "$(awk -v s="$their_cpu" 'BEGIN { printf "%.0f", s * 1000 }')" "${cpu_ratio}x" \
      "$(awk -v k="$our_kb" 'BEGIN { printf "%.1f", k / 1024 }')" "$(awk -v k="$their_kb" 'BEGIN { printf "%.1f", k / 1024 }')" "$verdict"
  done
done
exit "$failed"
