"""Site-wide indexes: every event, every speaker and organization across events, the listing
markers of :mod:`mkdocs_roundup.markers`, the schema.org data and the export.

How it fits MkDocs' build (see :mod:`mkdocs_roundup.plugin`):

1. ``on_files``: :meth:`Indexes.create` groups names into people
   (:mod:`mkdocs_roundup.identity`), reports likely duplicates, and adds the index pages as
   generated files (``File.generated``; nothing is written into ``docs/``). Each one is a
   title and a marker, such as ``<!-- roundup:speakers -->``;
2. ``on_page_markdown`` / ``on_page_content``: markers of each page are noted with their
   source line, and roundup pages are noted;
3. ``on_env``: once every page is rendered (talk anchors as rendered), the indexes are made
   (:meth:`Indexes.prepare`);
4. ``on_page_context``: a page's markers are replaced by the templates' HTML, with links
   relative to the page (:meth:`Indexes.fill`), one page at a time, so that only the page
   being written holds an index's HTML;
5. ``on_post_page``: roundup pages, the speakers and organizations indexes and speaker pages
   get their JSON-LD (:meth:`Indexes.data`), from the same view of who is who;
6. ``on_post_build``: the export.

The indexes are computed from the whole site each build, so under ``serve --dirty`` (where
unchanged pages skip their page events) they are never stale: generated pages count as
modified and are rebuilt every time.
"""

from __future__ import annotations

import difflib
import html
import json
import logging
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from json.encoder import encode_basestring_ascii as _string
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import jinja2
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from . import linked_data, markers
from .config import RoundupConfig, index_source
from .identity import (
    Directory,
    Mention,
    Person,
    Resolution,
    SpeakerEntry,
    SpeakersFileError,
    likely_duplicates,
    read_speakers_file,
    resolve,
    slug,
)
from .links import is_safe_link, safe_links
from .log import log
from .markers import Marker
from .model import KINDS, Diagnostic, Event, Media, Party, Talk
from .people import clean_text, collapse_spaces, name_key
from .profiles import site_host
from .providers import url_parts
from .render import LABELS as CARD_LABELS
from .render import environment

"""The logger of the extension's warnings too: every message starts with ``path:line``."""

LABELS: dict[str, str] = {
    **CARD_LABELS,
    "talk": "talk",
    "talks": "talks",
    "speaker": "speaker",
    "speakers_count": "speakers",
    "by_letter": "Jump to a letter",
    "aliases": "Also written",
    "links": "Profiles",
    "talks_of": "Talks",
    "no_talks": "No talks yet.",
}
"""UI strings of the index templates (override a template to change them)."""

TITLES = {"events": "Events", "speakers": "Speakers", "organizations": "Organizations"}

# -- Locations ------------------------------------------------------------------------------


def _folder(source: str) -> str:
    """Where one page per speaker goes, next to (or under) the speakers index."""
    head, name = posixpath.split(source)
    return head if name == "index.md" else posixpath.join(head, name[: -len(".md")])


_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


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
            found = get_relative_url(path, page_url)
            if not path and not found.endswith("/"):
                found += "/"  # the home page with directory URLs: "../", not ".."
            elif _SCHEME.match(found):
                found = "./" + found  # a page named "x:y" is not a link of scheme "x"
            paths[path] = found
        return found + suffix

    return relative


def site_root(page_url: str) -> str:
    """The site root seen from the page at ``page_url``: ``../`` per folder (``./`` at the
    top), so that ``site_root(page) + url`` opens any site URL from that page."""
    return "../" * page_url.count("/") or "./"


@dataclass(frozen=True, slots=True)
class Locations:
    """Site URLs of the index pages (``None`` where turned off)."""

    events: str | None = None
    speakers: str | None = None
    organizations: str | None = None
    speaker_pages: Mapping[str, str] = field(default_factory=dict)

    def person(self, person_id: str | None) -> str | None:
        if person_id is None:
            return None
        if person_id in self.speaker_pages:
            return self.speaker_pages[person_id]
        return f"{self.speakers}#{person_id}" if self.speakers is not None else None

    def organization(self, org_id: str | None) -> str | None:
        if org_id is None or self.organizations is None:
            return None
        return f"{self.organizations}#{org_id}"


# -- Views ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EventInfo:
    source: str
    title: str
    date: str | None
    location: str | None
    url: str
    anchor: str


# Named and Listed are made for every talk of the site, each build: plain (not frozen)
# dataclasses with slots, which are several times cheaper to make.


@dataclass(slots=True)
class Named:
    """A speaker or organization as a talk names them, and where the index lists them."""

    name: str
    id: str | None
    href: str | None
    links: tuple[str, ...] = ()
    """Every profile link known for them across the site (else the one written here)."""


@dataclass(slots=True)
class Listed:
    """A talk as the indexes list it."""

    talk: Talk
    event: EventInfo
    speakers: tuple[Named, ...]
    organizations: tuple[Named, ...]


@dataclass(frozen=True, slots=True)
class EventEntry:
    info: EventInfo
    talks: tuple[Listed, ...]
    speaker_count: int
    event: Event = field(repr=False, compare=False)

    @property
    def sections(self) -> list[tuple[str | None, list[Listed]]]:
        """Talks grouped by the section they sit in, in page order."""
        groups: list[tuple[str | None, list[Listed]]] = []
        for listed in self.talks:
            if groups and groups[-1][0] == listed.talk.section:
                groups[-1][1].append(listed)
            else:
                groups.append((listed.talk.section, [listed]))
        return groups


@dataclass(frozen=True, slots=True)
class PersonEntry:
    """A person (or organization) of an index with their talks, newest first."""

    person: Person
    href: str | None
    talks: tuple[Listed, ...]

    @property
    def name(self) -> str:
        return self.person.name

    @property
    def links(self) -> tuple[str, ...]:
        """Every profile link known for them (what JSON-LD's ``sameAs`` lists)."""
        return self.person.links

    @property
    def has_page(self) -> bool:
        """Whether the person has a page of their own (``speaker_pages: true``)."""
        return self.href is not None and "#" not in self.href

    @property
    def profiles(self) -> list[tuple[str, str]]:
        """Their profile links, each with what a reader calls it (``LinkedIn``, ``GitHub``)."""
        return [(url, link_label(url)) for url in safe_links(self.person.links)]

    @property
    def letter(self) -> str:
        first = name_key(self.person.name)[:1].upper()
        return first if first.isalpha() else "#"

    @property
    def events(self) -> int:
        return len({listed.event.source for listed in self.talks})


def event_title(event: Event, text: str = "") -> str:
    """Front matter ``title``, else the page's first ``# heading``, else its file name."""
    if event.title:
        return event.title
    found = re.search(r"^#[ \t]+(.+?)[ \t#]*$", text, re.M)
    if found:
        return clean_text(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", found[1]))
    stem = posixpath.basename(event.source).rsplit(".", 1)[0]
    if stem == "index":
        stem = posixpath.basename(posixpath.dirname(event.source)) or stem
    words = stem.replace("-", " ").replace("_", " ")
    return words[:1].upper() + words[1:]


class Catalog:
    """Who is who across the site, and where each index lives (made once per build)."""

    def __init__(
        self,
        people: Resolution,
        organizations: Resolution,
        titles: Mapping[str, str],
        locations: Locations,
    ) -> None:
        self.people = people.directory
        self.organizations = organizations.directory
        self.titles = dict(titles)
        self.locations = locations
        # Where each entry is, made once: every talk of a person links to the same string.
        self.person_href = {p.id: locations.person(p.id) for p in self.people}
        self.organization_href = {o.id: locations.organization(o.id) for o in self.organizations}

    @staticmethod
    def mentions(events: Iterable[Event]) -> tuple[list[Mention], list[Mention]]:
        speakers: list[Mention] = []
        orgs: list[Mention] = []
        for event in events:
            for talk in event.talks:
                speakers += [
                    Mention(p.name, p.url, talk.path, talk.line, event.date) for p in talk.speakers
                ]
                orgs += [
                    Mention(o.name, o.url, talk.path, talk.line, event.date)
                    for o in talk.organizations
                ]
        return speakers, orgs

    def named(self, talk: Talk) -> tuple[tuple[Named, ...], tuple[Named, ...]]:
        """Who a talk names: each speaker and organization with their id, index entry and
        links (found once per talk and build; the indexes, JSON-LD and export share them)."""
        found: list[tuple[Named, ...]] = []
        for directory, parties, where in (
            (self.people, talk.speakers, self.person_href),
            (self.organizations, talk.organizations, self.organization_href),
        ):
            named = []
            for party in parties:
                entry_id = directory.id_of(party)
                person = directory.get(entry_id) if entry_id else None
                links = person.links if person else ((party.url,) if party.url else ())
                href = where.get(entry_id) if entry_id else None
                named.append(Named(party.name, entry_id, href, links))
            found.append(tuple(named))
        return found[0], found[1]

    def entry(self, source: str, event: Event) -> EventEntry:
        """An event with its talks, and who each talk names."""
        info = EventInfo(
            source=source,
            title=self.titles.get(source) or event_title(event),
            date=event.date,
            location=event.location,
            url=event.url,
            anchor=slug(source.rsplit(".", 1)[0]),
        )
        talks = tuple(Listed(t, info, *self.named(t)) for t in event.talks)
        people = {n.id or f"?{name_key(n.name)}" for listed in talks for n in listed.speakers}
        return EventEntry(info, talks, len(people), event)


class SiteView:
    """The indexes as of now: built from the events once every page is rendered."""

    def __init__(
        self,
        catalog: Catalog,
        events: Mapping[str, Event],
        made: Mapping[str, EventEntry],
    ) -> None:
        """``made``: entries already made for some of the events (when their page was
        rendered); an entry is used only for the very event it was made of."""
        self.catalog = catalog
        entries = []
        for source, event in events.items():
            entry = made.get(source)
            if entry is None or entry.event is not event:
                entry = catalog.entry(source, event)
            entries.append(entry)
        # Newest first; events without a date last, by title.
        entries.sort(key=lambda e: (e.info.title.casefold(), e.info.source))
        entries.sort(key=lambda e: e.info.date or "", reverse=True)
        self.events: tuple[EventEntry, ...] = tuple(entries)
        self.by_source = {entry.info.source: entry for entry in entries}
        self.talks: tuple[Listed, ...] = tuple(t for e in entries for t in e.talks)
        self.speakers = self._entries(catalog.people, lambda n: n.speakers, catalog.person_href)
        self.organizations = self._entries(
            catalog.organizations, lambda n: n.organizations, catalog.organization_href
        )
        self._by_id = {("speaker", e.person.id): e for e in self.speakers}
        self._by_id.update((("organization", e.person.id), e) for e in self.organizations)

    def _entries(
        self,
        directory: Directory,
        names: Callable[[Listed], tuple[Named, ...]],
        where: Mapping[str, str | None],
    ) -> tuple[PersonEntry, ...]:
        talks: dict[str, list[Listed]] = {}
        for listed in self.talks:
            for named in names(listed):
                if named.id is None:
                    continue
                found = talks.setdefault(named.id, [])
                if not found or found[-1] is not listed:  # two names of one person, one talk
                    found.append(listed)
        entries = [
            PersonEntry(p, where[p.id], tuple(talks[p.id])) for p in directory if talks.get(p.id)
        ]
        entries.sort(key=lambda e: (name_key(e.person.name), e.person.id))
        return tuple(entries)

    # -- markers --------------------------------------------------------------------------

    def select(self, marker: Marker, page_source: str) -> tuple[list[Listed], str | None]:
        """The talks a ``roundup:talks`` marker asks for, or why it cannot be shown."""
        found = list(self.talks)
        event = marker.get("event")
        for key, directory, known, parties in (
            ("speaker", self.catalog.people, self.speakers, "speakers"),
            ("organization", self.catalog.organizations, self.organizations, "organizations"),
        ):
            wanted = marker.get(key)
            if wanted is None:
                continue
            party = directory.find(wanted)
            if party is None:
                return [], f"roundup:talks: no {key} '{wanted}'{self._suggest(wanted, known)}"
            found = [t for t in found if any(n.id == party.id for n in getattr(t, parties))]
        if event is not None:
            source = self.event_source(event, page_source)
            if source is None:
                return [], f"roundup:talks: no roundup page '{event}'"
            found = [t for t in found if t.event.source == source]
        kind = marker.get("kind")
        if kind is not None:
            if kind not in KINDS:
                return [], f"roundup:talks: unknown kind '{kind}' (kinds: {', '.join(KINDS)})"
            found = [t for t in found if t.talk.kind == kind]
        latest = marker.get("latest")
        if latest is not None:
            if not latest.isdigit() or int(latest) < 1:
                return [], f"roundup:talks: latest must be a number of talks, not '{latest}'"
            found = found[: int(latest)]
        return found, None

    def event_source(self, text: str, page_source: str) -> str | None:
        candidates = [
            text.lstrip("/"),
            posixpath.normpath(posixpath.join(posixpath.dirname(page_source), text)),
        ]
        for candidate in candidates:
            for source in (candidate, candidate + ".md", candidate.rstrip("/") + "/index.md"):
                if source in self.by_source:
                    return source
        return None

    def person(self, marker: Marker) -> tuple[PersonEntry | None, str | None]:
        entries = self.speakers if marker.kind == "speaker" else self.organizations
        wanted = marker.get("id") or ""
        directory = self.catalog.people if marker.kind == "speaker" else self.catalog.organizations
        person = directory.find(wanted)
        entry = self.entry(marker.kind, person.id) if person is not None else None
        if entry is None:
            return (
                None,
                f"roundup:{marker.kind}: no {marker.kind} '{wanted}'{self._suggest(wanted, entries)}",
            )
        return entry, None

    def entry(self, kind: str, person_id: str) -> PersonEntry | None:
        """The entry of a ``speaker`` or an ``organization`` by id."""
        return self._by_id.get((kind, person_id))

    @staticmethod
    def _suggest(text: str, entries: tuple[PersonEntry, ...]) -> str:
        names = {name_key(n): n for e in entries for n in e.person.names}
        close = difflib.get_close_matches(name_key(text), list(names), n=1, cutoff=0.75)
        return f" (did you mean '{names[close[0]]}'?)" if close else ""

    # -- export ---------------------------------------------------------------------------

    def export(self) -> Iterator[str]:
        """``roundup.json``, piece by piece: events (by source), then speakers and
        organizations by name. One line per talk and per person, each written on its own with
        the json module's C encoders (which ``indent`` would turn off), so that the whole file
        is never one string, nor one tree of dicts."""
        entries = self.by_source
        yield '{"events": ['
        for number, source in enumerate(sorted(entries)):
            entry = entries[source]
            info = entry.info
            head = _dumps(
                {
                    "source": source,
                    "url": info.url,
                    "title": info.title,
                    "date": info.date,
                    "location": info.location,
                }
            )
            yield f'{"," if number else ""}\n{head[:-1]},"talks":['
            for index, listed in enumerate(entry.talks):
                yield (",\n" if index else "\n") + _talk_json(listed)
            yield "]}"
        for key, entries_of in (("speakers", self.speakers), ("organizations", self.organizations)):
            yield f'],\n"{key}": ['
            for index, person in enumerate(entries_of):
                data = _person_data(person, with_profile=key == "speakers")
                yield (",\n" if index else "\n") + _dumps(data)
        yield "]}\n"


_ENCODER = json.JSONEncoder(separators=(",", ":"))
"""Compact, and ASCII: non-ASCII letters as ``\\u`` escapes, which any JSON reader decodes
(a file of ASCII lines is written several times faster than one of other text)."""
_dumps = _ENCODER.encode


def _optional(text: str | None) -> str:
    return "null" if text is None else _string(text)


def _safe(url: str | None) -> str | None:
    return url if url is None or is_safe_link(url) else None


def _party_json(party: Party, named: Named) -> str:
    url = _optional(_safe(party.url))
    return f'{{"name":{_string(party.name)},"url":{url},"id":{_optional(named.id)}}}'


def _media_json(item: Media) -> str:
    return (
        f'{{"provider":{_string(item.provider)},"id":{_string(item.id)},"url":{_string(item.url)}'
        f',"embed_url":{_optional(item.embed_url)},"title":{_optional(item.title)}}}'
    )


def _talk_json(listed: Listed) -> str:
    """A talk of the export: :meth:`Talk.as_dict` with each party's ``id``, written as JSON
    text directly (each string through the C encoder): the largest part of the export,
    written without building and walking a tree of dicts per talk."""
    talk = listed.talk
    speakers = ",".join(map(_party_json, talk.speakers, listed.speakers))
    orgs = ",".join(map(_party_json, talk.organizations, listed.organizations))
    slides = ",".join(map(_media_json, talk.slides))
    videos = ",".join(map(_media_json, talk.videos))
    return (
        f'{{"id":{_string(talk.id)},"url":{_string(talk.url)},"line":{int(talk.line)}'
        f',"title":{_string(talk.title)},"kind":{_string(talk.kind)}'
        f',"section":{_optional(talk.section)},"speakers":[{speakers}]'
        f',"organizations":[{orgs}],"abstract":{_string(talk.abstract)}'
        f',"slides":[{slides}],"videos":[{videos}]}}'
    )


def _person_data(entry: PersonEntry, *, with_profile: bool) -> dict[str, Any]:
    person = entry.person
    data: dict[str, Any] = {
        "id": person.id,
        "name": person.name,
        "aliases": list(person.aliases),
        "links": list(safe_links(person.links)),
        "talks": [listed.talk.url for listed in entry.talks],
    }
    if with_profile:
        data.update(photo=_safe(person.photo), affiliation=person.affiliation, bio=person.bio)
    return data


# -- Rendering ------------------------------------------------------------------------------

_HOSTS = {
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


def link_label(url: str) -> str:
    """What a reader calls a profile link: ``LinkedIn``, ``GitHub``, else the host."""
    host = site_host(url_parts(url).host or url.lower())
    return _HOSTS.get(host, host)


_escape = html.escape


class TalkItems:
    """Talks as list items (``<li>``), as every index and listing shows them: the title
    linking to the card, the kind badge, the slides and video marks, then a ``<small>`` line
    with the talk's people and its event. For example::

        <li><a href="../blog/summit/#quiet-queues">Quiet Queues</a>
          <span class="roundup-badge roundup-badge--keynote">Keynote</span>
          <span class="roundup-mark">Slides</span>
          <span class="roundup-mark roundup-mark--video">Video</span><small>
          <span class="roundup-item__people"><a href="../speakers/#ada-vos">Ada Vos</a></span>
          <span class="roundup-item__orgs">Acme</span>
          <span class="roundup-item__event">Summit</span> <time>2025-04-02</time></small></li>

    (on one line). Written here rather than in a template: a large site lists each talk
    several times (under its event, each of its speakers and organizations), and this small,
    fixed markup is written many times faster in Python. Each event's line is written once
    per build; a talk's part is written each time (kept, thousands of them would stay in
    memory while the largest index renders, to save microseconds); links are ``root``
    (``../`` per folder of the page) plus a site URL, so they hold for any page.
    """

    def __init__(self, labels: Mapping[str, str]) -> None:
        self.labels = labels
        self.slides = f' <span class="roundup-mark">{_escape(labels["slides"])}</span>'
        self.video = (
            f' <span class="roundup-mark roundup-mark--video">{_escape(labels["video"])}</span>'
        )
        self.badges = {kind: self._badge(kind) for kind in KINDS}
        self.events: dict[str, str] = {}
        """By event source: the event's part of the ``<small>`` line."""

    def item(self, listed: Listed, root: str, *, show_event: bool, show_people: bool) -> str:
        talk = listed.talk
        meta = self._people(listed, root) if show_people else ""
        if show_event:
            meta += self._event(listed.event)
        small = f"<small>{meta}</small>" if meta else ""
        return f'<li><a href="{root}{_escape(talk.url)}{self._title(talk)}{small}</li>'

    def _title(self, talk: Talk) -> str:
        return (
            f'">{_escape(talk.title)}</a>'
            + self.badges[talk.kind]
            + (self.slides if talk.slides else "")
            + (self.video if talk.videos else "")
        )

    def _badge(self, kind: str) -> str:
        if kind == "talk":
            return ""
        label = _escape(self.labels.get(f"kind_{kind}", kind))
        return f' <span class="roundup-badge roundup-badge--{_escape(kind)}">{label}</span>'

    @staticmethod
    def _people(listed: Listed, root: str) -> str:
        text = ""
        for part, names in (("people", listed.speakers), ("orgs", listed.organizations)):
            if names:
                shown = ", ".join(
                    f'<a href="{root}{_escape(n.href)}">{_escape(n.name)}</a>'
                    if n.href
                    else _escape(n.name)
                    for n in names
                )
                text += f'<span class="roundup-item__{part}">{shown}</span>'
        return text

    def _event(self, event: EventInfo) -> str:
        text = self.events.get(event.source)
        if text is None:
            text = f'<span class="roundup-item__event">{_escape(event.title)}</span>'
            if event.date:
                text += f" <time>{_escape(event.date)}</time>"
            self.events[event.source] = text
        return text


def person_entry(
    entry: PersonEntry,
    talks: str,
    relative: Callable[[str], str],
    labels: Mapping[str, str],
    *,
    standalone: bool = False,
) -> str:
    """A person's (or an organization's) entry, with the list of their ``talks``::

        <section class="roundup-person" id="ada-vos">
        <h3 class="roundup-person__name">Ada Vos</h3>
        <img class="roundup-person__photo" src="../img/ada.jpg" alt="" loading="lazy">
        <p class="roundup-person__affiliation">Acme</p>
        <p class="roundup-person__bio">Runs the storage team.</p>
        <p class="roundup-person__links"><span class="roundup-person__label">Profiles:</span>
          <a href="https://github.com/ada">GitHub</a>, <a href="…">LinkedIn</a></p>
        <p class="roundup-person__aliases"><span class="roundup-person__label">Also written:</span>
          Ada Voss</p>
        <ul class="roundup-list">…</ul>
        </section>

    Photo, affiliation, bio, links and aliases only when there are any; the name is a link
    when the person has a page of their own. ``standalone`` (their own page, whose title is
    their name): no id, no name. Written here for the reason :class:`TalkItems` gives: the
    speakers index of a large site has thousands of entries."""
    person = entry.person
    if standalone:
        parts = ['<section class="roundup-person">']
    else:
        name = _escape(person.name)
        if entry.has_page and entry.href:
            name = f'<a href="{_escape(relative(entry.href))}">{name}</a>'
        parts = [
            f'<section class="roundup-person" id="{_escape(person.id)}">',
            f'<h3 class="roundup-person__name">{name}</h3>',
        ]
    if person.photo and is_safe_link(person.photo):
        photo = _escape(relative(person.photo))
        parts.append(f'<img class="roundup-person__photo" src="{photo}" alt="" loading="lazy">')
    for part, text in (("affiliation", person.affiliation), ("bio", person.bio)):
        if text:
            parts.append(f'<p class="roundup-person__{part}">{_escape(text)}</p>')
    profiles = entry.profiles
    if profiles:
        links = ", ".join(
            f'<a href="{_escape(url)}">{_escape(label)}</a>' for url, label in profiles
        )
        label = _escape(labels["links"])
        parts.append(
            f'<p class="roundup-person__links"><span class="roundup-person__label">{label}:</span>'
            f" {links}</p>"
        )
    if person.aliases:
        label = _escape(labels["aliases"])
        aliases = _escape(", ".join(person.aliases))
        parts.append(
            f'<p class="roundup-person__aliases"><span class="roundup-person__label">{label}:</span>'
            f" {aliases}</p>"
        )
    parts.append(talks)
    parts.append("</section>")
    return "\n".join(parts)


class IndexRenderer:
    """The index templates (``roundup/events.html`` …), rendered for one page at a time.

    Templates lay out the pages; the lists of talks in them come from :class:`TalkItems`,
    through the ``talk_list`` function each template receives, the entries of people from
    :func:`person_entry`, through ``person``. Links start with ``root`` (``../`` per folder
    of the page): no per-link path arithmetic.
    """

    def __init__(self, env: jinja2.Environment, labels: Mapping[str, str] = LABELS) -> None:
        self.env = env
        self.labels = dict(labels)
        self.items = TalkItems(self.labels)

    def render(self, template: str, page_url: str, **context: Any) -> list[str]:
        """The template's output, without the white space at its ends, in the pieces Jinja
        writes: the page they go into joins them once (an index of a large site is megabytes,
        and one string of it, then another of the page, would hold it twice)."""
        root = site_root(page_url)
        relative = relative_to(page_url)
        labels = self.labels
        item = self.items.item

        def talks(list_of: Iterable[Listed], show_event: bool, show_people: bool) -> str:
            items = "\n".join(
                item(t, root, show_event=show_event, show_people=show_people) for t in list_of
            )
            return f'<ul class="roundup-list">\n{items}\n</ul>'

        def talk_list(
            list_of: Iterable[Listed], show_event: bool = True, show_people: bool = True
        ) -> Markup:
            return Markup(talks(list_of, show_event, show_people))

        def person(entry: PersonEntry, standalone: bool = False) -> Markup:
            listed = talks(entry.talks, show_event=True, show_people=False)
            return Markup(person_entry(entry, listed, relative, labels, standalone=standalone))

        pieces = self.env.get_template(f"roundup/{template}.html").generate(
            root=root,
            relative=relative,
            talk_list=talk_list,
            person=person,
            labels=labels,
            link_label=link_label,
            page_url=page_url,
            **context,
        )
        return _stripped(list(pieces))

    def marker(
        self, marker: Marker, view: SiteView, page_source: str, page_url: str
    ) -> tuple[list[str] | None, str | None]:
        """HTML for one marker, or ``None`` and why not."""
        if marker.kind == "talks":
            talks, problem = view.select(marker, page_source)
            if problem:
                return None, problem
            return self.render("listing", page_url, talks=talks, marker=marker), None
        if marker.kind == "events":
            return self.render("events", page_url, events=view.events), None
        if marker.kind in {"speakers", "organizations"}:
            entries = view.speakers if marker.kind == "speakers" else view.organizations
            letters = list(dict.fromkeys(e.letter for e in entries))
            return self.render(marker.kind, page_url, entries=entries, letters=letters), None
        entry, problem = view.person(marker)
        if entry is None:
            return None, problem
        return self.render(
            "speaker", page_url, entry=entry, kind=marker.kind, standalone=True
        ), None


def _stripped(pieces: list[str]) -> list[str]:
    """``pieces`` as ``"".join(pieces).strip()`` has them."""
    first = next((n for n, piece in enumerate(pieces) if not piece.isspace() and piece), None)
    if first is None:
        return []
    last = next(n for n in range(len(pieces) - 1, -1, -1) if pieces[n] and not pieces[n].isspace())
    kept = pieces[first : last + 1]
    kept[0] = kept[0].lstrip()
    kept[-1] = kept[-1].rstrip()
    return kept


# -- The build ------------------------------------------------------------------------------


def _markdown_text(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|>])", r"\\\1", text)


_ID = re.compile(r'id=(?<=\sid=)"([^"]+)"')
"""The anchors of a marker's HTML. It starts with a literal, which the regex engine looks for
far faster than for ``\\b`` or ``\\s`` on the megabytes of a large index."""


class Indexes:
    """The generated pages, markers and data of one build."""

    def __init__(
        self,
        catalog: Catalog,
        renderer: IndexRenderer,
        generated: Mapping[str, File],
        site_url: str | None,
    ) -> None:
        self.catalog = catalog
        self.renderer = renderer
        self.generated = dict(generated)
        """Generated files by ``src_uri``."""
        self.site_url = site_url
        self.sources: dict[str, list[tuple[str, int]]] = {}
        self.noted: dict[str, list[tuple[str, int]]] = {}
        """Pages with markers to fill, each with the source lines of its markers."""
        self.entries: dict[str, EventEntry] = {}
        """The roundup pages rendered in this build, as the indexes list them."""
        self.view: SiteView | None = None
        self.speaker_at = {url: key for key, url in catalog.locations.speaker_pages.items()}
        """Speaker ids by the URL of their own page."""

    # -- on_files -------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        options: RoundupConfig,
        config: MkDocsConfig,
        files: Files,
        events: Mapping[str, Event],
        bodies: Mapping[str, str],
    ) -> Indexes:
        """Group names into people, report likely duplicates, add the index pages to ``files``.

        ``bodies`` are the pages' texts as read in ``on_files`` (an event without a title of
        its own is named by its page's first heading)."""
        entries = _speaker_entries(options, config)
        speakers, orgs = Catalog.mentions(events[k] for k in sorted(events))
        people = resolve(speakers, entries)
        organizations = resolve(orgs)
        for diagnostic in people.diagnostics:
            log.warning("%s", diagnostic)
        _report_look_alikes(
            likely_duplicates(people.directory, people.distinct),
            logging.WARNING if options.lookalikes == "warn" else logging.INFO,
        )
        for entry in people.unmatched:
            log.info("%s", Diagnostic(entry.path, entry.line, f"'{entry.name}' matches no talk"))
        titles = {path: event_title(event, bodies.get(path, "")) for path, event in events.items()}

        explicit_nav = config.nav is not None
        generated: dict[str, File] = {}

        def add(source: str | None, content: str, in_nav: bool = True) -> str | None:
            if source is None:
                return None
            existing = files.get_file_from_path(source)
            if existing is not None:
                if source not in generated:
                    log.info(
                        "%s exists in docs; not generated (a marker in it shows the index)", source
                    )
                return existing.url
            inclusion = (
                InclusionLevel.UNDEFINED
                if in_nav and not explicit_nav
                else InclusionLevel.NOT_IN_NAV
            )
            file = File.generated(config, source, content=content, inclusion=inclusion)
            files.append(file)
            generated[source] = file
            return file.url

        def page(title: str, marker: str) -> str:
            # Out of the search index: every talk is found on its own page already, and an
            # index of thousands of talks would weigh on every reader's search download.
            front = "---\nsearch:\n  exclude: true\n---\n\n"
            return f"{front}# {_markdown_text(title)}\n\n<!-- roundup:{marker} -->\n"

        speakers_source = index_source(options.speakers_url)
        pages: dict[str, str] = {}
        if options.speaker_pages:
            folder = _folder(speakers_source or "speakers/index.md")
            for person in people.directory:
                url = add(
                    posixpath.join(folder, f"{person.id}.md"),
                    page(person.name, f'speaker id="{person.id}"'),
                    False,
                )
                if url is not None:
                    pages[person.id] = url
        locations = Locations(
            events=add(index_source(options.events_url), page(TITLES["events"], "events")),
            speakers=add(speakers_source, page(TITLES["speakers"], "speakers")),
            organizations=add(
                index_source(options.organizations_url),
                page(TITLES["organizations"], "organizations"),
            ),
            speaker_pages=pages,
        )
        catalog = Catalog(people, organizations, titles, locations)
        renderer = IndexRenderer(environment(config.theme.get_env().loader))
        return cls(catalog, renderer, generated, config.site_url)

    # -- pages ----------------------------------------------------------------------------

    def read(self, source: str, markdown: str, first_line: int) -> None:
        """Note the source lines of a page's markers (warnings name them)."""
        found = markers.in_source(markdown, source, first_line)
        if found:
            self.sources[source] = found
        else:
            self.sources.pop(source, None)

    def page_content(self, page: Page, html: str, event: Event | None) -> None:
        """Note the page's markers for :meth:`fill`, and for a roundup page who its talks name
        (found here once, and kept for the indexes and the page's JSON-LD)."""
        source = page.file.src_uri
        if markers.MARKER.search(html):
            self.noted[source] = list(self.sources.get(source, []))
        else:
            self.noted.pop(source, None)
        if event is None or not event.talks:
            self.entries.pop(source, None)
        else:
            self.entries[source] = self.catalog.entry(source, event)

    def absolute(self, page_url: str) -> Callable[[str], str]:
        """Site URL → absolute URL with ``site_url``, else relative to the page."""
        if self.site_url:
            base = self.site_url if self.site_url.endswith("/") else self.site_url + "/"

            def absolute(url: str) -> str:
                # MkDocs' site URLs (``blog/x/#id``) never start with "/" or ".": base + url
                # is urljoin's answer for them, at a fraction of its cost.
                if url.startswith(("/", ".")) or _SCHEME.match(url):
                    return urljoin(base, url)
                return base + url

            return absolute
        return relative_to(page_url)

    # -- on_env, then page by page -------------------------------------------------------

    def prepare(self, events: Mapping[str, Event]) -> None:
        """The indexes as of now: every page is rendered, and talk anchors are final."""
        self.view = SiteView(self.catalog, events, self.entries)

    def fill(self, page: Page) -> None:
        """Replace the markers of a page, just before its template is rendered (markers are
        noted in :meth:`page_content`; each page is filled once)."""
        source = page.file.src_uri
        lines = self.noted.pop(source, None)
        view = self.view
        content = page.content
        if lines is None or view is None or content is None:
            return
        # The page is written once, from its pieces and the markers' (see IndexRenderer.render).
        pieces: list[str] = []
        shown: list[tuple[int, int]] = []  # where the markers' HTML is in the page
        end = size = 0
        for match in markers.MARKER.finditer(content):
            pieces.append(content[end : match.start()])
            size += match.start() - end
            end = match.end()
            html = self._shown(match, lines, source, page.url, view)
            written = [match.group(0)] if html is None else html
            length = sum(map(len, written))
            if html is not None:
                shown.append((size, size + length))
            pieces += written
            size += length
        pieces.append(content[end:])
        page.content = "".join(pieces)
        if page.present_anchor_ids is not None:  # for MkDocs' link validation
            for start, stop in shown:
                page.present_anchor_ids.update(_ID.findall(page.content, start, stop))

    def _shown(
        self,
        match: re.Match[str],
        lines: list[tuple[str, int]],
        source: str,
        page_url: str,
        view: SiteView,
    ) -> list[str] | None:
        """The HTML of a marker, or ``None`` (a warning says why: the marker stays)."""
        text = collapse_spaces(match.group(0))
        line = next((n for t, n in lines if t == text), 0)
        if line:
            lines.remove((text, line))
        marker, problems = markers.read(match, source, line)
        for diagnostic in problems:
            log.warning("%s", diagnostic)
        if marker.kind not in markers.OPTIONS:
            return None
        html, problem = self.renderer.marker(marker, view, source, page_url)
        if html is None:
            log.warning("%s", Diagnostic(source, line, problem or "cannot be shown"))
        return html

    def data(self, page: Page) -> str:
        """The ``<script>`` of JSON-LD of a page (``""`` for a page without): a roundup page
        rendered in this build, the speakers or organizations index, a speaker's page."""
        source = page.file.src_uri
        entry = self.entries.get(source)
        if entry is not None:
            return self._event_data(entry, page.url)
        file = self.generated.get(source)
        if self.view is None or file is None:
            return ""
        return self._page_data(file, page.url, self.view)

    def release(self, page: Page) -> None:
        """Drop the HTML of a generated page once it is written: nothing reads it again
        (MkDocs checks links to its anchors from ``page.present_anchor_ids``), and the
        indexes of a large site weigh megabytes."""
        if page.file.src_uri in self.generated:
            page.content = None

    def _event_data(self, entry: EventEntry, page_url: str) -> str:
        """JSON-LD of a roundup page: the event, its talks as sub-events."""
        talks = ((t.talk, t.speakers, t.organizations) for t in entry.talks)
        return linked_data.script(
            linked_data.event_json(entry.event, entry.info.title, talks, self.absolute(page_url))
        )

    def _page_data(self, file: File, page_url: str, view: SiteView) -> str:
        """JSON-LD of a generated page: speakers index, organizations index, speaker page."""
        locations = self.catalog.locations
        url = self.absolute(page_url)

        if file.url == locations.speakers:
            data = linked_data.collection_json(
                TITLES["speakers"], page_url, "Person", view.speakers, url
            )
            return linked_data.script(data)
        if file.url == locations.organizations:
            data = linked_data.collection_json(
                TITLES["organizations"], page_url, "Organization", view.organizations, url
            )
            return linked_data.script(data)
        person_id = self.speaker_at.get(file.url)
        entry = view.entry("speaker", person_id) if person_id else None
        if entry is None:
            return ""
        person = entry.person
        image = (
            url(person.photo)
            if person.photo and not urlsplit(person.photo).scheme
            else person.photo
        )
        data = linked_data.profile_json(
            entry,
            page_url=page_url,
            url=url,
            image=image,
            description=person.bio,
            affiliation=person.affiliation,
        )
        return linked_data.script(data)

    # -- on_post_build --------------------------------------------------------------------

    def export(self, events: Mapping[str, Event]) -> Iterator[str]:
        """The pieces of ``roundup.json`` (see :meth:`SiteView.export`)."""
        # Events do not change after on_env, where the view was made.
        return (self.view or SiteView(self.catalog, events, self.entries)).export()

    def outputs(self) -> set[str]:
        """Where the generated pages are written (to remove them once no longer generated)."""
        return {file.abs_dest_path for file in self.generated.values()}


LOOK_ALIKE_LINES = 50
"""At most this many look-alike notices per build; a line then says how many more."""


def _report_look_alikes(notices: list[Diagnostic], level: int) -> None:
    for diagnostic in notices[:LOOK_ALIKE_LINES]:
        log.log(level, "%s", diagnostic)
    if len(notices) > LOOK_ALIKE_LINES:
        log.log(
            level,
            "%d more groups of speakers whose names look alike are not listed",
            len(notices) - LOOK_ALIKE_LINES,
        )


def remove_stale(paths: Iterable[str], site_dir: str) -> None:
    """Remove pages generated by an earlier build of this ``serve`` and no longer generated
    (``serve --dirty`` does not clean the site directory)."""
    root = Path(site_dir).resolve()
    for path in paths:
        target = Path(path).resolve()
        if root in target.parents and target.is_file():
            target.unlink()
            log.debug("removed stale generated page %s", target)


def speakers_file(options: RoundupConfig, config: MkDocsConfig) -> Path | None:
    """The speakers file (relative to ``mkdocs.yml``), for reading and for ``serve`` to watch."""
    if not options.speakers_file:
        return None
    base = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
    return base / options.speakers_file


def _speaker_entries(options: RoundupConfig, config: MkDocsConfig) -> list[SpeakerEntry]:
    path = speakers_file(options, config)
    if path is None:
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise PluginError(
            f"roundup: speakers_file {options.speakers_file!r} cannot be read: {error.strerror}"
        ) from None
    try:
        entries, diagnostics = read_speakers_file(text, str(options.speakers_file))
    except SpeakersFileError as error:
        raise PluginError(f"roundup: {error}") from None
    for diagnostic in diagnostics:
        log.warning("%s", diagnostic)
    return entries
