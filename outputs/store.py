"""The lasting event store: articles, their per-article events and mentions, and runs.

Any SQLAlchemy URL works; the default is an embedded SQLite file and PostgreSQL is tested.
Every write is one short transaction, so a run killed at any point leaves the store as it
was after its last committed batch, and the next run stores whatever is still missing.
Each article is stored with the version of the extractor that made its events: the same
extractor never stores an article twice (re-running the same input adds nothing), and a
newer one replaces its events when a run reads it again.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Engine,
    Integer,
    String,
    Text,
    column,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    table,
    update,
)
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from extractors.articles import Article, FailedArticle
from extractors.events import Event
from extractors.version import extractor_version
from outputs.migrations import migrate

DONE = "done"
FAILED = "failed"
# How long a writer waits for another run's transaction before the store counts as busy.
BUSY_TIMEOUT_SECONDS = 60.0

articles = table(
    "articles",
    column("id", String),
    column("url", String),
    column("title", Text),
    column("source", Text),
    column("published", Date),
    column("fetched", DateTime(timezone=True)),
    column("content_hash", String),
    column("status", String),
    column("error", Text),
    column("text", Text),
    column("run_id", Integer),
    column("extractor", String),
)
events = table(
    "events",
    column("id", String),
    column("article_id", String),
    column("value", String),
    column("first", Date),
    column("last", Date),
    column("data", Text),
)
mentions = table(
    "mentions",
    column("event_id", String),
    column("position", Integer),
    column("article_id", String),
    column("start", Integer),
    column("end", Integer),
    column("text", Text),
    column("value", String),
)
event_sources = table("event_sources", column("event_id", String), column("article_id", String))
runs = table(
    "runs",
    column("id", Integer),
    column("started", DateTime(timezone=True)),
    column("finished", DateTime(timezone=True)),
    column("sources", Text),
    column("read", Integer),
    column("added", Integer),
    column("failed", Integer),
    column("errors", Text),
)


class StoreBusyError(RuntimeError):
    """Another run holds the store's write lock for longer than we are willing to wait."""


def default_store_url(out_dir: Path) -> str:
    """The embedded SQLite store beside the outputs."""
    return f"sqlite:///{(out_dir / 'newsline.db').resolve()}"


def describe(url: str) -> str:
    """The store URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)


def _serialise_sqlite_writers(engine: Engine, busy_timeout: float) -> None:
    """Let SQLite transactions take the write lock at BEGIN, waiting up to the busy timeout.

    pysqlite's own transaction handling defers the lock to the first write, where a
    concurrent writer fails at once instead of waiting; WAL lets readers go on meanwhile.
    """

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        _switch_to_wal(cursor, busy_timeout)
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _switch_to_wal(cursor: Any, busy_timeout: float) -> None:
    """Put the database in WAL mode, waiting up to ``busy_timeout`` for other connections.

    SQLite's busy timeout does not cover this switch: while another run opens the same new
    file, it fails at once with "database is locked".
    """
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _event_rows(event_: Event) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    data = event_.to_dict()
    row = {
        "id": event_.id,
        "article_id": event_.mentions[0].article_id,
        "value": event_.value,
        "first": event_.first,
        "last": event_.last,
        "data": json.dumps(data, ensure_ascii=False),
    }
    mention_rows = [
        {
            "event_id": event_.id,
            "position": position,
            "article_id": mention["article_id"],
            "start": mention["timex"]["start"],
            "end": mention["timex"]["end"],
            "text": mention["timex"]["text"],
            "value": mention["timex"]["value"],
        }
        for position, mention in enumerate(data["mentions"])
    ]
    source_rows = [{"event_id": event_.id, "article_id": source} for source in event_.sources]
    return row, mention_rows, source_rows


# Dialects whose INSERT can skip a row another transaction committed meanwhile (waiting for
# it if it is still open) instead of failing the whole batch.
_INSERT_OR_SKIP = {"sqlite": sqlite_insert, "postgresql": postgresql_insert}


def _insert_articles(connection: Connection, rows: list[dict[str, Any]]) -> set[str]:
    """Insert article rows, skipping ids a concurrent run has stored; returns the ids inserted."""
    if not rows:
        return set()
    dialect_insert = _INSERT_OR_SKIP.get(connection.dialect.name)
    if dialect_insert is None:  # elsewhere a concurrent run's duplicate fails the batch
        connection.execute(insert(articles), rows)
        return {row["id"] for row in rows}
    statement = dialect_insert(articles).on_conflict_do_nothing(index_elements=["id"])
    return set(connection.execute(statement.returning(articles.c.id), rows).scalars())


def _delete_articles(connection: Connection, ids: list[str]) -> None:
    """Remove articles with their events, mentions and sources (to store them anew)."""
    if not ids:
        return
    their_events = select(events.c.id).where(events.c.article_id.in_(ids))
    connection.execute(delete(event_sources).where(event_sources.c.event_id.in_(their_events)))
    connection.execute(delete(mentions).where(mentions.c.event_id.in_(their_events)))
    connection.execute(delete(events).where(events.c.article_id.in_(ids)))
    connection.execute(delete(articles).where(articles.c.id.in_(ids)))


def _searchable(event_: Event) -> str:
    """The text a --query is matched against: the title and every reporting sentence."""
    parts = [event_.title, event_.trigger, *event_.actors, event_.place or ""]
    for mention in event_.mentions:
        parts += [mention.sentence, mention.article_title]
    return " ".join(parts).lower()


class Store:
    """One open store; create with ``Store.open(url)`` and close (or use ``with``)."""

    def __init__(self, engine: Engine, busy_timeout: float, extractor: str) -> None:
        self.engine = engine
        self.busy_timeout = busy_timeout
        self.extractor = extractor

    @classmethod
    def open(
        cls, url: str, busy_timeout: float = BUSY_TIMEOUT_SECONDS, extractor: str | None = None
    ) -> Store:
        """Connect, creating a SQLite file's folder and bringing the schema up to date.

        A write that waits over ``busy_timeout`` seconds for another run raises StoreBusyError.
        Articles added are marked as made by ``extractor`` (default: this newsline's).
        """
        parsed = make_url(url)
        if parsed.drivername == "postgresql":  # psycopg 3 is the driver newsline installs
            parsed = parsed.set(drivername="postgresql+psycopg")
        backend = parsed.get_backend_name()
        if backend == "sqlite" and parsed.database not in (None, "", ":memory:"):
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        connect_args = {}
        if backend == "postgresql":
            connect_args["options"] = f"-c lock_timeout={int(busy_timeout * 1000)}"
        engine = create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
        if backend == "sqlite":
            _serialise_sqlite_writers(engine, busy_timeout)
        store = cls(engine, busy_timeout, extractor or extractor_version())
        with store.transaction() as connection:
            migrate(connection)
        return store

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One atomic unit of work; a lock held too long by another run is StoreBusyError."""
        try:
            with self.engine.begin() as connection:
                yield connection
        except OperationalError as error:
            if any(sign in str(error.orig) for sign in ("database is locked", "lock timeout")):
                raise StoreBusyError(
                    f"the store {describe(str(self.engine.url))} is busy: another newsline run"
                    f" has held it for over {self.busy_timeout:g} s; try again when it ends"
                ) from error
            raise

    def stored_keys(self) -> set[str]:
        """Ids and URLs of the articles this extractor has stored: not fetched or read again."""
        with self.transaction() as connection:
            rows = connection.execute(
                select(articles.c.id, articles.c.url).where(
                    articles.c.status == DONE, articles.c.extractor == self.extractor
                )
            )
            return {key for row in rows for key in row if key}

    def start_run(self, sources: Sequence[str]) -> int:
        with self.transaction() as connection:
            return connection.execute(
                insert(runs)
                .values(
                    started=datetime.now(UTC),
                    sources=json.dumps(list(sources)),
                    read=0,
                    added=0,
                    failed=0,
                )
                .returning(runs.c.id)
            ).scalar_one()

    def finish_run(self, run_id: int, read: int, added: int, errors: Sequence[str]) -> None:
        with self.transaction() as connection:
            connection.execute(
                update(runs)
                .where(runs.c.id == run_id)
                .values(
                    finished=datetime.now(UTC),
                    read=read,
                    added=added,
                    failed=len(errors),
                    errors=json.dumps(list(errors), ensure_ascii=False),
                )
            )

    def add(
        self,
        run_id: int,
        extracted: Iterable[tuple[Article, list[Event]]],
        failed: Iterable[FailedArticle] = (),
    ) -> int:
        """Store articles with their events, and failed ones for a retry; returns articles added.

        One transaction: all of it is stored or none. Articles this extractor has stored,
        also in a run going on at the same time, are skipped with their events; those an
        older extractor stored are replaced with their events. A failure never replaces an
        article stored whole.
        """
        by_id = {article.id: (article, found) for article, found in extracted}
        extracted = list(by_id.values())
        failed = [item for item in failed if item.id not in by_id]
        with self.transaction() as connection:
            return self._add(connection, run_id, extracted, failed)

    def _add(
        self,
        connection: Connection,
        run_id: int,
        extracted: list[tuple[Article, list[Event]]],
        failed: list[FailedArticle],
    ) -> int:
        ids = [article.id for article, _ in extracted] + [item.id for item in failed]
        stored = {
            id_: extractor
            for id_, extractor in connection.execute(
                select(articles.c.id, articles.c.extractor).where(
                    articles.c.id.in_(ids), articles.c.status == DONE
                )
            )
        }
        done = {id_ for id_, extractor in stored.items() if extractor == self.extractor}
        outdated = [article.id for article, _ in extracted if article.id in stored.keys() - done]
        _delete_articles(connection, outdated)
        connection.execute(
            delete(articles).where(articles.c.id.in_(ids), articles.c.status == FAILED)
        )
        now = datetime.now(UTC)
        article_rows = [
            {
                "id": article.id,
                "url": article.url,
                "title": article.title,
                "source": article.source,
                "published": article.published,
                "fetched": now,
                "content_hash": article.content_hash,
                "status": DONE,
                "error": None,
                "text": article.text,
                "run_id": run_id,
                "extractor": self.extractor,
            }
            for article, _ in extracted
            if article.id not in done
        ]
        article_rows.extend(
            {
                "id": item.id,
                "url": item.url,
                "title": "",
                "source": item.source,
                "published": None,
                "fetched": now,
                "content_hash": None,
                "status": FAILED,
                "error": item.error,
                "text": None,
                "run_id": run_id,
                "extractor": self.extractor,
            }
            for item in failed
            if item.id not in stored
        )
        inserted = _insert_articles(connection, article_rows)
        event_rows, mention_rows, source_rows = [], [], []
        for article, found in extracted:
            if article.id not in inserted:
                continue
            for event_ in found:
                row, its_mentions, its_sources = _event_rows(event_)
                event_rows.append(row)
                mention_rows.extend(its_mentions)
                source_rows.extend(its_sources)
        for target, rows in (
            (events, event_rows),
            (mentions, mention_rows),
            (event_sources, source_rows),
        ):
            if rows:
                connection.execute(insert(target), rows)
        return sum(article.id in inserted for article, _ in extracted)

    def events(
        self,
        since: date | None = None,
        until: date | None = None,
        query: str | None = None,
    ) -> list[Event]:
        """Stored per-article events overlapping [since, until] whose text has all query words."""
        statement = select(events.c.data).order_by(events.c.first, events.c.last, events.c.id)
        if since is not None:
            statement = statement.where(events.c.last >= since)
        if until is not None:
            statement = statement.where(events.c.first <= until)
        with self.transaction() as connection:
            found = [
                Event.from_dict(json.loads(data))
                for data in connection.execute(statement).scalars()
            ]
        words = (query or "").lower().split()
        return [event_ for event_ in found if all(word in _searchable(event_) for word in words)]

    def contents_key(self) -> tuple[str, int, int, int | None]:
        """The store, how many articles and events it holds, and the last run that stored an
        article. Articles are only added or replaced, each time by a later run, so outputs
        drawn at the same key show the same events."""
        with self.transaction() as connection:
            done = articles.c.status == DONE
            stored = select(func.count()).select_from(articles).where(done)
            total = select(func.count()).select_from(events)
            last_run = select(func.max(articles.c.run_id)).where(done)
            return (
                describe(str(self.engine.url)),
                connection.execute(stored).scalar_one(),
                connection.execute(total).scalar_one(),
                connection.execute(last_run).scalar_one(),
            )

    def counts(self) -> dict[str, int]:
        """Rows per table: what a run left behind, for summaries and tests."""
        with self.transaction() as connection:
            return {
                name: connection.execute(select(func.count()).select_from(target)).scalar_one()
                for name, target in (
                    ("articles", articles),
                    ("events", events),
                    ("mentions", mentions),
                    ("event_sources", event_sources),
                    ("runs", runs),
                )
            }
