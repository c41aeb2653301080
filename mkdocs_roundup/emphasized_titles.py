"""A line whose title is set in emphasis after where and when it was given (``Harbor Days
2031: *Title*``, ``WJUG 316 [03.09] _Title_``).
"""

from __future__ import annotations

import re

from .at_events import names_place_of_talk
from .byline_cut import WITH_WORDS
from .bylines import PARENTHESES
from .fields import Fields, People
from .inline import SLOT, Inline
from .labels import LANGUAGES, YEAR
from .named_lines import NamedLineReader
from .names import clean_text, named_in_full
from .patterns import lazy
from .talk_kinds import KIND_WORDS

_LINK_SYMBOLS = frozenset({"🔗", ":link:"})
"""A link symbol alone as a link's text: after a talk's title in emphasis, its material."""

_BOLD_WHERE_WORDS = 3
"""The most words in bold that may say where without an event's word (``**Lumen Data
Days**:``; more read as a title, ``**Designing APIs That Last**:``)."""

_GIVEN_WITH = lazy(rf"\(\s*(?:{WITH_WORDS})\s+(?P<names>[^()\x00]+)\)", re.I)
"""The people a talk was given with, in parentheses (``(with Bo Lind)``, ``(con Ana y
Luis Paz)``)."""

_BRACKET_DATE = lazy(r"\[\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\]")
"""A day and month in brackets (``[03.09]``), as a speaker's list dates each line."""

_WHERE_WORDS = 8
"""The most words that say where and when before a title in emphasis."""


class EmphasizedTitleReader(NamedLineReader):
    """Reads a line whose title is the one run of emphasis in it."""

    def emphasized_title(
        self, text: str, inline: Inline, fields: Fields, *, series: bool = False
    ) -> bool:
        """``WJUG 316 [03.09] _Title_ [🔗](…)``, ``Harbor Days 2031: *Title*``: where and
        when, ending with a day in brackets, a colon or a dash, then the title in emphasis, the one
        of the line, then links alone (one marked by a link symbol alone, ``[🔗](…)``, is
        its material) or the people it was given with (``(with Bo Lind)``); the title is
        the emphasized words, the words before where it was given (no one): said so by a
        date, a year or an event's words, or set in bold before a colon (``**Lumen**:
        *Title*``, the marks set where and what apart). ``series``: the bold words open
        other talks' lines too (:mod:`~mkdocs_roundup.series_leads`), so they are where, and
        the emphasized words are the title even where they read as a name."""
        before, emphasis, after = inline.lone_emphasis(text) or ("", "", "")
        first = next((c for c in emphasis[:3] if c.isalnum()), "")  # "*#Hashtag: …*"
        if len(emphasis.split()) < 2 or not (first.isupper() or first.isdigit()):
            return False  # "*in Norwegian*", "*with Bo Lind*": a remark, no title
        if emphasis.casefold().removeprefix("in ").strip(" .") in LANGUAGES:
            return False  # "*In Spanish*": the language it was given in
        named = self._given_with(after, inline)
        if "\x00" in before or named is None:
            return False
        if not before.rstrip().endswith(("]", ":", "：", "-", "–", "—")):
            return False  # "Title at Harbor Days 2031 *Best Talk*": the remark follows a title
        if series:
            return self._series_title(before, emphasis, named, inline, fields)
        if self.only_names(emphasis, inline):
            return False  # "Harbor JUG [21.06] _Ann Lee_": who, no title
        said = self._says_where(before, inline, joined=bool(named[0]))
        if not said:
            return False
        self._emphasized(emphasis, named, fields, event=said == "said")
        for n in SLOT.findall(after):  # "[🔗](…)": the one link to the talk, its material
            link = inline.links[int(n)]
            if link.text.strip() in _LINK_SYMBOLS and (piece := self.link_piece(link, "slides")):
                fields.media.append(piece)
                fields.evidence.add("media")
        return True

    def _says_where(self, before: str, inline: Inline, *, joined: bool) -> str:
        """How the words before an emphasized title only say where and when: ``"said"`` by
        a date, a year or an event's words, ``"bold"`` by bold words alone
        (:meth:`_strong_where`: no evidence of a talk by themselves, ``**Note**: *Room
        Changed*``), few and in one part; ``""`` where they say more (``Title, Harbor Days
        2031 *…*``, ``Ann Lee, May 2031: *…*``)."""
        where = before.strip(" :-–—,")
        if len(where.split()) > _WHERE_WORDS or "," in where:
            return ""
        place = PARENTHESES.sub("", where)  # "Ann Lee (Rencontres R)": hers, not where
        if _BRACKET_DATE.search(where) or YEAR.search(where) or names_place_of_talk(place):
            return "said"
        return "bold" if self._strong_where(where, before, inline, joined=joined) else ""

    def _series_title(
        self, before: str, emphasis: str, named: People, inline: Inline, fields: Fields
    ) -> bool:
        """The emphasized title after a series' bold name (:mod:`~mkdocs_roundup.
        series_leads`), even words that read as a name; not someone named in full (``**Rust
        Meetup**: *Bo Lind*``: who spoke there, no title)."""
        if not before.startswith(inline.strong[0] if inline.strong else "\x00"):
            return False
        person = None if named[0] else self.only_names(emphasis, inline)
        if person and all(map(named_in_full, person[0])):
            return False  # (but "*Open Data* (with Bo Lind)": a title, given with her)
        return self._emphasized(emphasis, named, fields)

    def _given_with(self, after: str, inline: Inline) -> People | None:
        """The people named in full in parentheses after a title, who it was given with
        (``(with Bo Lind)``); none (empty) where only links follow it; ``None`` where
        other words do."""
        words = SLOT.sub("", after).strip(" .")
        joined = _GIVEN_WITH.fullmatch(words) if "(" in words else None
        named = self.only_names(joined["names"], inline) if joined else None
        if named and not named[1] and all(map(named_in_full, named[0])):
            return named
        return None if any(c.isalnum() for c in words) else ((), ())

    def _emphasized(
        self, title: str, named: People | None, fields: Fields, *, event: bool = True
    ) -> bool:
        """Take an emphasized title, given where a line says (``event``: by an event's
        words, a year or a day, evidence of a talk), and who it was given with."""
        fields.title = clean_text(title)
        fields.title_marked = True
        if event:
            fields.evidence.add("event")
        if named:
            fields.add_people(*named)
        return True

    def _strong_where(self, where: str, before: str, inline: Inline, *, joined: bool) -> bool:
        """Whether the words before an emphasized title are wholly in bold, then a colon,
        and name no one in full, no kind and no label (``**Lumen**: *Title*``; not ``**Ann
        Lee**:``, the speaker, ``**Keynote**:``, ``**Recording**:``), in three words or
        fewer, or more where the title is followed by who it was given with (``joined``)."""
        strong = clean_text(inline.strong[0]) if len(inline.strong) == 1 else ""
        if not strong or strong != clean_text(where) or not before.rstrip().endswith(":"):
            return False
        if (len(strong.split()) > _BOLD_WHERE_WORDS and not joined) or self.label(f"{strong}: "):
            return False  # "**The Road to Async Rust**: *…*": a title; "**Recording**:", a label
        named = self.only_names(strong, inline)
        person = named is not None and all(map(named_in_full, named[0]))
        return strong.casefold() not in KIND_WORDS and not person
