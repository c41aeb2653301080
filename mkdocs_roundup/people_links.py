"""The links of a line of people, lifted out of its text (``\\x00N\\x00`` slots), and what each
links: a person (a profile, her own site, her address), an organization (any other site),
or a file (``deck.pdf``: no one's).
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from .inline import SLOT
from .names import EVENT_NAME, clean_text, collapse_spaces, is_org_name, looks_like_name, name_key
from .profiles import is_own_site, is_person_url


class Slots:
    """Visible text whose links are lifted out as ``\\x00N\\x00`` slots into ``links``."""

    def __init__(self, text: str, links: Iterable[tuple[str, str]] = ()) -> None:
        self.links: list[tuple[str, str]] = list(links)
        self.text = collapse_spaces(text)

    def link(self, fragment: str) -> tuple[str, str] | None:
        match = SLOT.fullmatch(fragment.strip())
        return self.links[int(match.group(1))] if match else None

    def visible(self, fragment: str) -> str:
        if "\x00" in fragment:
            fragment = SLOT.sub(lambda m: self.links[int(m.group(1))][0], fragment)
        return clean_text(fragment)


def link_kind(label: str, url: str, known_orgs: frozenset[str]) -> str:
    # A link to anything but a profile (a company site, a project) names an organization;
    # an address under a full name is that person's ("[Ann Lee](mailto:ann@…)"), and so
    # is a place in the page ("[Ann Lee](#lee)": her part of a speakers page).
    # An encyclopedia's article on a thing is a "thing": no one's, nor an organization.
    if name_key(label) in known_orgs:
        return "org"
    if is_person_url(url) and _concept(label, url):
        return "thing"  # "[scrypt](…/wiki/Scrypt)": an article on a thing, no one's
    if is_person_url(url) or (is_own_site(label, url) and _personal(label)):
        return "person"  # a profile, or her own site ("[Ann Lee](https://annlee.dev)")
    own = url.startswith(("mailto:", "#")) and " " in label.strip()
    return "person" if own and looks_like_name(label) and not is_org_name(label) else "org"


def _concept(label: str, url: str) -> bool:
    """Whether an encyclopedia's article, linked by its words, is a thing's, not a person's:
    words in lower case or with a digit (``[scrypt](…/wiki/Scrypt)``, ``[Argon2](…)``;
    ``[Knuth](…/wiki/Donald_Knuth)``, ``[坂村健](…)`` are people)."""
    words = label.strip()
    return "wikipedia.org/" in url and (words[:1].islower() or any(map(str.isdigit, words)))


def _personal(label: str) -> bool:
    """Whether a link's text reads as a person's name (not ``Harbor Conf``, ``Acme Labs``)."""
    return looks_like_name(label) and not is_org_name(label) and not EVENT_NAME.search(label)


_PAGE_SUFFIXES = frozenset({"html", "htm", "php", "asp", "aspx", "jsp", "shtml", "md"})


def is_file(url: str) -> bool:
    """Whether ``url`` is a file's (``main.rs``, ``deck.pdf``), not a site's or a page's."""
    if "." not in url.partition("?")[0].rpartition("/")[2] or is_person_url(url):
        return False  # ".../in/ann/", "bsky.app/profile/ann.bsky.social": a person's
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
