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

Standard library only; no network access.  Every row comes from a source file:
no date or Wikidata id is made up here.  Where sources overlap, precedence is
uscl (USA president / vice president) > ep (Wikidata) > odal; see README.
"""
from __future__ import annotations

import argparse
import csv
import glob
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

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
                office = posmap.get(r["position"])
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
                    "office": office, "holder": holder,
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
        v = {t}
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
    if len(toks) >= 2 and row["holder"] not in ("UN",):
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
def merge(ep: list[dict], uscl: list[dict], odal: list[dict], uscl_asof: str = "") -> list[dict]:
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
    rows = merge(ep, uscl, odal, uscl_asof)
    phx = phoenix_index(os.path.join(src, "Phoenix.Countries.actors.txt"))
    phx_int = phoenix_index(os.path.join(src, "Phoenix.International.actors.txt"))
    for k, v in phx_int.items():
        phx.setdefault(k, v)

    added: dict[str, list[str]] = defaultdict(list)  # the team's alias additions
    with open(os.path.join(os.path.dirname(__file__), "office_holder_aliases.tsv"),
              encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                qid, alias = line.rstrip("\n").split("\t")[:2]
                added[qid].append(alias)
    for r in rows:
        r["extra_aliases"] = list(r.get("extra_aliases", [])) + added.get(r["wikidata"], [])

    ep_dates = sorted(set(snapshots.values()))
    header = [
        "# Office holders (heads of state and government, foreign ministers, vice presidents,",
        "# heads of international organisations), 1990 to the latest source snapshot.",
        "# Built by tools/build_office_holders.py; do not edit by hand (see kg/data/README.md).",
        "# Columns: name, aliases (|), office, holder (ISO alpha-3 or organisations.tsv key),",
        "#   start, end (ISO dates; a few Wikidata dates are only YYYY or YYYY-MM; empty end = open",
        "#   in the source), wikidata (person Q-id), source, known_until (the end, or for an open",
        "#   term the newest snapshot of a source listing it: after that its holder is unknown).",
        "# Sources: wikidata-ep = Wikidata P39 via EveryPolitician scrapers html/holders21.csv (CC0),",
        f"#   snapshots {ep_dates[0] if ep_dates else '?'}..{ep_dates[-1] if ep_dates else '?'}: an empty end there means 'in office at that snapshot';",
        "#   a later row for the same holder+office (source world-leaders-current) supersedes it.",
        "# congress-legislators = unitedstates/congress-legislators executive.yaml (CC0);",
        "# world-leaders-current = open-data-archive/world-leaders-current (CC BY-SA 4.0), current holders only;",
        "# aliases also from openeventdata/petrarch2 Phoenix actor dictionaries (MIT) and ASCII/romanisation",
        "#   variants generated by the build script, and a few formal names the team added",
        "#   (tools/office_holder_aliases.tsv, each with its reason).",
        "# " + "\t".join(COLUMNS),
    ]
    with open(args.output, "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(header) + "\n")
        for r in rows:
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
