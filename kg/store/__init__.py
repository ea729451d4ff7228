"""Stage 5, store: where the quads live. One small interface (`base.Store`); the embedded
on-disk pyoxigraph store is the default, chosen by `--store PATH` or `KG_STORE`.
"""

from __future__ import annotations

import os

from kg.store.base import Store

DEFAULT_STORE = "kg-data"


def store_path(path: str | None) -> str:
    return path or os.environ.get("KG_STORE") or DEFAULT_STORE


def open_store(path: str | None = None, *, endpoint: str | None = None,
               update_endpoint: str | None = None, read_only: bool = False,
               create: bool = True) -> Store:
    """The SPARQL endpoint at ENDPOINT when one is given, else the embedded store at PATH
    (default ./kg-data, or $KG_STORE)."""
    if endpoint:
        from kg.store.remote import RemoteStore

        return RemoteStore(endpoint, update_endpoint)
    from kg.store.local import LocalStore

    return LocalStore(store_path(path), read_only=read_only, create=create)


__all__ = ["Store", "open_store", "store_path", "DEFAULT_STORE"]
