#!/usr/bin/env python3
"""Build kg/data/wikidata_ids.tsv: the Wikidata Q-id of every country and organisation.

Usage:
    python tools/build_wikidata_ids.py SOURCES_DIR [-o kg/data/wikidata_ids.tsv]

SOURCES_DIR is a directory kept outside the repository (for example
/work/scratch/wikidata-sources/), filled with `git show HEAD:<path>` from
snapshots of public GitHub repositories (kg/data/README.md lists them):

    country-codes.csv                  datasets/country-codes data/country-codes.csv
                                       (ODC-PDDL-1.0; column wikidata_id comes from Wikidata, CC0)
    ep-world.country-cabinets.csv      every-politician-scrapers/world
                                       wikidata/results/country-cabinets.csv (Wikidata, CC0)
    ep-world-leaders-2021.wikidata.csv every-politician-scrapers/world-leaders-2021
                                       data/wikidata.csv (Wikidata, CC0)
    ep-world.position-info.csv         every-politician-scrapers/world
                                       wikidata/results/position-info.csv (Wikidata, CC0;
                                       cross-check of organisation ids only)
    supraverden.general_list.yaml      confirmordeny/supraverden data/general_list.yaml
                                       (CC BY-SA 4.0; its Wikidata codes are taken from Wikidata)
    SNAPSHOTS.txt                      file, repository, path, commit, date, licence (tab-separated)

How ids are chosen (nothing is made up here; an entity without an id in the sources
is left out and listed on stderr):

* country: the `wikidata_id` of the one country-codes.csv row whose ISO3166-1-Alpha-3
  is our ISO3 code.  Where that cell is empty, the EveryPolitician (Wikidata) item whose
  English label equals our name or one of our other names, if exactly one item matches.
  The label written is the Wikidata English label from the EveryPolitician files, or
  else the CLDR display name of country-codes.csv.
* organisation: the supraverden entry whose entry name or Name_en, else whose other English
  name or English abbreviation, equals (ignoring case) our name; failing that the same for
  our other names, then for our key.  Entries without a Q-id are skipped, and an ambiguous
  match (two different Q-ids at the same step) is left out.  The label written is
  supraverden's Name_en.

Standard library only; no network access.
"""
from __future__ import annotations

import argparse
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, os.pardir, "kg", "data")
QID = re.compile(r"^Q[1-9][0-9]*$")


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            rows.append(line.rstrip("\n").split("\t"))
    return rows


def split_names(cell):
    return [x.strip() for x in cell.split(";") if x.strip()] if cell else []


def qid_of(value):
    value = (value or "").strip().rstrip("/")
    value = value.rsplit("/", 1)[-1]
    return value if QID.match(value) else ""


# -- sources -----------------------------------------------------------------------------

def load_country_codes(src):
    by_iso3 = {}
    with open(os.path.join(src, "country-codes.csv"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            iso3 = row.get("ISO3166-1-Alpha-3", "").strip()
            if iso3:
                by_iso3.setdefault(iso3, []).append(row)
    return by_iso3


def load_ep_labels(src):
    """Q-id -> English labels (in file order) from the EveryPolitician Wikidata files."""
    labels = {}
    for name, qcol, lcol in (("ep-world.country-cabinets.csv", "state", "stateLabel"),
                             ("ep-world-leaders-2021.wikidata.csv", "countryid", "country")):
        path = os.path.join(src, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                q = qid_of(row.get(qcol))
                label = (row.get(lcol) or "").strip()
                if q and label and label != q:
                    labels.setdefault(q, [])
                    if label not in labels[q]:
                        labels[q].append(label)
    return labels


def load_supraverden(src):
    """Minimal reader for general_list.yaml: top-level keys, two-space-indented scalars."""
    entries = {}
    current = None
    top = re.compile(r"^(\S.*):\s*$")
    field = re.compile(r"^  ([A-Za-z0-9_]+):\s*(.*)$")
    with open(os.path.join(src, "supraverden.general_list.yaml"), encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            m = top.match(line)
            if m:
                current = m.group(1).strip().strip("'\"")
                entries[current] = {}
                continue
            m = field.match(line)
            if m and current is not None:
                entries[current][m.group(1)] = m.group(2).strip().strip("'\"")
    return entries


def load_position_jurisdictions(src):
    path = os.path.join(src, "ep-world.position-info.csv")
    out = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                q = qid_of(row.get("jurisdiction"))
                if q:
                    out[q] = row.get("jurisdictionLabel", "")
    return out


def load_snapshots(src):
    path = os.path.join(src, "SNAPSHOTS.txt")
    out = []
    if os.path.exists(path):
        for parts in read_tsv(path):
            out.append(parts)
    return out


# -- matching ----------------------------------------------------------------------------

NAME_FIELD = re.compile(r"^(Name|Name_other(_\d+)?|Abbreviation(_other(_\d+)?)?)_en$")


def countries(src, warnings):
    cc = load_country_codes(src)
    ep = load_ep_labels(src)
    ep_by_label = {}
    for q, labels in ep.items():
        for label in labels:
            ep_by_label.setdefault(label.casefold(), set()).add(q)
    rows, missing = [], []
    for parts in read_tsv(os.path.join(DATA, "countries.tsv")):
        iso3, name = parts[0], parts[1]
        others = split_names(parts[2]) if len(parts) > 2 else []
        found = cc.get(iso3, [])
        q, label = "", ""
        if len(found) > 1:
            warnings.append(f"country {iso3}: {len(found)} rows in country-codes.csv")
        elif found:
            q = qid_of(found[0].get("wikidata_id"))
            label = found[0].get("CLDR display name", "").strip()
        if not q:
            cands = set()
            for n in [name] + others:
                cands |= ep_by_label.get(n.casefold(), set())
            if len(cands) == 1:
                q = cands.pop()
                warnings.append(f"country {iso3}: no id in country-codes.csv; "
                                f"{q} from EveryPolitician label match on the name")
        if not q:
            missing.append((iso3, name))
            continue
        if q in ep:
            label = ep[q][0]
        else:
            warnings.append(f"country {iso3}: {q} not in the EveryPolitician files; "
                            f"label is the CLDR name")
        for n in [name] + others:  # cross-check: an EP item with our name but another id
            other = ep_by_label.get(n.casefold(), set()) - {q}
            if other:
                warnings.append(f"country {iso3}: EveryPolitician label {n!r} is on "
                                f"{sorted(other)}, not {q}")
        rows.append(("country", iso3, q, label))
    return rows, missing


def organisations(src, warnings):
    entries = load_supraverden(src)
    primary, secondary = {}, {}  # entry key and Name_en; other English names/abbreviations
    for key, e in entries.items():
        first = {key, e.get("Name_en", "")} - {""}
        rest = {v for f, v in e.items() if NAME_FIELD.match(f) and v} - first
        for n in first:
            primary.setdefault(n.casefold(), []).append(key)
        for n in rest:
            secondary.setdefault(n.casefold(), []).append(key)
    ep_orgs = load_position_jurisdictions(src)
    rows, missing = [], []
    for parts in read_tsv(os.path.join(DATA, "organisations.tsv")):
        okey, name = parts[0], parts[1]
        others = split_names(parts[2]) if len(parts) > 2 else []
        chosen = None
        steps = [(names, index) for names in ([name], others, [okey])
                 for index in (primary, secondary)]
        for step, index in steps:
            hits = {}
            for n in step:
                for k in index.get(n.casefold(), []):
                    q = qid_of(entries[k].get("Wikidata_code"))
                    if q:
                        hits.setdefault(q, k)
            if len(hits) == 1:
                chosen = next(iter(hits.items()))
                break
            if len(hits) > 1:
                warnings.append(f"organisation {okey}: ambiguous {sorted(hits.items())}")
                break
        if not chosen:
            missing.append((okey, name))
            continue
        q, k = chosen
        label = entries[k].get("Name_en") or k
        if q in ep_orgs:
            warnings.append(f"organisation {okey}: {q} confirmed by EveryPolitician "
                            f"position-info ({ep_orgs[q]})")
        rows.append(("organisation", okey, q, label))
    return rows, missing


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("sources", help="directory with the source files (outside the repo)")
    ap.add_argument("-o", "--output", default=os.path.join(DATA, "wikidata_ids.tsv"))
    args = ap.parse_args(argv)

    warnings = []
    crow, cmiss = countries(args.sources, warnings)
    orow, omiss = organisations(args.sources, warnings)

    head = [
        "# kind\tkey\twikidata\tlabel",
        "# Wikidata Q-id of each country (key: ISO 3166-1 alpha-3, as in countries.tsv) and",
        "# organisation (key as in organisations.tsv). label: the English label of the source, for checking.",
        "# Generated by: python tools/build_wikidata_ids.py <sources dir>  (no network; see kg/data/README.md)",
        "# Sources (file, repository, path, commit, date, licence):",
    ]
    for parts in load_snapshots(args.sources):
        head.append("#   " + " | ".join(parts))
    head += [
        "# country ids: country-codes.csv column wikidata_id (Wikidata, CC0; dataset ODC-PDDL-1.0);",
        "#   where it is empty (NAM), the EveryPolitician Wikidata item with our English name (CC0).",
        "#   country labels: Wikidata English labels from the EveryPolitician files (CC0).",
        "# organisation ids and labels: supraverden general_list.yaml Wikidata_code / Name_en",
        "#   (repository CC BY-SA 4.0; the Q codes are stated to be taken from Wikidata, CC0).",
        "# Entities without an id in these sources are left out.",
    ]
    with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(head) + "\n")
        for row in crow + orow:
            fh.write("\t".join(row) + "\n")

    for w in warnings:
        print("note:", w, file=sys.stderr)
    print(f"{len(crow)} countries, {len(orow)} organisations written to {args.output}",
          file=sys.stderr)
    for kind, miss in (("country", cmiss), ("organisation", omiss)):
        for key, name in miss:
            print(f"missing {kind}: {key}\t{name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
