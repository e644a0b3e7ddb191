"""Forms for editors' corrections: every POST and query string is validated here."""

from __future__ import annotations

from typing import Any
from zoneinfo import available_timezones

from django import forms

from tracker.filters import FilterForm, date_field
from tracker.models import Correction, Speaker, SpeakerAlias, Statement
from tracker.services.actions import REGISTRY
from tracker.services.corrections import Scope
from tracker.services.ingest import date_bounds


class CorrectionForm(forms.Form):
    """What every correction carries: the version the editor saw and an optional reason."""

    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    reason = forms.CharField(required=False, max_length=500)
    # "review": answer an htmx request with the refreshed review queue instead of the control.
    back = forms.ChoiceField(choices=[("", ""), ("review", "review")], required=False)


class ReattributeForm(CorrectionForm):
    speaker = forms.ModelChoiceField(Speaker.objects.all(), required=False)
    name = forms.CharField(required=False, max_length=200)
    create = forms.BooleanField(required=False)
    scope = forms.ChoiceField(choices=Scope.choices, initial=Scope.ONE, required=False)

    def clean(self) -> dict:
        data = super().clean()
        if not data.get("speaker") and not (data.get("name") or "").strip():
            raise forms.ValidationError("Pick a speaker or type a name.")
        data["scope"] = data.get("scope") or Scope.ONE
        return data


class NotAQuoteForm(CorrectionForm):
    value = forms.TypedChoiceField(
        choices=[("1", "not a quote"), ("0", "a quote")], coerce=lambda v: v == "1"
    )


class SpanForm(CorrectionForm):
    start = forms.IntegerField(min_value=0)
    end = forms.IntegerField(min_value=1)
    # From a selection in the reader: leave out white space and quote marks at the edges.
    snap = forms.BooleanField(required=False)


class NewQuotationForm(forms.Form):
    start = forms.IntegerField(min_value=0)
    end = forms.IntegerField(min_value=1)
    reason = forms.CharField(required=False, max_length=500)


class StatementPickForm(forms.Form):
    q = forms.CharField(required=False, max_length=200)
    # Which form field the picked statement fills: "statement" (link) or "other" (merge).
    field = forms.ChoiceField(
        choices=[("statement", "statement"), ("other", "other")], required=False
    )
    exclude = forms.IntegerField(required=False, min_value=1)


class LinkForm(CorrectionForm):
    statement = forms.ModelChoiceField(Statement.objects.all(), required=False)


class SpeakerForm(CorrectionForm):
    name = forms.CharField(max_length=200)
    role = forms.CharField(max_length=300, required=False)
    kind = forms.ChoiceField(choices=Speaker.Kind.choices, required=False)
    external_id = forms.RegexField(
        regex=r"^\S*$", max_length=100, required=False, error_messages={"invalid": "One word."}
    )
    affiliation = forms.CharField(max_length=200, required=False)


class MergeSpeakerForm(CorrectionForm):
    other = forms.ModelChoiceField(Speaker.objects.all())


class SplitAliasForm(CorrectionForm):
    alias = forms.ModelChoiceField(SpeakerAlias.objects.all())


class MergeStatementForm(forms.Form):
    other = forms.ModelChoiceField(Statement.objects.all())
    reason = forms.CharField(required=False, max_length=500)


class SourceForm(CorrectionForm):
    title = forms.CharField(max_length=500, required=False)
    outlet = forms.CharField(max_length=200, required=False)
    published = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean_published(self):
        value = self.cleaned_data.get("published")
        first, last = date_bounds()
        if value is not None and not first <= value <= last:
            raise forms.ValidationError(f"Use a date from {first.year} to {last.year}.")
        return value


class AutocompleteForm(forms.Form):
    q = forms.CharField(required=False, max_length=200)
    name = forms.CharField(required=False, max_length=200)  # the reattribute form's input
    who = forms.CharField(required=False, max_length=200)  # the search and compare pickers
    # Which form field the picked speaker fills: "speaker" (reattribute), "other" (merge), or
    # "slug" (the search and compare filters: ?speaker=<slug>).
    field = forms.ChoiceField(
        choices=[("speaker", "speaker"), ("other", "other"), ("slug", "slug")], required=False
    )
    exclude = forms.IntegerField(required=False, min_value=1)


# The audit log's filter: each action by its name in the registry.
ACTIONS = [
    ("", "Any change"),
    *((action.value, REGISTRY[action].actions[action]) for action in Correction.Action),
]


class HistoryForm(FilterForm):
    """The audit log's filters: who, what kind of change, and the days (in the reader's time
    zone) it was made."""

    page = forms.IntegerField(required=False, min_value=1, max_value=10_000)
    editor = forms.CharField(required=False, max_length=150, label="Editor")
    action = forms.ChoiceField(required=False, choices=ACTIONS, label="Change")
    start = date_field("From")
    end = date_field("To")


class TimezoneForm(forms.Form):
    tz = forms.ChoiceField(choices=[], label="Time zone")
    next = forms.CharField(required=False, max_length=2000)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["tz"].choices = [(name, name) for name in sorted(available_timezones())]
