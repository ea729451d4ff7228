"""Run the README's console examples and compare what they print with what it says.

Every ```console block in README.md is a list of `$ command` lines, each followed by its
output. The blocks run in order, in one temporary folder that holds a link to seeds/, with
no KG_STORE set, so `kg ingest seeds/` there writes ./kg-data exactly as a new user's would.
Commands that start with `make` or `cd` are shown, not run.

    python -m tests.readme_examples --update   # rewrite README.md with real outputs
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"```console\n(.*?)```", re.S)
SKIP = ("make ", "cd ", "git ", "pip ", "python ")


def examples(text: str) -> list[tuple[str, str]]:
    """(command, expected output) pairs of every console block, in order."""
    out: list[tuple[str, str]] = []
    for block in BLOCK.findall(text):
        command, lines = None, []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    out.append((command, "\n".join(lines)))
                command, lines = line[2:], []
            else:
                lines.append(line)
        if command is not None:
            out.append((command, "\n".join(lines)))
    return out


def run_all(pairs: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(command, expected, actual) for each example that runs."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["COLUMNS"] = "200"
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        os.symlink(ROOT / "seeds", Path(tmp) / "seeds")
        (Path(tmp) / "tests").mkdir()
        os.symlink(ROOT / "tests" / "gold", Path(tmp) / "tests" / "gold")
        (Path(tmp) / "tests" / "data").mkdir()
        os.symlink(ROOT / "tests" / "data" / "web", Path(tmp) / "tests" / "data" / "web")
        for command, expected in pairs:
            if command.startswith(SKIP):
                continue
            proc = subprocess.run(["bash", "-c", command + " 2>&1"], cwd=tmp, env=env,
                                  capture_output=True, text=True, timeout=300)
            actual = "\n".join(line.rstrip() for line in proc.stdout.rstrip("\n").splitlines())
            results.append((command, expected, actual))
    return results


def update() -> None:
    text = README.read_text(encoding="utf-8")
    actual = {c: a for c, _, a in run_all(examples(text))}

    def rewrite(match: re.Match[str]) -> str:
        lines, out, skipping = match.group(1).splitlines(), [], False
        for line in lines:
            if line.startswith("$ "):
                command = line[2:]
                out.append(line)
                if command in actual:
                    out.extend(actual[command].splitlines() if actual[command] else [])
                    skipping = True
                else:
                    skipping = False
            elif not skipping:
                out.append(line)
        return "```console\n" + "\n".join(out) + "\n```"

    README.write_text(BLOCK.sub(rewrite, text), encoding="utf-8")


if __name__ == "__main__":
    if "--update" in sys.argv:
        update()
    else:
        bad = [(c, e, a) for c, e, a in run_all(examples(README.read_text())) if e != a]
        for c, e, a in bad:
            print(f"$ {c}\n--- README says:\n{e}\n--- it prints:\n{a}\n")
        sys.exit(1 if bad else 0)
