"""Media providers: every URL form the plugin recognizes, in one registry.

Each provider maps the URL forms authors paste (iframe ``src``, page links, share links)
to a stable id, an embed URL and a link URL. Adding a provider is one :class:`Provider`
entry in :data:`PROVIDERS` plus its tests. The plugin builds iframes only from URLs a
provider resolved here: an unknown host is never turned into an iframe.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import parse_qs, urlsplit

from .model import Media, MediaKind
from .patterns import lazy

Resolver = Callable[[re.Match[str], str, str], "Resolved | None"]
"""A URL form's reader: the form's match on the path, the whole URL and its query string."""


class Resolved(NamedTuple):
    id: str
    url: str
    embed_url: str | None


@dataclass(frozen=True)
class Provider:
    key: str
    label: str
    kind: MediaKind
    ratio: tuple[int, int]
    hosts: frozenset[str]
    forms: tuple[tuple[re.Pattern[str], Resolver], ...]
    iframe_allow: str = "fullscreen"
    referrerpolicy: str | None = None
    player_host: str | None = None
    """The host of every embed URL the provider's forms make (``None``: no player)."""
    player_path: str | None = None
    """A pattern of those URLs' path and query, written alike for Python's ``re`` and
    JavaScript (ASCII classes, no ``\\d``): ``roundup.js`` loads nothing else, and a test
    keeps its table and this one in step."""


class UrlParts(NamedTuple):
    """The parts of a URL the plugin reads, as :func:`urllib.parse.urlsplit` gives them."""

    scheme: str
    netloc: str
    host: str
    """The hostname, lowercased; ``""`` when there is none."""
    path: str
    query: str


# ``scheme://host/path?query#fragment`` with a plain host (no user, port or IPv6 literal)
# and no whitespace or control characters: urlsplit's answer is then these very groups.
_PLAIN_URL = lazy(
    r"([A-Za-z][A-Za-z0-9+.-]*)://([A-Za-z0-9.-]+)"  # scheme, host
    r"((?:/[^?#\x00-\x20]*)?)(?:\?([^#\x00-\x20]*))?(?:#[^\x00-\x20]*)?"  # path, query
)


def url_parts(url: str) -> UrlParts:
    """``urlsplit`` for the common case without its general machinery (same results)."""
    plain = _PLAIN_URL.fullmatch(url)
    if plain:
        scheme, host, path, query = plain.groups("")
        return UrlParts(scheme.lower(), host, host.lower(), path, query)
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()  # lower again: an IPv6 zone keeps its case
    except ValueError:  # "http://[1]/": not a URL any provider or profile can have
        return UrlParts("", "", "", url, "")
    return UrlParts(parts.scheme, parts.netloc, host, parts.path, parts.query)


def _host(parts: UrlParts) -> str:
    return parts.host.removeprefix("www.").removeprefix("m.")


# --- SlideShare ---------------------------------------------------------------------------

_SLIDESHARE = "https://www.slideshare.net"


def _slideshare_key(m: re.Match[str], url: str, query: str) -> Resolved:
    key = m["key"]
    embed = f"{_SLIDESHARE}/slideshow/embed_code/key/{key}"
    return Resolved(key, embed, embed)


def _slideshare_number(m: re.Match[str], url: str, query: str) -> Resolved:
    number = m["number"]
    embed = f"{_SLIDESHARE}/slideshow/embed_code/{number}"
    return Resolved(number, embed, embed)


def _slideshare_slideshow(m: re.Match[str], url: str, query: str) -> Resolved:
    number = m["number"]
    return Resolved(
        number,
        f"{_SLIDESHARE}/slideshow/{m['slug']}/{number}",
        f"{_SLIDESHARE}/slideshow/embed_code/{number}",
    )


_SLIDESHARE_LISTINGS = frozenset(
    {"presentations", "slideshows", "documents", "infographics", "videos", "followers", "likes"}
)


def _slideshare_page(m: re.Match[str], url: str, query: str) -> Resolved | None:
    user, slug = m["user"], m["slug"]
    if user.lower() in {"slideshow", "search", "login", "upload", "mobile"}:
        return None
    if slug.lower() in _SLIDESHARE_LISTINGS:
        return None  # a person's list of decks, not a deck
    # A page URL carries no embed id; the deck can be linked but not embedded.
    return Resolved(f"{user}/{slug}", f"{_SLIDESHARE}/{user}/{slug}", None)


# --- YouTube ------------------------------------------------------------------------------

_YOUTUBE_ID = r"(?P<id>[A-Za-z0-9_-]{11})"
_YOUTUBE_VIDEO = lazy(_YOUTUBE_ID)
_TIME = lazy(r"^(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m)?(?:(?P<s>\d+)s?)?")


_TIME_KEY = lazy(r"(?:^|&)(?:t|start)=")


def _start_seconds(query: str) -> int:
    if "%" not in query and ("t=" not in query or not _TIME_KEY.search(query)):
        return 0  # no ``t`` or ``start`` parameter (parse_qs is the slow part)
    values = parse_qs(query)
    raw = (values.get("t") or values.get("start") or [""])[0]
    found = _TIME.match(raw)
    if not raw or not found or not found.group(0):
        return 0
    hours, minutes, seconds = (int(found[g] or 0) for g in ("h", "m", "s"))
    return hours * 3600 + minutes * 60 + seconds


def _youtube(m: re.Match[str], url: str, query: str) -> Resolved:
    return _youtube_video(m["id"], query)


def _youtube_video(video: str, query: str) -> Resolved:
    start = _start_seconds(query)
    link = f"https://www.youtube.com/watch?v={video}" + (f"&t={start}s" if start else "")
    embed = f"https://www.youtube-nocookie.com/embed/{video}" + (f"?start={start}" if start else "")
    return Resolved(video, link, embed)


def _youtube_watch(m: re.Match[str], url: str, query: str) -> Resolved | None:
    video = (parse_qs(query).get("v") or [""])[0]
    if not _YOUTUBE_VIDEO.fullmatch(video):
        return None
    return _youtube_video(video, query)


# --- Vimeo --------------------------------------------------------------------------------


_VIMEO_HASH = lazy(r"[0-9a-fA-F]*")


def _vimeo(m: re.Match[str], url: str, query: str) -> Resolved:
    video = m["id"]
    private = m.groupdict().get("hash") or (parse_qs(query).get("h") or [""])[0]
    if not _VIMEO_HASH.fullmatch(private):
        private = ""  # a private link's hash is hex: anything else would go into the player's URL
    embed = f"https://player.vimeo.com/video/{video}?dnt=1" + (f"&h={private}" if private else "")
    link = f"https://vimeo.com/{video}" + (f"/{private}" if private else "")
    return Resolved(video, link, embed)


# --- Bilibili -------------------------------------------------------------------------


_BILIBILI_BV = lazy(r"BV[0-9A-Za-z]{10}")
_BILIBILI_AV = lazy(r"[0-9]{1,12}")
_BILIBILI_PART = lazy(r"[0-9]{1,4}")


def _bilibili_video(video: str, part: str = "") -> Resolved:
    """A video by its ``BV…`` id, or by its older number (``av…``), and its part of a
    collection (``?p=2``; the first by default)."""
    part = str(int(part)) if _BILIBILI_PART.fullmatch(part) and int(part) > 1 else ""
    asked = f"aid={video[2:]}" if video.startswith("av") else f"bvid={video}"
    link = f"https://www.bilibili.com/video/{video}" + (f"?p={part}" if part else "")
    embed = f"https://player.bilibili.com/player.html?{asked}" + (f"&page={part}" if part else "")
    return Resolved(video + (f"-p{part}" if part else ""), link, embed + "&autoplay=0")


def _bilibili_page(m: re.Match[str], url: str, query: str) -> Resolved | None:
    video = m["id"]
    if video[:2].lower() == "av":
        video = "av" + video[2:]
    elif not _BILIBILI_BV.fullmatch(video):
        return None  # "bv1…": an id's case matters, and the player knows no other
    return _bilibili_video(video, (parse_qs(query).get("p") or [""])[0])


def _bilibili_player(m: re.Match[str], url: str, query: str) -> Resolved | None:
    asked = parse_qs(query)
    bvid, aid = (asked.get("bvid") or [""])[0], (asked.get("aid") or [""])[0]
    part = (asked.get("page") or [""])[0]
    if _BILIBILI_BV.fullmatch(bvid):
        return _bilibili_video(bvid, part)
    return _bilibili_video(f"av{aid}", part) if _BILIBILI_AV.fullmatch(aid) else None


# --- Speaker Deck, Slides.com, Google Slides, PDF ---------------------------------------


def _speakerdeck_player(m: re.Match[str], url: str, query: str) -> Resolved:
    deck = m["id"]
    embed = f"https://speakerdeck.com/player/{deck}"
    return Resolved(deck, embed, embed)


def _speakerdeck_page(m: re.Match[str], url: str, query: str) -> Resolved | None:
    user, slug = m["user"], m["slug"]
    if user in {"player", "c", "p", "signin", "search"}:
        return None
    return Resolved(f"{user}/{slug}", f"https://speakerdeck.com/{user}/{slug}", None)


_SLIDES_COM_PAGES = frozenset(
    {"about", "api", "developers", "explore", "features", "news", "pricing", "templates", "users"}
)
"""The first parts of slides.com's own pages' paths, where no one's deck is."""


def _slides_com(m: re.Match[str], url: str, query: str) -> Resolved | None:
    user, deck = m["user"], m["deck"]
    if user.casefold() in _SLIDES_COM_PAGES:
        return None
    page = f"https://slides.com/{user}/{deck}"
    return Resolved(f"{user}/{deck}", page if "/embed" in url else url, f"{page}/embed")


_GOOGLE_QUERY = r"start=(true|false)&loop=(true|false)&delayms=[0-9]+"
"""The query of a Google Slides embed as Google writes it: kept, the author's player (and
the one its player's address may carry, :attr:`Provider.player_path`)."""
_GOOGLE_EMBED_QUERY = lazy(_GOOGLE_QUERY)


def _google_slides(m: re.Match[str], url: str, query: str) -> Resolved:
    """A deck on Google Slides: a link as written (``…/edit?usp=sharing``, ``…/edit#slide=
    id.p5``: the author's address); an embed opens at its viewer and plays as written
    (``…/embed?start=false&loop=false&delayms=3000``)."""
    prefix = "e/" if m["published"] else ""
    deck = m["id"]
    base = f"https://docs.google.com/presentation/d/{prefix}{deck}"
    player = f"{base}/embed"
    if not m.string[m.end() :].startswith("/embed"):
        return Resolved(deck, url, player)
    if _GOOGLE_EMBED_QUERY.fullmatch(query):
        player = f"{player}?{query}"
    return Resolved(deck, f"{base}/{'pub' if prefix else 'edit'}", player)


def _pdf(m: re.Match[str], url: str, query: str) -> Resolved:
    return Resolved(url, url, None)


def _deposit(m: re.Match[str], url: str, query: str) -> Resolved | None:
    """A record of Zenodo's, at its own address or its DOI's."""
    host = url_parts(url).host.removeprefix("www.")
    wanted = ("zenodo.org",) if m["record"] else ("doi.org", "dx.doi.org")
    return Resolved(url, url, None) if host in wanted else None


def _forms(*pairs: tuple[str, Resolver]) -> tuple[tuple[re.Pattern[str], Resolver], ...]:
    return tuple((lazy(pattern, re.IGNORECASE), resolve) for pattern, resolve in pairs)


_YOUTUBE_ALLOW = (
    "accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; "
    "picture-in-picture; web-share; fullscreen"
)

PROVIDERS: tuple[Provider, ...] = (
    Provider(
        "slideshare",
        "SlideShare",
        "slides",
        (4, 3),
        frozenset(
            {
                "slideshare.net",
                "de.slideshare.net",
                "fr.slideshare.net",
                "es.slideshare.net",
                "pt.slideshare.net",
                "jp.slideshare.net",
            }
        ),
        _forms(
            (r"^/slideshow/embed_code/key/(?P<key>[A-Za-z0-9]+)", _slideshare_key),
            (r"^/slideshow/embed_code/(?P<number>[0-9]+)", _slideshare_number),
            (r"^/slideshow/(?P<slug>[^/?#]+)/(?P<number>[0-9]+)", _slideshare_slideshow),
            (r"^/(?P<user>[^/?#]+)/(?P<slug>[^/?#]+)", _slideshare_page),
        ),
        player_host="www.slideshare.net",
        player_path=r"^/slideshow/embed_code/(key/[A-Za-z0-9]+|[0-9]+)$",
    ),
    Provider(
        "youtube",
        "YouTube",
        "video",
        (16, 9),
        frozenset({"youtube.com", "youtube-nocookie.com", "youtu.be", "music.youtube.com"}),
        _forms(
            (rf"^/(?:embed|live|shorts|v)/{_YOUTUBE_ID}", _youtube),
            (r"^/watch", _youtube_watch),
            (rf"^/{_YOUTUBE_ID}(?:[/?#]|$)", _youtube),  # youtu.be/<id>
        ),
        iframe_allow=_YOUTUBE_ALLOW,
        referrerpolicy="strict-origin-when-cross-origin",
        player_host="www.youtube-nocookie.com",
        player_path=r"^/embed/[A-Za-z0-9_-]{11}(\?start=[0-9]+)?$",
    ),
    Provider(
        "vimeo",
        "Vimeo",
        "video",
        (16, 9),
        frozenset({"vimeo.com", "player.vimeo.com"}),
        _forms(
            (r"^/video/(?P<id>[0-9]+)", _vimeo),
            (
                r"^/(?:channels/[^/]+/|groups/[^/]+/videos/|(?:album|showcase)/[0-9]+/video/)?"
                r"(?P<id>[0-9]+)(?:/(?P<hash>[0-9a-f]+))?",
                _vimeo,
            ),
        ),
        iframe_allow="autoplay; fullscreen; picture-in-picture",
        player_host="player.vimeo.com",
        player_path=r"^/video/[0-9]+\?dnt=1(&h=[0-9A-Za-z]+)?$",
    ),
    Provider(
        "bilibili",
        "Bilibili",
        "video",
        (16, 9),
        frozenset({"bilibili.com", "www.bilibili.com", "m.bilibili.com", "player.bilibili.com"}),
        _forms(
            (r"^/video/(?P<id>BV[0-9A-Za-z]{10}|av[0-9]{1,12})(?=[/?#]|$)", _bilibili_page),
            (r"^/player\.html$", _bilibili_player),
        ),
        player_host="player.bilibili.com",
        player_path=r"^/player\.html\?(bvid=BV[0-9A-Za-z]{10}|aid=[0-9]{1,12})(&page=[0-9]{1,4})?&autoplay=0$",
    ),
    Provider(
        "speakerdeck",
        "Speaker Deck",
        "slides",
        (16, 9),
        frozenset({"speakerdeck.com"}),
        _forms(
            (r"^/player/(?P<id>[0-9a-f]+)", _speakerdeck_player),
            (r"^/(?P<user>[^/?#]+)/(?P<slug>[^/?#]+)", _speakerdeck_page),
        ),
        player_host="speakerdeck.com",
        player_path=r"^/player/[0-9A-Fa-f]+$",
    ),
    Provider(
        "slides-com",
        "Slides.com",
        "slides",
        (16, 9),
        frozenset({"slides.com"}),
        _forms((r"^/(?P<user>[A-Za-z0-9_.-]+)/(?P<deck>[A-Za-z0-9_.-]+)(?=[/?#]|$)", _slides_com)),
        player_host="slides.com",
        player_path=r"^/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/embed$",
    ),
    Provider(
        "google-slides",
        "Google Slides",
        "slides",
        (16, 9),
        frozenset({"docs.google.com"}),
        _forms(
            (r"^/presentation/d/(?P<published>e/)?(?P<id>[A-Za-z0-9_-]+)", _google_slides),
        ),
        player_host="docs.google.com",
        player_path=rf"^/presentation/d/(e/)?[A-Za-z0-9_-]+/embed(\?{_GOOGLE_QUERY})?$",
    ),
)

PDF = Provider("pdf", "PDF", "slides", (4, 3), frozenset(), _forms((r"\.pdf$", _pdf)))
DEPOSIT = Provider(
    "zenodo",
    "Zenodo",
    "slides",
    (4, 3),
    frozenset(),
    _forms((r"^/(?:(?P<record>records?/\d+)|10\.5281/zenodo\.\d+)/?$", _deposit)),
)
"""Zenodo, where researchers deposit their decks among papers and data: a record is a
talk's deck only where a PDF would be (the author labelled it, or it is a talk's title's
own link)."""

_BY_HOST: dict[str, Provider] = {host: p for p in PROVIDERS for host in p.hosts}
PROVIDER_NAMES = frozenset(p.label.casefold() for p in PROVIDERS)
"""The providers' names, casefolded (``speaker deck``): a link's words that say where."""
_BY_KEY: dict[str, Provider] = {p.key: p for p in (*PROVIDERS, PDF, DEPOSIT)}


def provider(key: str) -> Provider:
    return _BY_KEY[key]


def is_known_host(url: str) -> bool:
    """Whether ``url`` belongs to a provider host (even in a form no provider resolves)."""
    return host_kind(url) is not None


def host_kind(url: str) -> str | None:
    """The kind of media (``video``, ``slides``) of the provider whose host ``url`` is on."""
    found = _BY_HOST.get(_host(url_parts(url)))
    return found.kind if found else None


class Hit(NamedTuple):
    """A URL a provider reads: what a :class:`Media` is made of, but its title and line."""

    provider: Provider
    id: str
    url: str
    embed_url: str | None

    @property
    def external(self) -> bool:
        """Whether :attr:`url` is absolute (as :attr:`Media.external`)."""
        return "://" in self.url

    def media(
        self,
        title: str | None = None,
        line: int = 0,
        url: str | None = None,
        image: str | None = None,
    ) -> Media:
        """The media, linked at ``url`` when given (a page of the provider's own site), with
        the author's preview ``image`` when there is one."""
        p = self.provider
        link = self.url if url is None else url
        return Media(p.key, p.kind, self.id, link, self.embed_url, title, line, p.ratio, image)


def on_provider_site(url: str) -> bool:
    """Whether ``url`` is on a known provider's site, whatever its page (a channel's, a
    profile's, a deck's)."""
    return _host(url_parts(url.strip())) in _BY_HOST


@functools.lru_cache(maxsize=512)  # a page repeats its links; each embed is its own
def find(url: str, *, pdf: bool = False) -> Hit | None:
    """The provider and URL form that read ``url``, or ``None`` when no provider knows it.

    ``pdf=True`` also accepts links to ``.pdf`` files (only where the author labelled the
    link as slides: a PDF link alone says nothing about being a talk's deck).
    """
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    parts = url_parts(url)
    if parts.scheme not in {"http", "https"} and not (
        pdf and not parts.scheme and not parts.netloc
    ):
        return None  # a relative link is only ever a PDF on the site itself
    found = _BY_HOST.get(_host(parts))
    candidates = [found] if found else []
    if pdf:
        candidates += (PDF, DEPOSIT)
    for candidate in candidates:
        for pattern, resolver in candidate.forms:
            path = parts.path if candidate is not PDF else parts.path.lower()
            match = pattern.search(path)
            if not match:
                continue
            resolved = resolver(match, url, parts.query)
            if resolved is None:
                continue
            return Hit(candidate, *resolved)
    return None
