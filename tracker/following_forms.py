"""Forms for following: what to follow, how to be told, where alerts go."""

from __future__ import annotations

from typing import Any

from django import forms

from tracker.filters import DateRangeMixin
from tracker.models import AlertSettings, Speaker, Statement, TalkingPoint, Watch
from tracker.services.alert_delivery import DeliveryError, check_webhook_address
from tracker.services.watches import Target


class FollowForm(DateRangeMixin, forms.Form):
    """A Follow button's fields; also re-renders the button after htmx swaps."""

    kind = forms.ChoiceField(choices=Watch.Kind.choices)
    speaker = forms.SlugField(required=False, max_length=220)
    statement = forms.IntegerField(required=False, min_value=1)
    talking_point = forms.IntegerField(required=False, min_value=1)
    outlet = forms.CharField(required=False, max_length=200, strip=True)
    q = forms.CharField(required=False, max_length=200, strip=True, label="On topic")
    start = forms.DateField(required=False)
    end = forms.DateField(required=False)
    cadence = forms.ChoiceField(choices=Watch.Cadence.choices, required=False)
    next = forms.CharField(required=False, max_length=2000)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if self.errors:
            return data
        kind = data["kind"]
        speaker = statement = None
        if data.get("speaker"):
            speaker = Speaker.objects.filter(slug=data["speaker"]).first()
            if speaker is None:
                raise forms.ValidationError("No speaker has this id.")
        if data.get("statement"):
            statement = Statement.objects.filter(pk=data["statement"]).first()
            if statement is None:
                raise forms.ValidationError("No statement has this number.")
        point = None
        if data.get("talking_point"):
            point = (
                TalkingPoint.objects.select_related("speaker")
                .filter(pk=data["talking_point"])
                .first()
            )
            if point is None:
                raise forms.ValidationError(
                    "No talking point has this number; the talking points may have been "
                    "found again since the page was loaded. Reload it."
                )
        needs = {
            Watch.Kind.SPEAKER: speaker,
            Watch.Kind.STATEMENT: statement,
            Watch.Kind.TALKING_POINT: point,
            Watch.Kind.OUTLET: data.get("outlet"),
            Watch.Kind.SEARCH: speaker or data.get("outlet") or data.get("q"),
        }
        if not needs[kind]:
            raise forms.ValidationError(
                "Say what to follow: a speaker, a statement, a talking point, an outlet or "
                "words to search for."
            )
        if kind == Watch.Kind.TALKING_POINT:
            data["target"] = Target.of_talking_point(point)
            return data
        data["target"] = Target(
            kind=kind,
            speaker=speaker if kind in (Watch.Kind.SPEAKER, Watch.Kind.SEARCH) else None,
            statement=statement if kind == Watch.Kind.STATEMENT else None,
            outlet=data.get("outlet", "") if kind in (Watch.Kind.OUTLET, Watch.Kind.SEARCH) else "",
            query=data.get("q", "") if kind in (Watch.Kind.SPEAKER, Watch.Kind.SEARCH) else "",
            start=data.get("start") if kind == Watch.Kind.SEARCH else None,
            end=data.get("end") if kind == Watch.Kind.SEARCH else None,
        )
        return data


class WatchUpdateForm(forms.ModelForm):
    class Meta:
        model = Watch
        fields = ["cadence", "by_email", "by_webhook"]
        labels = {"cadence": "Tell me", "by_email": "by email", "by_webhook": "by webhook"}
        widgets = {"cadence": forms.RadioSelect}


class AlertSettingsForm(forms.ModelForm):
    class Meta:
        model = AlertSettings
        fields = ["email", "webhook_url"]
        labels = {"email": "Email alerts to", "webhook_url": "Webhook URL"}
        help_texts = {
            "webhook_url": "Alerts are POSTed here as JSON, signed with HMAC-SHA256 of the body "
            "in the X-Quote-Tracker-Signature header. Public addresses only."
        }

    def clean_webhook_url(self) -> str:
        url = self.cleaned_data["webhook_url"]
        if url:
            try:
                check_webhook_address(url)
            except DeliveryError as exc:
                raise forms.ValidationError(str(exc))
        return url


class MarkReadForm(forms.Form):
    alert = forms.IntegerField(required=False, min_value=1)
