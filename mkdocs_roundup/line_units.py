"""Heading-less talks: a line that introduces a talk, with no heading of its own (a strong
run, a strong link around a thumbnail, a link that names its media and the title, a
paragraph that opens with its strong title and carries its own media)."""

from __future__ import annotations

import re

from .blocks import Block
from .extents import close_lines
from .fields import Fields
from .inline import ONE_SLOT, Inline
from .labels import is_date
from .line_marks import without_time
from .names import clean_text
from .paragraph_units import embedded_player
from .patterns import lazy
from .titles import ATTR_LIST
from .unit import Unit
from .unit_lines import unit_body
from .weighing import Weighing

_NUMBERED_LABEL = lazy(r"^([*_]*\w+)\s+\d{1,2}(?=[*_]*\s*[:：])")
"""A label's number (``**Speaker 2**:``), no word of the label."""
TITLE_ONLY = "title only"
"""The evidence of a strong line alone in its paragraph that names no one (``**Title**``):
a talk's only where a player is embedded below it, and nothing more."""


class LineUnits(Weighing):
    """Reads a paragraph's lines that introduce talks into units (the finder of a page's
    talks is one)."""

    line_stops: set[int]
    """Where the lines of a talk above end: lines written as a talk's line that are none
    (``**2031-05-02**: Guest Lecturer.``), and a program's next slot, a line that opens with
    its time under a talk's line in one paragraph (``11.40 …``)."""

    def line_units(self, block: Block) -> list[Unit]:
        """Heading-less talks: a line that is one strong run (``<strong><a href=deck>Title</a>
        - Name</strong>``), one strong link around a thumbnail, or a paragraph that opens
        with its strong title and carries its own media."""
        inline = block.inline
        assert inline is not None
        if not inline.strong and "\x00" not in inline.text:
            return []  # no strong run, no link: prose, no line of it introduces a talk
        units: list[Unit] = []
        strong = {_spaced(text) for text in inline.strong}
        lead = _spaced(inline.strong[0]) if inline.strong else ""
        for number, (line, text) in enumerate(inline.lines()):
            bare = without_time(text)
            if number and units:  # under a talk's line, one that opens with its own speaker
                if bare != text:
                    self.line_stops.add(line)  # "11.40 …": the next slot, none of the talk's
                found = self._program_line(inline, line, bare, strong)
            else:
                found = self._strong_line(block, inline, line, bare, strong, lead)
            if found is None:
                continue
            fields, head_end = found
            if self.is_talk(fields) and fields.title:
                units.append(Unit("line", line, head_end, head_end, fields, block))
        return units

    def took_session(
        self,
        above: Block | None,
        listed: Block,
        units: list[Unit],
        paragraphs: list[Unit],
        group: str | None,
    ) -> bool:
        """Whether the paragraph ``above`` a list is a session's over its people (:meth:`
        people_session`), or a speaker's label over her title and its media (:meth:`
        speaker_over_list`): its talk, in place of what else the paragraph was read as, in
        the section a bold line above names (``***Season 2031***``, ``group``)."""
        session = self.people_session(above, listed) or self.speaker_over_list(above, listed)
        if session is None:
            return False
        units[:] = [u for u in units if u.block is not above]
        paragraphs[:] = [u for u in paragraphs if u.block is not above]
        units.append(session)
        if group:
            session.section, session.grouped = group, True
        return True

    def people_session(self, above: Block | None, listed: Block) -> Unit | None:
        """A short paragraph that gives a session's day in bold, then its title, over the
        list of the people who give it (``**Thursday May 3, 2031. 2pm (Hall A)**: Title``
        over ``- Ann Lee (Acme University) ([slides](…))`` / ``- Bo Lind (UMBRA)``): one
        talk, by them all, with their decks, its body the list (:func:`~mkdocs_roundup.
        unit_lines.unit_body` reads it). A title in bold alone over people is no session:
        a reading group's week over its papers' authors, ``**Organizers**``."""
        inline = above.inline if above is not None and above.kind == "paragraph" else None
        if above is None or inline is None or not inline.strong or len(listed.children) < 2:
            return None
        if len(inline.lines()) > _SESSION_LINES:
            return None
        # "**Week 2: Consensus**", no day, over the papers' authors: a reading's
        text = after_dated_lead(inline, " ".join(line for _, line in inline.lines()), remark=True)
        if not text or self.reader.listed_people(listed) is None:
            return None
        fields = self._line_fields(text, inline, above.start)
        if not fields.title or fields.speakers or fields.media:
            return None
        fields.evidence.add("calendar")
        self.line_stops.add(listed.end)  # the list is its body, no more
        return Unit("line", above.start, above.end, above.end, fields, above)

    def speaker_over_list(self, above: Block | None, listed: Block) -> Unit | None:
        """A line that only labels its speaker (``**Speaker 2**: [Ann Lee](…)``) over a
        list that gives her talk's title, then maybe its media or material, one item each
        (``- Quiet Queues`` / ``- [Slides](…)`` / ``- [Code](…)``): her talk (the label says
        who speaks, the list what about)."""
        inline = above.inline if above is not None and above.kind == "paragraph" else None
        if above is None or inline is None or len(inline.lines()) != 1:
            return None
        line, text = inline.lines()[0]
        text = _NUMBERED_LABEL.sub(r"\1", text)
        labelled = self.reader.label(text)
        if labelled is None or labelled[0] != "speakers" or not labelled[1].strip():
            return None
        title = self._listed_title(listed)
        if title is None:
            return None
        fields = Fields()
        self.reader.body_line(text, inline, line, fields)
        if not fields.speakers or not all(self._material(i, fields) for i in listed.children[1:]):
            return None
        fields.title = title
        fields.evidence.add("labelled")
        self.line_stops.add(listed.end)
        return Unit("line", above.start, above.end, listed.end, fields, above)

    def _listed_title(self, listed: Block) -> str | None:
        """A list's first item, where it is one line of words that labels nothing: a title."""
        first = listed.children[0].children[:1]
        title = first[0].inline if first and first[0].kind == "paragraph" else None
        if title is None or len(title.lines()) != 1 or ONE_SLOT.fullmatch(title.text):
            return None  # "- [Slides](…)" first: no title
        if self.reader.label(title.text) is not None:
            return None  # "- Topic: …" lists a talk's fields, read so
        return clean_text(title.visible())

    def _material(self, item: Block, fields: Fields) -> bool:
        """Read an item that only links media, or material beside a talk (``[Code](…)``);
        whether it was one."""
        first = item.children[0].inline if item.children else None
        if first is None:
            return False
        if self.reader.media_only(first.text, first, fields):
            return True
        link = ONE_SLOT.fullmatch(first.text)
        return link is not None and self.reader.beside(clean_text(first.links[int(link[1])].text))

    def _program_line(
        self, inline: Inline, line: int, text: str, strong: set[str]
    ) -> tuple[Fields, int] | None:
        """A line of a program's paragraph, under a talk's line: one that opens with its
        speaker's name in bold, names her in full and links the talk's media (``14.00 **Ann
        Lee** (Lumen). Title ([slides](…))<br/>``); not a feature's, a glossary's or a
        blog's line in bold (``**Fast** (incremental builds). Rebuilds …``)."""
        lead = _opening(inline, text, strong)
        if not lead or "\x00" not in text:
            return None
        fields = self._line_fields(text, inline, line)
        named = fields.named_in_full
        return (fields, line + 1) if named and fields.media else None

    def media_below(
        self,
        region: list[Block],
        units: list[Unit],
        region_end: int,
        *,
        talks: bool,
    ) -> None:
        """Strong lines that name a talk's speakers (``**Title - Ann Lee**``) but link
        nothing themselves: where the lines below one, to the next talk, link its deck or
        recording, that is its evidence (the lines are read again as its body when it is
        kept), on a page that says it is about talks or under an event's heading
        (``talks``: a recipe's name and its cook over a video are no talk). A strong title
        alone (:data:`TITLE_ONLY`, read under an event's heading only) is a talk's by the one
        player below it."""
        lines = [u for u in units if u.form == "line"]
        titles = [u for u in lines if TITLE_ONLY in u.fields.evidence]
        named = [u for u in lines if TITLE_ONLY not in u.fields.evidence]
        if not talks or any(u.fields.strong for u in lines):
            named = []
        if not named and not titles:
            return
        close_lines(units, region_end, self.line_stops)
        for unit in named:
            below = self._below(region, unit)
            if any(piece.media.kind in ("slides", "video") for piece in below.media):
                unit.fields.evidence.add("media")
        # kept, with the player below as its evidence, or gone
        gone = {id(unit) for unit in titles if not self._over_player(region, unit)}
        if gone:
            units[:] = [u for u in units if id(u) not in gone]

    def _over_player(self, region: list[Block], unit: Unit) -> bool:
        """Whether a strong title alone stands over one player, or over a label that names
        its speakers in full (``**Speaker:** Ann Lee``): its evidence, then."""
        below = self._below(region, unit)
        if embedded_player(below) is not None:
            unit.fields.evidence.add("media")
            return True
        labelled = "label" in below.evidence and below.speakers
        if labelled and all(p.in_full for p in below.speakers):
            unit.fields.evidence.add("person")
            return True
        return False

    def _below(self, region: list[Block], unit: Unit) -> Fields:
        """What the lines under a strong line say, to the next talk (read apart from the
        line's own fields)."""
        below = Fields()
        unit_body(self.reader, region, below, range(unit.head_end, unit.end))
        return below

    def _strong_line(
        self, block: Block, inline: Inline, line: int, text: str, strong: set[str], lead: str
    ) -> tuple[Fields, int] | None:
        """A line that introduces a talk, read, with the line its body starts on; ``lead``:
        the strong text the paragraph opens with (tried on its lines until one is a talk's;
        under a talk's line, :meth:`_program_line` reads the lines)."""
        slots = ONE_SLOT.fullmatch(ATTR_LIST.sub("", text) if "{" in text else text)
        link = inline.links[int(slots[1])] if slots else None
        visible = inline.visible(text).strip()
        # "**Video:** [link](…)": a strong lead that ends with a colon labels the line
        led = lead[-1:] not in ":：" and "\x00" in text and _spaced(visible).startswith(lead)
        if led and block.kind == "paragraph" and _spaced(visible) != lead:
            return self._led_line(text, inline, line)
        if link is not None and link.strong and link.images:
            return self._line_fields(text, inline, line), link.end_line + 1
        titled = self.reader.titled_media(link) if link is not None else None
        if titled is not None and link is not None:  # '[Slides "Title"](deck.pdf)'
            fields = Fields(title=titled[0], media=[titled[1]], evidence={"media"})
            self.reader.attr_list(text, fields)  # "{ .not-talk }"
            return fields, link.end_line + 1
        if strong and visible and _spaced(visible) in strong and not visible.endswith(":"):
            return self._whole_strong_line(block, inline, line, text)
        return None

    def _whole_strong_line(
        self, block: Block, inline: Inline, line: int, text: str
    ) -> tuple[Fields, int] | None:
        """A line all in bold: a talk's where it names its speakers (``**Title - Ann
        Lee**``), maybe one where it is a title alone in its paragraph (:data:`TITLE_ONLY`,
        by the player below it)."""
        fields = self._line_fields(text, inline, line)
        if fields.speakers:
            return fields, line + 1
        if block.end - block.start == 1 and not inline.links and fields.title:
            fields.evidence.add(TITLE_ONLY)
            return fields, line + 1
        return None

    def _led_line(self, text: str, inline: Inline, line: int) -> tuple[Fields, int] | None:
        """A paragraph's line that opens with its strong title: a talk's, by its own media
        (``**Title** — Ann Lee ([slides](…))``), or maybe by the speakers it names, over
        their player (``**Title** by [Ann Lee](…)``: the page's talks will say)."""
        fields = self._line_fields(text, inline, line)
        named = fields.named_in_full
        return (fields, line + 1) if fields.media or named else None

    def _line_fields(self, text: str, inline: Inline, line: int) -> Fields:
        fields = Fields()
        self.reader.title_line(text, inline, fields, line)
        return fields


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _opening(inline: Inline, text: str, strong: set[str]) -> str:
    """The strong words a line opens with (``**Ann Lee** (Lumen). Title``), or ``""``."""
    words = _spaced(inline.visible(text))
    return next((run for run in strong if run and words.startswith(run)), "")


_SESSION_LINES = 3
"""The most lines of a session's title over the list of its people."""
_WHEN_CUT = lazy(r"\.\s|\s\(|,\s(?=\d{1,2}(?:[:h.]|\s*[ap]m))", re.I)
"""Where a date's remark starts after it: its time, its place (``Thursday May 3, 2031. 2pm
(Hall A)``)."""


def after_dated_lead(inline: Inline, text: str, *, remark: bool = False) -> str | None:
    """The words of ``text`` after the date in bold that opens it (``**2031-05-02**: two
    sessions``); ``remark``: the date may go on with its time and place (``**May 3, 2031.
    2pm (Hall A)**: Title``). ``None`` for a line that opens otherwise."""
    lead = inline.strong[0].strip() if inline.strong else ""
    when = _WHEN_CUT.split(lead, 1)[0] if remark else lead
    if not lead or not inline.visible(text).lstrip().startswith(lead) or not is_date(when):
        return None
    at = text.find(lead) + len(lead) if lead in text else 0
    return text[at:].lstrip(" *_:：-–—")
