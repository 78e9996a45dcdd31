"""Versioned schema of the event store: ordered steps, each applied once, in a transaction.

Each step builds the tables it creates itself (not from the store's current table
definitions), so an old store is brought up to date by exactly the DDL of its missing
steps. Add a step at the end; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    Column,
    Connection,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    select,
    text,
)

# A fixed number for PostgreSQL's advisory lock that serialises migrations across processes.
_MIGRATION_LOCK_KEY = 4_711_202_611


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


def _initial_schema(connection: Connection) -> None:
    metadata = MetaData()
    Table(
        "articles",
        metadata,
        Column("id", String, primary_key=True),
        Column("url", String, index=True),
        Column("title", Text, nullable=False),
        Column("source", Text, nullable=False),
        Column("published", Date),
        Column("fetched", DateTime(timezone=True), nullable=False),
        Column("content_hash", String(64)),
        Column("status", String(16), nullable=False),
        Column("error", Text),
        Column("text", Text),
        Column("run_id", Integer),
    )
    Table(
        "events",
        metadata,
        Column("id", String, primary_key=True),
        Column("article_id", String, ForeignKey("articles.id"), nullable=False, index=True),
        Column("value", String, nullable=False, index=True),
        Column("first", Date, nullable=False),
        Column("last", Date, nullable=False),
        Column("data", Text, nullable=False),
        Index("ix_events_first_last", "first", "last"),
    )
    Table(
        "mentions",
        metadata,
        Column("event_id", String, ForeignKey("events.id"), primary_key=True),
        Column("position", Integer, primary_key=True),
        Column("article_id", String, ForeignKey("articles.id"), nullable=False, index=True),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("text", Text, nullable=False),
        Column("value", String, nullable=False),
    )
    Table(
        "event_sources",
        metadata,
        Column("event_id", String, ForeignKey("events.id"), primary_key=True),
        Column("article_id", String, ForeignKey("articles.id"), primary_key=True, index=True),
    )
    Table(
        "runs",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("started", DateTime(timezone=True), nullable=False),
        Column("finished", DateTime(timezone=True)),
        Column("sources", Text, nullable=False),
        Column("read", Integer, nullable=False, default=0),
        Column("added", Integer, nullable=False, default=0),
        Column("failed", Integer, nullable=False, default=0),
        Column("errors", Text),
    )
    metadata.create_all(connection)


def _extractor_of_articles(connection: Connection) -> None:
    # Articles stored before have no extractor version: the next run that reads them
    # extracts them again.
    connection.execute(text("ALTER TABLE articles ADD COLUMN extractor VARCHAR(64)"))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _initial_schema),
    Migration(2, "extractor version of each article", _extractor_of_articles),
)

_versions = MetaData()
schema_migrations = Table(
    "schema_migrations",
    _versions,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String, nullable=False),
    Column("applied", DateTime(timezone=True), nullable=False),
)


def current_version(connection: Connection) -> int:
    """The newest applied step, 0 for an empty database."""
    if not inspect(connection).has_table("schema_migrations"):
        return 0
    versions = connection.execute(select(schema_migrations.c.version)).scalars().all()
    return max(versions, default=0)


def migrate(connection: Connection) -> list[int]:
    """Apply every missing step inside the caller's transaction; returns the versions applied.

    Concurrent processes opening a new store serialise here (PostgreSQL advisory lock; SQLite
    write transactions are exclusive already), so each step runs exactly once.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
    _versions.create_all(connection)
    version = current_version(connection)
    newest = MIGRATIONS[-1].version
    if version > newest:
        raise RuntimeError(
            f"the store has schema version {version}, newer than this newsline knows ({newest}):"
            " upgrade newsline"
        )
    applied = []
    for step in MIGRATIONS:
        if step.version > version:
            step.apply(connection)
            connection.execute(
                schema_migrations.insert().values(
                    version=step.version, name=step.name, applied=datetime.now(UTC)
                )
            )
            applied.append(step.version)
    return applied
