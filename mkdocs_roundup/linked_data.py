"""schema.org data (JSON-LD) for roundup pages, the speakers index and speaker pages.

A roundup page is an ``Event`` whose ``subEvent`` are its talks: each with its name, the URL
of its card, its ``performer`` (``Person`` with ``sameAs`` profile links, ``Organization``),
``recordedIn`` for a video and ``subjectOf`` for slides. Names are written as the page shows
them; ``sameAs`` holds every link known for the person across the site.

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
    """Site URL of their index entry (becomes ``url`` and ``@id``)."""


def script(data: Mapping[str, Any]) -> str:
    """A ``<script type="application/ld+json">`` element; ``<``, ``>`` and ``&`` are escaped so
    that no text of the data can close the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{text}</script>'


def _performer(performer: Performer, url: Url) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": performer.type, "name": performer.name}
    if performer.href:
        data["@id"] = data["url"] = url(performer.href)
    if performer.same_as:
        data["sameAs"] = list(performer.same_as)
    return data


def _video(item: Media) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "VideoObject", "name": item.title or "", "url": item.url}
    if item.embed_url:
        data["embedUrl"] = item.embed_url
    return data


def talk_data(talk: Talk, performers: Sequence[Performer], url: Url) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@type": "Event",
        "@id": url(talk.url),
        "name": talk.title,
        "url": url(talk.url),
    }
    if talk.abstract:
        data["description"] = talk.abstract
    if performers:
        data["performer"] = [_performer(p, url) for p in performers]
    if talk.videos:
        videos = [_video(v) for v in talk.videos]
        data["recordedIn"] = videos[0] if len(videos) == 1 else videos
    if talk.slides:
        data["subjectOf"] = [
            {"@type": "PresentationDigitalDocument", "name": s.title or talk.title, "url": s.url}
            for s in talk.slides
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
    """A ``CollectionPage`` listing people (the speakers and organizations indexes)."""
    items = [
        {"@type": "ListItem", "position": i, "item": _performer(p, url)}
        for i, p in enumerate(people, 1)
    ]
    return {
        "@context": CONTEXT,
        "@type": "CollectionPage",
        "name": name,
        "url": url(page_url),
        "mainEntity": {"@type": "ItemList", "numberOfItems": len(items), "itemListElement": items},
    }
