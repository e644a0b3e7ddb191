"""Tasks run by the workers (`manage.py worker`, django.tasks with the database backend).

Each task takes ids only; its state lives in the job tables (tracker.services.jobs).
"""

from __future__ import annotations

from django.tasks import task

from tracker.services import feeds, jobs


@task()
def run_unit(unit_id: int) -> dict:
    """One unit of a job: up to JOB_UNIT_SIZE articles, a fetch, a relink or a reprocess."""
    return jobs.run_unit(unit_id)


@task()
def poll_feed(feed_id: int) -> dict:
    """Fetch a feed, then each new item's page, and ingest them."""
    return feeds.poll(feed_id)
