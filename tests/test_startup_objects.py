"""Start-up objects are frozen out of the garbage collector's view once a request is served
(tracker.apps), so full collections only walk what pages make."""

from __future__ import annotations

import gc

import pytest

pytestmark = pytest.mark.django_db


def test_objects_alive_after_the_first_request_are_frozen(client):
    client.get("/")
    assert gc.get_freeze_count() > 0
    # The receiver runs once per process: later requests do not freeze their own garbage.
    frozen = gc.get_freeze_count()
    client.get("/speakers/")
    assert gc.get_freeze_count() <= frozen  # some frozen objects are freed, none added
