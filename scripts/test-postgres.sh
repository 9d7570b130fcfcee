#!/usr/bin/env bash
# Run the test suite (without the browser tests) against PostgreSQL, in a throwaway database that is
# dropped afterwards. PG_URL points at the server (trust auth on 127.0.0.1:5432 in CI and locally).
set -euo pipefail
cd "$(dirname "$0")/.."

PG_URL="${PG_URL:-postgres://postgres@127.0.0.1:5432}"
DB="campaign_ci_$$_$RANDOM"
PY=.venv/bin/python

psql_cmd() {
  "$PY" - "$PG_URL/postgres" "$1" <<'PYEOF'
import sys
import psycopg
with psycopg.connect(sys.argv[1], autocommit=True) as conn:
    conn.execute(sys.argv[2])
PYEOF
}

cleanup() {
  # pytest-django's test databases: test_<name>, or test_<name>_gw<N> with pytest-xdist's workers, and the
  # copies kept while a transactional test runs (tests/snapshots.py).
  for suffix in "" _gw0 _gw1 _gw2 _gw3 _gw4 _gw5 _gw6 _gw7; do
    psql_cmd "DROP DATABASE IF EXISTS test_$DB$suffix WITH (FORCE)" || true
    psql_cmd "DROP DATABASE IF EXISTS test_$DB${suffix}_kept WITH (FORCE)" || true
  done
  psql_cmd "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
}
trap cleanup EXIT

psql_cmd "CREATE DATABASE $DB"
echo "PostgreSQL: throwaway database $DB"
DJANGO_DATABASE_URL="$PG_URL/$DB" .venv/bin/pytest -m "not browser and not scaleout" --create-db -p no:cacheprovider "$@"
