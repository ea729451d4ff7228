#!/usr/bin/env python3
"""Derive new/factbook/factbook_executive_history.tsv from the git history of factbook/factbook.json.

Usage:
    python3 factbook_executive_history.py GIT_DIR [-o OUT.tsv] [--since 2020-11-23] [--rev HEAD]

GIT_DIR is a git directory of https://github.com/factbook/factbook.json (e.g. the snapshot
/work/.mirror/factbook+factbook.json/repo).  For every first-parent commit from --since (by
commit date) to --rev, every country file (*.json in the region folders; meta/ and top-level
files are skipped) is read:

  * Government > Executive branch > "chief of state" and "head of government" (their "text");
  * for the EU file europe/ee.json, which has no such sub-fields, the Executive branch's own
    "text" (field "executive branch"; its separate "note" is not part of it);
  * Government > Country name > "conventional short form" text (column "country"), or the
    "conventional long form" where the short form is "none" (United Arab Emirates, Central
    African Republic, Federated States of Micronesia).

One output row per distinct (file, field, text): the first and last snapshot date (the commit
date, YYYY-MM-DD) in which the text was shown, and the number of snapshots (commits) showing it.
Columns (tab-separated, csv module quoting): file, country, field, text, first_seen, last_seen,
snapshots, first_commit, last_commit.  "country" is the short form at the text's last snapshot.
Texts are kept raw (HTML as in the JSON).  Rows are written in order of first appearance
(commit, then file path, then field).

Standard library only; needs the git executable.
"""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys

FIELDS = ("chief of state", "head of government")
EU_FILE = "europe/ee.json"
SKIP_DIRS = {"meta"}


def git(gitdir: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True,
                          text=True).stdout


class Blobs:
    """git cat-file --batch reader."""

    def __init__(self, gitdir: str):
        self.p = subprocess.Popen(["git", "--git-dir", gitdir, "cat-file", "--batch"],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def read(self, sha: str) -> bytes:
        self.p.stdin.write(sha.encode() + b"\n")
        self.p.stdin.flush()
        header = self.p.stdout.readline().split()
        if len(header) < 3 or header[1] == b"missing":
            raise KeyError(sha)
        size = int(header[2])
        data = self.p.stdout.read(size)
        self.p.stdout.read(1)  # newline after the content
        return data


def text_of(v) -> str | None:
    if isinstance(v, dict):
        t = v.get("text")
        return t if isinstance(t, str) else None
    return v if isinstance(v, str) else None


def extract(path: str, raw: bytes) -> tuple[str, list[tuple[str, str]]]:
    """-> (conventional short form, [(field, text)])"""
    try:
        d = json.loads(raw)
    except ValueError:
        return "", []
    gov = d.get("Government") if isinstance(d, dict) else None
    if not isinstance(gov, dict):
        return "", []
    cn = gov.get("Country name")
    country = text_of(cn.get("conventional short form")) if isinstance(cn, dict) else None
    if isinstance(cn, dict) and (not country or country.strip().lower() == "none"):
        country = text_of(cn.get("conventional long form"))  # "none": United Arab Emirates, CAR, FSM
    eb = gov.get("Executive branch")
    out = []
    if isinstance(eb, dict):
        if path == EU_FILE:
            t = text_of(eb)
            if t:
                out.append(("executive branch", t))
        else:
            for f in FIELDS:
                t = text_of(eb.get(f))
                if t:
                    out.append((f, t))
    return country or "", out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gitdir")
    ap.add_argument("-o", "--output", default="factbook_executive_history.tsv")
    ap.add_argument("--since", default="2020-11-23")
    ap.add_argument("--rev", default="HEAD")
    args = ap.parse_args(argv)

    log = git(args.gitdir, "log", "--first-parent", "--reverse", "--format=%H %cd", "--date=short", args.rev)
    commits = [(c, d) for c, d in (line.split() for line in log.splitlines()) if d >= args.since]
    blobs = Blobs(args.gitdir)
    cache: dict[str, tuple[str, list]] = {}
    rows: dict[tuple, dict] = {}
    for sha, date in commits:
        tree = git(args.gitdir, "ls-tree", "-r", sha)
        for line in tree.splitlines():
            meta, path = line.split("\t", 1)
            _, kind, bsha = meta.split()
            if kind != "blob" or not path.endswith(".json") or "/" not in path:
                continue
            if path.split("/", 1)[0] in SKIP_DIRS:
                continue
            if bsha not in cache:
                cache[bsha] = extract(path, blobs.read(bsha))
            country, texts = cache[bsha]
            for field, text in texts:
                key = (path, field, text)
                r = rows.get(key)
                if r is None:
                    rows[key] = {"file": path, "country": country, "field": field, "text": text,
                                 "first_seen": date, "last_seen": date, "snapshots": 1,
                                 "first_commit": sha[:8], "last_commit": sha[:8]}
                else:
                    r["last_seen"], r["last_commit"], r["country"] = date, sha[:8], country
                    r["snapshots"] += 1
    cols = ["file", "country", "field", "text", "first_seen", "last_seen", "snapshots",
            "first_commit", "last_commit"]
    with open(args.output, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, delimiter="\t", lineterminator="\n")
        w.writeheader()
        for r in rows.values():
            w.writerow(r)
    print(f"{len(commits)} commits ({commits[0][1]} .. {commits[-1][1]}, {commits[-1][0][:8]}), "
          f"{len(cache)} distinct file versions, {len(rows)} rows -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
