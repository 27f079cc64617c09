#!/usr/bin/env bash
# Decides how the action gets phpleak, and the one folder its binary goes
# to (analyse.sh runs $PHPLEAK_BIN_DIR/phpleak, whichever way it came):
#
#   version input   the action's ref   phpleak comes from
#   v1.2.3, 1.2.3   (any)              the release v1.2.3 (install.sh)
#   source          (any)              the action's source (build.sh)
#   '' (default)    v1.2.3, v1.2.3-x   the release of that tag
#   '' (default)    anything else      the action's source, with a notice
#
# The ref is github.action_ref (ACTION_REF): a branch, a tag or a commit,
# empty for a local uses: ./. GitHub gives a composite action nested in
# another composite action the outer action's ref and repository, so a
# ref is trusted only when ACTION_REPOSITORY (github.action_repository)
# is phpleak/phpleak or empty.
#
# Outputs: mode (release or source), version (release, without the v),
# dir (the binary's folder) and key (source: the build's cache key, a
# hash of the action's Go sources, go.mod and go.sum, the runner's OS and
# architecture; hashFiles() only sees the workspace).
set -euo pipefail

fail() {
	echo "::error title=phpleak::$1"
	exit 2
}
# shown() prints a value for a message, with anything but the characters
# of a version or a ref replaced by ?, so that an input cannot write a
# workflow command.
shown() {
	local v="${1:0:64}"
	printf '%s' "${v//[^0-9A-Za-z._\/+-]/?}"
}

semver='[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?'
input="${INPUT_VERSION:-}"
ref="${ACTION_REF:-}"
repo="${ACTION_REPOSITORY:-}"
ours=true # the ref is phpleak's own (bash 3 on macOS: no ${repo,,})
if [ -n "$repo" ] && [ "$(printf '%s' "$repo" | tr '[:upper:]' '[:lower:]')" != phpleak/phpleak ]; then
	ours=false
fi
tmp="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"

mode=source
version=
if [ "$input" = source ]; then
	:
elif [[ $input =~ ^v?$semver$ ]]; then
	mode=release
	version="${input#v}"
elif [ -n "$input" ]; then
	fail "the version input must be a release like v1.2.3 (or 1.2.3, v1.2.3-rc.1), source to build phpleak from the action's own code, or empty for the release of the action's tag; got '$(shown "$input")'. The releases are listed at https://github.com/phpleak/phpleak/releases"
elif [[ $ref =~ ^v$semver$ ]] && [ "$ours" = true ]; then
	mode=release
	version="${ref#v}"
else
	if [ -n "$ref" ]; then
		why="the action's ref '$(shown "$ref")' is not a release tag (v1.2.3)"
		if [ "$ours" = false ]; then
			why="the action runs inside $(shown "$repo"), whose ref says nothing about phpleak's version"
		fi
	else
		why="the action's ref is unknown (a local uses: ./)"
	fi
	echo "phpleak: building from the action's source: $why"
	# the notice once per job, however many times the job uses the action
	marker="$tmp/phpleak-source-notice"
	if [ ! -e "$marker" ]; then
		echo "::notice title=phpleak::$why, so phpleak is built from the action's source, which needs Go and takes about a minute when the build is not cached. To download a release instead, use a release tag (uses: phpleak/phpleak@v1.2.3) or set the version input (version: v1.2.3, also with a commit SHA pin); set version: source to keep building from source without this notice."
		mkdir -p "$tmp" && : >"$marker"
	fi
fi

if [ "$mode" = release ]; then
	echo "phpleak: using the release v$version"
	{
		echo "mode=release"
		echo "version=$version"
		echo "dir=$tmp/phpleak-v$version"
	} >>"${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
	exit 0
fi

# sha256 FILE...: sha256sum's output (macOS runners have shasum instead)
sha256() {
	if command -v sha256sum >/dev/null 2>&1; then
		sha256sum "$@"
	else
		shasum -a 256 "$@"
	fi
}

src="${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set}"
cd "$src"
hash=$(
	find . \( -name .git -o -name testdata -o -name node_modules \) -prune -o \
		-type f \( -name '*.go' ! -name '*_test.go' -o -name go.mod -o -name go.sum \) -print |
		LC_ALL=C sort |
		while IFS= read -r f; do sha256 "$f"; done |
		sha256 | cut -c1-16
)
os="${RUNNER_OS:-$(uname -s)}"
arch="${RUNNER_ARCH:-$(uname -m)}"
{
	echo "mode=source"
	echo "key=phpleak-build-$os-$arch-$hash"
	echo "dir=$tmp/phpleak-$hash"
} >>"${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
