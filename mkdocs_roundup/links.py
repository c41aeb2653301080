"""Which links the plugin writes into what it generates.

Cards, index pages, JSON-LD and the export carry only ``http(s)`` and ``mailto`` links, and
links within the site (no scheme: a photo in ``docs/``, an index entry). Anything else a
page or the speakers file gives (``javascript:``, ``data:``, ``vbscript:``) is dropped,
where it is read, with a warning naming its place (:func:`unsafe_links`); what writes the
output checks again with :func:`is_safe_link`, so that nothing depends on every reader
having done it. The author's own text on their page is theirs, and is not touched.

Nothing here imports MkDocs.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .model import Diagnostic, Event, Party, Talk
from .patterns import lazy

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})

# A browser reads a link's scheme after removing tabs and newlines anywhere, and controls and
# spaces at both ends (the WHATWG URL standard): "java\tscript:" is "javascript:".
_IGNORED = lazy(r"[\t\n\r]")
_SCHEME = lazy(r"[\x00-\x20]*([A-Za-z][A-Za-z0-9+.-]*):")


@lru_cache(maxsize=1 << 14)
def is_safe_link(url: str) -> bool:
    """Whether ``url`` may go into generated output: ``http(s)``, ``mailto``, or no scheme
    at all (a link within the site; ``//host/`` is the page's own scheme, http(s))."""
    found = _SCHEME.match(_IGNORED.sub("", url))
    return found is None or found[1].lower() in SAFE_SCHEMES


def safe_links(urls: tuple[str, ...]) -> tuple[str, ...]:
    """``urls`` without those :func:`is_safe_link` refuses (the same tuple when all pass)."""
    return urls if all(map(is_safe_link, urls)) else tuple(filter(is_safe_link, urls))


def safe_parties(parties: tuple[Party, ...]) -> tuple[Party, ...]:
    """``parties`` with every unsafe link taken off (the same tuple when all pass)."""
    if all(p.url is None or is_safe_link(p.url) for p in parties):
        return parties
    return tuple(
        p if p.url is None or is_safe_link(p.url) else replace(p, url=None) for p in parties
    )


def dropped(url: str, what: str) -> str:
    """The warning's text for an unsafe link ``url`` of ``what`` (``speaker 'Ann'``)."""
    return (
        f"{what}: link '{url}' dropped (only http(s), mailto and links within the site are "
        "written into cards, indexes, JSON-LD and the export)"
    )


def unsafe_links(talk: Talk) -> list[Diagnostic]:
    """What :func:`safe_talk` takes off ``talk``, each at the talk's place."""
    return [
        Diagnostic(talk.path, talk.line, dropped(p.url, f"{kind} '{p.name}'"))
        for kind, parties in (("speaker", talk.speakers), ("organization", talk.organizations))
        for p in parties
        if p.url is not None and not is_safe_link(p.url)
    ]


def safe_event(event: Event) -> tuple[Event, list[Diagnostic]]:
    """``event`` with its talks' unsafe links taken off, and a warning for each."""
    found = [d for talk in event.talks for d in unsafe_links(talk)]
    if not found:
        return event, found
    talks = tuple(
        replace(t, speakers=safe_parties(t.speakers), organizations=safe_parties(t.organizations))
        for t in event.talks
    )
    return replace(event, talks=talks), found
