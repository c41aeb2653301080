"""The links of a line of people, lifted out of its text (``\\x00N\\x00`` slots), and what each
links: a person (a profile, her own site, her address), an organization (any other site), an
encyclopedia's article on a thing (no one's), or a file (``deck.pdf``: no one's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal
from urllib.parse import urlsplit

from .honorifics import honored_name
from .inline import SLOT
from .names import (
    EVENT_NAME,
    JOINING_WORDS,
    clean_text,
    collapse_spaces,
    is_org_name,
    looks_like_name,
    name_key,
)
from .patterns import lazy
from .profiles import (
    is_own_site,
    is_person_url,
    is_profile_url,
    is_social_page,
    site_host,
    user_site,
)
from .providers import url_parts

_WRITTEN_PROFILE = lazy(
    rf"(?P<join>(?:^|(?<=[,;&|]))\s*(?:(?:{JOINING_WORDS})\s+)?)(?P<name>[^\x00(),;&|@]+?)"
    r"\s*(?:[-–—=:]\s*)?(?:@[\w.]+\s*)?\(\s*<?(?P<url>https?://[^\s()<>]+?)>?\s*\)"
)
"""A name, maybe her handle, then an address in parentheses (``Ann Lee - @annlee
(https://twitter.com/annlee)``, ``and Bo Lind (https://github.com/bolind)``)."""

_PERSONAL_SCRIPT_NAME = lazy(r"[가-힣]{2,4}|[一-龯々]{2,4}|[一-龯々]{1,3}\s[一-龯々]{1,3}")
"""A person's name in Hangul or in Chinese characters (two to four), as a page of people
writes it: no business's page on a social network is named so."""

LinkKind = Literal["person", "org", "thing"]
"""What a link of a line of people names (:func:`link_kind`)."""


class Slots:
    """Visible text whose links are lifted out as ``\\x00N\\x00`` slots into ``links``."""

    def __init__(self, text: str, links: Iterable[tuple[str, str]] = ()) -> None:
        self.links: list[tuple[str, str]] = list(links)
        self.text = collapse_spaces(text)
        if "://" in self.text:
            self.text = _WRITTEN_PROFILE.sub(self._lift_profile, self.text)

    def _lift_profile(self, found: re.Match[str]) -> str:
        """``Ann Lee - @annlee (https://twitter.com/annlee)``: her name, as a link to the
        profile written out after it (her handle dropped: hers too); other words, as written."""
        name, url = found["name"].strip(), found["url"]
        if not looks_like_name(name) or not is_person_url(url):
            return found[0]
        self.links.append((name, url))
        return f"{found['join'] or ''}\x00{len(self.links) - 1}\x00"

    def link(self, fragment: str) -> tuple[str, str] | None:
        match = SLOT.fullmatch(fragment.strip())
        return self.links[int(match.group(1))] if match else None

    def visible(self, fragment: str) -> str:
        if "\x00" in fragment:
            fragment = SLOT.sub(lambda m: self.links[int(m.group(1))][0], fragment)
        return clean_text(fragment)


def link_kind(label: str, url: str, known_orgs: frozenset[str]) -> LinkKind:
    """What a link names by its words and its target: a person (a profile, her own site,
    ``[Ann Lee](https://annlee.dev)``), a thing (an encyclopedia's article on one,
    ``[scrypt](…/wiki/Scrypt)``), or an organization (any other site: a company's, a
    project's). An address under a full name is that person's (``[Ann Lee](mailto:…)``),
    and so is a place in the page (``[Ann Lee](#lee)``: her part of a speakers page)."""
    if name_key(label) in known_orgs:
        return "org"
    if is_person_url(url):
        return "thing" if _concept(label, url) else "person"
    if social_person(label, url):
        return "person"  # "[임광빈](https://www.facebook.com/…)": a name no business has
    if is_own_site(label, url) and personal_name(label):
        return "person"  # her own site ("[Ann Lee](https://annlee.dev)")
    own = url.startswith(("mailto:", "#")) and " " in label.strip()
    return "person" if own and looks_like_name(label) and not is_org_name(label) else "org"


def profile_link(name: str, url: str) -> bool:
    """Whether a person's link is to her profile: a profile site's (``linkedin.com/in/…``),
    or a social network's page under a name only a person has (:func:`social_person`), or
    her own site under her account at a code host, named as she is (``[Ann Lee](https://
    alee.github.io/)``; a domain of its own spelled as a name may be an event's or a
    company's)."""
    return is_profile_url(url) or social_person(name, url) or user_site(name, url)


def social_person(label: str, url: str) -> bool:
    """Whether a link to a page on a social network that businesses use as much as people
    is a person's: linked from a name only a person has (``[임광빈](facebook.com/…)``)."""
    if not is_social_page(url):
        return False  # (most links: the address tells at once)
    name = honored_name(label) or label.strip()  # "[임광빈님](…)": 임광빈, honored
    return _PERSONAL_SCRIPT_NAME.fullmatch(name) is not None


def _concept(label: str, url: str) -> bool:
    """Whether an encyclopedia's article, linked by its words, is a thing's, not a person's:
    words in lower case or with a digit (``[scrypt](…/wiki/Scrypt)``, ``[Argon2](…)``;
    ``[Knuth](…/wiki/Donald_Knuth)``, ``[坂村健](…)`` are people)."""
    words = label.strip()
    host = site_host(url_parts(url).host)
    on_encyclopedia = host == "wikipedia.org" or host.endswith(".wikipedia.org")
    return on_encyclopedia and (words[:1].islower() or any(map(str.isdigit, words)))


def personal_name(label: str) -> bool:
    """Whether a link's text reads as a person's name (not ``Harbor Conf``, ``Acme Labs``)."""
    return looks_like_name(label) and not is_org_name(label) and not EVENT_NAME.search(label)


_PAGE_SUFFIXES = frozenset({"html", "htm", "php", "asp", "aspx", "jsp", "shtml", "md"})


def is_file(url: str) -> bool:
    """Whether ``url`` is a file's (``main.rs``, ``deck.pdf``), not a site's or a page's."""
    if "." not in url.partition("?")[0].rpartition("/")[2] or is_person_url(url):
        return False  # ".../in/ann/", "bsky.app/profile/ann.bsky.social": a person's
    if is_social_page(url):
        return False  # "facebook.com/ann.lee.5": someone's page
    try:
        parts = urlsplit(url)
    except ValueError:  # an invalid bracketed host: no file either
        return False
    if parts.scheme not in ("", "http", "https"):
        return False  # "mailto:ann@example.de" is a person's address
    path = parts.path
    name = path.rpartition("/")[2]
    suffix = name.rpartition(".")[2].lower() if "." in name else ""
    return suffix.isalnum() and not suffix.isdigit() and suffix not in _PAGE_SUFFIXES
