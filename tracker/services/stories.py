"""Group articles into stories at ingest: a reprint joins the story of the article it copies.

A new article's sketch hashes are looked up in the SourceSketch table (one indexed query);
the few articles sharing enough of them are verified on their whole text
(tracker.linking.stories.same_story), and the article joins the story of the best match or
starts one. About two milliseconds and three queries per article, whatever the store's size.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db import connection
from django.db.models import Count, Q, QuerySet

from tracker.bulk import backend
from tracker.linking import stories
from tracker.models import Source, SourceSketch, Statement, Story
from tracker.services.generation import writes
from tracker.services.linking import refresh_all_stats

# Verify at most this many candidates, those sharing the most sketch hashes first.
_VERIFY = 5


@dataclass(frozen=True)
class StoriesResult:
    sources: int
    stories: int  # stories the sources ended in
    reprints: int  # sources that joined another article's story


def assign_story(source: Source) -> Story:
    """Put `source` in the story of the stored article it copies, or in a story of its own;
    posts its sketch so later copies find it. Keeps a story already set."""
    return assign_stories([source])[0]


def assign_stories(
    sources: list[Source], shingle_sets: Sequence[set[int]] | None = None
) -> list[Story]:
    """`assign_story` for a batch of new articles, in five queries whatever its size: one read
    of the postings the batch's sketches meet and one of the candidates' texts; new stories,
    the sources' stories and their sketches written in bulk. An article may copy an earlier
    one of the same batch. `shingle_sets`: each source's `stories.shingles` of its text,
    if worked out already (ingest does it before its transaction)."""
    if shingle_sets is None:
        shingle_sets = [stories.shingles(s.text) if s.story_id is None else set() for s in sources]
    shingled = {id(s): shingles for s, shingles in zip(sources, shingle_sets, strict=True)}
    pending = [source for source in sources if source.story_id is None]
    sketches = {id(s): stories.sketch(shingled[id(s)]) for s in pending}
    keys = sorted({k for sketch in sketches.values() for k in sketch})
    table = connection.ops.quote_name(SourceSketch._meta.db_table)
    postings: list[tuple[int, int]] = []
    if keys:
        # Raw, one array parameter: the ORM's 640-value IN clause cost more than the rest.
        with connection.cursor() as cursor:
            postings = backend().select_in(
                cursor, f"SELECT key, source_id FROM {table} WHERE key {{match}}", keys
            )
    wanted = {
        pk
        for s in pending
        for pk in stories.candidates(sketches[id(s)], postings)[: _VERIFY + 1]
    }
    stored = {
        pk: (text, story_id)
        for pk, text, story_id in Source.objects.filter(
            pk__in=wanted, story__isnull=False
        ).values_list("pk", "text", "story_id")
    }
    batch: dict[int, tuple[str, Story]] = {}  # this batch's sources, as they get a story
    new_stories: list[Story] = []
    for source in pending:
        shingles = shingled[id(source)]
        story = None
        found = stories.candidates(sketches[id(source)], postings)
        for pk in [pk for pk in found if pk != source.pk][:_VERIFY]:
            if pk in batch:
                text, story = batch[pk]
            elif pk in stored:
                text, story = stored[pk][0], Story(pk=stored[pk][1])
            else:
                continue
            if stories.same_story(shingles, stories.shingles(text)):
                break
            story = None
        if story is None:
            story = Story()
            new_stories.append(story)
        source.story = story
        batch[source.pk] = (source.text, story)
        postings += [(k, source.pk) for k in sketches[id(source)]]
    backend().create(Story, new_stories)
    for source in pending:
        source.story = source.story  # sets story_id, now that every story has one
    pairs = [(k, s.pk) for s in pending for k in sketches[id(s)]]
    with connection.cursor() as cursor:
        if pending:
            rows = [(s.story_id, s.pk) for s in pending]
            backend().update_rows(cursor, Source, ["story_id"], rows)
        if pairs:
            backend().insert_new_pairs(cursor, table, ["key", "source_id"], pairs)
    return [source.story for source in sources]


@writes
def group_stored(
    sources: QuerySet[Source] | None = None, *, regroup: bool = False
) -> StoriesResult:
    """Give every stored article without a story one (oldest first, so an original comes
    before its copies); `regroup` forgets all stories first. One transaction: safe to kill."""
    if regroup:
        SourceSketch.objects.all().delete()
        Source.objects.update(story=None)
        Story.objects.all().delete()
    pending = sources if sources is not None else Source.objects.filter(story=None)
    count = reprints = 0
    for source in pending.order_by("published", "pk").only("pk", "text", "story"):
        story = assign_story(source)
        count += 1
        reprints += Source.objects.filter(story=story).exclude(pk=source.pk).exists()
    refresh_all_stats()  # stories changed under stored statements: count them again
    return StoriesResult(
        sources=count,
        stories=Story.objects.filter(sources__isnull=False).distinct().count(),
        reprints=reprints,
    )


# The outlets that printed a statement, as an annotation of statements: lists show
# "3 stories, 5 outlets" (stories are counted when statements are linked: Statement.story_count).
OUTLETS = Count(
    "quotations__source__outlet",
    distinct=True,
    filter=Q(quotations__not_a_quote=False) & ~Q(quotations__source__outlet=""),
)


def outlet_counts(statement_ids: Iterable[int]) -> dict[int, int]:
    """How many outlets printed each statement (one grouped query)."""
    ids = list(statement_ids)
    if not ids:
        return {}
    return dict(
        Statement.objects.filter(pk__in=ids)
        .annotate(n=OUTLETS)
        .values_list("pk", "n")
        .order_by()
    )
