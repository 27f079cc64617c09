#!/usr/bin/env bash
# Builds phpleak from the action's own source into $PHPLEAK_BIN_DIR
# (skipped when an earlier step of the job already built it there).
set -euo pipefail

dir="${PHPLEAK_BIN_DIR:?PHPLEAK_BIN_DIR is not set}"
# on Windows the binary is phpleak.exe, as a release's is; bash runs it
# as "phpleak" all the same
exe=phpleak
[ "${RUNNER_OS:-}" = Windows ] && exe=phpleak.exe
if [ -x "$dir/$exe" ]; then
	echo "phpleak: already built in $dir"
	exit 0
fi
if ! command -v go >/dev/null 2>&1; then
	echo "::error title=phpleak::Go is not installed: leave the setup-go input at true, or install Go (the version in the action's go.mod) before this step."
	exit 1
fi
mkdir -p "$dir"
cd "${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set}"
go build -trimpath -buildvcs=false -o "$dir/$exe" ./cmd/phpleak
"$dir/$exe" version
