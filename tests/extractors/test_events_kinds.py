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
        # an explosion is a disaster where the sentence tells of an accident
        ("The refinery explosion on Monday killed four workers.", "disaster"),
        ("A car bomb explosion on Monday killed four soldiers.", "conflict"),
        ("The explosion on Monday shook the capital.", "conflict"),
        ("A strong earthquake struck the coast on Friday.", "disaster"),
        ("Rebels struck the garrison on Friday.", "conflict"),
        # a launch is of the kind of what is launched
        ("The army launched an offensive on Friday.", "conflict"),
        ("The agency launched a new website on Friday.", "other"),
        # an everyday verb of motion is a visit only with a place to go to or from
        ("The minister will head to Lisbon on Friday.", "visit"),
        ("The minister returned from Lisbon on Friday.", "visit"),
        ("The leak stopped on Friday.", "other"),
        ("The test results came back on Friday.", "other"),
        ("The clinic received the samples on Friday.", "other"),
    ],
)
def test_the_sentence_decides_the_kind_of_a_trigger_with_two(sentence: str, kind: str) -> None:
    article = Article("k", "Kinds", sentence, date(2024, 5, 17), "test")
    [event] = build_events(article)
    assert event.kind == kind
