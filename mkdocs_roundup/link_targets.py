"""What a link points at, by its address alone: a repository and the pages about its work,
a talk's material (a deck, a presentation file, a file shared from Google Drive), a file
named as another document (a flyer, a poster), a talk's page in an event's program.
"""

from __future__ import annotations

import re

from . import providers
from .labels import MONTHS
from .names import name_key
from .patterns import lazy
from .profiles import is_profile_url

_CODE_HOSTS = ("github.com", "gitlab.com", "codeberg.org", "bitbucket.org")
_PROJECT_PAGES = frozenset({"issues", "pull", "pulls", "merge_requests", "commit", "commits",
                            "compare", "releases", "discussions", "actions", "wiki"})  # fmt: skip
"""A repository's pages about its work (``…/issues/123``): never a talk's material."""
_WORK_PAGE = lazy("/(?:" + "|".join(sorted(_PROJECT_PAGES)) + r")(?:[/?#]|$)")
"""A path segment that names one of :data:`_PROJECT_PAGES`."""
_DECK_FILES = r"\.(?:pdf|pptx?|ppsx?|key|odp|slide)$"
"""A presentation file's extension (``.slide``: Go's present tool)."""
_MATERIAL_WORDS = r"slides?|deck(?![a-rt-z])|presentation"
"""An address's words for a deck (``/slides/``, ``kites-deck``; not ``neu-entdeckt``)."""
_MATERIAL_PATH = lazy(rf"{_MATERIAL_WORDS}|{_DECK_FILES}", re.I)
"""A path that names a deck or holds one (``/slides/``, ``kites-deck.pdf``,
``RiversNightDeck``; not ``neu-entdeckt``, a word that goes on after its letters)."""
_DECK_FOLDER = lazy(r"slides|decks?|presentations?", re.I)
"""A folder of decks, by its name."""
_DECK_HOSTS = frozenset({"prezi.com", "slides.com", "slid.es", "pitch.com", "gamma.app"})
"""Hosts of decks no player is built for: a title's link there is the talk's slides."""
_REPOSITORY_DECK_HOSTS = frozenset({"gitpitch.com"})
"""Hosts that show a repository's deck at its owner's and its name's path
(``gitpitch.com/ann/queues``); their other pages (``/docs/``, ``/pricing``) are none."""
_OWN_PAGES = frozenset({"docs", "blog", "pricing", "about", "features", "templates", "pro"})
"""The first parts of such a host's own pages' paths."""
_OTHER_DOCUMENT = lazy(
    r"(?:^|[\W_])(?:flyers?|posters?|brochure|invitation|cfp)"
    r"(?:[\W_]|$)",
    re.I,
)
"""A file's name that says what else it is (``ColloquiumFlyer_0122.pdf``, ``poster.pdf``): a
title's link to it is not the talk's deck (a link labelled slides still is); words that
may be a title's, ``program``, ``abstract``, say nothing."""
_CAMEL_JOIN = lazy(r"(?<=[a-z])(?=[A-Z])")
"""Where two words of a camel-cased name meet (``Colloquium|Flyer``)."""
_SHARED_FILE = lazy(r"/file/d/[\w-]+")
"""A file shared from Google Drive (``/file/d/ID/view``; ``/open?id=ID`` too): a title's link
there is the talk's material, as a PDF is."""
_SLUG_CHARS = lazy(r"[\W_]+")
_DECK_FILE = lazy(_DECK_FILES, re.I)
_TALK_FOLDERS = frozenset({"talks", "talk"})
"""Folders a site keeps a page per talk in."""
_EDITION_TALK = (
    rf"/\d{{4}}-(?!(?:{MONTHS}|spring|summer|autumn|fall|winter)/)[a-z][a-z-]*/talks/"
    r"(?!(?:cfp|call-for|submit|schedule|speakers|guidelines|index|all|tracks|faq|lunch|break)\b)"
    r"[\w-]+/?$"
)
"""An edition's page of one talk, by the edition's year and place, not a season or a month
(a regular expression)."""
_SESSION_PATH = lazy(
    r"/(?:schedule/(?:event|presentation)|event/\d+/contributions|program/presentation)/[^/?#]+"
    rf"|/talk/[A-Z0-9]{{6}}/?$|/sessions?\?(?:[^#]*&)?id=\w|{_EDITION_TALK}",
)
"""A program's page of one session: Pretalx's (``/2024/talk/ABC123/``), FOSDEM's
(``/schedule/event/…``), Indico's (``/event/12/contributions/34``), a conference site's
(``/sessions?id=1510``, ``/program/presentation/…``, ``/schedule/presentation/54/``), an
edition's page of one talk, by its year and place (``/2031-oslo/talks/quiet-queues``; not its
call for papers or its schedule, ``/2031-oslo/talks/cfp``)."""


_SHARED_FOLDERS = {
    "drive.google.com": ("/drive/folders/",),
    "dropbox.com": ("/sh/", "/scl/fo/"),
    "1drv.ms": ("/f/",),
}
"""A folder shared from a file host, by its host and how its path opens: many files, no
one talk's deck."""


def is_shared_folder(href: str) -> bool:
    """Whether a link opens a folder shared from a file host (``drive.google.com/drive/
    folders/…``, Dropbox's ``/sh/…`` and ``/scl/fo/…``)."""
    parts = providers.url_parts(href)
    return parts.path.startswith(_SHARED_FOLDERS.get(parts.host.removeprefix("www."), ()))


def names_its_file(text: str, href: str) -> bool:
    """Whether a link's text is the name of the presentation file it links, with its
    extension or without (``[queues.pdf](2031-05-queues.pdf)``, ``[small-queues](small-
    queues.pdf)``; not ``[Abstract](queues-abstract.pdf)``, nor a flyer's or a paper's)."""
    if not is_deck_file(href):
        return False
    written = text.strip().casefold()
    name = providers.url_parts(href.strip()).path.rsplit("/", 1)[-1]
    stem, _, extension = name.casefold().rpartition(".")
    if " " in written:
        return False
    if written.endswith("." + extension):
        return True  # "[proc-macros.pdf](2019-10-procedural-macros.pdf)"
    slug = "-" in written or "_" in written  # a file's name, not a word ("Abstract")
    return slug and (stem == written or stem.endswith(("-" + written, "_" + written)))


def _repository_path(href: str) -> list[str] | None:
    """The path of a link into a code host's repository (``owner/name/…``), or ``None``."""
    parts = providers.url_parts(href)
    if parts.host.removeprefix("www.") not in _CODE_HOSTS:
        return None
    return [segment for segment in parts.path.strip("/").split("/") if segment != "-"]


_DECK_REPOSITORY = lazy(r"slides?|decks?|talks?|presentations?|keynotes?", re.I)
"""Words of a repository's name that say it holds a talk's deck (``queues-slides``)."""


_TOOL = lazy(
    r"generators?|parsers?|tools?|cli|libs?|library|plugins?|templates?|frameworks?|makers?|"
    r"builders?|engines?|viewers?|renderers?|converters?|exporters?|kit",
    re.I,
)
"""Words of a repository's name that say it holds a tool's code (``slides-generator``)."""


def front_page(url: str) -> bool:
    """Whether ``url`` is a site's front page (``https://harbor.example/``,
    ``…/index.html``)."""
    path = providers.url_parts(url).path.strip("/")
    return not path or (path.startswith("index.") and "/" not in path)


def is_repository(href: str) -> bool:
    """Whether a link points at a code repository itself (``github.com/ann/queues``): its
    code, no deck (but one named for its slides, ``github.com/ann/queues-slides``; a tool's,
    ``slides-generator``, is code)."""
    path = _repository_path(href)
    if path is None or len(path) != 2:
        return False
    words = [w for w in _SLUG_CHARS.split(path[1]) if w]
    deck = any(_DECK_REPOSITORY.fullmatch(w) for w in words)
    return not deck or any(_TOOL.fullmatch(w) for w in words)  # "slides-generator": code


def in_deck_place(href: str) -> bool:
    """Whether a link points into a deck host or a folder of decks (``…/slides/intro.pdf``),
    whatever its file (a PDF alone may be a book's)."""
    parts = providers.url_parts(href)
    return _on_deck_host(parts.host) or _in_deck_folder(parts.path)


def is_deck_page(href: str) -> bool:
    """Whether a link points at a deck's own page: on a deck host, in a folder named for
    decks (``…/presentations/2025-intro.html``, ``…/slides/intro/``), or a presentation
    file (``intro.slide``)."""
    parts = providers.url_parts(href)
    if _on_deck_host(parts.host):
        return bool(parts.path.strip("/"))  # "slides.example.net/intro/": a deck of its own
    return _repository_deck(parts) or _in_deck_folder(parts.path) or is_deck_file(href)


def _repository_deck(parts: providers.UrlParts) -> bool:
    """Whether a link shows a repository's deck (``gitpitch.com/ann/queues?p=harbor``)."""
    if parts.host.removeprefix("www.") not in _REPOSITORY_DECK_HOSTS:
        return False
    path = parts.path.strip("/").split("/")
    return len(path) >= 2 and path[0].casefold() not in _OWN_PAGES


def _in_deck_folder(path: str) -> bool:
    """Whether a path's folders hold one named for decks (``…/slides/intro/``)."""
    return any(_DECK_FOLDER.fullmatch(folder) for folder in path.strip("/").split("/")[:-1])


_VIDEO_FILE = lazy(r"\.(?:mp4|webm|mkv|mov|m4v|ogv)$", re.I)
"""A video file's extension (a conference's recordings served as files: ``…/talk.webm``)."""
_VIDEO_FOLDER_PAGE = lazy(r"/videos/(?:[^/]+/)*[^/\d]*\d[^/]*\.(?:s?html?|php|aspx?)$", re.I)
"""A web page in a site's folder of videos, named with its number or its day
(``/Videos/Seminar/29-19860521-lee.html``): one recording's page, as an archive of old
recordings gives each (not its ``index.html``; a news site's ``/video/…`` is its clips)."""
_VIDEO_PAGES = {
    "media.ccc.de": lazy(r"/v/[^/]+/?"),
    "infoq.com": lazy(r"/(?:\w\w/)?presentations/[^/]+/?"),
    "skillsmatter.com": lazy(r"/skillscasts/\d+[^/]*/?"),
    "destroyallsoftware.com": lazy(r"/talks/[^/]+/?"),
    "confreaks.tv": lazy(r"/videos/[^/]+/?"),
    "confreaks.com": lazy(r"/videos/[^/]+/?"),
    "pyvideo.org": lazy(r"/video/\d+/[^/]+/?|/[^/]+/[^/]+\.html"),
    "channel9.msdn.com": lazy(r"/(?:Shows|Events|Series)/[^/]+/[^/]+(?:/[^/]+)?/?"),
    "slideslive.com": lazy(r"/\d{6,}(?:/[^/]+)?/?"),
}
"""Hosts of conference recordings no player is built for, by the path of one recording's
page (``media.ccc.de/v/slug``, ``infoq.com/presentations/slug``, ``slideslive.com/38912345/
slug``, ``pyvideo.org/video/880/slug``, ``channel9.msdn.com/Shows/Going+Deep/slug``; not
their listings, channels or a recording's slides)."""


_PEERTUBE_VIDEO = lazy(
    r"/(?:w/(?=[^/]*\d)(?=[^/]*[A-Z])(?=[^/]*[a-z])[1-9A-HJ-NP-Za-km-z]{22}|"
    r"videos/watch/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/?"
)
"""A video's page on a PeerTube instance, any host: ``/w/`` and its short id (22 letters
and digits of base 58, digits and both cases among them; a wiki's ``/w/PageNameInCamelCase``
has no digit), or the long ``/videos/watch/`` and its UUID; not a channel's, a playlist's
``/w/p/…``."""


_PEERTUBE_PAGE = lazy(r"/(?:w|videos/watch|videos/embed)/[\w-]{6,}/?$")
"""A video's page on a PeerTube instance, as a link that says it is PeerTube's points at one
(``[PeerTube](…/w/<id>)``); its channels and accounts (``/c/…``, ``/a/…``) are none. A link
that says nothing needs the id's own shape (:data:`_PEERTUBE_VIDEO`)."""


def is_peertube_page(path: str) -> bool:
    """Whether an address's path (case folded) is a PeerTube video's page."""
    return bool(_PEERTUBE_PAGE.match(path))


def is_video_page(href: str) -> bool:
    """Whether a link points at one recording: its page on a host of conference recordings
    (:data:`_VIDEO_PAGES`), on a PeerTube instance, or in a site's folder of videos, or a
    video file."""
    parts = providers.url_parts(href)
    recording = _VIDEO_PAGES.get(parts.host.removeprefix("www."))
    if recording is not None and recording.fullmatch(parts.path):
        return True
    if parts.scheme not in ("http", "https"):
        return False  # "talk.webm" beside the page: a file of the site, no host's recording
    path = parts.path
    return bool(
        _VIDEO_FILE.search(path)
        or _PEERTUBE_VIDEO.fullmatch(path)
        or _VIDEO_FOLDER_PAGE.search(path)
    )


def is_media_address(href: str) -> bool:
    """Whether an address is a recording's or a deck's: a known player's, a recording's
    page, a presentation's file."""
    return bool(providers.find(href) or is_video_page(href) or is_deck_file(href))


def is_work_item(href: str) -> bool:
    """Whether a link points at a repository's issue, pull request or commit (a changelog's
    credit, ``[#501](…/pull/501)``), never a talk's material nor an organization."""
    if not _WORK_PAGE.search(href):
        return False  # the usual link: no such page's word in it at all
    path = _repository_path(href)
    return path is not None and _work_path(path)


def _work_path(path: list[str]) -> bool:
    """Whether a repository's path (``owner/name/…``) is one of its work's pages (not a
    deck a release holds: ``…/releases/download/v1/talk.pdf``)."""
    if len(path) >= 4 and path[2:4] == ["releases", "download"]:
        return not _DECK_FILE.search(path[-1])  # a deck; a wheel is a release's
    return len(path) >= 3 and path[2] in _PROJECT_PAGES


def is_material(href: str) -> bool:
    """Whether a talk title's link points at its material (a repository, a deck, a PDF)."""
    path = _repository_path(href)
    if path is not None:
        return len(path) >= 2 and not _work_path(path)
    parts = providers.url_parts(href)
    if _on_deck_host(parts.host):
        return bool(parts.path.strip("/"))
    if _repository_deck(parts):
        return True
    if parts.host == "drive.google.com":
        opened = parts.path == "/open" and "id=" in parts.query
        return opened or bool(_SHARED_FILE.match(parts.path))
    # "/program/presentation/ode": a conference program's page of the session, no deck
    return bool(_MATERIAL_PATH.search(parts.path)) and not _SESSION_PATH.search(parts.path)


def says_talk(href: str) -> bool:
    """Whether an address says it holds a talk's material by its words (``/slides/``,
    ``/presentations/2031/maps/``, ``/talks/maps.pdf``, ``MapsTalk.pdf``), not by a file's
    type alone (``papers/maps.pdf``)."""
    return bool(_TALK_WORDS.search(href))


_TALK_WORDS = lazy(rf"{_MATERIAL_WORDS}|talks?(?![a-rt-z])", re.I)


def _on_deck_host(host: str) -> bool:
    host = host.removeprefix("www.")
    return host in _DECK_HOSTS or host.startswith(("slides.", "decks."))


def names_project(title: str, href: str) -> bool:
    """Whether a title is the name of the repository it links to (``[esbuild](…/esbuild)``,
    the repository itself, not a folder in it): the project the talk is about, not the
    talk's material."""
    path = providers.url_parts(href).path.strip("/").split("/")
    name = path[1] if len(path) == 2 else ""
    return bool(name) and _slug(name) == _slug(title)


def _slug(text: str) -> str:
    return _SLUG_CHARS.sub("", name_key(text))  # folded as names are, then words only


_PAPER_HOSTS = frozenset({
    "arxiv.org", "dl.acm.org", "doi.org", "dx.doi.org", "aclanthology.org", "openreview.net",
    "ieeexplore.ieee.org", "papers.nips.cc", "proceedings.neurips.cc", "proceedings.mlr.press",
    "semanticscholar.org", "link.springer.com", "sciencedirect.com", "biorxiv.org", "ceur-ws.org",
    "medrxiv.org", "ssrn.com", "jstor.org", "pubmed.ncbi.nlm.nih.gov",
})  # fmt: skip
"""Hosts of papers: what they hold is a paper, read or cited, never a talk's slides (but a
deposit's DOI, ``10.5281/zenodo.…``, which holds what it holds)."""


_DEPOSIT_DOI = lazy(r"/10\.5281/zenodo\.", re.I)
"""The DOI of a record of Zenodo's: a deck, a paper or data, as what links it says."""
_POST_PATH = lazy(r"/(?:posts?|blog|articles?)/[^/]+|^/?(?:19|20)\d{2}/\d{2}/\d{2}/[^/]+", re.I)
"""A path to a post of a blog (``/posts/economics-of-open-source``, a dated one from the
site's root: ``/2031/05/02/trip-report.html``)."""
_BLOG_HOSTS = ("medium.com", "dev.to", "substack.com", "hashnode.dev", "blogspot.com")
"""Sites where people write posts (a post there is no talk's)."""


def _on_blog_host(parts: providers.UrlParts) -> bool:
    """Whether a link is to a page of a site that is a blog by its host's name
    (``blog.example.org/toward-v2``), not to the blog's front page."""
    return parts.host.removeprefix("www.").startswith("blog.") and bool(parts.path.strip("/"))


def is_post(href: str, *, blog_paths: bool = True) -> bool:
    """Whether a link points at a post: a blog's path or a page of a blog's host on any site
    (where ``blog_paths``), or a page of a site of posts that is no author's own page
    (``medium.com/@ann/trip-report``)."""
    parts = providers.url_parts(href.strip())
    if blog_paths and (_POST_PATH.search(parts.path) or _on_blog_host(parts)):
        return True
    host = parts.host.removeprefix("www.")
    on_blog = any(host == h or host.endswith("." + h) for h in _BLOG_HOSTS)
    return on_blog and not is_profile_url(href)


_TALK_FILE = lazy(r"slide|deck|talk|present|folien")
"""A file's name that says it holds a talk's slides (``fuzz-slides.pdf``)."""
_PAPER_FOLDER = lazy(r"/(?:papers?|proceedings|pubs|publications)/", re.I)
"""A folder of papers in a link's path (``…/proceedings/2021/0472.pdf``)."""
_PAPER_FILE = lazy(r"(?:^|[-_.])paper\d*\.pdf$")
"""A PDF whose name says it is a paper (``paper4.pdf``, ``icse-paper.pdf``)."""


def is_paper(href: str) -> bool:
    """Whether a link points at a paper: on a host of papers (``arxiv.org/abs/…``), or a
    PDF in a folder of papers (``…/proceedings/2021/0472.pdf``) that its name does not say
    is slides."""
    parts = providers.url_parts(href)
    if parts.host.removeprefix("www.") in _PAPER_HOSTS:
        return not _DEPOSIT_DOI.match(parts.path)  # a deposit's DOI holds what it holds
    path = parts.path.lower()
    name = path.rpartition("/")[2]
    named = bool(_PAPER_FOLDER.search(path) or _PAPER_FILE.search(name))
    return path.endswith(".pdf") and named and not _TALK_FILE.search(name)


def names_other_document(href: str) -> bool:
    """Whether a file's name says it is a flyer, a poster, a programme: no deck."""
    name = providers.url_parts(href).path.rsplit("/", 1)[-1]
    return bool(_OTHER_DOCUMENT.search(_CAMEL_JOIN.sub("_", name)))


def is_session_page(href: str) -> bool:
    """Whether a link points at one session's page in an event's program: the talk's own
    page there (``sched.co/1pbz2S9``, ``….sched.com/event/…``, ``…/sessions?id=1510``),
    neither its material nor its speaker's."""
    parts = providers.url_parts(href)
    if not parts.scheme and not parts.host:
        return _own_talk_page(parts.path)
    if parts.scheme not in ("http", "https"):
        return False
    host = parts.host.removeprefix("www.")
    if host == "sched.co":  # Sched's short link to one session
        return bool(parts.path.strip("/"))
    if host.endswith(".sched.com"):
        return parts.path.startswith("/event/")  # not its grid, its lists, its speakers
    path = parts.path + ("?" + parts.query if parts.query else "")
    return bool(_SESSION_PATH.search(path))


_WORD = lazy(r"[^\W\d_]{4,}|\d*[^\W\d_]+\d+[^\W\d_]*")
"""A word of four letters or more, or one of letters and digits (``pep810``): what a
session's address and its title may share."""


def names_its_session(title: str, href: str) -> bool:
    """Whether a session's page in a program is a heading's own: its address spells a
    word of the heading, or the heading one of the address (``## Parsing Logs`` over
    ``…/event/12-parsing-logs/``, ``## PyGambit`` over ``…/event/B93PQD-gambit/``; not
    ``## Saturday`` over ``…/event/1aB2/opening-keynote``, nor an opaque ``/talk/QX7RTP/``)."""
    path = providers.url_parts(href).path.casefold()
    said = name_key(title)
    words = {w for w in _WORD.findall(said) if w not in _COMMON_WORDS}
    spelt = {w for w in _WORD.findall(path) if w not in _COMMON_WORDS}
    return any(word in path for word in words) or any(word in said for word in spelt)


_COMMON_WORDS = frozenset({"with", "from", "your", "what", "about", "into", "talk", "session",
                           "event", "schedule", "track", "keynote"})  # fmt: skip
"""Words that say nothing of which session (``event``, ``schedule``: every address's)."""


def _own_talk_page(path: str) -> bool:
    """Whether a path of the site itself is one talk's page in its folder of talks
    (``talks/2023/queues.md``), not the folder's index nor a file in it (an image)."""
    *folders, page = path.split("/")
    stem, dot, suffix = page.casefold().rpartition(".")
    stem, suffix = (stem, suffix) if dot else (suffix, "")
    if suffix not in ("", "md", "html", "htm"):
        return False  # "talks/benchmark.png": a file beside the talks, no talk's page
    return bool(stem) and stem != "index" and any(f.casefold() in _TALK_FOLDERS for f in folders)


def is_deck_file(href: str) -> bool:
    """Whether a link points at a presentation file (``deck.pdf``, ``talk.pptx``) that its
    name does not say is another document."""
    path = providers.url_parts(href.strip()).path
    return bool(_DECK_FILE.search(path)) and not names_other_document(href)
