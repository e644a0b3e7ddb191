"""Quote Tracker's data: sources, speakers, quotations, statements and the audit trail."""

from __future__ import annotations

import re

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from tracker.identity.gate import PRONOUNS
from tracker.names import normalise_name

EDITOR_GROUP = "Editors"
EDIT_PERMISSION = "tracker.edit_quotations"


class Versioned:
    """Rows that editors change under optimistic concurrency: each carries a `version`."""

    @classmethod
    def update_if(cls, pk: int, expect: dict[str, object], **values: object) -> bool:
        """UPDATE row `pk` with `values` (and the next version) only while it still matches
        `expect` (say, the version an editor saw); False if it no longer does."""
        changed = cls._default_manager.filter(pk=pk, **expect)
        return bool(changed.update(**values, version=F("version") + 1))


class Story(models.Model):
    """One news story: an article and its reprints, syndicated copies and updated versions
    (tracker.linking.stories). Counts of statements and talking points count stories, so a
    wire story printed by five outlets, or a pull-quote repeating the body, counts once."""

    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "stories"

    def __str__(self) -> str:
        return f"Story {self.pk}"


class Source(Versioned, models.Model):
    """One article, its text stored exactly as ingested (after NFC and newline normalisation)."""

    class DateOrigin(models.TextChoices):
        METADATA = "metadata", "from metadata"
        DATELINE = "dateline", "from the dateline"
        MANUAL = "manual", "set by an editor"
        NONE = "none", "undated"

    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=2000, null=True, blank=True, unique=True)
    published = models.DateField(null=True, blank=True)
    date_origin = models.CharField(
        max_length=10, choices=DateOrigin.choices, default=DateOrigin.NONE
    )
    text = models.TextField()
    content_hash = models.CharField(max_length=64, unique=True)
    origin = models.CharField(
        max_length=300, blank=True, help_text="File name or form it came from"
    )
    ingested_at = models.DateTimeField(default=timezone.now)
    extractor_version = models.CharField(max_length=40, blank=True)
    version = models.PositiveIntegerField(default=1)
    # The story it tells (set at ingest; `manage.py stories` groups articles stored before).
    story = models.ForeignKey(
        Story, null=True, blank=True, on_delete=models.SET_NULL, related_name="sources"
    )

    class Meta:
        ordering = [F("published").desc(nulls_last=True), "-ingested_at"]
        indexes = [
            # Home page "latest articles" and the source list.
            models.Index(F("ingested_at").desc(), name="source_ingested_idx"),
            models.Index(fields=["published"], name="source_published_idx"),
            models.Index(fields=["outlet"], name="source_outlet_idx"),
        ]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("source-detail", args=[self.pk])


class Speaker(Versioned, models.Model):
    """A canonical person or organisation that quotations are attributed to."""

    class Kind(models.TextChoices):
        PERSON = "person", "person"
        ORGANISATION = "organisation", "organisation"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.PERSON)
    role = models.CharField(max_length=300, blank=True, help_text="The current role")
    # Identity (tracker.identity): people are matched across articles on the structure of
    # their name, looked up by family name; organisations by their name or an alias.
    family_key = models.CharField(max_length=200, blank=True, editable=False)
    external_id = models.CharField(
        max_length=100, blank=True, help_text="An id elsewhere, e.g. a Wikidata QID (Q42)"
    )
    affiliation = models.CharField(max_length=200, blank=True, help_text="Party or affiliation")
    registered = models.BooleanField(
        default=False, help_text="Seeded from a registry file: matched first, never pruned"
    )
    created_at = models.DateTimeField(default=timezone.now)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["name"]
        indexes = [
            models.Index(fields=["name"], name="speaker_name_idx"),
            models.Index(fields=["family_key"], name="speaker_family_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("speaker-detail", args=[self.slug])


class SpeakerAlias(models.Model):
    """Another name for a speaker; the normalised form is unique across all speakers."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=200)
    normalised = models.CharField(max_length=200, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["alias"]
        verbose_name_plural = "speaker aliases"

    def __str__(self) -> str:
        return self.alias

    def save(self, *args, **kwargs) -> None:
        self.normalised = normalise_name(self.alias)
        super().save(*args, **kwargs)


class SpeakerRole(models.Model):
    """A role an article gave a speaker, with the dates of the first and last such article."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="roles")
    title = models.CharField(max_length=300)
    first_date = models.DateField(null=True, blank=True)
    last_date = models.DateField(null=True, blank=True)
    articles = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = [F("last_date").desc(nulls_last=True), "title"]
        constraints = [
            models.UniqueConstraint(fields=["speaker", "title"], name="speaker_role_unique")
        ]

    def __str__(self) -> str:
        return self.title


class Statement(models.Model):
    """Quotations that report the same utterance, or a talking point a speaker repeats."""

    class Kind(models.TextChoices):
        UTTERANCE = "utterance", "same statement"
        TALKING_POINT = "talking_point", "talking point"

    text = models.TextField(help_text="The fullest variant, shown as the statement")
    kind = models.CharField(max_length=14, choices=Kind.choices, default=Kind.UTTERANCE)
    quotation_count = models.PositiveIntegerField(default=0)
    # Independent stories quoting it: what lists rank by and pages show (tracker.linking.stats).
    story_count = models.PositiveIntegerField(default=0)
    first_date = models.DateField(null=True, blank=True)
    last_date = models.DateField(null=True, blank=True)
    has_conflict = models.BooleanField(
        default=False,
        help_text="Independent stories attribute it, confidently, to different speakers",
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    # Linking (owned by the linking engineer): `text` normalised, so linking a new article
    # compares against stored statements without re-normalising them. Blank means "work it out".
    normalised = models.TextField(blank=True, editable=False)

    class Meta:
        ordering = ["-quotation_count", "-last_date"]
        indexes = [
            # "Repeated most" lists on the home and speaker pages.
            models.Index(F("quotation_count").desc(), name="statement_count_idx"),
            # Home page "repeated most lately": by stories.
            models.Index(F("story_count").desc(), "last_date", name="statement_story_idx"),
            models.Index(fields=["last_date"], name="statement_last_date_idx"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return reverse("statement-detail", args=[self.pk])


class QuotationQuerySet(models.QuerySet):
    """The named subsets of quotations; every module asks for them by these names."""

    def live(self) -> QuotationQuerySet:
        """Everything the pages count and show: not flagged as not a quote by an editor."""
        return self.filter(not_a_quote=False)

    def as_rows(self, *related: str) -> QuotationQuerySet:
        """Read as the lists draw them (search, timelines, statements, compare): with their
        source and `related` in the same query, but not the article's text, which a row never
        shows (a few KB per row, read, decoded and cached for nothing)."""
        return self.select_related("source", *related).defer("source__text")

    def human_decided(self) -> QuotationQuerySet:
        """Carrying an editor's decision that re-running extraction or linking must keep:
        a confirmed or corrected speaker, an edited span, the not-a-quote flag, or a manual
        link or unlink."""
        return self.filter(HUMAN_DECISION)

    def undecided(self) -> QuotationQuerySet:
        """No editor decided anything about them: extraction may replace them."""
        return self.exclude(HUMAN_DECISION)

    def doubtful(self) -> QuotationQuerySet:
        """Live, no editor decided on the speaker, and something is doubtful: no speaker, a
        confidence under LOW_CONFIDENCE, a pronoun or role noun as the mention ("he", "the
        top diplomat"), or a statement whose outlets disagree on who said it. The review
        queue."""
        return (
            self.live()
            .filter(attribution_status=Quotation.Status.AUTO)
            .filter(UNATTRIBUTED | LOW | INDIRECT | CONFLICT)
        )


LOW_CONFIDENCE = 0.6
# A mention that is not a name: a pronoun, or a noun phrase led by an article or possessive.
PRONOUN_MENTIONS = sorted(PRONOUNS)  # the identity gate's list: one list of pronouns
LEADING_DETERMINERS = ("the", "a", "an", "his", "her", "its", "their", "our")
INDIRECT_MENTION = rf"^(({'|'.join(PRONOUN_MENTIONS)})$|({'|'.join(LEADING_DETERMINERS)}) )"


def is_indirect_mention(mention: str) -> bool:
    """The same rule as INDIRECT (which the database applies), for one mention in Python."""
    return re.match(INDIRECT_MENTION, " ".join(mention.lower().split())) is not None


UNATTRIBUTED = Q(speaker__isnull=True)
LOW = Q(confidence__lt=LOW_CONFIDENCE)
INDIRECT = Q(speaker_mention__iregex=INDIRECT_MENTION)
CONFLICT = Q(statement__has_conflict=True)
HUMAN_DECISION = (
    ~Q(attribution_status="auto")
    | Q(span_edited=True)
    | Q(not_a_quote=True)
    | Q(statement_locked=True)
)


class Quotation(Versioned, models.Model):
    """An exact span of a source's text, attributed (or not) to a speaker."""

    class Status(models.TextChoices):
        AUTO = "auto", "extracted"
        CONFIRMED = "confirmed", "confirmed by an editor"
        CORRECTED = "corrected", "corrected by an editor"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="quotations")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()
    # No single-column indexes on speaker and statement: the composite indexes below lead with
    # them and serve the same lookups, and every index costs a write when relinking rewrites a
    # million rows.
    speaker = models.ForeignKey(
        Speaker,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quotations",
        db_index=False,
    )
    speaker_mention = models.CharField(max_length=300, blank=True)
    # No speaker row: the source as the article describes it ("a State Department official"),
    # or a bare name the article does not resolve ("Clinton"), which waits for an editor.
    # With a speaker row: the bare name rule `one_of_the_family` bound to it ("Obama").
    speaker_description = models.CharField(max_length=300, blank=True)
    speaker_ambiguous = models.BooleanField(default=False)
    cue = models.CharField(max_length=100, blank=True)
    confidence = models.FloatField(default=1.0)
    is_partial = models.BooleanField(default=False)
    # Copied from the source so the timeline index (speaker, date) serves whole pages.
    published = models.DateField(null=True, blank=True)
    statement = models.ForeignKey(
        Statement,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quotations",
        db_index=False,
    )
    # Human decisions: re-running extraction or linking must never undo these.
    attribution_status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.AUTO
    )
    span_edited = models.BooleanField(default=False)
    not_a_quote = models.BooleanField(default=False)
    statement_locked = models.BooleanField(
        default=False, help_text="An editor linked or unlinked it; relinking leaves it alone"
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,  # the partial index below: most quotations no editor ever touched
    )
    changed_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now)

    objects = QuotationQuerySet.as_manager()

    class Meta:
        ordering = ["source_id", "start"]
        permissions = [("edit_quotations", "Can correct quotations, speakers and statements")]
        indexes = [
            # Speaker timeline: one speaker's quotations by date.
            models.Index(fields=["speaker", "-published", "-id"], name="quote_speaker_date_idx"),
            # Statement page: a statement's occurrences by date.
            models.Index(fields=["statement", "published"], name="quote_statement_date_idx"),
            # Dashboard: newest quotations of everyone (search without words, the JSON API).
            models.Index(fields=["-published", "-id"], name="quote_published_idx"),
            # Speaker aggregates (activity, tallies, sparklines) read this index alone on
            # PostgreSQL (index-only scans). Made there by migration 0008 in SQL, declared
            # here since 0015 (state only); SQLite has no need of it.
            models.Index(
                fields=["speaker", "published"],
                include=["statement"],
                condition=Q(not_a_quote=False),
                name="quote_speaker_stats_idx",
            ),
            # Deleting a user clears their name from the quotations they changed.
            models.Index(
                fields=["changed_by"],
                condition=Q(changed_by__isnull=False),
                name="quote_changed_by_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="quote_span_not_empty"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        """The quotation's own, citable page."""
        return reverse("quotation-detail", args=[self.pk])

    def get_reader_url(self) -> str:
        """The quotation highlighted in its article."""
        return reverse("source-detail", args=[self.source_id]) + f"#q{self.pk}"

    @property
    def bound_by_family(self) -> bool:
        """Rule `one_of_the_family` bound the bare family name its article wrote ("Obama",
        kept as the description) to this speaker, and no editor has checked it since."""
        return (
            self.speaker_id is not None
            and bool(self.speaker_description)
            and self.attribution_status == self.Status.AUTO
        )

    @property
    def bound_by_family_note(self) -> str:
        """What the "by family name" badge explains."""
        return (
            f"The article writes only “{self.speaker_description}”: bound to the one person "
            "of that family the tracker knows (rule one_of_the_family)"
        )

    @property
    def is_human_checked(self) -> bool:
        return self.attribution_status != self.Status.AUTO


class QuotationSuccessor(models.Model):
    """A quotation that re-extraction replaced, and the one that took its place (its span
    moved): the old quotation's page redirects there, so citations keep working."""

    old_id = models.BigIntegerField(primary_key=True)
    successor = models.ForeignKey(Quotation, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.old_id} -> {self.successor_id}"


class SpeakerRedirect(models.Model):
    """A merged speaker's old id (slug) and the speaker it was merged into: the old page
    redirects there, so links to it keep working."""

    old_slug = models.SlugField(max_length=220, unique=True)
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.old_slug} -> {self.speaker_id}"


class Correction(models.Model):
    """An audit row for one manual change; undo replays old_value (or `payload` for merges).

    Each action is one class in the registry tracker.services.actions (its change, undo and
    payload side by side); its label (how the history pages read it) is the choice's label here.
    """

    class Action(models.TextChoices):
        REATTRIBUTE = "reattribute", "Reattributed"
        CONFIRM = "confirm", "Confirmed the speaker of"
        NOT_A_QUOTE = "not_a_quote", "Marked as not a quote:"
        RESTORE_QUOTE = "restore_quote", "Restored as a quote:"
        EDIT_SPAN = "edit_span", "Changed the span of"
        CREATE_QUOTE = "create_quote", "Marked by hand as a quotation:"
        LINK = "link", "Linked"
        UNLINK = "unlink", "Unlinked"
        MERGE_STATEMENTS = "merge_statements", "Merged another statement into"
        MERGE_SPEAKERS = "merge_speakers", "Merged another speaker into"
        SPLIT_ALIAS = "split_alias", "Split a name off"
        EDIT_NAME = "edit_name", "Renamed"
        EDIT_ROLE = "edit_role", "Changed the role of"
        EDIT_KIND = "edit_kind", "Changed the kind of"
        EDIT_EXTERNAL_ID = "edit_external_id", "Changed the external id of"
        EDIT_AFFILIATION = "edit_affiliation", "Changed the affiliation of"
        EDIT_TITLE = "edit_title", "Changed the title of"
        EDIT_OUTLET = "edit_outlet", "Changed the outlet of"
        EDIT_PUBLISHED = "edit_published", "Changed the date of"
        UNDO = "undo", "Undid a change to"

        @classmethod
        def edit(cls, field: str) -> Correction.Action:
            """The action that edits `field` of a speaker or an article."""
            return cls(f"edit_{field}")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="corrections"
    )
    created_at = models.DateTimeField(default=timezone.now)
    action = models.CharField(max_length=40, choices=Action.choices)
    target_type = models.CharField(max_length=20)  # "quotation", "speaker", "source", "statement"
    target_id = models.BigIntegerField()
    field = models.CharField(max_length=60, blank=True)
    old_value = models.JSONField(null=True, blank=True)
    new_value = models.JSONField(null=True, blank=True)
    payload = models.JSONField(default=dict, blank=True)
    reason = models.TextField(blank=True)
    undone_by = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="undoes"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(
                fields=["target_type", "target_id", "-created_at"], name="correction_target_idx"
            ),
            models.Index(F("created_at").desc(), name="correction_recent_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.action} {self.target_type} {self.target_id}"


class DataGeneration(models.Model):
    """One row: the data generation, which every cached value is keyed by.

    Every write service bumps it once its transaction commits (tracker.services.generation).
    `rebuilt` is the generation of the last change that did more than add quotations: results
    brought up to date with new quotations only (tracker.services.incremental) start afresh
    when it moves.
    """

    value = models.BigIntegerField(default=0)
    rebuilt = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"generation {self.value} (rebuilt at {self.rebuilt})"


class Rebuild(models.Model):
    """A log of the commands that did more than add quotations (relinking every statement,
    extracting an article again), listed in the admin."""

    class Kind(models.TextChoices):
        RELINK = "relink", "statements rebuilt"
        REPROCESS = "reprocess", "article extracted again"
        TALKING_POINTS = "talking_points", "talking points found again"

    kind = models.CharField(max_length=14, choices=Kind.choices)
    created_at = models.DateTimeField(default=timezone.now)
    summary = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} at {self.created_at:%Y-%m-%d %H:%M}"


# --- Linking (owned by the linking engineer) -----------------------------------------------


class StatementKey(models.Model):
    """A candidate key (hashed word 3-shingle) of a statement's representative text.

    Linking a new quotation looks its keys up here instead of scanning quotations. A key is
    posted for at most KEY_CAP + 1 statements (tracker.linking.grouping); a key with more is
    too common to be useful and is skipped at lookup.
    """

    pk = models.CompositePrimaryKey("key", "statement")
    key = models.BigIntegerField()
    # No database constraint: relinking bulk-writes millions of rows and cleans up itself.
    statement = models.ForeignKey(
        Statement,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,  # the named index below, which relinking drops and rebuilds
        related_name="+",
    )

    class Meta:
        indexes = [models.Index(fields=["statement"], name="statementkey_statement_idx")]

    def __str__(self) -> str:
        return f"{self.key} -> {self.statement_id}"


class SourceSketch(models.Model):
    """One hash of an article's bottom-k MinHash sketch (tracker.linking.stories): a new
    article finds its reprints through the hashes it shares with them."""

    pk = models.CompositePrimaryKey("key", "source")
    key = models.BigIntegerField()
    source = models.ForeignKey(
        Source, on_delete=models.CASCADE, related_name="+", db_index=False
    )

    class Meta:
        indexes = [models.Index(fields=["source"], name="sourcesketch_source_idx")]

    def __str__(self) -> str:
        return f"{self.key} -> {self.source_id}"


class StatementRedirect(models.Model):
    """A statement id that is no more (merged into another, or rebuilt under a new id): its
    URL answers 301 to the successor, so links people saved keep working."""

    old_id = models.BigIntegerField(primary_key=True)
    statement = models.ForeignKey(
        Statement, on_delete=models.DO_NOTHING, related_name="+", db_constraint=False
    )  # repointed by whoever retires a statement (tracker.services.linking.retire)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.old_id} -> {self.statement_id}"


class TalkingPoint(models.Model):
    """A phrase of 2-8 words one speaker says again in different stories over time
    (tracker.linking.phrases); found again over all quotations by `manage.py talking_points`."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="talking_points")
    phrase = models.CharField(max_length=300, help_text="As the speaker was first quoted")
    normalised = models.CharField(max_length=300)
    story_count = models.PositiveIntegerField(default=0)
    outlet_count = models.PositiveIntegerField(default=0)
    quotation_count = models.PositiveIntegerField(default=0)
    first_date = models.DateField(null=True, blank=True)
    last_date = models.DateField(null=True, blank=True)
    # The share of all stories with the phrase, whoever is quoted, that are the speaker's.
    share = models.FloatField(default=0.0)
    score = models.FloatField(default=0.0)

    class Meta:
        ordering = ["-score", "-story_count", "phrase"]
        indexes = [
            # A speaker's page: their talking points, most stories first.
            models.Index(fields=["speaker", "-story_count"], name="talkingpoint_speaker_idx"),
        ]

    def __str__(self) -> str:
        return self.phrase

    def get_absolute_url(self) -> str:
        return reverse("talking-point-detail", args=[self.pk])


class TalkingPointUse(models.Model):
    """A quotation with the phrase in it: the speaker's own use, or someone else's."""

    talking_point = models.ForeignKey(TalkingPoint, on_delete=models.CASCADE, related_name="uses")
    quotation = models.ForeignKey(Quotation, on_delete=models.CASCADE, related_name="+")
    own = models.BooleanField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["talking_point", "quotation"], name="talkingpointuse_unique"
            )
        ]
        indexes = [models.Index(fields=["quotation"], name="talkingpointuse_quotation_idx")]

    def __str__(self) -> str:
        return f"{self.talking_point} in {self.quotation_id}"


# --- Background jobs and feeds (ingest at scale) --------------------------------------------


class IngestJob(models.Model):
    """One heavy action run by the task workers: an upload or batch, a fetch, reprocess,
    relink or a feed poll. Its work is split into JobUnits so several workers share it."""

    class Kind(models.TextChoices):
        INGEST = "ingest", "ingest articles"
        FETCH = "fetch", "fetch a URL"
        REPROCESS = "reprocess", "extract again"
        RELINK = "relink", "rebuild statements"
        FEED = "feed", "poll a feed"

    class Status(models.TextChoices):
        QUEUED = "queued", "queued"
        RUNNING = "running", "running"
        DONE = "done", "done"
        FAILED = "failed", "failed"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    label = models.CharField(max_length=300, blank=True)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED)
    options = models.JSONField(default=dict, blank=True)
    # Records the job will go through; 0 until an upload has been read.
    total = models.PositiveIntegerField(default=0)
    prepared = models.BooleanField(default=False)
    error = models.TextField(blank=True)
    summary = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.label or f"{self.get_kind_display()} #{self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("job-detail", args=[self.pk])


class JobFile(models.Model):
    """An uploaded file kept in the database until its job has read it, so a worker on
    another machine can read it too."""

    job = models.ForeignKey(IngestJob, on_delete=models.CASCADE, related_name="files")
    name = models.CharField(max_length=300)
    data = models.BinaryField()

    def __str__(self) -> str:
        return self.name


class JobUnit(models.Model):
    """A slice of a job that one worker runs at a time. `position` counts the records done;
    it is written in the same transaction as each article, so a unit picked up again after
    its worker died goes on where it stopped, storing nothing twice."""

    class Status(models.TextChoices):
        QUEUED = "queued", "queued"
        RUNNING = "running", "running"
        DONE = "done", "done"
        FAILED = "failed", "failed"

    job = models.ForeignKey(IngestJob, on_delete=models.CASCADE, related_name="units")
    index = models.PositiveIntegerField()
    records = models.JSONField(default=list, blank=True)
    size = models.PositiveIntegerField(default=0)
    position = models.PositiveIntegerField(default=0)
    ingested = models.PositiveIntegerField(default=0)
    duplicates = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED)
    task_id = models.CharField(max_length=64, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    heartbeat_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["job", "index"]
        constraints = [
            models.UniqueConstraint(fields=["job", "index"], name="jobunit_job_index_uniq")
        ]
        indexes = [
            models.Index(
                fields=["heartbeat_at"],
                condition=Q(status="running"),
                name="jobunit_running_idx",
            )
        ]

    def __str__(self) -> str:
        return f"job {self.job_id} unit {self.index}"


class JobFailure(models.Model):
    """A record a job could not store: the file, line and field, and why."""

    job = models.ForeignKey(IngestJob, on_delete=models.CASCADE, related_name="failures")
    where = models.CharField(max_length=400)
    file = models.CharField(max_length=300, blank=True)
    line = models.PositiveIntegerField(null=True, blank=True)
    field = models.CharField(max_length=60, blank=True)
    message = models.TextField()

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.message[:80]


class JobArticle(models.Model):
    """An article a job stored (the job page links each)."""

    job = models.ForeignKey(IngestJob, on_delete=models.CASCADE, related_name="articles")
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="+")
    quotations = models.PositiveIntegerField(default=0)
    # Stored, but the input needed a guess worth a look (an encoding, say).
    warning = models.CharField(max_length=500, blank=True, default="")

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"job {self.job_id}: source {self.source_id}"


class Feed(models.Model):
    """An RSS/Atom feed or a sitemap an editor subscribed to; polled by the workers."""

    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=300, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    active = models.BooleanField(default=True)
    etag = models.CharField(max_length=300, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    next_poll_at = models.DateTimeField(default=timezone.now)
    last_error = models.TextField(blank=True)
    failures = models.PositiveIntegerField(default=0)
    articles = models.PositiveIntegerField(default=0)
    items_seen = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["title", "url"]

    def __str__(self) -> str:
        return self.title or self.url


class FeedHost(models.Model):
    """When the workers may next send a request to a host: one request per host per
    FEED_HOST_INTERVAL_SECONDS, across every worker."""

    host = models.CharField(max_length=255, unique=True)
    next_request_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.host


# --- Following: watches, alerts and where they go -----------------------------------------


class Watch(models.Model):
    """One thing a user follows. `anchor` files it under the most selective thing it needs
    (tracker.services.watch_terms), so a new article looks up only the watches it can meet."""

    class Kind(models.TextChoices):
        SPEAKER = "speaker", "speaker"
        STATEMENT = "statement", "statement"
        SEARCH = "search", "saved search"
        OUTLET = "outlet", "outlet"
        TALKING_POINT = "talking_point", "talking point"

    class Cadence(models.TextChoices):
        IMMEDIATE = "immediate", "at once"
        DAILY = "daily", "in a daily digest"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="watches"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # Relinking gives statements new ids: the watch stays (with its text) instead of vanishing.
    statement = models.ForeignKey(
        Statement, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # `manage.py talking_points` rebuilds every talking point: the watch keeps its speaker and
    # phrase, matches by them, and is attached again to the new row with the same phrase.
    talking_point = models.ForeignKey(
        TalkingPoint, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    phrase = models.CharField(
        max_length=300, blank=True, help_text="A talking point's normalised words"
    )
    outlet = models.CharField(max_length=200, blank=True)
    query = models.CharField(max_length=200, blank=True, help_text="Topic words")
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)
    label = models.CharField(max_length=300, help_text="What it follows, as shown to the user")
    cadence = models.CharField(max_length=10, choices=Cadence.choices, default=Cadence.IMMEDIATE)
    by_email = models.BooleanField(default=False)
    by_webhook = models.BooleanField(default=False)
    # tracker.services.watch_terms.anchor_key of the watch's anchor
    anchor = models.BigIntegerField(editable=False)
    signature = models.CharField(max_length=600, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            # Matching a new article: the watches filed under the anchors it offers.
            models.Index(fields=["anchor"], name="watch_anchor_idx"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["user", "signature"], name="watch_once_per_user"),
        ]

    def __str__(self) -> str:
        return self.label

    def get_absolute_url(self) -> str:
        return reverse("following") + f"#watch-{self.pk}"


class AlertSettings(models.Model):
    """Where a user's alerts go besides the in-app list."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="alert_settings"
    )
    email = models.EmailField(blank=True)
    webhook_url = models.URLField(max_length=2000, blank=True)
    webhook_secret = models.CharField(max_length=64)

    class Meta:
        verbose_name_plural = "alert settings"

    def __str__(self) -> str:
        return f"Alert settings of {self.user}"


class Alert(models.Model):
    """One story that met some of a user's watches: one per story, whatever its reprints."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="alerts"
    )
    story_key = models.CharField(max_length=100)
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    immediate = models.BooleanField(default=True)
    by_email = models.BooleanField(default=False)
    by_webhook = models.BooleanField(default=False)
    content = models.JSONField(default=dict)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    posted_at = models.DateTimeField(null=True, blank=True)
    webhook_attempts = models.PositiveSmallIntegerField(default=0)
    webhook_error = models.CharField(max_length=300, blank=True)
    digest_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="alert_user_recent_idx"),
            # The unread count in every logged-in page's header.
            models.Index(
                fields=["user"], condition=Q(read_at__isnull=True), name="alert_unread_idx"
            ),
            # The daily digest: alerts still waiting to be sent.
            models.Index(
                fields=["user"],
                condition=Q(immediate=False, digest_sent_at__isnull=True),
                name="alert_digest_pending_idx",
            ),
        ]
        constraints = [
            models.UniqueConstraint(fields=["user", "story_key"], name="alert_once_per_story"),
        ]

    def __str__(self) -> str:
        return f"{self.content.get('title', 'Alert')} for {self.user}"

    def get_absolute_url(self) -> str:
        return reverse("notification-list") + f"#alert-{self.pk}"
