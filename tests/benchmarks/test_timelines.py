"""The Timeline17 date-selection benchmark's ranking and score, on events made here."""

from datetime import date

from benchmarks.timelines import by_articles, date_f1, dated_to_a_day, top_days
from extractors.articles import Article
from extractors.events import build_events
from extractors.merge import merge_events


def _article(article_id: str, text: str, published: date) -> Article:
    return Article(article_id, article_id, text, published, "test")


def test_the_day_most_articles_report_ranks_first_and_years_are_no_days() -> None:
    articles = [
        _article(
            "a", "Ministers met in Lima on Monday. The port closed on Tuesday.", date(2024, 6, 5)
        ),
        _article("b", "The Lima meeting of ministers on Monday ended early.", date(2024, 6, 6)),
        _article(
            "c", "The ministers met in Lima on June 3. A dam burst in 1990.", date(2024, 6, 7)
        ),
        _article("d", "The port closed on June 4 and a ferry sank on June 4.", date(2024, 6, 8)),
    ]
    events = [event for article in articles for event in build_events(article)]
    merged = dated_to_a_day(merge_events(events))
    assert {event.granularity for event in merged} == {"day"}  # not the year 1990
    scores = by_articles(articles, [], merged)
    assert top_days(scores, 1) == {date(2024, 6, 3)}
    # "d" dates two events to June 4 and counts once.
    assert scores[date(2024, 6, 3)] == 3 and scores[date(2024, 6, 4)] == 2


def test_date_f1_counts_shared_days_and_ties_go_to_the_earlier_day() -> None:
    gold = {date(2024, 6, 3), date(2024, 6, 9)}
    tied = {date(2024, 6, 3): 2, date(2024, 6, 1): 2, date(2024, 6, 9): 1}
    chosen = top_days(tied, 2)
    assert chosen == {date(2024, 6, 1), date(2024, 6, 3)}
    assert date_f1(chosen, gold) == 0.5
    assert date_f1(set(), gold) == 0.0
