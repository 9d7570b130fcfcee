#!/usr/bin/env bash
# pip-audit against the pinned dependencies (requirements.txt and requirements-dev.txt), exactly as pinned:
# no resolution, no install. Fails on any known vulnerability, and on any package it could not check.
#
# The vulnerability database (OSV, or PyPI's JSON API) must be reachable. Where it is not (a machine that
# reaches only the package index), the audit cannot happen: it says so loudly and, unless AUDIT_REQUIRED=1,
# does not fail the run, because a missing network is not a vulnerability.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv-audit
if [ ! -x "$VENV/bin/pip-audit" ] || [ requirements-audit.txt -nt "$VENV/.installed" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check -r requirements-audit.txt
  touch "$VENV/.installed"
fi

reachable() {
  "$VENV/bin/python" - "$1" <<'PYEOF'
import sys, urllib.request
try:
    with urllib.request.urlopen(sys.argv[1], timeout=10) as response:
        sys.exit(0 if response.status < 500 else 1)
except Exception:
    sys.exit(1)
PYEOF
}

if reachable "https://api.osv.dev/v1/vulns/PYSEC-2024-47"; then
  SERVICE=osv
elif reachable "https://pypi.org/pypi/Django/5.2.19/json"; then
  SERVICE=pypi
else
  echo "NOT AUDITED: neither OSV (api.osv.dev) nor PyPI's JSON API answers from this machine."
  echo "Run 'make audit' where one of them is reachable (CI with internet access sets AUDIT_REQUIRED=1)."
  if [ -n "${AUDIT_REQUIRED:-}" ]; then exit 1; fi
  exit 0
fi

echo "pip-audit ($SERVICE) against requirements.txt and requirements-dev.txt"
"$VENV/bin/pip-audit" --vulnerability-service "$SERVICE" --strict --no-deps --disable-pip \
  --progress-spinner off -r requirements.txt -r requirements-dev.txt
