"""Create (or promote) a user who may correct quotations: `manage.py createeditor USERNAME`."""

from __future__ import annotations

import getpass
import os
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from tracker.models import EDITOR_GROUP

PASSWORD_ENV = "EDITOR_PASSWORD"


class Command(BaseCommand):
    help = (
        "Create an editor (a user in the Editors group), or add an existing user to it. "
        f"The password comes from --password, then ${PASSWORD_ENV}, then a prompt."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("username")
        parser.add_argument("--password", help=f"Prefer ${PASSWORD_ENV}: arguments show in ps")
        parser.add_argument("--email", default="")

    def handle(self, *args, username: str, password: str | None, email: str, **options) -> str:
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        password = password or os.getenv(PASSWORD_ENV)
        if user is None and not password:
            if not sys.stdin.isatty():
                raise CommandError(f"Give a password with --password or ${PASSWORD_ENV}.")
            password = getpass.getpass("Password: ")
            if password != getpass.getpass("Password (again): "):
                raise CommandError("The passwords do not match.")
        if user is None:
            user = User(username=username, email=email)
        if password:
            try:
                validate_password(password, user)
            except ValidationError as err:
                raise CommandError(" ".join(err.messages))
            user.set_password(password)
        user.save()
        user.groups.add(Group.objects.get(name=EDITOR_GROUP))
        return f"{username} is an editor."
