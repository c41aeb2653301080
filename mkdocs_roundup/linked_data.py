"""schema.org data (JSON-LD) for roundup pages, the speakers index and speaker pages.

A roundup page is an ``Event`` whose ``subEvent`` are its talks: each with its name, the URL
of its card, its ``performer`` (``Person`` with ``sameAs`` profile links, ``Organization``),
``recordedIn`` for a video and ``subjectOf`` for slides. Names are written as the page shows
them; ``sameAs`` holds every link known for the person across the site; a performer's
``url`` is their entry in the speakers (or organizations) index. Nothing is repeated: the
abstracts stay on the page, and a node's ``url`` is not copied into an ``@id``.

Nothing here imports MkDocs: the caller passes a function that makes a site URL absolute (or
relative to the page, when the site has no ``site_url``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .model import Event, Media, Talk

CONTEXT = "https://schema.org"

Url = Callable[[str], str]


@dataclass(frozen=True)
class Performer:
    """A speaker or organization of a talk, as linked data sees it."""

    type: str
    """``Person`` or ``Organization``."""
    name: str
    same_as: tuple[str, ...] = ()
    href: str | None = None
    """Site URL of their index entry or page (becomes their ``url``)."""


def script(data: Mapping[str, Any]) -> str:
    """A ``<script type="application/ld+json">`` element; ``<``, ``>`` and ``&`` are escaped so
    that no text of the data can close the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{text}</script>'


def _performer(performer: Performer, url: Url) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": performer.type, "name": performer.name}
    if performer.href:
        data["url"] = url(performer.href)
    if performer.same_as:
        data["sameAs"] = list(performer.same_as)
    return data


def _media(type_: str, item: Media, title: str) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": type_, "url": item.url}
    if item.title and item.title != title:
        data["name"] = item.title
    if item.embed_url and type_ == "VideoObject":
        data["embedUrl"] = item.embed_url
    return data


def talk_data(talk: Talk, performers: Sequence[Performer], url: Url) -> dict[str, Any]:
    """A talk as a sub-event: what the card shows (name, link, people, recording, slides). The
    abstract is left to the page, and media are named only when their title is not the
    talk's."""
    data: dict[str, Any] = {"@type": "Event", "name": talk.title, "url": url(talk.url)}
    if performers:
        data["performer"] = [_performer(p, url) for p in performers]
    if talk.videos:
        videos = [_media("VideoObject", v, talk.title) for v in talk.videos]
        data["recordedIn"] = videos[0] if len(videos) == 1 else videos
    if talk.slides:
        data["subjectOf"] = [
            _media("PresentationDigitalDocument", s, talk.title) for s in talk.slides
        ]
    return data


def event_data(
    event: Event, title: str, performers: Callable[[Talk], Sequence[Performer]], url: Url
) -> dict[str, Any]:
    """The ``Event`` of a roundup page and its talks as ``subEvent``."""
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "Event",
        "name": title,
        "url": url(event.url),
    }
    if event.date:
        data["startDate"] = event.date
    if event.location:
        data["location"] = {"@type": "Place", "name": event.location}
    data["subEvent"] = [talk_data(t, performers(t), url) for t in event.talks]
    return data


def profile_data(
    person: Performer,
    *,
    page_url: str,
    url: Url,
    image: str | None = None,
    description: str | None = None,
    affiliation: str | None = None,
) -> dict[str, Any]:
    """A ``ProfilePage`` whose main entity is the person (a speaker's own page)."""
    entity = _performer(person, url)
    if image:
        entity["image"] = image
    if description:
        entity["description"] = description
    if affiliation:
        entity["affiliation"] = {"@type": "Organization", "name": affiliation}
    return {"@context": CONTEXT, "@type": "ProfilePage", "url": url(page_url), "mainEntity": entity}


def collection_data(
    name: str, page_url: str, people: Sequence[Performer], url: Url
) -> dict[str, Any]:
    """A ``CollectionPage`` listing people (the speakers and organizations indexes), in the
    order of the page."""
    items = [_performer(p, url) for p in people]
    return {
        "@context": CONTEXT,
        "@type": "CollectionPage",
        "name": name,
        "url": url(page_url),
        "mainEntity": {"@type": "ItemList", "numberOfItems": len(items), "itemListElement": items},
    }
