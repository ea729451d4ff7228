"""Stage 7, pictures: the who-met-whom network as an image or a page that works offline.

The network is the canned who-met-whom query's rows (so its filters are that query's:
person, status, kind), cut to a date range: people are nodes sized by how many meetings
they had, and an edge joins two people who met, labelled with the date and place of their
meetings. NetworkX lays it out (a seeded spring layout: the same store draws the same
picture) and matplotlib draws it as SVG or PNG; an .html page holds the SVG inline with a
table of the meetings, and loads nothing from anywhere.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from kg import pictures

FORMATS = (".html", ".svg", ".png")


@dataclass(frozen=True)
class Meeting:
    a: str
    b: str
    date: str
    place: str
    event: str
    kind: str


def meetings(store, params: dict[str, str], since: str | None = None,
             until: str | None = None) -> list[Meeting]:
    """The who-met-whom rows for the filters, within [since, until] (YYYY, YYYY-MM or
    YYYY-MM-DD; a meeting with no date is kept only when no range is given)."""
    from kg import queries as q

    _, rows = q.run(store, q.find("who-met-whom"), params)
    return [Meeting(row["person_a"], row["person_b"], row.get("date", ""), row.get("place", ""),
                    row.get("event", ""), row.get("kind", ""))
            for row in rows if pictures.within(row.get("date", ""), since, until)]


def _edge_label(items: list[Meeting]) -> str:
    first = sorted(items, key=lambda m: m.date)[0]
    label = ", ".join(x for x in (first.date, first.place.split("; ")[0]) if x)
    return label + (f" (+{len(items) - 1})" if len(items) > 1 else "")


def draw(found: list[Meeting], title: str) -> tuple[bytes, bytes]:
    """The network as SVG and PNG bytes."""
    import networkx as nx

    plt = pictures.pyplot()
    count: Counter[str] = Counter()
    pairs: dict[tuple[str, str], list[Meeting]] = defaultdict(list)
    for m in found:
        a, b = sorted((m.a, m.b))
        pairs[(a, b)].append(m)
    for (a, b), items in pairs.items():
        count[a] += len(items)
        count[b] += len(items)
    g = nx.Graph()
    for person in sorted(count):
        g.add_node(person)
    for (a, b), items in sorted(pairs.items()):
        g.add_edge(a, b, label=_edge_label(items))
    size = max(6.0, min(20.0, 2.0 + 0.9 * len(g)))
    fig, ax = plt.subplots(figsize=(size, size * 0.7))
    ax.set_title(title)
    ax.axis("off")
    if len(g):
        pos = _layout(g)
        nx.draw_networkx_edges(g, pos, ax=ax, edge_color="#8899aa", width=1.5)
        nx.draw_networkx_nodes(g, pos, ax=ax, node_color="#3b6ea5",
                               node_size=[120 + 120 * count[n] for n in g])
        nx.draw_networkx_labels(g, {n: (x, y + 0.09) for n, (x, y) in pos.items()}, ax=ax,
                                font_size=9)
        nx.draw_networkx_edge_labels(g, pos, ax=ax, font_size=7, rotate=False,
                                     font_color="#445566",
                                     edge_labels=nx.get_edge_attributes(g, "label"),
                                     bbox={"facecolor": "white", "alpha": 0.8,
                                           "linewidth": 0})
        xs = [x for x, _ in pos.values()]
        ys = [y for _, y in pos.values()]
        ax.set_xlim(min(xs) - 0.5, max(xs) + 0.5)
        ax.set_ylim(min(ys) - 0.3, max(ys) + 0.3)
    else:
        ax.text(0.5, 0.5, "No meetings for these filters", ha="center", va="center")
    return pictures.save(fig)


def _layout(g) -> dict[str, tuple[float, float]]:
    """Each group of people who met (a connected component) laid out on its own (a seeded
    spring layout), the groups side by side in rows, largest first: no group is pushed to
    the edge of the picture by the others."""
    import networkx as nx

    groups = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c))
    columns = max(1, round(len(groups) ** 0.5 + 0.5))
    pos: dict[str, tuple[float, float]] = {}
    for n, group in enumerate(groups):
        sub = g.subgraph(group)
        local = nx.spring_layout(sub, seed=7, scale=0.8) if len(group) > 1 else {group[0]: (0, 0)}
        row, col = divmod(n, columns)
        for person, (x, y) in local.items():
            pos[person] = (col * 2.4 + float(x), -row * 2.0 + float(y))
    return pos


def page(found: list[Meeting], title: str, svg: bytes) -> str:
    """A self-contained HTML page: the picture inline and the meetings as a table."""
    people = {m.a for m in found} | {m.b for m in found}
    return pictures.page(
        title, f"{len(people)} people, {len(found)} meetings.", svg,
        ["person", "person", "date", "place", "event", "kind"],
        [[m.a, m.b, m.date, m.place, m.event, m.kind]
         for m in sorted(found, key=lambda m: (m.date, m.a, m.b))])


def write(found: list[Meeting], output: Path, title: str) -> None:
    svg, png = draw(found, title)
    pictures.write(output, svg, png, lambda: page(found, title, svg))
