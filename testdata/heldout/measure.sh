#!/usr/bin/env bash
# measure.sh DIR: labels every case of a held-out round by what PHP
# measures, as testdata/runtime/README.md describes (200 and 2000
# iterations, GC on and off), and prints one LABELS.txt line per case:
#
#   <label folder>/<case> gc_on=<bytes>B/iter gc_off=<bytes>B/iter label=<measured>
#
#   testdata/heldout/measure.sh testdata/heldout/r10 > testdata/heldout/r10/LABELS.txt
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
append="$here/../runtime/measure.php"
cd "$1"
for label in clean cycle growth; do
	[ -d "$label" ] || continue
	for c in $(ls "$label" | sort); do
		entry="$label/$c"
		[ -d "$entry" ] && entry="$entry/main.php"
		mem() { PHPLEAK_N=$2 php -n -d memory_limit=512M -d zend.enable_gc=$1 -d auto_append_file="$append" "$entry"; }
		on=$((($(mem 1 2000) - $(mem 1 200)) / 1800))
		off=$((($(mem 0 2000) - $(mem 0 200)) / 1800))
		got=clean
		if [ "$on" -gt 256 ]; then got=growth; elif [ "$off" -gt 256 ]; then got=cycle; fi
		echo "$label/$c gc_on=${on}B/iter gc_off=${off}B/iter label=$got"
	done
done
