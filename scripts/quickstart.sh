#!/usr/bin/env bash
# Install, load the sample articles and run the dashboard on SQLite at http://127.0.0.1:8000/
# with one background worker beside it (uploads, fetches, feeds, relink); both stop together.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/venv.sh requirements.txt
export DEBUG="${DEBUG:-True}"
PY="$VENV/bin/python"
"$PY" manage.py migrate --verbosity 0
"$PY" manage.py ingest sample_articles/
EDITOR_PASSWORD=demo-editor-password "$PY" manage.py createeditor demo
"$PY" manage.py worker --verbosity 0 &
WORKER=$!
"$PY" manage.py runserver "127.0.0.1:${PORT:-8000}" &
SERVER=$!
stop() { kill "$SERVER" "$WORKER" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT
trap 'exit 130' INT TERM
echo
echo "Quote Tracker: http://127.0.0.1:${PORT:-8000}/  (log in as demo / demo-editor-password to edit)"
echo "A background worker runs beside it; Ctrl-C stops both."
wait "$SERVER"
