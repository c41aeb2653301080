"""A heading's own talk: the heading and what follows it, up to its first talk of its own,
where its words are no section's, no group's and no label's, and what it holds is a talk's.
"""

from __future__ import annotations

import re
from collections import Counter

from .at_events import names_event
from .blocks import Block
from .bylines import PARENTHESES
from .fields import Fields, People
from .heading_fields import heading_fields, opens_on_player
from .inline import ONE_LINK, ONE_SLOT, Inline
from .labels import MONTHS, SPACED_DASH, is_date
from .line_marks import without_bullet
from .link_targets import is_post
from .model import Party
from .names import EVENT_NAME, EVENT_PART, clean_text, is_role, looks_like_name
from .no_talk import says_no_talk
from .patterns import lazy
from .section_labels import names_talks
from .talk_kinds import is_kind_alone
from .unit import Unit
from .weighing import TALK, Weighing

_WHEN_GIVEN = lazy(rf"\((?:(?:{MONTHS})\.?\s+)?(?:19|20)\d{{2}}\)\s*$", re.I)
"""A talk's heading that ends with when it was given (``… (May 2031)``, ``… (2031)``)."""
_SPEAKING = lazy(r"(?:public\s+)?speaking(?:\s+(?:engagements|events|gigs))?", re.I)
"""A heading over a speaker's talks (``## Speaking``, ``## Speaking Engagements``; not
``Public speaking tips``)."""


_ATTENDED = lazy(
    r"\b(?:attendee|attended|participant|participation|volunteer(?:ing)?|bénévol\w*|voluntari\w*|"
    r"wolontariusz|member|committee|comité|comitato|komitee|reviewer|organi[sz](?:er|ing)|"
    r"teilnehmer\w*|teilnahme)\b",
    re.I,
)
"""Words of what someone did at an event other than give a talk there (``Program Committee
Member``, ``Volunteer at the registration desk``, ``Bénévolat``)."""


def _event_over_talk(fields: Fields, visible: str, region: list[Block], inner: list[Unit]) -> bool:
    """Whether a heading that names no one names where the talk under it was given: an event
    over a talk of its own, or over a talk's line and its player."""
    if fields.speakers:
        return False
    # "## Title June 2020" over its player, then other talks: a talk given then (a month
    # and a year name no event; "## Devoxx 2031", a name and its year, is an event's)
    if inner and names_event(_WHEN_ENDS.sub("", visible)):
        return True  # "## Harbor Conf 2031" over a talk of its own: where it was given
    # "## KubeCon EU 2024" over "Title - Ann Lee, Acme" and its player
    return bool(EVENT_NAME.search(visible)) and _talk_line_under(region)


_YEAR_SAID = lazy(r"\b(?:19|20)\d{2}\b|['’]\d{2}\b")
"""A year, in full or after an apostrophe (``Harbor Summit '23``)."""
_EDITION = lazy(r"\S+(?:\s+\S+)?\s+['’]\d{2}")
"""A name of a word or two, then a year after an apostrophe (``OSS-NA '22``): an event's
edition."""
_TITLE_MOST_WORDS = 25
"""The most words of a title written under its event's heading."""
_WITH_SOMEONE = lazy(r"\b(?:work|joint|together|collaboration)\s+with\s+(?-i:[A-Z])", re.I)
"""Work done with someone named in full (``Joint work with Ann Lee``): a credit, no title."""
_PARTS_TAKEN = frozenset({
    "speaker", "host", "co-host", "keynote", "panelist", "moderator", "organizer", "mc",
    "volunteer", "guest", "workshop", "and", "&", "invited", "main", "stage",
})  # fmt: skip
"""The words of a line under an event's heading that say what part someone took there
(``Speaker and workshop host``), no title."""


def _line_under(region: list[Block], *, question: bool = False) -> tuple[Inline, str] | None:
    """The first block of a heading's region where it is a line of a few words that may be
    a title: capitalized, no sentence (where ``question``, one line that may hold sentences
    and end with a question, ``Queues at scale. Why not?``), no player, no picture, not a
    link alone; that line, and its words as shown."""
    first = region[0] if region else None
    inline = first.inline if first is not None and first.kind == "paragraph" else None
    if inline is None or inline.embeds or inline.images or ONE_SLOT.fullmatch(inline.text):
        return None
    if question and "\n" in inline.text.strip():
        return None  # (a title then its day: the title's one line)
    words = " ".join(inline.visible().split())
    ends = ".!:" if question else ".!?:"
    if not words[:1].isupper() or words[-1:] in ends or (". " in words and not question):
        return None
    return (inline, words) if len(words.split()) <= _TITLE_MOST_WORDS else None


_DATED_OVER = 3
"""How many headings of a level, at least, over a line then its day, make the page's way."""


def dated_over(regions: list[tuple[Block | None, list[Block]]]) -> set[Block]:
    """The headings over a line of a few words, then a paragraph that is only a day
    (``##### Harbor Days`` over ``Queues at Scale, Why Not?`` over ``<small>May 2031</small>``),
    three or more of their level: where, what, then when, the page's way of listing the
    talks a speaker gave."""
    found = [
        heading
        for heading, region in regions
        if heading is not None
        and len(region) >= 2
        and _line_under(region, question=True) is not None
        and _is_day(region[1])
    ]
    levels = Counter(h.level for h in found)
    return {h for h in found if levels[h.level] >= _DATED_OVER}


def _is_day(block: Block) -> bool:
    """Whether a block is a paragraph that only says a day (``<small>May 2031</small>``)."""
    inline = block.inline if block.kind == "paragraph" else None
    return inline is not None and is_date(clean_text(inline.visible()))


def _names_event_over(visible: str, under: tuple[Inline, str]) -> bool:
    """Whether a heading names the event the line under it was given at: by its edition
    (``OSS-NA '22``), or by an event's word and its year (``Harbor Summit '23``); over a
    title wholly in bold, by either (``## Percona Live Europe 2031``, ``## Kubecon 31
    Barcelona`` over ``**Title**``)."""
    if _EDITION.fullmatch(visible):
        return True
    event, year = EVENT_PART.search(visible), _YEAR_SAID.search(visible)
    if event and year:
        return True
    inline, words = under
    bold = any(clean_text(inline.visible(run)) == words for run in inline.strong)
    return bold and bool(event or year)


def _no_title(below: Fields) -> bool:
    """Whether a line read under an event's heading gives no title: one word, the part
    someone took (``Keynote``, ``Speaker and workshop host``), a role, a credit (``Joint
    work with Ann Lee``), or what says no talk."""
    said = below.title.casefold().split()
    if len(said) < 2 or set(said) <= _PARTS_TAKEN or is_role(below.title):
        return True
    return says_no_talk(below) or bool(_WITH_SOMEONE.search(below.title))


_WHEN_ENDS = lazy(rf"\s+(?:{MONTHS})\.?\s+(?:19|20)\d{{2}}\s*$", re.I)
"""The month and year a heading ends with (``Title June 2020``): when, no event's name."""
_BETWEEN_PEOPLE = lazy(r"\s*(?:,|&|\band\b|;)\s*")
"""What stands between the people after a talk's dash."""


def _talk_line_under(region: list[Block]) -> bool:
    """Whether a region holds a paragraph that reads as a talk's line, its title, a dash,
    its speakers, the first a name in full (``Vitess: An Introduction - Ann Lee, Acme``; not
    a description, ``An honest look - what works``): the heading over it names where it was
    given, whether or not the line is read."""
    for block in region:
        inline = block.inline if block.kind == "paragraph" else None
        if inline is None:
            continue
        first = inline.visible(inline.lines()[0][1])
        parts = SPACED_DASH.split(first, maxsplit=1)
        if len(parts) == 2 and len(first.split()) <= 40:
            who = _BETWEEN_PEOPLE.split(parts[1].strip(), maxsplit=1)[0].strip()
            if len(who.split()) >= 2 and who[:1].isupper() and looks_like_name(who):
                return True  # "Title - Ann Lee, Acme & Bo Lind": speakers after the dash
    return False


_AUTHORED_BESIDE = 3
"""How many headings of talks, at least, that name their authors beside their media, make
a heading written alike one of them."""


class HeadingUnits(Weighing):
    """Reads a region's heading into its talk (the finder of a page's talks is one)."""

    words: dict[Block, str]
    grouping: set[Block]
    repeated: dict[str, int]
    heading_people: dict[Block, People]
    recap_people: dict[Block, tuple[Party, ...]]
    authored_left: dict[Block, Unit]
    dated_over: set[Block]
    line_count: int
    player_levels: set[int]
    blocks: list[Block]
    title: str

    def heading_unit(self, heading: Block, region: list[Block], inner: list[Unit]) -> Unit | None:
        inline = heading.inline
        if inline is None:
            return None
        visible = self.words[heading]
        forced_level = self.forced if self.forced and self.forced.startswith("h") else None
        if forced_level and forced_level != f"h{heading.level}":
            return None
        player = opens_on_player(region, inner)
        if not forced_level and self._structure(
            heading, visible, inner, player=heading.level if player else None
        ):
            return None  # a date, a group, a heading that repeats: structure, not a talk
        person = heading in self.heading_people
        fields = heading_fields(self.reader, heading, visible, region, inner, person=person)
        if fields is None:
            return None
        dated = heading in self.dated_over
        if not forced_level and self._where_given(fields, visible, region, inner, dated=dated):
            return None
        if forced_level or fields.classes & TALK:
            fields.evidence.add("label")
        self._evidence_around(fields, heading, region)
        if not self.is_talk(fields):
            self._authored_left(fields, heading, inner)
            return None
        if player and not inner:
            self.player_levels.add(heading.level)
        end = inner[0].start if inner else self.line_count
        return Unit("heading", heading.start, heading.end, end, fields, heading, heading.level)

    def _authored_left(self, fields: Fields, heading: Block, inner: list[Unit]) -> None:
        """Keep a heading that links its title and names its authors (``### [Title](page)``
        over ``**Date**: …, **Author**: Ann Lee``) but no recording or deck, for
        :meth:`authored_beside`; a post's link is none."""
        links = heading.inline.links if heading.inline is not None else []
        if fields.authors is None or fields.speakers or not fields.title or len(links) != 1:
            return
        if is_post(links[0].href):
            return
        end = inner[0].start if inner else self.line_count
        unit = Unit("heading", heading.start, heading.end, end, fields, heading, heading.level)
        self.authored_left[heading] = unit  # (a heading may be weighed twice)

    def authored_beside(self, talks: list[Unit], above: list[list[Block]]) -> list[Unit]:
        """The talks, with the headings kept by :meth:`_authored_left` that stand under the
        same heading as three talks' headings or more of their level, each of which names
        its authors so and links its recording or deck: one list of talks, written alike
        (``[Title](webinar page)``: the talk's own page, its recording maybe there), on a
        page whose title or a heading says it lists talks. ``above``: each region's heading
        and those it stands under (:meth:`~mkdocs_roundup.regions.Regions.headings_above`)."""
        left, self.authored_left = self.authored_left, {}
        if not left or not self.page_says_talks(given=True):
            return talks  # a library's, a knowledge base's: books, podcasts, guides too
        taken = {u.block for u in talks}
        parents = {over[-1]: over[-2] if len(over) > 1 else None for over in above if over}
        alike = Counter(
            (u.level, parents.get(u.block))
            for u in talks
            if u.form == "heading" and u.fields.authors is not None and u.fields.speakers
        )
        found = []
        for unit in left.values():
            if unit.block in taken:
                continue  # a talk by another way (under its speaker's heading)
            if alike[(unit.level, parents.get(unit.block))] >= _AUTHORED_BESIDE:
                assert unit.fields.authors is not None
                unit.fields.add_people(*unit.fields.authors)
                unit.fields.evidence.add("series")
                found.append(unit)
        return sorted([*talks, *found], key=lambda u: u.start) if found else talks

    def _evidence_around(self, fields: Fields, heading: Block, region: list[Block]) -> None:
        """Evidence a heading's talk has from the page around it: the event its body labels
        under a heading of talks given (:meth:`_given_at_event`), or the speakers an
        event's recap names at its section's opening (:mod:`~mkdocs_roundup.recap_sections`)."""
        if self._given_at_event(fields, heading, region):
            fields.evidence.add("label")  # "- **Event:** KCD Oslo" under "## Speaking"
        if heading in self.recap_people and not fields.speakers:
            fields.add_people(self.recap_people[heading], ())
            fields.evidence.add("series")

    def _where_given(
        self,
        fields: Fields,
        visible: str,
        region: list[Block],
        inner: list[Unit],
        *,
        dated: bool = False,
    ) -> bool:
        """Whether a heading only says where the talks under it were given (no talk of its
        own); else, where it names the event a talk of no speaker was given at, that talk
        is titled by the line under it (:meth:`_titled_under_event`)."""
        if _event_over_talk(fields, visible, region, inner):
            return True
        if dated or not fields.speakers:
            self._titled_under_event(fields, visible, region, dated=dated)
        return False

    def _titled_under_event(
        self, fields: Fields, visible: str, region: list[Block], *, dated: bool = False
    ) -> None:
        """A talk whose heading names the event it was given at, with its year (``### Harbor
        Summit '23``), titled by the line right under it: a few words, no sentence, not a link
        alone (``<span class="event-title">Title (Contributed Talk)</span>``); the heading is
        where (:func:`_names_event_over`); or a heading of the page's way, a line then its
        day under each (``dated``, :func:`dated_over`), whatever it names. (No evidence of a
        talk: a show's heading over its episode's title is written so too.)"""
        under = _line_under(region, question=dated)
        if under is None or not (dated or _names_event_over(visible, under)):
            return  # "### Spring 2031": a year names no event here
        inline, words = under
        below = Fields()
        self.reader.title_line(inline.text.strip(), inline, below, inline.first_line)
        if not below.title or below.speakers or below.media:
            return  # "[Download Slides](…)" under "## PyCon US 2024": its media, no title
        if _no_title(below) and not (dated and is_kind_alone(below.title)):
            return  # "Keynote" under "##### Harbor Days - Oslo" over its day: the talk's kind
        fields.title, fields.kind = below.title, below.kind or fields.kind
        fields.abstract = [a for a in fields.abstract if a != words]
        if dated:  # "##### Codemotion - Berlin, Germany": where, no one named after a dash
            fields.speakers[:] = [p for p in fields.speakers if p.name not in visible]
            fields.organizations[:] = [o for o in fields.organizations if o.name not in visible]
            fields.names_then_title, fields.names_either_way = None, False  # nor before it

    def _given_at_event(self, fields: Fields, heading: Block, region: list[Block]) -> bool:
        """Whether a heading that names no event, with no evidence of its own, is a talk by
        the event its body labels (``- **Event:** Harbor Days``, ``Conference: …``): where it
        ends with when it was given (``(May 2031)``) and the heading right above it says its
        headings are talks given (``## Speaking``, ``## Talks``); or, with no day, where that
        heading says talks (not ``## Speaking``), its body links something (the event's page,
        a recording) and its title is no one's role (``### Senior Developer``, ``### Program
        Committee Member``, ``### Volunteer``): not a conference attended, a volunteer's role,
        a job, nor an event's own heading."""
        title = PARENTHESES.sub("", fields.title)  # "Title (May 2031)": when, no event's name
        if not fields.event_named or fields.evidence or names_event(title):
            return False
        if heading.inline is None:
            return False
        parent = next(
            (
                b
                for b in reversed(self.blocks)
                if b.kind == "heading" and b.start < heading.start and b.level < heading.level
            ),
            None,
        )
        said = parent.inline.visible() if parent is not None and parent.inline else self.title
        speaking = bool(_SPEAKING.fullmatch(said.strip()))
        if _WHEN_GIVEN.search(heading.inline.visible()):
            return speaking or names_talks(said)
        if speaking or not names_talks(said) or is_role(title) or _ATTENDED.search(title):
            return False  # "## Speaking": talks given, or roles and events attended
        return any(b.inline is not None and b.inline.links for top in region for b in top.walk())

    def _structure(
        self, heading: Block, visible: str, inner: list[Unit], *, player: int | None
    ) -> bool:
        """Whether a heading groups talks or labels a part of one: a date or a section's
        word, two talks of its own, a few words that repeat on the page (``### Q&A``; a
        talk given at three events is named three times), a field's label. Talks of its
        own do not make a section of a heading that opens on a player (``player``: its
        level) as a talk's heading of its level above does: the latest talk shown above
        the list of all."""
        return bool(
            heading in self.grouping
            or (len(inner) >= 2 and player not in self.player_levels)
            or (self.repeated.get(visible.casefold(), 0) >= 3 and len(visible.split()) <= 3)
            or self.reader.only_label(visible) is not None  # "## Speaker"
        )

    def names_media(self, words: str) -> bool:
        """Whether a link's words name what it links (``Harbor Meetup recording``, ``Slides on
        Speaker Deck``), not another talk (``Proxies explained``)."""
        return any(self.reader.media_role(word) for word in words.split())

    def labelled_below(self, region: list[Block]) -> set[str]:
        """What a heading's region labels, in its paragraphs' and list items' first lines:
        ``title`` for its talk's title (``Title:`` over ``> Quiet Queues``, ``- Talk: Quiet
        Queues``; not ``Session:`` or ``Topic:``, over its talks), the label's role for the
        others (``speakers`` for ``- Speaker: Ann Lee``)."""
        said: set[str] = set()
        for block in region:
            lines = [item.children[0] for item in block.children if item.children]
            for paragraph in lines if block.kind == "list" else [block]:
                inline = paragraph.inline if paragraph.kind == "paragraph" else None
                line = inline.lines()[0][1] if inline and inline.text else ""
                label = self.reader.label(line) if line else None
                if label is not None:
                    said.add("title" if _TITLE_LABEL.match(line) else label[0])
        return said

    def material_item(self, unit: Unit, labelled: set[str]) -> bool:
        """Whether a list item under a heading gives its talk's material, no talk of its own
        (``labelled``: what the heading's region labels, :meth:`labelled_below`): one link
        that names media, under a labelled title (``- [Harbor Meetup recording](…)``), or
        one that opens with such a link, beside a labelled speaker (``- [Slides](…) - file
        too large``, ``- [Recording](…) | [Notes](…)`` beside ``- Speaker: Ann Lee``)."""
        if bare_link_item(unit):
            return "title" in labelled and self.names_media(unit.fields.title)
        inline = _item_line(unit)
        if "speakers" not in labelled or inline is None:
            return False
        if unit.fields.speakers:
            return False  # "- [Video](…) - Title by Ann Lee": a talk of its own
        first = ONE_LINK.match(without_bullet(inline.text))
        return first is not None and self.names_media(inline.links[int(first[1])].text)


_TITLE_LABEL = lazy(
    r"[*_\s]*(?:title|talk|titel|titre|título|titolo|vortrag|charla|palestra|タイトル|标题|題目)"
    r"[*_\s]*[:：]",
    re.I,
)
"""The labels of one talk's title (``Title:``, ``Talk:``, ``Titel:``), not of a session's or a
topic's."""


def bare_link_item(unit: Unit) -> bool:
    """Whether a unit is a list item of one link and nothing more, naming no one."""
    inline = _item_line(unit)
    if inline is None or unit.fields.speakers:
        return False
    return ONE_SLOT.fullmatch(without_bullet(inline.text).strip()) is not None


def _item_line(unit: Unit) -> Inline | None:
    """A list item's own words (its first block's), ``None`` for a unit of another form."""
    children = unit.block.children if unit.form == "item" else []
    return children[0].inline if children else None
