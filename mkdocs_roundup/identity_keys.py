"""What identifies a person: the keys of names and links, and the groups they join.

A name is folded by :func:`mkdocs_roundup.names.name_key` (whitespace, case and accents do
not matter), a link by :func:`link_key`; :class:`Keys` folds each one once per build, and
:class:`Groups` (union-find) joins the keys that name one person.

Nothing here imports MkDocs.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlencode

from .names import name_key, without_title
from .patterns import lazy
from .profiles import is_profile_url, normalize_url
from .providers import url_parts

_TRACKING = lazy(r"^(?:utm_\w+|trk|fbclid|gclid|ref|originalSubdomain)$", re.I)

_OPAQUE = lazy(r"([A-Za-z][A-Za-z0-9+.-]*):(?!//)(.*)", re.S)
"""A link with a scheme and no ``//`` host (``mailto:``, ``tel:``, ``urn:``)."""

_DEFAULT_PORTS = {"", "80", "443"}


@lru_cache(maxsize=1 << 16)
def link_key(url: str) -> str:
    """A link reduced to what identifies its target.

    :func:`~mkdocs_roundup.profiles.normalize_url` drops scheme, ``www.``, case, trailing slash
    and percent-encoding; a profile link (``/in/name``) is its path alone, while any other
    link keeps its query (minus tracking parameters) and its fragment, so that two
    different videos on ``youtube.com/watch``, or two people of one page of speakers
    (``/speakers.html#ann``, ``/speakers/#bob``), never make two people one. A user name or a port other than the
    web's own stays part of the key.

    A link without a ``//`` host is its whole address: ``mailto:ann@example.org`` and
    ``mailto:bob@example.org`` are two people (a mail address is compared without case and
    without its ``?subject=``), whatever a host-and-path reading would make of them.
    """
    text = url.strip().strip("<>")
    opaque = _OPAQUE.fullmatch(text)
    if opaque is not None and "." not in opaque[1]:  # "example.org:8000/x" has a host
        scheme, address = opaque[1].lower(), unquote(opaque[2]).strip()
        if scheme == "mailto":
            address = address.partition("?")[0].lower()
        return f"{scheme}:{address}"
    key = normalize_url(url)
    parts = url_parts(text if "//" in text else "https://" + text)
    user, _, place = parts.netloc.rpartition("@")
    port = place.rpartition(":")[2] if ":" in place and not place.endswith("]") else ""
    if user or port not in _DEFAULT_PORTS:
        key = f"{unquote(user).lower()}@:{port if port not in _DEFAULT_PORTS else ''}|{key}"
    if "//" in text and is_profile_url(url):
        return key  # a profile on its host: its path alone (a page of the site's own
        # people folder, /speakers/#ann, is one place on one page of several)
    query = [(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)]
    key = f"{key}?{urlencode(sorted(query))}" if query else key
    fragment = text.partition("#")[2]
    return f"{key}#{unquote(fragment)}" if fragment else key


_NOT_WORD = lazy(r"[^\w]+")


def slug(name: str) -> str:
    """An id made of a name: folded, accents dropped, words joined by hyphens."""
    return slug_of_key(name_key(name))


def slug_of_key(key: str) -> str:
    """:func:`slug` of a name folded already."""
    return _NOT_WORD.sub("-", key).strip("-_") or "speaker"


class Groups:
    """Union-find over string keys (``n:`` names, ``u:`` links, ``e:`` file entries)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        parent = self.parent.setdefault(key, key)
        while parent != key:
            grand = self.parent[parent]
            self.parent[key] = grand
            key, parent = parent, grand
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller key becomes the root, so that grouping does not depend on order.
            self.parent[max(ra, rb)] = min(ra, rb)

    def roots(self) -> dict[str, str]:
        """Every key with its root, in one pass once the unions are done."""
        return {key: self.find(key) for key in self.parent}


class Keys:
    """Each name and link of a build folded once (:func:`name_key`, :func:`link_key`) into
    its node of :class:`Groups` (``n:`` name, ``u:`` link): a talk's names and links are
    looked up again and again (grouping, every card, every index), and a site repeats them."""

    __slots__ = ("folded", "links", "names")

    def __init__(self) -> None:
        self.folded: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.links: dict[str, str] = {}

    def fold(self, name: str) -> str:
        """:func:`name_key` of ``name`` without the titles written before it (``Dr. Ann
        Lee`` is ``Ann Lee`` of another page)."""
        key = self.folded.get(name)
        if key is None:
            key = self.folded[name] = name_key(without_title(name))
        return key

    def name(self, name: str) -> str:
        node = self.names.get(name)
        if node is None:
            node = self.names[name] = "n:" + self.fold(name)
        return node

    def link(self, url: str) -> str:
        node = self.links.get(url)
        if node is None:
            node = self.links[url] = "u:" + link_key(url)
        return node
