"""Who is who: the people (and organizations) behind the names written on talk cards.

Pages written over years name the same person differently: with and without accents, with a
typo, linked or not, the same LinkedIn profile with and without a trailing slash. Mentions
are grouped into one :class:`Person` when

- their links are the same after :func:`~mkdocs_roundup.identity_keys.link_key` (scheme, ``www.``, case, trailing slash,
  percent-encoding and, for profile links, the query do not matter);
- or their names are the same after :func:`mkdocs_roundup.people.name_key` (whitespace,
  case and accents do not matter);
- or the site owner's speakers file (:mod:`mkdocs_roundup.speakers_file`) says so, by
  listing a name or a link as an alias of an entry.

:mod:`mkdocs_roundup.look_alikes` then points at names that were *not* grouped but probably
should be.

Nothing here imports MkDocs: records in, records and diagnostics out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .identity_keys import Groups, Keys, slug_of_key
from .model import Diagnostic, Party
from .people import clean_text
from .speakers_file import SpeakerEntry

# Names and links repeat across a site's pages: fold each one once.
_clean = lru_cache(maxsize=1 << 16)(clean_text)


@dataclass(frozen=True, slots=True)
class Mention:
    """One name written for one talk (a speaker, or an organization)."""

    name: str
    url: str | None
    path: str
    line: int
    date: str | None = None
    """The event's date, so that later spellings win ties for the display name."""


@dataclass(frozen=True, slots=True)
class Person:
    """A person (or an organization) with every name and link found for them."""

    id: str
    name: str
    aliases: tuple[str, ...]
    """Every other spelling seen in pages or declared in the speakers file."""
    links: tuple[str, ...]
    mentions: tuple[Mention, ...] = field(repr=False)
    photo: str | None = None
    affiliation: str | None = None
    bio: str | None = None
    sort: str | None = None
    """The speakers file's sort key, if any."""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class Directory:
    """Every person found, and which person a name or a link belongs to."""

    def __init__(
        self, people: Iterable[Person], lookup: dict[str, str], keys: Keys | None = None
    ) -> None:
        self.people: tuple[Person, ...] = tuple(people)
        self._by_id = {p.id: p for p in self.people}
        self._lookup = lookup
        self._keys = keys or Keys()

    def __len__(self) -> int:
        return len(self.people)

    def __iter__(self) -> Iterator[Person]:
        return iter(self.people)

    def get(self, person_id: str) -> Person | None:
        return self._by_id.get(person_id)

    def fold(self, name: str) -> str:
        """:func:`~mkdocs_roundup.people.name_key` of a name, folded once per build."""
        return self._keys.fold(name)

    def id_of(self, party: Party) -> str | None:
        """The id of the person a talk names (by link first, then by name)."""
        if party.url:
            found = self._lookup.get(self._keys.link(party.url))
            if found:
                return found
        return self._lookup.get(self._keys.name(party.name))

    def find(self, text: str) -> Person | None:
        """A person by id, by any name of theirs, or by one of their links."""
        if text in self._by_id:
            return self._by_id[text]
        found = self._lookup.get(self._keys.name(text))
        if not found and ("/" in text or ":" in text):
            found = self._lookup.get(self._keys.link(text))
        return self._by_id[found] if found else None


@dataclass(frozen=True, slots=True)
class Resolution:
    directory: Directory
    diagnostics: tuple[Diagnostic, ...]
    distinct: frozenset[frozenset[str]] = frozenset()
    """Pairs of person ids the speakers file declares distinct."""
    unmatched: tuple[SpeakerEntry, ...] = ()
    """Entries of the speakers file that match no talk (yet)."""


def _entry_node(index: int) -> str:
    return f"e:{index:09d}"


def resolve(mentions: Sequence[Mention], entries: Sequence[SpeakerEntry] = ()) -> Resolution:
    """Group mentions into people, following links, names and the speakers file."""
    groups, keys = Groups(), Keys()
    diagnostics = _join_entries(entries, groups, keys)
    for mention in mentions:
        name = keys.name(mention.name)
        groups.find(name)
        if mention.url:
            groups.union(name, keys.link(mention.url))
    members: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        members[groups.find(keys.name(mention.name))].append(mention)
    owners: dict[str, list[int]] = defaultdict(list)
    for index in range(len(entries)):
        owners[groups.find(_entry_node(index))].append(index)
    drafts: list[tuple[str, str, Person]] = []
    for root, found in members.items():
        chosen = [entries[i] for i in owners.get(root, [])]
        if len(chosen) > 1:
            diagnostics.append(_same_person(chosen))
        fixed = chosen[0].id if chosen and chosen[0].id else ""
        drafts.append((root, fixed, _person(found, chosen, keys)))
    unmatched = tuple(entries[i[0]] for root, i in owners.items() if root not in members)
    people, lookup = _assign_ids(drafts, groups, keys)
    directory = Directory(people, lookup, keys)
    distinct = _distinct(entries, directory)
    return Resolution(directory, tuple(diagnostics), distinct, unmatched)


def _join_entries(entries: Sequence[SpeakerEntry], groups: Groups, keys: Keys) -> list[Diagnostic]:
    """Join each entry of the speakers file with its names and links; say where two entries
    claim one of them (they merge)."""
    diagnostics: list[Diagnostic] = []
    claimed: dict[str, int] = {}
    for index, entry in enumerate(entries):
        node = _entry_node(index)
        nodes = [keys.name(n) for n in (entry.name, *entry.aliases)]
        nodes += [keys.link(u) for u in entry.links]
        for key in nodes:
            other = claimed.setdefault(key, index)
            if other != index and entries[other].name != entry.name:
                diagnostics.append(
                    Diagnostic(
                        entry.path,
                        entry.line,
                        f"'{key[2:]}' is already listed for "
                        f"'{entries[other].name}' (line {entries[other].line}); both entries merge",
                    )
                )
            groups.union(node, key)
    return diagnostics


def _same_person(chosen: list[SpeakerEntry]) -> Diagnostic:
    names = ", ".join(f"'{e.name}' (line {e.line})" for e in chosen[1:])
    return Diagnostic(
        chosen[0].path,
        chosen[0].line,
        f"entry '{chosen[0].name}' names the same person as {names}; the first one is used",
    )


def _distinct(entries: Sequence[SpeakerEntry], directory: Directory) -> frozenset[frozenset[str]]:
    """The pairs of people the speakers file declares distinct (``distinct:``)."""
    distinct: set[frozenset[str]] = set()
    for entry in entries:
        own = directory.find(entry.name)
        for name in entry.distinct:
            unlike = directory.find(name)
            if own and unlike and own.id != unlike.id:
                distinct.add(frozenset({own.id, unlike.id}))
    return frozenset(distinct)


def _person(mentions: list[Mention], entries: list[SpeakerEntry], keys: Keys) -> Person:
    entry = entries[0] if entries else None
    spellings: dict[str, list[Mention]] = {}
    for mention in mentions:
        spellings.setdefault(_clean(mention.name), []).append(mention)

    def preference(name: str) -> tuple[int, int, bool, int, str, str]:
        seen = spellings[name]
        return (
            len(name.split()),  # "Ravichandran Palanisamy" over "Ravichandran"
            len(seen),
            any(m.url for m in seen),
            sum(not ch.isascii() for ch in name),  # "Andrija Panić" over "Andrija Panic"
            max((m.date or "" for m in seen), default=""),
            name,
        )

    name = entry.name if entry else max(spellings, key=preference)
    aliases = list(dict.fromkeys([*spellings, *(a for e in entries for a in e.aliases)]))
    # The form of each link used most (the owner's form always wins), by its key.
    links: dict[str, dict[str, int]] = {}
    for url in [u for e in entries for u in e.links]:
        forms = links.setdefault(keys.link(url), {})
        forms[url] = forms.get(url, 0) + 1_000_000
    for mention in mentions:
        if mention.url:
            forms = links.setdefault(keys.link(mention.url), {})
            forms[mention.url] = forms.get(mention.url, 0) + 1
    return Person(
        id="",
        name=name,
        aliases=tuple(a for a in aliases if a != name),
        links=tuple(max(forms, key=forms.__getitem__) for forms in links.values()),
        mentions=tuple(mentions),
        photo=entry.photo if entry else None,
        affiliation=entry.affiliation if entry else None,
        bio=entry.bio if entry else None,
        sort=entry.sort if entry else None,
    )


def _assign_ids(
    drafts: list[tuple[str, str, Person]], groups: Groups, keys: Keys
) -> tuple[list[Person], dict[str, str]]:
    """Ids from names, stable across builds: ties broken by where each person first appears."""

    def order(draft: tuple[str, str, Person]) -> tuple[str, str, str, int]:
        _, fixed, person = draft
        first = min(person.mentions, key=lambda m: (m.path, m.line))
        key = keys.fold(person.name)
        return (fixed or slug_of_key(key), key, first.path, first.line)

    used: set[str] = {fixed for _, fixed, _ in drafts if fixed}
    by_root: dict[str, str] = {}
    people: list[Person] = []
    for root, fixed, person in sorted(drafts, key=order):
        person_id = fixed
        if not person_id:
            base = person_id = slug_of_key(keys.fold(person.name))
            counter = 1
            while person_id in used:
                counter += 1
                person_id = f"{base}-{counter}"
            used.add(person_id)
        by_root[root] = person_id
        people.append(replace(person, id=person_id))
    lookup = {key: by_root[root] for key in groups.parent if (root := groups.find(key)) in by_root}
    return people, lookup
