"""Stage 1, sources (URLs): pages and feeds fetched over HTTP become `Article`s.

requests does the HTTP (with urllib3's retries: connection faults, 429 and 5xx answers,
honouring Retry-After, with back-off), with a timeout on every read, kg's user agent, and a
delay between two requests to the same host. What comes back is read by its content type
(or, when a server says nothing useful, by its first bytes): an HTML page as a saved page
is, a feed item by item, a PDF as a PDF file. Every failure is one error naming the URL
and what happened (404, timed out, refused, not a page), and the rest goes on.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from urllib.parse import urlsplit

from kg import __version__
from kg.errors import SourceError
from kg.sources import Article

USER_AGENT = f"kg/{__version__} (geopolitical knowledge-graph ingester; python-requests)"
MAX_BYTES = 20 * 1024 * 1024  # no news page or feed is larger
_ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
           "application/xml;q=0.9,text/xml;q=0.9,application/pdf;q=0.8,*/*;q=0.5")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
               "application/xml", "text/xml", "application/feed+json")


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


class Fetcher:
    """One HTTP session for a run: retries, timeouts, a user agent and a per-host delay."""

    def __init__(self, timeout: float = 20.0, retries: int = 2, delay: float = 1.0) -> None:
        import requests
        from requests.adapters import HTTPAdapter
        from urllib3.util.retry import Retry

        self.timeout = timeout
        self.delay = delay
        self._last: dict[str, float] = {}
        self.session = requests.Session()
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept": _ACCEPT})
        retry = Retry(total=retries, connect=retries, read=retries, status=retries,
                      backoff_factor=0.5, status_forcelist=(429, 500, 502, 503, 504),
                      allowed_methods=("GET",), respect_retry_after_header=True,
                      raise_on_status=False)
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    def _wait_for(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = self.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def download(self, url: str) -> tuple[bytes, str, str]:
        """The body, the content type and the final URL (after redirects) of a GET."""
        import requests

        self._wait_for(urlsplit(url).netloc.lower())
        try:
            with self.session.get(url, timeout=self.timeout, stream=True) as resp:
                if resp.status_code >= 400:
                    raise SourceError(url, f"HTTP {resp.status_code} {resp.reason or ''}".rstrip())
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_content(64 * 1024):
                    size += len(chunk)
                    if size > MAX_BYTES:
                        raise SourceError(url, f"larger than {MAX_BYTES // 2**20} MiB: no "
                                          "article page is; not read")
                    chunks.append(chunk)
                ctype = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
                return b"".join(chunks), ctype, resp.url
        except SourceError:
            raise
        except requests.exceptions.Timeout:
            raise SourceError(url, f"timed out: no answer within {self.timeout:g} s") from None
        except requests.exceptions.TooManyRedirects:
            raise SourceError(url, "too many redirects") from None
        except requests.exceptions.ConnectionError as exc:
            if "timed out" in str(exc):  # a read that timed out while streaming the body
                raise SourceError(url, f"timed out: no answer within {self.timeout:g} s") \
                    from None
            raise SourceError(url, f"cannot be reached ({_reason(exc)})") from None
        except requests.exceptions.RequestException as exc:
            raise SourceError(url, f"cannot be fetched ({_reason(exc)})") from None

    def articles(self, url: str, **overrides) -> Iterator[Article | SourceError]:
        """The article of a page (or a PDF), or every item of a feed, at a URL."""
        from kg.documents import read_pdf
        from kg.feeds import looks_like_feed, read_feed
        from kg.sources import decode, looks_like_html
        from kg.webpages import read_html

        try:
            body, ctype, final = self.download(url)
        except SourceError as err:
            yield err
            return
        head = body[:2048].decode("utf-8", "replace")
        try:
            if ctype in _FEED_TYPES and looks_like_feed(head) or ctype in (
                    "application/rss+xml", "application/atom+xml"):
                yield from read_feed(body, url, **overrides)
            elif ctype in ("text/html", "application/xhtml+xml") or (
                    ctype in ("", "text/plain", "application/octet-stream")
                    and looks_like_html(head)):
                yield read_html(decode(body, url), url, url=final, **overrides)
            elif ctype == "application/pdf" or body.startswith(b"%PDF"):
                yield read_pdf(body, url, **overrides)
            else:
                yield SourceError(url, f"not a web page, feed or PDF (the server sent "
                                  f"{ctype or 'no content type'})")
        except SourceError as err:
            yield err


def read_url_list(path: str, fetcher: Fetcher, **overrides) -> Iterator[Article | SourceError]:
    """The articles at the URLs a file lists, one a line ("#" starts a comment line)."""
    try:
        with open(path, encoding="utf-8-sig") as fh:
            lines = fh.read().split("\n")
    except OSError as exc:
        yield SourceError(path, f"cannot read the list of URLs ({exc.strerror or exc})")
        return
    except UnicodeDecodeError:
        yield SourceError(path, "the list of URLs is not UTF-8 text")
        return
    for number, line in enumerate(lines, start=1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        if not is_url(url):
            yield SourceError(f"{path}:{number}", f"not a URL (http:// or https://): {url[:80]!r}")
            continue
        yield from fetcher.articles(url, **overrides)


def _reason(exc: Exception) -> str:
    text = str(exc)
    for marker in ("Connection refused", "Name or service not known", "timed out",
                   "No route to host", "certificate verify failed"):
        if marker in text:
            return marker.lower() if marker != "Connection refused" else "connection refused"
    return text[:160]
