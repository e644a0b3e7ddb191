"""Resolving the people an article quotes to canonical speakers across articles."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extraction.types import Entity, Mention, Quote
from tracker.models import Quotation, Speaker, SpeakerAlias
from tracker.services.speakers import (
    SpeakerBook,
    add_alias,
    family_member,
    find_speaker,
    get_or_create_speaker,
    name_lock_keys,
    quoted_in_full,
    rank_speakers,
    resolve_article,
)

pytestmark = pytest.mark.django_db


def entity(name: str, *mentions: str, role: str | None = None) -> Entity:
    return Entity(name, "person", role, tuple(Mention(0, len(m), m) for m in mentions))


def quote(speaker: str | None, mention: str = "", kind: str = "person", role: str = "") -> Quote:
    return Quote(
        0, 5, "words", False, "said", speaker, mention or speaker, None, None, role or None, kind
    )


def names(attributions) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attributions]


def test_only_named_speakers_get_rows_and_the_title_goes_to_the_role():
    day = dt.date(2017, 5, 3)
    found = resolve_article(
        [quote("FBI Director James Comey"), quote("an aide"), quote("Comey", "Mr. Comey")],
        (entity("Koro Bessho", "Koro Bessho"),),
        "",
        day,
    )
    assert names(found) == ["James Comey", None, "James Comey"]
    comey = found[0].speaker
    assert comey.role == "FBI Director"
    assert list(comey.roles.values_list("title", "first_date", "last_date")) == [
        ("FBI Director", day, day)
    ]
    assert found[1].description == "an aide" and not found[1].ambiguous
    assert not Speaker.objects.filter(name="Koro Bessho").exists()


def test_names_match_across_articles_on_their_structure():
    first = resolve_article([quote("Hillary Rodham Clinton")], (), "", None)[0].speaker
    again = resolve_article([quote("Hillary Clinton")], (), "", None)[0].speaker
    comey = resolve_article([quote("James B. Comey Jr")], (), "", None)[0].speaker
    assert again == first
    assert resolve_article([quote("James Comey")], (), "", None)[0].speaker == comey
    assert Speaker.objects.count() == 2


@pytest.mark.parametrize("bare", ["Clinton", "Murphy", "Donald", "Bill"])
def test_a_bare_name_is_not_bound_across_articles_to_people_never_quoted_in_full(bare):
    """Rows from a registry or an editor are no evidence for rule `one_of_the_family` (and
    first names are never bound): see the rule's own tests below."""
    for full in ("Hillary Clinton", "Chris Murphy", "Donald Trump", "Bill Gates"):
        get_or_create_speaker(full)
    found = resolve_article([quote(bare)], (), "", None)[0]
    assert found.speaker is None and found.ambiguous and found.description == bare
    assert Speaker.objects.count() == 4
    assert find_speaker(bare) is None


def test_a_bare_name_resolves_to_the_full_name_the_same_article_gives():
    found = resolve_article(
        [quote("Murphy"), quote("Donald", "Donald")],
        (entity("Anne Marie Murphy", "Anne Marie Murphy"), entity("Donald Trump")),
        "",
        None,
    )
    assert names(found) == ["Anne Marie Murphy", "Donald Trump"]
    assert not find_speaker("Chris Murphy")


def test_two_people_of_one_family_in_an_article_leave_a_bare_name_ambiguous():
    people = (entity("Bill Clinton"), entity("Hillary Clinton"))
    found = resolve_article([quote("Clinton")], people, "", None)
    assert found[0].speaker is None and found[0].ambiguous
    # An honorific or pronoun decides between a man and a woman of one family.
    found = resolve_article(
        [quote("Trump", "Mr. Trump"), quote("Trump", "she")],
        (entity("Donald Trump"), entity("Ivanka Trump")),
        "",
        None,
    )
    assert names(found) == ["Donald Trump", "Ivanka Trump"]


def test_people_sharing_a_family_name_stay_apart():
    kim = get_or_create_speaker("Kim Jong Un")
    aide = get_or_create_speaker("Kim Yong Chol")
    assert kim != aide
    assert get_or_create_speaker("Kim Jong-un") == kim


def test_a_middle_initial_finds_the_known_speaker_but_a_different_one_does_not():
    trump = get_or_create_speaker("Donald Trump")
    assert get_or_create_speaker("Donald J. Trump") == trump
    elder = get_or_create_speaker("George H. W. Bush")
    assert get_or_create_speaker("George W. Bush") != elder


def test_aliases_are_only_names_the_person_was_called():
    trump = get_or_create_speaker("Donald Trump")
    for junk in ("his wife", "Top Clinton", "Ivanka", "Trump Train"):
        assert add_alias(trump, junk) is None
    # Words standing before a name are not part of it: the alias is the name itself.
    assert add_alias(trump, "Wisconsin Trump").alias == "Trump"
    assert add_alias(trump, "Former Trump") is None  # "Trump" is held already
    assert add_alias(trump, "Donald J. Trump").alias == "Donald J. Trump"
    assert add_alias(trump, "President Donald John Trump").alias == "Donald John Trump"
    assert set(trump.aliases.values_list("alias", flat=True)) == {
        "Donald Trump",
        "Trump",
        "Donald J. Trump",
        "Donald John Trump",
    }


def test_roles_keep_their_dates_and_the_latest_is_current():
    early, late = dt.date(2018, 4, 26), dt.date(2021, 1, 20)
    resolve_article([quote("Mike Pompeo", role="CIA Director")], (), "", early)
    resolve_article([quote("Secretary of State Mike Pompeo")], (), "", late)
    resolve_article([quote("Mike Pompeo", role="Mr.")], (), "", late)
    pompeo = Speaker.objects.get(name="Mike Pompeo")
    assert pompeo.role == "Secretary of State"
    assert list(pompeo.roles.values_list("title", "first_date")) == [
        ("Secretary of State", late),
        ("CIA Director", early),
    ]


def test_an_organisation_is_found_again_by_its_name():
    first = resolve_article([quote("Trump campaign", kind="organisation")], (), "", None)
    again = resolve_article([quote("Trump campaign", kind="organisation")], (), "", None)
    assert first[0].speaker == again[0].speaker
    assert Speaker.objects.filter(name="Trump campaign").count() == 1


def test_a_headline_line_names_no_speaker():
    text = "Clinton Cash Debunks Hillary\n\nShe said it."
    q = Quote(40, 45, "x", False, "said", "Clinton Cash Debunks Hillary", None, 0, 28)
    assert resolve_article([q], (), text, None)[0].speaker is None
    assert not Speaker.objects.exists()


def test_autocomplete_ranks_exact_and_prefix_matches_before_fuzzy_ones():
    for name, _ in (("Bradley Cranston", 9), ("Charles Barkley", 9), ("Haley Morris", 1)):
        get_or_create_speaker(name)
    lu = get_or_create_speaker("Lu Kang")
    kang = get_or_create_speaker("Kang Kyung Wha")
    ranked = [Speaker.objects.get(pk=pk).name for pk in rank_speakers("haley")]
    assert ranked[0] == "Haley Morris"
    assert rank_speakers("kang")[:2] == [kang.pk, lu.pk]
    assert rank_speakers("kang", exclude=kang.pk)[0] == lu.pk


def test_the_alias_table_holds_each_name_once():
    pompeo = get_or_create_speaker("Mike Pompeo")
    other = get_or_create_speaker("Michael Richard Pompeo")
    assert add_alias(other, "Mike Pompeo") is None
    assert SpeakerAlias.objects.filter(normalised="mike pompeo").get().speaker == pompeo


def test_a_role_an_editor_set_stays_current(editor):
    from tracker.services.actions import EditSpeaker

    pompeo = get_or_create_speaker("Mike Pompeo")
    EditSpeaker.apply(
        pompeo, seen_version=pompeo.version, by=editor, role="U.S. Secretary of State"
    )
    resolve_article([quote("CIA Director Mike Pompeo")], (), "", dt.date(2019, 1, 1))
    pompeo.refresh_from_db()
    assert pompeo.role == "U.S. Secretary of State"
    assert pompeo.roles.filter(title="CIA Director").exists()


def test_a_batch_resolves_as_article_by_article_does_and_writes_at_once(
    django_assert_max_num_queries,
):
    """SpeakerBook (ingest's batch path) finds what is stored, finds what an earlier article of
    the batch created, and reads a name it was not given up front when it meets one."""
    comey = get_or_create_speaker("James Comey")
    first = [quote("FBI Director James B. Comey Jr"), quote("Senator Tilda Marchbanks")]
    second = [quote("Tilda Marchbanks"), quote("Hillary Rodham Clinton")]
    book = SpeakerBook([(first, ()), (second, ())])
    with django_assert_max_num_queries(0):
        one = book.resolve(first, (), "", dt.date(2017, 5, 3))
        two = book.resolve(second, (), "", dt.date(2017, 5, 4))
    with django_assert_max_num_queries(8):
        book.save()
    assert one[0].speaker == comey and one[0].speaker.role == "FBI Director"
    assert two[0].speaker is one[1].speaker and two[0].speaker.pk is not None
    assert Speaker.objects.filter(name="Tilda Marchbanks").count() == 1
    # A name none of the batch's quotes gave: read when met, not created a second time.
    clinton = Speaker.objects.get(name="Hillary Rodham Clinton")
    late = SpeakerBook([])
    assert late.resolve([quote("Hillary Clinton")], (), "", None)[0].speaker == clinton
    late.save()
    assert Speaker.objects.filter(family_key=clinton.family_key).count() == 1


def test_a_book_reads_a_late_name_once_and_the_next_book_reads_it_again(
    django_assert_num_queries,
):
    """A name met after the book's first read (not among its articles' names) is read the
    first time only; the book is the batch's, so the next batch's book reads it afresh and
    finds what was stored in between."""
    book = SpeakerBook([])
    with django_assert_num_queries(2):  # its aliases, its family's people (nobody yet)
        assert book.find("Ada Quillfeather", "person") is None
    with django_assert_num_queries(0):
        assert book.find("Ada Quillfeather", "person") is None
    stored = get_or_create_speaker("Ada Quillfeather")
    assert book.find("Ada Quillfeather", "person") is None  # this batch read before it was stored
    assert SpeakerBook([]).find("Ada Quillfeather", "person") == stored


# Rule `one_of_the_family` through the store: a bare family name its article leaves open is
# bound to the one person of that family quoted under a full name (tracker.identity.family).


def ingest(text: str):
    from tracker.services.articles import ArticleInput
    from tracker.services.ingest import ingest_article

    return ingest_article(ArticleInput(text=text, title="Budget", date="2018-08-04")).source


def full_article(name: str, topic: str) -> str:
    """An article quoting `name` twice, under the full name."""
    return "".join(f'"The {topic} holds, part {i}," said {name}.\n\n' for i in range(2))


def articles_of(name: str, n: int, topic: str) -> list[str]:
    return [full_article(name, f"{topic} {i}") for i in range(n)]


BARE = 'Talks resumed on Monday.\n\n"We will not raise taxes this year," Marchbanks said.\n'


def the_bare_quote(source):
    return source.quotations.get(text="We will not raise taxes this year,")


@pytest.mark.parametrize(
    ("stored", "bare_text", "bound"),
    [
        ({"Anna Marchbanks": 2}, BARE, "Anna Marchbanks"),
        ({"Anna Marchbanks": 1}, BARE, None),  # one article: not yet evidence
        ({"Anna Marchbanks": 9, "Oswin Marchbanks": 1}, BARE, "Anna Marchbanks"),
        ({"Anna Marchbanks": 8, "Oswin Marchbanks": 2}, BARE, None),  # 8 in 10: not enough
        # An article that writes the given name of another of the family leaves it open.
        ({"Anna Marchbanks": 9, "Oswin Marchbanks": 1}, "Oswin came too.\n\n" + BARE, None),
        ({}, BARE, None),
    ],
)
def test_a_bare_family_name_binds_to_the_one_person_the_store_knows(stored, bare_text, bound):
    for name, n in stored.items():
        for text in articles_of(name, n, name.split()[0]):
            ingest(text)
    quote = the_bare_quote(ingest(bare_text))
    assert (quote.speaker.name if quote.speaker else None) == bound
    assert quote.speaker_ambiguous is (bound is None)
    assert quote.speaker_description == "Marchbanks"  # the name as the article wrote it
    if bound:  # the quotation bound by the rule is no evidence for it
        assert quoted_in_full(["marchbanks"])[quote.speaker_id] == stored[bound]


@pytest.mark.parametrize("bare", ["Anna", "Bill"])
def test_a_bare_first_name_is_never_bound_across_articles_even_to_the_only_one(bare):
    for text in articles_of(f"{bare} Marchbanks", 3, "plan"):
        ingest(text)
    quote = the_bare_quote(ingest(BARE.replace("Marchbanks said", f"{bare} said")))
    assert quote.speaker is None and quote.speaker_ambiguous


def test_the_batch_binds_a_bare_family_name_as_the_one_off_finder_and_article_by_article():
    """SpeakerBook counts the batch's earlier articles as if they were stored: the same
    answer as `family_member` and as ingesting the articles one by one."""
    from tracker.models import Source
    from tracker.services.articles import ArticleInput, Record
    from tracker.services.ingest import ingest_batch

    articles = [
        *articles_of("Anna Marchbanks", 9, "plan a"),
        *articles_of("Oswin Marchbanks", 2, "plan b"),  # Anna: 9 in 11, not dominant
        BARE,
        *articles_of("Anna Marchbanks", 9, "plan c"),  # 18 in 20: dominant
        BARE.replace("Monday", "Tuesday"),
    ]

    def bare_quotes():
        found = Quotation.objects.filter(text="We will not raise taxes this year,")
        return [(q.speaker.name if q.speaker else None) for q in found.order_by("source_id")]

    ingest_batch(
        [
            Record(f"a{i}", ArticleInput(text=t, title="Budget", date="2018-08-04"))
            for i, t in enumerate(articles)
        ]
    )
    batch = bare_quotes()
    assert batch == [None, "Anna Marchbanks"]
    assert family_member("Marchbanks").name == "Anna Marchbanks"
    assert family_member("Marchbanks", gender="m") is None  # "Mr. Marchbanks" is not Anna
    assert family_member("Marchbanks", text="Oswin said so.") is None
    Source.objects.all().delete()
    Speaker.objects.all().delete()
    for text in articles:
        ingest(text)
    assert bare_quotes() == batch


def test_a_family_is_counted_only_when_a_bare_name_asks_and_stored_counts_add_to_the_batch(
    monkeypatch,
):
    """Counting a family's articles reads every quotation of the family (it grows with the
    store), so a batch counts a family only when one of its bare names is left open; the
    stored counts then add to what the batch's earlier articles counted."""
    import itertools

    from tracker.models import Source
    from tracker.services import speakers
    from tracker.services.articles import ArticleInput, Record
    from tracker.services.ingest import ingest_batch

    for text in [*articles_of("Anna Marchbanks", 2, "plan a"),
                 *articles_of("Oswin Marchbanks", 2, "plan b")]:
        ingest(text)
    counted = []
    original = speakers.quoted_in_full
    monkeypatch.setattr(
        speakers, "quoted_in_full", lambda families: counted.append(list(families))
        or original(families))
    label = itertools.count()

    def batch(*texts):
        ingest_batch([Record(f"r{next(label)}", ArticleInput(
            text=t, title="Budget", date="2018-08-04")) for t in texts])
        return Source.objects.latest("pk")

    batch(*articles_of("Anna Marchbanks", 2, "plan c"))
    assert counted == []  # full names only: no bare name asked
    # Anna 4 + 10 in this batch against Oswin's 2: 14 in 16, not dominant (without the
    # stored counts it would be 10 in 10).
    middle = batch(*articles_of("Anna Marchbanks", 10, "plan d"), BARE)
    assert the_bare_quote(middle).speaker is None
    assert counted == [["marchbanks"]]
    # 24 in 26: dominant.
    last = batch(*articles_of("Anna Marchbanks", 10, "plan e"), BARE.replace("Monday", "Friday"))
    assert the_bare_quote(last).speaker.name == "Anna Marchbanks"
    assert counted == [["marchbanks"]] * 2


def test_the_mend_binds_bare_names_met_before_their_person_was_known():
    from tracker.models import Source
    from tracker.services.reprocess import reprocess_speakers

    early = the_bare_quote(ingest(BARE))
    assert early.speaker is None and early.speaker_ambiguous  # nobody of the family yet
    for text in articles_of("Anna Marchbanks", 2, "plan"):
        ingest(text)
    result = reprocess_speakers(Source.objects.order_by("pk"))
    early.refresh_from_db()
    assert early.speaker.name == "Anna Marchbanks" and not early.speaker_ambiguous
    assert early.speaker_description == "Marchbanks"
    assert result.changed == 1


# Rule `known_only_as` through the store: one row per person the article names by a first
# name only, found again by the name and its description, never by the first name alone.

KNOWN = (
    "The base chief spoke on Monday.\n\n"
    '"There never was a stand-down order," said the {who} known as Bob, speaking publicly.\n\n'
    '"At no time did I second-guess the team," Bob said.\n'
)


def test_a_person_known_only_by_a_first_name_is_one_row_never_found_by_the_name_alone():
    from tracker.models import Source
    from tracker.services.reprocess import reprocess_speakers

    first = ingest(KNOWN.format(who="base chief"))
    bob = {q.speaker for q in first.quotations.all()}
    assert len(bob) == 1
    bob = bob.pop()
    assert (bob.name, bob.role) == ("Bob", "Base chief")
    # the same description in a later article: the same person (a follow-up story)
    again = ingest(KNOWN.format(who="base chief").replace("Monday", "Friday"))
    assert {q.speaker for q in again.quotations.all()} == {bob}
    # another description: another person; a bare "Bob": nobody, for an editor
    other = ingest(KNOWN.format(who="station chief"))
    assert {q.speaker.role for q in other.quotations.all()} == {"Station chief"}
    assert bob not in {q.speaker for q in other.quotations.all()}
    plain = the_bare_quote(ingest(BARE.replace("Marchbanks said", "Bob said")))
    assert plain.speaker is None and plain.speaker_ambiguous
    # the mend finds the same rows again: nothing changes, nothing is created or deleted
    rows = set(Speaker.objects.values_list("pk", "slug"))
    result = reprocess_speakers(Source.objects.order_by("pk"))
    assert (result.changed, result.speakers_created, result.speakers_deleted) == (0, 0, 0)
    assert set(Speaker.objects.values_list("pk", "slug")) == rows


def test_a_person_known_only_by_a_first_name_survives_export_and_import(tmp_path):
    from io import StringIO

    from django.core.management import call_command

    ingest(KNOWN.format(who="base chief"))
    exported = StringIO()
    call_command("export_speakers", stdout=exported, stderr=StringIO())
    assert "\nBob,Bob (Base chief),person,Base chief" in exported.getvalue()
    Speaker.objects.all().delete()
    path = tmp_path / "speakers.csv"
    path.write_text(exported.getvalue(), encoding="utf-8")
    out, err = StringIO(), StringIO()
    call_command("import_speakers", str(path), stdout=out, stderr=err)
    assert err.getvalue() == "" and out.getvalue().strip().endswith("0 refused")
    bob = Speaker.objects.get(name="Bob")
    assert bob.role == "Base chief" and "Bob (Base chief)" in bob.aliases.values_list(
        "alias", flat=True
    )
    # registered or not, the first name alone still finds nobody
    plain = the_bare_quote(ingest(BARE.replace("Marchbanks said", "Bob said")))
    assert plain.speaker is None and plain.speaker_ambiguous
    again = ingest(KNOWN.format(who="base chief").replace("Monday", "Friday"))
    assert {q.speaker for q in again.quotations.all()} == {bob}


# Two workers' books at once (ingest on PostgreSQL: speakers are decided from a read without
# a lock; only what a batch creates is locked, `SpeakerBook.lock_keys`).


def test_two_books_counting_the_same_role_both_count():
    """Role counts are written relatively: a second book that read the role before the first
    saved loses nothing (read-modify-write would count 2, not 3)."""
    resolve_article([quote("CIA Director Mike Pompeo")], (), "", dt.date(2018, 1, 10))
    a, b = SpeakerBook([]), SpeakerBook([])
    a.resolve([quote("CIA Director Mike Pompeo")], (), "", dt.date(2017, 5, 1))
    b.resolve([quote("CIA Director Mike Pompeo")], (), "", dt.date(2018, 3, 2))
    assert not a.lock_keys() and not b.lock_keys()  # nothing created: no lock needed
    a.save()
    b.save()
    role = Speaker.objects.get(name="Mike Pompeo").roles.get()
    assert (role.articles, role.first_date, role.last_date) == (
        3,
        dt.date(2017, 5, 1),
        dt.date(2018, 3, 2),
    )


def test_the_current_role_is_decided_from_the_stored_roles():
    """A book that read the roles before another saved a later one does not put back an
    older role as the current one."""
    pompeo = get_or_create_speaker("Mike Pompeo")
    a, b = SpeakerBook([]), SpeakerBook([])
    a.resolve([quote("Secretary of State Mike Pompeo")], (), "", dt.date(2021, 1, 20))
    b.resolve([quote("CIA Director Mike Pompeo")], (), "", dt.date(2018, 4, 26))
    a.save()
    b.save()
    pompeo.refresh_from_db()
    assert pompeo.role == "Secretary of State"
    assert pompeo.roles.get(title="CIA Director").articles == 1


def test_a_book_is_stale_when_another_stored_a_name_it_creates():
    marchbanks = [quote("Senator Tilda Marchbanks")]
    a, b = SpeakerBook([(marchbanks, ())]), SpeakerBook([(marchbanks, ())])
    a.resolve(marchbanks, (), "", None)
    b.resolve(marchbanks, (), "", None)
    assert a.lock_keys() == {
        "tilda marchbanks": True,
        "family:marchbanks:t": True,
        "family:marchbanks": False,
        "slug:tilda-marchbanks": True,
    }
    assert not a.stale()
    b.save()
    assert a.stale()  # decide again: it finds b's speaker, creates nothing
    again = SpeakerBook([(marchbanks, ())])
    assert names(again.resolve(marchbanks, (), "", None)) == ["Tilda Marchbanks"]
    assert not again.lock_keys()


def test_a_book_is_stale_when_another_stored_a_person_of_a_family_it_adds_to():
    """Structure matching reads the family: "Tilda J. Marchbanks" is found by a later book."""
    a = SpeakerBook([])
    a.resolve([quote("Tilda J. Marchbanks")], (), "", None)
    get_or_create_speaker("Tilda Marchbanks")
    assert a.stale()


def test_a_book_is_stale_when_another_gave_the_role_it_creates():
    pompeo = get_or_create_speaker("Mike Pompeo")
    a, b = SpeakerBook([]), SpeakerBook([])
    a.resolve([quote("CIA Director Mike Pompeo")], (), "", None)
    b.resolve([quote("CIA Director Mike Pompeo")], (), "", None)
    assert a.lock_keys() == {f"role:{pompeo.pk}:cia director": True}
    b.save()
    assert a.stale()


@pytest.mark.parametrize(
    ("name", "kind", "keys"),
    [
        (
            "Donald J. Trump",
            "person",
            {"donald j trump": True, "family:trump:d": True, "family:trump": False},
        ),
        (
            "Ivanka Trump",
            "person",
            {"ivanka trump": True, "family:trump:i": True, "family:trump": False},
        ),
        ("Trump campaign", "organisation", {"trump campaign": True}),
        ("Trump", "person", {"trump": True}),
    ],
)
def test_rule_name_locks(name, kind, keys):
    """Rule `name_locks`: two names `same_person` may match share their family-and-initial
    lock; other people of the family only share the family, in shared mode."""
    assert name_lock_keys(name, kind) == keys


def test_names_of_the_same_person_take_the_same_lock():
    from tracker.identity import parse_name, same_person

    pairs = [
        ("Donald Trump", "Donald J. Trump"),
        ("D. Trump", "Donald Trump"),
        ("Hillary Rodham Clinton", "Hillary Clinton"),
        ("Kim Jong Un", "Kim Jong-un"),
    ]
    for a, b in pairs:
        assert same_person(parse_name(a), parse_name(b))
        exclusive = {k for k, x in name_lock_keys(a).items() if x and k.startswith("family:")}
        assert exclusive == {
            k for k, x in name_lock_keys(b).items() if x and k.startswith("family:")
        }


# Rule `accented_spelling` (tracker.identity.names): non-US names keep their accents.
@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Felipe Calderon", "Felipe Calderón"),
        ("Enrique Pena Nieto", "Enrique Peña Nieto"),
        ("Marcel Lazar Lehel", "Marcel Lazăr Lehel"),
        ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
    ],
)
def test_a_person_first_stored_without_accents_takes_the_accented_spelling(first, later):
    stored = resolve_article([quote(first)], (), "", None)[0].speaker
    again = resolve_article([quote(later)], (), "", None)[0].speaker
    stored.refresh_from_db()
    assert again.pk == stored.pk and stored.name == later
    # written without accents again, the name keeps them
    resolve_article([quote(first)], (), "", None)
    stored.refresh_from_db()
    assert stored.name == later and Speaker.objects.count() == 1


def test_a_name_an_editor_or_the_registry_gave_keeps_its_spelling(editor):
    from tracker.services.actions import EditSpeaker

    calderon = get_or_create_speaker("Felipe Calderón")
    EditSpeaker.apply(calderon, seen_version=calderon.version, by=editor, name="Felipe Calderon")
    registered = get_or_create_speaker("Enrique Pena Nieto")
    Speaker.objects.filter(pk=registered.pk).update(registered=True)
    resolve_article([quote("Felipe Calderón"), quote("Enrique Peña Nieto")], (), "", None)
    assert set(Speaker.objects.values_list("name", flat=True)) == {
        "Felipe Calderon",
        "Enrique Pena Nieto",
    }


def test_the_mend_respells_a_person_stored_without_accents_and_says_so():
    from tracker.models import Source
    from tracker.services.reprocess import reprocess_speakers

    ingest('Talks went on.\n\n"The wall is stupid," said Felipe Calderon, a former president.\n')
    ingest('Talks went on.\n\n"We will not pay," said Felipe Calderón, a former president.\n')
    calderon = Speaker.objects.get()
    assert calderon.name == "Felipe Calderón"  # ingest: the second article respells
    Speaker.objects.filter(pk=calderon.pk).update(name="Felipe Calderon")  # a store made before
    result = reprocess_speakers(Source.objects.order_by("pk"))
    calderon.refresh_from_db()
    assert calderon.name == "Felipe Calderón" and result.speakers_respelled == 1
    assert "1 renamed to their accented spelling" in result.summary()


@pytest.mark.parametrize(
    ("stored", "written", "found"),
    [
        ("Hillary Clinton", "Hillary Rodham Clinton", True),  # the same given name
        ("H. Clinton", "Hillary Clinton", True),  # an initial stored
        ("Hillary Clinton", "H. Clinton", True),  # an initial written: all are weighed
        ("Kim Jong Un", "Kim Jong-un", True),  # family name first
        ("Bill Clinton", "Hillary Clinton", False),
    ],
)
def test_a_book_weighs_only_the_family_members_who_can_be_the_person(stored, written, found):
    """SpeakerBook finds a full name among the people of its family who have a name the same
    person's can be (`_may_be`): what a scan of the whole family finds, among many."""
    kept = get_or_create_speaker(stored)
    for i in range(100):  # others of the family, with other given names
        get_or_create_speaker(f"Zed{i:03d}a {stored.split()[-1]}")
    book = SpeakerBook([])
    assert (book.find(written, "person") == kept) is found


def test_a_book_resolves_thousands_of_one_family_in_linear_time():
    """An article of thousands of Smiths, each quoted, each followed by a bare "Smith": the
    book once matched each new Smith against all the others (quadratic, 14 s for 4,000)."""
    from growth import GROWTH, best_times, cpu_seconds

    def resolve(n: int) -> float:
        people = [f"Q{i:05d}x Smith" for i in range(n)]
        quotes = [quote(name) for name in people]
        entities = tuple(entity(name, name) for name in people)
        book = SpeakerBook([(quotes, entities)])
        return cpu_seconds(lambda: book.resolve(quotes, entities, "", None))

    resolve(50)  # warm
    limit = GROWTH * 4
    small, large, ratio = best_times(lambda: resolve(500), lambda: resolve(2000), limit, runs=3)
    assert ratio <= limit, (small, large)


def test_rule_double_family_name_finds_the_person_under_both_family_names():
    """Rule `double_family_name` (tracker.identity.names): "Rempel Garner" in a later
    article is Michelle Rempel Garner, not a new person called Rempel."""
    first = resolve_article([quote("Michelle Rempel Garner")], (), "", None)[0].speaker
    again = resolve_article([quote("Rempel Garner")], (), "", None)[0].speaker
    assert again == first and Speaker.objects.count() == 1


def test_rule_double_family_name_finds_a_person_first_stored_under_both_family_names():
    first = resolve_article([quote("Rempel Garner")], (), "", None)[0].speaker
    again = resolve_article([quote("Michelle Rempel Garner")], (), "", None)[0].speaker
    other = resolve_article([quote("Anna Rempel Garner")], (), "", None)[0].speaker
    assert again == first
    assert other != first  # the row holds Michelle's full name now: Anna is someone else
    assert Speaker.objects.count() == 2


@pytest.mark.parametrize("later", ["Pascale Saint-Onge", "Pascale St. Onge", "Pascale St-Onge"])
def test_rule_saint_family_name_finds_the_person_however_the_saint_is_written(later):
    """Rule `saint_family_name` (tracker.identity.names): Canadian news writes one minister
    "St-Onge", "St. Onge" and "Saint-Onge"; all are the person first stored."""
    first = resolve_article([quote("Pascale St-Onge")], (), "", None)[0].speaker
    again = resolve_article([quote(later)], (), "", None)[0].speaker
    assert again == first and Speaker.objects.count() == 1


def test_rule_saint_family_name_through_ingest():
    first = ingest('"We will table the bill," said Bloc MP Gabriel Ste-Marie.\n')
    again = ingest('"The budget fails Quebec," Gabriel Sainte-Marie said Tuesday.\n')
    other = ingest('"It is a good day," said Buffy Sainte-Marie.\n')
    person = first.quotations.get().speaker
    assert person.name == "Gabriel Ste-Marie"
    assert again.quotations.get().speaker == person
    assert other.quotations.get().speaker != person


def test_the_saint_family_keys_migration_refreshes_stored_keys():
    import importlib

    from django.apps import apps

    migration = importlib.import_module("tracker.migrations.0025_saint_family_keys")
    stale = Speaker.objects.create(name="Pascale St-Onge", slug="pascale-st-onge",
                                   family_key="stonge")
    other = Speaker.objects.create(name="Mark Stone", slug="mark-stone", family_key="stone")
    migration.refresh_family_keys(apps, None)  # (it reads no schema)
    stale.refresh_from_db()
    other.refresh_from_db()
    assert (stale.family_key, other.family_key) == ("saintonge", "stone")
    again = resolve_article([quote("Pascale Saint-Onge")], (), "", None)[0].speaker
    assert again == stale


def test_rule_bench_title_keeps_a_judge_apart_from_a_politician_of_the_family():
    """Rule `bench_title` (tracker.identity.family): "Lord Justice Singh" is no bare name
    of Jagmeet Singh, however often the store quotes him; "Singh" alone is."""
    for text in articles_of("NDP Leader Jagmeet Singh", 3, "plan"):
        ingest(text)
    judge = ingest('"The Home Office acted irrationally," Lord Justice Singh said.\n')
    bare = ingest('"We will vote against it," Singh said.\n')
    assert judge.quotations.get().speaker is None
    assert bare.quotations.get().speaker.name == "Jagmeet Singh"
