"""The permission backend: ModelBackend's answers, one query each."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission, User

from tracker.models import EDIT_PERMISSION
from tracker.permissions import is_editor

pytestmark = pytest.mark.django_db


def fresh(user: User) -> User:
    return User.objects.get(pk=user.pk)  # no permission cache from earlier checks


def test_editors_group_grants_editing_in_one_query(editor, django_assert_num_queries):
    user = fresh(editor)
    with django_assert_num_queries(1):
        assert is_editor(user) and user.has_perm(EDIT_PERMISSION)


def test_a_permission_given_to_the_user_directly_counts(reader):
    codename = EDIT_PERMISSION.split(".")[1]
    reader.user_permissions.add(Permission.objects.get(codename=codename))
    assert is_editor(fresh(reader))


def test_readers_inactive_users_and_other_permissions_are_refused(editor, reader):
    assert not is_editor(fresh(reader))
    assert not fresh(editor).has_perm("tracker.delete_quotation")
    assert not fresh(editor).has_perm(EDIT_PERMISSION, obj=object())
    User.objects.filter(pk=editor.pk).update(is_active=False)
    assert not is_editor(fresh(editor))


def test_superusers_have_every_permission_without_a_query(django_assert_num_queries):
    boss = User.objects.create_superuser("boss", password="correct-horse-battery")
    with django_assert_num_queries(0):
        assert boss.has_perm(EDIT_PERMISSION) and boss.has_perm("auth.delete_user")


def test_answers_agree_with_all_permissions_loaded(editor):
    user = fresh(editor)
    everything = user.get_all_permissions()  # fills ModelBackend's own cache
    assert EDIT_PERMISSION in everything
    assert user.has_perm(EDIT_PERMISSION)
    assert not user.has_perm("tracker.delete_quotation")


@pytest.mark.parametrize(("who", "edits"), [("editor", True), ("reader", False)])
def test_the_user_of_a_request_comes_with_the_edit_permission_in_one_query(
    who, edits, request, django_assert_num_queries
):
    from tracker.auth_backends import PermissionBackend

    user = request.getfixturevalue(who)
    with django_assert_num_queries(1):
        loaded = PermissionBackend().get_user(user.pk)
        assert is_editor(loaded) is edits
    assert is_editor(fresh(user)) is edits  # the same answer as asked on its own


def test_a_request_of_an_inactive_or_unknown_user_has_no_user(reader):
    from tracker.auth_backends import PermissionBackend

    assert PermissionBackend().get_user(10**9) is None
    User.objects.filter(pk=reader.pk).update(is_active=False)
    assert PermissionBackend().get_user(reader.pk) is None


def test_a_logged_in_page_asks_for_user_and_permission_once(client, reader):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(reader)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/speakers/").status_code == 200
    sql = [q["sql"] for q in queries.captured_queries]
    assert sum('FROM "auth_user"' in s for s in sql) == 1
    assert not any(s.lstrip().startswith('SELECT 1 AS "a" FROM "auth_permission"') for s in sql)
