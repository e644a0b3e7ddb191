"""Database sessions (tracker.sessions): saved and read back as Django's, and on PostgreSQL
written in a transaction that does not wait for the disk."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tracker.sessions import SessionStore

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_session_is_saved_and_read_back():
    session = SessionStore()
    session["home_last"] = {"source": 3}
    session.save()
    session["home_last"] = {"source": 4}
    session.save()
    assert SessionStore(session.session_key)["home_last"] == {"source": 4}


def test_session_writes_do_not_wait_for_the_disk_on_postgresql():
    session = SessionStore()
    session["x"] = 1
    with CaptureQueriesContext(connection) as queries:
        session.save()
    statements = [q["sql"] for q in queries.captured_queries]
    setting = [s for s in statements if "synchronous_commit" in s]
    if connection.vendor == "postgresql":
        assert setting == ["SET LOCAL synchronous_commit TO OFF"]
        assert statements.index(setting[0]) < next(
            i for i, s in enumerate(statements) if s.startswith(("INSERT", "UPDATE"))
        )
        assert not any("SAVEPOINT" in s for s in statements)  # one transaction, nothing nested
    else:
        assert setting == []


def test_a_lost_session_is_an_update_error_and_a_taken_key_a_create_error():
    from django.contrib.sessions.backends.base import CreateError, UpdateError

    session = SessionStore()
    session["x"] = 1
    session.save()
    gone = SessionStore(session.session_key)
    gone["x"] = 2
    SessionStore(session.session_key).delete()
    with pytest.raises(UpdateError):
        gone.save()
    twin = SessionStore(session.session_key)
    twin.save(must_create=True)  # the key is free again
    with pytest.raises(CreateError):
        SessionStore(session.session_key).save(must_create=True)


def test_logging_in_and_the_home_page_marks_use_it(client):
    user = User.objects.create_user("reader", password="a-long-password-1")
    client.force_login(user)
    assert client.get("/").status_code == 200
    key = client.cookies["sessionid"].value
    assert "home_last" in SessionStore(key).load()
