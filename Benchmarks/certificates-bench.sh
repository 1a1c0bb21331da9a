#!/bin/sh
# Benchmark of the certificates stage (release build) against python docxtpl.
#
#   Benchmarks/certificates-bench.sh [N…]        default: 1000 10000
#
# For each N: generates N synthetic seminar participants (generate-participants.py), then times
#   1. the stage writing DOCX only (certificates + transcripts + decision reports; no key, so no
#      signing) → DOCX documents per second;
#   2. the full set: ODT + DOCX + HTML + signed credential (a throw-away key in the scratch folder)
#      → participants per second;
#   3. python docxtpl filling an equivalent one-page DOCX template N times (pip install docxtpl).
# Prints wall time, CPU time and peak memory (from /usr/bin/time) of each run. Builds use
# --jobs 1 so the rates are per core. Targets: ≥ 1,000 DOCX certificates/s on one core,
# ≥ 300 participants/s for the full set, peak memory < 300 MB at N = 10,000.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SCRATCH=${SCRATCH:-$(mktemp -d /tmp/certificates-bench.XXXXXX)}
SIZES=${*:-1000 10000}
cd "$ROOT"
swift build -c release --product deliverables >/dev/null
BIN="$ROOT/.build/release/deliverables"
openssl genrsa -out "$SCRATCH/issuer.pem" 2048 2>/dev/null
python3 -c "import docxtpl" 2>/dev/null || pip install --quiet docxtpl >/dev/null 2>&1 || echo "docxtpl unavailable: comparison skipped"

measure() { # label, then the command; prints wall, cpu, peak RSS
  label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$SCRATCH/time" "$@" >/dev/null 2>"$SCRATCH/stderr" || { cat "$SCRATCH/stderr"; exit 1; }
  set -- $(cat "$SCRATCH/time")
  echo "$label $1 $(echo "$2 + $3" | bc) $4"
}

rate() { echo "scale=0; $1 / $2" | bc; }

for N in $SIZES; do
  INPUT="$SCRATCH/Input-$N"
  python3 "$ROOT/Benchmarks/generate-participants.py" "$N" "$ROOT/Input" "$INPUT" >/dev/null
  rm -rf "$SCRATCH/docx-$N" "$SCRATCH/full-$N"
  set -- $(unset DELIVERABLES_SIGNING_KEY; measure docx "$BIN" build --input "$INPUT" --output "$SCRATCH/docx-$N" \
           --only certificates --format docx --jobs 1 -q)
  DOCX_WALL=$2 DOCX_CPU=$3 DOCX_RSS=$4
  DOCX_COUNT=$(find "$SCRATCH/docx-$N/certificates" -name 'CT-*.docx' ! -name '*transcript*' | wc -l)
  set -- $(measure full "$BIN" build --input "$INPUT" --output "$SCRATCH/full-$N" --only certificates \
           --format odt,docx,html --signing-key "$SCRATCH/issuer.pem" --jobs 1 -q)
  FULL_WALL=$2 FULL_CPU=$3 FULL_RSS=$4
  JWT_COUNT=$(find "$SCRATCH/full-$N/certificates" -name '*.jwt' | wc -l)
  echo "N=$N"
  echo "  deliverables, DOCX only: $DOCX_COUNT certificates (+ transcripts, reports) in ${DOCX_WALL}s wall, ${DOCX_CPU}s CPU," \
       "$(rate "$DOCX_COUNT" "$DOCX_CPU") certificates/s per core, peak $((DOCX_RSS / 1024)) MB"
  echo "  deliverables, full set:  $N participants, $JWT_COUNT signed credentials in ${FULL_WALL}s wall, ${FULL_CPU}s CPU," \
       "$(rate "$N" "$FULL_CPU") participants/s per core, peak $((FULL_RSS / 1024)) MB"
  if python3 -c "import docxtpl" 2>/dev/null; then
    set -- $(measure docxtpl python3 "$ROOT/Benchmarks/docxtpl-certificates.py" "$N" "$SCRATCH/docxtpl-$N")
    echo "  python docxtpl:          $N certificates in ${2}s wall, ${3}s CPU, $(rate "$N" "$3") certificates/s, peak $(($4 / 1024)) MB"
  fi
done
echo "scratch folder: $SCRATCH"
