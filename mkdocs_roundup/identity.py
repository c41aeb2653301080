"""Who is who: the people (and organizations) behind the names written on talk cards.

Pages written over years name the same person differently: with and without accents, with a
typo, linked or not, the same LinkedIn profile with and without a trailing slash. Mentions
are grouped into one :class:`Person` when

- their links are the same after :func:`link_key` (scheme, ``www.``, case, trailing slash,
  percent-encoding and, for profile links, the query do not matter);
- or their names are the same after :func:`mkdocs_roundup.people.name_key` (whitespace,
  case and accents do not matter);
- or the site owner's speakers file (:func:`read_speakers_file`) says so, by listing a name
  or a link as an alias of an entry.

:func:`likely_duplicates` then points at names that were *not* grouped but probably should
be (``Ousmane`` / ``Ousmane Diarra``, ``Dahn`` / ``Daan Hoogland``), with both places, so
the owner can add an alias or declare the two distinct.

Nothing here imports MkDocs: records in, records and diagnostics out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlencode

import yaml
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .links import dropped, is_safe_link, safe_links
from .model import Diagnostic, Party
from .people import clean_text, name_key
from .profiles import is_profile_url, normalize_url
from .providers import url_parts

# Names and links repeat across a site's pages: fold each one once.
_clean = lru_cache(maxsize=1 << 16)(clean_text)

# -- Records --------------------------------------------------------------------------------


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
class SpeakerEntry:
    """One entry of the speakers file: what the site owner knows about a person."""

    name: str
    """The display name (it wins over every spelling found in pages)."""
    aliases: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    id: str | None = None
    photo: str | None = None
    affiliation: str | None = None
    bio: str | None = None
    distinct: tuple[str, ...] = ()
    """Names that look like this person's but are someone else (silences the warning)."""
    path: str = ""
    line: int = 0
    sort: str | None = None
    """What the index sorts them by, for a name the family-name rule gets wrong."""


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


# -- Keys -----------------------------------------------------------------------------------

_TRACKING = re.compile(r"^(?:utm_\w+|trk|fbclid|gclid|ref|originalSubdomain)$", re.I)

_OPAQUE = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):(?!//)(.*)", re.S)
"""A link with a scheme and no ``//`` host (``mailto:``, ``tel:``, ``urn:``)."""

_DEFAULT_PORTS = {"", "80", "443"}


@lru_cache(maxsize=1 << 16)
def link_key(url: str) -> str:
    """A link reduced to what identifies its target.

    :func:`~mkdocs_roundup.profiles.normalize_url` drops scheme, ``www.``, case, trailing slash
    and percent-encoding; a profile link (``/in/name``) is its path alone, while any other
    link keeps its query (minus tracking parameters), so that two different videos on
    ``youtube.com/watch`` never make two people one. A user name or a port other than the
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
    if is_profile_url(url):
        return key
    query = [(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)]
    return f"{key}?{urlencode(sorted(query))}" if query else key


_NOT_WORD = re.compile(r"[^\w]+")


def slug(name: str) -> str:
    """An id made of a name: folded, accents dropped, words joined by hyphens."""
    return _slug(name_key(name))


def _slug(key: str) -> str:
    """:func:`slug` of a name folded already."""
    return _NOT_WORD.sub("-", key).strip("-_") or "speaker"


# -- Grouping -------------------------------------------------------------------------------


class _Groups:
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


class _Keys:
    """Each name and link of a build folded once (:func:`name_key`, :func:`link_key`) into
    its node of :class:`_Groups` (``n:`` name, ``u:`` link): a talk's names and links are
    looked up again and again (grouping, every card, every index), and a site repeats them."""

    __slots__ = ("folded", "links", "names")

    def __init__(self) -> None:
        self.folded: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.links: dict[str, str] = {}

    def fold(self, name: str) -> str:
        """:func:`name_key` of ``name``."""
        key = self.folded.get(name)
        if key is None:
            key = self.folded[name] = name_key(name)
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


class Directory:
    """Every person found, and which person a name or a link belongs to."""

    def __init__(
        self, people: Iterable[Person], lookup: dict[str, str], keys: _Keys | None = None
    ) -> None:
        self.people: tuple[Person, ...] = tuple(people)
        self._by_id = {p.id: p for p in self.people}
        self._lookup = lookup
        self._keys = keys or _Keys()

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
    groups, keys = _Groups(), _Keys()
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


def _join_entries(
    entries: Sequence[SpeakerEntry], groups: _Groups, keys: _Keys
) -> list[Diagnostic]:
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


def _person(mentions: list[Mention], entries: list[SpeakerEntry], keys: _Keys) -> Person:
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
    drafts: list[tuple[str, str, Person]], groups: _Groups, keys: _Keys
) -> tuple[list[Person], dict[str, str]]:
    """Ids from names, stable across builds: ties broken by where each person first appears."""

    def order(draft: tuple[str, str, Person]) -> tuple[str, str, str, int]:
        _, fixed, person = draft
        first = min(person.mentions, key=lambda m: (m.path, m.line))
        key = keys.fold(person.name)
        return (fixed or _slug(key), key, first.path, first.line)

    used: set[str] = {fixed for _, fixed, _ in drafts if fixed}
    by_root: dict[str, str] = {}
    people: list[Person] = []
    for root, fixed, person in sorted(drafts, key=order):
        person_id = fixed
        if not person_id:
            base = person_id = _slug(keys.fold(person.name))
            counter = 1
            while person_id in used:
                counter += 1
                person_id = f"{base}-{counter}"
            used.add(person_id)
        by_root[root] = person_id
        people.append(replace(person, id=person_id))
    lookup = {key: by_root[root] for key in groups.parent if (root := groups.find(key)) in by_root}
    return people, lookup


# -- Likely duplicates ----------------------------------------------------------------------


_LONG = 16
"""From this length on, two edits in a name are still a typo (in both names); below it, one:
"Dahn" / "Daan" is a typo, "Chiara Sonova" / "Chiara Alnova" are two people."""


_WINDOW = 12
"""A block of more long names than this is searched by neighbours (sorted neighbourhood)
rather than by all pairs: each name meets this many after it, in two orders."""


def _backwards(key: str) -> str:
    return key[::-1]


def _word_blocks(key: str) -> Iterator[str]:
    """Blocks of long names, whose typos may be two edits: two edits in one word leave the
    other words, and the start or the end of its own."""
    words = key.split()
    if len(words) > 1:
        head, rest = words[0], " ".join(words[1:])
        tail, front = words[-1], " ".join(words[:-1])
        yield f"head:{head}|{rest[:2]}"
        yield f"head:{head}|{rest[-2:]}"
        yield f"tail:{tail}|{front[:2]}"
        yield f"tail:{tail}|{front[-2:]}"


class _LookAlikes:
    """Groups of people whose names look alike, found without comparing all pairs.

    Names one edit apart are found by lookups alone: one letter more than another name has
    that name among its deletions, and two names one letter different at the same place
    have the same deletion there (an index of every name's deletions by place), so no
    distance is computed. Long names, two edits apart, are found in blocks by word, each
    searched by rapidfuzz's C++ loop (a large block by neighbours, see :data:`_WINDOW`).
    People already grouped are not compared again. On
    one page of 2,000 speakers named ``Person N<i> Ex``, all one edit from others, this
    takes a few hundredths of a second, where comparing the pairs of blocks took 15 s
    (``benchmarks/lookalikes.py``).
    """

    def __init__(
        self, spellings: dict[str, tuple[str, Mention]], distinct: frozenset[frozenset[str]]
    ) -> None:
        self.spellings = spellings
        self.distinct = distinct
        self.groups = _Groups()
        self.shown: dict[str, str] = {}
        """By person id: the spelling that first looked like someone else's."""

    def join(self, a: str, b: str) -> bool:
        """Group the people of spellings ``a`` and ``b``; ``False`` when they are declared
        distinct."""
        ida, idb = self.spellings[a][0], self.spellings[b][0]
        if ida == idb:
            return True
        if frozenset({ida, idb}) in self.distinct:
            return False
        self.shown.setdefault(ida, a)
        self.shown.setdefault(idb, b)
        self.groups.union(ida, idb)
        return True

    def search(self) -> None:
        spellings = self.spellings
        by_deletion: dict[tuple[int, str], list[str]] = {}
        for key in spellings:
            words = key.split()
            for cut in range(1, len(words)):  # a leading part: "Ousmane" / "Ousmane Diarra"
                head = " ".join(words[:cut])
                if head in spellings:
                    self.join(head, key)
            for at in range(len(key)):
                shorter = key[:at] + key[at + 1 :]
                if shorter in spellings:  # one letter more: "Daan" / "Daaan"
                    self.join(shorter, key)
                same = by_deletion.setdefault((at, shorter), [])
                # One letter different at the same place ("Daan" / "Dahn"): every name of
                # the list is; one of them joined is enough, unless declared distinct.
                for other in same:
                    if self.join(other, key):
                        break
                same.append(key)
        blocks: dict[str, list[str]] = defaultdict(list)
        for key in spellings:
            if len(key) >= _LONG:
                for block in _word_blocks(key):
                    blocks[block].append(key)
        find = self.groups.find
        for members in blocks.values():
            # A small block: every pair. A large one (many long names sharing a word): each
            # name with its nearest neighbours in the order of the names, then of the names
            # read backwards (a typo leaves the start or the end of a word in place).
            small = len(members) <= _WINDOW
            orders = [members] if small else [sorted(members), sorted(members, key=_backwards)]
            for order in orders:
                for i, a in enumerate(order[:-1]):
                    near = order[i + 1 :] if small else order[i + 1 : i + 1 + _WINDOW]
                    group = find(spellings[a][0])
                    for b, _, _ in process.extract(
                        a, near, scorer=Levenshtein.distance, score_cutoff=2, limit=None
                    ):
                        if find(spellings[b][0]) != group and self.join(a, b):
                            group = find(group)

    def found(self) -> list[tuple[Mention, ...]]:
        """Each group: a spelling of each person, at its first place, in page order."""
        members: dict[str, list[Mention]] = defaultdict(list)
        for person_id, key in self.shown.items():
            members[self.groups.find(person_id)].append(self.spellings[key][1])
        groups = [tuple(sorted(m, key=lambda m: (m.path, m.line))) for m in members.values()]
        return sorted(groups, key=lambda g: [(m.path, m.line) for m in g])


_NAMED = 3
"""How many look-alikes of a group one notice names (then a count of the rest)."""


def look_alikes(
    directory: Directory,
    distinct: frozenset[frozenset[str]] = frozenset(),
) -> list[tuple[Mention, ...]]:
    """Groups of people whose names are probably one person's: one or two edits apart (two
    in long names), or one a leading part of the other (``Ousmane`` / ``Ousmane Diarra``),
    joined pair by pair; people the speakers file declares ``distinct`` are not paired.
    Each group is a spelling of each of its people at its first place, in page order."""
    spellings: dict[str, tuple[str, Mention]] = {}  # name key -> (person id, first mention)
    for person in directory:
        written: set[str] = set()  # each spelling of theirs folded once
        for mention in sorted(person.mentions, key=lambda m: (m.path, m.line)):
            if mention.name not in written:
                written.add(mention.name)
                spellings.setdefault(directory.fold(mention.name), (person.id, mention))
    search = _LookAlikes(spellings, distinct)
    search.search()
    return search.found()


def likely_duplicates(
    directory: Directory,
    distinct: frozenset[frozenset[str]] = frozenset(),
) -> list[Diagnostic]:
    """One notice per group of :func:`look_alikes`, at its first place, naming the others'
    places (the first few, then how many more)."""
    found = []
    for here, *others in look_alikes(directory, distinct):
        named = ", ".join(f"'{clean_text(m.name)}' ({m.path}:{m.line})" for m in others[:_NAMED])
        if len(others) > _NAMED:
            named += f" and {len(others) - _NAMED} others"
        found.append(
            Diagnostic(
                here.path,
                here.line,
                f"speaker '{clean_text(here.name)}' may be the same as {named}; if so, add an "
                "alias in the speakers file, if not, list one under the other's 'distinct'",
            )
        )
    return sorted(found, key=lambda d: (d.path, d.line, d.message))


# -- The speakers file ----------------------------------------------------------------------

_FIELDS = {"name", "aliases", "links", "id", "photo", "affiliation", "bio", "distinct", "sort"}
_LISTS = {"aliases", "links", "distinct"}
_LINKS = {"links", "photo"}
_ID = re.compile(r"\w[\w.-]*")
"""An id is a page's name and an anchor: nothing a browser would read as a scheme or a path."""


class SpeakersFileError(ValueError):
    """The speakers file cannot be read at all (the build should stop)."""


def read_speakers_file(text: str, path: str) -> tuple[list[SpeakerEntry], list[Diagnostic]]:
    """Entries of a speakers file, and what is wrong in it (``path:line``).

    The file is a YAML list; every field but ``name`` is optional::

        - name: Daan Hoogland              # the display name
          aliases: [Dahn Hoogland]         # other spellings found in pages
          links: [https://www.linkedin.com/in/dhoogland]
          id: daan                         # the anchor and page name (default: from the name)
          photo: https://example.org/daan.jpg   # or a path inside docs/
          affiliation: ShapeBlue
          bio: Committer and PMC member of Apache CloudStack.
          distinct: [Daan Hooglander]      # look-alike names of other people
          sort: Hoogland Daan              # sort key (default: family name, then the name)

    An empty file has no entries. A file that is not YAML raises :class:`SpeakersFileError`.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else path
        raise SpeakersFileError(
            f"{where}: not valid YAML: {getattr(error, 'problem', None) or error}"
        ) from None
    if root is None:
        return [], []
    if not isinstance(root, yaml.SequenceNode):
        raise SpeakersFileError(f"{path}:{_line(root)}: expected a list of speakers (- name: …)")
    entries: list[SpeakerEntry] = []
    diagnostics: list[Diagnostic] = []
    for item in root.value:
        entry = _entry(item, path, diagnostics)
        if entry is not None:
            entries.append(entry)
    return entries, diagnostics


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _entry(item: yaml.Node, path: str, diagnostics: list[Diagnostic]) -> SpeakerEntry | None:
    """One entry of the speakers file, or ``None`` (what is wrong goes to ``diagnostics``)."""
    if not isinstance(item, yaml.MappingNode):
        diagnostics.append(
            Diagnostic(path, _line(item), "expected a speaker (name: …); entry ignored")
        )
        return None
    values: dict[str, str | tuple[str, ...]] = {}
    for key_node, value_node in item.value:
        key = str(key_node.value)
        value = _field(key, key_node, value_node, path, diagnostics)
        if value is not None:
            values[key] = value
    name = values.pop("name", None)
    if not isinstance(name, str) or not name.strip():
        diagnostics.append(Diagnostic(path, _line(item), "a speaker without 'name'; entry ignored"))
        return None
    lists = {k: v for k, v in values.items() if isinstance(v, tuple)}
    texts = {k: v for k, v in values.items() if isinstance(v, str)}
    return SpeakerEntry(
        name=clean_text(name),
        aliases=tuple(clean_text(a) for a in lists.get("aliases", ())),
        links=lists.get("links", ()),
        distinct=tuple(clean_text(a) for a in lists.get("distinct", ())),
        id=texts.get("id") or None,
        photo=texts.get("photo") or None,
        affiliation=texts.get("affiliation") or None,
        bio=texts.get("bio") or None,
        path=path,
        line=_line(item),
        sort=texts.get("sort") or None,
    )


def _field(
    key: str,
    key_node: yaml.Node,
    value_node: yaml.Node,
    path: str,
    diagnostics: list[Diagnostic],
) -> str | tuple[str, ...] | None:
    """The value of one field of an entry, or ``None`` when it is left out (and why, in
    ``diagnostics``): an unknown field, a value of the wrong shape, a link that is not
    http(s) or mailto, an id that is not a page name."""
    if key not in _FIELDS:
        known = ", ".join(sorted(_FIELDS))
        diagnostics.append(
            Diagnostic(path, _line(key_node), f"unknown field '{key}' (known: {known})")
        )
        return None
    value = _strings(value_node, many=key in _LISTS)
    if value is None:
        expected = "a list of texts" if key in _LISTS else "a text"
        diagnostics.append(
            Diagnostic(path, _line(value_node), f"'{key}' must be {expected}; ignored")
        )
        return None
    if key in _LINKS:
        return _safe_value(value, value_node, f"'{key}'", path, diagnostics)
    if key == "id" and value and not _ID.fullmatch(str(value)):
        diagnostics.append(
            Diagnostic(
                path,
                _line(value_node),
                f"'id' must be letters, digits, '-', '_' and '.', not '{value}'; ignored",
            )
        )
        return None
    return value


def _safe_value(
    value: str | tuple[str, ...],
    node: yaml.Node,
    field: str,
    path: str,
    diagnostics: list[Diagnostic],
) -> str | tuple[str, ...] | None:
    """A link field without the links that are not http(s) or mailto (each one said)."""
    nodes = node.value if isinstance(node, yaml.SequenceNode) else [node]
    diagnostics += [
        Diagnostic(path, _line(n), dropped(str(n.value).strip(), field))
        for n in nodes
        if not is_safe_link(str(n.value).strip())
    ]
    if isinstance(value, tuple):
        return safe_links(value)
    return value if is_safe_link(value) else None


def _strings(node: yaml.Node, *, many: bool) -> str | tuple[str, ...] | None:
    if isinstance(node, yaml.ScalarNode):
        text = str(node.value).strip()
        return (text,) if many else text
    if (
        many
        and isinstance(node, yaml.SequenceNode)
        and all(isinstance(n, yaml.ScalarNode) for n in node.value)
    ):
        return tuple(str(n.value).strip() for n in node.value if str(n.value).strip())
    return None
