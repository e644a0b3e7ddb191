"""`manage.py relink` and `manage.py reprocess --all` killed with SIGKILL in the middle, as
an operator's kill -9 or an out-of-memory kill would stop them (issue 13): no statement is
left empty, every statement URL that answered before answers 200 or 301, and running the
command again finishes the work.

The command runs in a real process against the test database (committed data). To kill it
at a known point and not at a moment the scheduler picks, the process wraps one function of
the command's own code: after its Nth call returns, still inside the command's transaction,
it prints a line and sleeps until it is killed.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.db.models import Count
from django.urls import reverse

from tests.conftest import REPO, SHARED_DATA, database_url
from tracker.models import Quotation, Rebuild, Source, Statement

pytestmark = pytest.mark.django_db(transaction=True)

_STOP_INSIDE = """
import importlib, os, sys, time
import django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
django.setup()
from django.core.management import call_command
module, name, nth = importlib.import_module(sys.argv[1]), sys.argv[2], int(sys.argv[3])
original, calls = getattr(module, name), []
def stop_inside(*args, **kwargs):
    result = original(*args, **kwargs)
    calls.append(1)
    if len(calls) == nth:
        print("inside", flush=True)
        time.sleep(600)
    return result
setattr(module, name, stop_inside)
call_command(*sys.argv[4:])
"""

# (the command, the function whose Nth return it is killed after)
KILLED = {
    # Every statement written again, the transaction not committed.
    "relink": (("relink", "--no-progress"), "tracker.services.relink", "_write", 1),
    # The third article's own transaction: two articles committed, the rest not started.
    "reprocess --all": (("reprocess", "--all"), "tracker.services.linking", "link_quotations", 3),
}


def _ingest(tmp_path, n: int = 12) -> None:
    lines = (SHARED_DATA / "polnear-train.jsonl").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "train.jsonl"
    path.write_text("\n".join(lines[:n]) + "\n", encoding="utf-8")
    call_command("ingest", str(path), stdout=io.StringIO())


def _older_readings() -> None:
    """In every article, a quotation as an earlier extraction read it (a span one character
    short) alone in its own statement: reprocessing replaces it, and its statement empties."""
    for source in Source.objects.all():
        real = source.quotations.exclude(statement=None).order_by("start").first()
        if real is None:
            continue
        lonely = Statement.objects.create(text=f"an older reading {real.pk}", quotation_count=1)
        Quotation.objects.create(
            source=source,
            start=real.start,
            end=real.end - 1,
            text=real.text[:-1],
            speaker=real.speaker,
            statement=lonely,
            published=real.published,
        )


def _kill_inside(command: tuple[str, ...], module: str, function: str, nth: int) -> None:
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "DEBUG": "True",
        "SECRET_KEY": "test-only-secret-key",
        "ENV_FILE": "",
    }
    proc = subprocess.Popen(
        [sys.executable, "-c", _STOP_INSIDE, module, function, str(nth), *command],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        line = proc.stdout.readline()
        assert line == b"inside\n", proc.stderr.read().decode()[-3000:]
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL


def _empty_statements() -> list[int]:
    return list(
        Statement.objects.annotate(members=Count("quotations"))
        .filter(members=0)
        .values_list("pk", flat=True)
    )


def _statuses(client, ids) -> dict[int, int]:
    return {pk: client.get(reverse("statement-detail", args=[pk])).status_code for pk in ids}


def _older_reading_sources() -> set[int]:
    return set(
        Quotation.objects.filter(statement__text__startswith="an older reading").values_list(
            "source_id", flat=True
        )
    )


@pytest.mark.parametrize("killed", KILLED, ids=str)
def test_a_rebuild_killed_in_the_middle_leaves_no_empty_statement_and_no_broken_url(
    killed, client, tmp_path
):
    _ingest(tmp_path)
    _older_readings()
    before = set(Statement.objects.values_list("pk", flat=True))
    older = _older_reading_sources()
    answering = {pk for pk, status in _statuses(client, before).items() if status == 200}
    assert len(answering) > 20 and len(older) > 5 and not _empty_statements()

    command, module, function, nth = KILLED[killed]
    _kill_inside(command, module, function, nth)

    assert _empty_statements() == []
    assert set(_statuses(client, answering).values()) <= {200, 301}
    if killed == "relink":  # one transaction: nothing of it stays
        assert set(Statement.objects.values_list("pk", flat=True)) == before
        assert not Rebuild.objects.filter(kind=Rebuild.Kind.RELINK).exists()
    else:  # the first two articles' transactions committed, the third's did not
        first_two = set(Source.objects.order_by("pk").values_list("pk", flat=True)[:2])
        assert _older_reading_sources() == older - first_two

    # Run again, to the end.
    call_command(*command, stdout=io.StringIO())
    assert _empty_statements() == []
    assert set(_statuses(client, answering).values()) <= {200, 301}
    if killed == "relink":
        assert Rebuild.objects.filter(kind=Rebuild.Kind.RELINK).count() == 1
    else:
        assert _older_reading_sources() == set()
