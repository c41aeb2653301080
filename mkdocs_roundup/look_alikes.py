"""Look-alike names: people kept apart whose names are probably one person's.

:func:`likely_duplicates` points at names that were *not* grouped by
:func:`mkdocs_roundup.identity.resolve` but probably should be (``Ousmane`` / ``Ousmane
Diarra``, ``Dahn`` / ``Daan Hoogland``), with both places, so the owner can add an alias or
declare the two distinct. Found without comparing all pairs (see :class:`_LookAlikes`).

Nothing here imports MkDocs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .identity import Directory, Mention, _place
from .identity_keys import Groups
from .model import Diagnostic
from .names import clean_text

_LONG = 16
"""From this length on, two edits in a name are still a typo (in both names); below it, one:
"Dahn" / "Daan" is a typo, "Chiara Sonova" / "Chiara Alnova" are two people."""


WINDOW = 12
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
    have the same deletion there (an index of every name's deletions, one per place), so no
    distance is computed. Long names, two edits apart, are found in blocks by word, each
    searched by rapidfuzz's C++ loop (a large block by neighbours, see :data:`WINDOW`).
    People already grouped are not compared again.

    The index holds a deletion's one name as a plain string, and a list only for the
    deletions names share: most deletions are one name's alone, and a list per deletion
    (five containers a name) made the garbage collector's passes grow with the site. On
    one page of 2,000 speakers named ``Person N<i> Ex``, all one edit from others, this
    takes a few hundredths of a second, where comparing the pairs of blocks took 15 s
    (``benchmarks/lookalikes.py``).
    """

    def __init__(
        self,
        owners: dict[str, str],
        firsts: dict[str, Mention],
        distinct: frozenset[frozenset[str]],
    ) -> None:
        self.owners = owners
        """By name key: the id of the person written so."""
        self.firsts = firsts
        """By name key: the first place it is written."""
        self.distinct = distinct
        self.groups = Groups()
        self.shown: dict[str, str] = {}
        """By person id: the spelling that first looked like someone else's."""

    def join(self, a: str, b: str) -> bool:
        """Group the people of spellings ``a`` and ``b``; ``False`` when they are declared
        distinct."""
        ida, idb = self.owners[a], self.owners[b]
        if ida == idb:
            return True
        if self.distinct and frozenset((ida, idb)) in self.distinct:
            return False
        self.shown.setdefault(ida, a)
        self.shown.setdefault(idb, b)
        self.groups.union(ida, idb)
        return True

    def search(self) -> None:
        places: list[dict[str, str | list[str]]] = []
        for key in self.owners:
            self._leading_parts(key)
            places += [{} for _ in range(len(key) - len(places))]
            self._one_edit(key, places)
        self._two_edits()

    def _leading_parts(self, key: str) -> None:
        """Join a name with its leading words: "Ousmane" / "Ousmane Diarra"."""
        space = key.find(" ")
        while space > 0:
            if key[:space] in self.owners:
                self.join(key[:space], key)
            space = key.find(" ", space + 1)

    def _one_edit(self, key: str, places: list[dict[str, str | list[str]]]) -> None:
        """Join a name with the names one edit from it seen before (``places``: by place, the
        names of each deletion)."""
        owners = self.owners
        for at, index in enumerate(places[: len(key)]):
            shorter = key[:at] + key[at + 1 :]
            if shorter in owners:  # one letter more: "Daan" / "Daaan"
                self.join(shorter, key)
            same = index.get(shorter)
            if same is None:
                index[shorter] = key
                continue
            if isinstance(same, str):
                same = index[shorter] = [same]
            # One letter different at the same place ("Daan" / "Dahn"): every name of the
            # list is; one of them joined is enough, unless declared distinct.
            for other in same:
                if self.join(other, key):
                    break
            same.append(key)

    def _two_edits(self) -> None:
        """Join long names two edits apart, block by block (see :func:`_word_blocks`)."""
        owners = self.owners
        blocks: dict[str, list[str]] = defaultdict(list)
        for key in owners:
            if len(key) >= _LONG:
                for block in _word_blocks(key):
                    blocks[block].append(key)
        find = self.groups.find
        for members in blocks.values():
            # A small block: every pair. A large one (many long names sharing a word): each
            # name with its nearest neighbours in the order of the names, then of the names
            # read backwards (a typo leaves the start or the end of a word in place).
            small = len(members) <= WINDOW
            orders = [members] if small else [sorted(members), sorted(members, key=_backwards)]
            for order in orders:
                for i, a in enumerate(order[:-1]):
                    near = order[i + 1 :] if small else order[i + 1 : i + 1 + WINDOW]
                    group = find(owners[a])
                    for b, _, _ in process.extract(
                        a, near, scorer=Levenshtein.distance, score_cutoff=2, limit=None
                    ):
                        if find(owners[b]) != group and self.join(a, b):
                            group = find(group)

    def found(self) -> list[tuple[Mention, ...]]:
        """Each group: a spelling of each person, at its first place, in page order."""
        members: dict[str, list[Mention]] = defaultdict(list)
        for person_id, key in self.shown.items():
            members[self.groups.find(person_id)].append(self.firsts[key])
        groups = [tuple(sorted(m, key=_place)) for m in members.values()]
        return sorted(groups, key=lambda g: [_place(m) for m in g])


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
    owners: dict[str, str] = {}  # name key -> person id
    firsts: dict[str, Mention] = {}  # name key -> its first place
    for person in directory:
        mentions = person.mentions
        for mention in mentions if len(mentions) == 1 else sorted(mentions, key=_place):
            key = directory.fold(mention.name)
            if key not in owners:
                owners[key] = person.id
                firsts[key] = mention
    search = _LookAlikes(owners, firsts, distinct)
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
