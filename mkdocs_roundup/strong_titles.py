"""A talk's line that opens with its title in bold (``**Title** - Ann Lee``, ``**Title**
(Ann Lee, remote) [[slides](…)]``): the strong words are the title, what follows them its
people, or the event it was given at.
"""

from __future__ import annotations

import re

from .at_events import EventReader
from .bylines import BY_PREFIX, ONE_SLOT, one_word_speakers
from .fields import Fields
from .inline import Inline, Link
from .labels import GIVEN, LEADING_DATE, YEAR
from .names import clean_text, named_in_full

_IN_PARENTHESES = re.compile(r"\((?P<names>[^()\x00]+)\)")
"""What follows a strong title, wholly in parentheses: its speakers (``(Ann Lee)``)."""
_HOW_GIVEN = re.compile(rf",\s*(?:{'|'.join(GIVEN)})$", re.I)
"""How a speaker gives the talk, after the name (``(Ann Lee, remote)``)."""


class StrongTitleReader(EventReader):
    """Reads a line that opens with its strong title."""

    def link_title(self, link: Link, fields: Fields) -> None:
        """A line that is one link: its text is the title (read by the title reader)."""
        raise NotImplementedError

    def strong_lead(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``**Title** - Ann Lee`` or ``**Title** - Harbor Conf, Lucerne CH``: the strong
        words are the title; after them, only full names are people (an event, a place
        is neither). Followed by a link to a deck or a player alone, they are the event."""
        lead = inline.strong[0] if inline.strong else ""
        stripped = text.lstrip()
        if not lead or not stripped.startswith(lead) or len(stripped) == len(lead):
            return False
        if LEADING_DATE.match(f"{lead} "):
            return False  # "**2018:** Title, Event": when, not the title
        rest = stripped[len(lead) :].strip(" \t-–—:|,")
        if stripped[len(lead) :].lstrip().startswith(":") and self.names_lead(lead, rest, fields):
            return True  # "**Ann Lee**: Title"
        slot = ONE_SLOT.fullmatch(rest)
        link = inline.links[int(slot[1])] if slot else None
        if link and self.player_piece(link, files=True):
            self.link_title(link, fields)  # "**PyCon US** - [Title](deck)": where, then what
            return True
        fields.title = clean_text(lead).strip(" -–—:|")
        in_parentheses = _IN_PARENTHESES.fullmatch(rest)
        if in_parentheses:  # "**Title** (Ann Lee, remote)"
            self._people_in_parentheses(lead, in_parentheses["names"], inline, fields)
        elif rest:
            self._people_after_strong(rest, inline, fields)
        return True

    def _people_after_strong(self, rest: str, inline: Inline, fields: Fields) -> None:
        """The people after a strong title: names in full (``— Ann Lee``, ``— Ann Lee,
        Harbor Conf 2023``), or any names after ``by``."""
        named = self.only_names(rest, inline)
        name, _, where = rest.partition(",")
        if not named and YEAR.search(where):  # "**Title** — Ann Lee, Harbor Conf 2023"
            named = self.only_names(name, inline)
        if named:
            if all(named_in_full(p) for p in named[0]):
                fields.add_people(*named)
            return
        by = BY_PREFIX.match(rest)
        named = self.only_names(rest[by.end() :], inline, speaking=True) if by else None
        if named:
            fields.add_people(*named)

    def _people_in_parentheses(self, lead: str, names: str, inline: Inline, fields: Fields) -> None:
        """``**Title** (Ann Lee, remote)``: the speakers in parentheses after a strong title,
        named in full; one-word names (``(Ann)``, ``(Bo/Cy)``) are kept for the page to
        choose (they are names where other talks of the page name theirs so in full)."""
        names = _HOW_GIVEN.sub("", names)
        named = self.only_names(names, inline)
        if named and all(named_in_full(p) for p in named[0]):
            fields.add_people(*named)
            fields.in_parentheses = True
            return
        every = self.column_people(names.replace("/", ", "), inline)
        if one_word_speakers(every):
            fields.one_word_names = (lead, inline, every)
