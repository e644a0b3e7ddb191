"""Django's ModelBackend with a cheaper has_perm for the one question every page asks.

Each page asks "is this user an editor?" (for the controls it shows). ModelBackend answers by
loading every permission of the user and of their groups: two queries and two sets per request,
a quarter of a logged-in reader's page. One EXISTS query for the permission asked answers the
same, with the same rules: inactive users have none, superusers have all.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.db.models import Q


class PermissionBackend(ModelBackend):
    def has_perm(self, user_obj: Any, perm: str, obj: Any = None) -> bool:
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return False
        if user_obj.is_superuser:
            return True
        if hasattr(user_obj, "_perm_cache"):  # everything is loaded already (the admin does)
            return perm in user_obj._perm_cache
        known = user_obj.__dict__.setdefault("_single_perm_cache", {})
        if perm not in known:
            app_label, codename = perm.split(".", 1)
            known[perm] = (
                Permission.objects.filter(content_type__app_label=app_label, codename=codename)
                .filter(Q(user=user_obj) | Q(group__user=user_obj))
                .exists()
            )
        return known[perm]
