"""``posters: true`` against a fake oEmbed server on 127.0.0.1 (never the real hosts)."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from sites import mkdocs_build, write_site

# A 1x1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
PAGE = """\
# Meetup

## Alpha, Ada Vos

<iframe src="https://www.youtube.com/embed/AlPhAvIdEo1"></iframe>

## Beta, Bo Lind

[Slides](https://www.slideshare.net/slideshow/beta-deck/281000003)

## Gamma, Cy Moor

A deck known only by its embed key has no page to ask oEmbed about: no poster, no request.

<iframe src="https://www.slideshare.net/slideshow/embed_code/key/GaMmAdEcKgAmMa" width="640" height="480"></iframe>
"""


class FakeOEmbed(BaseHTTPRequestHandler):
    hits: list[str] = []  # noqa: RUF012 (shared on purpose: one server per test)
    thumbnail: str | None = None
    """The thumbnail URL the answers give (by default, this server's own image)."""

    def do_GET(self) -> None:
        self.hits.append(self.path)
        parts = urlsplit(self.path)
        if parts.path == "/oembed":
            asked = parse_qs(parts.query)["url"][0]
            host, port = self.server.server_address[:2]
            thumbnail = self.thumbnail or f"http://{host}:{port}/thumb.png?for={asked}"
            body = json.dumps({"thumbnail_url": thumbnail}).encode()
            self._send(body, "application/json")
        elif parts.path == "/thumb.png":
            self._send(PNG, "image/png")
        else:
            self.send_error(404)

    def _send(self, body: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def oembed() -> Iterator[str]:
    FakeOEmbed.hits, FakeOEmbed.thumbnail = [], None
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeOEmbed)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/oembed?url={{url}}"
    server.shutdown()
    server.server_close()


def build(
    root: Path, endpoint: str, *, strict: bool = False, **options: object
) -> subprocess.CompletedProcess[str]:
    endpoints = {"youtube": endpoint, "slideshare": endpoint}
    plugin = {"posters": True, "poster_endpoints": endpoints, **options}
    config = write_site(root, {"meetup.md": PAGE}, plugin=plugin)
    return mkdocs_build("-f", str(config), *(["--strict"] if strict else []))


def meetup_page(root: Path) -> BeautifulSoup:
    html = (root / "site" / "meetup" / "index.html").read_text(encoding="utf-8")
    return BeautifulSoup(html, "html.parser")


def posters_on_page(root: Path) -> list[str]:
    images = meetup_page(root).select(".roundup-embed img.roundup-embed__poster")
    return [img["src"] for img in images]  # type: ignore[misc]


def test_posters_are_fetched_cached_and_served_by_the_site(tmp_path: Path, oembed: str) -> None:
    done = build(tmp_path, oembed, strict=True)
    assert done.returncode == 0, done.stderr
    sources = posters_on_page(tmp_path)
    assert len(sources) == 2
    assert all(src.startswith("../assets/roundup/posters/") for src in sources)
    for src in sources:
        assert (tmp_path / "site" / "meetup" / src).resolve().read_bytes() == PNG
    assert len(FakeOEmbed.hits) == 4  # two oEmbed answers, two images
    assert len(list((tmp_path / ".cache" / "roundup").glob("*.png"))) == 2

    # The cache serves the next build: no request at all.
    FakeOEmbed.hits.clear()
    assert build(tmp_path, oembed).returncode == 0
    assert FakeOEmbed.hits == []
    assert len(posters_on_page(tmp_path)) == 2


def test_a_thumbnail_url_urllib_rejects_never_fails_the_build(tmp_path: Path, oembed: str) -> None:
    FakeOEmbed.thumbnail = "https://x[y]/thumb.png"
    done = build(tmp_path, oembed)
    assert done.returncode == 0, done.stderr
    assert "meetup.md:3: poster for https://www.youtube.com/watch?v=AlPhAvIdEo1 not fetched" in (
        done.stderr
    )
    assert posters_on_page(tmp_path) == []


def test_an_offline_fetch_never_fails_the_build(tmp_path: Path) -> None:
    unreachable = "http://127.0.0.1:9/oembed?url={url}"
    done = build(tmp_path, unreachable, strict=True)
    assert done.returncode == 0, done.stderr
    assert "meetup.md:3: poster for https://www.youtube.com/watch?v=AlPhAvIdEo1 not fetched" in (
        done.stderr
    )
    assert "meetup.md:7: poster for https://www.slideshare.net/slideshow/beta-deck/281000003" in (
        done.stderr
    )
    assert "INFO" in done.stderr and "WARNING" not in done.stderr
    assert posters_on_page(tmp_path) == []
    assert len(meetup_page(tmp_path).select("[data-embed-src]")) == 3  # the text placeholders

    strict = build(tmp_path, unreachable, strict=True, posters_strict=True)
    assert strict.returncode == 1
    assert "WARNING" in strict.stderr


def test_a_failed_fetch_is_asked_again_only_after_a_day(tmp_path: Path, oembed: str) -> None:
    FakeOEmbed.thumbnail = f"{oembed.split('/oembed')[0]}/missing.png"  # a 404
    assert build(tmp_path, oembed).returncode == 0
    assert len(FakeOEmbed.hits) == 4  # two answers, two missing images
    failures = sorted((tmp_path / ".cache" / "roundup").glob("*.failed"))
    assert len(failures) == 2

    # The next build does not ask, and says why.
    FakeOEmbed.hits.clear()
    FakeOEmbed.thumbnail = None
    again = build(tmp_path, oembed)
    assert FakeOEmbed.hits == []
    assert "not asked again until a day after" in again.stderr, again.stderr
    assert "meetup.md:3: poster for" in again.stderr
    assert posters_on_page(tmp_path) == []

    # A day later (or with another endpoint) it asks again, and the failure is forgotten.
    day = 24 * 3600 + 60
    for failure in failures:
        stamp = failure.stat().st_mtime - day
        os.utime(failure, (stamp, stamp))
    assert build(tmp_path, oembed).returncode == 0
    assert len(FakeOEmbed.hits) == 4
    assert len(posters_on_page(tmp_path)) == 2
    assert list((tmp_path / ".cache" / "roundup").glob("*.failed")) == []


def test_another_endpoint_is_asked_despite_a_recent_failure(tmp_path: Path, oembed: str) -> None:
    assert build(tmp_path, "http://127.0.0.1:9/oembed?url={url}").returncode == 0
    assert len(list((tmp_path / ".cache" / "roundup").glob("*.failed"))) == 2
    assert build(tmp_path, oembed).returncode == 0
    assert len(posters_on_page(tmp_path)) == 2
