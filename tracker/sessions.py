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
from django.db import connections, router, transaction


class SessionStore(db.SessionStore):
    def save(self, must_create: bool = False) -> None:
        if self.session_key is None:
            return self.create()  # which picks a key and comes back here
        using = router.db_for_write(self.model)
        with transaction.atomic(using=using):
            connection = connections[using]
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL synchronous_commit TO OFF")
            super().save(must_create=must_create)
