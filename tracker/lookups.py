"""Lookup `any_of`: `field__any_of=values`, the rows whose field is one of many values, sent
to PostgreSQL as one parameter.

`field__in=values` makes a placeholder per value: the ORM prepares each value, the driver
(psycopg's client-side binding, Django's default) splits the statement text again whenever
the number of values changes and quotes each value in Python, and PostgreSQL parses a literal
per value. Ingest asks for hundreds of names per batch this way (`SpeakerBook._load`). On
PostgreSQL `any_of` sends the values as one array literal (`bulk.postgresql.array_literal`,
cast to the column's type), so the statement text is the same for any number of values.
Elsewhere it is `in`. Same rows either way:

    Speaker.objects.filter(family_key__any_of=["trump", "clinton"])
    # PostgreSQL: ... WHERE "family_key" = ANY(%s::varchar(200)[])
    #   with the one parameter '{"trump","clinton"}'
    # SQLite:     ... WHERE "family_key" IN (%s, %s)
"""

from __future__ import annotations

from django.core.exceptions import EmptyResultSet
from django.db.models import Field, ForeignObject, Model
from django.db.models.lookups import In

from tracker.bulk.postgresql import array_literal


@ForeignObject.register_lookup  # "speaker_id__any_of": related fields keep lookups apart
@Field.register_lookup
class AnyOf(In):
    """`in` with one parameter on PostgreSQL, for plain values (strings, integers)."""

    lookup_name = "any_of"
    prepare_rhs = False  # the values are sent as given: strings and integers

    def get_prep_lookup(self):
        if self.rhs_is_direct_value():
            self.rhs = list(self.rhs)  # a generator is read once, here
            if any(isinstance(v, Model) for v in self.rhs):
                raise TypeError("any_of takes plain values (ids), not model instances")
        return super().get_prep_lookup()

    def as_postgresql(self, compiler, connection):
        if not self.rhs_is_direct_value():
            return super().as_sql(compiler, connection)
        values = [v for v in dict.fromkeys(self.rhs) if v is not None]
        if not values:
            raise EmptyResultSet
        lhs, lhs_params = self.process_lhs(compiler, connection)
        cast = self.lhs.output_field.db_type(connection)
        return f"{lhs} = ANY(%s::{cast}[])", (*lhs_params, array_literal(values))
