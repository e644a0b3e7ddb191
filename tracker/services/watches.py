"""Following: add, change and remove a user's watches; what each one asks of a quotation."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.http import urlencode

from tracker.linking.phrases import bare
from tracker.models import AlertSettings, Speaker, Statement, TalkingPoint, Watch
from tracker.services.watch_terms import Want, anchor_key, normalise_outlet, topic_words

MAX_WATCHES = 200  # per user: following is cheap, but not unbounded
# What a Target and a Watch share, field for field.
TARGET_FIELDS = (
    "kind", "speaker", "statement", "talking_point", "phrase", "outlet", "query", "start", "end",
)  # fmt: skip


class WatchError(Exception):
    """The watch cannot be made (nothing to follow, too many watches)."""


@dataclass(frozen=True)
class Target:
    """What to follow, as the Follow buttons and the form describe it."""

    kind: str
    speaker: Speaker | None = None
    statement: Statement | None = None
    outlet: str = ""
    query: str = ""
    start: date | None = None
    end: date | None = None
    # A talking point is followed by its speaker and phrase (its normalised words), which
    # outlive the row: `manage.py talking_points` makes every row again.
    talking_point: TalkingPoint | None = None
    phrase: str = ""

    @classmethod
    def of_talking_point(cls, point: TalkingPoint) -> Target:
        return cls(
            kind=Watch.Kind.TALKING_POINT,
            speaker=point.speaker,
            talking_point=point,
            phrase=point.normalised,
        )

    def want(self) -> Want:
        return Want(
            speaker_id=self.speaker.pk if self.speaker else None,
            statement_id=self.statement.pk if self.statement else None,
            outlet=normalise_outlet(self.outlet),
            words=tuple(topic_words(self.query)),
            start=self.start,
            end=self.end,
            phrase=tuple(self.phrase.split()),
        )

    def signature(self) -> str:
        want = self.want()
        return "|".join(
            str(v or "")
            for v in (
                self.kind,
                want.speaker_id,
                want.statement_id,
                want.outlet,
                " ".join(want.words),
                self.start,
                self.end,
                # Only when set, so the watches made before phrases keep their signatures.
                *((" ".join(want.phrase),) if want.phrase else ()),
            )
        )[:600]

    def label(self) -> str:
        K = Watch.Kind
        topic = f" on “{self.query}”" if self.query else ""
        if self.kind == K.SPEAKER and self.speaker:
            return f"{self.speaker.name}{topic}"[:300]
        if self.kind == K.STATEMENT and self.statement:
            return f"“{self.statement.text[:120]}”"
        if self.kind == K.TALKING_POINT and self.speaker:
            phrase = self.talking_point.phrase if self.talking_point else self.phrase
            return f"“{phrase}”, a talking point of {self.speaker.name}"[:300]
        if self.kind == K.OUTLET:
            return f"Everything in {self.outlet}"[:300]
        parts = [f"“{self.query}”" if self.query else "Any words"]
        if self.speaker:
            parts.append(f"by {self.speaker.name}")
        if self.outlet:
            parts.append(f"in {self.outlet}")
        if self.start or self.end:
            parts.append(f"{self.start or '…'} – {self.end or '…'}")
        return " ".join(parts)[:300]


def follow(user: AbstractBaseUser, target: Target, **options: object) -> tuple[Watch, bool]:
    """The user's watch for target, made if new: (watch, created)."""
    try:
        anchor = anchor_key(target.want().anchor())
    except ValueError as exc:
        raise WatchError(str(exc)) from exc
    signature = target.signature()
    existing = Watch.objects.filter(user=user, signature=signature).first()
    if existing:
        return existing, False
    if Watch.objects.filter(user=user).count() >= MAX_WATCHES:
        raise WatchError(f"You can follow at most {MAX_WATCHES} things; remove some first.")
    try:
        with transaction.atomic():
            watch = Watch.objects.create(
                user=user,
                **{name: getattr(target, name) for name in TARGET_FIELDS},
                label=target.label(),
                anchor=anchor,
                signature=signature,
                **options,
            )
    except IntegrityError:  # the same follow from another tab at the same moment
        return Watch.objects.get(user=user, signature=signature), False
    # Now, and again after commit in case a page re-read the old list in between.
    forget_followed(user.pk)
    transaction.on_commit(lambda: forget_followed(user.pk))
    return watch, True


FOLLOWED_TTL = 300


def _followed_key(user_id: int) -> str:
    return f"tracker:followed:{user_id}"


def forget_followed(user_id: int) -> None:
    """Call after a user's watches change: the Follow buttons read them from the cache."""
    cache.delete(_followed_key(user_id))


def find_watch(user: AbstractBaseUser, target: Target) -> Watch | None:
    """The user's watch of target, for the Follow buttons: from a per-user cache entry, so a
    logged-in reader's page costs no extra query. Only what the button shows is filled in.

    A speaker's page without a topic shows the user's watch of that speaker on any topic."""

    def read() -> list[tuple[str, int, str, str, str, int | None]]:
        return list(
            Watch.objects.filter(user=user)
            .order_by("created_at", "pk")
            .values_list("signature", "pk", "query", "cadence", "kind", "speaker_id")
        )

    rows = cache.get_or_set(_followed_key(user.pk), read, FOLLOWED_TTL)
    signature = target.signature()
    found = next((row for row in rows if row[0] == signature), None)
    if found is None and target.kind == Watch.Kind.SPEAKER and not target.query:
        speaker_id = target.speaker.pk if target.speaker else None
        found = next((r for r in rows if r[4] == target.kind and r[5] == speaker_id), None)
    if found is None:
        return None
    _, pk, query, cadence, kind, speaker_id = found
    return Watch(
        pk=pk, user_id=user.pk, query=query, cadence=cadence, kind=kind, speaker_id=speaker_id
    )


def watch_link(watch: Watch) -> str:
    """The page of what the watch follows."""
    if watch.kind == Watch.Kind.SPEAKER and watch.speaker:
        url = watch.speaker.get_absolute_url()
        return url + ("?" + urlencode({"q": watch.query}) if watch.query else "")
    if watch.kind == Watch.Kind.STATEMENT and watch.statement_id:
        return reverse("statement-detail", args=[watch.statement_id])
    if watch.kind == Watch.Kind.TALKING_POINT:
        if watch.talking_point_id:
            return reverse("talking-point-detail", args=[watch.talking_point_id])
        # No longer among the talking points: the speaker's quotations with its words.
        params = {"q": watch.phrase, "speaker": watch.speaker.slug if watch.speaker else ""}
        return reverse("quotation-list") + "?" + urlencode({k: v for k, v in params.items() if v})
    return reverse("quotation-list") + "?" + query_params(target_of(watch))


def reattach_talking_point_watches() -> int:
    """After `manage.py talking_points` made the rows again: each watch whose talking point
    went gets the new row with the same speaker and words, if there is one. The number
    attached again."""
    orphans = list(
        Watch.objects.filter(kind=Watch.Kind.TALKING_POINT, talking_point__isnull=True)
        .exclude(phrase="")
        .values_list("pk", "speaker_id", "phrase")
    )
    if not orphans:
        return 0
    # A phrase stored with an article finds its row without it (rule inner_article).
    def words(phrase: str) -> str:
        return " ".join(bare(phrase.split()))

    points = {
        (speaker_id, normalised): pk
        for pk, speaker_id, normalised in TalkingPoint.objects.filter(
            speaker_id__in={o[1] for o in orphans}, normalised__in={words(o[2]) for o in orphans}
        ).values_list("pk", "speaker_id", "normalised")
    }
    attached = 0
    for pk, speaker_id, phrase in orphans:
        point = points.get((speaker_id, words(phrase)))
        if point is not None:
            attached += Watch.objects.filter(pk=pk).update(talking_point_id=point)
    return attached


def settings_for(user: AbstractBaseUser) -> AlertSettings:
    """The user's alert settings, made on first use with a fresh webhook secret."""
    found, _ = AlertSettings.objects.get_or_create(
        user=user,
        defaults={"email": getattr(user, "email", ""), "webhook_secret": secrets.token_hex(32)},
    )
    return found


def target_of(watch: Watch) -> Target:
    return Target(**{name: getattr(watch, name) for name in TARGET_FIELDS})


def feed_link(target: Target) -> str:
    """The public Atom feed of what a target follows; "" once its statement or talking point
    has been rebuilt away."""
    K = Watch.Kind
    if target.kind == K.SPEAKER and target.speaker:
        url = reverse("speaker-feed", args=[target.speaker.slug])
        return url + ("?" + urlencode({"q": target.query}) if target.query else "")
    if target.kind == K.STATEMENT:
        return reverse("statement-feed", args=[target.statement.pk]) if target.statement else ""
    if target.kind == K.TALKING_POINT:
        point = target.talking_point
        return reverse("talking-point-feed", args=[point.pk]) if point else ""
    return reverse("search-feed") + "?" + query_params(target)


def query_params(target: Target) -> str:
    """The search page's query string for a target."""
    params = {
        "q": target.query,
        "speaker": target.speaker.slug if target.speaker else "",
        "outlet": target.outlet,
        "start": target.start.isoformat() if target.start else "",
        "end": target.end.isoformat() if target.end else "",
    }
    return urlencode({k: v for k, v in params.items() if v})
