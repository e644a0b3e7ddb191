"""Forms for getting articles in. Browsing and correction forms live beside their views."""

from __future__ import annotations

from django import forms
from django.conf import settings


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data]
        return [single(data, initial)]


class PasteForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 12}),
        max_length=settings.MAX_ARTICLE_BYTES,
        strip=False,
        help_text="The article's full text, as published.",
    )
    title = forms.CharField(max_length=500, required=False, help_text="Optional.")
    outlet = forms.CharField(max_length=200, required=False, help_text="Publisher")
    date = forms.DateField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Leave empty to take it from the dateline, if there is one.",
    )
    url = forms.URLField(
        label="Address (URL)",
        max_length=2000,
        required=False,
        assume_scheme="https",
        help_text="Where it was published; optional.",
    )


class UploadForm(forms.Form):
    files = MultipleFileField(
        help_text="Text (.txt, .md), HTML (.html), or many articles in one JSONL or CSV file "
        "(fields: text, title, outlet, date, url)."
    )
    strict = forms.BooleanField(
        required=False, label="All or nothing: store a file only if every record in it is good"
    )


class FetchForm(forms.Form):
    fetch_url = forms.URLField(label="Article address", max_length=2000, assume_scheme="https")
