#!/usr/bin/env bash
# Downloads the phpleak release $PHPLEAK_VERSION (without the v) for the
# runner's platform into $PHPLEAK_BIN_DIR, the folder key.sh chose: the
# archive scripts/release made for RUNNER_OS/RUNNER_ARCH and the release's
# SHA256SUMS, from the GitHub release of the tag. The archive must match
# its line in SHA256SUMS, or nothing is installed. Skipped when an earlier
# step of the job already installed this version there.
set -euo pipefail

fail() {
	echo "::error title=phpleak::$1"
	exit 1
}

version="${PHPLEAK_VERSION:?PHPLEAK_VERSION is not set}"
dir="${PHPLEAK_BIN_DIR:?PHPLEAK_BIN_DIR is not set}"
# PHPLEAK_DOWNLOAD_URL is for the action's tests only (a local server,
# actiontest/e2e_test.go); it is not an input.
base="${PHPLEAK_DOWNLOAD_URL:-https://github.com/phpleak/phpleak/releases/download}"
releases=https://github.com/phpleak/phpleak/releases

case "${RUNNER_OS:-}" in
Linux) os=linux ;;
macOS) os=darwin ;;
Windows) os=windows ;;
*) fail "no phpleak release for the runner OS '${RUNNER_OS:-}' (releases exist for Linux, macOS and Windows): set version: source to build phpleak from source (needs Go)" ;;
esac
case "${RUNNER_ARCH:-}" in
X64) arch=amd64 ;;
ARM64) arch=arm64 ;;
*) fail "no phpleak release for the runner architecture '${RUNNER_ARCH:-}' (releases exist for X64 and ARM64): set version: source to build phpleak from source (needs Go)" ;;
esac
exe=phpleak
ext=tar.gz
if [ "$os" = windows ]; then
	exe=phpleak.exe
	ext=zip
fi
asset="phpleak_${version}_${os}_${arch}.$ext"

if [ -x "$dir/$exe" ]; then
	echo "phpleak: v$version already downloaded to $dir"
	"$dir/$exe" version
	exit 0
fi

work=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/phpleak-download.XXXXXX")
trap 'rm -rf "$work"' EXIT

# fetch NAME: one asset of the release into $work, retrying transient
# errors (not a 404: that release or asset does not exist).
fetch() {
	local url="$base/v$version/$1"
	echo "phpleak: downloading $url"
	curl -fsSL --retry 3 --retry-delay 2 --connect-timeout 30 --max-time 300 -o "$work/$1" "$url" ||
		fail "cannot download $1 of phpleak v$version from $url: check that the version exists at $releases (or set version: source to build from source)"
}

# sha256 FILE: its hex digest (sha256sum on Linux and Windows, shasum on
# macOS); read from standard input, so that no file name is escaped.
sha256() {
	if command -v sha256sum >/dev/null 2>&1; then
		sha256sum <"$1" | cut -d' ' -f1
	else
		shasum -a 256 <"$1" | cut -d' ' -f1
	fi
}

fetch SHA256SUMS
fetch "$asset"
want=$(awk -v f="$asset" '$2 == f || $2 == "*" f { print $1; exit }' "$work/SHA256SUMS")
got=$(sha256 "$work/$asset")
if [ -z "$want" ]; then
	fail "SHA256SUMS of phpleak v$version has no line for $asset (its digest is $got): phpleak was not installed. Report it at https://github.com/phpleak/phpleak/issues, or set version: source to build from source"
fi
if [ "$got" != "$want" ]; then
	fail "checksum mismatch for $asset of phpleak v$version: SHA256SUMS says $want, the download is $got. The download is corrupt or was altered, and phpleak was not installed: re-run the job, and if it fails again report it at https://github.com/phpleak/phpleak/issues"
fi
echo "phpleak: $asset matches SHA256SUMS ($got)"

# unpack next to the download, then move into place: a failed step
# leaves no half-written binary for a later step to take as installed
mkdir -p "$work/unpacked"
if [ "$ext" = zip ]; then
	command -v unzip >/dev/null 2>&1 || fail "unzip is not installed (Git for Windows ships it): install it, or set version: source to build from source"
	unzip -q "$work/$asset" -d "$work/unpacked"
else
	tar -xzf "$work/$asset" -C "$work/unpacked"
fi
[ -f "$work/unpacked/$exe" ] || fail "$asset of phpleak v$version holds no $exe"
chmod +x "$work/unpacked/$exe"
mkdir -p "$dir"
mv -f "$work/unpacked/"* "$dir/"
"$dir/$exe" version
