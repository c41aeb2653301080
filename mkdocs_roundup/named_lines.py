"""A talk's line that names its people in a set form beside its title: cited as a paper
(``**Lind K**, Moor P. Title. Venue, 2019``), a name then a colon and the linked title
(``Ann Lee: [Title](…)``), a linked title then the names (``[Title](…). Ann Lee, Bo
Lind.``), the names then a strong title (``Ann Lee **Title**``).
"""

from __future__ import annotations

import re

from .at_events import names_event, names_place_of_talk
from .fields import Fields, People
from .inline import SLOT, Inline, Link
from .labels import YEAR
from .link_targets import says_talk
from .media import presented_role
from .model import Party
from .names import CJK_CHAR, clean_text, is_role, looks_like_name, named_in_full
from .patterns import lazy
from .spoken_on import SpokenOnReader
from .topic_lists import one_person_in_full

_TIME_SLOT = lazy(
    r"^\s*\(?\d{1,2}(?:[:.h]\d{2})?\s*(?:[-–—]|to)\s*\d{1,2}[:.h]\d{2}\)?\s*[-–—:|]?\s+"
    r"|^\s*\(?\d{1,2}[:.h]\d{2}\)?\s*[-–—:|]?\s+",
    re.I,
)
"""A schedule's time slot before a talk's line (``10:30-11:30``, ``9:30:``): when, not what."""
_NAMES_THEN_STRONG = lazy(r"(?P<names>[^\x00]+?)\s*[:\-–—]?\s*\x00(?P<n>\d+)\x00[\s.]*")
"""``Ann Lee [**Title**](…)``: names, then the talk's strong title link."""
_ABBREVIATED = lazy(r"(?:\b[A-Za-z]\.)+[A-Za-z]$|\b(?:Inc|Ltd|Co|Corp|etc|Jr|Sr|St|vs)$")
"""A link's text that ends with an abbreviation whose dot stands after the link
(``[… in the U.S](…).``, ``[… at Harbor Inc](…).``): the dot is the title's."""
_NAMED_LINK = lazy(r"\s*(?P<names>[^:\x00]{2,80}?)\s*:\s*\x00(?P<n>\d+)\x00(?P<tail>.*)")
"""``Name: [Title](…)``: a speaker, then the talk."""
_NAME_COMMA_LINK = lazy(r"\s*(?P<names>[^:,\x00]{2,60}?)\s*,\s*\x00(?P<n>\d+)\x00(?P<tail>.*)")
"""``Name, [Title](deck)``: one speaker, then the talk's title linked to its material."""
_TAIL_MARKS = " .,;:()[]|/-–—"
_ROLE_WORDS = 5
"""The most words of a role written in lower case (``Python developer at Acme``)."""
_ROLE_GLUE = frozenset({"at", "of", "for", "and", "in", "the", "&", "-", "–", "@"})


def _names_role(title: str, words: int) -> bool:
    """Whether a link's words name what someone does: a role in five words or fewer, or in
    more with each word in capitals but the glue (``Senior Developer Advocate at Northwind
    Cloud Europe``); a title may name one (``My journey as a Python plugin developer``)."""
    if not is_role(title):
        return False
    capitals = all(w[:1].isupper() or w.casefold() in _ROLE_GLUE for w in title.split())
    return words <= _ROLE_WORDS or capitals


_NAME_LIST = lazy(r",|&|\band\b")
_CITED_NAME = lazy(r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?\s[A-Z]{1,3}\.?")
"""A presenter as a citation names her: a surname and initials (``Lind K``, ``Smith JA.``)."""


_JOURNAL = lazy(
    r"\b(?:journal(?!\s+club)|letters|transactions|proceedings|review|magazine|press)\b", re.I
)
"""Where a paper, not a talk, is published (``Remote Sensing Letters``)."""
_VOLUME = lazy(r"\d+\s*\(\d+\)|;\s*\d+")
"""A journal's volume and issue (``2030;172(4)``): a paper's citation."""
_CITED_TALK = lazy(r"\b(?:talk|presentation|keynote|lecture|seminar|tutorial|poster)s?\b", re.I)
"""What a citation says it was, in its tail (``(Talk)``, ``([Talk](video))``, ``(Lightning Talk
and Poster)``): a talk, not a paper."""
_CJK_TITLE_LEAST = 3
"""The fewest Chinese or Japanese characters of a title written without blanks."""
_MEDIA_NAME_WORDS = 2
"""The most words of a link that names its media (``Video recording``)."""
_LINK_THEN_NAMES = lazy(r"\s*\x00(\d+)\x00\s*(?P<mark>[.:])\s+(?P<names>[^\x00]*[^\x00\s.])\.?\s*")
"""A linked title, a period or a colon, then its people (``[Title](paper.pdf). Ann Lee and
Bo Lind.``, ``[Title](session): Ann Lee, Bo Lind``)."""


class NamedLineReader(SpokenOnReader):
    """Reads a line whose people stand in a set form beside its title."""

    def _citation(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``**Lind K**, Moor P. Title. Venue, 2019 ([Talk](video))``: a talk cited as a paper
        is, its presenter in bold (a surname and initials), its title the sentence after the
        authors; co-authors, venue and year are no speaker, title or organization."""
        lead = inline.strong[0].strip() if inline.strong else ""
        stripped = text.lstrip()
        cited = _CITED_NAME.fullmatch(lead)
        if lead and not cited:
            return self._cited_in_full(stripped, lead, inline, fields)
        if not cited or not stripped.startswith(lead):
            return False
        after = stripped[len(lead) :]
        if not lead.endswith("."):
            if not after.startswith((".", ",")) or ". " not in after:
                return False
            after = after.split(". ", 1)[1]
        title = clean_text(inline.visible(after.split(". ", 1)[0]))
        if not title or "\x00" in after.split(". ", 1)[0]:
            return False
        fields.title = title
        fields.add_people([Party(lead.rstrip(". "))], [])
        self._cited_media(after, inline, fields)
        return True

    def _cited_in_full(self, text: str, lead: str, inline: Inline, fields: Fields) -> bool:
        """``**Ann Lee**, Bo Lind. Title. Harbor Symposium. May 2031. ([Talk](video))``: a
        talk cited as a paper, its presenter's full name in bold among its authors, the
        title the sentence after them, then where and when (a year); the co-authors are no
        speakers."""
        authors, dot, rest = text.partition(". ")
        names = [n.strip().rstrip("*†‡") for n in authors.split(",")]  # "Ann Lee*": co-first
        if not dot or lead not in names or not all(looks_like_name(n) for n in names):
            return False
        title, dot, after = rest.partition(". ")
        if not dot or "\x00" in title or not YEAR.search(after):
            return False
        said = self.talks_said or _CITED_TALK.search(inline.visible())
        paper = _JOURNAL.search(after) or _VOLUME.search(after)
        if not said or paper or len(title.split()) < 4:
            return False  # "**Ann Lee**, Bo Lind. Title. Journal of X. 2021.": a paper
        fields.title = clean_text(inline.visible(title))
        fields.add_people([Party(lead)], [])
        self._cited_media(after, inline, fields)
        return True

    def _cited_media(self, after: str, inline: Inline, fields: Fields) -> None:
        """A citation's links to its talk's recording or deck (``([Talk](video))``)."""
        for n in SLOT.findall(after):
            piece = self.player_piece(inline.links[int(n)])
            if piece is not None:
                fields.media.append(piece)
                fields.evidence.add("media")

    def _named_link(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``Name: [Title](…)``: a speaker, then the talk and its material; under a
        meeting's date, ``Name, [Title](deck)`` (:meth:`_named_deck`)."""
        if fields.untitled:
            return False
        named = _NAMED_LINK.fullmatch(text) if ":" in text else None
        by_comma = (  # "Ann Lee, [Title](deck)": under a meeting's date only
            named is None
            and self.meeting_dated
            and (named := _NAME_COMMA_LINK.fullmatch(text)) is not None
        )
        names = _NAME_LIST.split(named["names"]) if named else []
        if not named or not all(looks_like_name(n.strip()) for n in names):
            return False
        link = inline.links[int(named["n"])]
        if self.link_role(link) is not None or presented_role(link) is not None:
            return False  # "Title: [presented at Harbor Conf, 2031](deck)": its deck
        if by_comma and not self._named_deck(named["names"], link, named["tail"], inline):
            return False  # "Ann Lee, [Acme](acme.example)": her organization
        fields.add_people(*self.people(named["names"], inline))
        self.title_media(link, fields)
        tail = inline.visible(self.line_media(named["tail"], inline, fields))  # "…, [video](…)"
        if not tail.strip(" .,;") and ".." not in tail and not _ABBREVIATED.search(link.text):
            tail = ""  # "Ann Lee: [Title](video).": the sentence's dot is no title's
        fields.title = clean_text(link.text + tail).strip(" ,;|–—")  # "… \| [slides](…)"
        return True

    def _named_deck(self, name: str, link: Link, tail: str, inline: Inline) -> bool:
        """Whether ``name, [link]`` names a person in full (no event, place of talks,
        organization or team), then the title of her talk (two words or more, no role:
        ``Community Manager``; a title may name one, ``My journey as a plugin developer``)
        linked to its deck or recording, or to a page or file whose address says talks, and
        nothing after it but its media."""
        title = clean_text(link.text)
        words = len(title.split()) if title.isascii() or " " in title else len(title) // 2
        return (
            one_person_in_full(clean_text(name), self.known_orgs)
            and words > 1
            and not _names_role(title, words)
            and (self.player_piece(link) is not None or says_talk(link.href.strip()))
            and not inline.visible(SLOT.sub("", tail)).strip(_TAIL_MARKS)
        )

    def _linked_then_names(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``[Title](paper.pdf). Ann Lee and Bo Lind.``, ``[Title](session): Ann Lee, Bo
        Lind``: a program's line, its title linked, then a period or a colon and its people,
        each named in full (a linked event's name or a person's before a colon is none:
        ``[Harbor Days 2031](…): Ann Lee``, ``[Ann Lee](…): Bo Lind``)."""
        found = _LINK_THEN_NAMES.fullmatch(text) if ". " in text or ": " in text else None
        named = self.only_names(found["names"], inline) if found else None
        if found is None or not named or named[1] or not all(p.in_full for p in named[0]):
            return False
        link = inline.links[int(found[1])]
        if found["mark"] == ":" and not self._titled_link(clean_text(link.text)):
            return False
        return self.linked_title_by(link, named, fields)

    def _titled_link(self, words: str) -> bool:
        """Whether a link's words may be a title before its people's colon: two words or
        more (or three Chinese or Japanese characters), no event's name, no year, no one's
        name, not a media's name (``[Video recording](…): Ann Lee``: hers)."""
        count = len(words.split())
        if count < 2 and not (CJK_CHAR.search(words) and len(words) >= _CJK_TITLE_LEAST):
            return False
        if count <= _MEDIA_NAME_WORDS and self.media_role(words) is not None:
            return False
        return not (names_event(words) or YEAR.search(words) or looks_like_name(words))

    def _names_then_strong(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``Ann Lee  **Title**``, ``10:30 Ann Lee [**Title**](deck)``: full names, then the
        title written strong, last on the line."""
        if text[:1].isdigit() or text[:1] == "(":
            text = _TIME_SLOT.sub("", text)  # a schedule's line: its time is when, not who
        if fields.untitled or not inline.strong or text.lstrip().startswith(inline.strong[0]):
            return False
        linked = _NAMES_THEN_STRONG.fullmatch(text)
        link = inline.links[int(linked["n"])] if linked else None
        if link is not None and linked is not None and link.strong:
            names, title = linked["names"], link.text
        elif (core := _without_where(text.rstrip(" "))).endswith(
            inline.strong[-1]
        ) and "\x00" not in text:
            title = inline.strong[-1]  # "Ann Lee: **Title** (Harbor Conf)": where, after it
            names = core[: -len(title)]
        else:
            return False
        names = names.strip(" :-–—|")
        named = self.only_names(names, inline) if names else None
        if not named or not all(named_in_full(p) for p in named[0]):
            return False
        fields.add_people(*named)
        fields.title = clean_text(title).strip(" -–—:|")
        if link is not None:
            self.title_media(link, fields)
        return True


_AFTER_STRONG = lazy(r"\s*\((?P<where>[^()]{1,60})\)$")
"""Where a talk was given, in parentheses after its title in bold (``(Harbor Conf)``)."""


def _without_where(text: str) -> str:
    """A line without the event it ends with in parentheses, named so by its words
    (``(PyCon US)``, ``(Harbor Meetup)``; not ``(with Bo Lind)``, ``(Part 2)``,
    ``(Beethoven)``, a publisher and a year, ``(Manning, 2021)``)."""
    text = text.rstrip(".")
    found = _AFTER_STRONG.search(text) if text.endswith(")") else None
    where = found["where"] if found else ""
    if found is None or not names_place_of_talk(where) or _NOT_WHERE.match(where) or "," in where:
        return text
    return text[: found.start()]


_NOT_WHERE = lazy(r"\s*(?:with|feat\.?|ft\.?|mit|avec|con|com|part|teil|\d)\b", re.I)
"""What parentheses after a title hold that is not where it was given: who else, which
part."""


def in_full(written: str, named: People) -> bool:
    """Whether a line's last part names one or more people, each in full, and nothing
    else (no list, no organization)."""
    return "," not in written and not named[1] and all(map(named_in_full, named[0]))
