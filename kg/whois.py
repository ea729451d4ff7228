"""`kg whois NAME`: what the graph knows of one person, and what the office-holder directory
says of their offices. Each section is a canned query with the person bound (so every row
names its article), after the directory's terms."""

from __future__ import annotations

from kg import directory, queries

# (section title, canned query, its parameter for the person)
SECTIONS = (("Roles stated in articles", "roles", "person"),
            ("Meetings", "who-met-whom", "person"),
            ("Commitments", "commitments", "actor"),
            ("Statements", "statements", "speaker"))
TERM_COLUMNS = ["office", "of", "from", "until", "wikidata", "source"]


def directory_terms(name: str) -> list[dict[str, str]]:
    """The person's terms of office in kg/data/office_holders.tsv (any one name or alias)."""
    known = directory.load()
    term = known.person(name)
    if term is None:
        return []
    return [{"office": t.office, "of": t.holder, "from": t.start,
             "until": t.end or (f"(in office; known to {t.known_until})" if t.known_until
                                else "(in office)"),
             "wikidata": t.wikidata, "source": t.source}
            for t in sorted(known.offices_of(term), key=lambda t: t.start)]


def whois(store, name: str) -> list[tuple[str, list[str], list[dict[str, str]]]]:
    """[(section title, columns, rows)]: the directory's terms, then each canned query."""
    out = [("Offices (office-holder directory)", TERM_COLUMNS, directory_terms(name))]
    term = directory.load().person(name)
    label = term.name if term else name  # "Zelenskiy": the node is "Volodymyr Zelenskyy"
    canned = queries.canned()
    for title, query, param in SECTIONS:
        columns, rows = queries.run(store, canned[query], {param: label})
        out.append((title, columns, rows))
    return out
