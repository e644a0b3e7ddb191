from django.contrib import admin

from tracker.models import (
    Alert,
    Correction,
    Quotation,
    Rebuild,
    Source,
    Speaker,
    SpeakerAlias,
    SpeakerRole,
    Statement,
    Watch,
)
from tracker.services.speakers import refresh_family_key


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published", "date_origin", "ingested_at"]
    list_filter = ["outlet", "date_origin", "extractor_version"]
    search_fields = ["title", "outlet", "url", "text"]
    date_hierarchy = "ingested_at"
    readonly_fields = ["content_hash", "ingested_at", "extractor_version"]


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    fields = ["alias"]
    extra = 0


class SpeakerRoleInline(admin.TabularInline):
    model = SpeakerRole
    fields = ["title", "first_date", "last_date", "articles"]
    extra = 0


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    """The fields of the registry file (import_speakers / export_speakers)."""

    list_display = ["name", "kind", "role", "affiliation", "external_id", "registered"]
    list_filter = ["kind", "registered"]
    search_fields = ["name", "role", "aliases__alias", "external_id", "affiliation"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "slug", "kind", "role", "external_id", "affiliation", "registered"]
    inlines = [SpeakerAliasInline, SpeakerRoleInline]

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        refresh_family_key(obj.pk)


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(admin.ModelAdmin):
    list_display = ["alias", "speaker", "normalised"]
    search_fields = ["alias", "speaker__name"]
    list_select_related = ["speaker"]
    readonly_fields = ["normalised"]


@admin.register(Quotation)
class QuotationAdmin(admin.ModelAdmin):
    list_display = ["text", "speaker", "source", "published", "confidence", "attribution_status"]
    list_filter = ["attribution_status", "is_partial", "not_a_quote", "statement_locked"]
    search_fields = ["text", "speaker__name", "speaker_mention", "source__title"]
    list_select_related = ["speaker", "source"]
    raw_id_fields = ["source", "speaker", "statement", "changed_by"]


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ["text", "kind", "quotation_count", "first_date", "last_date", "has_conflict"]
    list_filter = ["kind", "has_conflict"]
    search_fields = ["text"]


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    list_display = ["created_at", "user", "action", "target_type", "target_id", "field"]
    list_filter = ["action", "target_type"]
    search_fields = ["reason", "field"]
    raw_id_fields = ["user", "undone_by"]


@admin.register(Rebuild)
class RebuildAdmin(admin.ModelAdmin):
    """A log written by relink and reprocess; read-only here."""

    list_display = ["created_at", "kind", "summary"]
    list_filter = ["kind"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


# --- Following: users make watches through the Follow buttons; admins see and remove them --


@admin.register(Watch)
class WatchAdmin(admin.ModelAdmin):
    list_display = ["label", "user", "kind", "cadence", "by_email", "by_webhook", "created_at"]
    list_filter = ["kind", "cadence"]
    search_fields = ["label", "user__username"]
    list_select_related = ["user"]
    readonly_fields = [
        "user",
        "kind",
        "speaker",
        "statement",
        "talking_point",
        "phrase",
        "outlet",
        "query",
        "start",
        "end",
        "label",
        "created_at",
    ]

    def has_add_permission(self, request) -> bool:
        return False  # the anchor is worked out by tracker.services.watches.follow


@admin.register(Alert)
class AlertAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "user",
        "created_at",
        "immediate",
        "read_at",
        "emailed_at",
        "posted_at",
        "webhook_error",
    ]
    list_filter = ["immediate"]
    search_fields = ["user__username", "story_key"]
    list_select_related = ["user"]
    raw_id_fields = ["user", "source"]

    def has_add_permission(self, request) -> bool:
        return False
