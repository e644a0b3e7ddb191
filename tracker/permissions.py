"""Who may change things: editors are users with the edit permission (the "Editors" group)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from tracker.models import EDIT_PERMISSION


def is_editor(user: Any) -> bool:
    return bool(user.is_authenticated and user.is_active and user.has_perm(EDIT_PERMISSION))


def editor_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Anonymous users go to the login page; logged-in non-editors get 403."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            if request.method != "GET":
                raise PermissionDenied("Log in as an editor to make changes.")
            return redirect_to_login(request.get_full_path())
        if not is_editor(request.user):
            raise PermissionDenied("Your account may read but not edit.")
        return view(request, *args, **kwargs)

    return wrapper
