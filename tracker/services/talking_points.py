"""Find every speaker's talking points again over all quotations, and read them for pages.

`rebuild` reads every quotation once (keyset pages), runs tracker.linking.phrases over them
and replaces the stored talking points in one transaction: safe to kill and rerun. New
articles show in talking points at the next rebuild (`manage.py talking_points`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Case, F, Value, When
from django.db.models.functions import Substr
from django.utils.html import format_html

from tracker.linking import phrases
from tracker.linking.normalise import normalise
from tracker.linking.stats import story_of
from tracker.models import Quotation, Rebuild, TalkingPoint, TalkingPointUse
from tracker.services.generation import writes
from tracker.services.watches import reattach_talking_point_watches

_PAGE = 20_000
_SHOWN_FROM = 5  # earliest uses tried for the phrase as printed
_SHORT = 30  # characters: a quote this short may be a nickname (epithet_before_name)


@dataclass(frozen=True)
class TalkingPointsResult:
    quotations: int
    talking_points: int
    speakers: int


def _uses() -> list[phrases.Use]:
    uses: list[phrases.Use] = []
    last = 0
    fields = ("pk", "text", "speaker_id", "source__story_id", "source_id", "published")
    # The article's characters after a short quote (rule epithet_before_name); Substr counts
    # from 1, so end + 1 is the closing mark.
    after = Case(
        When(
            end__lte=F("start") + _SHORT,
            then=Substr("source__text", F("end") + 1, phrases.EPITHET_CHARS),
        ),
        default=Value(""),
    )
    while True:
        page = list(
            Quotation.objects.live().filter(pk__gt=last)
            .order_by("pk")
            .annotate(after=after)
            .values_list(*fields, "statement_id", "after")[:_PAGE]
        )
        if not page:
            return uses
        for pk, text, speaker, story, source, published, statement, tail in page:
            words = phrases.said_words(text, name=phrases.name_after(text, tail or ""))
            uses.append(
                phrases.Use(pk, words, speaker, story_of(story, source), published, statement)
            )
        last = page[-1][0]


def _display(
    text: str, phrase: tuple[str, ...], shortest: int | None = None
) -> tuple[str, str, str] | None:
    """(before, phrase, after) of `text` where its words are `phrase`, if they map one to
    one. With `shortest`, a shorter variant's use (rule shorter_variant) shows the longest
    part of `phrase` it has, of at least that many words ("Crooked Hillary" of "crooked
    hillary clinton")."""
    norm = normalise(text)
    words = phrases.said_words(text, norm)
    if len(words) != len(norm.tokens):
        return None
    phrase = phrases.bare(phrase)
    # The phrase's words are read without articles (rule inner_article): `at` maps them back.
    at = [i for i, word in enumerate(words) if word not in phrases.ARTICLES]
    words = phrases.bare(words)
    for n in range(len(phrase), (shortest or len(phrase)) - 1, -1):
        parts = {phrase[k : k + n] for k in range(len(phrase) - n + 1)}
        for i in range(len(words) - n + 1):
            if words[i : i + n] in parts:
                start, end = norm.spans[at[i]][0], norm.spans[at[i + n - 1]][1]
                return text[:start], text[start:end], text[end:]
    return None


@writes
def rebuild() -> TalkingPointsResult:
    uses = _uses()
    found = phrases.find(uses)
    # The phrase is shown as the earliest of these uses that has it word for word prints it
    # (a nickname's name may stand outside its quote: epithet_before_name).
    earliest = {
        id(point): sorted(point.uses, key=lambda u: (u.published or dt.date.max, u.quotation))[
            :_SHOWN_FROM
        ]
        for point in found
    }
    texts = dict(
        Quotation.objects.filter(
            pk__in={u.quotation for first in earliest.values() for u in first}
        ).values_list("pk", "text")
    )
    outlets = dict(
        Quotation.objects.filter(pk__in={u.quotation for p in found for u in p.uses}).values_list(
            "pk", "source__outlet"
        )
    )
    TalkingPoint.objects.all().delete()
    rows = []
    for point in found:
        shown = next(
            (
                parts
                for use in earliest[id(point)]
                if (parts := _display(texts.get(use.quotation, ""), point.phrase))
            ),
            None,
        )
        days = [u.published for u in point.uses if u.published]
        rows.append(
            TalkingPoint(
                speaker_id=point.speaker,
                phrase=(shown[1] if shown else " ".join(point.phrase))[:300],
                normalised=" ".join(point.phrase)[:300],
                story_count=len(point.stories),
                outlet_count=len({outlets.get(u.quotation) for u in point.uses} - {None, ""}),
                quotation_count=len(point.uses),
                first_date=min(days) if days else None,
                last_date=max(days) if days else None,
                share=point.share,
                score=point.score,
            )
        )
    stored = TalkingPoint.objects.bulk_create(rows, batch_size=2000)
    TalkingPointUse.objects.bulk_create(
        [
            TalkingPointUse(talking_point=row, quotation_id=use.quotation, own=own)
            for row, point in zip(stored, found, strict=True)
            for own, group in ((True, point.uses), (False, point.others))
            for use in {u.quotation: u for u in group}.values()
        ],
        batch_size=5000,
    )
    # Followers of a talking point that is found again keep following it on its new page.
    reattach_talking_point_watches()
    result = TalkingPointsResult(
        quotations=len(uses),
        talking_points=len(stored),
        speakers=len({p.speaker for p in found}),
    )
    # Pages cached with the old talking points start afresh. The last quotation read tells
    # newest_uses where the stored uses end.
    last = max((u.quotation for u in uses), default=0)
    Rebuild.objects.create(
        kind=Rebuild.Kind.TALKING_POINTS, summary={**result.__dict__, "last_quotation": last}
    )
    return result


def detail(point: TalkingPoint) -> dict[str, object]:
    """A talking point's page: its uses in context, by month, and others' uses apart."""
    uses = list(
        TalkingPointUse.objects.filter(talking_point=point)
        .select_related("quotation__source", "quotation__speaker")
        .order_by("quotation__published", "quotation_id")
    )
    phrase = tuple(point.normalised.split())
    own, others = [], []
    months: dict[dt.date | None, dict[str, set]] = defaultdict(
        lambda: {"stories": set(), "outlets": set()}
    )
    for use in uses:
        q = use.quotation
        parts = _display(q.text, phrase, shortest=phrases.MIN_WORDS)
        # A nickname whose name stands after the marks shows the name too (epithet_before_name).
        name = "" if parts else phrases.name_after(
            q.text, q.source.text[q.end : q.end + phrases.EPITHET_CHARS]
        )
        row = {
            "quotation": q,
            "html": format_html("{}<mark>{}</mark>{}", *parts) if parts
            else format_html("<mark>{}</mark>", q.text) if name else q.text,
            "name": name,
        }
        if use.own:
            own.append(row)
            month = q.published.replace(day=1) if q.published else None
            months[month]["stories"].add(story_of(q.source.story_id, q.source_id))
            if q.source.outlet:
                months[month]["outlets"].add(q.source.outlet)
        else:
            others.append(row)
    return {
        "uses": own,
        "others": others,
        "months": [
            {"month": m, "stories": len(v["stories"]), "outlets": sorted(v["outlets"])}
            for m, v in sorted(months.items(), key=lambda kv: kv[0] or dt.date.max)
        ],
    }


FRESH_SCAN = 500  # the speaker's newest quotations since the last rebuild that are checked


def newest_uses(point: TalkingPoint, limit: int) -> list[int]:
    """Ids of the speaker's quotations with the phrase, newest stored first: the uses the
    last rebuild found, and those stored since that say it (by the rule watches follow it
    with: phrases.said_words, whole words in order), so a feed does not wait for a rebuild."""
    stored = TalkingPointUse.objects.filter(talking_point=point, own=True)
    ids = list(stored.order_by("-quotation_id").values_list("quotation_id", flat=True)[:limit])
    rebuilt = Rebuild.objects.filter(kind=Rebuild.Kind.TALKING_POINTS).first()
    since = (rebuilt.summary.get("last_quotation") if rebuilt else None) or max(ids, default=0)
    phrase = tuple(point.normalised.split())
    fresh = (
        Quotation.objects.live().filter(speaker_id=point.speaker_id, pk__gt=since)
        .order_by("-id")
        .values_list("pk", "text")[:FRESH_SCAN]
    )
    ids += [pk for pk, text in fresh if phrases.contains(phrases.said_words(text), phrase)]
    return sorted(set(ids), reverse=True)[:limit]
