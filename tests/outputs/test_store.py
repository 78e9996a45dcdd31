"""The event store on SQLite and PostgreSQL: schema versions, idempotent adds, atomic batches."""

import threading
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from extractors.articles import Article, FailedArticle, article_id
from extractors.events import build_events
from outputs.migrations import MIGRATIONS
from outputs.store import Store, StoreBusyError

TEXTS = {
    "dam": (
        "Dam reopens",
        "The Maeslant barrier closed on Thursday for a storm test. "
        "It first opened in 1997 and was last closed in 2023.",
        date(2024, 5, 17),
    ),
    "budget": (
        "Budget talks",
        "Ministers meet on March 2 to settle the budget. Talks failed last September.",
        date(2023, 3, 1),
    ),
    "undated": (
        "Undated note",
        "The treaty was signed in 1953. The parties met again last week.",
        None,
    ),
}


def article(key: str) -> Article:
    title, body, published = TEXTS[key]
    return Article(article_id(body, None), title, body, published, f"test:{key}")


def extracted(*keys: str) -> list[tuple[Article, list]]:
    return [(article(key), build_events(article(key))) for key in keys]


def stored_event_dicts(store: Store) -> list[dict]:
    return [event.to_dict() for event in store.events()]


def test_a_new_store_gets_every_migration_once(store_url: str) -> None:
    with Store.open(store_url) as store, store.engine.connect() as connection:
        versions = connection.execute(text("SELECT version FROM schema_migrations")).all()
    assert [row.version for row in versions] == [step.version for step in MIGRATIONS]
    with Store.open(store_url) as again, again.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM schema_migrations")).scalar() == len(
            MIGRATIONS
        )


def test_a_store_newer_than_the_code_is_refused(store_url: str) -> None:
    Store.open(store_url).close()
    engine = create_engine(store_url.replace("postgresql:", "postgresql+psycopg:"))
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO schema_migrations VALUES (999, 'future', CURRENT_TIMESTAMP)")
        )
    engine.dispose()
    with pytest.raises(RuntimeError, match="schema version 999"):
        Store.open(store_url)


def test_events_come_back_as_they_were_stored(store_url: str) -> None:
    batch = extracted("dam", "budget")
    with Store.open(store_url) as store:
        run = store.start_run(["test"])
        assert store.add(run, batch) == 2
        expected = sorted(
            (event.to_dict() for _, events in batch for event in events),
            key=lambda e: (e["first"], e["last"], e["id"]),
        )
        assert stored_event_dicts(store) == expected
        assert {"1997", "2023", "2023-03-02", "2022-09"} <= {e["value"] for e in expected}


def test_adding_the_same_articles_again_adds_nothing(store_url: str) -> None:
    with Store.open(store_url) as store:
        run = store.start_run(["test"])
        assert store.add(run, extracted("dam", "budget")) == 2
        before = store.counts()
        assert store.add(run, extracted("budget", "dam", "budget")) == 0
        assert store.counts() == before
        assert store.stored_keys() == {article("dam").id, article("budget").id}


def test_an_undated_article_is_kept_with_its_absolute_dates_only(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.add(store.start_run(["test"]), extracted("undated"))
        values = [event.value for event in store.events()]
        with store.engine.connect() as connection:
            published = connection.execute(text("SELECT published FROM articles")).scalar_one()
    assert values == ["1953"]
    assert published is None


def test_a_failed_article_is_retried_and_then_replaced(store_url: str) -> None:
    dam = article("dam")
    with Store.open(store_url) as store:
        run = store.start_run(["test"])
        store.add(run, [], [FailedArticle(dam.id, None, dam.source, "timed out")])
        assert dam.id not in store.stored_keys()
        assert store.add(run, extracted("dam")) == 1
        with store.engine.connect() as connection:
            rows = connection.execute(text("SELECT status, error FROM articles")).all()
    assert [tuple(row) for row in rows] == [("done", None)]


def test_a_batch_is_stored_whole_or_not_at_all(store_url: str) -> None:
    """An event pointing at an article that is not stored breaks the batch: none of it stays."""
    good = extracted("dam")
    [(orphan, orphan_events)] = extracted("budget")
    for event in orphan_events:
        event.mentions[:] = [
            type(mention)(**{**_fields(mention), "article_id": "no-such-article"})
            for mention in event.mentions
        ]
    with Store.open(store_url) as store:
        run = store.start_run(["test"])
        with pytest.raises(IntegrityError):
            store.add(run, [*good, (orphan, orphan_events)])
        counts = store.counts()
    assert counts == {"articles": 0, "events": 0, "mentions": 0, "event_sources": 0, "runs": 1}


def _fields(mention: object) -> dict:
    return {name: getattr(mention, name) for name in mention.__dataclass_fields__}


def test_filters_by_dates_and_words(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.add(store.start_run(["test"]), extracted("dam", "budget"))
        in_2023 = {e.value for e in store.events(since=date(2023, 1, 1), until=date(2023, 12, 31))}
        budget = {e.value for e in store.events(query="BUDGET ministers")}
    assert in_2023 == {"2023", "2023-03-02"}
    assert budget == {"2023-03-02"}


def test_two_writers_at_once_store_each_article_once(store_url: str) -> None:
    batch = extracted("dam", "budget", "undated")
    results: list[int | Exception] = []

    def write(order: list) -> None:
        try:
            with Store.open(store_url) as store:
                results.append(store.add(store.start_run(["test"]), order))
        except Exception as error:  # a writer that fails must fail the test
            results.append(error)

    threads = [threading.Thread(target=write, args=(order,)) for order in (batch, batch[::-1])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with Store.open(store_url) as store:
        counts = store.counts()
    assert [type(result) for result in results] == [int, int], results
    assert sum(results) == 3  # type: ignore[arg-type]
    assert counts["articles"] == 3
    assert counts["events"] == sum(len(events) for _, events in batch)


def test_a_store_held_too_long_by_another_run_says_it_is_busy(store_url: str) -> None:
    """Another run is mid-way through storing the same articles and does not commit."""
    batch = extracted("dam")
    with Store.open(store_url) as holder, Store.open(store_url, busy_timeout=0.5) as waiting:
        run = waiting.start_run(["test"])
        with holder.transaction() as connection:
            holder._add(connection, run, batch, [])
            with pytest.raises(StoreBusyError, match="is busy: another newsline run"):
                waiting.add(run, batch)
        assert waiting.add(run, batch) == 0


def test_an_article_an_older_extractor_stored_is_replaced_with_its_events(store_url: str) -> None:
    [(dam, events)] = extracted("dam")
    older = [replace(event, title=f"older {event.title}") for event in events]
    with Store.open(store_url, extractor="older") as store:
        store.add(store.start_run(["test"]), [(dam, older)])
        drawn_from = store.contents_key()
    with Store.open(store_url, extractor="newer") as store:
        assert dam.id not in store.stored_keys()
        run = store.start_run(["test"])
        # The newer extractor failing on it keeps what the older one stored.
        store.add(run, [], [FailedArticle(dam.id, None, dam.source, "timed out")])
        assert {event.title for event in store.events()} == {event.title for event in older}
        assert store.add(run, [(dam, events)]) == 1
        assert dam.id in store.stored_keys()
        assert {event.title for event in store.events()} == {event.title for event in events}
        assert store.counts() == {
            "articles": 1,
            "events": len(events),
            "mentions": sum(len(event.mentions) for event in events),
            "event_sources": len(events),
            "runs": 2,
        }
        # Same numbers of articles and events, other events: outputs must be drawn anew.
        assert store.contents_key() != drawn_from
        assert store.add(store.start_run(["test"]), [(dam, events)]) == 0
    with Store.open(store_url, extractor="older") as store:
        assert dam.id not in store.stored_keys()


def test_articles_stored_with_no_extractor_version_are_read_again(store_url: str) -> None:
    """Stores from before extractor versions: their articles have none."""
    with Store.open(store_url) as store:
        store.add(store.start_run(["test"]), extracted("dam", "budget"))
        with store.engine.begin() as connection:
            connection.execute(text("UPDATE articles SET extractor = NULL"))
        assert store.stored_keys() == set()
        assert store.add(store.start_run(["test"]), extracted("dam", "budget")) == 2
        assert store.stored_keys() == {article("dam").id, article("budget").id}
