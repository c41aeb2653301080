"""Posters: thumbnails of videos and decks, fetched at build time and served by the site.

With ``posters: true`` the plugin asks each provider's oEmbed endpoint for a thumbnail,
keeps the image in a cache directory (reusable between builds and by CI) and publishes it
under ``assets/roundup/posters/``, so a facade shows a picture while the page still makes
no request to any host but its own. A failed or offline fetch never fails the build: the
card keeps its text placeholder.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
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


def _fetch(media: Media, cache: Path, endpoints: Mapping[str, str]) -> Poster:
    endpoint = endpoints.get(media.provider)
    if not endpoint:
        raise PosterError(f"no oEmbed endpoint for {media.provider}")
    oembed_url = endpoint.format(url=urllib.parse.quote(media.url, safe=""))
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


def collect(
    media: Iterable[Media],
    cache: Path,
    *,
    endpoints: Mapping[str, str] | None = None,
    strict: bool = False,
) -> dict[str, Poster]:
    """Posters for every embeddable media, from the cache or fetched (in parallel)."""
    endpoints = {**OEMBED, **(endpoints or {})}
    # oEmbed answers for a media's page; a SlideShare deck known only by its embed key has
    # no page URL to ask about, so it keeps the text placeholder.
    wanted = {
        media_key(m): m
        for m in media
        if m.embed_url and m.provider in endpoints and "/embed_code/" not in m.url
    }
    posters: dict[str, Poster] = {}
    missing = []
    for key, item in wanted.items():
        cached = _cached(item, cache)
        if cached:
            posters[key] = cached
        else:
            missing.append(item)

    def fetch(item: Media) -> Poster | None:
        try:
            return _fetch(item, cache, endpoints)
        except (OSError, PosterError, ValueError) as error:  # ValueError: a URL urllib rejects
            report = log.warning if strict else log.info
            report(
                "poster for %s not fetched (%s); the card shows its text placeholder",
                item.url,
                error,
            )
            return None

    with ThreadPoolExecutor(max_workers=8) as pool:
        for poster in pool.map(fetch, missing):
            if poster:
                posters[poster.key] = poster
    return posters
