#!/usr/bin/env bash
# Run the test suite (SQLite by default; DATABASE_URL=postgres://... for PostgreSQL).
# PostgreSQL-only and browser tests skip with a reason when those are missing, unless
# REQUIRE_ALL_TESTS=1 (CI) turns such a skip into a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/venv.sh requirements-dev.txt
# The tests set their own environment; a developer's .env is not read (ENV_FILE empty).
export DEBUG=True SECRET_KEY="${SECRET_KEY:-test-only-secret-key}" ENV_FILE=""
exec "$VENV/bin/python" -m pytest "$@"
