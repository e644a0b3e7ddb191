"""The Follow button: `{% follow_button speaker=speaker %}`, `statement=`, `talking_point=`,
or `search=form`."""

from __future__ import annotations

from typing import Any

from django import template

from tracker.models import Speaker, Watch
from tracker.services.watches import Target, feed_link, find_watch

register = template.Library()


def button_context(request: Any, target: Target, next_url: str) -> dict[str, Any]:
    """What following_button.html needs: shared by the tag and the views that re-render it."""
    user = request.user
    try:
        target.want().anchor()
        followable = True
    except ValueError:  # a search without words, speaker or outlet: nothing to follow
        followable = False
    parts = [
        target.kind,
        target.speaker.pk if target.speaker else "",
        target.statement.pk if target.statement else "",
        target.talking_point.pk if target.talking_point else "",
    ]
    return {
        "request": request,
        "user": user,
        "target": target,
        "watch": find_watch(user, target) if user.is_authenticated else None,
        "dom_id": "follow-" + "-".join(str(p) for p in parts if p != ""),
        "next_url": next_url,
        "followable": followable,
        "feed_url": feed_link(target),
    }


@register.inclusion_tag("tracker/following_button.html", takes_context=True)
def follow_button(
    context: dict[str, Any],
    speaker: Any = None,
    statement: Any = None,
    search: Any = None,
    talking_point: Any = None,
) -> dict[str, Any]:
    request = context["request"]
    if speaker is not None:
        form = context.get("form")
        q = form.cleaned_data.get("q", "") if form is not None and form.is_valid() else ""
        target = Target(kind=Watch.Kind.SPEAKER, speaker=speaker, query=q)
    elif statement is not None:
        target = Target(kind=Watch.Kind.STATEMENT, statement=statement)
    elif talking_point is not None:
        target = Target.of_talking_point(talking_point)
    else:
        data = search.cleaned_data
        target = Target(
            kind=Watch.Kind.SEARCH,
            speaker=Speaker.objects.filter(slug=data["speaker"]).first()
            if data["speaker"]
            else None,
            outlet=data["outlet"],
            query=data["q"],
            start=data["start"],
            end=data["end"],
        )
    return button_context(request, target, request.get_full_path())
