"""schema.org data (JSON-LD) for roundup pages, the speakers index and speaker pages.

A roundup page is an ``Event`` whose ``subEvent`` are its talks: each with its name, the URL
of its card, its ``performer`` (``Person`` with ``sameAs`` profile links, ``Organization``),
``recordedIn`` for a video and ``subjectOf`` for slides. Names are written as the page shows
them; ``sameAs`` holds every link known for the person across the site; a performer's
``url`` is their entry in the speakers (or organizations) index. Nothing is repeated: the
abstracts stay on the page, a node's ``url`` is not copied into an ``@id``, and media are
named only when their title is not the talk's.

The JSON text is written directly, every string through the json module's C string encoder
(compact, ASCII): a large site has thousands of talks, and building a tree of dicts to encode
would cost several times as much, most of it in allocations.

Nothing here imports MkDocs: the caller passes a function that makes a site URL absolute (or
relative to the page, when the site has no ``site_url``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from json.encoder import encode_basestring_ascii as _string
from typing import Protocol

from .links import is_safe_link, safe_links
from .model import Event, Media, Talk

CONTEXT = "https://schema.org"

Url = Callable[[str], str]


class Performer(Protocol):
    """A speaker or organization, as linked data sees them."""

    @property
    def name(self) -> str:
        """As the page writes it."""

    @property
    def href(self) -> str | None:
        """Site URL of their index entry or page (becomes their ``url``)."""

    @property
    def links(self) -> tuple[str, ...]:
        """Their profile links (``sameAs``)."""


def script(text: str) -> str:
    """A ``<script type="application/ld+json">`` element of JSON ``text``; ``<``, ``>`` and
    ``&`` are escaped so that no text of the data can close the element."""
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{text}</script>'


def _performer(kind: str, performer: Performer, url: Url) -> str:
    text = f'{{"@type":"{kind}","name":{_string(performer.name)}'
    if performer.href:
        text += f',"url":{_string(url(performer.href))}'
    links = safe_links(performer.links)
    if links:
        text += f',"sameAs":[{",".join(map(_string, links))}]'
    return text + "}"


def _media(kind: str, item: Media, title: str) -> str:
    text = f'{{"@type":"{kind}","url":{_string(item.url)}'
    if item.title and item.title != title:
        text += f',"name":{_string(item.title)}'
    if item.embed_url and kind == "VideoObject":
        text += f',"embedUrl":{_string(item.embed_url)}'
    return text + "}"


def talk_json(
    talk: Talk, people: Sequence[Performer], organizations: Sequence[Performer], url: Url
) -> str:
    """A talk as a sub-event: what the card shows (name, link, people, recording, slides)."""
    text = f'{{"@type":"Event","name":{_string(talk.title)},"url":{_string(url(talk.url))}'
    if people or organizations:
        performers = [_performer("Person", p, url) for p in people]
        performers += [_performer("Organization", o, url) for o in organizations]
        text += f',"performer":[{",".join(performers)}]'
    if talk.videos:
        videos = ",".join(_media("VideoObject", v, talk.title) for v in talk.videos)
        text += f',"recordedIn":{videos if len(talk.videos) == 1 else "[" + videos + "]"}'
    if talk.slides:
        slides = ",".join(_media("PresentationDigitalDocument", s, talk.title) for s in talk.slides)
        text += f',"subjectOf":[{slides}]'
    return text + "}"


def event_json(
    event: Event,
    title: str,
    talks: Iterable[tuple[Talk, Sequence[Performer], Sequence[Performer]]],
    url: Url,
) -> str:
    """The ``Event`` of a roundup page, and its talks (each with its people and
    organizations) as ``subEvent``."""
    text = (
        f'{{"@context":"{CONTEXT}","@type":"Event","name":{_string(title)}'
        f',"url":{_string(url(event.url))}'
    )
    if event.date:
        text += f',"startDate":{_string(event.date)}'
    if event.location:
        text += f',"location":{{"@type":"Place","name":{_string(event.location)}}}'
    sub = ",".join(talk_json(talk, people, orgs, url) for talk, people, orgs in talks)
    return f'{text},"subEvent":[{sub}]}}'


def profile_json(
    person: Performer,
    *,
    page_url: str,
    url: Url,
    image: str | None = None,
    description: str | None = None,
    affiliation: str | None = None,
) -> str:
    """A ``ProfilePage`` whose main entity is the person (a speaker's own page)."""
    entity = _performer("Person", person, url)[:-1]
    if image and is_safe_link(image):
        entity += f',"image":{_string(image)}'
    if description:
        entity += f',"description":{_string(description)}'
    if affiliation:
        entity += f',"affiliation":{{"@type":"Organization","name":{_string(affiliation)}}}'
    return (
        f'{{"@context":"{CONTEXT}","@type":"ProfilePage","url":{_string(url(page_url))}'
        f',"mainEntity":{entity}}}}}'
    )


def collection_json(
    name: str, page_url: str, kind: str, people: Sequence[Performer], url: Url
) -> str:
    """A ``CollectionPage`` listing people (``kind``: ``Person`` or ``Organization``), in the
    order of the page: the speakers and organizations indexes."""
    items = ",".join(_performer(kind, p, url) for p in people)
    return (
        f'{{"@context":"{CONTEXT}","@type":"CollectionPage","name":{_string(name)}'
        f',"url":{_string(url(page_url))},"mainEntity":{{"@type":"ItemList"'
        f',"numberOfItems":{len(people)},"itemListElement":[{items}]}}}}'
    )


def insert(page: str, element: str) -> str:
    """``page`` (a whole HTML document) with ``element`` at the end of its ``<head>``, where
    search engines and people look for a page's metadata, and out of the article that
    MkDocs' search indexes; at the end of a page that has no ``</head>``. One copy of the
    page is made (a generated index is megabytes of text; slicing it would make two)."""
    if "</head>" not in page:
        return page + element
    return page.replace("</head>", f"{element}\n</head>", 1)
