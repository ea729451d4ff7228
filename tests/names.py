"""The names kg gives people, for tests that compare them with a reader's."""

from __future__ import annotations

import datetime as dt


def canon(names):
    """The office-holder directory's name for people it knows (Wikidata's spelling,
    "S. Jaishankar", "Bongbong Marcos"), else the name as given; a list is sorted."""
    from kg import directory

    def one(name):
        term = directory.load().person(name, dt.date(2025, 9, 1))
        return term.name if term else name

    return sorted(one(n) for n in names) if isinstance(names, list) else one(names)
