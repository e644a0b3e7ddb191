"""Talking points: a speaker's recurring phrases across stories, their page and the speaker's."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.urls import reverse

from tracker.linking import phrases
from tracker.models import Quotation, Source, Speaker, TalkingPoint

_n = itertools.count()


def use(text, speaker, story, day, statement=None):
    n = next(_n)
    words = phrases.said_words(text)
    return phrases.Use(n, words, speaker, story, dt.date(2016, 1, 1) + dt.timedelta(days=day),
                       statement if statement is not None else n)


def test_a_phrase_said_again_in_different_stories_over_time_is_a_talking_point():
    uses = [
        use("We need a political revolution in this country.", 1, 1, 0),
        use("That is what the political revolution is about,", 1, 2, 20),
        use("Join the political revolution", 1, 3, 40),
        use("I think that is right,", 2, 4, 3),
    ]
    (point,) = phrases.find(uses)
    assert point.phrase == ("political", "revolution") and point.speaker == 1
    assert len(point.stories) == 3


def test_variants_are_one_talking_point_and_the_longer_phrase_wins():
    uses = [
        use("Lyin' Ted Cruz is at it again", 7, 1, 0),
        use("lying Ted said so,", 7, 2, 15),
        use("Let's make America great again!", 7, 3, 0),
        use("We will make America great again,", 7, 4, 30),
        use("make America great again", 7, 5, 60),
    ]
    found = {" ".join(p.phrase) for p in phrases.find(uses)}
    assert "lying ted" in found
    assert "make america great again" in found and "america great" not in found


def test_a_shorter_variant_inside_the_phrase_kept_is_one_of_its_uses():
    # Rule shorter_variant: "Crooked Hillary" is said in as many stories as "Crooked Hillary
    # Clinton": the longer phrase is kept and every use of the shorter one is its use.
    uses = [
        use("Crooked Hillary Clinton and her team were careless", 3, 1, 0),
        use("Crooked Hillary has once again been proven dishonest", 3, 1, 0),
        use("since crooked Hillary Clinton has had a press conference", 3, 2, 21),
        use("Crooked Hillary will never change", 3, 3, 40),
        use("Crooked Hillary, they say,", 4, 4, 50),
    ]
    (point,) = phrases.find(uses)
    assert point.phrase == ("crooked", "hillary", "clinton")
    assert sorted(u.quotation for u in point.uses) == sorted(u.quotation for u in uses[:4])
    assert point.stories == {1, 2, 3}
    assert [u.quotation for u in point.others] == [uses[4].quotation]
    assert point.all_stories == 4


def test_a_phrase_said_far_more_often_on_its_own_keeps_its_own_uses():
    # "hillary clinton" in six stories is no variant of "crooked hillary clinton" in two.
    said = ["won", "lost", "spoke", "agreed", "left", "came"]
    uses = [use(f"Hillary Clinton {w} today", 3, 10 + d, d * 8) for d, w in enumerate(said)]
    uses += [
        use("Crooked Hillary Clinton and her team", 3, 1, 0),
        use("crooked Hillary Clinton again", 3, 2, 30),
    ]
    found = {" ".join(p.phrase): p for p in phrases.find(uses)}
    assert "hillary clinton" in found and len(found["hillary clinton"].uses) == 8
    assert "crooked hillary clinton" not in found  # inside a phrase kept with a higher score


@pytest.mark.django_db
def test_a_phrase_with_either_article_inside_is_one_talking_point(client):
    # Rule inner_article: "build a wall" and "build the wall" are one phrase; the page shows
    # it as first said and marks each use with its own article.
    from tracker.services.talking_points import rebuild

    uses = [
        use("We're going to build a wall,", 5, 1, 0),
        use("Build the wall.", 5, 2, 30),
        use("We will build a wall along the border", 5, 3, 60),
    ]
    (point,) = phrases.find(uses)
    assert point.phrase == ("build", "wall") and point.stories == {1, 2, 3}
    assert phrases.contains(phrases.said_words("and build the wall now"), point.phrase)

    trump = Speaker.objects.create(name="Donald Trump", slug="donald-trump")
    for month, text in enumerate(["We're going to build a wall,", "Build the wall."], 1):
        source = Source.objects.create(
            text=f"wall story {month}", content_hash=f"wall{month}", outlet=f"Outlet {month}",
            published=dt.date(2016, month, 1),
        )
        Quotation.objects.create(source=source, start=0, end=len(text), text=text,
                                 speaker=trump, published=source.published)
    assert rebuild().talking_points == 1
    stored = TalkingPoint.objects.get()
    assert (stored.phrase, stored.normalised) == ("build a wall", "build wall")
    assert stored.story_count == 2
    body = client.get(stored.get_absolute_url()).text
    assert "<mark>build a wall</mark>" in body and "<mark>Build the wall</mark>" in body


def test_a_dropped_g_is_the_ing_word():
    # Rule dropped_g: "in'" is "ing", straight or curly, inside a word-run or at the end.
    assert phrases.said_words("Lyin' Ted Cruz") == ("lying", "ted", "cruz")
    assert phrases.said_words("Lyin’ Ted Cruz") == ("lying", "ted", "cruz")
    assert phrases.said_words("Lyin Ted") == ("lying", "ted")
    assert phrases.said_words("We are goin' nowhere, nothin'.")[2:] == ("going", "nowhere",
                                                                         "nothing")
    # An apostrophe that may close a nested single quote is left alone.
    assert phrases.said_words("He said 'we win' and 'I begin' today")[2:5] == (
        "we", "win", "and")
    assert phrases.said_words("They told me 'cabin' is wrong")[3] == "cabin"
    assert phrases.said_words("It was 'again' said")[2] == "again"


def test_lyin_ted_and_lying_ted_are_one_talking_point():
    uses = [
        use("Lyin' Ted Cruz is at it again", 7, 1, 0),
        use("Lyin’ Ted, he lies", 7, 2, 20),
        use("Nobody believes lying Ted anymore,", 7, 3, 40),
        use("They are runnin' scared of us", 7, 4, 0),
        use("they're running scared now", 7, 5, 30),
    ]
    found = {" ".join(p.phrase): p for p in phrases.find(uses)}
    assert len(found["lying ted"].stories) == 3
    assert len(found["running scared"].stories) == 2


def test_everyones_phrases_one_utterance_and_one_week_are_no_talking_points():
    common = [use("It is a lot of things", s, s, s * 10) for s in range(1, 7)]
    common += [use("a lot of things happen", s, s + 10, 90) for s in range(1, 7)]
    one_utterance = [use("tremendous beautiful wall", 3, s, s * 10, statement=99) for s in (20, 21)]
    one_week = [use("bomb the hell", 4, 30, 0), use("bomb the hell out", 4, 31, 3)]
    assert phrases.find(common + one_utterance + one_week) == []


@pytest.mark.django_db
def test_talking_point_page_and_speaker_list(client):
    from tracker.services.talking_points import rebuild

    sanders = Speaker.objects.create(name="Bernie Sanders", slug="bernie-sanders")
    other = Speaker.objects.create(name="Other Person", slug="other-person")
    texts = [
        (sanders, "We need a political revolution in this country.", 1),
        (sanders, "That is what the Political Revolution is about,", 2),
        (sanders, "Join the political revolution", 3),
        (other, "His political revolution is a dream", 4),
    ]
    for speaker, text, month in texts:
        n = next(_n)
        source = Source.objects.create(
            text=f"story {n}", content_hash=f"h{n}", outlet=f"Outlet {month}",
            published=dt.date(2016, month, 1),
        )
        Quotation.objects.create(source=source, start=0, end=len(text), text=text,
                                 speaker=speaker, published=source.published)
    result = rebuild()
    assert result.talking_points == 1
    point = TalkingPoint.objects.get()
    assert point.phrase == "political revolution" and point.story_count == 3
    body = client.get(point.get_absolute_url()).text
    assert "<mark>Political Revolution</mark>" in body
    assert "3 stories, 3 outlets" in body
    others = body[body.index('id="others-h"'):]
    assert "Other Person" in others and "Bernie Sanders" not in others
    page = client.get(reverse("speaker-detail", args=["bernie-sanders"])).text
    assert point.get_absolute_url() in page and "3 stories, 3 outlets" in page


def test_a_quoted_nickname_is_said_of_the_name_after_it():
    # Rule epithet_before_name: '"Lyin' " Ted Cruz' leaves "Ted" outside the marks.
    assert phrases.name_after("Lyin' ", '" Ted Cruz).\n\nMore') == "Ted"
    assert phrases.name_after("Little Marco", "” Rubio said") == ""  # no first and last name
    assert phrases.name_after("Little", '" Marco Rubio. He') == "Marco"
    assert phrases.name_after("Yes,", '" Donald Trump said') == ""  # a sentence, not a nickname
    assert phrases.name_after("We will win the whole thing", '" Donald Trump said') == ""
    assert phrases.said_words("Lyin' ", name="Ted") == ("lying", "ted")


@pytest.mark.django_db
def test_lyin_ted_with_the_name_outside_the_marks_is_a_talking_point(client):
    from tracker.services.talking_points import rebuild

    trump = Speaker.objects.create(name="Donald Trump", slug="donald-trump")
    articles = [
        ('He went after "Lyin\' " Ted Cruz again.', "Lyin' ", 3),
        ("He tossed in a “lyin’ ” Ted Cruz.", "lyin’ ", 4),
        ('Trump said, "Lyin Ted is finished."', "Lyin Ted is finished.", 6),
    ]
    for text, quoted, month in articles:
        n = next(_n)
        source = Source.objects.create(
            text=text, content_hash=f"h{n}", outlet=f"Outlet {month}",
            published=dt.date(2016, month, 1),
        )
        start = text.index(quoted)
        Quotation.objects.create(source=source, start=start, end=start + len(quoted),
                                 text=quoted, speaker=trump, published=source.published)
    rebuild()
    point = TalkingPoint.objects.get(speaker=trump, normalised="lying ted")
    assert point.story_count == 3 and point.phrase == "Lyin Ted"  # as a use prints it
    body = client.get(point.get_absolute_url()).text
    assert "“<mark>Lyin&#x27; </mark>” <mark>Ted</mark>" in body
    assert "“<mark>Lyin Ted</mark> is finished.”" in body
