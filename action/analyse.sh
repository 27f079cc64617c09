#!/usr/bin/env bash
# Runs phpleak for the action. Inputs arrive as INPUT_* environment
# variables (never as expressions in the script). It
#   1. analyses once, writing the SARIF file and the Markdown job summary
#      ($GITHUB_STEP_SUMMARY) with --fail-on set to the input: the exit
#      code (0 or 1) is the fail-on decision, applied by fail.sh only
#      after the upload;
#   2. when annotations are on, analyses again with --format github, whose
#      workflow commands on standard output become the annotations (the
#      analysis is deterministic, so both runs report the same findings);
#   3. decides whether upload-sarif runs (not when upload is false, not on
#      a pull request from a fork, whose token is read-only).
# Outputs: findings, sarif-file, status, upload.
set -euo pipefail

bin="${PHPLEAK_BIN_DIR:?PHPLEAK_BIN_DIR is not set}/phpleak"

notice() { echo "::notice title=phpleak::$1"; }
fail() {
	echo "::error title=phpleak::$1"
	exit 2
}

truthy() {
	case "$1" in
	true | True | TRUE | yes | 1) return 0 ;;
	false | False | FALSE | no | 0 | '') return 1 ;;
	*) fail "expected true or false, got a different value for a boolean input" ;;
	esac
}

fail_on="${INPUT_FAIL_ON:-warning}"
case "$fail_on" in
error | warning | note | never) ;;
*) fail "fail-on must be error, warning, note or never" ;;
esac

# one_line NAME VALUE: an input that names a file, or reaches
# $GITHUB_OUTPUT, holds no line break (a newline in $GITHUB_OUTPUT adds
# an output of the input's choosing)
one_line() {
	case "$2" in
	*$'\n'* | *$'\r'*) fail "the $1 input must be one path on one line" ;;
	esac
}
one_line config "${INPUT_CONFIG:-}"
one_line baseline "${INPUT_BASELINE:-}"
one_line sarif-file "${INPUT_SARIF_FILE:-}"

args=(--no-progress)
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
[ -n "${INPUT_BASELINE:-}" ] && args+=(--baseline "$INPUT_BASELINE")
[ -n "${INPUT_PHP_VERSION:-}" ] && args+=(--php-version "$INPUT_PHP_VERSION")
[ -n "${INPUT_MIN_CONFIDENCE:-}" ] && args+=(--min-confidence "$INPUT_MIN_CONFIDENCE")

# only-changed: auto means on pull_request events.
only_changed="${INPUT_ONLY_CHANGED:-auto}"
if [ "$only_changed" = auto ]; then
	case "${EVENT_NAME:-}" in
	pull_request | pull_request_target) only_changed=true ;;
	*) only_changed=false ;;
	esac
fi
if truthy "$only_changed"; then
	base="${PR_BASE_SHA:-}"
	if [ -z "$base" ]; then
		echo "::warning title=phpleak::only-changed needs a pull_request event (its base commit); reporting findings on all lines"
	else
		if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
			echo "phpleak: fetching the base commit $base (shallow checkout)"
			git fetch --no-tags --depth=1 origin "$base" ||
				fail "cannot fetch the pull request's base commit $base: check out with fetch-depth: 0, or set only-changed: false"
		fi
		args+=(--diff-base "$base")
	fi
fi

# Free-form extra flags: split on whitespace, never evaluated.
extra=()
if [ -n "${INPUT_ARGS:-}" ]; then
	read -r -d '' -a extra <<<"$INPUT_ARGS" || true
fi
paths=()
if [ -n "${INPUT_PATHS:-}" ]; then
	read -r -d '' -a paths <<<"$INPUT_PATHS" || true
fi

sarif="${INPUT_SARIF_FILE:-}"
if [ -z "$sarif" ]; then
	sarif="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/phpleak.sarif"
fi
mkdir -p "$(dirname "$sarif")"
summary_args=()
[ -n "${GITHUB_STEP_SUMMARY:-}" ] && summary_args=(--summary "$GITHUB_STEP_SUMMARY")
category_args=()
[ -n "${INPUT_CATEGORY:-}" ] && category_args=(--category "$INPUT_CATEGORY")

status=0
"$bin" check "${args[@]}" "${extra[@]}" --format sarif --output "$sarif" \
	"${category_args[@]}" "${summary_args[@]}" --fail-on "$fail_on" -- "${paths[@]}" || status=$?
if [ "$status" -gt 1 ]; then
	fail "phpleak check failed (exit code $status): see the messages above"
fi

# One partialFingerprints entry per result. The key, with its quotes,
# cannot occur in a JSON string value, where quotes are escaped. grep
# exits 1 when there is no match (a clean run): that is zero findings,
# not a failure.
findings=$({ grep -o '"phpleak/v1":' "$sarif" || [ $? -eq 1 ]; } | wc -l | tr -d ' ')

if truthy "${INPUT_ANNOTATIONS:-true}"; then
	"$bin" check "${args[@]}" "${extra[@]}" --format github --fail-on never -- "${paths[@]}" ||
		fail "phpleak check --format github failed"
fi

upload=false
if ! truthy "${INPUT_UPLOAD:-true}"; then
	notice "upload is false: the SARIF report is not uploaded to code scanning"
elif [ "${EVENT_NAME:-}" = pull_request ] && [ -n "${PR_HEAD_REPO:-}" ] && [ "$PR_HEAD_REPO" != "${REPOSITORY:-}" ]; then
	notice "pull request from a fork: its token cannot write security events, so the SARIF report is not uploaded; the annotations and the job summary show the findings"
else
	upload=true
fi

{
	echo "findings=$findings"
	echo "sarif-file=$sarif"
	echo "status=$status"
	echo "upload=$upload"
} >>"$GITHUB_OUTPUT"
