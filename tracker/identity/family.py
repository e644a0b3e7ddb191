"""Rule `one_of_the_family`: a bare family name that its article leaves open, bound across
articles to the one person the store knows by that family name.

`article.decide_article` resolves a bare name ("Obama") only to a full name the same article
gives. When the article gives none, the name would wait for an editor, although the store
may know exactly one Obama. This rule binds it there, and only there:

- the word is a family name, never a first name ("Bill", "George", "Ted", "Donald" are in
  the first-name lists and are never bound by this rule);
- the article itself names no person of that family (`decide_article` said "bare_name";
  when the article names one, or two, the article-level rule has decided);
- the article does not write the given name of another stored person of the family
  ("Ivanka", "Melania"): then "Trump" may be either and stays open, unless the mention's
  title is the person's current role ("President Obama" beside "Michelle" is Barack Obama);
- an honorific or pronoun of the mention does not contradict the person's given name
  ("Mr. Clinton" is never Hillary Clinton);
- a judge's title on the mention ("Lord Justice Singh", "Judge Curiel") and the person's
  current role agree: a judge is bound only to a judge, and a judge is never another
  office's bare name (rule `bench_title`; "Lord Justice Singh" is not Jagmeet Singh);
- the store holds one person of that family, or one who clearly dominates it: quoted under
  a full name in at least `MIN_ARTICLES` articles, and in at least `DOMINANT_SHARE` of the
  family's articles (each person's articles, summed).

Articles are counted, not quotations: one long speech by Michelle Obama is one article, and
must not make her "Obama" before Barack Obama is stored. The articles counted are those that
attribute a quotation to the person under a full name; a quotation bound by this rule keeps
the bare name as its description and is not counted, so the rule never feeds itself. A
person who arrives later in an ingest takes the family over when the mend
(`manage.py reprocess --speakers`) decides again.

>>> m = Member
>>> def who(bare, members, **kw):
...     found = bind_family_name(bare, members, **kw)
...     return (members[found.index].name if found.index is not None else None, found.rule)
>>> who("Obama", [m("Barack Obama", 12)])
('Barack Obama', 'one_of_the_family')
>>> who("Trump", [m("Donald Trump", 950), m("Ivanka Trump", 14), m("Melania Trump", 6)])
('Donald Trump', 'one_of_the_family')
>>> who("Trump", [m("Donald Trump", 950), m("Ivanka Trump", 14)], text="Ivanka spoke.")
(None, 'other_member_named')
>>> who("Obama", [m("Barack Obama", 22, "President"), m("Michelle Obama", 1)],
...     text="Michelle spoke.", title="President")
('Barack Obama', 'one_of_the_family')
>>> who("Clinton", [m("Hillary Clinton", 300), m("Bill Clinton", 60)])
(None, 'not_dominant')
>>> who("Clinton", [m("Hillary Clinton", 300)], gender="m")
(None, 'gender_differs')
>>> who("Singh", [m("Jagmeet Singh", 5, "NDP Leader")], title="Lord Justice")
(None, 'bench_title')
>>> who("Curiel", [m("Gonzalo Curiel", 3, "U.S. District Judge")], title="Judge")
('Gonzalo Curiel', 'one_of_the_family')
>>> who("Bill", [m("Bill Bill", 5)])
(None, 'first_name')
>>> who("Murphy", [])
(None, 'no_member')
>>> who("Obama", [m("Michelle Obama", 1)])
(None, 'too_few_articles')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tracker.identity.names import fold, gender_of_name, is_first_name, parse_name

# "Clearly dominates": quoted under a full name in nine in ten of the family's articles.
# Donald Trump beside Ivanka and Melania Trump is well above it; Hillary beside Bill Clinton,
# or Jeb beside George W. Bush, is not, and their bare family name stays for an editor.
DOMINANT_SHARE = 0.9
# Quoted under a full name in at least two articles: one article (a speech, a profile) is
# not yet evidence of who the family's bare name means across the store.
MIN_ARTICLES = 2

BOUND = "one_of_the_family"

# The head nouns of a judge's title: "Judge", "Lord Justice", "Ontario Superior Court
# Justice", "Chief Justice"; not "Justice Minister", whose head is a minister.
_BENCH_HEADS = frozenset("judge justice magistrate".split())


def on_the_bench(title: str) -> bool:
    """Rule `bench_title`'s reading of a title: a judge's, by its last word.

    >>> [on_the_bench(t) for t in ("Lord Justice", "U.S. District Judge", "Justice Minister")]
    [True, True, False]
    """
    words = title.split()
    return bool(words) and fold(words[-1]) in _BENCH_HEADS


@dataclass(frozen=True)
class Member:
    """A stored person of the family: their name and in how many articles a quotation is
    attributed to them under a full name (not by this rule)."""

    name: str
    articles: int
    role: str = ""  # the current role ("U.S. District Judge"), for rule `bench_title`


@dataclass(frozen=True)
class FamilyVerdict:
    """`index` of the member the bare name is bound to, or None; `rule` says what decided."""

    index: int | None
    rule: str


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def bind_family_name(
    bare: str,
    members: Sequence[Member],
    *,
    gender: str | None = None,
    text: str = "",
    title: str = "",
) -> FamilyVerdict:
    """Which stored person of the family a bare family name the article leaves open is.

    Only for a bare name whose article names nobody it can be (`decide_article`'s rule
    "bare_name"). `gender` is the mention's ("m" for "Mr. Trump" or "he"); `text` the
    article's text; `title` the mention's role ("Lord Justice" of "Lord Justice Singh").
    """
    if not fold(bare) or is_first_name(bare):
        return FamilyVerdict(None, "first_name")
    if not members:
        return FamilyVerdict(None, "no_member")
    total = sum(max(m.articles, 0) for m in members)
    best = max(range(len(members)), key=lambda i: members[i].articles)
    top = members[best]
    if top.articles < MIN_ARTICLES:
        return FamilyVerdict(None, "too_few_articles")
    if top.articles < DOMINANT_SHARE * total:
        return FamilyVerdict(None, "not_dominant")
    own = parse_name(top.name)
    if gender and gender_of_name(own) not in (None, gender):
        return FamilyVerdict(None, "gender_differs")
    if title and on_the_bench(title) != on_the_bench(top.role):
        return FamilyVerdict(None, "bench_title")
    if title and fold(title) == fold(top.role):
        return FamilyVerdict(best, BOUND)  # "President Obama" beside "Michelle": the office
    words = set(_WORD.findall(text)) if text else set()  # as written: "Bill", not "a bill"
    for other in members:
        given = parse_name(other.name).given
        if given and fold(given) != own.given_key and given in words:
            return FamilyVerdict(None, "other_member_named")
    return FamilyVerdict(best, BOUND)
