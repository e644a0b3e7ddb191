#!/usr/bin/env bash
# Regenerate the hash-pinned locks from the top-level pins:
#   requirements.in      -> requirements.txt      (runtime)
#   requirements-dev.in  -> requirements-dev.txt  (runtime + tests and tooling)
# Every package of the closure gets an exact version and its --hash lines; installs use
# pip --require-hashes (scripts/venv.sh), so a fresh install is the same every day.
# Usage: scripts/lock.sh            keep current pins, add what changed in the .in files
#        scripts/lock.sh --upgrade  move every unpinned transitive package to its newest
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/venv.sh --no-install
LOCK_VENV=.lock-venv
if [ ! -x "$LOCK_VENV/bin/pip-compile" ]; then
  "$(find_python)" -m venv "$LOCK_VENV"
  "$LOCK_VENV/bin/python" -m pip install --quiet "pip-tools==7.6.2"
fi
compile() {
  CUSTOM_COMPILE_COMMAND="scripts/lock.sh" "$LOCK_VENV/bin/pip-compile" --quiet \
    --generate-hashes --strip-extras --no-emit-index-url --no-emit-find-links \
    --resolver=backtracking "$@"
}
compile "${@}" --output-file requirements.txt requirements.in
compile "${@}" --output-file requirements-dev.txt requirements-dev.in
echo "Locked: $(grep -c '==' requirements.txt) runtime, $(grep -c '==' requirements-dev.txt) dev packages."
