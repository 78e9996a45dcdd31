"""Which extractor made a stored article's events: a digest of this package's code and data.

The store keeps it with each article. A run skips the articles the same extractor has
already done, and extracts again (replacing the events of) those an older one did.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_SOURCES = (".py", ".json", ".tsv")


@cache
def extractor_version() -> str:
    """16 hex digits that change whenever any module or data file of ``extractors`` does."""
    return source_digest(_PACKAGE)


def source_digest(folder: Path) -> str:
    """A digest of the names and contents of the code and data files under ``folder``."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.suffix in _SOURCES and "__pycache__" not in path.parts:
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
