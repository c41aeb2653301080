"""Which of a page's items name their speakers first (``Ann Lee - Title``, ``Ann Lee on
Title``, ``Ann Lee, Title [Talk]``): chosen for the page's list as a whole, where most of its
items read so, since one line alone reads either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .beside import LISTED as _LISTED
from .body import Reader
from .fields import Fields, People
from .names import name_key
from .profiles import is_profile_url
from .weighing import Weighing

if TYPE_CHECKING:
    from .inline import Inline
    from .model import Party
    from .unit import Unit

_SPOKEN_ON_ITEMS = 3
"""How many items of a list read ``Ann Lee on Title`` for it to be read so."""


def _names_told(title: str, inline: Inline, people: People) -> bool:
    """Whether the names side of a line that reads both ways tells itself a name's: it gives
    where its people work (``Jonas Weber (KIT) - Verifizierte Compiler``), or the title has
    more words than each name (``Ann Lee - Stream Fusion Revisited``; a title is often
    longer than a name, two words against two tell nothing: ``Machine Learning - Dev
    Patel``)."""
    speakers, orgs = people
    words = len(inline.visible(title).split())
    return bool(orgs) or all(words > len(p.name.split()) for p in speakers)


def _as_long(title: str, inline: Inline, speakers: tuple[Party, ...]) -> bool:
    """Whether the title read after names has as many words as each of them."""
    words = len(inline.visible(title).split())
    return all(words == len(p.name.split()) for p in speakers)


def _most_first(items: list[Fields]) -> bool:
    """Whether most items that name their speakers put them first: linked (beside items
    that link theirs after the title), or in lines that read one way only
    (:func:`_plain_first`)."""
    first = sum(1 for f in items if f.speaker_first)
    linked_after = sum(1 for f in items if not f.speaker_first and any(p.url for p in f.speakers))
    return (first >= 2 and first > linked_after) or _plain_first(items)


def _plain_first(items: list[Fields]) -> bool:
    """Whether most items that name their speakers do so first in lines that read one way
    only ("Bo Lind - Parsers by Hand" reads both ways). Lines cut at a colon only (``Ann
    Lee: Title``) must be most of the items: a title's own colon is common (``Superspecial
    Cryptography: Isogenies``, two of six in a list that names no one)."""
    plain = [f for f in items if names_only_first(f)]
    after = _named_after(items)
    if all(f.names_colon for f in plain) and len(plain) * 2 <= len(items):
        return False
    return len(plain) >= 2 and len(plain) > after


def _named_after(items: list[Fields]) -> int:
    """How many items name their speakers after the title, in lines that read one way only."""
    return sum(1 for f in items if not f.speaker_first and f.speakers and not f.names_then_title)


def _one_first(items: list[Fields]) -> bool:
    """Whether one line reads speaker first only (``Ann Lee - Sparse Sensors in
    Estuaries``) where the others that name their speakers read both ways (``Bo Lind -
    Tidal Energy Forecasts``, ``Graph Theory - Ana Maria Reis``) and none names them after
    the title: the list says nothing of their order. The one line's title must be of a
    talk's length (``Realtime Dashboards - ClickHouse`` names a product)."""
    plain = [f for f in items if names_only_first(f) and not f.names_colon]
    if len(plain) != 1 or _named_after(items) or not any(f.names_either_way for f in items):
        return False
    kept = plain[0].names_then_title
    assert kept is not None
    return len(kept.inline.visible(kept.title).split()) >= _TALK_TITLE_WORDS  # not "ClickHouse"


def names_only_first(fields: Fields) -> bool:
    """Whether a line names its speakers only when read speaker first (``Bo Lind - Title``:
    read title first, it names no one)."""
    return (
        fields.names_then_title is not None and not fields.names_either_way and not fields.speakers
    )


def _unlinked_or_profiles(fields: Fields) -> bool:
    """Whether the speakers read first are named without a link, or with their profiles
    (``[Learn Improv](site) - Comedy structures`` names a site)."""
    kept = fields.names_then_title
    return kept is not None and all(not p.url or is_profile_url(p.url) for p in kept.people[0])


def _dash_orgs(reader: Reader, items: list[Fields]) -> None:
    """Where as many items name a speaker and where she works (``[Title](…) - Ann Lee
    (Acme)``) as read ``[Title](…) - Bo Lind (Blue Harbor)`` with the two words in
    parentheses as a name, those name Bo Lind of Blue Harbor too."""
    kept = [f for f in items if f.dash_org is not None]
    if kept and sum(1 for f in items if f.organizations and not f.in_parentheses) >= len(kept):
        for fields in kept:
            reader.take_dash_org(fields)


_TALK_TITLE_WORDS = 4
"""The fewest words of a title of a talk's length (``Flask Basics on Windows`` names a platform)."""


def _talk_titled(fields: Fields) -> bool:
    """Whether a line kept as ``Ann Lee on Title`` gives a talk's title, capitalised and of a
    talk's length, under an event it names or a day (``- [35th Meetup](…)`` over it: not
    ``Grilled Salmon on [a bed of lemon rice](…)``, nor a product's ``Apache Spark on Amazon
    EMR Serverless deep dive``)."""
    kept = fields.spoken_on
    words = kept.inline.visible(kept.title).split() if kept is not None else []
    given = bool({"event", "dated"} & fields.evidence)
    return given and len(words) >= _TALK_TITLE_WORDS and words[0][:1].isupper()


class SpeakersFirst(Weighing):
    """Chooses how a page's items name their speakers (the finder of its talks is one)."""

    def speakers_first(self, units: list[Unit], forms: tuple[str, ...] = _LISTED) -> None:
        """Where most list items that name their speakers put them first (``[Ann Lee](profile)
        - Title``, or ``Bo Lind - Title`` that reads no other way), every item ``Cy Park -
        Title`` does too; one whose title could be a name (``Cy Park - Template Haskell``)
        only when the page names Cy Park as a speaker elsewhere, or the names side tells
        itself a name's (:func:`_names_told`: ``Ann Lee - Stream Fusion Revisited``, not
        ``Machine Learning - Dev Patel``). Where most name them after
        the title, a line that names no one so (``Di Ray - Designing Large Apps``) still
        names its speaker first."""
        items = [u.fields for u in units if u.form in forms]
        _dash_orgs(self.reader, items)
        self._spoken_on(items)
        kinds = [f for f in items if f.named_kind is not None and not f.speakers]
        for fields in kinds if len(kinds) >= _SPOKEN_ON_ITEMS else ():
            self.reader.take_named_kind(fields)  # "Ann Lee, Title [Talk]", three or more
        one = _one_first(items)
        if not (one or _most_first(items)):
            self._first_where_no_other(items)
            return
        listed = forms == _LISTED
        for fields in items:
            if not fields.names_either_way and self._may_take(fields, listed=listed):
                self.reader.take_names_then_title(fields)
        self._either_way(items, units, told=not one)

    def _either_way(self, items: list[Fields], units: list[Unit], *, told: bool) -> None:
        """In a list that names its speakers first, the lines whose sides both read as names:
        read so where the page names the person elsewhere or (``told``: most lines read so)
        the names side tells itself a name's; left as written where the sides have as many
        words, or where one line alone reads so (:func:`_one_first`) and the page names no
        such person elsewhere."""
        known = {
            name_key(p.name)
            for u in units
            if not u.fields.names_either_way
            for p in u.fields.speakers
        }
        for fields in items:
            kept = fields.names_then_title
            if not fields.names_either_way or kept is None:
                continue
            if all(name_key(p.name) in known for p in kept.people[0]) or (
                told and _names_told(*kept)
            ):
                self.reader.take_names_then_title(fields)
            elif not told or _as_long(kept.title, kept.inline, kept.people[0]):
                fields.order_doubted = True  # "Pablo Ruiz - Django Ninja": either may be a name

    def _may_take(self, fields: Fields, *, listed: bool = True) -> bool:
        """Whether a kept speaker-first reading may be taken: one cut at a colon only where
        the page says talks (:attr:`~mkdocs_roundup.fields.Fields.names_colon`), and a plain
        ``Ann Lee: Title`` only in a list (``## Harbor Calcite: A Framework`` is a title)."""
        if not fields.names_colon:
            return True
        if fields.names_colon == "said" and not listed:
            return False
        return self.page_says_talks(given=fields.names_colon == "dated")

    def _spoken_on(self, items: list[Fields]) -> None:
        """Where three items or more read ``Ann Lee on Title`` (and name no one else), two
        at least showing it (:meth:`~mkdocs_roundup.spoken_on.SpokenOnReader.shows_spoken_on`)
        and one linking its speaker's profile (``Flask Basics on [Windows](video)`` is a
        title), each of them names its speakers first."""
        kept = [f for f in items if f.spoken_on is not None and not f.speakers]
        shown = sum(1 for f in kept if self.reader.shows_spoken_on(f))
        profiled = any(self.reader.profiled_on(f) for f in kept)
        # or titles of a talk's length, most of them ("Ann Lee on Image Recognition with
        # TensorFlow"; "Flask Basics on Windows" names a platform)
        long = sum(1 for f in kept if _talk_titled(f))
        if len(kept) >= _SPOKEN_ON_ITEMS and shown >= 2 and (profiled or long * 3 >= len(kept) * 2):
            for fields in kept:
                self.reader.take_spoken_on(fields)

    def _first_where_no_other(self, items: list[Fields]) -> None:
        """In a list that names its speakers, most of them after the title, the lines that
        name no one that way name theirs first."""
        named = sum(1 for f in items if f.speaker_first or (f.speakers and not f.names_then_title))
        if named < 2:
            return
        for fields in items:
            if (
                names_only_first(fields)
                and _unlinked_or_profiles(fields)
                and self._may_take(fields)
            ):
                self.reader.take_names_then_title(fields)
