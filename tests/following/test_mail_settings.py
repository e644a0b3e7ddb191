"""Alert email settings: the console in development, SMTP from the environment otherwise."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO

SHOW = "import json, tracker.settings as s; print(json.dumps(s.MAILERS))"


def mailers(**env: str) -> dict:
    clean = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SECRET_KEY")}
    result = subprocess.run(
        [sys.executable, "-c", SHOW],
        cwd=REPO,
        env={**clean, **env},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["default"]


def test_development_prints_email_to_the_console():
    assert mailers(DEBUG="True")["BACKEND"].endswith("console.EmailBackend")


def test_production_sends_by_smtp_with_the_servers_settings():
    mailer = mailers(
        SECRET_KEY="k",
        EMAIL_HOST="smtp.example.org",
        EMAIL_PORT="587",
        EMAIL_HOST_USER="alerts",
        EMAIL_HOST_PASSWORD="pw",
        EMAIL_USE_TLS="True",
    )
    assert mailer["BACKEND"].endswith("smtp.EmailBackend")
    assert mailer["OPTIONS"] | {"timeout": 0} == {
        "host": "smtp.example.org",
        "port": 587,
        "username": "alerts",
        "password": "pw",
        "use_tls": True,
        "use_ssl": False,
        "timeout": 0,
    }


def test_junk_email_port_is_refused():
    clean = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SECRET_KEY")}
    result = subprocess.run(
        [sys.executable, "-c", SHOW],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**clean, "SECRET_KEY": "k", "EMAIL_PORT": "smtp"},
    )
    assert "Unexpected value EMAIL_PORT='smtp'" in result.stderr
