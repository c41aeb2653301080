"""Site URLs seen from a page: relative links for any page, and absolute ones with ``site_url``.

A site URL is what MkDocs gives a page or an anchor (``blog/x/``, ``blog/x/#id``, ``speakers/``).
The index pages and their JSON-LD link to many of them from one page; these functions make
those links without MkDocs objects.
"""

from __future__ import annotations

import functools
import posixpath
from collections.abc import Callable
from urllib.parse import urljoin

from .links import is_safe_link
from .patterns import lazy

_SCHEME = lazy(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def has_scheme(href: str) -> bool:
    """Whether an address opens with its scheme (``https:``, ``mailto:``): no page's own."""
    return bool(_SCHEME.match(href))


@functools.lru_cache(maxsize=4096)
def _parts(path: str) -> tuple[str, ...]:
    """The folders of a slash-separated path, normalized (``..`` never goes above the root)."""
    path = posixpath.normpath(path if path.startswith("/") else "/" + path)[1:]
    return tuple(path.split("/")) if path else ()


def relative_url(url: str, other: str) -> str:
    """``url`` relative to the page at ``other``, both site URLs, as MkDocs'
    ``get_relative_url`` makes it (a last part of ``other`` with a dot is a file, not a
    folder), without importing MkDocs."""
    folder, _, name = other.rpartition("/")
    if "." in name:
        other = folder
    here, there = _parts(other), _parts(url)
    common = 0
    for a, b in zip(here, there, strict=False):
        if a != b:
            break
        common += 1
    found = "/".join((*[".."] * (len(here) - common), *there[common:])) or "."
    return found + "/" if url.endswith("/") else found


def relative_to(page_url: str) -> Callable[[str], str]:
    """A function that makes a site URL (``blog/x/#id``) relative to the page at ``page_url``,
    for ``use_directory_urls`` true and false alike."""

    paths: dict[str, str] = {}  # an index links to the same few pages many times

    def relative(url: str) -> str:
        if url.startswith("//") or (_SCHEME.match(url) and is_safe_link(url)):
            return url
        path, _, fragment = url.partition("#")
        suffix = f"#{fragment}" if fragment else ""
        if path == page_url and fragment:
            return suffix
        found = paths.get(path)
        if found is None:
            found = relative_url(path, page_url)
            if not path and not found.endswith("/"):
                found += "/"  # the home page with directory URLs: "../", not ".."
            elif _SCHEME.match(found):
                found = "./" + found  # a page named "x:y" is not a link of scheme "x"
            paths[path] = found
        return found + suffix

    return relative


def site_root(page_url: str) -> str:
    """The site root seen from the page at ``page_url``: ``../`` per folder (``./`` at the
    top), so that ``site_root(page) + url`` opens any site URL from that page. The home
    page's URL is ``./`` with directory URLs (MkDocs 1.6): it is at the top."""
    return "../" * page_url.removeprefix("./").count("/") or "./"


def absolute_to(site_url: str | None, page_url: str) -> Callable[[str], str]:
    """Site URL → absolute URL with ``site_url``, else relative to the page at ``page_url``."""
    if site_url:
        base = site_url if site_url.endswith("/") else site_url + "/"

        def absolute(url: str) -> str:
            # MkDocs' site URLs (``blog/x/#id``) never start with "/" or ".": base + url
            # is urljoin's answer for them, at a fraction of its cost.
            if url.startswith(("/", ".")) or _SCHEME.match(url):
                return urljoin(base, url)
            return base + url

        return absolute
    return relative_to(page_url)
