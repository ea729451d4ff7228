#!/usr/bin/env python3
"""Build kg/data/office_holders.tsv from openly licensed source files.

Usage:
    python tools/build_office_holders.py SOURCES_DIR [-o kg/data/office_holders.tsv]

SOURCES_DIR is a directory kept outside the repository (for example
/work/scratch/office-sources/) laid out as follows (kg/data/README.md says how
each file was fetched):

    ep/<repo>.holders21.csv       EveryPolitician scrapers (every-politician-scrapers/<repo>,
                                  file html/holders21.csv): Wikidata P39 statements (CC0)
    ep/SNAPSHOTS.txt              "<repo> <commit> <date>" per line
    uscl/executive.yaml           unitedstates/congress-legislators executive.yaml (CC0)
    odal/<country>.current.json   open-data-archive/world-leaders-current data/countries/*/current.json
                                  (CC BY-SA 4.0, from Wikipedia + Wikidata)
    Phoenix.Countries.actors.txt  openeventdata/petrarch2 CAMEO/Phoenix actor dictionary (MIT);
                                  used for name variants (aliases) only
    new/ifg/*.csv                 Institute for Government, IfG Ministers Database (CC BY 4.0):
                                  UK Prime Minister and Foreign Secretary
    new/pocom/secretary.xml, new/pocom/people/*.xml
                                  US Office of the Historian, Principal Officers (public domain /
                                  CC0): US Secretaries of State
    new/ep-world/foreign.wikidata.csv
                                  every-politician-scrapers/world sources/foreign/wikidata.csv:
                                  foreign ministers in office on 2022-12-11, Wikidata (CC0)
    new/factbook/factbook_executive_history.tsv
                                  CIA World Factbook (public domain) executive-branch texts, one row
                                  per distinct text with its first/last weekly snapshot
                                  (factbook/factbook.json, CC0), 2020-11 .. 2026; its EU text also
                                  gives the European Council president's predecessor and the EU
                                  High Representatives (read_factbook_eu_notes)
    new/orgs/SOURCES.md           the search for heads of international organisations (no file is
                                  read from there: the rows come from the files above)
    archive/cia-factbook-archive/countries.sql, archive/cia-factbook-archive/fields/country_fields_<YYYY>.sql.gz
                                  MilkMp/CIA-World-Factbooks-Archive-1990-2025 (b998f60) data/countries.sql
                                  and data/fields/ (1990-2020): one CIA World Factbook edition per year
                                  (public domain; the archive CC0), SQL Server INSERTs
                                  Countries(CountryID, Year, Code, Name, Source, MasterCountryID) and
                                  CountryFields(FieldID, CategoryID, CountryID, FieldName, Content);
                                  SOURCE.txt, LICENSE and README.md beside them (read_factbook_archive)
    Phoenix.International.actors.txt
                                  also read for its dated heads of organisations ("IGOrulers" spans
                                  of the entries in PHOENIX_IGO_HEADS: read_phoenix_igo)
    (new/unlicensed-wikidata-derived/ is NOT read: it has no licence.)

Standard library only; no network access.  Every row comes from a source file:
no date or Wikidata id is made up here.  Where sources overlap, precedence is
uscl (USA president / vice president) > ep (Wikidata) > odal; the newer sources
(ifg > pocom > ep-world foreign > factbook > factbook EU notes) then only add terms that are missing
and close or confirm open terms of the same person; last the yearly Factbook archive and the
Phoenix IGO heads only add terms that are missing (merge_new add_only); see merge_new() and README.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import difflib
import glob
import gzip
import html
import json
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

COLUMNS = ["name", "aliases", "office", "holder", "start", "end", "wikidata", "source",
           "known_until"]
MIN_END = "1990-01-01"  # drop terms that ended before the period covered

# --------------------------------------------------------------------------
# EveryPolitician repositories: repo -> (ISO alpha-3 or organisation key,
# {position label in holders21.csv: office}).  "monarch" is resolved to
# king/queen by the gender column of the same file.
# --------------------------------------------------------------------------
FM = "foreign minister"
EP_REPOS: dict[str, tuple[str, dict[str, str]]] = {
    "argentina-ministers": ("ARG", {"President": "president", "Vice President": "vice president",
                                    "Minister of Foreign Affairs and Worship": FM}),
    "australia-cabinet": ("AUS", {"Prime Minister": "prime minister", "Minister for Foreign Affairs": FM}),
    "austria-cabinet": ("AUT", {"President": "president", "Federal Chancellor": "chancellor",
                                "Federal Minister of European and International Affairs": FM}),
    "belarus-ministers": ("BLR", {"President": "president", "Prime Minister": "prime minister",
                                  "Minister of Foreign Affairs": FM}),
    "belgium-cabinet": ("BEL", {"King": "king", "Prime Minister": "prime minister",
                                "Minister of Foreign Affairs": FM}),
    "brazil-ministers": ("BRA", {"President": "president", "Vice President": "vice president",
                                 "Minister of External Relations": FM}),
    "bulgaria-cabinet": ("BGR", {"President": "president", "Vice President": "vice president",
                                 "Prime Minister": "prime minister", "Minister of Foreign Affairs": FM}),
    "canada-cabinet": ("CAN", {"monarch": "monarch", "Prime Minister": "prime minister",
                               "Minister of Foreign Affairs": FM}),
    "china-ministers": ("CHN", {"President": "president", "Vice President": "vice president",
                                "Premier of the State Council": "premier", "Minister of Foreign Affairs": FM}),
    "croatia-ministers": ("HRV", {"President": "president", "Prime Minister": "prime minister",
                                  "Minister of Foreign and European Affairs": FM}),
    "cyprus-cabinet": ("CYP", {"President": "president", "Minister of Foreign Affairs": FM}),
    "czech-ministers": ("CZE", {"President": "president", "Prime Minister": "prime minister",
                                "Minister of Foreign Affairs": FM}),
    "denmark-cabinet": ("DNK", {"monarch": "monarch", "Prime Minister": "prime minister",
                                "Minister of Foreign Affairs": FM}),
    "estonia": ("EST", {"President": "president", "Prime Minister": "prime minister",
                        "Minister of Foreign Affairs": FM}),
    "finland-cabinet": ("FIN", {"President": "president", "Prime Minister": "prime minister",
                                "Minister for Foreign Affairs": FM}),
    "france-cabinet": ("FRA", {"President": "president", "Prime Minister": "prime minister",
                               "Minister of Foreign Affairs": FM, "Minister of Europe and Foreign Affairs": FM}),
    "greece-cabinet": ("GRC", {"President": "president", "Prime Minister": "prime minister",
                               "Minister for Foreign Affairs": FM}),
    "hungary-cabinet": ("HUN", {"President": "president", "Prime Minister": "prime minister",
                                "Minister of Foreign Affairs": FM}),
    "india-ministers": ("IND", {"President": "president", "Vice President": "vice president",
                                "Prime Minister": "prime minister",
                                "Minister of External Affairs": "external affairs minister"}),
    "indonesia-ministers": ("IDN", {"President": "president", "Vice President": "vice president",
                                    "Minister of Foreign Affairs": FM}),
    "iran-ministers": ("IRN", {"Supreme Leader": "supreme leader", "President": "president",
                               "First Vice President": "vice president", "Minister of Foreign Affairs": FM}),
    "ireland-ministers": ("IRL", {"President": "president", "Taoiseach": "prime minister",
                                  "Minister for Foreign Affairs and Trade": FM}),
    "israel-ministers": ("ISR", {"President": "president", "Prime Minister": "prime minister",
                                 "Minister of Foreign Affairs": FM}),
    "italy-ministers": ("ITA", {"President": "president", "Prime Minister": "prime minister",
                                "Minister of Foreign Affairs": FM}),
    "japan-ministers": ("JPN", {"Prime Minister": "prime minister", "Minister for Foreign Affairs": FM}),
    "kazakhstan-cabinet": ("KAZ", {"President": "president", "Prime Minister": "prime minister",
                                   "Minister of Foreign Affairs": FM}),
    "latvia-cabinet": ("LVA", {"President": "president", "Prime Minister": "prime minister",
                               "Minister of Foreign Affairs": FM}),
    "lithuania": ("LTU", {"President": "president", "Prime Minister": "prime minister",
                          "Minister of Foreign Affairs": FM}),
    "luxembourg-cabinet": ("LUX", {"Prime Minister": "prime minister",
                                   "Minister of Foreign and European Affairs": FM}),
    "malta-ministers": ("MLT", {"President": "president", "Prime Minister": "prime minister",
                                "Minister for Foreign Affairs": FM}),
    "mexico-ministers": ("MEX", {"President": "president", "Secretary of Foreign Affairs": FM}),
    "netherlands-cabinet": ("NLD", {"monarch": "monarch", "Prime Minister": "prime minister",
                                    "Minister of Foreign Affairs": FM}),
    "north-korea": ("PRK", {"Supreme Leader": "supreme leader", "Premier": "premier",
                            "Minister of Foreign Affairs": FM}),
    "pakistan-ministers": ("PAK", {"President": "president", "Prime Minister": "prime minister",
                                   "Federal Minister of Foreign Affairs": FM}),
    "poland-cabinet": ("POL", {"President": "president", "Prime Minister": "prime minister",
                               "Minister of Foreign Affairs": FM}),
    "portugal-cabinet": ("PRT", {"President": "president", "Prime Minister": "prime minister",
                                 "Minister of Foreign Affairs": FM}),
    "romania-cabinet": ("ROU", {"President": "president", "Prime Minister": "prime minister",
                                "Minister of Foreign Affairs": FM}),
    "russia-cabinet": ("RUS", {"President": "president", "Prime Minister": "prime minister",
                               "Minister of Foreign Affairs": FM}),
    "saudi-ministers": ("SAU", {"King": "king", "Prime Minister": "prime minister",
                                "Minister of Foreign Affairs": FM}),
    "slovakia-cabinet": ("SVK", {"President": "president", "Prime Minister": "prime minister",
                                 "Minister of Foreign Affairs": FM, "Minister of Foreign and European Affairs": FM}),
    "slovenia-cabinet": ("SVN", {"President": "president", "Prime Minister": "prime minister",
                                 "Minister of Foreign Affairs": FM}),
    "south-africa-cabinet": ("ZAF", {"President": "president",
                                     "Minister of International Relations and Cooperation": FM}),
    "south-korea-ministers": ("KOR", {"President": "president", "Prime Minister": "prime minister",
                                      "Minister of Foreign Affairs": FM}),
    "spain-ministers": ("ESP", {"monarch": "monarch", "Prime Minister": "prime minister",
                                "Minister of Foreign Affairs": FM,
                                "Minister of Foreign Affairs and Cooperation": FM,
                                "Minister of Foreign Affairs, European Union and Foreign Aid": FM}),
    "sweden-cabinet": ("SWE", {"monarch": "monarch", "Prime Minister": "prime minister",
                               "Minister for Foreign Affairs": FM}),
    "turkey-ministers": ("TUR", {"President": "president", "Vice President": "vice president",
                                 "Prime Minister": "prime minister", "Minister of Foreign Affairs": FM}),
    "ukraine-cabinet": ("UKR", {"President": "president", "Prime Minister": "prime minister",
                                "Minister of Foreign Affairs": FM}),
    "united-kingdom-cabinet": ("GBR", {"monarch": "monarch", "Prime Minister": "prime minister",
                                       "Secretary of State for Foreign and Commonwealth Affairs": "foreign secretary"}),
    "us-cabinet": ("USA", {"President": "president", "Vice President": "vice president",
                           "Secretary of State": "secretary of state"}),
    "uzbekistan-ministers": ("UZB", {"President": "president", "Prime Minister": "prime minister",
                                     "Minister of Foreign Affairs": FM}),
    "world": ("UN", {"Secretary-General of the United Nations": "secretary-general"}),
}
# Positions of an EveryPolitician file held for another organisation than the file's holder:
# repo -> {position label: (office, organisations.tsv key)}.  Only heads of organisations with
# dated, non-overlapping terms are taken: the "world" file's presidents of the General Assembly
# (one-year terms, some mis-dated) and of the ICJ (year-only dates that overlap) are not.
EP_ORG_POSITIONS: dict[str, dict[str, tuple[str, str]]] = {
    "world": {"Director-General of the World Trade Organization": ("director-general", "WTO")},
}

# open-data-archive country files: file stem -> holder key (their iso_code is ISO alpha-2)
ODAL_HOLDER = {
    "argentina": "ARG", "australia": "AUS", "brazil": "BRA", "brunei": "BRN", "cambodia": "KHM",
    "canada": "CAN", "china": "CHN", "france": "FRA", "germany": "DEU", "india": "IND",
    "indonesia": "IDN", "italy": "ITA", "japan": "JPN", "laos": "LAO", "malaysia": "MYS",
    "mexico": "MEX", "myanmar": "MMR", "philippines": "PHL", "russia": "RUS", "saudi_arabia": "SAU",
    "singapore": "SGP", "south_africa": "ZAF", "south_korea": "KOR", "thailand": "THA",
    "turkey": "TUR", "uk": "GBR", "usa": "USA", "vietnam": "VNM",
    "european_union": "EU",  # split below into EC / EUCO by title
}
ODAL_TITLES = {
    "President": "president", "Prime Minister": "prime minister", "Chancellor": "chancellor",
    "Premier": "premier", "King": "king", "Queen": "queen", "Monarch": "monarch",
    "Sultan and Prime Minister": "prime minister", "Prime Minister (King)": "prime minister",
    "President of the European Commission": "president of the european commission",
    "President of the European Council": "president of the european council",
}
# ODAL gives "Monarch" without gender; resolved by Q-id (Wikidata P21 of the person)
MONARCH_OFFICE = {"Q43274": "king"}  # Charles III
ODAL_ORG = {"president of the european commission": "EC", "president of the european council": "EUCO"}

# family name written first (used only to derive a surname-only alias)
FAMILY_FIRST = {"CHN", "PRK", "KOR", "VNM", "KHM", "HUN_NOT"}
TRANSLIT_COUNTRIES = {"RUS", "UKR", "BLR"}

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# ------------------------------------------------------------------ helpers
def fold(s: str) -> str:
    """ASCII-fold: 'François Hollande' -> 'Francois Hollande'."""
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("đ", "d")
    s = s.replace("ß", "ss").replace("ı", "i").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def clean_date(d: str) -> str:
    d = (d or "").strip()
    if "T" in d:
        d = d.split("T", 1)[0]
    return d if DATE_RE.match(d) else ""


def strip_parens(s: str) -> str:
    return re.sub(r"\s*\([^)]*\)\s*$", "", s or "").strip()


# ------------------------------------------------------------------ sources
def read_ep(src: str, snapshots: dict[str, str]) -> list[dict]:
    rows = []
    for repo, (holder, posmap) in EP_REPOS.items():
        path = os.path.join(src, "ep", f"{repo}.holders21.csv")
        if not os.path.exists(path):
            print(f"warning: missing {path}", file=sys.stderr)
            continue
        with open(path, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                office, row_holder = posmap.get(r["position"]), holder
                if not office and r["position"] in EP_ORG_POSITIONS.get(repo, {}):
                    office, row_holder = EP_ORG_POSITIONS[repo][r["position"]]
                if not office:
                    continue
                qid = (r.get("personID") or "").strip()
                if office == "monarch":
                    g = (r.get("gender") or "").strip()
                    office = {"male": "king", "female": "queen"}.get(g)
                    if not office:
                        continue
                label = (r.get("person") or "").strip()
                enwiki = strip_parens(r.get("enwiki") or "")
                rows.append({
                    # the English Wikipedia title is the common English name ("Cyril
                    # Ramaphosa"); Wikidata's label ("Matamela Cyril Ramaphosa") an alias
                    "name": enwiki or label,
                    "enwiki": label,
                    "office": office, "holder": row_holder,
                    "start": clean_date(r.get("start")), "end": clean_date(r.get("end")),
                    "wikidata": qid if re.match(r"^Q\d+$", qid) else "",
                    "source": "wikidata-ep", "snapshot": snapshots.get(repo, ""),
                })
    return rows


def parse_executive_yaml(path: str) -> list[dict]:
    """Minimal reader for the fixed layout of congress-legislators executive.yaml."""
    people, cur, section, term = [], None, None, None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("- "):
                cur = {"id": {}, "name": {}, "bio": {}, "terms": []}
                people.append(cur)
                line = "  " + line[2:]
            if cur is None:
                continue
            m = re.match(r"^  (\w+):\s*$", line)
            if m:
                section = m.group(1)
                continue
            m = re.match(r"^  - (\w+):\s*(.*)$", line)
            if m and section == "terms":
                term = {m.group(1): m.group(2).strip().strip("'\"")}
                cur["terms"].append(term)
                continue
            m = re.match(r"^    (\w+):\s*(.*)$", line)
            if m:
                k, v = m.group(1), m.group(2).strip().strip("'\"")
                if section == "terms" and term is not None:
                    term[k] = v
                elif section in ("id", "name", "bio"):
                    cur[section][k] = v
    return people


def read_uscl(src: str, asof: str) -> list[dict]:
    path = os.path.join(src, "uscl", "executive.yaml")
    if not os.path.exists(path):
        print(f"warning: missing {path}", file=sys.stderr)
        return []
    rows = []
    for p in parse_executive_yaml(path):
        name = strip_parens(p["id"].get("wikipedia", "")) or " ".join(
            x for x in (p["name"].get("nickname") or p["name"].get("first"), p["name"].get("last")) if x)
        alias = []
        full = " ".join(x for x in (p["name"].get("first"), p["name"].get("middle"), p["name"].get("last"),
                                     p["name"].get("suffix")) if x)
        if full and full != name:
            alias.append(full)
        if p["name"].get("official_full"):
            alias.append(p["name"]["official_full"])
        # merge consecutive terms of the same office into one tenure
        tenures: list[list] = []
        for t in p["terms"]:
            office = {"prez": "president", "viceprez": "vice president"}.get(t.get("type"))
            if not office:
                continue
            s, e = clean_date(t.get("start")), clean_date(t.get("end"))
            if tenures and tenures[-1][0] == office and tenures[-1][2] == s:
                tenures[-1][2] = e
            else:
                tenures.append([office, s, e])
        for office, s, e in tenures:
            if e and e > asof:  # scheduled end of a running term: still in office
                e = ""
            rows.append({"name": name, "enwiki": "", "extra_aliases": alias, "office": office,
                         "holder": "USA", "start": s, "end": e, "wikidata": p["id"].get("wikidata", ""),
                         "source": "congress-legislators"})
    return rows


def read_odal(src: str) -> list[dict]:
    rows = []
    for path in sorted(glob.glob(os.path.join(src, "odal", "*.current.json"))):
        stem = os.path.basename(path).split(".")[0]
        holder = ODAL_HOLDER.get(stem)
        if not holder:
            continue
        with open(path, encoding="utf-8") as fh:
            d = json.load(fh)
        pos = d.get("positions", {})
        hos, hog = pos.get("head_of_state") or {}, pos.get("head_of_government") or {}
        hos_h, hog_h = hos.get("current_holder") or {}, hog.get("current_holder") or {}
        for kind, p, h in (("hog", hog, hog_h), ("hos", hos, hos_h)):
            office = ODAL_TITLES.get(p.get("title_en") or "")
            if not office or not h.get("name_en") or not h.get("wikidata_id"):
                continue
            start = clean_date(h.get("since") or "")
            if not start:
                continue
            if (kind == "hos" and hog_h.get("wikidata_id") == h.get("wikidata_id")
                    and (hos.get("title_en") != hog.get("title_en"))):
                # same person given as head of state under another title (e.g. a
                # crown prince who is prime minister listed as king): not trusted
                continue
            if kind == "hos" and hog_h.get("wikidata_id") == h.get("wikidata_id") and office == ODAL_TITLES.get(hog.get("title_en")):
                continue  # one office held as both head of state and government: already added
            if office == "monarch":
                office = MONARCH_OFFICE.get(h["wikidata_id"], "")
                if not office:
                    continue
            hk = ODAL_ORG.get(office, holder)
            aliases = []
            nl = h.get("name_local") or ""
            if nl and nl != h["name_en"] and re.match(r"^[\w .'\-]+$", fold(nl)) and fold(nl).isascii():
                aliases.append(nl)
            rows.append({"name": h["name_en"], "enwiki": "", "extra_aliases": aliases, "office": office,
                         "holder": hk, "start": start, "end": "", "wikidata": h["wikidata_id"],
                         "source": "world-leaders-current", "snapshot": d.get("snapshot_date", "")})
    return rows


# ------------------------------------------------------------------ new sources (2022-2025 gap)
# Snapshot dates of the sources that carry no date of their own (see kg/data/README.md):
IFG_SNAPSHOT = "2026-06-19"      # instituteforgov/ifg-ministers-database-public 92e2270
POCOM_SNAPSHOT = "2026-06-20"    # HistoryAtState/pocom HEAD 44d2226 (secretary.xml 6af918d, 2025-04-28)
EP_FOREIGN_ASOF = "2022-12-11"   # every-politician-scrapers/world sources/foreign/wikidata.csv, last changed
# factbook/factbook.json: its first two commits (2020-11-23) hold an older Factbook (2017 texts,
# e.g. Theresa May, Hollande); texts seen only then are not used (a successor's date would end
# them wrongly after the 2017-2020 gap).
FACTBOOK_STALE_UNTIL = "2020-11-23"
HOS_OFFICES = {"president", "king", "queen", "supreme leader"}
# Factbook files whose "conventional short form" is not a name in countries.tsv
FACTBOOK_FILE_HOLDER = {"africa/cf.json": "COG",  # "Congo (Brazzaville)"
                        "central-america-n-caribbean/dr.json": "DOM",  # "The Dominican"
                        "europe/vt.json": "VAT"}  # "Holy See (Vatican City)"
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                       "august", "september", "october", "november", "december"], 1)}
FOREIGN_OFFICE = {"GBR": "foreign secretary", "USA": "secretary of state", "IND": "external affairs minister"}


def read_ifg(src: str) -> list[dict]:
    """IfG Ministers Database: UK Prime Minister and Foreign Secretary (consecutive FCO/FCDO
    appointments of one person joined)."""
    d = os.path.join(src, "new", "ifg")
    if not os.path.exists(os.path.join(d, "appointment.csv")):
        print(f"warning: missing {d}/appointment.csv", file=sys.stderr)
        return []

    def table(name):
        with open(os.path.join(d, name), encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    posts = {p["id"]: p for p in table("post.csv")}
    names = defaultdict(list)  # person id -> [(start of the name, name, short name)]
    for p in table("person.csv"):
        names[p["id"]].append((p["start_date"] or "", p["name"], p["short_name"]))
    acting = {c["appointment_id"] for c in table("appointment_characteristics.csv")
              if c["is_acting"] == "True"}
    terms = []
    for a in table("appointment.csv"):
        post = posts.get(a["post_id"]) or {}
        if post.get("rank_equivalence") == "PM" and post.get("name") == "Prime Minister":
            office = "prime minister"
        elif post.get("name", "").startswith("Secretary of State for Foreign"):
            office = "foreign secretary"
        else:
            continue
        if a["id"] in acting:
            continue
        terms.append([a["person_id"], office, clean_date(a["start_date"]), clean_date(a["end_date"])])
    terms.sort(key=lambda t: (t[0], t[1], t[2]))
    joined: list[list] = []
    for t in terms:
        p = joined[-1] if joined else None
        if p and p[:2] == t[:2] and p[3] and p[3] == t[2]:
            p[3] = t[3]  # FCO -> FCDO: one tenure
        else:
            joined.append(list(t))
    rows = []
    for pid, office, s, e in joined:
        nm = sorted(names[pid])  # the name without a start date first: the name before a peerage
        rows.append({"name": nm[0][1], "enwiki": "", "extra_aliases": [n for _, n, _ in nm[1:]],
                     "office": office, "holder": "GBR", "start": s, "end": e, "wikidata": "",
                     "surname": nm[0][2], "source": "ifg-ministers", "snapshot": IFG_SNAPSHOT})
    return rows


def read_pocom(src: str) -> list[dict]:
    """Office of the Historian: US Secretaries of State (principal officers; ad interim
    secretaries are not in the file)."""
    d = os.path.join(src, "new", "pocom")
    path = os.path.join(d, "secretary.xml")
    if not os.path.exists(path):
        print(f"warning: missing {path}", file=sys.stderr)
        return []
    rows = []
    for p in ET.parse(path).getroot().iter("principal"):
        pid = (p.findtext("person-id") or "").strip()
        s = clean_date(p.findtext("started/date") or "")
        e = clean_date(p.findtext("ended/date") or "")
        if not s or (e and e < MIN_END):
            continue
        ppath = os.path.join(d, "people", pid + ".xml")
        if not os.path.exists(ppath):
            print(f"warning: missing {ppath}", file=sys.stderr)
            continue
        pn = ET.parse(ppath).getroot().find("persName")
        fore, sur = (pn.findtext("forename") or "").strip(), (pn.findtext("surname") or "").strip()
        rows.append({"name": f"{fore} {sur}", "enwiki": "", "extra_aliases": [], "office": "secretary of state",
                     "holder": "USA", "start": s, "end": e, "wikidata": "", "surname": sur,
                     "source": "pocom", "snapshot": POCOM_SNAPSHOT})
    return rows


def read_country_names(path: str) -> dict[str, str]:
    """kg/data/countries.tsv: folded name or other name -> ISO alpha-3."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            for n in [c[1]] + (c[2].split(";") if len(c) > 2 else []):
                if n.strip():
                    out[fold(n.strip()).casefold()] = c[0]
    return out


# the file's one row that is not a state's foreign minister: (country, position) Q-ids ->
# (office, organisations.tsv key)
EP_FOREIGN_ORG = {("Q458", "Q634291"): ("high representative", "EU")}  # European Union, High
#   Representative of the Union for Foreign Affairs and Security Policy


def read_ep_foreign(src: str, country_qids: dict[str, str], countries: dict[str, str]) -> list[dict]:
    """EveryPolitician world/sources/foreign/wikidata.csv: foreign ministers in office in
    December 2022 (Wikidata), with Q-ids and start dates, no ends; and the EU's High
    Representative (EP_FOREIGN_ORG)."""
    path = os.path.join(src, "new", "ep-world", "foreign.wikidata.csv")
    if not os.path.exists(path):
        print(f"warning: missing {path}", file=sys.stderr)
        return []
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            holder = country_qids.get(r["country"]) or countries.get(fold(r["countryLabel"]).casefold())
            office = FOREIGN_OFFICE.get(holder, FM)
            if (r["country"], r["position"]) in EP_FOREIGN_ORG:
                office, holder = EP_FOREIGN_ORG[(r["country"], r["position"])]
            qid, start = r["person"].strip(), clean_date(r["start"])
            if not holder or not re.match(r"^Q\d+$", qid) or not start or not r["name"].strip():
                continue
            rows.append({"name": r["name"].strip(), "enwiki": "", "extra_aliases": [],
                         "office": office, "holder": holder, "start": start, "end": "",
                         "wikidata": qid, "source": "wikidata-ep-foreign", "snapshot": EP_FOREIGN_ASOF,
                         "rivals": True})  # two ministers listed at once (Yemen, Myanmar): both kept
    return rows


# --- CIA World Factbook texts ("President Emmanuel MACRON (since 14 May 2017); ...")
FB_FIELD_TITLES = {
    "chief of state": {
        "president": "president", "president of the republic": "president",
        "president of the swiss confederation": "president",
        "king": "king", "queen": "queen", "king and prime minister": "king",
        "supreme leader": "supreme leader", "executive president": "president",
        "president of the islamic republic of afghanistan": "president",
    },
    "head of government": {
        "prime minister": "prime minister", "premier": "premier", "chancellor": "chancellor",
        "federal chancellor": "chancellor", "taoiseach": "prime minister",
        "taoiseach (prime minister)": "prime minister",
        "president of the government": "prime minister",
        "president of the government (prime minister-equivalent)": "prime minister",
        "president of the government of spain (prime minister-equivalent)": "prime minister",
        "president": "president", "president of the swiss confederation": "president",
        "king and prime minister": "prime minister", "sultan and prime minister": "prime minister",
        "crown prince and prime minister": "prime minister", "executive president": "president",
        "president of the islamic republic of afghanistan": "president",
    },
}
# a head of government who also holds another post: "Prime Minister and Minister of Interior"
FB_PM_AND = re.compile(r"^prime minister(?: and| ,|,)\s+(?:co-)?(?:vice president|minister|foreign minister)\b.*$")
FB_QUALIFIER = re.compile(r"^(?:caretaker|interim|transitional|transition|provisional)\s+", re.I)
FB_HONORIFIC = re.compile(r"\s+(?:dr\.|sheikh|sultan|crown prince|cardinal|general|gen\.|sr\.|lt\.|col\.|capt\.?|"
                          r"tan sri|tun|datuk|dato'|seri|"
                          r"brig\.|maj\.|maj\.gen\.|adm\.|field marshal|\(ret\.\))$", re.I)
FB_STOP = {"President", "Prime", "Minister", "Chancellor", "Federal", "King", "Queen", "Premier", "Supreme",
           "Leader", "Sultan", "Emir", "Amir", "General", "Gen.", "Brig.", "Maj.", "Col.", "Lt.", "Capt.", "Capt",
           "Sr.", "Dr.", "Sheikh", "Crown", "Prince", "Princess", "Taoiseach", "Governor", "Chairman",
           "Chairperson", "Caretaker", "Acting", "Interim", "Transitional", "Transition", "Designate",
           "Cardinal", "Emperor", "Grand", "Duke", "Pope", "Co-prince", "Captain", "Captains", "Regent",
           "Chief", "Head", "Commander", "Vice", "Deputy", "Adm.", "Marshal", "Field", "Council", "Commission",
           "Government", "Republic", "Confederation", "Swiss", "State", "Affairs", "Assembly", "Presidential",
           "Tan", "Sri", "Tun", "Datuk", "Dato'", "Seri", "CEO"}  # titles and honorifics, not names
FB_PARTICLES = {"de", "da", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den", "la",
                "le", "bin", "bint", "ibn", "ibni", "al", "el", "ould", "y", "wa", "arap"}
FB_MONTH_NAMES = "|".join(sorted(set(MONTHS) | {m[:3] for m in MONTHS} | {"sept"}, key=len, reverse=True))
FB_SINCE = re.compile(rf"\bsince\s*(?:(\d{{1,2}})\s+)?({FB_MONTH_NAMES})?\.?\s*(\d{{4}})\b", re.I)


def fb_text(t: str) -> str:
    t = re.sub(r"<[^>]+>", " ", html.unescape(t or ""))
    return re.sub(r"\s+", " ", t.replace("\xa0", " ")).strip()


FB_NOT_NAMES = {"SAC", "CNSP", "CNRD", "CTRI", "CMT", "MPSR", "PM", "CEO"}  # council acronyms, not people


def fb_caps(tok: str) -> bool:
    """A family name as the Factbook writes it: SCHOLZ, WILLEM-ALEXANDER, al-BURHAN,
    Nandi-NDAITWAH, SASSOU-Nguesso, III."""
    if tok.startswith("(") or tok.startswith('"') or tok.strip(",.;:") in FB_NOT_NAMES:
        return False
    parts = re.split(r"[\-']", tok.strip(",.;:"))
    return any(len(x) >= 2 and x.isalpha() and x.isupper() for x in parts)


def fb_case(tok: str, first: bool) -> str:
    """SCHOLZ -> Scholz, VON -> von (not first), III -> III, al-BURHAN -> al-Burhan, MCCARTHY -> McCarthy."""
    if not fb_caps(tok):
        return tok
    core = tok.strip(",.;:")
    if re.match(r"^[IVXL]+$", core) and not first:  # a first word is a name: LI Peng, XI Jinping
        return tok
    low = tok.lower()
    if not first and low.strip(",.") in FB_PARTICLES:
        return low
    parts = re.split(r"([\-'])", low)
    out = "".join(p[:1].upper() + p[1:] if p not in ("-", "'") else p for p in parts)
    m = re.match(r"^(al|el|ad|as|ash|at|ar|an|az)-(.*)$", out, re.I)
    if m and tok[:2].islower():
        out = tok[: len(m.group(1)) + 1] + m.group(2)
    out = re.sub(r"^Mc([a-z])", lambda x: "Mc" + x.group(1).upper(), out)
    out = re.sub(r"^Mac([a-z])(?=[a-z]{3})", lambda x: "Mac" + x.group(1), out)
    return out


def fb_date(m: re.Match) -> str:
    day, month, year = m.group(1), m.group(2), m.group(3)
    mon = MONTHS.get((month or "").lower()) or next((i for k, i in MONTHS.items() if k[:3] == (month or "").lower()[:3]), 0)
    if month and day:
        return f"{year}-{mon:02d}-{int(day):02d}"
    if month:
        return f"{year}-{mon:02d}"
    return year


def fb_person(seg: str, field: str, default_office: str = "") -> dict | None:
    """One ';'-separated part of a Factbook text -> office, name, family name, since date;
    None unless it names the head of state / head of government with a known title (a part
    that starts with the name, "François BAYROU (since 13 December 2024)", has the office the
    field's other texts give)."""
    toks = seg.strip(' "').split()
    first = next((i for i, t in enumerate(toks) if fb_caps(t)), None)
    if first is None:
        return None
    j = first
    while j + 1 < len(toks) and not re.search(r"[,;:]$", toks[j]):
        t = toks[j + 1]
        if t.startswith("(") or t.startswith('"'):
            break
        if (fb_caps(t) or (t[:1].isupper() and t.strip(".,").isalpha() or re.match(r"^[A-Z][\w'\-]+,?$", t))
                or t.strip(",") in FB_PARTICLES or re.match(r"^(?:al|el)-\w", t) or t.strip(",") in ("Jr.", "Sr.")):
            j += 1
        else:
            break
    k = first
    while k > 0:
        t = toks[k - 1]
        if (t in FB_STOP or re.search(r"-(?:elect|designate)$", t, re.I)
                or (k >= 2 and toks[k - 2] in ("of", "for", "the"))):  # "Minister of Interior"
            break
        if (re.match(r'^"[^"]+"$', t) or (t[:1].isupper() and re.match(r"^[\w'.\-]+$", t))
                or t in FB_PARTICLES or re.match(r"^(?:al|el)-\w|^[a-z]{1,2}'\w", t)):
            k -= 1
        else:
            break
    title = " ".join(toks[:k]).strip(" ,")
    name_toks = [t for t in toks[k: j + 1] if not re.match(r'^"[^"]*"$', t)]  # drop "nicknames"
    name = " ".join(fb_case(t, i == 0) for i, t in enumerate(name_toks)).strip(" ,;:")
    family = [fold(t.strip(",.;:")).casefold() for t in toks[first: j + 1] if fb_caps(t)]
    since = FB_SINCE.search(" ".join(toks[j + 1:]))
    acting = bool(re.match(r"^acting\s+", title, re.I)) or (not title and bool(re.search(r"\bacting\b", seg, re.I)))
    t = re.sub(r"^acting\s+", "", title, flags=re.I)
    t = re.sub(r"\b(\w+) \1\b", r"\1", FB_QUALIFIER.sub("", t))  # "President President"
    while FB_HONORIFIC.search(" " + t):
        t = FB_HONORIFIC.sub("", " " + t).strip()
    t = t.lower().strip(" ,")
    office = FB_FIELD_TITLES.get(field, {}).get(t) if t else default_office
    if not office and field == "head of government" and FB_PM_AND.match(t):
        office = "prime minister"
    if not office or not since or not name:
        return None
    family = [f for f in family if f not in FB_PARTICLES and not re.match(r"^[ivxl]+$", f)]
    given = [fold(x).casefold() for x in name_toks if not fb_caps(x)]
    return {"office": office, "name": name, "family": family, "since": fb_date(since), "acting": acting,
            # who it is, to tell consecutive texts apart: first family-name word + first given name
            "who": (family[:1] or [fold(name).casefold()])[0] + "|" + (given[0] if given else "")}


def fb_same(p: dict, r: dict) -> bool:
    """Two Factbook texts name one person: same first family word and first given name; or
    names beginning with the same given name (not a family name, not al-/bin) that share a
    family word ("Judith Suminwa TULUKA" / "Judith SUMINWA Tuluka"; not a family name written
    first: "KIM Jong Un" / "KIM Jong Il"); or the same "since" date
    with a family word spelt alike or shared ("SETTHA" / "SRETTHA", "Ambrose" / "Russell
    DLAMINI" -- not TASOULAS given Sakellaropoulou's date by mistake)."""
    if p["who"] == r["who"]:
        return True

    def words(n):
        return fold(n).casefold().replace("-", " ").split()
    if set(p.get("sinces") or [p["since"]]) & set(r.get("sinces") or [r["since"]]):
        rn = [w for n in (list(r["names"]) if "names" in r else [r["name"]]) for w in words(n)]
        if any(similar(f, g) for f in p["family"] for g in r["family"]) or set(p["family"]) & set(rn):
            return True
    def names(x):
        return [n for n in (list(x["names"]) if "names" in x else [x["name"]]) if n]
    for a in names(p):
        first = "" if fb_caps(a.split()[0]) else words(a)[0]
        if first and first not in FB_PARTICLES and not (
                p.get("family_first") and first in p["family"]) and any(
                words(n)[0] == first and set(p["family"]) & set(words(n)) for n in names(r)):
            return True
    return False


def days_between(a: str, b: str) -> int:
    """Days from a to b (partial dates at their first day)."""
    return (dt.date.fromisoformat(pad(b, True)) - dt.date.fromisoformat(pad(a, True))).days


def day_before(d: str) -> str:
    return (dt.date.fromisoformat(d) - dt.timedelta(days=1)).isoformat()


def fb_eu(text: str) -> list[tuple[str, dict]]:
    """The EU's single executive-branch text -> (EUCO | EC, person) for the two presidents."""
    t = fb_text(text)
    out = []
    parts = re.split(r"(European Council|Council of the European Union|European Commission)\s*-", t)
    for head, body in zip(parts[1::2], parts[2::2], strict=False):
        key = {"European Council": "EUCO", "European Commission": "EC"}.get(head)
        if not key:
            continue
        m = (re.search(r"current president is (.+?) \([^)]*\),? since (\d{1,2} \w+ \d{4})", body)
             or re.search(r"current president is (.+?) \([^)]*\) elected on [^(]*\(took office on (\d{1,2} \w+ \d{4})\)", body)
             or re.search(r"president:\s*(.+?) \(since (\d{1,2} \w+ \d{4})\)", body))
        if not m:
            continue
        since = FB_SINCE.search("since " + m.group(2))
        toks = m.group(1).split()
        caps = [fold(x).casefold() for x in toks if fb_caps(x)]
        name = " ".join(fb_case(x, i == 0) for i, x in enumerate(toks))
        family = [c for c in caps if c not in FB_PARTICLES] or [fold(toks[-1]).casefold()]
        out.append((key, {"office": "president of the european council" if key == "EUCO"
                          else "president of the european commission", "name": name,
                          "family": family, "since": fb_date(since), "acting": False,
                          "who": family[0] + "|" + fold(toks[0]).casefold()}))
    return out


def fb_group(office: str) -> str:
    """Succession runs per office, a queen followed by a king being one succession."""
    return "monarch" if office in ("king", "queen") else office


def fb_head(text: str, field: str, default_office: str = "") -> dict | None:
    """The head a Factbook text names: the first ';'-part naming a person with a head's title."""
    segs = fb_text(text).split(";")
    for i, seg in enumerate(segs):
        # "King WACHIRALONGKON; also spelled Vajiralongkorn (since 1 December 2016)"
        if i + 1 < len(segs) and segs[i + 1].strip().lower().startswith("also spelled") and "since" not in seg:
            seg = seg + " " + segs[i + 1]
        p = fb_person(seg.strip(), field, default_office)
        if p:
            return p
    return None


def fb_load(path: str, countries: dict[str, str]) -> tuple[dict[tuple, list[dict]], str]:
    """The table's texts per (holder, field), each with its first/last snapshot, number of
    snapshots, head (p) and whether it is a vacancy; and the newest change of any text (later
    snapshots repeat the same texts).  A file that moved (middle-east/am.json ->
    central-asia/am.json) is one country; the EU's one text gives EUCO and EC."""
    with open(path, encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh, delimiter="\t"))
    texts: dict[tuple, dict] = {}
    for r in table:
        if r["last_seen"] <= FACTBOOK_STALE_UNTIL:
            continue
        holder = "EU" if r["file"] == "europe/ee.json" else (
            FACTBOOK_FILE_HOLDER.get(r["file"]) or countries.get(fold(fb_text(r["country"])).casefold()))
        if not holder:
            continue  # not a state (territories, Kosovo, Taiwan ...)
        key, n = (holder, r["field"], r["text"]), int(r["snapshots"] or 0)
        if key in texts:
            o = texts[key]
            o["first"], o["last"] = min(o["first"], r["first_seen"]), max(o["last"], r["last_seen"])
            o["n"] += n
        else:
            texts[key] = {"first": r["first_seen"], "last": r["last_seen"], "n": n}
    data_until = max(t["first"] for t in texts.values())
    return fb_fields(texts), data_until


def fb_fields(texts: dict[tuple, dict]) -> dict[tuple, list[dict]]:
    """(holder, field, text) -> {first, last, n} to the texts per (holder, field) in the order
    they appeared, each with the head it names (p) and whether it is a vacancy; a person's
    text shown only within the span of another's text (a passing error) is not kept."""
    fields: dict[tuple, list[dict]] = defaultdict(list)
    for (holder, field, text), w in texts.items():
        if holder == "EU":
            found = dict(fb_eu(text))
            for key in ("EUCO", "EC"):  # texts naming nobody (2025) do not end a term
                fields[(key, "executive branch")].append(dict(w, p=found.get(key), vacant=key not in found))
        else:
            fields[(holder, field)].append(dict(w, text=text))
    for (holder, field), items in fields.items():
        if holder in ODAL_ORG.values():
            continue
        # a text that starts with the name has the office the field's other texts give
        usual = Counter(p["office"] for p in (fb_head(x["text"], field) for x in items) if p)
        default = usual.most_common(1)[0][0] if usual else ""
        for x in items:
            x["p"] = fb_head(x["text"], field, default)
            x["vacant"] = x["p"] is None and "vacant" in x["text"].lower()
    for items in fields.values():
        items.sort(key=lambda x: (x["first"], x["last"]))
        # a passing error: a person's text shown only within the weeks of another's text
        items[:] = [x for x in items if not (x["p"] and any(
            y["p"] and y["p"]["who"] != x["p"]["who"] and y["first"] < x["first"] and x["last"] < y["last"]
            for y in items))]
    return fields


def fb_runs(items: list[dict], group: str, where: str, log: list[str]) -> list[dict]:
    """The terms of one succession (office group) in one field: runs of consecutive texts naming
    one person, with their start; acting holders make no run."""
    runs: list[dict] = []
    for n, x in enumerate(items):
        p = x["p"]
        if not p or fb_group(p["office"]) != group:
            continue
        p["family_first"] = where[-3:] in FAMILY_FIRST  # ("KIM Jong Un" is not "KIM Jong Il":
        if p["family_first"]:  # the whole name tells who, not the family name and first word)
            p["who"] = fold(p["name"]).casefold()
        r = runs[-1] if runs else None
        if p["acting"]:  # not a holder; the holder's own texts as acting go on
            if r and fb_same(p, r) and r["last"] < x["first"]:
                r["last"], r["last_i"] = max(r["last"], x["last"]), n
            continue
        if r and fb_same(p, r) and p["office"] == r["office"]:
            r["last"], r["last_i"] = max(r["last"], x["last"]), n
            r["sinces"].append(p["since"])
            r["names"][p["name"]] += x["n"]
            continue
        runs.append({"office": p["office"], "who": p["who"], "family": p["family"], "sinces": [p["since"]],
                     "first": x["first"], "last": x["last"], "last_i": n, "names": Counter({p["name"]: x["n"]})})
    # one "since" date in two runs: one person's name spelt two ways ("Roman GOLOVCHENKO" /
    # "Raman HALOWCHENKA") -- unless the second also has a later date of its own: then the
    # shared date was a slip ("Konstantinos TASOULAS (since 13 March 2020)", his predecessor's
    # date, before "(since 13 March 2025)")
    for a, b in zip(runs, runs[1:], strict=False):
        if (b["office"] == a["office"] and set(a["sinces"]) & set(b["sinces"])
                and (fb_same(b, a) or max(b["sinces"]) <= max(a["sinces"]))):
            b.update(last=max(a["last"], b["last"]), first=a["first"], sinces=a["sinces"] + b["sinces"],
                     names=a["names"] + b["names"])
            a["merged"] = True
    runs = [r for r in runs if not r.get("merged")]
    prev = ""
    for r in runs:
        # the start: the earliest full date after the predecessor's start (the Factbook moves
        # "since" to a re-appointment or a caretaker period: Achi 10 March 2021 -> 19 April
        # 2022, Attal 9 January -> 16 July 2024)
        full = [d for d in r["sinces"] if len(d) == 10]
        r["start"] = min([d for d in full if d > prev] or full or r["sinces"])
        prev = r["start"]
    i = 0
    while i + 1 < len(runs):  # successors must start after their predecessors
        a, b = runs[i], runs[i + 1]
        if b["start"] >= a["start"]:
            i += 1
        elif i > 0 and fb_same(b, runs[i - 1]):  # A B A: B was a slip (Pirc Musar as prime minister)
            log.append(f"factbook: dropped {where} {a['office']} {a['names'].most_common(1)[0][0]} "
                       f"{a['start']} (between two terms of {b['names'].most_common(1)[0][0]})")
            p = runs[i - 1]
            p["last"], p["last_i"] = max(p["last"], b["last"]), b["last_i"]
            p["sinces"] += b["sinces"]
            p["names"] += b["names"]
            del runs[i: i + 2]
            i = max(i - 1, 0)
        else:  # a date before the predecessor's: a slip (Bolojan "since 23 June 2005")
            log.append(f"factbook: dropped {where} {b['office']} {b['names'].most_common(1)[0][0]} "
                       f"since {b['start']} (before its predecessor's start {a['start']})")
            del runs[i + 1]
    return runs


def fb_end(r: dict, nxt: dict | None, items: list[dict], group: str) -> str:
    """A term's end: the next holder's start, or an acting holder's "since" date when that came
    first; vacancies in between do not matter; any other text in between (another title, a
    text not read) leaves the end unknown (empty)."""
    later = sorted((x for x in items if r["last"] < x["first"] < (nxt["first"] if nxt else "~")),
                   key=lambda x: x["first"])
    for x in later:
        if x["vacant"]:
            continue
        p = x["p"]
        if p and fb_group(p["office"]) == group and p["acting"] and p["since"] > r["start"]:
            return p["since"]
        return ""
    return nxt["start"] if nxt else ""


def fb_row(r: dict, holder: str, field: str, end: str, known: str) -> dict:
    name = r["names"].most_common(1)[0][0]  # the spelling shown in most snapshots
    # the family name as the Factbook marks it in capitals, for the surname alias ("Bart DE
    # WEVER" -> "de Wever"); not for monarchs, nor for Arabic names, where the capitals mark the
    # given name ("MUHAMMAD BIN RASHID Al Maktum")
    toks = name.split()
    idx = [i for i, t in enumerate(toks) if fold(t).casefold() in r["family"]]
    while idx and idx[0] > 1 and toks[idx[0] - 1] in FB_PARTICLES:
        idx.insert(0, idx[0] - 1)
    arabic = any(t.lower() in ("bin", "ibn", "ibni", "bint", "al") or t.lower().startswith(("al-", "el-"))
                 for t in toks)
    surname = " ".join(toks[idx[0]: idx[-1] + 1]) if (
        idx and idx[-1] - idx[0] + 1 < len(toks) and not arabic and r["office"] not in ("king", "queen")) else ""
    spellings = [n for n, _ in r["names"].most_common() if n != name]
    # a mother's surname after the capitals is no part of the name news use ("Hugo CHAVEZ
    # Frias" is Hugo Chavez, "Nicolas MADURO Moros" Nicolas Maduro): the name ends with the
    # family name (and its Jr., III); the whole name stays an alias
    if surname and idx[0] > 0:
        rest = toks[idx[-1] + 1:]
        if rest and not all(re.match(r"^(?:Jr\.?|Sr\.?|[IVX]+),?$", t) for t in rest):
            spellings = [name] + spellings
            name = " ".join(toks[: idx[-1] + 1] + [t for t in rest if re.match(r"^(?:Jr\.?|Sr\.?|[IVX]+),?$", t)])
    return {"name": name, "enwiki": "", "extra_aliases": spellings, "spellings": spellings, "office": r["office"],
            "holder": ODAL_ORG.get(r["office"], holder), "start": r["start"], "end": end, "wikidata": "",
            "family": r["family"], "surname": surname, "source": "cia-factbook", "snapshot": known, "field": field}


def read_factbook(src: str, countries: dict[str, str], log: list[str] | None = None) -> list[dict]:
    """factbook_executive_history.tsv -> terms.  The table has one row per distinct text of a
    country's 'chief of state' / 'head of government' field with its first and last weekly
    snapshot.  Per country and field, in the order the texts appeared:

    * the head named first with a known title is the holder (vice presidents, deputies, notes
      and titles outside our offices are not read); texts of one person in a row are one term,
      starting at the earliest full "since" date among them after the predecessor's start (a
      caretaker's or re-appointment's later "since" does not start a new term);
    * a text shown only within the weeks of another person's text is a passing Factbook error
      and is not read (Finland showed Orpo "since 02 April 2023" for three weeks); so is a term
      between two of one person's when its date comes after theirs (Slovenia's president once
      given as prime minister), and a term whose "since" lies before its predecessor's;
    * the term ends at the next holder's start, or at an acting holder's "since" date when one
      came first; when another kind of text came between (neither a vacancy nor an acting
      holder), or there is no next holder, the end is unknown: it is left open, known until the
      last snapshot naming the person, never after the day before the next holder's start nor
      after the newest change of the texts (later snapshots repeat the same texts);
    * a president named in both fields is one term (the chief-of-state field's)."""
    path = os.path.join(src, "new", "factbook", "factbook_executive_history.tsv")
    if not os.path.exists(path):
        print(f"warning: missing {path}", file=sys.stderr)
        return []
    log = log if log is not None else []
    fields, data_until = fb_load(path, countries)
    return fb_terms(fields, data_until, log)


def fb_terms(fields: dict[tuple, list[dict]], data_until: str, log: list[str], where: str = "",
             max_gap: int = 0) -> list[dict]:
    """The terms of fb_fields' texts (read_factbook says how); where prefixes the log's holder.
    max_gap (days; 0: any): a successor who took office longer than that after the last
    snapshot naming the holder does not end the term -- someone the snapshots missed may have
    held the office between (yearly editions: John Key, last named at the end of 2016, was not
    in office until Jacinda Ardern's start in October 2017: Bill English was)."""
    rows = []
    for (holder, field), items in sorted(fields.items()):
        for group in sorted({fb_group(x["p"]["office"]) for x in items if x["p"]}):
            runs = fb_runs(items, group, where + holder, log)
            for i, r in enumerate(runs):
                nxt = runs[i + 1] if i + 1 < len(runs) else None
                end, known = fb_end(r, nxt, items, group), min(r["last"], data_until)
                if max_gap and end and nxt and days_between(r["last"], end) > max_gap:
                    log.append(f"factbook: end of {where}{holder} {r['office']} {r['names'].most_common(1)[0][0]} "
                               f"unknown (successor's start {end} is {days_between(r['last'], end)} days after the "
                               f"last text naming them)")
                    end = ""
                if not end and nxt:  # not known when it ended; not after the next holder's start
                    known = min(known, day_before(pad(nxt["start"], True)))
                    log.append(f"factbook: end of {where}{holder} {r['office']} {r['names'].most_common(1)[0][0]} "
                               f"unknown (other texts before the next holder): known until {known}")
                rows.append(fb_row(r, holder, field, end, known))
    rows.sort(key=lambda r: (r["holder"], r["office"], r["start"],
                             0 if (r["field"] == "chief of state") == (r["office"] in HOS_OFFICES) else 1))
    out: list[dict] = []
    for r in rows:
        if not any(o["holder"] == r["holder"] and o["office"] == r["office"] and o["family"][:1] == r["family"][:1]
                   and overlaps(o, r) for o in out):
            out.append(r)
    return out


# --- the yearly Factbook editions 1990-2020 (MilkMp/CIA-World-Factbooks-Archive-1990-2025)
ARCHIVE_DIR = os.path.join("archive", "cia-factbook-archive")
# days after the last edition naming a holder within which a successor's start ends the term
ARCHIVE_MAX_GAP = 365
# the edition's country names that countries.tsv does not have (older or long forms); the
# archive's FIPS codes are not used: its 1990s editions give some records another
# country's code (Cape Verde as "ca", the Isle of Man as "ma", the Soviet Union as "so")
ARCHIVE_NAMES = {"zaire": "COD", "burkina": "BFA", "western samoa": "WSM", "kazakstan": "KAZ",
                 "burma (myanmar)": "MMR", "holy see (vatican city)": "VAT", "macedonia,": "MKD",
                 "macedonia, the former yugoslav republic of": "MKD",
                 "the former yugoslav republic of macedonia": "MKD"}
# "chief of state: ... head of government: ... cabinet: ..." (1994-2017), "Chief of State: ..."
# (1992-93 'Leaders'), "Chief of State--..." (1990-91, run into another field's text)
ARCHIVE_LABEL = re.compile(r"(?<![\w-])(chief of state and head of government|chief of state|head of government|"
                           r"cabinet|elections?(?:/appointments)?|election results|note)\s*(?::|--)", re.I)
ARCHIVE_ROW = re.compile(r"\((\d+), (?:\d+|NULL), (\d+), N'((?:[^']|'')*)', N'((?:[^']|'')*)'\)")
ARCHIVE_COUNTRY = re.compile(r"\((\d+), (\d+), N'((?:[^']|'')*)', N'((?:[^']|'')*)', N'[^']*', (?:\d+|NULL)\)")


def archive_holder(name: str, countries: dict[str, str]) -> str:
    """An edition's country name -> ISO alpha-3: countries.tsv ("Korea, South" read also as
    "South Korea"), else ARCHIVE_NAMES; '' for what is not a state of countries.tsv."""
    key = fold(name).casefold().strip()
    if key in ARCHIVE_NAMES:
        return ARCHIVE_NAMES[key]
    cands = [key]
    if "," in key:
        a, b = key.split(",", 1)
        cands.append(f"{b.strip()} {a.strip()}")
    return next((countries[c] for c in cands if c in countries), "")


def archive_sections(text: str) -> dict[str, str]:
    """A text's chief-of-state and head-of-government parts (the first of each label), each up
    to the next label; the joint label gives both."""
    out: dict[str, str] = {}
    ms = list(ARCHIVE_LABEL.finditer(text))
    for i, m in enumerate(ms):
        lab = m.group(1).lower()
        body = text[m.end(): ms[i + 1].start() if i + 1 < len(ms) else len(text)].strip(" |")
        fields = (["chief of state", "head of government"] if lab == "chief of state and head of government"
                  else [lab] if lab in ("chief of state", "head of government") else [])
        for f in fields:
            if body and f not in out:
                out[f] = body
    return out


def read_factbook_archive(src: str, countries: dict[str, str], log: list[str] | None = None) -> list[dict]:
    """The yearly Factbook editions -> terms, read as read_factbook reads the weekly texts (its
    functions: fb_fields, fb_terms), one edition standing for one snapshot.

    Per edition (archive/cia-factbook-archive/fields/country_fields_<YYYY>.sql.gz) and state
    (the edition's country name in countries.tsv; territories, the Soviet Union, Yugoslavia,
    Czechoslovakia ... give no row), the first field whose text has a "chief of state" /
    "head of government" label gives the two texts.  An edition's date is the latest full
    "since" date of its own year it gives (it was current at least then), else 1 January of its
    year: a term is known until the date of the last edition naming its holder; its end is its
    successor's "since" date.  Editions whose executive texts are empty (2018-2020 in the
    archive) give nothing."""
    d = os.path.join(src, ARCHIVE_DIR)
    cpath = os.path.join(d, "countries.sql")
    if not os.path.exists(cpath):
        print(f"warning: missing {cpath}", file=sys.stderr)
        return []
    log = log if log is not None else []
    with open(cpath, encoding="utf-8") as fh:
        records = {int(m.group(1)): (int(m.group(2)), m.group(4).replace("''", "'"))
                   for m in ARCHIVE_COUNTRY.finditer(fh.read())}
    texts: dict[tuple, dict] = {}
    data_until = ""
    for path in sorted(glob.glob(os.path.join(d, "fields", "country_fields_*.sql.gz"))):
        year = int(re.search(r"(\d{4})\.sql\.gz$", path).group(1))
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            content = fh.read()
        found: dict[str, dict[str, str]] = {}  # holder -> field -> text
        names: dict[str, str] = {}
        for m in ARCHIVE_ROW.finditer(content):
            body = m.group(4)
            if "chief of state" not in body.lower() and "head of government" not in body.lower():
                continue
            cy, cname = records.get(int(m.group(2)), (0, ""))
            holder = archive_holder(cname, countries)
            if cy != year or not holder:
                continue
            if names.setdefault(holder, cname) != cname:  # two records of one state: the first
                log.append(f"factbook-archive: {year} {holder}: '{cname}' not read beside '{names[holder]}'")
                continue
            for f, t in archive_sections(fb_text(body.replace("''", "'"))).items():
                found.setdefault(holder, {}).setdefault(f, t)
        dates = [fb_date(m) for fs in found.values() for t in fs.values() for m in FB_SINCE.finditer(t)]
        edition = max([x for x in dates if len(x) == 10 and x[:4] == str(year)], default=f"{year}-01-01")
        if not found:
            log.append(f"factbook-archive: edition {year} names no chief of state or head of government")
            continue
        log.append(f"factbook-archive: edition {year} dated {edition} ({len(found)} states)")
        data_until = max(data_until, edition)
        for holder, fs in found.items():
            for f, t in fs.items():
                w = texts.setdefault((holder, f, t), {"first": edition, "last": edition, "n": 0})
                w["first"], w["last"], w["n"] = min(w["first"], edition), max(w["last"], edition), w["n"] + 1
    rows = fb_terms(fb_fields(texts), data_until, log, "archive ", max_gap=ARCHIVE_MAX_GAP)
    # the apostrophe of a transliterated soft sign starts no new word: fb_case's "Yel'Tsin" is
    # "Yel'tsin" (after one or two letters it does: O'Neill, D'Alema)
    def soft(n: str) -> str:
        return re.sub(r"(\w{3,})'([A-Z])", lambda m: m.group(1) + "'" + m.group(2).lower(), n)
    for r in rows:
        r["source"] = "cia-factbook-archive"
        r["name"], r["surname"] = soft(r["name"]), soft(r["surname"])
        r["extra_aliases"] = r["spellings"] = [soft(x) for x in r["extra_aliases"]]
    one_spelling(rows, log)
    return rows


def one_spelling(rows: list[dict], log: list[str]) -> None:
    """One person, one name: the editions spell one state's office holder otherwise in another
    office ("Serzh SARGSYAN", prime minister 2007-08; "Serzh SARGSIAN", president 2008-18);
    rows without a Q-id take the name of the latest row of their state with the same first
    name and a family name spelt alike; their own becomes an alias."""
    latest: dict[tuple, dict] = {}
    for r in sorted(rows, key=lambda r: r["start"], reverse=True):
        words = fold(r["name"]).casefold().split()
        if len(words) < 2 or r["wikidata"]:
            continue
        same = next((o for (holder, first), o in latest.items() if holder == r["holder"] and first == words[0]
                     and fold(o["name"]).casefold().split()[-1] != words[-1]
                     and similar(fold(o["name"]).casefold().split()[-1], words[-1])), None)
        if same is None:
            latest[(r["holder"], words[0])] = r
            continue
        log.append(f"factbook-archive: {r['holder']} {r['office']} {r['name']} {r['start']} named "
                   f"{same['name']} as in its {same['office']} row")
        r["extra_aliases"] = r["spellings"] = [r["name"]] + [a for a in r["extra_aliases"] if a != same["name"]]
        r["name"] = same["name"]


# --- heads of international organisations in the Phoenix actor dictionary's "IGOrulers" lines
# The dictionary gives organisations' heads, deputies, military commanders and Council presidencies
# the same role code (IGOWSTNAT: NATO's secretaries general, deputy and assistant secretaries
# general and SACEURs), so the heads are chosen here, entry by entry: (entry whose dated code is
# read, its role code, office, organisations.tsv key, the Phoenix spelling used as the name, the
# family name in it).  Acting heads (Balanzino, Frank, Nordstrom, Krueger) and terms without an
# end (">070701": Zoellick, Chan) are not taken.
PHOENIX_IGO_HEADS = [
    ("JAVIER_DE_CUELLAR_", "IGOUNO", "secretary-general", "UN", "JAVIER_PEREZ_DE_CUELLAR_", "Perez de Cuellar"),
    ("BOUTROS_BOUTROS_GHALI_", "IGOUNO", "secretary-general", "UN", "BOUTROS_BOUTROS-GHALI_", "Boutros-Ghali"),
    ("KOFI_ANNAN_", "IGOUNO", "secretary-general", "UN", "KOFI_ANNAN_", "Annan"),
    ("MANFRED_WÖRNER_", "IGOWSTNAT", "secretary general", "NATO", "MANFRED_WÖRNER_", "Wörner"),
    ("WILLY_CLAES_", "IGOWSTNAT", "secretary general", "NATO", "WILLY_CLAES_", "Claes"),
    ("JAVIER_SOLANA_", "IGOWSTNAT", "secretary general", "NATO", "JAVIER_SOLANA_", "Solana"),
    ("LORD_ROBERTSON_OF_PORT_ELLEN_", "IGOWSTNAT", "secretary general", "NATO", "GEORGE_ROBERTSON_", "Robertson"),
    ("BARBER_CONABLE_", "IGOUNODEVWBK", "president", "WB", "BARBER_CONABLE_", "Conable"),
    ("LEWIS_PRESTON_", "IGOUNODEVWBK", "president", "WB", "LEWIS_PRESTON_", "Preston"),
    ("JAMES_WOLFENSOHN_", "IGOUNODEVWBK", "president", "WB", "JAMES_WOLFENSOHN_", "Wolfensohn"),
    ("PAUL_WOLFOWITZ_", "IGOUNODEVWBK", "president", "WB", "PAUL_WOLFOWITZ_", "Wolfowitz"),
    ("HIROSHI_NAKAJIMA_", "IGOUNOHLHWHO", "director-general", "WHO", "HIROSHI_NAKAJIMA_", "Nakajima"),
    ("LEE_JONG_WOOK_", "IGOUNOHLHWHO", "director-general", "WHO", "LEE_JONG_WOOK_", "Lee"),
]
PHOENIX_SPAN = re.compile(r"\[([A-Z]+) +(>?)(\d{6})(?:-(\d{6}))?\]")


def phoenix_date(yymmdd: str) -> str:
    yy = int(yymmdd[:2])
    return f"{1900 + yy if yy > 30 else 2000 + yy}-{yymmdd[2:4]}-{yymmdd[4:6]}"


def read_phoenix_igo(src: str, log: list[str] | None = None) -> list[dict]:
    """Phoenix.International.actors.txt: the dated spans ([IGOUNO 920101-961231]) of the entries
    in PHOENIX_IGO_HEADS, the first span with the entry's role code (an entry's codes may sit on
    the lines after its name and synonyms).  Where one head's span runs past the next head's start
    (Wolfensohn to 2005-06-30, Wolfowitz from 2005-06-01), the next start ends it."""
    path = os.path.join(src, "Phoenix.International.actors.txt")
    if not os.path.exists(path):
        print(f"warning: missing {path}", file=sys.stderr)
        return []
    log = log if log is not None else []
    spans: dict[str, list[tuple]] = defaultdict(list)  # entry name -> [(code, open, start, end)]
    entry = ""
    with open(path, encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            line = raw.split("#", 1)[0]
            if not line.strip():
                continue
            if line[0].isalpha():
                entry = line.split("\t")[0].split("[")[0].strip()
            elif not line.startswith("+") and line.strip()[0].isalpha():  # "\tJOHN_MCCLOY_\t[...]"
                entry = line.strip().split("\t")[0].split("[")[0].strip()
            for m in PHOENIX_SPAN.finditer(line):
                spans[entry].append(m.groups())
    rows = []
    for name_entry, code, office, holder, spelling, surname in PHOENIX_IGO_HEADS:
        found = [s for s in spans.get(name_entry, []) if s[0] == code]
        if not found:
            log.append(f"phoenix-igo: no [{code} ...] span for {name_entry}")
            continue
        _, is_open, start, end = found[0]
        if is_open or not end:
            log.append(f"phoenix-igo: {name_entry} [{code} >{start}] has no end; not taken")
            continue
        rows.append({"name": titlecase(spelling.replace("_", " ").strip()), "enwiki": "",
                     "extra_aliases": [titlecase(name_entry.replace("_", " ").strip())],
                     "office": office, "holder": holder, "start": phoenix_date(start), "end": phoenix_date(end),
                     "wikidata": "", "surname": surname, "family": [fold(surname.split()[-1]).casefold()],
                     "source": "phoenix-igo", "snapshot": phoenix_date(end)})
    rows.sort(key=lambda r: (r["holder"], r["office"], r["start"]))
    for a, b in zip(rows, rows[1:], strict=False):
        if (a["holder"], a["office"]) == (b["holder"], b["office"]) and b["start"] < a["end"]:
            log.append(f"phoenix-igo: {a['name']} {a['holder']} ends {a['end']} after {b['name']}'s start "
                       f"{b['start']}: ended then")
            a["end"] = a["snapshot"] = b["start"]
    return rows


# --- the EU text's notes on predecessors and on the High Representative
FB_EU_NAME = r"((?:[A-Z][\w'\-]*\s+)*?[A-Z][\w'\-]*)"  # "Herman VAN ROMPUY", "Joseph BORRELL"
FB_EU_DATE = r"(\d{1,2} [A-Z][a-z]+ \d{4})"
FB_EU_SUCCEEDING = rf"succeeding {FB_EU_NAME} \((?:[^()]*\(|[^()]*\)\s*\(|[^()]*;\s*)?\s*(\d{{4}})\s*-\s*(\d{{2,4}})\)"
FB_EU_NOTES = {
    # "the current president is Donald TUSK (Poland), since 1 December 2014, succeeding Herman
    # VAN ROMPUY (Belgian; 2009-14)"
    ("EUCO", "president of the european council"): re.compile(
        rf"current president is {FB_EU_NAME} \([^()]*\),? since {FB_EU_DATE}, {FB_EU_SUCCEEDING}"),
    # "appointed Federica MOGHERINI (Italy) as the High Representative of the European Union for
    # Foreign Affairs and Security Policy; MOGHERINI took office on 1 November 2014, succeeding
    # Catherine ASHTON (UK) (2009-14)"
    ("EU", "high representative"): re.compile(
        rf"appointed {FB_EU_NAME} \([^()]*\) as the High Representative of the European Union for "
        rf"Foreign Affairs and Security Policy; [A-Z\-']+ took office on {FB_EU_DATE}, {FB_EU_SUCCEEDING}"),
}


def fb_eu_person(text: str) -> dict:
    """"Herman VAN ROMPUY" -> name "Herman van Rompuy", family ["rompuy"], surname "van Rompuy"."""
    toks = text.split()
    name = " ".join(fb_case(t, i == 0) for i, t in enumerate(toks))
    caps = [i for i, t in enumerate(toks) if fb_caps(t)]
    family = [f for f in (fold(toks[i]).casefold() for i in caps) if f not in FB_PARTICLES]
    surname = " ".join(name.split()[caps[0]:caps[-1] + 1]) if caps and caps[0] > 0 else ""
    return {"name": name, "family": family or [fold(toks[-1]).casefold()], "surname": surname}


def fb_eu_entry(people: dict[str, dict], raw: str) -> dict:
    p = fb_eu_person(raw)
    return people.setdefault(p["family"][0], dict(p, start="", end="", last=""))


def read_factbook_eu_notes(src: str, log: list[str] | None = None) -> list[dict]:
    """The EU's executive-branch text (factbook_executive_history.tsv, europe/ee.json) names, beside
    the presidents read by read_factbook, the European Council president's predecessor ("succeeding
    Herman VAN ROMPUY (Belgian; 2009-14)") and, in a note of 2021, the High Representative for
    Foreign Affairs and Security Policy with the day they took office and their predecessor.

    A holder named as the current one starts on the date given ("took office on", "since") and is
    known until the last snapshot naming them so; a predecessor starts in the first year of the
    span given and ends on the day their successor started (the text's "succeeding"); a person
    both current in one text and predecessor in another gets the full date of the first and the
    end of the second.  Of the European Council only the predecessors not named as its current
    president are taken (the current ones are read_factbook's).  Texts seen only in the first
    (2017) snapshots are not read."""
    path = os.path.join(src, "new", "factbook", "factbook_executive_history.tsv")
    if not os.path.exists(path):
        print(f"warning: missing {path}", file=sys.stderr)
        return []
    log = log if log is not None else []
    with open(path, encoding="utf-8", newline="") as fh:
        texts = [r for r in csv.DictReader(fh, delimiter="\t")
                 if r["file"] == "europe/ee.json" and r["last_seen"] > FACTBOOK_STALE_UNTIL]
    rows = []
    for (holder, office), pattern in FB_EU_NOTES.items():
        people: dict[str, dict] = {}  # first family-name word -> what the texts say of the person
        for t in texts:
            for m in pattern.finditer(fb_text(t["text"])):
                cur, since = fb_eu_entry(people, m.group(1)), fb_date(FB_SINCE.search("since " + m.group(2)))
                pred, first_year = fb_eu_entry(people, m.group(3)), m.group(4)
                for p, start in ((cur, since), (pred, first_year)):
                    if not p["start"] or (len(start) > len(p["start"]) and start[:4] == p["start"][:4]):
                        p["start"] = start  # the full date of a current holder wins over a year
                if pred["end"] and pred["end"] != since:
                    log.append(f"factbook-eu: {pred['name']} {office} ends {pred['end']} and {since}; kept the first")
                pred["end"] = pred["end"] or since
                cur["last"] = max(cur["last"], t["last_seen"])
        for p in people.values():
            if holder in ODAL_ORG.values() and p["last"]:
                continue  # the European Council's current presidents are read_factbook's
            if p["end"] and p["end"] <= p["start"]:
                log.append(f"factbook-eu: dropped {p['name']} {office} {p['start']}..{p['end']}")
                continue
            rows.append({"name": p["name"], "enwiki": "", "extra_aliases": [], "spellings": [], "office": office,
                         "holder": holder, "start": p["start"], "end": p["end"], "wikidata": "",
                         "family": p["family"], "surname": p["surname"], "source": "cia-factbook-eu",
                         "snapshot": p["end"] or p["last"]})
    return rows


# ------------------------------------------------------------------ merging the newer sources
def pad(d: str, low: bool) -> str:
    """'2008' -> 2008-01-01 (low) / 2008-12-31; '2008-05' -> 2008-05-01 / 2008-05-31."""
    n = len((d or "").split("-"))
    return d if n == 3 else (f"{d}-01-01" if low else f"{d}-12-31") if n == 1 else (f"{d}-01" if low else f"{d}-31")


def span(r: dict) -> tuple[str, str]:
    """A term's days as [start, stop): a closed term stops on its end day (the successor's
    first day); an open one is known through known_until (its snapshot) inclusive."""
    if r["end"]:
        return pad(r["start"], True), pad(r["end"], False if len(r["end"]) < 10 else True)
    return pad(r["start"], True), pad(r.get("snapshot") or r["start"], False) + "~"


def overlaps(a: dict, b: dict) -> bool:
    (a0, a1), (b0, b1) = span(a), span(b)
    return a0 < b1 and b0 < a1


def name_tokens(r: dict) -> set[str]:
    out = set()
    for n in [r["name"], r.get("enwiki") or ""] + list(r.get("extra_aliases") or []):
        out |= {t for t in re.split(r"[\s\-.,]+", fold(n).casefold()) if len(t) > 1}
    return out


def similar(a: str, b: str) -> bool:
    """One word spelt two ways (Anastasiades / Anastasiadis, Rouhani / Rohani)."""
    return a == b or (min(len(a), len(b)) >= 5 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.8)


def same_person(a: dict, b: dict) -> bool:
    """Two overlapping terms of one office are the same person's: same Q-id if both have one;
    else the same folded name, the same start date, or the family name the newer source marks
    (its first word: MUHAMMAD BIN SALMAN is not SALMAN) among the other's names."""
    if a["wikidata"] and b["wikidata"]:
        return a["wikidata"] == b["wikidata"]
    if fold(a["name"]).casefold() == fold(b["name"]).casefold() or a["start"] == b["start"]:
        return True
    for x, y in ((a, b), (b, a)):
        fam = x.get("family") or [t for t in re.split(r"[\s\-]+", fold(x.get("surname") or "").casefold()) if t]
        if fam and any(similar(fam[0], t) for t in name_tokens(y)):
            return True
    return False


MAX_TRIM_DAYS = 31


def trim(n: dict, clash: list[dict]) -> bool:
    """Fit a new term into the gap between existing terms of other people when they overlap it
    by at most MAX_TRIM_DAYS at its edges (two sources dating one handover differently): the
    existing term's date is kept; the new term starts on its end, or ends (an open one: is
    known until the day before) its start.  False, and n unchanged, otherwise."""
    def days(a, b):
        return (dt.date.fromisoformat(pad(a, True)) - dt.date.fromisoformat(pad(b, True))).days
    start, end, known = n["start"], n["end"], n.get("snapshot") or ""
    for e in clash:
        if e["start"] > start:  # the existing term begins inside the new one
            stop = end or known
            if days(stop, e["start"]) > MAX_TRIM_DAYS:
                return False
            if end:
                end = e["start"]
            else:
                known = day_before(pad(e["start"], True))
        elif e["end"] and e["end"] > start:  # the existing term ends inside the new one
            if days(e["end"], start) > MAX_TRIM_DAYS:
                return False
            start = e["end"]
        else:
            return False
    if (end and end <= start) or (not end and known < start):
        return False
    n["start"], n["end"], n["snapshot"] = start, end, known
    return True


def merge_new(rows: list[dict], sources: list[list[dict]], log: list[str], add_only: bool = False) -> list[dict]:
    """Add the newer sources' terms to the merged rows (precedence: the rows already there, then
    the sources in the order given).  A term of a person who already has an overlapping term of
    that office is not added: it closes that term when it is open and the new source gives its
    end (end and known_until from the newer source), or confirms it later (known_until).  A term
    of another person is added only where it overlaps nobody's term of that office; a source's
    own simultaneous holders (rival governments) are kept.  Every change to an existing row and
    every term left out is written to log.  With add_only the sources only add terms: a term of a
    person already there changes nothing (the yearly Factbook archive, the Phoenix IGO heads)."""
    pool: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        pool[(r["holder"], r["office"])].append(r)
    for new in sources:
        added_now: list[dict] = []
        for n in sorted(new, key=lambda r: (r["holder"], r["office"], r["start"])):
            if n["end"] and (n["end"] < MIN_END or n["end"] < n["start"]):
                continue
            here = pool[(n["holder"], n["office"])]
            same = [e for e in here if same_person(e, n) and overlaps(e, n)]
            if same and add_only:
                continue
            if same:
                e = next((x for x in same if not x["end"]), same[0])
                old = (e["end"], e.get("snapshot") or "")
                if not e["end"] and n["end"] and pad(n["end"], True) >= pad(e.get("snapshot") or e["start"], True):
                    e["end"] = n["end"]
                elif not e["end"] and not n["end"] and (n.get("snapshot") or "") > (e.get("snapshot") or ""):
                    e["snapshot"] = n["snapshot"]
                elif not e["end"] and n["end"]:
                    log.append(f"kept open: {e['name']} {e['office']} {e['holder']} known to {e.get('snapshot')}; "
                               f"{n['source']} ends it {n['end']}")
                if not e["wikidata"] and n["wikidata"] and e.get("new"):
                    e["wikidata"] = n["wikidata"]
                if (e["end"], e.get("snapshot") or "") != old and not e.get("new"):
                    e.setdefault("changed_by", []).append(n["source"])
                    log.append(f"changed: {e['name']} {e['office']} {e['holder']} {e['source']} "
                               f"end/known_until {old[0] or '-'}/{old[1]} -> {e['end'] or '-'}/"
                               f"{e['end'] or e.get('snapshot')} (from {n['source']})")
                continue
            clash = [e for e in here if overlaps(e, n) and not (n.get("rivals") and e in added_now)
                     # a handover on a date given only to the month ("1993-07") is no overlap
                     and not (add_only and n["start"] and (e["end"] == n["start"] or n["end"] == e["start"]))]
            if clash and trim(n, clash):
                log.append(f"trimmed: {n['source']} {n['name']} {n['office']} {n['holder']} to "
                           f"{n['start']}..{n['end'] or '(' + str(n.get('snapshot')) + ')'} beside "
                           + "; ".join(f"{e['name']} {e['start']}..{e['end'] or '(' + str(e.get('snapshot')) + ')'}"
                                       f" [{e['source']}]" for e in clash))
                clash = [e for e in here if overlaps(e, n)
                         and not (add_only and (e["end"] == n["start"] or n["end"] == e["start"]))]
            if clash:
                log.append(f"left out: {n['source']} {n['name']} {n['office']} {n['holder']} "
                           f"{n['start']}..{n['end'] or '(' + str(n.get('snapshot')) + ')'} overlaps "
                           + "; ".join(f"{e['name']} {e['start']}..{e['end'] or '(' + str(e.get('snapshot')) + ')'}"
                                       f" [{e['source']}]" for e in clash))
                continue
            n = dict(n, new=True)
            here.append(n)
            added_now.append(n)
            rows.append(n)
    return rows


def fill_qids(rows: list[dict], conflicted: set[str]) -> int:
    """A new row without a Q-id takes the Q-id of the other rows of the same (folded) name when
    they all carry the same one and the name had no Q-id conflict between sources.  The name may
    also be another spelling the same source gives that person in other weeks (the Factbook's
    "Benjamin NETANYAHU" beside its usual "Benyamin NETANYAHU"); that spelling then becomes the
    row's name, the source's usual one an alias."""
    def key_of(name: str) -> str:  # ("Kim Jong-un" and the archive's "Kim Jong Un": one name)
        return fold(name).casefold().replace("-", " ")

    ids, names = defaultdict(set), defaultdict(set)
    for r in rows:
        if r["wikidata"]:
            ids[key_of(r["name"])].add(r["wikidata"])
            names[key_of(r["name"])].add(r["name"])
    n = 0
    for r in rows:
        if not r.get("new") or r["wikidata"]:
            continue
        for nm in [r["name"]] + list(r.get("spellings") or []):
            key = key_of(nm)
            if len(ids.get(key, ())) == 1 and key not in conflicted:
                r["wikidata"] = next(iter(ids[key]))
                if len(names[key]) == 1:
                    nm = next(iter(names[key]))  # the spelling the Q-id's rows give
                if nm != r["name"]:
                    r["extra_aliases"] = [r["name"]] + [a for a in r["extra_aliases"] if a != nm]
                    r["name"] = nm
                n += 1
                break
    return n


# ------------------------------------------------------------------ aliases
TITLE_WORDS = {
    "PRESIDENT", "PRIME", "MINISTER", "MR", "MR.", "MRS", "MRS.", "MS", "MS.", "DR", "DR.", "SENATOR", "SEN.",
    "CHANCELLOR", "KANZLER", "BUNDESKANZLER", "GERMAN", "RUSSIAN", "US", "U.S.", "AMERICAN", "UNITED", "STATES",
    "KING", "QUEEN", "SECRETARY", "FOREIGN", "GENERAL", "LEADER", "PREMIER", "EMIR", "FORMER", "VICE", "DEPUTY",
    "GOVERNOR", "COMRADE", "MARSHAL", "GEN.", "CHAIRMAN", "BRITISH", "FRENCH", "CHINESE", "CANDIDATE",
    "PRESIDENT-ELECT", "SPOKESMAN", "COL.", "COLONEL", "SIR", "LORD", "HIS", "HER", "MAJESTY", "HIGHNESS",
    "PM", "FM", "STATE", "OFFICIAL", "AMBASSADOR", "EX", "EX-PRESIDENT", "LATE", "PARTY",
    "ADMINISTRATION", "THE", "GOVERNMENT", "REGIME", "CABINET", "OFFICE", "GOV.", "VICE-PRESIDENT",
    "PRIME-MINISTER", "SECRETARY-GENERAL", "PRES.",
}
MONARCHS = {"king", "queen", "emir", "sultan", "emperor", "grand duke", "prince"}
PARTICLES = {"de", "del", "della", "di", "da", "dos", "das", "van", "von", "der", "den", "du", "la", "le",
             "bin", "ibn", "al", "el"}


def phoenix_index(path: str) -> dict[str, list[str]]:
    """Map each folded upper-case name in the Phoenix actor dictionary to the
    list of names in its entry (primary + synonyms without titles)."""
    idx: dict[str, list[str]] = {}
    if not os.path.exists(path):
        print(f"warning: missing {path}", file=sys.stderr)
        return idx
    entry: list[str] = []

    ambiguous: set[str] = set()

    def flush():
        names = [n for n in entry if n and not (set(n.split()) & TITLE_WORDS)]
        for n in names:
            if len(n.split()) < 2:
                continue  # a bare surname names too many people to match on
            if n in idx and idx[n] is not names:
                ambiguous.add(n)
            idx[n] = names

    with open(path, encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip() or line.lstrip().startswith("["):
                continue
            if line.startswith("+"):
                nm = line[1:]
            elif line[0].isalpha():
                flush()
                entry = []
                nm = line
            else:
                continue
            nm = re.sub(r"\{.*?\}|\[.*?\]|<.*?>", "", nm)
            nm = nm.replace("_", " ").strip()
            nm = re.sub(r"\s+", " ", nm)
            if nm:
                entry.append(nm.upper())
    flush()
    for n in ambiguous:
        idx.pop(n, None)
    return idx


def titlecase(upper: str) -> str:
    out = []
    for i, w in enumerate(upper.lower().split()):
        if i and w in PARTICLES:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


TRANSLIT_GIVEN = [
    {"Sergey", "Sergei", "Serhiy", "Serhii"}, {"Dmitry", "Dmitri", "Dmitriy"}, {"Yuri", "Yury", "Yuriy"},
    {"Alexei", "Alexey", "Aleksei", "Aleksey"}, {"Andrei", "Andrey"}, {"Nikolai", "Nikolay"},
    {"Mikhail", "Mikhael"}, {"Yevgeny", "Evgeny", "Yevgeni"}, {"Arseniy", "Arseny"},
    {"Volodymyr", "Wolodymyr"}, {"Alexander", "Aleksandr", "Alexandr"}, {"Viktor", "Victor"},
    {"Anatoliy", "Anatoly"}, {"Vitaliy", "Vitaly"}, {"Dmytro", "Dmitro"},
]


def translit_variants(name: str) -> set[str]:
    """Romanisation variants for East Slavic names (documented rules, no look-up)."""
    toks = name.split()
    opts = []
    for t in toks:
        v = {t, t.replace("'", "")} if "'" in t[1:-1] else {t}  # the soft sign: Yel'tsin, Yeltsin
        for grp in TRANSLIT_GIVEN:
            if t in grp:
                v |= grp
        for a, bs in (("skyy", ("sky", "skiy")), ("skiy", ("sky", "skyy")), ("sky", ("skiy", "skyy")),
                      ("tskyi", ("tsky", "tskiy")), ("yy", ("y", "iy")), ("iy", ("y",))):
            if t.endswith(a) and len(t) > len(a) + 2:
                v |= {t[: -len(a)] + b for b in bs}
                break
        opts.append(sorted(v))
    out = {""}
    for o in opts:
        out = {(x + " " + y).strip() for x in out for y in o}
        if len(out) > 40:
            break
    return out


def build_aliases(row: dict, phx: dict[str, list[str]]) -> list[str]:
    name = row["name"]
    cands: list[str] = []
    cands += row.get("extra_aliases", [])
    if row.get("enwiki") and row["enwiki"] != name:
        cands.append(row["enwiki"])
    for n in (name, row.get("enwiki") or ""):
        if n and fold(n) != n:
            cands.append(fold(n))
    keys = {fold(n).upper().replace(".", "").strip() for n in [name] + cands if n}
    keys |= {fold(n).upper() for n in [name] + cands if n}
    for k in sorted(keys):
        if k in phx:
            cands += [titlecase(x) for x in phx[k]]
    base = [name] + cands
    if row["holder"] in TRANSLIT_COUNTRIES:
        for n in list(base):
            if len(n.split()) <= 3:
                cands += sorted(translit_variants(n))
    # surname-only short form
    toks = strip_parens(name).split()
    if len(toks) >= 3 and toks[-2] in ("Al", "al", "El", "el") and \
            toks[0].upper() not in TITLE_WORDS | {"SHEIKH", "SHAYKH"}:
        # an Arabic family name with its article, written three ways in English: "Badr
        # Albusaidi", "Badr Al-Busaidi", "Badr Al Busaidi" (for Badr bin Hamad bin Hamood Al
        # Busaidi: the given name, the family name)
        art, fam = toks[-2], toks[-1]
        cands += [f"{toks[0]} {art}{fam.lower()}", f"{toks[0]} {art}-{fam}", f"{toks[0]} {art} {fam}"]
    regnals = [m.group(1) for n in [name] + list(cands) for m in [re.match(
        r"(.+?)(?: [IVX]+| I[iv]+)?(?: of [A-Z].*)?$", strip_parens(n))]
        if m and m.group(1) != strip_parens(n)] + [
        " ".join(w for w in n.split() if not re.fullmatch(r"[IVX]+", w)) for n in [name]
        if re.search(r" [IVX]+ ", n)]  # ("Carl XVI Gustaf": "Carl Gustaf")
    if row["office"] in MONARCHS and regnals:
        # a monarch's regnal name, as news writes it after the title ("King Felipe" for
        # Felipe VI, "King Salman" for Salman of Saudi Arabia, "King Abdullah" for Abdallah
        # II, also "Abdullah Ii"); no family name: "of Saudi Arabia" is not one ("Arabia")
        cands += regnals
    elif len(toks) >= 3 and toks[-2].lower() in ("bin", "ibn", "ben", "bint") and \
            (row.get("surname") or toks[-1]) == toks[-1]:
        # "Mohammed bin Salman": his father's name alone is not his surname (it names his
        # father: "Salman"); with its particle it is how news shortens him ("bin Salman",
        # "Bin Mubarak"); a source's own two-word surname stands ("Ben Ali")
        cands.append(" ".join(toks[-2:]))
    elif row.get("surname"):  # the source marks the family name (Factbook capitals, IfG, POCOM)
        cands.append(row["surname"])
        if row["holder"] in TRANSLIT_COUNTRIES:
            cands += sorted(translit_variants(row["surname"]))
        if fold(row["surname"]) != row["surname"]:
            cands.append(fold(row["surname"]))
    elif len(toks) >= 2 and row["holder"] not in ("UN",):
        sur = toks[0] if row["holder"] in FAMILY_FIRST else toks[-1]
        if len(sur) > (1 if row["holder"] in FAMILY_FIRST else 2) and not re.search(r"\d|^(II|III|IV|X|XVI|Jr\.?)$", sur):
            cands.append(sur)
            if row["holder"] in TRANSLIT_COUNTRIES:
                cands += sorted(translit_variants(sur))
            if fold(sur) != sur:
                cands.append(fold(sur))
    seen, out = {name.casefold()}, []
    for c in cands:
        c = re.sub(r"\s+", " ", (c or "").replace("\t", " ").replace("|", " ")).strip(" ,")
        if c and c.casefold() not in seen:
            seen.add(c.casefold())
            out.append(c)
    return out


# ------------------------------------------------------------------ merge
def merge(ep: list[dict], uscl: list[dict], odal: list[dict], uscl_asof: str = "",
          conflicted: set[str] | None = None) -> list[dict]:
    rows = []
    # 1. congress-legislators wins for the US presidency and vice presidency
    us_offices = {("USA", r["office"]) for r in uscl}
    rows += [r for r in ep if (r["holder"], r["office"]) not in us_offices]
    # fill a missing Q-id from the Wikidata-derived row for the same term
    ep_q = {(r["holder"], r["office"], r["start"]): r["wikidata"] for r in ep if r["wikidata"]}
    for r in uscl:
        if not r["wikidata"]:
            r["wikidata"] = ep_q.get((r["holder"], r["office"], r["start"]), "")
    for r in uscl:
        r.setdefault("snapshot", uscl_asof)
    rows += uscl
    # 2. open-data-archive adds the 2026 holder where Wikidata-2022 rows lack it
    have = defaultdict(list)
    for r in rows:
        have[(r["holder"], r["office"], r["wikidata"])].append(r)
    ep_names = defaultdict(set)
    for r in ep:
        if r["wikidata"]:
            ep_names[r["name"]].add(r["wikidata"])
    for r in odal:
        if ep_names.get(r["name"]) and r["wikidata"] not in ep_names[r["name"]]:
            # same name carries another Q-id in the Wikidata rows: which is right is
            # not decidable from the sources, so leave the id empty
            print(f"note: Q-id conflict for {r['name']} ({r['wikidata']} vs "
                  f"{sorted(ep_names[r['name']])}); left empty", file=sys.stderr)
            r["wikidata"] = ""
            if conflicted is not None:
                conflicted.add(fold(r["name"]).casefold())
        same = have.get((r["holder"], r["office"], r["wikidata"]), [])
        if any(not x["end"] or x["start"] == r["start"] for x in same):
            for x in same:  # the newer source confirms the open term: known that far
                if not x["end"]:
                    x["snapshot"] = max(x.get("snapshot") or "", r.get("snapshot") or "")
            continue  # already there as an open (or identical) term
        rows.append(r)
    # drop terms over before 1990 and impossible ones (end before start)
    bad = [r for r in rows if r["end"] and r["start"] and r["end"] < r["start"]]
    for r in bad:
        print(f"note: dropped {r['name']} {r['office']} {r['holder']} {r['start']}..{r['end']} (end before start)",
              file=sys.stderr)
    rows = [r for r in rows if r not in bad and not (r["end"] and r["end"] < MIN_END)]
    # drop a term contained in another term of the same person and office (Wikidata
    # often has one P39 statement per cabinet besides the whole tenure)
    def contains(a, b):
        return (a is not b and a["start"] <= b["start"]
                and (not a["end"] or (b["end"] and b["end"] <= a["end"])))
    groups = defaultdict(list)
    for r in rows:
        groups[(r["holder"], r["office"], r["wikidata"] or r["name"])].append(r)
    keep = []
    for g in groups.values():
        for r in g:
            if any(contains(o, r) and (o["start"], o["end"] or "9999") != (r["start"], r["end"] or "9999")
                   for o in g):
                continue
            keep.append(r)
    rows = keep
    # merge split consecutive terms (same person/office)
    rows.sort(key=lambda r: (r["holder"], r["office"], r["wikidata"] or r["name"], r["start"]))
    merged: list[dict] = []
    for r in rows:
        p = merged[-1] if merged else None
        if (p and p["holder"] == r["holder"] and p["office"] == r["office"] and p["wikidata"]
                and p["wikidata"] == r["wikidata"] and p["end"] and p["end"] == r["start"]
                and p["source"] == r["source"]):
            p["end"] = r["end"]
            continue
        if (p and p["holder"] == r["holder"] and p["office"] == r["office"] and p["wikidata"] == r["wikidata"]
                and p["start"] == r["start"] and p["end"] == r["end"]):
            continue  # exact duplicate
        merged.append(dict(r))
    return merged


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sources", help="directory with the fetched source files")
    ap.add_argument("-o", "--output", default=os.path.join(os.path.dirname(__file__), "..", "kg", "data",
                                                           "office_holders.tsv"))
    ap.add_argument("--log", help="write the merge decisions (rows changed, terms left out) to this file")
    args = ap.parse_args(argv)
    src = args.sources

    snapshots = {}
    snap_path = os.path.join(src, "ep", "SNAPSHOTS.txt")
    if os.path.exists(snap_path):
        for line in open(snap_path, encoding="utf-8"):
            parts = line.split()
            if len(parts) >= 3:
                snapshots[parts[0]] = parts[2]
    uscl_asof = "9999-12-31"
    p = os.path.join(src, "uscl", "SNAPSHOT.txt")
    if os.path.exists(p):
        uscl_asof = open(p, encoding="utf-8").read().split()[-1]

    ep, uscl, odal = read_ep(src, snapshots), read_uscl(src, uscl_asof), read_odal(src)
    conflicted: set[str] = set()
    rows = merge(ep, uscl, odal, uscl_asof, conflicted)
    # the newer sources fill the 2022-2025 gap; they never override the rows above
    data = os.path.join(os.path.dirname(__file__), "..", "kg", "data")
    countries = read_country_names(os.path.join(data, "countries.tsv"))
    country_qids = {}
    with open(os.path.join(data, "wikidata_ids.tsv"), encoding="utf-8") as fh:
        for line in fh:
            c = line.rstrip("\n").split("\t")
            if len(c) >= 3 and c[0] == "country":
                country_qids[c[2]] = c[1]
    log: list[str] = []
    # the Factbook calls Russia's head of government "Premier"; the file calls an office
    # "premier" only where the earlier rows do (China, North Korea)
    premier = {r["holder"] for r in rows if r["office"] == "premier"}
    newer = {"ifg-ministers": read_ifg(src), "pocom": read_pocom(src),
             "wikidata-ep-foreign": read_ep_foreign(src, country_qids, countries),
             "cia-factbook": read_factbook(src, countries, log),
             "cia-factbook-eu": read_factbook_eu_notes(src, log)}
    for r in newer["cia-factbook"]:
        if r["office"] == "premier" and r["holder"] not in premier:
            r["office"] = "prime minister"
    rows = merge_new(rows, list(newer.values()), log)
    # last, adding only the terms missing: the yearly Factbook editions 1990-2017 and the IGO heads
    # of the Phoenix dictionary
    older = {"cia-factbook-archive": read_factbook_archive(src, countries, log),
             "phoenix-igo": read_phoenix_igo(src, log)}
    for r in older["cia-factbook-archive"]:
        if r["office"] == "premier" and r["holder"] not in premier:
            r["office"] = "prime minister"
    rows = merge_new(rows, list(older.values()), log, add_only=True)
    filled = fill_qids(rows, conflicted)
    # the Factbook's capitals lose a particle's case ("Herman VAN ROMPUY"): such a row takes the
    # spelling of the person's other rows (same Q-id) when it differs only in case
    known_names = {r["wikidata"]: r["name"] for r in rows if r["wikidata"] and not r.get("new")}
    for r in rows:
        other = known_names.get(r["wikidata"]) if r["source"] == "cia-factbook-eu" else None
        if other and other != r["name"] and other.casefold() == r["name"].casefold():
            r["name"], r["surname"] = other, other[len(other) - len(r["surname"]):] if r.get("surname") else ""
    rows.sort(key=lambda r: (r["holder"], r["office"], r["wikidata"] or r["name"], r["start"]))
    if args.log:
        with open(args.log, "w", encoding="utf-8") as fh:
            fh.write("\n".join(log) + "\n")
    print("newer sources: " + ", ".join(f"{k} {len(v)} read, {sum(1 for r in rows if r['source'] == k)} added"
                                          for k, v in {**newer, **older}.items())
          + f"; {sum(1 for r in rows if r.get('changed_by'))} earlier rows closed or confirmed by them; "
          f"{filled} Q-ids taken from rows of the same name", file=sys.stderr)
    phx = phoenix_index(os.path.join(src, "Phoenix.Countries.actors.txt"))
    phx_int = phoenix_index(os.path.join(src, "Phoenix.International.actors.txt"))
    for k, v in phx_int.items():
        phx.setdefault(k, v)

    added: dict[str, list[str]] = defaultdict(list)  # the team's alias additions
    with open(os.path.join(os.path.dirname(__file__), "..", "kg", "data",
                           "office_holder_aliases.tsv"),
              encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                qid, alias = line.rstrip("\n").split("\t")[:2]
                added[qid].append(alias)
    for r in rows:
        r["extra_aliases"] = list(r.get("extra_aliases", [])) + added.get(r["wikidata"], [])

    ep_dates = sorted(set(snapshots.values()))
    fb_until = max((r["snapshot"] for r in newer["cia-factbook"]), default="")
    header = [
        "# Office holders (heads of state and government, foreign ministers, vice presidents,",
        "# heads of international organisations), 1990 to the latest source snapshot.",
        "# Built by tools/build_office_holders.py; do not edit by hand (see kg/data/README.md).",
        "# Columns: name, aliases (|), office, holder (ISO alpha-3 or organisations.tsv key),",
        "#   start, end (ISO dates; a few dates are only YYYY or YYYY-MM; empty end = open",
        "#   in the source), wikidata (person Q-id), source, known_until (the end, or for an open",
        "#   term the newest snapshot of a source listing it: after that its holder is unknown).",
        "# Sources: wikidata-ep = Wikidata P39 via EveryPolitician scrapers html/holders21.csv (CC0),",
        f"#   snapshots {ep_dates[0] if ep_dates else '?'}..{ep_dates[-1] if ep_dates else '?'}: an empty end there means 'in office at that snapshot';",
        "#   its 'world' file also gives the UN Secretaries-General and WTO Directors-General;",
        "#   a later row for the same holder+office (a source below) supersedes it.",
        "# congress-legislators = unitedstates/congress-legislators executive.yaml (CC0);",
        "# world-leaders-current = open-data-archive/world-leaders-current (CC BY-SA 4.0), current holders only;",
        "# wikidata-ep-foreign = Wikidata foreign ministers (and the EU High Representative) in office on",
        f"#   {EP_FOREIGN_ASOF} (EveryPolitician world sources/foreign/wikidata.csv, CC0): start and Q-id, no end;",
        "# ifg-ministers = IfG Ministers Database, Institute for Government (CC BY 4.0): UK Prime Minister",
        f"#   and Foreign Secretary, snapshot {IFG_SNAPSHOT};",
        "# pocom = US Office of the Historian, Principal Officers and Chiefs of Mission (public domain,",
        f"#   CC0): Secretaries of State, snapshot {POCOM_SNAPSHOT};",
        "# cia-factbook = CIA World Factbook (public domain) 'chief of state' / 'head of government' texts,",
        f"#   weekly via factbook/factbook.json (CC0), after {FACTBOOK_STALE_UNTIL} to {fb_until or '?'}: start = its \"since\" date, end =",
        "#   the next holder's start; an open term is known until the last week naming the person.",
        "# cia-factbook-eu = the same Factbook's EU text: the European Council president's predecessor and",
        "#   the EU High Representatives (2021 note: took office on, succeeding X (years)); predecessors start",
        "#   in the year given and end on their successor's start.",
        "# cia-factbook-archive = the yearly CIA World Factbook editions 1990-2017 (public domain) in",
        "#   MilkMp/CIA-World-Factbooks-Archive-1990-2025 b998f60 (CC0), read as cia-factbook with one edition",
        "#   per snapshot: start = \"since\", end = the next holder's \"since\" (yearly resolution: a holder who",
        "#   came and went between two editions is missing); an open term is known until the date of the",
        "#   last edition naming the person (the latest full \"since\" date of its own year the edition gives).",
        "# phoenix-igo = openeventdata/petrarch2 Phoenix.International.actors.txt (MIT) dated IGOrulers",
        "#   spans of hand-picked heads: UN Secretaries-General, NATO Secretaries General, World Bank",
        "#   presidents, WHO Directors-General, to 2007.",
        "# Precedence: the rows of the first three sources keep their dates; the later sources add the",
        "#   terms missing, or give an open term of the same person its end or a later known_until",
        "#   (the row keeps its source); cia-factbook-archive and phoenix-igo come last and only add",
        "#   terms (no row changes); see kg/data/README.md.",
        "# aliases also from openeventdata/petrarch2 Phoenix actor dictionaries (MIT) and ASCII/romanisation",
        "#   variants generated by the build script, and a few formal names the team added",
        "#   (kg/data/office_holder_aliases.tsv, each with its reason).",
        "# " + "\t".join(COLUMNS),
    ]
    with open(args.output, "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(header) + "\n")
        for r in rows:
            if "--" in r["name"]:
                continue  # a Factbook archive record that names a body ("PRK--Chairman")
            styled = re.match(r"(?:Dr\.?|Sir|Sheikh|Gen\.?) (?=[A-Z])", r["name"])
            if styled:  # "Dr. Narayan Khadka", "Sir Anerood Jugnauth": a style, not the name
                # (Wikidata's and the Factbook's labels); the styled form stays an alias
                r = dict(r, name=r["name"][styled.end():],
                         extra_aliases=[r["name"], *r.get("extra_aliases", [])])
            al = build_aliases(r, phx)
            # how far the term is known: its end, or for an open term the newest snapshot
            # of a source that lists it (after that its holder is unknown)
            known = r["end"] or r.get("snapshot") or ""
            fh.write("\t".join([r["name"], "|".join(al), r["office"], r["holder"], r["start"], r["end"],
                                r["wikidata"], r["source"], known]) + "\n")
    print(f"wrote {len(rows)} rows to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
