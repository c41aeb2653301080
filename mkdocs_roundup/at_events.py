"""Where a talk was given, read from its line: ``Title at [Harbor Conf](…)``, ``[Title](deck)
at GeeKon 2015``, ``[Title](video) – Ann Lee at SREcon15 Europe, Dublin``. The event is no
organization; the people before it, after a dash, are the speakers.
"""

from __future__ import annotations

import re

from .byline_cut import WITH_WORDS
from .bylines import PARENTHESES, title_words
from .fields import EVENT_WORDS, CalendarReading, Fields, People
from .inline import ONE_SLOT, SLOT, Inline, Link
from .labels import (
    BREAK_WORD,
    END_REMARK,
    LEADING_DATE,
    SPACED_DASH,
    WHOLLY_QUOTED,
    YEAR,
    is_date,
)
from .link_targets import is_session_page
from .names import (
    EVENT,
    EVENT_NAME,
    EVENT_WORD_END,
    JOINING_WORDS,
    clean_text,
    is_org_name,
    looks_like_name,
)
from .names_first import NamesFirstReader
from .patterns import lazy
from .profiles import is_own_site, is_profile_url
from .talk_kinds import is_kind_alone

_AT_EVENT = lazy(
    r"(?P<title>.+?)\s+(?:at|@|bei|beim|bei\s+der|bei\s+den|auf\s+der|à|au|en|na|no|em)\s+"
    r"(?:the\s+)?\x00\d+\x00[\s.]*",
    re.I,
)
"""A talk's line that ends with the event it was given at (a link)."""
_AT_SIGN_EVENT = lazy(r"(?P<title>.+?)\s+@\s+[^\x00@\s][^\x00@]{1,80}")
"""A dated line's title, then ``@`` and the event, unlinked (``2025-11-19 - Title @ Harbor
Community``)."""
_WITH_NAMES = lazy(rf"(?P<title>.+?)\s+(?:{WITH_WORDS})\s+(?P<names>[^\x00]+)", re.I)
_AT_EVENT_END = lazy(r"(?P<who>.+?)(?P<comma>,?)\s+(?:at|@)\s+(?P<where>.+?)[\s.]*")
"""``Ann Lee and Bo Lind at SREcon15 Europe, Dublin.``: who, then where they spoke."""
_LINK_AT_EVENT = lazy(
    r"\s*\x00(?P<n>\d+)\x00\s+(?:at\s+(?=[A-Z0-9])|@\s+)(?P<event>[^\x00()\s][^\x00()]{1,80}?)"
    r"(?:\s*\([^()]*\))?[\s.]*"
)
"""``[Title](deck) at GeeKon 2015 (in Russian)``: a linked title, then the event it was given at
(after ``@``, in lower case too where its words or its year say an event: ``@ riverconf
2012``)."""

_GIVEN_FOR = lazy(
    r"\s*(?P<title>\x00\d+\x00|[^\x00,()]{3,}?)\s*(?:\([^()]*\))?\s*,\s+"
    r"(?:(?!(?:an?|the|of|our|my|this|each|every|weekly)\s)[\w#'’-]+\s+){0,3}?"
    r"(?:(?P<kind>presentation|talk|workshop|keynote|webinar|panel)"
    r"(?:\s+(?:presented|given|delivered))?"
    r"(?:\s+(?:for|at|to|in|during)\s+[^\x00]{3,}|\s*(?:[,.][^\x00]*)?)"
    r"|(?:seminar|lecture)(?:\s+(?:presented|given|delivered))?\s+(?:for|at|to|in|during)\s+"
    r"[^\x00]{3,})",
    re.I,
)
"""``[Title](deck), presentation for Harbor Days, 4 May 2022``, ``Title ([slides](…), video
to come), workshop presented at the Dock Club, 2021``, ``[Title](video), Harbor Tech Talk,
2018``: the title, then what it was, where and when it was given (the links in parentheses
are read as media before); what a description says (``[Guide](…), an excellent
tutorial``, ``part one of the tutorial``) is none."""
_PEOPLE_AFTER = lazy(rf"\s(?:by|{WITH_WORDS})\s+[A-Z\x00]")
"""``… keynote at Harbor Days 2023 by Ann Lee``: the people after the event, read so."""


_EVENT_THEN_TITLE = lazy(r"\s*\x00(?P<n>\d+)\x00\s*:\s+(?P<rest>\x00\d+\x00.*)", re.S)
"""``[Harbor Conf 2015](…): [Title](…) ([PDF](…))``: the event, then the talk."""


_EVENT_THEN_SESSION = lazy(
    r"\s*(?P<event>[^\x00]{3,80}?)(?:\s+[-–—]|(?P<colon>:))\s+(?P<rest>\x00(?P<n>\d+)\x00.*)",
    re.S,
)
"""``Harbor Days – [Title](…/schedule/event/12-title/) | [Slides](…)``, ``Harbor Conf
2031: [Title](…)``: where, then the talk."""
_PART_OF_WORK = lazy(
    r"\s*(?:season|appendix|chapter|episode|part|volume|vol\.|issue|release|version|update|"
    r"week|day|lesson|module|unit|class|report|summer|winter|spring|autumn|fall)\b",
    re.I,
)
"""The words of a part of a work or a time before a colon (``Season 2031:``, ``Chapter 3:``,
``Update:``): no event's name."""
_ENDS_YEAR = lazy(r"[^\W\d]\w*\s+(?:19|20)\d{2}$")
"""A name and a year at its end (``Mobiconf 2031``, ``Harbor Days Berlin 2031``)."""
_DATED_EVENT = lazy(r"\s*\x00(?P<n>\d+)\x00\s*[-–—:|]\s+(?P<rest>\S.*)", re.S)
"""``[Harbor Days](site) - [Title](deck)``, what is left of a dated line: maybe the event,
then the talk."""
_LINKED_TITLE = lazy(r"\s*\x00(?P<n>\d+)\x00\s*(?:\([^()\x00]*\))?[\s.]*")
"""``[Title](deck) (in French)``: a linked title and a remark on it."""
_LINKED_TITLES = lazy(
    rf"\s*\x00(?P<n>\d+)\x00\s+(?:{JOINING_WORDS}|&)\s+\x00(?P<m>\d+)\x00"
    r"\s*(?:\([^()\x00]*\))?[\s.]*"
)
"""``[Redis](…) and [EventMachine](…) (slides in French for both)``: two parts of one talk,
each linked to its deck."""
_TWO_TALKS = lazy(r"\b(?:two|2|deux|dos|zwei)\s+(?:talks|conférences|charlas|vorträge)\b", re.I)
"""A remark that says two talks were given (``(two talks, same day)``)."""


_EVENT_TAIL = lazy(rf"\s+[—–]\s+(?P<event>[^—–\x00]*?(?:{EVENT})[^—–\x00]*?\b(?:19|20)\d{{2}})\s*$")
"""``Title — KubeCon + CloudNativeCon, North America 2023``: the event, with its year, after
a long dash at the title's end."""


_AT_SIGN_TAIL = lazy(r"(\S.*?\s\S+)\s+@\s?[A-Z][^@\x00(),]{1,60}?\s*\((?:19|20)\d{2}\)\s*")
"""A title of two words or more, then ``@``, the event it was given at and its year
(``Title @ BangPypers (2017)``, ``Title @PyBelgaum (2015)``; ``Search @ Acme`` may be a
team's, or the title's own words)."""


_EVENT_HEAD = lazy(
    rf"(?P<event>[^:\x00]{{0,40}}?(?:{EVENT})[^:\x00]{{0,20}}?\s(?:(?:19|20)\d{{2}}|'\d{{2}}))"
    r"\s*(?::|\s[-–—])\s+(?P<title>\S.*)"
)
"""``PGcon 2012: Title``, ``KubeCon EU '23 - Title``: the event, with its year, before the
title."""


_YEAR_THEN_WHERE = lazy(
    r"\s*(?:\[(?:19|20)\d{2}\]|(?:19|20)\d{2}\s*[:|]?)\s+(?P<where>[^\x00:|–—]{2,60}?)"
    r"\s+[-–—|]\s+(?P<title>\S.{2,})"
)
"""A year, where, a dash, the title (``[2023] Rust Tallinn - Title``)."""


def without_event(title: str) -> str | None:
    """A title without the event it ends with after a long dash or an ``@``, or opens with
    before a colon or a dash; ``None`` where it names none."""
    if "@" in title and (at := _AT_SIGN_TAIL.fullmatch(title)) and _titled(at[1]):
        return at[1]  # "Hot Reloading in Python @ Harbor Python (2023)": where it was given
    if not any(map(str.isdigit, title)):
        return None  # every event named here gives its year
    found = _EVENT_TAIL.search(title) if "—" in title or "–" in title else None
    if found and found.start():
        return title[: found.start()].strip()
    head = _EVENT_HEAD.fullmatch(title)
    return head["title"].strip() if head else None


def _titled(text: str) -> bool:
    """Whether the words before an ``@`` are a talk's title: not a name (``Ann Lee @
    Acme``), a meeting's (``Lantern Meetup @ Berlin``) or a date (``May 5th @ Acme``)."""
    return not (looks_like_name(text) or names_event(text) or any(map(str.isdigit, text)))


def names_event(text: str) -> bool:
    """Whether a name is an event's by its words (``Harbor Days``, ``Lumen Workshop``)."""
    return bool(EVENT_NAME.search(text) or EVENT_WORDS.search(text))


def event_of_year_named(words: str) -> bool:
    """Whether words name an event by its year, in five words or fewer but a remark in
    parentheses after them, its closing one maybe left out (``FOSDEM 2024 (Lightning
    talks)``, ``Harbor Days 2031 (french``); not a date."""
    named = clean_text(_AFTER_REMARK.sub("", words)).strip(" .")
    return bool(YEAR.search(named)) and len(named.split()) <= _EVENT_WORDS and not is_date(named)


_AFTER_REMARK = lazy(r"(?<!\s)\s*\([^()]*\)?\s*$")
"""A remark in parentheses after an event's name."""
_EVENT_WORDS = 5
"""The most words of an event's name by its year."""


def names_place_of_talk(text: str) -> bool:
    """Whether a line's place names an event by its words, or in one word by how it ends
    (``Harbor Meetup``, ``BrooklynJS``, ``Google I/O``)."""
    return names_event(text) or bool(EVENT_WORD_END.search(text))


def _name_before_colon(text: str) -> bool:
    """Whether a link's text names someone in full before a colon (``Ann Lee: Title``)."""
    head, colon, _ = text.partition(":")
    return bool(colon) and len(head.split()) >= 2 and looks_like_name(head.strip())


def _says_at(text: str) -> bool:
    """Whether a line says where, with ``at`` or ``@`` between blanks (a line break is one)."""
    spaced = text.replace("\n", " ")
    return " at " in spaced or " @ " in spaced


_PRESENTING = (
    "explain", "present", "show", "discuss", "demonstrate", "describe", "cover", "share",
    "talk", "walk", "outline", "review", "explore", "argue", "make", "give",
)  # fmt: skip
"""Verbs of what a speaker does in her talk (``explains``, ``presented``), not of what a
person is known for (``coined``) nor of a host's (``introduces Bo Lind``)."""
_ATTRIBUTION = lazy(
    r"(?P<name>[^,\x00]{3,40}),\s+(?P<role>[^,\x00]{2,60}),\s+"
    rf"(?:(?:{'|'.join(_PRESENTING)})(?:e?s|e?d)?|showed|shown|gave|made)\b.+"
)
"""``Ann Lee, Globex Site Operations, explains why …``: a person, who she is or where she
works, then a clause that opens with what she does in the talk."""


def _names_where(text: str) -> bool:
    """Whether the words before a session's linked title may name where it was given
    (``PyData Global 2020``, ``Harbor Days``, ``Otter Conf (Seville)``), not a program's
    break (``Lunch –``, ``Sprints –``). A name there (``Ann Lee –``) reads as where too: a
    missed speaker rather than an event read as one (``PyData London –``)."""
    return not BREAK_WORD.search(clean_text(text))


def _person_then_remark(event: str) -> bool:
    """Whether words name someone in full, then say in parentheses where she belongs
    (``Ann Lee (Harbor JUG)``, ``Bo Lind (GDG Oslo lead)``)."""
    found = _NAMED_THEN_REMARK.fullmatch(event) if "(" in event else None
    name = found["name"].strip() if found else ""
    return len(name.split()) >= 2 and looks_like_name(name) and not names_event(name)


def _where_alone(event: str) -> bool:
    """Whether words before a deck's link can only say where it was given: a name of one
    to four words that is no one's (``Berlindroid - [<i class="fa-slideshare"></i>
    Title](…)``; not ``Ann Lee - …``)."""
    words = event.split()
    if not 0 < len(words) <= _WHERE_WORDS_MOST or any(map(str.isdigit, event)):
        return False  # "March 12 - …", "Week 11 - …": when, no place
    return not looks_like_name(event.strip()) and not _NAMED_THEN_REMARK.fullmatch(event)


_WHERE_WORDS_MOST = 4
"""The most words of a place named before a deck's link."""
_NAMED_THEN_REMARK = lazy(r"(?P<name>[^()]+?)\s*\([^()]*\)\s*")
"""A name, then a remark in parentheses (``Ann Lee (Harbor JUG)``: who, then where she
belongs)."""


class EventReader(NamesFirstReader):
    """Reads the event a talk's line says it was given at."""

    def attributed(self, about: str, inline: Inline) -> People | None:
        """The person a description of a linked title opens with (``[Title](deck) – Ann Lee,
        Globex Site Operations, explains why …``): one, named in full, then her organization
        or role, then what she does (a verb's clause, no event: ``…, at PyCon``)."""
        found = _ATTRIBUTION.fullmatch(about) if about.count(",") > 1 else None
        named = self.named_then_role(found["name"], found["role"], inline) if found else None
        return named if named and named[0][0].in_full else None

    def year_then_event(self, text: str, inline: Inline) -> str | None:
        """``[2023] Harbor Meetup - Title``, ``2021 Harbor Webinar - Title``, ``[2022]
        CoderSociety - Title``: a speaker's list of her own talks gives each its year and
        where it was given, named by an event's words or in one word, then its title: that
        title's part (``None`` for any other line, and where only names follow the dash:
        ``[2020] Harbor Days - Ann Lee``)."""
        found = _YEAR_THEN_WHERE.fullmatch(text) if text.lstrip()[:1] in "[12" else None
        if found is None:
            return None
        where = found["where"]
        if names_event(where):
            return found["title"]
        if " " in where.strip() or not where[:1].isupper():
            return None  # "[2023] Tracing for Everyone - A Gentle Introduction": a title
        named = self.only_names(found["title"], inline)
        return None if named and named[0] else found["title"]

    def event_then_title(self, text: str, inline: Inline) -> str | None:
        """``[Harbor Conf 2015](…): [Title](…) ([PDF](…))``: a linked event with its year,
        a colon, then the talk's line; or where it was given, a dash, then the title linked
        to its session's page in the program (``Harbor Days – [Title](…/schedule/event/…)``),
        or to any page but a person's where the words before name an event (``Harbor Conf
        2031 — [«Title»](talks/queues/)``); that line (``None`` for any other)."""
        if text.lstrip()[:1] != "\x00":
            session = _EVENT_THEN_SESSION.fullmatch(text) if "\x00" in text else None
            if session is None:
                return None
            event, link = session["event"], inline.links[int(session["n"])]
            if is_kind_alone(clean_text(link.text)):
                return None  # "Harbor Days: [Keynote](…)": which talk, no title
            if is_kind_alone(clean_text(event)):
                return None  # "**Keynote**: [Title](…)": the talk's kind, no event
            if session["colon"] and _PART_OF_WORK.match(event):
                return None  # "Appendix 2031: [Errata](…)", "Season 3: [Episode 12](…)"
            # "Harbor Days – [Title](…/schedule/…)"; "FrontendConf 2031 — [«Title»](…)"
            taken = (
                _names_where(event)
                if is_session_page(link.href)
                else self._event_first(event, link)
            )
            return session["rest"] if taken else None
        found = _EVENT_THEN_TITLE.fullmatch(text)
        if found is None or not YEAR.search(inline.links[int(found["n"])].text):
            return None
        return found["rest"]

    def _event_first(self, event: str, link: Link) -> bool:
        """Whether a line's words before a dash and its first link name the event the linked
        talk was given at: an event's words (``Days``, ``Summit``, ``Meetup``, ``HarborConf``;
        a year alone names none), one part that names no one (``Title - PyCon 2031 -
        [slides](…)`` gives its title first), and a link whose text is a title: no name, no
        media's word, no name before a colon."""
        named = clean_text(link.text)
        return (
            not LEADING_DATE.match(f"{event} - ")  # "2031-05-02 - [Harbor Days](…)": when
            and not SPACED_DASH.search(event)
            and not _says_at(event)
            and "," not in event  # "Bo Lind, FjordConf 2030 — […](…)": who, then where
            and not _person_then_remark(event)  # "Ann Lee (Harbor JUG) — […](…)": who
            and not is_profile_url(link.href)
            and self.media_role(named) is None
            # "[Cleo Park](…)", "[Acme Corp](…)": who; "[<i class="fa-slideshare"></i>
            # Kotlin Contracts](…)": a deck's title, by its icon
            and (link.icon is not None or not looks_like_name(named))
            and not _name_before_colon(named)  # "[Ann Lee: Title](…)": who, then what
            # by its words (a year alone, "Acme 2019", is none), or by its year before a
            # title that says it is one (:meth:`_dated_event`): the costlier tests, last
            and (
                bool(EVENT_NAME.search(event))
                or self._dated_event(event, named, link)
                or (link.icon is not None and _where_alone(event))
            )
        )

    def _dated_event(self, event: str, named: str, link: Link) -> bool:
        """Whether words with a year or an edition (no handle, no one's name) are an event
        by the title linked after them: wholly in quotes (``OdessaJS 2031 — [«Title»](…)``),
        or, after a name and its year, four words or more, linked to no video, naming no
        event and no body (``Mobiconf 2031 - [Kites in the Winter Wind](deck)``; not ``Acme
        2019 - [Founded in Oslo](…)`` nor ``… - [Opening Day at Our Office](video)``, a
        company's history, nor ``Title 2031 - [Harbor Days, Main Stage](…)``, where)."""
        if not any(c.isdigit() for c in event) or event.lstrip().startswith("@"):
            return False
        if looks_like_name(event):
            return False
        if WHOLLY_QUOTED.fullmatch(named) is not None:
            return True
        return (
            _ENDS_YEAR.search(event) is not None
            and len(named.split()) > 3
            and not (EVENT_NAME.search(named) or is_org_name(named) or "," in named)
            and ((piece := self.player_piece(link)) is None or piece.media.kind != "video")
        )

    def calendar_line(self, text: str, inline: Inline, fields: Fields) -> None:
        """Keep the reading of a dated line's rest ``[Harbor Days](site) - [Title](deck)``
        where the link, to no profile and no media, is the event, and the rest the talk's
        line: the list it stands in says whether its items are written so."""
        found = _DATED_EVENT.fullmatch(text)
        link = inline.links[int(found["n"])] if found else None
        if found is None or link is None or not link.text.strip() or link.images:
            return
        if is_profile_url(link.href) or self.player_piece(link, files=True):
            return
        talk = Fields()
        rest = found["rest"]
        linked = _LINKED_TITLE.fullmatch(rest) or self._parts_of_one(rest, inline)
        slots = [n for n in linked.groups() if n is not None] if linked else []
        if linked and not all(self.calendar_title(inline.links[int(n)], talk) for n in slots):
            return
        if len(slots) > 1:  # "[Redis](…) and [EventMachine](…)": one talk of both, each linked
            talk.title = clean_text(inline.visible(PARENTHESES.sub("", rest)))
        if not linked and "\x00" not in rest:
            self.title_fields(rest, inline, talk)
        if talk.title and not talk.untitled:
            fields.calendar_reading = CalendarReading(
                clean_text(link.text), talk, len(fields.media)
            )

    def _parts_of_one(self, rest: str, inline: Inline) -> re.Match[str] | None:
        """Two linked parts of one talk (``[Redis](…) and [EventMachine](…)``): each named in
        capitals, not two recordings (two talks) nor a title and its post (``[Small
        caches](…) and [the blog post about it](…)``), and no remark that says two."""
        found = _LINKED_TITLES.fullmatch(rest)
        if found is None or _TWO_TALKS.search(rest):
            return None
        links = [inline.links[int(found[n])] for n in ("n", "m")]
        if not all(clean_text(link.text)[:1].isupper() for link in links):
            return None
        players = [self.player_piece(link) for link in links]
        return None if all(p and p.media.kind == "video" for p in players) else found

    def calendar_title(self, link: Link, talk: Fields) -> bool:
        """A calendar's linked title (after its event): the link is the talk's video, or
        else its slides (a deck served as a site); a profile's is no title."""
        if is_profile_url(link.href):
            return False
        talk.title = clean_text(link.text)
        piece = self.player_piece(link, files=True) or self.link_piece(link, "slides")
        if piece is not None:
            talk.media.append(piece)
        return bool(talk.title)

    def title_fields(self, text: str, inline: Inline, fields: Fields) -> None:
        """Read a talk's line (:class:`~mkdocs_roundup.titles.TitleReader`)."""
        raise NotImplementedError

    def at_event(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``Title at [Harbor Conf](…)``, ``Titel bei der [Konferenz](…)``: a talk given at
        an event (``… with Ann Lee and Bo Lind at …``: the people who give it with)."""
        dated = "dated" in fields.evidence  # "2024-05-02 - Title @ […]": no one's role
        at_sign = dated and not SPACED_DASH.search(text)  # not "Ann Lee - Title @ …"
        found = _AT_EVENT.fullmatch(text) or (_AT_SIGN_EVENT.fullmatch(text) if at_sign else None)
        title = found["title"] if found else ""
        joint = _WITH_NAMES.fullmatch(title)
        named = self.only_names(joint["names"], inline) if joint else None
        if joint and named and all(" " in p.name for p in named[0]):
            if not joint["title"].endswith(","):  # ", with Ann Lee": never the title's words
                fields.unnamed_title = title_words(title, inline)
            title = joint["title"]
        else:
            named = None
        if not title or ("\x00" in title and not ONE_SLOT.fullmatch(title)):
            return False  # "… [Ann Lee](…), CTO at [Acme](…)": her role
        if not dated and self._names_someone(title, inline):
            return False  # "Ann Lee at [Acme](…)", "Speaker at […]": a person, a role
        self._title_part(title, inline, fields)
        if named:
            fields.add_people(*named)
        fields.evidence.add("event")
        return True

    def given_for(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``[Title](deck), presentation for Harbor Days, 4 May 2022``: the title (a link's
        to a deck or a player is the talk's material), then the kind of talk it was, the
        event it was given for and when (its year); a title written plain has media of its
        own. A link that names an event with its year (``[Harbor Days 2023](…), talk in
        Italian``) or a person's profile is no title; people named after the event are read
        by the other rules."""
        found = _GIVEN_FOR.fullmatch(text) if "," in text and YEAR.search(text) else None
        if found is None or (not fields.media and "\x00" not in found["title"]):
            return False
        title, tail = found["title"], text[found.end("title") :]
        if not YEAR.search(tail) or _PEOPLE_AFTER.search(tail):
            return False
        slot = ONE_SLOT.fullmatch(title)
        link = inline.links[int(slot[1])] if slot else None
        if link and self.names_no_talk(link):
            return False  # "[Ann Lee](site), keynote at …": who; "[PyCon 2023](…)": where
        self._title_part(title, inline, fields)
        kind = (found["kind"] or "talk").lower()
        if kind in ("keynote", "panel", "workshop"):
            fields.kind = kind
        fields.evidence.update(("event", "kind"))  # it says it was a talk, where and when
        return bool(fields.title)

    def names_no_talk(self, link: Link) -> bool:
        """Whether a link's text names someone, an event or media, no talk (``[Ann
        Lee](https://annlee.dev/)``, her own site; ``[Harbor Days](…)``, ``[PyCon 2023](…)``,
        ``[Slides](…)``)."""
        text = clean_text(link.text)
        return (
            is_profile_url(link.href)
            or names_event(text)  # by its words or its year ("[PyCon 2023](…)")
            or self.media_role(text) is not None
            or (looks_like_name(text) and is_own_site(text, link.href))
        )

    def _names_someone(self, title: str, inline: Inline) -> bool:
        """Whether the words before ``at`` are too few for a title (a name, a role), and no
        link to the talk's deck."""
        words = inline.visible(title).split()
        slot = ONE_SLOT.fullmatch(title)
        if slot and self.player_piece(inline.links[int(slot[1])], files=True):
            return False
        return len(words) < 3 or (len(words) == 3 and all(w[:1].isupper() for w in words))

    def linked_title_at_event(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``[Title](deck) at GeeKon 2015``: the link's text is the title, its target the
        talk's media, and the rest the event (not a person's link and where she works:
        ``[Ann Lee](profile) at Acme``)."""
        found = _LINK_AT_EVENT.fullmatch(text) if _says_at(text) else None
        if found is None or len(found["event"].split()) > 8:
            return False
        link = inline.links[int(found["n"])]
        if is_profile_url(link.href) or self.only_names(link.text, Inline()):
            return False  # "[Ann Lee](site) at Acme", "[Ann Lee](deck) @ main stage"
        event = found["event"]
        if event[:1].islower() and not names_event(event):
            return False  # "[Benchmarks](bench.pdf) @ nightly build": no event's words
        self._title_part(f"\x00{found['n']}\x00", inline, fields)
        fields.evidence.add("event")
        return True

    def names_at_event(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``[Title](video) – Ann Lee and Bo Lind at SREcon15 Europe, Dublin``, ``Title -
        Ann Lee, Acme, at [PyCon](…)``: the title, a dash, people named in full (and where
        they work), then the event they spoke at."""
        if not _says_at(text):
            return False
        for cut in SPACED_DASH.finditer(text):
            found = _AT_EVENT_END.fullmatch(text, cut.end())
            if found is None or any(
                is_profile_url(inline.links[int(n)].href) for n in SLOT.findall(found["where"])
            ):
                continue
            named = self.only_names(found["who"], inline)
            head = text[: cut.start()]
            if not named or not head.strip() or not all(p.in_full for p in named[0]):
                continue
            if not found["comma"] and named[1] and is_org_name(named[1][-1].name, self.known_orgs):
                continue  # "…, Harbor Technical Institute at Oslo": the institution's name
            self._title_part(head, inline, fields)
            fields.add_people(*named)
            fields.evidence.update(("person", "event"))
            return True
        return False


def without_date_remark(title: str) -> str:
    """``Title (March 3, 2021)``, ``Title (Harbor Conf, 3 March 2021)``: the title without
    the date, or the event and the date, in parentheses at its end (where and when, not
    what)."""
    remark = END_REMARK.search(title) if title.endswith(")") else None
    if remark is None or not remark.start() or not says_where_and_when(remark["when"]):
        return title
    return title[: remark.start()].rstrip(" ,-–—")


def says_where_and_when(remark: str) -> bool:
    """Whether the words of a remark in parentheses give a date, or where then a date
    (``March 3, 2021``, ``Harbor Conf, 3 March 2021``, ``Tidewater, 2013``); not who then
    when (``Ann Lee, 2021``)."""
    where, _, when = remark.rpartition(",")
    if not is_date(when):
        return False
    who = where.strip()
    return not (looks_like_name(who) and " " in who and not names_event(who))
