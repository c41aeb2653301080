"""The third stage of the reader: what each part of a talk unit is.

A unit (:mod:`mkdocs_roundup.units`) is read line by line into :class:`Fields`: the title,
the speakers with their own links, their organizations, the kind, the media (each a
:class:`Piece`), the abstract. Roles come from labels (:mod:`~mkdocs_roundup.labels`), from
table headers, from separators (``Title, Name``, ``Title | Name, Org``, ``Name: [Title](…)``)
and from link targets (a profile is a person, a deck host is slides, a company site an
organization). What the evidence does not settle stays as written. The readers:
:mod:`~mkdocs_roundup.media` (what a link is as media), :mod:`~mkdocs_roundup.titles` (a
unit's own line) and :mod:`~mkdocs_roundup.body` (the lines under it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from .inline import Inline
from .labels import MEDIA_WORDS, YEAR
from .model import Media, Party
from .names import CON_WORD, EVENT_NAME, GROUP_END, name_key
from .patterns import lazy
from .people_links import profile_link
from .providers import PROVIDER_NAMES

__all__ = ["CalendarReading", "Fields", "People", "Piece"]

People = tuple[tuple[Party, ...], tuple[Party, ...]]
"""Speakers and organizations."""


class Kept(NamedTuple):
    """A line's other reading, kept for the page to choose (``Bo Lind - Title`` read
    speaker first, ``Title (Ann, Bo)`` with one-word names…): its title's source, the line's
    inline content, and the people that reading names."""

    title: str
    inline: Inline
    people: People


EVENT_WORDS = lazy(
    rf"\b(?:\d{{4}}|{CON_WORD}|conf|conference|summit|meetup|meet-up|days?|camp|expo|forum|"
    r"week|fest|symposium|hackathon|user\s+group|workshop|sprint|tour)\b|(?-i:[a-z]Conf?)\b",
    re.I,
)
"""Words that name an event or a venue (``… Summit``, ``Workshop …``, a year): never an
organization."""
_PROGRAMME = lazy(
    r"(?:(?i:m\.?sc|b\.?sc|ph\.?d|mphil)\.?\s+(?:in\s+|of\s+)?"
    r"|(?:(?i:mba|master(?:'s)?|bachelor(?:'s)?|laurea(?:\s+magistrale)?)|MA|BA|MS|BS)\.?\s+"
    r"(?:in|of)\s+)[A-Z]"
)
"""A degree and what it is in (``MSc Advanced Mathematics``, ``Master of Arts``, ``PhD in
Physics``): a study programme, no organization (``Master Lock``, ``MBA Polymers`` are
companies)."""
_FOLLOW = lazy(r"follow(?:\s+(?:us|me))?(?:\s+(?:on\s+\w+|@\w+))?", re.I)
"""A social network's button where a name would stand (``Follow @acme``, ``Follow us on
Mastodon``): no one."""


@dataclass(frozen=True, slots=True)
class Piece:
    """A deck or a video found in a unit."""

    media: Media
    line: int
    remove: tuple[int, int] | None = None
    """The source lines (first, past the last) the card shows instead, or ``None``: kept."""
    page_link: bool = False
    """An "Open in SlideShare" link: the page of a deck embedded in the same talk."""
    named: bool = False
    """Whether the page names it as what it is (``[Slides](a.pdf)``), not only links it."""
    file_only: bool = False
    """Whether its link names only the file's format (``[PDF](…)``): a paper's as well as a
    deck's."""
    framed: bool = False
    """Whether a frame shows it on the page (``<iframe src="/ViewerJS/#deck.pdf">``)."""
    said: bool = False
    """Whether what its link is was said (its text, an icon in it, the page: ``Slides &
    code for my talks``), not only where it points."""


@dataclass
class CalendarReading:
    """A dated line read as the event, then the talk (``2019-05-02 - [Harbor Days](…) -
    Title``), beside what its first reading gave."""

    event: str
    talk: Fields
    """The title's fields: its title, kind and media."""
    kept: int
    """How many media pieces the line gave before its event (``[slides](…)`` labelled)."""
    read: tuple[tuple[Party, ...], tuple[Party, ...], int] = ((), (), 0)
    """The speakers, organizations and media count of the line's first reading."""


LENGTH = "length"
"""The evidence of a line that ends with the talk's length (``(30min)``): with its speakers
named in full, a program's talk."""
STRONG = frozenset({"media", "person", "label", "kind", "series", "session", "calendar"})
"""The evidence that makes a unit a talk by itself (see :attr:`Fields.evidence`)."""


@dataclass
class Fields:
    title: str = ""
    kind: str = "talk"
    speakers: list[Party] = field(default_factory=list)
    organizations: list[Party] = field(default_factory=list)
    media: list[Piece] = field(default_factory=list)
    abstract: list[str] = field(default_factory=list)
    evidence: set[str] = field(default_factory=set)
    """What makes the unit a talk: ``media``, ``person`` (a profile link or a speaker label),
    ``label`` (a title label, or a speakers' label; ``titled``: a title label gave the title), ``kind`` (``Lightning talk 2:``), ``event`` (given at a linked
    event: weak; ``conference`` too where the event's name says it is one), ``names`` (plain names in a speaker position: weak), ``dated`` (listed
    under a date, or opened by one), ``byline`` (``by Ann Lee (CTO, Acme)``: who presents
    it, and where she works), ``series`` (one of three dated lines or more that name their
    speakers first: a meetup's archive; or that quote their titles, then name their
    speakers, on a page of talks), ``calendar`` (one of three dated lines or more that
    name the event they were given at, then the title: a speaker's calendar), ``session``
    (the title links its page in an event's program); and against it, ``aside`` (its line
    links what stands beside a talk: ``[Article](…)``, ``[Code](…)``; with nothing else,
    no talk), ``podcast`` (its only recording is a podcast's episode: no talk)."""
    warnings: list[tuple[int, str]] = field(default_factory=list)
    classes: set[str] = field(default_factory=set)
    """``attr_list`` classes of the unit's heading (``.talk``, ``.not-talk``)."""
    untitled: bool = False
    """The unit's own line names people only; its title comes from the body."""
    name_over_title: bool = False
    """The unit's own line names its speaker alone, its title the line under it (an HTML
    card's ``<b>Ann Lee</b><br> Title``)."""
    bio: bool = False
    """Whether the lines being read are a speaker's bio (never speakers, never abstract)."""
    prose: int = 0
    """How many lines of text (not labels, not media) were read."""
    named_lines: int = 0
    """How many of those, from the first on, named the speakers only, one a line (``- Ann
    Lee, Acme`` under a title's item, then ``- Bo Lind, Globex``)."""
    label_role: str | None = None
    """The role a label heading gave the lines under it (``### Recording``)."""
    titles_listed: int = 0
    """How many titles a title label lists under it (``**Topics:**`` over a list): a unit
    that lists several is no one talk."""
    affiliation: str = ""
    """The last comma part of ``Title | Ann Lee, Acme`` (an organization or a name: the list
    it stands in says which)."""
    explicit: bool = False
    """Whether the speakers come from a label or a sentence that names them as speakers."""
    by: bool = False
    """Whether a byline names the speakers (``by Ann Lee``, ``presented by``, ``👥``)."""
    said_in_prose: bool = False
    """Whether a sentence of the abstract named the speakers (``… a talk given by Ann
    Lee``): a heading's own byline wins over it."""
    title_linked: bool = False
    """Whether the title before a byline is linked (``[Title](abstracts/x.html) by …``)."""
    in_parentheses: bool = False
    """Whether the speakers are named in parentheses after the title (``Title (Ann Lee)``)."""
    speaker_first: bool = False
    """Whether the speakers were read before the title (``[Ann Lee](…) - Title``)."""
    names_then_title: Kept | None = None
    """``Ann Lee - Title`` read the other way round (title first): the reading where the
    speakers come first, for pages that write their talks so (see ``units``)."""
    named_kind: tuple[str, Inline, People, str] | None = None
    """``Ann Lee, Title [Talk]``: the names first, then the title and its kind in brackets, for
    programs whose talks are written so (see :mod:`~mkdocs_roundup.spoken_on`)."""
    spoken_on: Kept | None = None
    """``Ann Lee on Title`` read with the speakers first, for lists whose talks are written
    so (see :mod:`~mkdocs_roundup.spoken_on`)."""
    names_colon: str = ""
    """What let :attr:`names_then_title` be cut at a colon: ``dated`` (``Oct 9: Ann Lee:
    Title``), taken only where the page's title or a heading says it lists talks (a club's
    calendar is written so too: ``Jan 5: Board Meeting: Budget review``); ``track``
    (``[Talks - Ann Lee: Title](video)``), only where the page says talks or names an
    event (a channel's ``Tutorials - Git Basics: Branching`` names no one)."""
    names_either_way: bool = False
    """Whether both sides of that dash read as names (``Bo Lind - Template Haskell``): the
    page's way alone can say which is the speaker's."""
    order_doubted: bool = False
    """Whether a line that reads both ways stands in a list that names its speakers first,
    and nothing tells which side is the name (``Pablo Ruiz - Django Ninja``): no talk is
    read from it."""
    one_word_names: Kept | None = None
    """A linked title and one-word names in parentheses (``[Title](…) (Ann, Bo)``): its
    title and speakers only where items beside it name theirs so (see ``units``)."""
    by_surnames: Kept | None = None
    """A title linked to its recording or deck, then ``by`` and surnames alone (``[Title](
    video) by Hewitt, Meijer and Szyperski``): its title and speakers only where items
    beside it name theirs in full after ``by`` (see ``weighing``)."""
    dash_org: Kept | None = None
    """``[Title](…) - Ann Lee (Blue Harbor)`` read with the two words in parentheses as
    where Ann Lee works, for lists whose items name theirs so (see ``weighing``)."""
    session_page: str = ""
    """The address of one session's page in a program that the first line under a heading
    is (``https://…/schedule/event/123-parsing-logs/``): the heading's talk where its words
    say the heading's (see ``heading_fields``)."""
    unnamed_title: str | None = None
    """The title a line gives where its names, after a comma or ``with``, are no one's
    (``Title, Harbor Group``: the title read; ``Title with Loki Stack @ [Harbor Days](…)``:
    all of it), for lists where the talks beside it name no one (see ``weighing``)."""
    title_material: Piece | None = None
    """The title's own link to material (a deck, a repository), when nothing but the
    speakers that reading ``names_then_title`` gives would make it the talk's."""
    calendar_reading: CalendarReading | None = None
    """``2019-05-02 - [Harbor Days](site) - [Title](deck)`` read with the linked part after
    the date as the event the talk was given at, for lists whose items name their events
    there (see ``list_items``)."""
    work_item: bool = False
    """Whether the line links a repository's issue, pull request or commit (``Faster
    startup - by Ann Lee ([#501](…/pull/501))``): a changelog's entry, no talk."""
    authors: People | None = None
    """The people an ``Authors:`` label names: the speakers of a talk that links its
    recording or its deck (:func:`take_authors`), the writers of anything else (a post)."""
    attributed: People | None = None
    """The person a linked title's description opens with (``[Title](deck) – Ann Lee, Acme,
    explains why …``), or the people a line under the title links, then the event they
    spoke at (``[Ann Lee](profile), Harbor Conf 3.0``): the speakers once the unit is a
    talk on its own evidence (:func:`take_attributed`; a reading list's notes, an award's
    winners are written so too)."""
    described: People | None = None
    """The people a talk's description opens with (``Ann Lee presents …``): its speakers
    where the page names them as speakers elsewhere (:func:`take_described`)."""
    kind_said: bool = False
    """Whether a body's line before any prose only names the talk's kind, in bold
    (``**Keynote**``): the heading over it is a talk where its title reads as one
    (:func:`~mkdocs_roundup.heading_fields.merge`)."""
    paper: bool = False
    """Whether a line of the unit labels its link as a paper (``**Paper:** [x.pdf](…)``,
    ``[paper](…)``): with no deck and no recording, a publication's entry, no talk."""

    subjects: bool = False
    """Whether the title a label gives is labelled as a topic (``**Topic:** CDI support,
    mock plugins, Volcano``): a list of subjects under a heading that gives the title."""
    mentioned: int = 0
    """How many of the media a sentence names (``Watch the [recording](…) of the evening``):
    under a heading over talks of its own, the event's, not the heading's own talk."""
    names_at: bool = False
    """Whether the speakers follow the title each with her workplace after ``@`` (``Title -
    崔迪@新新农人``): a meetup's way, where three lines of its page or more write so."""
    title_marked: bool = False
    """Whether the title is the one run of emphasis of its line (``_Queues (2022)_``): its
    words to its end are the title's, a year in parentheses too."""
    quoted: bool = False
    """Whether the title is in quotes and people named after it (``"Title" - Ann Lee``):
    three such items or more on a page that says it lists talks are its talks."""
    names_quoted: bool = False
    """Whether people are named first, then the title in quotes (``Ann Lee (Acme) "Title"``):
    dated so, three items or more, a seminar's archive where the page says talks."""
    titled_media: int = 0
    """How many lines give a player's address written out beside words of their own
    (``(EN) Parsing with Pebbles - https://youtu.be/…``): two or more under a heading list
    videos, no one talk's."""
    event_named: str = ""
    """The words of an ``Event:`` label's line (``Event: [Harbor Meetup #3](…)``): under a
    heading that says the same, the heading names the event (see ``heading_fields``)."""
    deck_named: str = ""
    """The words of the one link a media label gives, where they are no media's name
    (``Slide: [Boats for Pythonistas](…)``): the deck's own title."""

    @property
    def named_in_full(self) -> bool:
        """Whether the unit names speakers, each in full (``Ann Lee``, not ``Ann``)."""
        return bool(self.speakers) and all(p.in_full for p in self.speakers)

    @property
    def strong(self) -> bool:
        """Whether the unit is a talk by its own evidence: a strong kind of it, or its
        length in a program and its speakers named in full (``Ann Lee: Title (30min)``)."""
        if self.evidence & STRONG:
            return True
        honored = "honored" in self.evidence  # "又吉さん": one named so, as in full
        return LENGTH in self.evidence and any(
            (p.in_full or honored) and not GROUP_END.search(p.name) for p in self.speakers
        )

    def name_speakers(
        self, speakers: Iterable[Party], orgs: Iterable[Party], *evidence: str
    ) -> None:
        """Speakers a label, a sentence or a speaker's card names as such: they replace any
        read before but those another label named (``Moderator: Ann Lee`` over
        ``Panelists: …``), and their ``evidence`` says the unit is a talk."""
        if not self.explicit:
            self.speakers.clear()
        self.add_people(speakers, orgs)
        self.evidence.update(evidence)
        self.explicit = True

    def add_people(self, speakers: Iterable[Party], orgs: Iterable[Party]) -> None:
        for speaker in speakers:
            folded = speaker.name.casefold()
            if folded in MEDIA_WORDS or folded in PROVIDER_NAMES:
                continue  # "…, Slides": a deck not linked yet; "[YouTube](…/@ann)": no one
            if speaker.name[:6].casefold() == "follow" and _FOLLOW.fullmatch(speaker.name):
                continue  # "Follow @acme": a social network's button, no one
            if not any(s.name == speaker.name for s in self.speakers):
                self.speakers.append(speaker)
            if speaker.url and profile_link(speaker.name, speaker.url):
                self.evidence.add("person")
        for org in orgs:
            if EVENT_WORDS.search(org.name) or org.name.casefold() in MEDIA_WORDS:
                continue  # an event or a venue is not an organization, nor "[Slides]()"
            if "://" in org.name:
                continue  # "[Title]" over "(https://…)": a link broken over two lines
            if _PROGRAMME.match(org.name):
                continue  # "(MSc Advanced Mathematics)": what she studies, no organization
            if not any(o.name == org.name for o in self.organizations):
                self.organizations.append(org)
        if self.speakers:
            self.evidence.add("names")


def take_authors(fields: Fields, *others: Fields) -> None:
    """Where a unit names no speaker but its ``Authors:`` (``**Date**: May 2, 2023,
    **Authors**: Ann Lee, Bo Lind``), and it, or ``others`` of its readings (a heading's
    own line), links a recording or a deck, the authors are its speakers."""
    media = [p for f in (fields, *others) for p in f.media if p.media.kind in ("slides", "video")]
    if fields.authors is None or fields.speakers or not media:
        return
    fields.add_people(*fields.authors)
    fields.evidence.update(("person", "label"))
    fields.explicit = True


def take_described(fields: Fields, known: set[str], *, anyone: bool = False) -> None:
    """A talk's :attr:`Fields.described` people, where it names no speaker and the page
    names each of them as a speaker elsewhere (``known``: their names' keys; a name in
    a description may be a product's, a host's or a historian's subject), or ``anyone``
    (the page's way of naming its speakers)."""
    described = fields.described
    if described is None or fields.speakers:
        return
    if anyone or all(name_key(p.name) in known for p in described[0]):
        fields.add_people(*described)


def take_attributed(fields: Fields) -> None:
    """A talk's :attr:`Fields.attributed` person, where it names no speaker."""
    if fields.attributed is not None and not fields.speakers:
        fields.add_people(*fields.attributed)


def take_calendar_reading(fields: Fields) -> None:
    """Read a line as its :attr:`Fields.calendar_reading`: the linked part after its date is
    the event it was given at (no speaker, no organization), the rest its title."""
    reading = fields.calendar_reading
    if reading is None:
        return
    speakers, orgs, count = reading.read
    talk = reading.talk
    fields.speakers = [p for p in fields.speakers if p not in speakers]
    fields.organizations = [o for o in fields.organizations if o not in orgs]
    fields.media = fields.media[: reading.kept] + talk.media + fields.media[count:]
    fields.title, fields.kind = talk.title, talk.kind
    fields.names_then_title = fields.one_word_names = fields.title_material = None
    fields.dash_org = fields.by_surnames = None
    fields.spoken_on = fields.named_kind = None
    fields.unnamed_title = None
    fields.speaker_first = fields.names_either_way = fields.in_parentheses = False
    fields.affiliation = ""
    fields.calendar_reading = None
    if not fields.speakers:
        fields.evidence.discard("names")
    if talk.media:
        fields.evidence.add("media")
    fields.evidence.update(("event", "calendar"))


def event_with_year(name: str) -> bool:
    """Whether a name is an event's by its words, with its year (``Harbor Summit 2020``)."""
    return bool(YEAR.search(name)) and bool(EVENT_NAME.search(name))


def given_at(fields: Fields, names: list[str]) -> None:
    """The evidence of the linked names after a byline: a name with a year is where the
    talk was given (``by Ann Lee, [ScalaFjord 2019](…)``), an event's by its words too
    (``[Harbor Summit 2020](…)``: "conference")."""
    dated = [name for name in names if YEAR.search(name)]
    if dated:
        fields.evidence.add("event")
    if any(map(event_with_year, dated)):
        fields.evidence.add("conference")
