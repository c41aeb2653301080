"""Where a link points, and what a reader calls it: a person's profile (a GitHub user, a LinkedIn ``/in/`` page, a
fediverse handle), an organization's page, and the form of a URL that identifies its target.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import unquote

from .names import name_key
from .patterns import lazy
from .providers import UrlParts, url_parts

_GITHUB_PAGES = (
    "search|explore|topics|trending|collections|features|marketplace|sponsors|settings|"
    "notifications|pulls|issues|login|signup|about|pricing|security|enterprise|orgs|apps"
)
"""GitHub's own pages at the top of its paths (``github.com/search?q=…``): no one's."""


def _paths_by_host(paths: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """Each site's pattern of paths, compiled when first used."""
    return {host: lazy(path) for host, path in paths.items()}


_PROFILE_HOSTS = _paths_by_host(
    {
        "github.com": rf"^/(?!(?:{_GITHUB_PAGES})/?$)[^/]+/?$",
        "gitlab.com": r"^/[^/]+/?$",
        "bitbucket.org": r"^/[^/]+/?$",
        "codeberg.org": r"^/[^/]+/?$",
        "sr.ht": r"^/~[^/]+/?$",
        "twitter.com": r"^/[^/]+/?$",
        "x.com": r"^/[^/]+/?$",
        "bsky.app": r"^/profile/",
        "mastodon.social": r"^/@",
        "fosstodon.org": r"^/@",
        "hachyderm.io": r"^/@",
        "linkedin.com": r"^/in/",
        "about.me": r"^/[^/]+/?$",
        "medium.com": r"^/@[^/]+/?$",
        "dev.to": r"^/[^/]+/?$",
        "keybase.io": r"^/[^/]+/?$",
        "t.me": r"^/(?!(?:joinchat|addstickers|share|s)/)[^/+]+/?$",
        "sessionize.com": r"^/[^/]+/?$",
        "wikipedia.org": r"^/wiki/",
    }
)
_ORG_PATHS = lazy(r"^/(company|school|showcase|organization)/", re.I)
_PEOPLE_FOLDERS = frozenset(
    [
        "speaker",
        "speakers",
        "people",
        "person",
        "persons",
        "author",
        "authors",
        "presenter",
        "presenters",
        "team",
        "members",
        "member",
        "profile",
        "profiles",
        "user",
        "users",
        "bio",
        "bios",
        "referenten",
        "sprecher",
        "intervenants",
        "ponentes",
        "palestrantes",
    ]
)
"""Folders a site keeps its pages about people in (``../speakers/ann-lee.md``)."""


_LINKEDIN_COUNTRY = lazy(r"^[a-z]{2}\.linkedin\.com$")
_FEDIVERSE_HANDLE = lazy(r"^/@[\w.]+/?$")


def site_host(host: str) -> str:
    """A host without ``www.`` or a mobile site's ``mobile.`` and ``m.``
    (``mobile.twitter.com``), a country's LinkedIn (``de.linkedin.com``) as LinkedIn."""
    host = host.removeprefix("www.").removeprefix("mobile.").removeprefix("m.")
    return "linkedin.com" if _LINKEDIN_COUNTRY.match(host) else host


def normalize_url(url: str) -> str:
    """A link reduced to what identifies its target: scheme, ``www.``, case, trailing slash
    and percent-encoding do not matter."""
    url = unquote(url.strip().strip("<>"))
    parts = url_parts(url if "//" in url else "https://" + url)
    return site_host(parts.host) + parts.path.rstrip("/").lower()


@functools.lru_cache(maxsize=4096)  # a site's pages repeat their speakers' links
def is_profile_url(url: str) -> bool:
    """Whether ``url`` points at a person (a LinkedIn ``/in/`` page, a GitHub user, …)."""
    return _is_profile(url_parts(url.strip().strip("<>")))


def _is_profile(parts: UrlParts) -> bool:
    if not parts.host and not parts.scheme:  # a page of the site itself: its folder says
        written = _written_host(parts.path)  # "github.com/ann": the host, its scheme left out
        if written is not None:
            return written[1].search(parts.path[len(written[0]) :]) is not None
        return any(f.casefold() in _PEOPLE_FOLDERS for f in parts.path.split("/")[:-1])
    host = site_host(parts.host)
    if host.endswith(".wikipedia.org"):
        host = "wikipedia.org"
    pattern = _PROFILE_HOSTS.get(host)
    if pattern is not None:
        return pattern.search(parts.path) is not None
    # A fediverse handle on any server: https://example.social/@name
    return _FEDIVERSE_HANDLE.match(parts.path) is not None


def _written_host(path: str) -> tuple[str, re.Pattern[str]] | None:
    """A profile host a link written without its scheme opens with (``github.com/ann``,
    ``www.linkedin.com/in/ann``) and its pattern of a person's path; ``None`` for a path."""
    first = path.partition("/")[0]
    if "." not in first:
        return None  # (most relative links: "talks/2031/", "../ann.md")
    pattern = _PROFILE_HOSTS.get(site_host(first.casefold()))
    return (first, pattern) if pattern is not None else None


def _is_org(parts: UrlParts) -> bool:
    return "linkedin.com" in parts.host and _ORG_PATHS.match(parts.path) is not None


_FACEBOOK_PAGES = (
    "groups|events|pages|watch|photo|photos|share|sharer|hashtag|login|help|marketplace|gaming|"
    "media|notes|permalink\\.php|story\\.php|photo\\.php|home\\.php"
)
"""Facebook's own places at its top level: no one's page."""
_SOCIAL_PAGES = _paths_by_host(
    {
        "facebook.com": rf"^/(?:(?!(?:{_FACEBOOK_PAGES})/?$)[^/]+/?$|profile\.php$)",
        "instagram.com": r"^/(?!(?:p|reel|reels|explore|stories|tv)/?$)[^/]+/?$",
    }
)
"""Pages of a social network that a person, a company, a shop or a band has alike."""


@functools.lru_cache(maxsize=4096)  # on every speaker's link, through profile_link
def is_social_page(url: str) -> bool:
    """Whether ``url`` is someone's page on a social network that businesses use as much
    as people (``facebook.com/<name>``, ``instagram.com/<name>``): a person's only where
    the name it is linked from can only be a person's."""
    parts = url_parts(url.strip().strip("<>"))
    pattern = _SOCIAL_PAGES.get(site_host(parts.host))
    return pattern is not None and pattern.search(parts.path) is not None


@functools.lru_cache(maxsize=4096)
def is_person_url(url: str) -> bool:
    """Whether a link names a person: a profile, not a company page (a site's links repeat)."""
    url = url.strip().strip("<>")
    parts = url_parts(url)
    return not _is_org(parts) and (_is_profile(parts) or _people_page_place(url, parts))


def _people_page_place(url: str, parts: UrlParts) -> bool:
    """Whether a link is to someone's place on the site's own page of people
    (``speakers#ann-lee``, ``/speakers.html#ann``)."""
    if parts.host or parts.scheme or "#" not in url:
        return False
    page = parts.path.rstrip("/").rpartition("/")[2].partition(".")[0]
    return page.casefold() in _PEOPLE_FOLDERS


def is_profile_site_page(url: str) -> bool:
    """Whether ``url`` is a page of a profile site that is no one's profile (a repository,
    ``github.com/acme/tool``)."""
    parts = url_parts(url.strip().strip("<>"))
    return site_host(parts.host) in _PROFILE_HOSTS and not is_person_url(url)


SITES = {
    "linkedin.com": "LinkedIn",
    "github.com": "GitHub",
    "gitlab.com": "GitLab",
    "twitter.com": "X (Twitter)",
    "x.com": "X",
    "bsky.app": "Bluesky",
    "mastodon.social": "Mastodon",
    "fosstodon.org": "Mastodon",
    "hachyderm.io": "Mastodon",
    "sessionize.com": "Sessionize",
    "medium.com": "Medium",
}
_PERSONAL_SITES = frozenset(SITES) - {"medium.com"}


def on_personal_site(url: str) -> bool:
    """Whether ``url`` is on a site whose profiles are people's (``LinkedIn``, ``GitHub``,
    ``Mastodon``…; a channel on a video site or a blog is as often an event's or a
    company's)."""
    return site_host(url_parts(url.strip().strip("<>")).host) in _PERSONAL_SITES


_SITE_HANDLE = lazy(r"[\w.]+:\s*@[\w.-]+")
"""A handle written after its site's name (``github:@ann``, ``twitter: @ann``)."""


def names_own_site(text: str, url: str) -> bool:
    """Whether a link to a person's profile is written as her handle (``[@ann](…)``) or as
    the site's name (``[twitter](https://twitter.com/ann)``, ``[GitHub](…)``): her link,
    beside her name."""
    if not is_person_url(url):
        return False
    words = text.strip().casefold()
    if words.startswith("@") or _SITE_HANDLE.fullmatch(words):
        return True  # "@ann", "github:@ann"
    host = site_host(url_parts(url.strip().strip("<>")).host)
    return words in (host, host.partition(".")[0], link_label(url).casefold()) or (
        words in ("twitter", "x") and host in ("twitter.com", "x.com")
    )


@functools.lru_cache(maxsize=4096)
def link_label(url: str) -> str:
    """What a reader calls a profile link: ``LinkedIn``, ``GitHub``, else the host."""
    host = site_host(url_parts(url).host or url.lower())
    return SITES.get(host, host)


def is_own_site(name: str, url: str) -> bool:
    """Whether ``url`` is the site of the person ``name`` names, at a domain spelled as her
    name (``[Ann Lee](https://annlee.dev/)``, ``[Ann Marie Lee](http://www.annlee.net)``),
    or under her account at a code host named so, or by her initials then her surname
    (``https://mslindqvist.github.io/`` for Mia Lindqvist; a domain of its own so spelled,
    ``dsummit.org``, may be an event's)."""
    words = _name_words(name)
    if not words:
        return False
    labels = url_parts(url.strip().strip("<>")).host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        labels.pop()  # "annlee.com.br", "annlee.co.uk": her name before the country's level
    account = len(labels) == 3 and ".".join(labels[1:]) in _USER_SITES
    if account:
        labels.pop()  # "annlee.github.io": her account's name, before the host's
    domain = labels[-2].replace("-", "") if len(labels) >= 2 else ""
    first, last = words[0], words[-1]
    initials = domain[:1] == first[:1] and domain.endswith(last) and len(last) >= 4
    return domain in ("".join(words), first + last) or (
        account and initials and len(domain) <= len(last) + 3
    )


def user_site(name: str, url: str) -> bool:
    """Whether ``url`` is the site a person keeps under her account at a code host, named
    as she is (:func:`is_own_site`: ``https://annlee.github.io/`` for Ann Lee)."""
    host = url_parts(url.strip().strip("<>")).host
    return host.count(".") == 2 and host.split(".", 1)[1] in _USER_SITES and is_own_site(name, url)


def _name_words(name: str) -> list[str]:
    """A person's name's words as a domain may spell them; none for a name that is no
    person's by its shape (``Scale By The Bay 2018``: an event's)."""
    words = name_key(name).replace("-", " ").split()
    if not 2 <= len(words) <= 3 or not all(map(str.isalpha, words)) or _GLUE & set(words):
        return []
    return words


_USER_SITES = frozenset({"github.io", "gitlab.io", "codeberg.page"})
"""Hosts of people's own sites under their accounts' names (``alee.github.io``)."""
_SECOND_LEVEL = frozenset({"com", "co", "org", "net", "ac", "edu", "gov", "ne", "or", "me"})
"""The levels some countries' domains have before a site's own name (``.com.br``, ``.co.uk``)."""


_GLUE = frozenset(
    {"the", "of", "by", "and", "in", "on", "at", "for", "de", "la", "le", "der", "die"}
)
"""Words that join a name's parts only in an event's or a place's name (``Scale By The Bay``)."""
