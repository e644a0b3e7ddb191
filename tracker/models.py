"""Quote Tracker's data: sources, speakers, quotations, statements and the audit trail."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from tracker.names import normalise_name

EDITOR_GROUP = "Editors"
EDIT_PERMISSION = "tracker.edit_quotations"


class Source(models.Model):
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


class Speaker(models.Model):
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


class SpeakerRedirect(models.Model):
    """The slug of a speaker merged into another: its old page answers 301 to the survivor."""

    old_slug = models.SlugField(max_length=220, unique=True)
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="redirects")
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.old_slug} -> {self.speaker_id}"


class Statement(models.Model):
    """Quotations that report the same utterance, or a talking point a speaker repeats."""

    class Kind(models.TextChoices):
        UTTERANCE = "utterance", "same statement"
        TALKING_POINT = "talking_point", "talking point"

    text = models.TextField(help_text="The fullest variant, shown as the statement")
    kind = models.CharField(max_length=14, choices=Kind.choices, default=Kind.UTTERANCE)
    quotation_count = models.PositiveIntegerField(default=0)
    first_date = models.DateField(null=True, blank=True)
    last_date = models.DateField(null=True, blank=True)
    has_conflict = models.BooleanField(
        default=False, help_text="Its quotations are attributed to different speakers"
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
            models.Index(fields=["last_date"], name="statement_last_date_idx"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return reverse("statement-detail", args=[self.pk])


class Quotation(models.Model):
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
        return reverse("source-detail", args=[self.source_id]) + f"#q{self.pk}"

    @property
    def is_unnamed(self) -> bool:
        return self.speaker_id is None and bool(self.speaker_description)

    @property
    def is_human_checked(self) -> bool:
        return self.attribution_status != self.Status.AUTO


class Correction(models.Model):
    """An audit row for one manual change; undo replays old_value (or `payload` for merges)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="corrections"
    )
    created_at = models.DateTimeField(default=timezone.now)
    action = models.CharField(max_length=40)
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


class Rebuild(models.Model):
    """A change by a command that did more than add quotations: relinking every statement, or
    extracting an article again (its old quotations replaced). Cached results are brought up
    to date with new quotations only until one of these, or an editor's change, happens."""

    class Kind(models.TextChoices):
        RELINK = "relink", "statements rebuilt"
        REPROCESS = "reprocess", "article extracted again"

    kind = models.CharField(max_length=10, choices=Kind.choices)
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
