"""Stories (reprints, updated versions, repeats inside one article) and stable statement ids."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from tests.conftest import SAMPLE_DIR
from tracker.linking import stories
from tracker.linking.stats import Tally
from tracker.models import Quotation, Source, Statement, StatementRedirect
from tracker.services.articles import ArticleInput
from tracker.services.ingest import ingest_article

ORIGINAL = (SAMPLE_DIR / "000_4d40971ed7c2765a.txt").read_text(encoding="utf-8")
OTHER = (SAMPLE_DIR / "004_9655ec19fbc129ec.txt").read_text(encoding="utf-8")
# The wire story as another outlet prints it: its own headline, a cut paragraph, a footer.
REPRINT = (
    "Pompeo: sanctions are make-or-break\n\n"
    + "\n\n".join(p for i, p in enumerate(ORIGINAL.split("\n\n")) if i != 3)
    + "\n\n(c) Copyright 2018 The Daily Reprint. All rights reserved."
)


def _ingest(text: str, outlet: str, day: int = 4):
    outcome = ingest_article(
        ArticleInput(text=text, title=f"{outlet} story", outlet=outlet, date=dt.date(2018, 8, day))
    )
    assert outcome.source is not None, outcome.message
    return outcome.source


def test_a_reprint_is_the_same_story_and_another_article_is_not():
    original, reprint, other = (stories.shingles(t) for t in (ORIGINAL, REPRINT, OTHER))
    assert stories.same_story(original, reprint)
    assert not stories.same_story(original, other)
    assert len(stories.candidates(stories.sketch(reprint), [
        (h, 1) for h in stories.sketch(original)
    ])) == 1


def test_a_short_text_is_never_taken_for_a_reprint():
    assert stories.sketch(stories.shingles("We are united.")) == []
    assert not stories.same_story(stories.shingles("We are united."), stories.shingles("We are."))


def test_reprints_count_as_one_story_with_their_outlets(db, client):
    first = _ingest(ORIGINAL, "Seoul Desk")
    second = _ingest(REPRINT, "Reprint Daily", day=5)
    third = _ingest(OTHER, "Singapore Desk")
    first.refresh_from_db(), second.refresh_from_db(), third.refresh_from_db()
    assert first.story_id == second.story_id != third.story_id
    ffvd = Statement.objects.get(text__icontains="fully verified denuclearization")
    # Quoted in all three articles; the original and its reprint are one story.
    assert ffvd.quotation_count == 3 and ffvd.story_count == 2
    body = client.get(ffvd.get_absolute_url()).text
    assert "2 stories, 3 outlets" in body
    smuggling = Statement.objects.get(text__startswith="Right now, North Korea")
    assert smuggling.story_count == 1 and smuggling.quotation_count >= 2
    # Not "said again": one story.
    assert smuggling not in Statement.objects.filter(story_count__gt=1)


def test_every_page_counts_repetition_in_stories_and_outlets(db, client):
    _ingest(ORIGINAL, "Seoul Desk")
    _ingest(REPRINT, "Reprint Daily", day=5)
    _ingest(OTHER, "Singapore Desk")
    ffvd = Statement.objects.get(text__icontains="fully verified denuclearization")
    quotation = ffvd.quotations.filter(speaker__isnull=False).select_related("speaker").first()
    label = "2 stories, 3 outlets"
    home = client.get(reverse("home")).text
    assert label in home[home.index('id="repeated-h"'):]
    speaker = client.get(quotation.speaker.get_absolute_url()).text
    assert label in speaker[speaker.index('id="repeat-h"'):]
    page = client.get(quotation.get_absolute_url()).text
    assert "in 2 stories" in page and "said 3 times" not in page


def test_a_pull_quote_repeating_the_body_is_one_occurrence(db):
    quote = ORIGINAL.split("\n\n")[1].split('"')[1]
    text = ORIGINAL + f'\n\n"{quote}"\n\n— Mike Pompeo, U.S. Secretary of State'
    _ingest(text, "Seoul Desk")
    statement = Statement.objects.get(text__icontains="fully verified denuclearization")
    assert statement.quotation_count == 2 and statement.story_count == 1


def test_conflicts_need_independent_stories_and_confident_attributions():
    def tally(*rows):
        t = Tally()
        for story, speaker, confident in rows:
            t.add(None, story, speaker, confident)
        return t

    assert not tally((1, 10, True), (1, 11, True)).conflict  # one article, two speakers
    assert not tally((1, 10, True), (2, 11, False)).conflict  # a doubtful attribution
    assert not tally((1, 10, True), (2, 10, True)).conflict  # the same speaker
    assert tally((1, 10, True), (2, 11, True)).conflict
    assert tally((1, 10, True), (1, 11, True), (2, 11, True)).conflict
    assert tally((1, 10, True), (1, 10, True)).row()[:2] == (2, 1)


def _status_of_every_statement_url(client, ids) -> set[int]:
    return {client.get(reverse("statement-detail", args=[pk])).status_code for pk in ids}


def test_reprocess_and_relink_keep_ids_leave_no_empty_statement_and_every_url_answers(
    client, founding_articles
):
    from tracker.services.linking import relink_all
    from tracker.services.reprocess import reprocess

    before = set(Statement.objects.values_list("pk", flat=True))
    reprocess(Source.objects.all())
    assert not Statement.objects.filter(quotation_count=0).exists()
    assert set(Statement.objects.values_list("pk", flat=True)) == before
    relink_all(progress=False)
    assert set(Statement.objects.values_list("pk", flat=True)) == before
    reprocess(Source.objects.all(), relink=True)
    assert not Statement.objects.filter(quotation_count=0).exists()
    assert _status_of_every_statement_url(client, before) == {200}


def test_a_merged_statement_url_redirects_to_the_one_it_joined_and_undo_restores_it(
    editor_client, editor, founding_articles
):
    from tracker.services import actions

    keep, other = Statement.objects.order_by("pk")[:2]
    other_pk = other.pk
    change = actions.MergeStatements.apply(keep, other, by=editor)
    response = editor_client.get(reverse("statement-detail", args=[other_pk]))
    assert response.status_code == 301 and response["Location"] == keep.get_absolute_url()
    actions.Undo.apply(change, by=editor)
    assert editor_client.get(reverse("statement-detail", args=[other_pk])).status_code == 200
    assert not StatementRedirect.objects.filter(old_id=other_pk).exists()


def test_a_chain_of_merges_redirects_to_the_last_successor(client, editor, founding_articles):
    from tracker.services import actions

    a, b, c = Statement.objects.order_by("pk")[:3]
    gone = (a.pk, b.pk)
    actions.MergeStatements.apply(b, a, by=editor)
    actions.MergeStatements.apply(c, b, by=editor)
    for pk in gone:
        response = client.get(reverse("statement-detail", args=[pk]))
        assert response.status_code == 301 and response["Location"] == c.get_absolute_url()
    assert client.get(reverse("statement-detail", args=[999_999])).status_code == 404


def test_unlinking_the_last_quotation_leaves_no_empty_statement_and_undo_brings_it_back(
    editor, founding_articles
):
    from tracker.services import actions

    statement = Statement.objects.filter(quotation_count=1).order_by("pk").first()
    quotation = Quotation.objects.get(statement=statement)
    change = actions.Link.apply(quotation, None, seen_version=quotation.version, by=editor)
    assert not Statement.objects.filter(pk=statement.pk).exists()
    actions.Undo.apply(change, by=editor)
    restored = Statement.objects.get(pk=statement.pk)
    assert restored.quotation_count == 1 and restored.text == quotation.text


@pytest.mark.django_db
def test_grouping_stored_articles_counts_statements_again():
    from tracker.services.stories import group_stored

    a, b = _ingest(ORIGINAL, "Seoul Desk"), _ingest(REPRINT, "Reprint Daily")
    Source.objects.update(story=None)
    result = group_stored(regroup=True)
    assert result.sources == 2 and result.stories == 1 and result.reprints == 1
    assert Source.objects.get(pk=a.pk).story_id == Source.objects.get(pk=b.pk).story_id
    ffvd = Statement.objects.get(text__icontains="fully verified denuclearization")
    assert ffvd.story_count == 1


@pytest.mark.django_db
def test_the_stories_command_groups_articles_stored_before():
    from io import StringIO

    from django.core.management import call_command

    _ingest(ORIGINAL, "Seoul Desk"), _ingest(REPRINT, "Reprint Daily")
    Source.objects.update(story=None)
    out = StringIO()
    call_command("stories", stdout=out)
    assert "Grouped 2 articles: 1 joined the story of an earlier one; 1 stories in all." in (
        out.getvalue()
    )
    assert Source.objects.values("story").distinct().count() == 1


def test_a_statement_emptied_by_reprocessing_redirects_to_where_its_words_went(
    client, founding_articles
):
    from tracker.services.reprocess import reprocess

    real = Quotation.objects.filter(statement__isnull=False).order_by("pk").first()
    # An extraction of earlier days: a span a little off, alone in its statement.
    lonely = Statement.objects.create(text="an older reading of these words")
    Quotation.objects.create(
        source=real.source, start=real.start, end=real.end - 1, text=real.text[:-1] + "#",
        speaker=real.speaker, statement=lonely,
    )
    reprocess(Source.objects.filter(pk=real.source_id))
    assert not Statement.objects.filter(pk=lonely.pk).exists()
    response = client.get(reverse("statement-detail", args=[lonely.pk]))
    again = Quotation.objects.get(source=real.source, start=real.start, end=real.end)
    assert response.status_code == 301
    assert response["Location"] == reverse("statement-detail", args=[again.statement_id])


def test_shingles_read_the_words_of_the_letters_and_digits_pattern():
    """`shingles` finds words as `\\w+` once underscores are spaces: the same words as the
    pattern "[^\\W_]+" (letters and digits of any script), on text with underscores, digits,
    accents and other scripts."""
    import random
    import re

    from tracker.linking.keys import word_hash
    from tracker.linking.stories import SHINGLE, shingles

    def reference(text: str) -> set[int]:
        hashes = [word_hash(w) for w in re.findall(r"[^\W_]+", text.lower())]
        return {hash(w) for w in zip(*(hashes[i:] for i in range(SHINGLE)), strict=False)}

    alphabet = "ab_Z9 ,.-'é₂٣ßİ\u00a0\n"
    rng = random.Random(14)
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        assert shingles(text) == reference(text), text
    assert shingles("snake_case words make five shingles here") == reference(
        "snake case words make five shingles here"
    )
