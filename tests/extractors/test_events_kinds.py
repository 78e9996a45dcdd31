import json
from datetime import date
from importlib import resources

import pytest

from extractors.articles import Article
from extractors.describe import kind_of
from extractors.events import build_events

LEXICON = json.loads(
    resources.files("extractors").joinpath("data/event_lexicon.json").read_text("utf-8")
)
KINDS = {"meeting", "election", "conflict", "statement", "agreement", "sanction", "visit"}


def test_lexicon_names_only_the_coarse_kinds() -> None:
    assert set(LEXICON["kinds"]) == KINDS | {"disaster"}


@pytest.mark.parametrize(
    ("lemma", "kind"),
    [
        ("summit", "meeting"),
        ("election", "election"),
        ("incursion", "conflict"),
        ("say", "statement"),
        ("treaty", "agreement"),
        ("embargo", "sanction"),
        ("visit", "visit"),
        ("earthquake", "disaster"),
        ("fire", "conflict"),  # the first kind that lists a lemma wins
        ("harvest", "other"),
        ("join", "other"),  # joining a firm or a radio show is no agreement
    ],
)
def test_trigger_lemmas_map_to_kinds(lemma: str, kind: str) -> None:
    assert kind_of(lemma) == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The refinery explosion on Monday killed four workers.", "disaster"),
        ("A car bomb explosion on Monday killed four soldiers.", "conflict"),
        ("The explosion on Monday shook the capital.", "conflict"),
    ],
)
def test_an_explosion_is_a_disaster_where_the_sentence_tells_of_an_accident(
    sentence: str, kind: str
) -> None:
    article = Article("k", "Kinds", sentence, date(2024, 5, 17), "test")
    [event] = build_events(article)
    assert (event.trigger, event.kind) == ("explosion", kind)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The minister will head to Lisbon on Friday.", "visit"),
        ("The minister returned from Lisbon on Friday.", "visit"),
        ("The leak stopped on Friday.", "other"),
        ("The test results came back on Friday.", "other"),
        ("The clinic received the samples on Friday.", "other"),
    ],
)
def test_an_everyday_verb_of_motion_is_a_visit_only_with_a_place(sentence: str, kind: str) -> None:
    article = Article("k", "Kinds", sentence, date(2024, 5, 15), "test")
    [event] = build_events(article)
    assert event.kind == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("A strong earthquake struck the coast on Friday.", "disaster"),
        ("Rebels struck the garrison on Friday.", "conflict"),
        ("The army launched an offensive on Friday.", "conflict"),
        ("The agency launched a new website on Friday.", "other"),
    ],
)
def test_struck_by_a_quake_is_a_disaster_and_a_launch_is_what_it_launches(
    sentence: str, kind: str
) -> None:
    article = Article("k", "Kinds", sentence, date(2024, 5, 15), "test")
    [event] = build_events(article)
    assert event.kind == kind
