"""Being first: the statement page's provenance line, from the first story to the latest."""

from __future__ import annotations

from itertools import pairwise

from tracker.models import Speaker
from tracker.services.provenance import provenance


def _statement(founding_articles):
    pompeo = Speaker.objects.get(name="Mike Pompeo")
    return pompeo.quotations.filter(text__contains="fully verified").first().statement


def test_the_statement_page_says_who_said_it_first_and_who_picked_it_up(
    client, founding_articles, ingest
):
    statement = _statement(founding_articles)
    ingest()  # Wire One, 2018-08-06: the same words inside a longer sentence
    ingest(
        text='Later\n\nPompeo repeated that the goal is the "final, fully verified '
        'denuclearization of North Korea," he said.',
        title="Later",
        outlet="Wire One",
        date="2018-08-09",
    )
    html = client.get(statement.get_absolute_url()).content.decode()
    section = html[html.index('id="prov-h"') : html.index('id="occ-h"')]
    assert "First quoted on" in section and "Mike Pompeo" in section
    # The Singapore article is dated 4 August; the Seoul one is undated, so it comes last.
    assert "in Singapore Desk (sample)" in section
    order = [section.index(o) for o in ("Singapore Desk", "Wire One", "Seoul Desk")]
    assert order == sorted(order)
    assert section.count("picks it up") == 2  # Wire One once (its second story is not new)
    assert "Wording changed" in section and "<ins>" in section


def test_provenance_marks_each_outlets_first_story_and_each_wording_change(founding_articles):
    statement = _statement(founding_articles)
    occurrences = list(
        statement.quotations.select_related("source", "speaker").order_by("published", "id")
    )
    line = provenance(occurrences)
    assert line.first is not None and line.first.source_id == occurrences[0].source_id
    assert len({s.source_id for s in line.steps}) == len(line.steps)
    assert [s.first_in_outlet for s in line.steps][0] is True
    for before, step in pairwise(line.steps):
        assert step.changed == (" ".join(before.text.split()) != " ".join(step.text.split()))
        assert bool(step.diff) == step.changed
