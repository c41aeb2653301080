"""Posters: thumbnails of videos and decks, fetched at build time and served by the site.

With ``posters: true`` the plugin asks each provider's oEmbed endpoint for a thumbnail,
keeps the image in a cache directory (reusable between builds and by CI) and publishes it
under ``assets/roundup/posters/``, so a facade shows a picture while the page still makes
no request to any host but its own. A failed or offline fetch never fails the build: the
card keeps its text placeholder, the line that says so names the page and line of the
media, and the failure is kept in the cache too, so that the next builds do not ask again
before :data:`RETRY_AFTER` (unless the endpoint changed).
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import time
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from .log import log
from .model import Media

OEMBED: dict[str, str] = {
    "youtube": "https://www.youtube.com/oembed?format=json&url={url}",
    "vimeo": "https://vimeo.com/api/oembed.json?url={url}",
    "slideshare": "https://www.slideshare.net/api/oembed/2?format=json&url={url}",
    "speakerdeck": "https://speakerdeck.com/oembed.json?url={url}",
}
"""oEmbed endpoints by provider; ``{url}`` is the media's page URL, quoted."""

SITE_FOLDER = "assets/roundup/posters"
RETRY_AFTER = 24 * 3600
"""Seconds before a failed fetch is tried again."""
_FAILED = ".failed"
"""The suffix of the file that keeps a failed fetch: its oEmbed URL and what went wrong."""
_MAX_BYTES = 2 * 1024 * 1024
_TIMEOUT = 5.0
_EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/gif": ".gif",
}


@dataclass(frozen=True)
class Poster:
    key: str
    """``provider:id`` of the media it shows."""
    filename: str
    """File name inside :data:`SITE_FOLDER` (and the cache directory)."""


class SeenFrom(Mapping[str, str]):
    """Poster image URLs by ``provider:id``, relative to one page.

    ``root`` is the site root seen from that page (``../`` per folder): a URL is made only
    for a poster the page shows, not for every poster of the site on every page.
    """

    def __init__(self, posters: Mapping[str, Poster], root: str) -> None:
        self.posters = posters
        self.root = root

    def __getitem__(self, key: str) -> str:
        return f"{self.root}{SITE_FOLDER}/{self.posters[key].filename}"

    def __iter__(self) -> Iterator[str]:
        return iter(self.posters)

    def __len__(self) -> int:
        return len(self.posters)


class PosterError(Exception):
    pass


def media_key(media: Media) -> str:
    return f"{media.provider}:{media.id}"


def _filename(media: Media) -> str:
    digest = hashlib.sha256(media_key(media).encode()).hexdigest()[:16]
    return f"{media.provider}-{digest}"


def _is_web(url: str) -> bool:
    return urllib.parse.urlsplit(url).scheme in {"http", "https"}


def _get(url: str, limit: int) -> tuple[bytes, str]:
    # Imported here: it pulls in http.client and ssl (about 2 MB), needed only on a fetch.
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "mkdocs-roundup (posters)"})
    with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
        body: bytes = response.read(limit + 1)
        kind = response.headers.get_content_type()
    if len(body) > limit:
        raise PosterError(f"{url} is larger than {limit} bytes")
    return body, kind


def _oembed_url(media: Media, endpoints: Mapping[str, str]) -> str:
    endpoint = endpoints.get(media.provider)
    if not endpoint:
        raise PosterError(f"no oEmbed endpoint for {media.provider}")
    return endpoint.format(url=urllib.parse.quote(media.url, safe=""))


def _fetch(media: Media, cache: Path, oembed_url: str) -> Poster:
    if not _is_web(oembed_url):
        raise PosterError(f"not an http(s) endpoint: {oembed_url}")
    body, _ = _get(oembed_url, 256 * 1024)
    try:
        thumbnail = json.loads(body.decode("utf-8"))["thumbnail_url"]
    except (ValueError, KeyError, TypeError) as error:
        raise PosterError(f"no thumbnail in the oEmbed answer for {media.url}") from error
    if isinstance(thumbnail, str):
        thumbnail = urllib.parse.urljoin(oembed_url, thumbnail)  # "//cdn…" and relative answers
    if not isinstance(thumbnail, str) or not _is_web(thumbnail):
        raise PosterError(f"unusable thumbnail URL for {media.url}")
    image, kind = _get(thumbnail, _MAX_BYTES)
    extension = _EXTENSIONS.get(kind) or mimetypes.guess_extension(kind) or ""
    if extension not in _EXTENSIONS.values():
        raise PosterError(f"thumbnail of {media.url} is not an image ({kind})")
    name = _filename(media) + extension
    cache.mkdir(parents=True, exist_ok=True)
    (cache / name).write_bytes(image)
    return Poster(media_key(media), name)


def _cached(media: Media, cache: Path) -> Poster | None:
    stem = _filename(media)
    for extension in _EXTENSIONS.values():
        if (cache / (stem + extension)).is_file():
            return Poster(media_key(media), stem + extension)
    return None


def _failure(media: Media, cache: Path, oembed_url: str) -> str | None:
    """What went wrong when this very fetch failed less than :data:`RETRY_AFTER` ago."""
    marker = cache / (_filename(media) + _FAILED)
    try:
        if time.time() - marker.stat().st_mtime >= RETRY_AFTER:
            return None
        kept = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(kept, dict) or kept.get("url") != oembed_url:
        return None  # another endpoint now: worth a try
    return f"{kept.get('error')}; not asked again until a day after"


def _keep_failure(media: Media, cache: Path, oembed_url: str, error: str) -> None:
    try:
        cache.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"url": oembed_url, "error": error})
        (cache / (_filename(media) + _FAILED)).write_text(text, encoding="utf-8")
    except OSError:  # a read-only cache: the next build asks again
        pass


Placed = tuple[str, int, Media]
"""A media with the page (``path``) and the line of its talk."""


def _resolves(host: str) -> bool:
    """Whether ``host`` has an address (a name lookup, without importing urllib.request)."""
    import socket

    try:
        socket.getaddrinfo(host, None)
    except (OSError, UnicodeError):
        return False
    return True


def _reachable(missing: list[Placed], endpoints: Mapping[str, str], strict: bool) -> list[Placed]:
    """``missing`` without the media of endpoint hosts that have no address (offline, no
    DNS): one line says so, at the first place, and nothing is asked of them. Offline, each
    fetch failed on its own name lookup (about 80 ms, the resolver answering one at a
    time): the 3,600 videos of the 120 x 30 benchmark site made a 11 s build take 327 s."""
    by_host: dict[str, list[Placed]] = {}
    for item in missing:
        host = urllib.parse.urlsplit(endpoints[item[2].provider]).hostname or ""
        by_host.setdefault(host, []).append(item)
    kept: list[Placed] = []
    for host, placed in by_host.items():
        if _resolves(host):
            kept += placed
            continue
        path, line, _ = placed[0]
        (log.warning if strict else log.info)(
            "%s:%d: %s cannot be reached (no address): %d posters not fetched; their cards "
            "show a cover",
            path,
            line,
            host,
            len(placed),
        )
    return kept


def collect(
    media: Iterable[Placed],
    cache: Path,
    *,
    endpoints: Mapping[str, str] | None = None,
    strict: bool = False,
) -> dict[str, Poster]:
    """Posters for every embeddable media, from the cache or fetched (in parallel); one
    written in several places is fetched once, and a failure is said at its first place."""
    endpoints = {**OEMBED, **(endpoints or {})}
    # oEmbed answers for a media's page; a SlideShare deck known only by its embed key has
    # no page URL to ask about, so it keeps the text placeholder.
    wanted: dict[str, Placed] = {}
    for placed in media:
        item = placed[2]
        if item.embed_url and item.provider in endpoints and "/embed_code/" not in item.url:
            wanted.setdefault(media_key(item), placed)
    posters: dict[str, Poster] = {}
    missing = []
    for key, placed in wanted.items():
        cached = _cached(placed[2], cache)
        if cached:
            posters[key] = cached
        else:
            missing.append(placed)

    missing = _reachable(missing, endpoints, strict)

    def fetch(placed: Placed) -> Poster | None:
        path, line, item = placed
        oembed_url = ""
        try:
            oembed_url = _oembed_url(item, endpoints)
            failed = _failure(item, cache, oembed_url)
            if failed is None:
                poster = _fetch(item, cache, oembed_url)
                (cache / (_filename(item) + _FAILED)).unlink(missing_ok=True)
                return poster
        except (OSError, PosterError, ValueError) as error:  # ValueError: a URL urllib rejects
            failed = str(error)
            _keep_failure(item, cache, oembed_url, failed)
        report = log.warning if strict else log.info
        report(
            "%s:%d: poster for %s not fetched (%s); the card shows its text placeholder",
            path,
            line,
            item.url,
            failed,
        )
        return None

    if not missing:
        return posters  # all in the cache: no thread to start
    from concurrent.futures import ThreadPoolExecutor  # only when something is fetched

    with ThreadPoolExecutor(max_workers=8) as pool:
        for poster in pool.map(fetch, missing):
            if poster:
                posters[poster.key] = poster
    return posters
