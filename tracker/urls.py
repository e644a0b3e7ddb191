"""Root URLconf, grouped by resource (the prefix is in each group's comment)."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from tracker import feeds as atom_feeds
from tracker.throttle import ThrottledAdminAuthenticationForm, ThrottledLoginView
from tracker.views import (
    api,
    compare,
    corrections,
    dashboard,
    feeds,
    following,
    history,
    ingest,
    jobs,
    pickers,
    quotations,
    quote_page,
    record_edits,
    review,
    sources,
    speakers,
    statements,
    talking_points,
)

# /sources/
source_urls = [
    path("", sources.source_list, name="source-list"),
    path("new/", ingest.source_create, name="source-create"),
    path("<int:pk>/", sources.source_detail, name="source-detail"),
    path("<int:pk>/edit/", record_edits.source_update, name="source-update"),
    path("<int:pk>/quotations/new/", pickers.quotation_create, name="quotation-create"),
]

# /speakers/
speaker_urls = [
    path("", speakers.speaker_list, name="speaker-list"),
    path("<slug:slug>/", speakers.speaker_detail, name="speaker-detail"),
    path("<slug:slug>/edit/", record_edits.speaker_update, name="speaker-update"),
    path("<slug:slug>/merge/", record_edits.speaker_merge_view, name="speaker-merge"),
    path("<slug:slug>/split/", record_edits.speaker_split, name="speaker-split"),
    path("<slug:slug>/history/", history.speaker_history, name="speaker-history"),
    path("<slug:slug>/feed/", atom_feeds.SpeakerFeed(), name="speaker-feed"),
]

# /quotations/ (search, exports, and corrections of one quotation)
quotation_urls = [
    path("", quotations.quotation_list, name="quotation-list"),
    path("export.<str:fmt>", quotations.quotation_export, name="quotation-export"),
    path("feed/", atom_feeds.SearchFeed(), name="search-feed"),
    path("<int:pk>/", quote_page.quotation_detail, name="quotation-detail"),
    path("<int:pk>.json", quote_page.quotation_json, name="quotation-json"),
    path("<int:pk>/edit/", corrections.quotation_edit, name="quotation-edit"),
    path("<int:pk>/reattribute/", corrections.quotation_reattribute, name="quotation-reattribute"),
    path("<int:pk>/confirm/", corrections.quotation_confirm, name="quotation-confirm"),
    path("<int:pk>/not-a-quote/", corrections.quotation_not_a_quote, name="quotation-not-a-quote"),
    path("<int:pk>/span/", corrections.quotation_span, name="quotation-span"),
    path("<int:pk>/statement/", corrections.quotation_link, name="quotation-link"),
    path("<int:pk>/history/", history.quotation_history, name="quotation-history"),
]

# /statements/
statement_urls = [
    path("<int:pk>/", statements.statement_detail, name="statement-detail"),
    path("<int:pk>/merge/", record_edits.statement_merge, name="statement-merge"),
    path("<int:pk>/feed/", atom_feeds.StatementFeed(), name="statement-feed"),
]

# /following/ (a user's watches) and /notifications/ (their alerts)
following_urls = [
    path("", following.following, name="following"),
    path("new/", following.watch_create, name="watch-create"),
    path("<int:pk>/edit/", following.watch_update, name="watch-update"),
    path("<int:pk>/delete/", following.watch_delete, name="watch-delete"),
    path("settings/", following.alert_settings_update, name="alert-settings-update"),
]
notification_urls = [
    path("", following.notification_list, name="notification-list"),
    path("read/", following.notifications_read, name="notifications-read"),
]

# /compare/
compare_urls = [
    path("", compare.compare, name="compare"),
    path("export.<str:fmt>", compare.compare_export, name="compare-export"),
]

# /changes/ (the audit trail) and /review/
change_urls = [
    path("", history.correction_list, name="correction-list"),
    path("timezone/", history.set_timezone, name="set-timezone"),
    path("<int:pk>/undo/", history.correction_undo, name="correction-undo"),
]

# /jobs/ and /feeds/ (editors)
job_urls = [
    path("", jobs.job_list, name="job-list"),
    path("start/", jobs.job_start, name="job-start"),
    path("<int:pk>/", jobs.job_detail, name="job-detail"),
    path("<int:pk>/progress/", jobs.job_progress, name="job-progress"),
]
feed_urls = [
    path("", feeds.feed_list, name="feed-list"),
    path("<int:pk>/poll/", feeds.feed_poll, name="feed-poll"),
    path("<int:pk>/active/", feeds.feed_toggle, name="feed-toggle"),
]

# /api/ (read-only JSON)
api_urls = [
    path("", api.api_index, name="api-index"),
    path("openapi.json", api.api_openapi, name="api-openapi"),
    path("quotations/", api.api_quotations, name="api-quotations"),
    path("speakers/", api.api_speakers, name="api-speakers"),
    path("statements/", api.api_statements, name="api-statements"),
]

# The admin's own log-in form counts failures like the site's.
admin.site.login_form = ThrottledAdminAuthenticationForm

urlpatterns = [
    path("", dashboard.home, name="home"),
    path("sources/", include(source_urls)),
    path("jobs/", include(job_urls)),
    path("feeds/", include(feed_urls)),
    path("speakers/", include(speaker_urls)),
    path("quotations/", include(quotation_urls)),
    path("statements/", include(statement_urls)),
    # /talking-points/
    path(
        "talking-points/<int:pk>/",
        talking_points.talking_point_detail,
        name="talking-point-detail",
    ),
    path(
        "talking-points/<int:pk>/feed/",
        atom_feeds.TalkingPointFeed(),
        name="talking-point-feed",
    ),
    path("compare/", include(compare_urls)),
    path("changes/", include(change_urls)),
    path("following/", include(following_urls)),
    path("notifications/", include(notification_urls)),
    path("review/", review.review_queue, name="review-queue"),
    path("autocomplete/speakers/", corrections.speaker_autocomplete, name="speaker-autocomplete"),
    path(
        "autocomplete/statements/", pickers.statement_autocomplete, name="statement-autocomplete"
    ),
    path("api/", include(api_urls)),
    path("accounts/login/", ThrottledLoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
]

handler400 = "tracker.views.errors.bad_request"
