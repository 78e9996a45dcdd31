"""Learn the anchoring ranker's weights from TimeBank/AQUAINT and report cross-validation.

    .venv/bin/python -m benchmarks.train_anchoring [../shared/data/tempeval3/train]

Averaged perceptrons (the mean of a few shuffled runs) rank each linked date's candidate
words (extractors.anchoring.candidates); a prediction is right when it hits any event word
linked to the date. Folds split by document, so the cross-validated figure is measured on
unseen articles. Writes extractors/data/anchor_weights.json.

Alternatives measured (5-fold CV by document; "mean" is over three fold shuffles, seeds
13-15, since one split moves by about 0.005 with any change):
- shipped: main-verb "had"/"has" as candidates and object/verb adjacency features,
  0.763 (mean 0.754), from 0.749 (mean 0.747) before.
- word classes from TextBlob 0.20.1's lexicon tagger (ships its model) instead of LemmInflect:
  0.738 as the verb test, 0.733 as verb test and LemmInflect together, 0.744-0.747 as extra
  ranker features: no gain.
- spaCy 3.8 with en_core_web_sm (a third-party PyPI upload of the model): the parser's head
  of the date alone 0.736 (our rules alone 0.658); as ranker features mean 0.769 (+0.015),
  at 5.3 ms a sentence, about 4x our whole anchoring time: not taken.
- a softmax ranker with L2 (0.3, 1, 3, 10) instead of averaged perceptrons:
  0.747, 0.743, 0.748, 0.732; epochs 4/12 or 6 runs: mean 0.752/0.751/0.753.
- dropping features seen fewer than 3 or 10 times: mean 0.749, 0.742.
- finance nouns (earnings, income, profit, revenue, results) as event nouns: mean 0.741.
- feature variants, each mean: class path between word and date 0.754, nearest verb/noun
  before the date's preposition 0.748, relative pronoun between 0.750, class of the word
  before the date 0.750, first verb of the sentence 0.753, lemma with the date word 0.756;
  the last event noun of a compound ("clinic bombing") for the modifier rule 0.753; a verb
  right before the date as the rule's pick 0.752.
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from benchmarks.tempeval_links import LinkedDate, read_corpus
from extractors.anchoring import Token, anchor, candidates, score

EPOCHS = 8
FOLDS = 5
SEED = 13
RUNS = 3
WEIGHTS = Path(__file__).resolve().parents[1] / "extractors" / "data" / "anchor_weights.json"

Example = tuple[list[list[str]], set[int]]  # candidate features, indexes of gold candidates


def _hits(token: Token, linked: LinkedDate) -> bool:
    return any(token.start < end and token.end > start for start, end in linked.events)


def examples(corpus: list[LinkedDate]) -> list[Example]:
    """Candidates of every linked date with the positions of those that are gold."""
    found = []
    for linked in corpus:
        tokens, options = candidates(linked.sentence, linked.start, linked.end)
        gold = {n for n, (index, _) in enumerate(options) if _hits(tokens[index], linked)}
        found.append(([features for _, features in options], gold))
    return found


def train(data: list[Example], epochs: int = EPOCHS, runs: int = RUNS) -> dict[str, float]:
    """The mean of ``runs`` averaged perceptrons, each shown the examples in its own order.

    One perceptron's weights depend on the order it sees the examples in; averaging a few
    orders lowers that variance, which held-out documents reward.
    """
    totals: dict[str, float] = defaultdict(float)
    for run in range(runs):
        for feature, weight in _perceptron(data, epochs, SEED + run).items():
            totals[feature] += weight / runs
    return {f: round(total, 4) for f, total in totals.items() if round(total, 4)}


def _perceptron(data: list[Example], epochs: int, seed: int) -> dict[str, float]:
    """Averaged-perceptron weights that rank a gold candidate first."""
    weights: dict[str, float] = defaultdict(float)
    totals: dict[str, float] = defaultdict(float)
    stamps: dict[str, int] = defaultdict(int)
    order, step = list(range(len(data))), 0
    shuffle = random.Random(seed).shuffle
    for _ in range(epochs):
        shuffle(order)
        for n in order:
            options, gold = data[n]
            step += 1
            if not options or not gold:
                continue
            guess = max(range(len(options)), key=lambda i: score(options[i], weights))
            if guess in gold:
                continue
            best = max(gold, key=lambda i: score(options[i], weights))
            for feature, change in [(f, 1.0) for f in options[best]] + [
                (f, -1.0) for f in options[guess]
            ]:
                totals[feature] += (step - stamps[feature]) * weights[feature]
                stamps[feature] = step
                weights[feature] += change
    for feature in weights:
        totals[feature] += (step - stamps[feature]) * weights[feature]
    return {f: total / step for f, total in totals.items() if total}


def outcomes(corpus: list[LinkedDate], weights: dict[str, float]) -> list[tuple[str, bool]]:
    """For each linked date: the rule that anchored it and whether it hit a gold event word."""
    found_all = []
    for linked in corpus:
        found = anchor(linked.sentence, linked.start, linked.end, weights)
        hit = found is not None and any(
            found.start < end and found.end > start for start, end in linked.events
        )
        found_all.append((found.rule if found else "none", hit))
    return found_all


def accuracy(results: list[tuple[str, bool]]) -> float:
    return sum(hit for _, hit in results) / len(results)


def by_rule(results: list[tuple[str, bool]]) -> dict[str, float]:
    """Accuracy of the anchors each rule made: the confidence given to its events."""
    rules = sorted({rule for rule, _ in results} - {"none"})
    return {rule: round(accuracy([r for r in results if r[0] == rule]), 3) for rule in rules}


def cross_validate(corpus: list[LinkedDate], folds: int = FOLDS) -> list[tuple[str, bool]]:
    """Outcomes on held-out documents, folds split by document."""
    documents = sorted({linked.document for linked in corpus})
    random.Random(SEED).shuffle(documents)
    fold_of = {document: n % folds for n, document in enumerate(documents)}
    results = []
    for fold in range(folds):
        held_out = [linked for linked in corpus if fold_of[linked.document] == fold]
        kept = [linked for linked in corpus if fold_of[linked.document] != fold]
        results += outcomes(held_out, train(examples(kept)))
    return results


def main(folder: str = "../shared/data/tempeval3/train") -> None:
    corpus = read_corpus(Path(folder))
    held_out_results = cross_validate(corpus)
    held_out = accuracy(held_out_results)
    weights = train(examples(corpus))
    training = accuracy(outcomes(corpus, weights))
    WEIGHTS.write_text(
        json.dumps(
            {
                "about": "Anchoring ranker weights learned by benchmarks/train_anchoring.py "
                f"from {len(corpus)} linked dates of TimeBank/AQUAINT (TempEval-3 train).",
                "cross_validated_accuracy": round(held_out, 4),
                "training_accuracy": round(training, 4),
                "rule_accuracy": by_rule(held_out_results),
                "weights": dict(sorted(weights.items())),
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"linked dates: {len(corpus)}")
    print(f"{FOLDS}-fold cross-validated accuracy (by document): {held_out:.3f}")
    print(f"training accuracy: {training:.3f}")
    print(f"features: {len(weights)} -> {WEIGHTS}")


if __name__ == "__main__":
    main(*sys.argv[1:])
