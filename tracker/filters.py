"""Query-string forms for the browse pages: every filter lives in the URL and is validated here.

Invalid input never reaches the ORM: views answer 400 and show the form's errors.
"""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from tracker.services.search import parse_query

_SLUG = re.compile(r"[-a-zA-Z0-9_]{1,220}")
PAGE_SIZE = 50
MAX_PAGE = 2000  # deeper OFFSETs get slow; narrow the filters instead


class FilterForm(forms.Form):
    """Labels without the trailing colon: they sit above their inputs in the filter bars."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


def date_field(label: str) -> forms.DateField:
    """An optional day, picked with the browser's date input."""
    return forms.DateField(required=False, label=label, widget=forms.DateInput({"type": "date"}))


class DateRangeMixin:
    def clean(self) -> dict[str, Any]:
        data = super().clean()  # type: ignore[misc]
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            raise ValidationError("The start date must be on or before the end date.")
        return data


class WordsField(forms.CharField):
    """Search words: a query with no words in it ("!!!", "*:*", "&:|!()<>*") is no query."""

    def clean(self, value: Any) -> str:
        q = super().clean(value)
        return q if parse_query(q) else ""


class QuotationFilterForm(DateRangeMixin, FilterForm):
    """Filters shared by the speaker timeline, search, exports and the API."""

    q = WordsField(required=False, max_length=200, strip=True, label="Words")
    outlet = forms.CharField(required=False, max_length=200, strip=True)
    start = date_field("From")
    end = date_field("To")
    page = forms.IntegerField(
        required=False, min_value=1, max_value=MAX_PAGE, widget=forms.HiddenInput
    )

    def page_number(self) -> int:
        return self.cleaned_data.get("page") or 1


class TimelineForm(QuotationFilterForm):
    group = forms.ChoiceField(
        required=False, choices=[("day", "By day"), ("month", "By month")], label="Group"
    )

    def grouping(self) -> str:
        return self.cleaned_data.get("group") or "day"


class SearchForm(QuotationFilterForm):
    speaker = forms.SlugField(required=False, max_length=220)
    # The picker: a speaker picked from its options (a slug), else the best match for a name.
    pick = forms.SlugField(required=False, max_length=220)
    who = forms.CharField(required=False, max_length=200, strip=True)
    source_kind = forms.ChoiceField(
        required=False,
        label="Source",
        choices=[
            ("", "any source"),
            ("named", "named speakers"),
            ("unnamed", "unnamed sources"),
            ("ambiguous", "ambiguous names"),
        ],
    )
    statement = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    sort = forms.ChoiceField(
        required=False,
        choices=[("relevance", "Best match"), ("date", "Newest")],
        label="Order",
    )
    every = forms.ChoiceField(
        required=False,
        choices=[("", "Automatic"), ("week", "Week"), ("month", "Month")],
        widget=forms.HiddenInput,
    )

    def by_date(self) -> bool:
        return self.cleaned_data.get("sort") == "date"


class SlugListField(forms.MultipleChoiceField):
    """Repeated ?speaker= values; any well-formed slug is accepted (unknown ones are reported)."""

    def to_python(self, value: object) -> list[str]:
        # Unused pickers submit empty values; they mean "no speaker", not an error.
        return [v for v in super().to_python(value) if v.strip()]

    def valid_value(self, value: str) -> bool:
        return bool(_SLUG.fullmatch(value))


class CompareForm(FilterForm):
    speakers = forms.CharField(
        required=False, max_length=1000, help_text="Two to four speakers, comma separated (slugs)"
    )
    speaker = SlugListField(required=False)  # ?speaker=a&speaker=b from the pickers
    # The picker: a speaker picked from its options (a slug), else the best match for a name.
    pick = forms.SlugField(required=False, max_length=220)
    who = forms.CharField(required=False, max_length=200, strip=True)
    q = WordsField(required=False, max_length=200, strip=True, label="Topic words")
    period = forms.ChoiceField(
        required=False, choices=[("week", "Week"), ("month", "Month"), ("year", "Year")]
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        slugs: list[str] = []
        asked = (data.get("speakers") or "").split(",") + list(data.get("speaker") or [])
        for slug in asked + [data.get("pick") or ""]:
            slug = slug.strip()
            if slug and slug not in slugs:
                if not _SLUG.fullmatch(slug):
                    raise ValidationError(f"“{slug}” is not a speaker id.")
                slugs.append(slug)
        if len(slugs) > 4:
            raise ValidationError("Compare at most four speakers.")
        data["slugs"] = slugs
        data["period"] = data.get("period") or "month"
        return data


class SpeakerSearchForm(FilterForm):
    q = forms.CharField(required=False, max_length=100, strip=True, label="Find a speaker")
    page = forms.IntegerField(
        required=False, min_value=1, max_value=MAX_PAGE, widget=forms.HiddenInput
    )


class ApiPageForm(forms.Form):
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)
    page_size = forms.IntegerField(required=False, min_value=1, max_value=200)
    limit = forms.IntegerField(required=False, min_value=1, max_value=200)  # = page_size
    cursor = forms.CharField(required=False, max_length=500)


class ReviewFilterForm(QuotationFilterForm):
    """The review queue's filters; every value lives in the URL (and in each card's forms, so
    the queue stays filtered after a decision)."""

    q = None  # the queue has no word search
    reason = forms.ChoiceField(
        required=False,
        choices=[
            ("", "Any reason"),
            ("unattributed", "No speaker"),
            ("conflict", "Outlets disagree"),
            ("indirect", "Pronoun or role noun"),
            ("low", "Low confidence"),
        ],
    )
    speaker = forms.SlugField(required=False, max_length=220)
    # The picker, as on the search page: a speaker picked from its options, or a typed name.
    pick = forms.SlugField(required=False, max_length=220)
    who = forms.CharField(required=False, max_length=200, strip=True)
