"""Login throttling, export throttling, editors' names kept from readers, the merge race."""

from __future__ import annotations

import threading

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.db import connection
from django.test import Client
from django.urls import reverse

from tracker.models import Correction, Quotation, Statement
from tracker.services.actions import Reattribute
from tracker.throttle import LOCKOUT_MESSAGE

LOGIN = reverse("login")


# ---------------------------------------------------------------- login throttling
@pytest.mark.django_db
def test_an_account_is_locked_after_five_wrong_passwords_even_with_the_right_one(
    client, editor, settings
):
    for _ in range(settings.LOGIN_FAILURES_PER_ACCOUNT):
        r = client.post(LOGIN, {"username": "edith", "password": "wrong"})
        assert r.status_code == 200
    r = client.post(LOGIN, {"username": "edith", "password": "correct-horse-battery"})
    assert r.status_code == 429
    assert "Too many failed log-ins" in r.content.decode()
    assert "_auth_user_id" not in client.session
    # Another account from another address is not affected.
    other = Client(REMOTE_ADDR="203.0.113.9")
    User.objects.create_user("rita", password="correct-horse-battery")
    r = other.post(LOGIN, {"username": "rita", "password": "correct-horse-battery"})
    assert r.status_code == 302


@pytest.mark.django_db
def test_an_address_is_locked_after_many_failures_across_accounts(client, editor, settings):
    settings.LOGIN_FAILURES_PER_IP = 8
    for n in range(8):
        client.post(LOGIN, {"username": f"guess{n}", "password": "wrong"})
    r = client.post(LOGIN, {"username": "edith", "password": "correct-horse-battery"})
    assert r.status_code == 429
    assert LOCKOUT_MESSAGE.split(".")[0] in r.content.decode()
    # The same account still logs in from another address.
    r = Client(REMOTE_ADDR="203.0.113.10").post(
        LOGIN, {"username": "edith", "password": "correct-horse-battery"}
    )
    assert r.status_code == 302


@pytest.mark.django_db
def test_sixty_fast_guesses_are_mostly_refused_unchecked(client, editor):
    statuses = [
        client.post(LOGIN, {"username": "edith", "password": f"guess{n}"}).status_code
        for n in range(60)
    ]
    assert statuses.count(200) == 5 and statuses.count(429) == 55


@pytest.mark.django_db
def test_a_good_login_clears_the_account_counter(client, editor, settings):
    for _ in range(settings.LOGIN_FAILURES_PER_ACCOUNT - 1):
        client.post(LOGIN, {"username": "edith", "password": "wrong"})
    assert client.post(LOGIN, {"username": "edith", "password": "correct-horse-battery"}).status_code == 302  # noqa: E501
    client.logout()
    for _ in range(settings.LOGIN_FAILURES_PER_ACCOUNT - 1):
        client.post(LOGIN, {"username": "edith", "password": "wrong"})
    assert client.post(LOGIN, {"username": "edith", "password": "correct-horse-battery"}).status_code == 302  # noqa: E501


@pytest.mark.django_db
def test_the_admin_login_is_throttled_too(client, settings):
    User.objects.create_superuser("boss", password="correct-horse-battery")
    url = reverse("admin:login")
    for _ in range(settings.LOGIN_FAILURES_PER_ACCOUNT):
        client.post(url, {"username": "boss", "password": "wrong"})
    r = client.post(url, {"username": "boss", "password": "correct-horse-battery"})
    assert "Too many failed log-ins" in r.content.decode()
    assert "_auth_user_id" not in client.session


# ---------------------------------------------------------------- export throttling
@pytest.mark.django_db
def test_exports_are_throttled_per_client(client, founding_articles, settings):
    settings.EXPORTS_PER_HOUR = 3
    url = reverse("quotation-export", args=["csv"])
    assert [client.get(url).status_code for _ in range(3)] == [200, 200, 200]
    r = client.get(reverse("compare-export", args=["json"]), {"speakers": "mike-pompeo"})
    assert r.status_code == 429 and "Retry-After" in r
    assert "at most 3 an hour" in r.content.decode()
    assert Client(REMOTE_ADDR="203.0.113.11").get(url).status_code == 200


# ---------------------------------------------------------------- editors' names
@pytest.fixture
def corrected(founding_articles, editor):
    quotation = Quotation.objects.exclude(speaker=None).first()
    other = Quotation.objects.exclude(speaker=quotation.speaker).exclude(speaker=None).first()
    Reattribute.apply(quotation, other.speaker, seen_version=quotation.version, by=editor)
    return quotation, other.speaker


@pytest.mark.django_db
def test_readers_see_an_editor_and_editors_see_names(client, reader, editor, corrected):
    quotation, speaker = corrected
    pages = [
        reverse("correction-list"),
        reverse("quotation-history", args=[quotation.pk]),
        reverse("speaker-history", args=[speaker.slug]),
    ]
    assert Correction.objects.filter(user=editor).exists()
    for who in (None, reader):
        if who:
            client.force_login(who)
        for url in pages:
            body = client.get(url).content.decode()
            assert "edith" not in body, url
            if url == pages[0]:
                assert "an editor" in body
    client.force_login(editor)
    assert "edith" in client.get(pages[0]).content.decode()


# ---------------------------------------------------------------- the merge race
def _race(*merges: tuple[str, int, int]) -> dict[str, int]:
    """Each (user, keep, other) merge posted from its own thread, all released at once."""
    barrier = threading.Barrier(len(merges))
    results: dict[str, int] = {}

    def merge(name: str, keep: int, other: int) -> None:
        client = Client()
        client.force_login(User.objects.get(username=name))
        try:
            barrier.wait()
            r = client.post(reverse("statement-merge", args=[keep]), {"other": other})
            results[name] = r.status_code
        finally:
            connection.close()

    threads = [threading.Thread(target=merge, args=m) for m in merges]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


@pytest.mark.django_db(transaction=True)
def test_merging_a_into_b_while_b_merges_into_a_gives_one_merge_and_one_409(
    founding_articles, django_db_blocker
):
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(Permission.objects.get(codename="edit_quotations"))
    for name in ("ann", "bob"):
        User.objects.create_user(name, password="correct-horse-battery").groups.add(group)
    for _attempt in range(3):
        a, b = Statement.objects.order_by("pk")[:2]
        results = _race(("ann", a.pk, b.pk), ("bob", b.pk, a.pk))
        # 409: the usual race; 302/404 only if one request finished before the other began.
        assert sorted(results.values()) in ([302, 409], [302, 302], [302, 404]), results
        assert Statement.objects.filter(pk__in=[a.pk, b.pk]).count() == 1
        survivor = Statement.objects.get(pk__in=[a.pk, b.pk])
        assert survivor.quotations.count() >= 2
        assert not Quotation.objects.filter(statement_id__in=[a.pk, b.pk]).exclude(
            statement=survivor
        ).exists()


@pytest.mark.django_db
def test_the_merge_loser_sees_the_current_statement_with_a_409(editor_client, founding_articles):
    """The same outcome, one request after the other: the second finds its pair merged."""
    from tracker.services import actions, corrections

    a, b = Statement.objects.order_by("pk")[:2]
    stale_a, stale_b = Statement.objects.get(pk=a.pk), Statement.objects.get(pk=b.pk)
    actions.MergeStatements.apply(a, b, by=None)
    with pytest.raises(corrections.ConflictError) as caught:
        actions.MergeStatements.apply(stale_b, stale_a, by=None)
    assert caught.value.current.pk == a.pk
