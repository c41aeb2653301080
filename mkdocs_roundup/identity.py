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
    return _NOT_WORD.sub("-", name_key(name)).strip("-_") or "speaker"


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


def _name_node(name: str) -> str:
    return "n:" + name_key(name)


def _link_node(url: str) -> str:
    return "u:" + link_key(url)


class Directory:
    """Every person found, and which person a name or a link belongs to."""

    def __init__(self, people: Iterable[Person], lookup: dict[str, str]) -> None:
        self.people: tuple[Person, ...] = tuple(people)
        self._by_id = {p.id: p for p in self.people}
        self._lookup = lookup

    def __len__(self) -> int:
        return len(self.people)

    def __iter__(self) -> Iterator[Person]:
        return iter(self.people)

    def get(self, person_id: str) -> Person | None:
        return self._by_id.get(person_id)

    def id_of(self, party: Party) -> str | None:
        """The id of the person a talk names (by link first, then by name)."""
        if party.url:
            found = self._lookup.get(_link_node(party.url))
            if found:
                return found
        return self._lookup.get(_name_node(party.name))

    def find(self, text: str) -> Person | None:
        """A person by id, by any name of theirs, or by one of their links."""
        if text in self._by_id:
            return self._by_id[text]
        for node in (_name_node(text), _link_node(text) if "/" in text or ":" in text else None):
            found = self._lookup.get(node) if node else None
            if found:
                return self._by_id[found]
        return None


@dataclass(frozen=True, slots=True)
class Resolution:
    directory: Directory
    diagnostics: tuple[Diagnostic, ...]
    distinct: frozenset[frozenset[str]] = frozenset()
    """Pairs of person ids the speakers file declares distinct."""
    unmatched: tuple[SpeakerEntry, ...] = ()
    """Entries of the speakers file that match no talk (yet)."""


def resolve(mentions: Sequence[Mention], entries: Sequence[SpeakerEntry] = ()) -> Resolution:
    """Group mentions into people, following links, names and the speakers file."""
    groups = _Groups()
    diagnostics: list[Diagnostic] = []
    claimed: dict[str, int] = {}
    for index, entry in enumerate(entries):
        node = f"e:{index:09d}"
        keys = [_name_node(n) for n in (entry.name, *entry.aliases)] + [
            _link_node(u) for u in entry.links
        ]
        for key in keys:
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
    for mention in mentions:
        name = _name_node(mention.name)
        groups.find(name)
        if mention.url:
            groups.union(name, _link_node(mention.url))

    members: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        members[groups.find(_name_node(mention.name))].append(mention)
    owners: dict[str, list[int]] = defaultdict(list)
    for index in range(len(entries)):
        owners[groups.find(f"e:{index:09d}")].append(index)

    drafts: list[tuple[str, str, Person]] = []
    for root, found in members.items():
        chosen = [entries[i] for i in owners.get(root, [])]
        if len(chosen) > 1:
            names = ", ".join(f"'{e.name}' (line {e.line})" for e in chosen[1:])
            diagnostics.append(
                Diagnostic(
                    chosen[0].path,
                    chosen[0].line,
                    f"entry '{chosen[0].name}' names the same person as {names}; the first one is used",
                )
            )
        drafts.append(
            (root, chosen[0].id if chosen and chosen[0].id else "", _person(found, chosen))
        )
    unmatched = tuple(entries[i[0]] for root, i in owners.items() if root not in members)

    people, lookup = _assign_ids(drafts, groups)
    directory = Directory(people, lookup)
    distinct: set[frozenset[str]] = set()
    for entry in entries:
        own = directory.find(entry.name)
        for name in entry.distinct:
            unlike = directory.find(name)
            if own and unlike and own.id != unlike.id:
                distinct.add(frozenset({own.id, unlike.id}))
    return Resolution(directory, tuple(diagnostics), frozenset(distinct), unmatched)


def _person(mentions: list[Mention], entries: list[SpeakerEntry]) -> Person:
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
        forms = links.setdefault(link_key(url), {})
        forms[url] = forms.get(url, 0) + 1_000_000
    for mention in mentions:
        if mention.url:
            forms = links.setdefault(link_key(mention.url), {})
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
    drafts: list[tuple[str, str, Person]], groups: _Groups
) -> tuple[list[Person], dict[str, str]]:
    """Ids from names, stable across builds: ties broken by where each person first appears."""

    def order(draft: tuple[str, str, Person]) -> tuple[str, str, str, int]:
        _, fixed, person = draft
        first = min(person.mentions, key=lambda m: (m.path, m.line))
        return (fixed or slug(person.name), name_key(person.name), first.path, first.line)

    used: set[str] = {fixed for _, fixed, _ in drafts if fixed}
    by_root: dict[str, str] = {}
    people: list[Person] = []
    for root, fixed, person in sorted(drafts, key=order):
        person_id = fixed
        if not person_id:
            base = person_id = slug(person.name)
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
        for mention in sorted(person.mentions, key=lambda m: (m.path, m.line)):
            spellings.setdefault(name_key(mention.name), (person.id, mention))
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
    diagnostics: list[Diagnostic] = []

    def line(node: yaml.Node) -> int:
        return int(node.start_mark.line) + 1

    if not isinstance(root, yaml.SequenceNode):
        raise SpeakersFileError(f"{path}:{line(root)}: expected a list of speakers (- name: …)")
    entries: list[SpeakerEntry] = []
    for item in root.value:
        if not isinstance(item, yaml.MappingNode):
            diagnostics.append(
                Diagnostic(path, line(item), "expected a speaker (name: …); entry ignored")
            )
            continue
        values: dict[str, str | tuple[str, ...]] = {}
        for key_node, value_node in item.value:
            key = str(key_node.value)
            if key not in _FIELDS:
                known = ", ".join(sorted(_FIELDS))
                diagnostics.append(
                    Diagnostic(path, line(key_node), f"unknown field '{key}' (known: {known})")
                )
                continue
            value = _strings(value_node, many=key in _LISTS)
            if value is None:
                expected = "a list of texts" if key in _LISTS else "a text"
                diagnostics.append(
                    Diagnostic(path, line(value_node), f"'{key}' must be {expected}; ignored")
                )
                continue
            if key in _LINKS:
                nodes = (
                    value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
                )
                diagnostics += [
                    Diagnostic(path, line(node), dropped(str(node.value).strip(), f"'{key}'"))
                    for node in nodes
                    if not is_safe_link(str(node.value).strip())
                ]
                value = safe_links(value) if isinstance(value, tuple) else value
                if isinstance(value, str) and not is_safe_link(value):
                    continue
            if key == "id" and value and not _ID.fullmatch(str(value)):
                diagnostics.append(
                    Diagnostic(
                        path,
                        line(value_node),
                        f"'id' must be letters, digits, '-', '_' and '.', not '{value}'; ignored",
                    )
                )
                continue
            values[key] = value
        name = values.pop("name", None)
        if not isinstance(name, str) or not name.strip():
            diagnostics.append(
                Diagnostic(path, line(item), "a speaker without 'name'; entry ignored")
            )
            continue
        lists = {k: v for k, v in values.items() if isinstance(v, tuple)}
        texts = {k: v for k, v in values.items() if isinstance(v, str)}
        entries.append(
            SpeakerEntry(
                name=clean_text(name),
                aliases=tuple(clean_text(a) for a in lists.get("aliases", ())),
                links=lists.get("links", ()),
                distinct=tuple(clean_text(a) for a in lists.get("distinct", ())),
                id=texts.get("id") or None,
                photo=texts.get("photo") or None,
                affiliation=texts.get("affiliation") or None,
                bio=texts.get("bio") or None,
                path=path,
                line=line(item),
                sort=texts.get("sort") or None,
            )
        )
    return entries, diagnostics


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
