"""schema.org data (JSON-LD) for roundup pages, the speakers index and speaker pages.

A roundup page is an ``Event`` whose ``subEvent`` are its talks: each with its name, the URL
of its card, its ``performer`` (``Person``, ``Organization``), ``recordedIn`` for a video and
``subjectOf`` for slides. Each person (and organization) is written once per page, where a
talk of the page first names them, with an ``@id``: the absolute URL of their entry in the
speakers (or organizations) index or of their own page, the same on every page of the site
(a blank node, ``_:speaker-<id>``, when the site has neither). Their other talks on the page
name them by that ``@id`` alone. Their ``name`` is written as the page shows it, ``url`` is
their entry, ``sameAs`` the profile links that the page's talks give for them: what the site
knows of them beyond that is on their entry, which the ``@id`` points at, so that a talk costs
the same on a site of ten pages as on one of a thousand. Abstracts stay on the page, and
media are named only when their title is not the talk's.

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
    def id(self) -> str | None:
        """Their id in the site's directory of people (or of organizations)."""

    @property
    def href(self) -> str | None:
        """Site URL of their index entry or page (becomes their ``url``)."""

    @property
    def links(self) -> tuple[str, ...]:
        """Their profile links (``sameAs``): a talk's own, or all of theirs on their entry."""


def script(text: str) -> str:
    """A ``<script type="application/ld+json">`` element of JSON ``text``; ``<``, ``>`` and
    ``&`` are escaped so that no text of the data can close the element."""
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{text}</script>'


def _node_id(kind: str, performer: Performer, url: Url) -> str | None:
    """A performer's ``@id``: their entry's absolute URL, else a blank node of the page."""
    if performer.href:
        return url(performer.href)
    return f"_:{_KINDS[kind]}-{performer.id}" if performer.id else None


_KINDS = {"Person": "speaker", "Organization": "organization"}


def _performer(
    kind: str,
    performer: Performer,
    url: Url,
    links: tuple[str, ...] | None = None,
    node: str | None = None,
) -> str:
    """A performer's node: ``@id`` (``node``, else :func:`_node_id`), name, entry and
    ``sameAs`` (``links``, else their own)."""
    text = f'{{"@type":"{kind}"'
    if node is None:
        node = _node_id(kind, performer, url)
    if node:
        text += f',"@id":{_string(node)}'
    text += f',"name":{_string(performer.name)}'
    if performer.href:
        text += f',"url":{_string(node or url(performer.href))}'
    found = safe_links(performer.links if links is None else links)
    if found:
        text += f',"sameAs":[{",".join(map(_string, found))}]'
    return text + "}"


class _Page:
    """The performers of one page: each written in full where first named, then by ``@id``;
    their ``sameAs``: every link the page's talks give for them, in page order. Each
    performer's ``@id`` is worked out once, here."""

    def __init__(self, talks: Sequence[Performed], url: Url) -> None:
        self.url = url
        self.written: set[str] = set()
        self.links: dict[str, dict[str, None]] = {}
        self.nodes: dict[tuple[str, int], str | None] = {}
        """Each performer's ``@id`` by kind and object (they are alive while the page is)."""
        for _, people, organizations in talks:
            for kind, performers in (("Person", people), ("Organization", organizations)):
                for performer in performers:
                    node = self.nodes[kind, id(performer)] = _node_id(kind, performer, url)
                    if node:
                        self.links.setdefault(node, {}).update(dict.fromkeys(performer.links))

    def performer(self, kind: str, performer: Performer) -> str:
        node = self.nodes[kind, id(performer)]
        if node is None:
            return _performer(kind, performer, self.url, node="")
        if node in self.written:
            return f'{{"@id":{_string(node)}}}'
        self.written.add(node)
        return _performer(kind, performer, self.url, tuple(self.links[node]), node)


def _media(kind: str, item: Media, title: str) -> str:
    text = f'{{"@type":"{kind}","url":{_string(item.url)}'
    if item.title and item.title != title:
        text += f',"name":{_string(item.title)}'
    if item.embed_url and kind == "VideoObject":
        text += f',"embedUrl":{_string(item.embed_url)}'
    return text + "}"


Performed = tuple[Talk, Sequence[Performer], Sequence[Performer]]
"""A talk with the people and organizations it names."""


def talk_json(
    talk: Talk, people: Sequence[Performer], organizations: Sequence[Performer], page: _Page
) -> str:
    """A talk as a sub-event: what the card shows (name, link, people, recording, slides)."""
    url = page.url
    text = f'{{"@type":"Event","name":{_string(talk.title)},"url":{_string(url(talk.url))}'
    if people or organizations:
        performers = [page.performer("Person", p) for p in people]
        performers += [page.performer("Organization", o) for o in organizations]
        text += f',"performer":[{",".join(performers)}]'
    if talk.videos:
        videos = ",".join(_media("VideoObject", v, talk.title) for v in talk.videos)
        text += f',"recordedIn":{videos if len(talk.videos) == 1 else "[" + videos + "]"}'
    if talk.slides:
        slides = ",".join(_media("PresentationDigitalDocument", s, talk.title) for s in talk.slides)
        text += f',"subjectOf":[{slides}]'
    return text + "}"


def event_json(event: Event, title: str, talks: Iterable[Performed], url: Url) -> str:
    """The ``Event`` of a roundup page, and its talks (each with its people and
    organizations) as ``subEvent``; each performer once, then by ``@id``."""
    text = (
        f'{{"@context":"{CONTEXT}","@type":"Event","name":{_string(title)}'
        f',"url":{_string(url(event.url))}'
    )
    if event.date:
        text += f',"startDate":{_string(event.date)}'
    if event.location:
        text += f',"location":{{"@type":"Place","name":{_string(event.location)}}}'
    listed = list(talks)
    page = _Page(listed, url)
    sub = ",".join(talk_json(talk, people, orgs, page) for talk, people, orgs in listed)
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
