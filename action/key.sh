#!/usr/bin/env bash
# Computes the cache key of the phpleak build: a hash of the Go sources,
# go.mod and go.sum of the action itself ($GITHUB_ACTION_PATH; hashFiles()
# only sees the workspace), the runner's OS and architecture. Writes the
# key and the folder the binary goes to as step outputs.
set -euo pipefail

src="${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set}"
cd "$src"
hash=$(
	find . \( -name .git -o -name testdata -o -name node_modules \) -prune -o \
		-type f \( -name '*.go' ! -name '*_test.go' -o -name go.mod -o -name go.sum \) -print |
		LC_ALL=C sort |
		xargs sha256sum |
		sha256sum | cut -c1-16
)
os="${RUNNER_OS:-$(uname -s)}"
arch="${RUNNER_ARCH:-$(uname -m)}"
dir="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/phpleak-$hash"
{
	echo "key=phpleak-build-$os-$arch-$hash"
	echo "dir=$dir"
} >>"$GITHUB_OUTPUT"
