"""Forms for editors' corrections: every POST and query string is validated here."""

from __future__ import annotations

from django import forms

from tracker.models import Speaker, SpeakerAlias, Statement
from tracker.services.corrections import Scope


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


class AutocompleteForm(forms.Form):
    q = forms.CharField(required=False, max_length=200)
    name = forms.CharField(required=False, max_length=200)  # the reattribute form's input
    # Which form field the picked speaker fills: "speaker" (reattribute) or "other" (merge).
    field = forms.ChoiceField(choices=[("speaker", "speaker"), ("other", "other")], required=False)
    exclude = forms.IntegerField(required=False, min_value=1)


class HistoryForm(forms.Form):
    page = forms.IntegerField(required=False, min_value=1, max_value=10_000)
