"""The README's screenshots: the seeds' network page, map page and `kg serve` page (a
who-met-whom answer and a search), taken in headless Chromium (tests/browser.py).

    python -m tests.screenshots docs/screenshots     # what `make screenshots` runs
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from kg import maps, network, webapp
from kg.ingest import ingest
from kg.store import open_store
from tests import browser

ROOT = Path(__file__).resolve().parent.parent


def main(folder: str) -> int:
    why = browser.missing()
    if why:
        print(f"no screenshots: {why}", file=sys.stderr)
        return 1
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "db"
        with open_store(str(db)) as store:
            ingest([str(ROOT / "seeds")], store)
        with open_store(str(db), read_only=True) as store, browser.browser() as b:
            network.write(network.meetings(store, {}), Path(tmp) / "net.html", "Who met whom")
            maps.write(maps.happenings(store, {}), Path(tmp) / "map.html", "Where they met")
            httpd, url = webapp.start(store, 0)
            try:
                shots = {
                    "graph.png": (Path(tmp, "net.html").as_uri(), None),
                    "map.png": (Path(tmp, "map.html").as_uri(), None),
                    "page.png": (url, None),
                    "page-who-met-whom.png": (url, ("#who-met-whom-person", "Donald Trump",
                                                    "#form-who-met-whom button")),
                    "page-search.png": (url, ("#search-name", "Trump",
                                              "#search-name + button")),
                }
                for name, (address, typed) in shots.items():
                    page = b.new_page(viewport={"width": 1200, "height": 800})
                    page.goto(address)
                    if typed:  # typed into a form, as a user would
                        field, text, button = typed
                        page.fill(field, text)
                        page.click(button)
                        page.wait_for_load_state()
                    page.screenshot(path=str(out / name))
                    page.close()
                    print(f"{out / name}", file=sys.stderr)
            finally:
                httpd.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
