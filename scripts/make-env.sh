#!/usr/bin/env bash
# Write a git-ignored .env for local development (DEBUG=True, a newly generated SECRET_KEY),
# unless the file exists. The settings read it, so `.venv/bin/python manage.py ...` works.
# Usage: scripts/make-env.sh [PATH]   (default: .env at the top of the project)
set -euo pipefail
target="${1:-$(dirname "$0")/../.env}"
if [ -f "$target" ]; then
  exit 0
fi
key="$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))')"
(
  umask 077  # the key is a secret: readable by its owner only
  printf '%s\n' \
    "# Local development settings from scripts/make-env.sh. Never use them in production." \
    "DEBUG=True" "SECRET_KEY=$key" > "$target"
)
echo "Wrote $target (DEBUG=True and a new SECRET_KEY) for local use."
