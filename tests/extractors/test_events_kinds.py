import json
from importlib import resources

import pytest

from extractors.describe import kind_of

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
    ],
)
def test_trigger_lemmas_map_to_kinds(lemma: str, kind: str) -> None:
    assert kind_of(lemma) == kind
