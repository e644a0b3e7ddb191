"""Root URLconf, grouped by resource (the prefix is in each group's comment)."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from tracker.views import api, compare, dashboard, ingest, quotations, sources, speakers, statements

# /sources/
source_urls = [
    path("", sources.source_list, name="source-list"),
    path("new/", ingest.source_create, name="source-create"),
    path("<int:pk>/", sources.source_detail, name="source-detail"),
]

# /speakers/
speaker_urls = [
    path("", speakers.speaker_list, name="speaker-list"),
    path("<slug:slug>/", speakers.speaker_detail, name="speaker-detail"),
]

# /quotations/ (search) and /statements/
quotation_urls = [
    path("", quotations.quotation_list, name="quotation-list"),
    path("export.<str:fmt>", quotations.quotation_export, name="quotation-export"),
]
statement_urls = [
    path("<int:pk>/", statements.statement_detail, name="statement-detail"),
]

# /compare/
compare_urls = [
    path("", compare.compare, name="compare"),
    path("export.<str:fmt>", compare.compare_export, name="compare-export"),
]

# /api/ (read-only JSON)
api_urls = [
    path("quotations/", api.api_quotations, name="api-quotations"),
    path("speakers/", api.api_speakers, name="api-speakers"),
    path("statements/", api.api_statements, name="api-statements"),
]

urlpatterns = [
    path("", dashboard.home, name="home"),
    # Corrections, history, review (tracker/correction_urls.py, corrections engineer).
    path("", include("tracker.correction_urls")),
    path("sources/", include(source_urls)),
    path("speakers/", include(speaker_urls)),
    path("quotations/", include(quotation_urls)),
    path("statements/", include(statement_urls)),
    path("compare/", include(compare_urls)),
    path("api/", include(api_urls)),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
]
