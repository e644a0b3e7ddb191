"""Sessions in the database, written without waiting for the disk on PostgreSQL.

A session holds a login and the home page's marks of what a reader has seen (tracker.services.
visits), which change at nearly every view of the home page. With PostgreSQL's default each
write waits for its commit to reach the disk (1-6 ms here, 24 ms at the 95th percentile on a
busy machine) before the page is sent. Losing the last fraction of a second of session writes
in a database crash costs a reader a fresh login or an older "since your last visit"; nothing
else is written with this setting, and the database stays consistent (PostgreSQL's
`synchronous_commit = off` is made for such data).
"""

from __future__ import annotations

from django.contrib.sessions.backends import db
from django.contrib.sessions.backends.base import CreateError, UpdateError
from django.db import DatabaseError, IntegrityError, connections, router, transaction


class SessionStore(db.SessionStore):
    def save(self, must_create: bool = False) -> None:
        """Django's save (db.SessionStore.save) in one transaction that sets the commit mode
        first: calling it inside our own atomic block would add a savepoint and its release,
        two more round trips for every session write."""
        if self.session_key is None:
            return self.create()  # which picks a key and comes back here
        obj = self.create_model_instance(self._get_session(no_load=must_create))
        using = router.db_for_write(self.model, instance=obj)
        connection = connections[using]
        try:
            with transaction.atomic(using=using):
                if connection.vendor == "postgresql":
                    with connection.cursor() as cursor:
                        cursor.execute("SET LOCAL synchronous_commit TO OFF")
                obj.save(force_insert=must_create, force_update=not must_create, using=using)
        except IntegrityError:
            if must_create:
                raise CreateError from None
            raise
        except DatabaseError:
            if not must_create:
                raise UpdateError from None
            raise
