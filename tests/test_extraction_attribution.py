"""Speakers: cues before and after quotes, pronouns, role nouns, inheritance."""

from __future__ import annotations

from tracker.extraction import extract


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text).quotes]


INTRO = ("U.S. Secretary of State Mike Pompeo said Friday that enforcing sanctions on North "
         "Korea is a make-or-break factor.\n\n")


def test_speaker_after_the_quote_with_said():
    text = '"It will take time," Pompeo said.'
    assert speakers(text) == [("It will take time,", "Pompeo")]


def test_inverted_order_names_the_speaker_after_the_verb():
    text = ('"China and Russia blocked it," said U.S. Ambassador Nikki Haley, speaking '
            "alongside Pompeo.")
    assert speakers(text) == [("China and Russia blocked it,", "Nikki Haley")]


def test_speaker_before_the_quote_with_a_colon_lead_in():
    text = 'Chinese Ambassador Ma Zhaoxu told reporters: "We will fully implement the resolutions."'
    assert speakers(text)[0][1] == "Ma Zhaoxu"


def test_split_quote_keeps_the_speaker_for_the_second_part():
    text = INTRO + '"Sanctions are critical," he said. "Strict enforcement is our goal."'
    got = speakers(text)
    assert [s for _, s in got] == ["Mike Pompeo", "Mike Pompeo"]


def test_according_to_names_the_source():
    text = ('The talks stalled, "and there is no date for the next round," according to '
            "Kang Kyung Wha, the South Korean foreign minister.")
    assert speakers(text)[0][1] == "Kang Kyung Wha"


def test_appositive_between_name_and_verb_is_skipped():
    text = ('Speaking to reporters, Kang, the foreign minister, said: "We will hold them to '
            'that commitment."')
    q = extract(text).quotes[0]
    assert q.speaker == "Kang"
    assert q.speaker_role == "the foreign minister"


def test_speech_verbs_beyond_said():
    verbs = ("reiterated", "stressed", "noted", "warned", "insisted", "added", "told reporters")
    for verb in verbs:
        text = f'"The sanctions must stay in place until the end," Pompeo {verb}.'
        assert speakers(text)[0][1] == "Pompeo", verb


def test_pronoun_resolves_to_the_person_it_refers_to():
    text = ("Chinese Ambassador Ma Zhaoxu stressed Beijing's commitment to denuclearization.\n\n"
            '"China is committed to peace and stability on the Peninsula," he told reporters.')
    assert speakers(text)[0][1] == "Ma Zhaoxu"


def test_she_skips_a_man_named_more_recently():
    text = ('"China and Russia blocked it," said U.S. Ambassador Nikki Haley, speaking '
            'alongside Mike Pompeo.\n\n"They claim they need more information," she added.')
    assert speakers(text)[1][1] == "Nikki Haley"


def test_role_noun_resolves_to_the_person():
    text = INTRO + ('"The countries of the Security Council are united," the chief U.S. '
                    "diplomat told reporters.")
    assert speakers(text)[0][1] == "Mike Pompeo"


def test_partial_quote_goes_to_the_sentence_speaker():
    text = INTRO + ('Pompeo reiterated that North Korea is "illegally smuggling" petroleum '
                    "products in violation of sanctions.")
    q = extract(text).quotes[0]
    assert (q.text, q.speaker, q.partial) == ("illegally smuggling", "Mike Pompeo", True)


def test_organisation_as_speaker():
    text = ("Earlier this month, the North's Foreign Ministry accused Washington of pushing a "
            '"unilateral and gangster-like demand for denuclearization," hours after Pompeo '
            'said his talks were "productive."')
    got = dict(speakers(text))
    assert got["unilateral and gangster-like demand for denuclearization,"].endswith(
        "Foreign Ministry")
    assert got["productive."] == "Pompeo"


def test_paragraph_that_is_only_a_quote_continues_the_previous_speaker():
    text = (INTRO + "He noted that the reports, if true, would violate U.N. resolutions.\n\n"
            '"We want to remind every nation that this is a serious issue."')
    assert speakers(text)[-1][1] == "Mike Pompeo"


def test_multi_paragraph_quote_takes_the_speaker_named_at_its_end():
    text = ('Haley spoke first.\n\n"We want to remind every nation of this.\n\n'
            '"We expect every nation to abide by the resolutions," Pompeo said.')
    assert [s for _, s in speakers(text)] == ["Pompeo", "Pompeo"]


def test_low_confidence_for_quotes_with_no_speaker():
    text = ('The crowd kept chanting. "We want the wall and we want it now, whatever it '
            'costs us in the end."')
    qs = extract(text).quotes
    assert all(q.confidence < 0.5 for q in qs if q.speaker is None)
