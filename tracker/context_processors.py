from __future__ import annotations

from django.http import HttpRequest

from tracker.permissions import is_editor


def permissions(request: HttpRequest) -> dict[str, bool]:
    return {"is_editor": is_editor(request.user)}
