"""Errors a user can act on. Each names the thing at fault and the way out.

Exit codes (pySHACL's convention): 0 success; 1 ran, but some input failed or the data does
not conform; 2 usage or configuration error (store, model, endpoint, flags).
"""

from __future__ import annotations


class KgError(Exception):
    """A configuration or usage problem: the command cannot run at all (exit code 2)."""

    exit_code = 2


class StoreError(KgError):
    """The store is missing, busy, unwritable, or not a store."""


class ModelError(KgError):
    """No spaCy model could be loaded."""


class QueryError(KgError):
    """A query name, file or parameter is wrong."""


class SourceError(Exception):
    """One input (a file, or one line of a JSONL file) could not be read as an article.

    It is reported and counted; the rest of the input is still ingested (exit code 1).
    """

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class Skipped(SourceError):
    """A file in a folder that is not an article (an image, a note): said, not failed."""
