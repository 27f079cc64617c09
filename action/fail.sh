#!/usr/bin/env bash
# The last step: fails the job according to fail-on, after the SARIF
# upload, from the status analyse.sh recorded (0 or 1, phpleak's exit code
# for --fail-on).
set -euo pipefail

case "${PHPLEAK_STATUS:-}" in
0)
	echo "phpleak: ${PHPLEAK_FINDINGS:-0} finding(s), none at or above fail-on ${INPUT_FAIL_ON:-warning}"
	;;
1)
	echo "::error title=phpleak::${PHPLEAK_FINDINGS:-some} finding(s); at least one at or above fail-on ${INPUT_FAIL_ON:-warning}"
	exit 1
	;;
*)
	echo "::error title=phpleak::phpleak did not run to completion (status '${PHPLEAK_STATUS:-}')"
	exit 2
	;;
esac
