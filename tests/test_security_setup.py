"""An install that is the same every day, and commands that work as the README prints them."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.conftest import REPO, SAMPLE_DIR

_TEST_ONLY = ("DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE", "ENV_FILE", "DATABASE_URL")


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in _TEST_ONLY}
    return subprocess.run(
        [sys.executable, *args], cwd=REPO, env={**clean, **env}, capture_output=True, text=True
    )


def _pins(path) -> dict[str, str]:
    pins = {}
    for line in path.read_text().splitlines():
        match = re.match(r"^([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?==([^\s;\\]+)", line)
        if match:
            pins[re.sub(r"[-_.]+", "-", match[1]).lower()] = match[2]
    return pins


# ---------------------------------------------------------------- the lock
@pytest.mark.parametrize("name", ["requirements.txt", "requirements-dev.txt"])
def test_every_locked_package_is_pinned_with_hashes(name):
    text = (REPO / name).read_text()
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 1)[1])
    packages = [b for b in blocks if re.match(r"[A-Za-z0-9]", b)]
    assert len(packages) >= 25
    for block in packages:
        assert re.match(r"^[A-Za-z0-9_.-]+==\S+ \\\n", block), block.splitlines()[0]
        assert "--hash=sha256:" in block, block.splitlines()[0]


def test_the_lock_holds_every_top_level_pin_and_the_whole_closure():
    runtime, dev = _pins(REPO / "requirements.txt"), _pins(REPO / "requirements-dev.txt")
    for name, version in _pins(REPO / "requirements.in").items():
        assert runtime[name] == version and dev[name] == version
    for name, version in _pins(REPO / "requirements-dev.in").items():
        assert dev[name] == version
    # jusText (under trafilatura) imports lxml_html_clean; a lock without it breaks HTML ingest.
    assert "lxml-html-clean" in runtime and "justext" in runtime
    assert all(dev.get(name) == version for name, version in runtime.items())


def test_installs_require_hashes():
    venv = (REPO / "scripts" / "venv.sh").read_text()
    assert "--require-hashes" in venv
    assert "pip-compile" in (REPO / "scripts" / "lock.sh").read_text()


def test_the_installed_packages_are_the_locked_ones():
    from importlib.metadata import distributions

    locked = _pins(REPO / "requirements-dev.txt")
    installed = {
        re.sub(r"[-_.]+", "-", d.metadata["Name"]).lower(): d.version for d in distributions()
    }
    for name, version in locked.items():
        assert installed.get(name) == version, name


# ---------------------------------------------------------------- .env
def test_settings_read_the_env_file_and_the_environment_wins(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text('# local\nDEBUG=True\nexport SECRET_KEY="from-file"\n\nLOG_LEVEL=INFO\n')
    code = "import tracker.settings as s; print(s.DEBUG, s.SECRET_KEY)"
    result = _run(["-c", code], ENV_FILE=str(env_file))
    assert result.stdout.strip() == "True from-file", result.stderr
    result = _run(["-c", code], ENV_FILE=str(env_file), SECRET_KEY="from-env")
    assert result.stdout.strip() == "True from-env"


def test_a_junk_env_file_line_is_named(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("DEBUG=True\nthis is not a setting\n")
    result = _run(["-c", "import tracker.settings"], ENV_FILE=str(env_file))
    assert result.returncode != 0 and f"{env_file}:2: expected KEY=VALUE" in result.stderr


def test_production_without_a_key_still_refuses_to_start(tmp_path):
    result = _run(["-c", "import tracker.settings"], ENV_FILE=str(tmp_path / "missing"))
    assert result.returncode != 0 and "Set SECRET_KEY" in result.stderr


def test_the_readme_ingest_command_works_with_the_quickstart_env_file(tmp_path):
    """`manage.py ingest PATH` with only the .env that quickstart.sh writes: no traceback."""
    assert "scripts/make-env.sh" in (REPO / "scripts" / "quickstart.sh").read_text()
    env_file = tmp_path / ".env"
    subprocess.run([REPO / "scripts" / "make-env.sh", env_file], check=True, capture_output=True)
    assert env_file.stat().st_mode & 0o077 == 0  # the key is readable by its owner only
    assert re.search(r"^SECRET_KEY=\S{40,}$", env_file.read_text(), re.MULTILINE)
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    env = {"ENV_FILE": str(env_file), "DATABASE_URL": db}
    assert _run(["manage.py", "migrate", "--verbosity", "0"], **env).returncode == 0
    result = _run(["manage.py", "ingest", str(SAMPLE_DIR)], **env)
    assert result.returncode == 0, result.stderr
    assert "2 ingested, 0 duplicates, 0 failed" in result.stdout
    assert ".env" in (REPO / ".gitignore").read_text()


def test_deploy_check_with_production_settings_is_clean_with_the_hardening_on():
    result = _run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        DEBUG="False",
        SECRET_KEY="a-long-and-random-production-secret-key-for-the-deploy-check-0123",
        ALLOWED_HOSTS="quotes.example.org",
        ENV_FILE="",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    headers = _run(
        ["-c", "import tracker.settings as s; print(list(map(str, s.SECURE_CSP['script-src'])), s.FETCH_ALLOWED_NETWORKS)"],  # noqa: E501
        DEBUG="False", SECRET_KEY="k", ENV_FILE="",
    )  # fmt: skip
    assert headers.stdout.strip() == "[\"'self'\"] []", headers.stderr
