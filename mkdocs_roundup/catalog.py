"""Who is who across the site, and the records the indexes are made of.

The :class:`Catalog` is made once per build, from every roundup page read (see
:func:`mkdocs_roundup.index_pages.site_catalog`): the people and organizations the talks
name (grouped by :mod:`mkdocs_roundup.identity`), the events' titles and where each index
lives. :meth:`Catalog.entry` lists an event's talks with who each talk names; the
:class:`~mkdocs_roundup.site_view.SiteView` puts them together.

Nothing here imports MkDocs.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .identity import Mention, Person, Resolution
from .identity_keys import slug
from .links import safe_links
from .model import Event, Party, Talk
from .names import clean_text, name_key, without_title
from .profiles import link_label

# -- Locations ------------------------------------------------------------------------------


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
    """The profile link written for them here, if any (their entry lists all of theirs)."""


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
    sort_key: str = ""
    """What the index sorts them by (:func:`sort_key`); its first letter is their letter."""

    @property
    def name(self) -> str:
        return self.person.name

    @property
    def id(self) -> str:
        return self.person.id

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
        first = (self.sort_key or name_key(self.person.name))[:1].upper()
        return first if first.isalpha() else "#"

    @property
    def events(self) -> int:
        return len({listed.event.source for listed in self.talks})


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md"})


def sort_key(person: Person, *, family_first: bool) -> str:
    """What an index sorts a person by: the speakers file's ``sort``, else (people) their
    family name, taken as the last word of the name but a suffix (``Jr.``, ``III``), then
    the whole name; organizations by name. A name of one word (or one written without
    spaces, as Chinese, Japanese and Korean names often are) sorts as written."""
    if person.sort:
        return name_key(person.sort)
    key = name_key(without_title(person.name))  # "Dr. Ann Lee" sorts as "Ann Lee"
    if not family_first:
        return key
    words = key.replace(",", " ").split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    if len(words) < 2:
        return key
    return f"{words[-1]} {' '.join(words[:-1])}"


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

    def href_of(self, kind: str, party: Party) -> str | None:
        """The site URL of the entry of a speaker (``"speaker"``) or an organization named
        for a talk (the cards link their names to it)."""
        if kind == "speaker":
            entry_id = self.people.id_of(party)
            return self.person_href.get(entry_id) if entry_id else None
        entry_id = self.organizations.id_of(party)
        return self.organization_href.get(entry_id) if entry_id else None

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
        the link written for them (found once per talk and build; the indexes, JSON-LD and
        export share them)."""
        found: list[tuple[Named, ...]] = []
        for directory, parties, where in (
            (self.people, talk.speakers, self.person_href),
            (self.organizations, talk.organizations, self.organization_href),
        ):
            named = []
            for party in parties:
                entry_id = directory.id_of(party)
                href = where.get(entry_id) if entry_id else None
                named.append(Named(party.name, entry_id, href, (party.url,) if party.url else ()))
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
