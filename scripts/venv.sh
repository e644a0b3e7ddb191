# Sourced by the other scripts: find Python 3.12+ and make .venv from a hash-pinned lock.
# Usage: . scripts/venv.sh [requirements file]   (requirements.txt or requirements-dev.txt)
#        . scripts/venv.sh --no-install           (only defines find_python)
set -euo pipefail
find_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3.13 python3.12 python3 \
      "$HOME"/.pyenv/versions/3.13*/bin/python "$HOME"/.pyenv/versions/3.12*/bin/python; do
    [ -n "$candidate" ] || continue
    command -v "$candidate" >/dev/null 2>&1 || [ -x "$candidate" ] || continue
    if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  echo "Quote Tracker needs Python 3.12 or newer (Django 6); set PYTHON=/path/to/python3.12" >&2
  return 1
}
if [ "${1:-}" = "--no-install" ]; then
  return 0
fi
VENV="${VENV:-.venv}"
REQUIREMENTS="${1:-requirements.txt}"
if [ ! -x "$VENV/bin/python" ]; then
  "$(find_python)" -m venv "$VENV"
fi
# Re-install only when the requirements changed since the last install.
stamp="$VENV/.installed-$(basename "$REQUIREMENTS")"
if [ ! -f "$stamp" ] || [ "$REQUIREMENTS" -nt "$stamp" ] || [ requirements.txt -nt "$stamp" ]; then
  # Every package of the closure is pinned with its hashes (scripts/lock.sh makes the lock):
  # pip refuses anything unpinned, unhashed or different from what was locked.
  "$VENV/bin/python" -m pip install --quiet --require-hashes -r "$REQUIREMENTS"
  touch "$stamp"
fi
