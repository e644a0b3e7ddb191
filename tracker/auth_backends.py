"""Django's ModelBackend with a cheaper has_perm for the one question every page asks.

Each page asks "is this user an editor?" (for the controls it shows). ModelBackend answers by
loading every permission of the user and of their groups: two queries and two sets per request,
a quarter of a logged-in reader's page. One EXISTS query for the permission asked answers the
same, with the same rules: inactive users have none, superusers have all. And since every
page of a logged-in user asks it, the answer for the edit permission comes with the user
(get_user): one query per request for both.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.db.models import Exists, OuterRef, Q, QuerySet

from tracker.models import EDIT_PERMISSION


def _granted(perm: str, user: Any) -> QuerySet[Permission]:
    """The permission `perm` ("app_label.codename") held by `user` directly or by a group."""
    app_label, codename = perm.split(".", 1)
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).filter(
        Q(user=user) | Q(group__user=user)
    )


class PermissionBackend(ModelBackend):
    def get_user(self, user_id: Any) -> Any:
        user = (
            get_user_model()
            ._default_manager.annotate(may_edit=Exists(_granted(EDIT_PERMISSION, OuterRef("pk"))))
            .filter(pk=user_id)
            .first()
        )
        if user is None or not self.user_can_authenticate(user):
            return None
        user.__dict__.setdefault("_single_perm_cache", {})[EDIT_PERMISSION] = user.may_edit
        return user

    def has_perm(self, user_obj: Any, perm: str, obj: Any = None) -> bool:
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return False
        if user_obj.is_superuser:
            return True
        if hasattr(user_obj, "_perm_cache"):  # everything is loaded already (the admin does)
            return perm in user_obj._perm_cache
        known = user_obj.__dict__.setdefault("_single_perm_cache", {})
        if perm not in known:
            known[perm] = _granted(perm, user_obj).exists()
        return known[perm]
