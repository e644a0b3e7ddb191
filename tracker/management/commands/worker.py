"""`manage.py worker`: run background jobs (django-tasks-db's `db_worker`, plus housekeeping).

Start as many as you like, on any machine that reaches the database. Besides running tasks,
each worker every HOUSEKEEPING_SECONDS hands units whose worker died to the queue again and
enqueues the feed polls that are due (one worker wins each).
"""

from __future__ import annotations

import gc
import logging
import os
import threading

from django.db import connection
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand

from tracker.services import feeds, jobs

logger = logging.getLogger(__name__)
HOUSEKEEPING_SECONDS = float(os.getenv("WORKER_HOUSEKEEPING_SECONDS", "15"))


def housekeeping() -> None:
    """Once: recover stale units and schedule due feeds."""
    jobs.recover_stale_units()
    feeds.schedule_due()


def _loop(stop: threading.Event) -> None:
    while not stop.wait(HOUSEKEEPING_SECONDS):
        try:
            housekeeping()
        except Exception:
            logger.exception("Worker housekeeping failed; trying again later")
        finally:
            connection.close()


class Command(DbWorkerCommand):
    help = (
        "Run a background worker: ingest jobs, fetches, relink, reprocess and feed polls. "
        "Run several, on one machine or many, against the same database."
    )

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.set_defaults(reload=False)

    def handle(self, *args, **options) -> None:
        # Once before taking tasks, so `--batch` also runs what a dead worker left.
        housekeeping()
        connection.close()
        # Start-up's objects (modules, settings, the extractor's lexicons) live as long as
        # the worker: out of the cyclic collector's view, as the web process does
        # (tracker.apps), so its collections during ingest scan only what the work made.
        gc.collect()
        gc.freeze()
        stop = threading.Event()
        thread = threading.Thread(target=_loop, args=(stop,), daemon=True, name="housekeeping")
        thread.start()
        try:
            super().handle(*args, **options)
        finally:
            stop.set()
