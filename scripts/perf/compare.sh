#!/usr/bin/env bash
# Runs the inflate floor, our reader (forEachRow, release) and python-calamine on one file,
# interleaved, ROUNDS times, each as its own process, and prints user+sys seconds, wall seconds
# and peak RSS per run plus the medians and ratios. Compare ratios within one run: the machine
# is shared.
#   scripts/perf/compare.sh FILE.xlsx [ROUNDS]        (needs: swift build -c release here first;
#                                                     pip install python-calamine)
#   BEFORE=/path/to/other/xlsx-bench scripts/perf/compare.sh ...   adds a "before" row (an older
#                                                     build of this package, for before/after)
set -euo pipefail
file=$1; rounds=${2:-5}
here=$(cd "$(dirname "$0")" && pwd)
bench=$here/.build/release/xlsx-bench
[ -x "$bench" ] || { echo "build first: cd scripts/perf && swift build -c release" >&2; exit 2; }
calamine='import sys; from python_calamine import CalamineWorkbook
wb = CalamineWorkbook.from_path(sys.argv[1]); n = 0
for name in wb.sheet_names:
    for row in wb.get_sheet_by_name(name).to_python(): n += 1
print(n, "rows")'
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
measure() {  # name command...
    local name=$1; shift
    /usr/bin/time -f "%U %S %e %M" -o "$tmp/t" "$@" >/dev/null
    read -r u s e m <"$tmp/t"
    echo "$name $(echo "$u + $s" | bc) $e $m" | tee -a "$tmp/all"
}
for ((i = 1; i <= rounds; i++)); do
    measure floor "$bench" --floor "$file" 1
    measure ours "$bench" "$file" 1
    if [ -n "${BEFORE:-}" ]; then measure before "$BEFORE" "$file" 1; fi
    measure calamine python3 -c "$calamine" "$file"
done
python3 - "$tmp/all" "$file" <<'PY'
import statistics, sys, zipfile
runs = {}
for line in open(sys.argv[1]):
    name, cpu, wall, rss = line.split()
    runs.setdefault(name, []).append((float(cpu), float(wall), int(rss)))
xml = sum(i.file_size for i in zipfile.ZipFile(sys.argv[2]).infolist())
med = {k: (statistics.median(c for c, _, _ in v), statistics.median(w for _, w, _ in v), max(r for _, _, r in v)) for k, v in runs.items()}
print(f"\n{xml/1e6:.1f} MB of XML inflated; medians of {len(runs['floor'])} runs (user+sys s, wall s, peak RSS MB)")
for k, (c, w, r) in med.items():
    print(f"{k:9s} cpu {c:6.2f} s  wall {w:6.2f} s  {xml/1e6/c:7.1f} MB/s  rss {r/1024:7.1f} MB  x floor {c/med['floor'][0]:5.2f}  x calamine {c/med['calamine'][0]:5.2f}")
PY
