"""Files that ship with kg: the ontology and the canned queries.

In a wheel they are inside the package (kg/ontology, kg/queries); in a source checkout they
are at the top of the repository, where users look for them.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kg is installed without its {name}/ folder")


def ontology_file(name: str = "kg.ttl") -> Path:
    return data_dir("ontology") / name


def queries_dir() -> Path:
    return data_dir("queries")
