#!/usr/bin/env bash
# bench-corpus.sh runs phpleak over a real code base and prints what a
# benchmark of the whole tool should: files, lines, errors by kind,
# findings per rule, wall time and peak memory.
#
#   scripts/bench-corpus.sh /usr/share/php [phpleak check flags...]
#   scripts/bench-corpus.sh ~/src/laravel --jobs 1
#
# The binary is built first, so the time is the analysis, not the compile.
# Summaries use jq when it is installed, else python3.
set -euo pipefail

if [[ $# -lt 1 || ! -d $1 ]]; then
	echo "usage: $0 FOLDER [phpleak check flags...]" >&2
	exit 2
fi
corpus=$(cd "$1" && pwd)
shift

repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$repo" && go build -o "$work/phpleak" ./cmd/phpleak)

cmd=("$work/phpleak" check --format json --fail-on never --no-progress --root "$corpus" "$@" "$corpus")
start=$(date +%s%N)
if [[ -x /usr/bin/time ]]; then
	/usr/bin/time -f '%M' -o "$work/rss" "${cmd[@]}" >"$work/report.json"
else
	"${cmd[@]}" >"$work/report.json"
fi
end=$(date +%s%N)
wall_ms=$(((end - start) / 1000000))

echo "corpus:   $corpus"
if command -v jq >/dev/null; then
	jq -r '
		"files:    \(.stats.files) (\(.stats.filesWithErrors) with errors)",
		"lines:    \(.stats.lines)",
		"errors:   \(.errors | length)",
		(.errors | group_by(.kind)[] | "  \(.[0].kind): \(length)"),
		"findings: \(.findings | length)",
		(.findings | group_by(.rule)[] | "  \(.[0].rule): \(length)")
	' "$work/report.json"
else
	python3 - "$work/report.json" <<'PY'
import collections, json, sys
r = json.load(open(sys.argv[1]))
s = r["stats"]
print(f"files:    {s['files']} ({s['filesWithErrors']} with errors)")
print(f"lines:    {s['lines']}")
print(f"errors:   {len(r['errors'])}")
for k, n in sorted(collections.Counter(e["kind"] for e in r["errors"]).items()):
    print(f"  {k}: {n}")
print(f"findings: {len(r['findings'])}")
for k, n in sorted(collections.Counter(f["rule"] for f in r["findings"]).items()):
    print(f"  {k}: {n}")
PY
fi
echo "wall:     ${wall_ms} ms"
if [[ -s $work/rss ]]; then
	echo "peak RSS: $(($(tail -n1 "$work/rss") / 1024)) MiB"
fi
