"""Root URLconf, grouped by resource (the prefix is in each group's comment)."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from tracker.views import ingest

# /sources/
source_urls = [
    path("new/", ingest.source_create, name="source-create"),
]

urlpatterns = [
    path("sources/", include(source_urls)),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
]
