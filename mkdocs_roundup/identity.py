"""Who is who: the people (and organizations) behind the names written on talk cards.

Pages written over years name the same person differently: with and without accents, with a
typo, linked or not, the same LinkedIn profile with and without a trailing slash. Mentions
are grouped into one :class:`Person` when

- their links are the same after :func:`~mkdocs_roundup.identity_keys.link_key` (scheme, ``www.``, case, trailing slash,
  percent-encoding and, for profile links, the query do not matter);
- or their names are the same after :func:`mkdocs_roundup.names.name_key` (whitespace,
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
from dataclasses import dataclass, field
from functools import lru_cache

from .identity_keys import Groups, Keys, slug_of_key
from .model import Diagnostic, Party
from .names import clean_text
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

    def __init__(self, people: Iterable[Person], lookup: dict[str, str], keys: Keys) -> None:
        self.people: tuple[Person, ...] = tuple(people)
        self._by_id = {p.id: p for p in self.people}
        self._lookup = lookup
        self._keys = keys

    def __len__(self) -> int:
        return len(self.people)

    def __iter__(self) -> Iterator[Person]:
        return iter(self.people)

    def get(self, person_id: str) -> Person | None:
        return self._by_id.get(person_id)

    def fold(self, name: str) -> str:
        """:func:`~mkdocs_roundup.names.name_key` of a name, folded once per build."""
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
    nodes = [keys.name(mention.name) for mention in mentions]
    for mention, node in zip(mentions, nodes, strict=True):
        groups.find(node)
        if mention.url:
            groups.union(node, keys.link(mention.url))
    roots = groups.roots()
    members: dict[str, list[Mention]] = defaultdict(list)
    for mention, node in zip(mentions, nodes, strict=True):
        members[roots[node]].append(mention)
    owners: dict[str, list[int]] = defaultdict(list)
    for index in range(len(entries)):
        owners[roots[_entry_node(index)]].append(index)
    drafts: list[_Draft] = []
    for root, found in members.items():
        chosen = [entries[i] for i in owners.get(root, ())]
        if len(chosen) > 1:
            diagnostics.append(_same_person(chosen))
        drafts.append(_Draft(root, found, chosen, _display_name(found, chosen)))
    unmatched = tuple(entries[i[0]] for root, i in owners.items() if root not in members)
    ids = _assign_ids(drafts, keys)
    people = [_person(person_id, draft, keys) for person_id, draft in ids]
    by_root = {draft.root: person_id for person_id, draft in ids}
    lookup = {node: by_root[root] for node, root in roots.items() if root in by_root}
    directory = Directory(people, lookup, keys)
    distinct = _distinct(entries, directory)
    return Resolution(directory, tuple(diagnostics), distinct, unmatched)


@dataclass(slots=True)
class _Draft:
    """A person before their id: the root of their group, their mentions and entries."""

    root: str
    mentions: list[Mention]
    entries: list[SpeakerEntry]
    name: str
    """The display name (:func:`_display_name`)."""


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


def _display_name(mentions: list[Mention], entries: list[SpeakerEntry]) -> str:
    """The speakers file's name, else the spelling most written (see ``preference``)."""
    if entries:
        return entries[0].name
    if len(mentions) == 1:  # most people: named once, or always alike
        return _clean(mentions[0].name)
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

    return max(spellings, key=preference)


def _person(person_id: str, draft: _Draft, keys: Keys) -> Person:
    mentions, entries, name = draft.mentions, draft.entries, draft.name
    if not entries and len(mentions) == 1:  # one spelling, at most one link
        url = mentions[0].url
        return Person(person_id, name, (), (url,) if url else (), tuple(mentions))
    entry = entries[0] if entries else None
    spellings = [_clean(m.name) for m in mentions]
    aliases = dict.fromkeys([*spellings, *(a for e in entries for a in e.aliases)])
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
        id=person_id,
        name=name,
        aliases=tuple(a for a in aliases if a != name),
        links=tuple(max(forms, key=forms.__getitem__) for forms in links.values()),
        mentions=tuple(mentions),
        photo=entry.photo if entry else None,
        affiliation=entry.affiliation if entry else None,
        bio=entry.bio if entry else None,
        sort=entry.sort if entry else None,
    )


def _assign_ids(drafts: list[_Draft], keys: Keys) -> list[tuple[str, _Draft]]:
    """Ids from names, stable across builds: ties broken by where each person first appears.
    The people in that order, each with their id."""

    def order(draft: _Draft) -> tuple[str, str, str, int]:
        mentions = draft.mentions
        first = mentions[0] if len(mentions) == 1 else min(mentions, key=_place)
        key = keys.fold(draft.name)
        fixed = draft.entries[0].id if draft.entries else None
        return (fixed or slug_of_key(key), key, first.path, first.line)

    used: set[str] = {d.entries[0].id for d in drafts if d.entries and d.entries[0].id}
    ids: list[tuple[str, _Draft]] = []
    for draft in sorted(drafts, key=order):
        person_id = draft.entries[0].id if draft.entries else None
        if not person_id:
            base = person_id = slug_of_key(keys.fold(draft.name))
            counter = 1
            while person_id in used:
                counter += 1
                person_id = f"{base}-{counter}"
            used.add(person_id)
        ids.append((person_id, draft))
    return ids


def _place(mention: Mention) -> tuple[str, int]:
    return (mention.path, mention.line)
