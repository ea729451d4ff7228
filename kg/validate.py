"""SHACL validation of the store with pySHACL, against ontology/shapes.ttl and kg.ttl."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import RDF, Graph

from kg.namespace import PREFIXES
from kg.resources import ontology_file


def store_graph(store) -> Graph:
    """The union of the store's graphs as an rdflib Graph."""
    import pyoxigraph as ox

    triples = set(store.triples())
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    graph = Graph()
    graph.parse(data=data.decode("utf-8"), format="nt")
    return graph


@dataclass(frozen=True)
class Violation:
    """One SHACL result, in kg's prefixes: what kind of node, which property, which rule."""

    target: str  # the class the shape is for ("kg:Event"), or "" when the shape says none
    path: str  # "kg:cameoCode"
    constraint: str  # "MaxCount"
    focus: str  # the node that breaks it
    value: str
    message: str


def check_graph(graph: Graph) -> tuple[bool, str, list[Violation]]:
    """Whether a graph conforms, pySHACL's full report, and its results one by one."""
    from pyshacl import validate

    shapes = Graph().parse(ontology_file("shapes.ttl"))
    ontology = Graph().parse(ontology_file("kg.ttl"))
    conforms, results, text = validate(graph, shacl_graph=shapes, ont_graph=ontology,
                                       inference="none", advanced=True)
    return bool(conforms), str(text), _violations(results, shapes)


def validate_graph(graph: Graph) -> tuple[bool, str]:
    conforms, text, _ = check_graph(graph)
    return conforms, text


def validate_store(store) -> tuple[bool, str]:
    return validate_graph(store_graph(store))


def _violations(results: Graph, shapes: Graph) -> list[Violation]:
    from rdflib.namespace import SH

    for prefix, iri in PREFIXES.items():
        results.bind(prefix, iri, override=True)

    def short(node) -> str:  # noqa: ANN001
        if node is None:
            return ""
        try:
            return node.n3(results.namespace_manager)
        except Exception:  # a literal or blank node n3() cannot shorten
            return str(node)

    out: list[Violation] = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        shape = results.value(result, SH.sourceShape)
        owner = shapes.value(None, SH.property, shape) or shape  # the node shape it is in
        target = shapes.value(owner, SH.targetClass)
        component = short(results.value(result, SH.sourceConstraintComponent))
        out.append(Violation(
            short(target), short(results.value(result, SH.resultPath)),
            component.split(":")[-1].removesuffix("ConstraintComponent"),
            short(results.value(result, SH.focusNode)), short(results.value(result, SH.value)),
            str(results.value(result, SH.resultMessage) or "")))
    return sorted(out, key=lambda v: (v.target, v.path, v.constraint, v.focus))


def summary(violations: list[Violation], examples: int = 3) -> str:
    """Violations counted by class, property and rule, with the first few of each."""
    groups: dict[tuple[str, str, str], list[Violation]] = {}
    for v in violations:
        groups.setdefault((v.target, v.path, v.constraint), []).append(v)
    lines = [f"The store does not conform to the shapes: {len(violations)} violation"
             f"{'' if len(violations) == 1 else 's'} of {len(groups)} "
             f"rule{'' if len(groups) == 1 else 's'}.", ""]
    for (target, path, constraint), found in sorted(groups.items(),
                                                    key=lambda kv: -len(kv[1])):
        lines.append(f"{len(found):6}  {target or '(any node)'}  {path or '(the node)'}  "
                     f"{constraint}")
        for v in found[:examples]:
            value = f" = {v.value}" if v.value and v.value != v.focus else ""
            lines.append(f"          {v.focus}{value}: {v.message}")
        if len(found) > examples:
            lines.append(f"          ... and {len(found) - examples} more")
    lines += ["", "Run `kg validate --verbose` for pySHACL's full report."]
    return "\n".join(lines)
