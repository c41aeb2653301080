"""Paragraphs that each give one talk: a short paragraph that is a talk's line and its
links (``2013-01-24: Ann Lee - Title ([slides](…))``), a linked title over its day and where
(:mod:`~mkdocs_roundup.dated_links`); and whether the page says it is about talks, which
some of them need.
"""

from __future__ import annotations

import re
from itertools import islice

from .blocks import Block
from .body import Reader
from .dated_links import dated_link_talk, says_talks_given
from .embeds import player_shortcode
from .fields import Fields, People, Piece
from .inline import Inline
from .labels import LEADING_DATE, SPACED_DASH, is_date
from .line_labels import labels_talk
from .names import EVENT_NAME, SERIES, clean_text
from .patterns import lazy
from .player_bylines import byline_over_title
from .program_entries import GATHERING, timed_entry
from .speakers_first import names_only_first
from .talk_lines import talk_line
from .unit import Unit
from .unit_lines import unit_body
from .weighing import Weighing

_SAYS_TALKS = lazy(
    rf"\b(?:talks?|conference|keynotes?|sessions?|meetups?|summit|{SERIES}|presentations|slides|"
    r"presentaciones|charlas|ponencias|palestras|apresentações|vorträge|présentations|"
    r"exposés|interventi|presentazioni|prezentacje|wystąpienia|доклады|выступления|"
    r"conférences?|conferencias?|conferenze|konferenz(?:en)?)\b"
    r"|沙龙|讲师|演讲|讲座|分享会|大会|勉強会|登壇|発表|講演|セミナー|발표|세미나|밋업|컨퍼런스|강연",
    re.I,
)
"""Words that say a page is about talks (``Talks I liked``, ``… at the end of every talk``)."""
_SPACED_DASH_NAME = lazy(r"\s[-–—]\s+[A-Z][\w'’.-]+\s+[A-Z]")
"""A talk's line that names its speaker after a dash (``Title - Ann Lee, Acme``)."""
_SHORT = 6
"""The most lines a paragraph that is one talk's line and its links has."""
_DATED_SHORT = 8
"""The most lines such a paragraph has under a line that only dates it."""
_FEW_WORDS = 12
"""The most words around its links (``papers: [ICFP](…) and [POPL](…)``) such a paragraph has."""


PLAYER_LINE = "player line"
"""The evidence of a talk's line alone over its player: a talk even alone under its
heading."""


class ParagraphUnits(Weighing):
    """Reads a page's paragraphs into units (the finder of a page's talks is one)."""

    blocks: list[Block]
    says_talks: bool | None
    """Whether the page's title, a heading or its opening paragraphs name talks or an event
    (``Post PyCon``, ``Talks I liked``); looked for once, where needed."""
    says_given: bool
    """Whether the page's title or headings say it lists talks given, looked for with
    :attr:`says_talks`."""
    opening = ""
    """The page's title, headings and opening paragraphs, as :meth:`page_says_talks` read them."""

    def page_says_talks(self, *, given: bool = False) -> bool:
        """Whether the page's title, its headings or its first paragraphs say talks or name
        an event (``Post Pycon``, ``… at the end of every talk``): a page of recordings
        with comments is then a recap, not a list of songs or recipes (``given``: its title
        or a heading says it lists talks given, :func:`~mkdocs_roundup.dated_links.
        says_talks_given`; a word in passing in a paragraph is not enough)."""
        if self.says_talks is None:
            named = " ".join([self.title, *self.words.values()])
            paragraphs = (b.inline for b in self.blocks if b.kind == "paragraph")
            opening = [inline.visible() for inline in islice(filter(None, paragraphs), 3)]
            said = " ".join([named, *opening])
            self.opening = said
            self.says_talks = bool(_SAYS_TALKS.search(said) or EVENT_NAME.search(named))
            self.says_given = says_talks_given(named)
        return self.says_given if given else self.says_talks

    def page_of_event(self) -> bool:
        """Whether the page says talks or names a gathering (``This workshop brings …``):
        an event's page, whose program's slots are talks (a meeting's agenda's are not)."""
        return self.page_says_talks() or bool(GATHERING.search(self.opening))

    def talks_named_over(self, level: int) -> bool:
        """Whether the page's title or a heading above ``level`` says it lists talks given
        (``## Talks on Maps``; a byline's event below them is no such heading, nor a
        question at ``level``, ``### Can I give a talk?``)."""
        said = [self.title]
        said += [
            b.inline.visible()
            for b in self.blocks
            if b.kind == "heading" and b.level < level and b.inline
        ]
        return says_talks_given(" ".join(said))

    def paragraph_unit(
        self, block: Block, after: Block | None = None, *, players: bool = False
    ) -> Unit | None:
        """A short paragraph that is one talk's line and its links (``2013-01-24: Ann Lee -
        Title ([slides](…))``), after a line that only dates it, if one does; or a talk's
        line alone over its player (``after``: the block that follows it)."""
        inline = block.inline
        if block.kind != "paragraph" or inline is None or block.end - block.start > _DATED_SHORT:
            return None
        lines = inline.lines()
        first = 1 if len(lines) > 1 and is_date(inline.visible(lines[0][1])) else 0
        if block.end - block.start > (_DATED_SHORT if first else _SHORT):
            return None
        if (timed := timed_entry(self.reader, inline, lines)) is not None and self.is_talk(timed):
            unit = Unit("paragraph", block.start, block.end, block.end, timed, block)
            return self._media_after(unit, after)
        linked = dated_link_talk(self.reader, inline, lines)
        if linked is not None:  # "[**Title**](deck) Mar 3, 2032" over where
            return self._dated_link_unit(block, lines[0][0], linked)
        line = lines[first][0]
        text, head_end = talk_line(inline, lines, first)
        over = self._paragraph_over_player(block, lines, after, (text, line), players=players)
        if over is not None:
            return over
        player = (
            len(lines) == first + 2
            and player_shortcode(lines[-1][1])
            and self.page_says_talks()  # a wedding's captions over its videos are none
            and bool(_SPACED_DASH_NAME.search(inline.visible(text)))
        )
        led = self.reader.talks_listed and _bold_title_first(inline, text)
        if not self._talk_line(inline, text, marked=bool(first or player or led), led=led):
            return None
        fields, head_end = self._dated_fields(inline, lines, first, text, line, head_end)
        unit_body(self.reader, [block], fields, range(head_end, block.end))
        if self._prose_or_none(fields, led=led):
            return None
        unit = Unit("paragraph", line, head_end, block.end, fields, block)  # the date stays
        return self._media_after(unit, after)

    def _dated_fields(
        self,
        inline: Inline,
        lines: list[tuple[int, str]],
        first: int,
        text: str,
        line: int,
        head_end: int,
    ) -> tuple[Fields, int]:
        """A paragraph's talk read from its line (``text``, on source ``line``; ``head_end``
        the line after it), under the line that dates it where ``first``; and where its
        body starts."""
        fields = Fields()
        if first and self.page_says_talks():
            fields.evidence.add("dated")  # "2013-06-27:" over the talk's line, on a page of talks
        named = _names_over_strong(self.reader, inline, lines, first) if first else None
        if named is not None:  # "22nd Nov 2031" over "Ann Lee (Acme)" over "**Title**"
            people, fields.title, head_end = named
            fields.add_people(*people)
        else:
            self.reader.title_line(text, inline, fields, line)
        return fields, head_end

    def _media_after(self, unit: Unit, after: Block | None) -> Unit:
        """A talk's paragraph and the paragraph right after it, where that one only links
        media, each link named as such (``[Video](…)``, ``[Slides](…) · [Video](…)``):
        the talk's media too."""
        inline = after.inline if after is not None and after.kind == "paragraph" else None
        if after is None or inline is None or inline.embeds:
            return unit
        if not all(self.reader.media_role(link.text) for link in inline.links):
            return unit  # "[Notes](…)" beside the video: material, maybe no talk's
        if not self.reader.is_media_field(inline.text, inline):
            return unit  # words beside the links: a paragraph of its own
        before = len(unit.fields.media)
        self.reader.labelled_links(inline.text, inline, unit.fields)
        if len(unit.fields.media) == before:
            return unit
        unit.end = max(after.end, unit.end)
        return unit

    def _talk_line(self, inline: Inline, text: str, *, marked: bool, led: bool = False) -> bool:
        """Whether a paragraph's first line ``text`` may be a talk's: dated, linking its talk
        (``marked``: under a line that dates it, over its player, or its title in bold first
        on a page of talks given, ``led``), or a label of a record whose lines label its
        fields (``Topic: Title`` over ``Speaker: Ann Lee``); prose is none (but a sentence
        after a title in bold, ``**Title**, A talk about …``), nor a label's or a media
        field's line."""
        if labels_talk(self.reader, inline):
            return True
        if not (marked or inline.links or LEADING_DATE.match(text)):
            return False
        return not self._no_talk_line(inline.strong[0] if led else text, inline)

    def _prose_or_none(self, fields: Fields, *, led: bool = False) -> bool:
        """Whether a paragraph read as a talk's is prose (but after a talk's recording and
        speaker, or its title in bold on a page of talks given, ``led``) or no talk."""
        said = sum(len(a.split()) for a in fields.abstract)
        told = (fields.media and fields.speakers and self.page_says_talks()) or led
        if said > _FEW_WORDS and not told:
            return True
        return not self.is_talk(fields, maybe=names_only_first(fields))

    def _no_talk_line(self, text: str, inline: Inline) -> bool:
        """Whether a paragraph's first line is no talk's: prose (too many words), a label's
        or a media field's."""
        reader = self.reader
        return (
            len(text.split()) > _FEW_WORDS * 2
            or reader.label(text) is not None
            or reader.is_media_field(text, inline)
        )

    def _paragraph_over_player(
        self,
        block: Block,
        lines: list[tuple[int, str]],
        after: Block | None,
        talk_line: tuple[str, int],
        *,
        players: bool,
    ) -> Unit | None:
        """A paragraph over a block that only embeds its talk's player, the player its
        recording: a talk's line alone, among events' headings (``players``,
        :meth:`_line_over_player`), or, on a page that says talks, a byline over a quoted
        title (:func:`~mkdocs_roundup.player_bylines.byline_over_title`)."""
        inline = block.inline
        if inline is None or after is None or not _embeds(after):
            return None
        if players and len(lines) == 1:
            fields = self._line_over_player(inline, *talk_line)
        elif len(lines) == 2 and self.page_says_talks():
            fields = byline_over_title(inline, lines)
        else:
            return None
        video = self._player_of(after) if fields is not None else None
        if fields is None or video is None:
            return None
        fields.media.append(video)
        fields.evidence.update(("media", PLAYER_LINE))
        end = max(after.end, after.wrapper_end)  # "<div class="video">" around it: its end
        return Unit("paragraph", lines[0][0], block.end, end, fields, block)

    def _line_over_player(self, inline: Inline, text: str, line: int) -> Fields | None:
        """``Title - Ann Lee, Acme`` alone over its player: the talk, where the line names
        its title and its speakers in full."""
        if inline.links or len(text.split()) > _FEW_WORDS * 2 - 4:
            return None  # a talk's line, not a paragraph of prose
        if not SPACED_DASH.search(text) and self.reader.only_names(text, inline):
            return None  # "Ann Lee, Acme" over the player: the byline of a heading's talk
        fields = Fields()
        self.reader.title_line(text, inline, fields, line)
        if not fields.title or not fields.named_in_full:
            return None
        return fields

    def _player_of(self, block: Block) -> Piece | None:
        """The one player a block embeds (:func:`embedded_player`), if any."""
        player = Fields()
        unit_body(self.reader, [block], player, None)
        return embedded_player(player, alone=True)

    def not_heading_body(
        self, heading: Block | None, region: list[Block], paragraphs: list[Unit]
    ) -> list[Unit]:
        """The paragraphs that give a talk each, without one that opens the body of a
        heading that names a talk and its speakers and names no one itself (``### "Fast
        Maps" by Ann Lee`` over ``[Code repo](…), [Recording](…)``): the heading's links."""
        first = paragraphs[0] if paragraphs else None
        if first is None or first.block is not region[0] or first.fields.speakers:
            return paragraphs
        if heading is None or heading.inline is None:
            return paragraphs
        head = Fields()
        self.reader.title_line(heading.inline.text.strip(), heading.inline, head, heading.start)
        return paragraphs[1:] if head.title and head.speakers else paragraphs

    def _dated_link_unit(self, block: Block, line: int, fields: Fields) -> Unit | None:
        """A paragraph's talk read by :func:`~mkdocs_roundup.dated_links.dated_link_talk`,
        where the page says it lists talks given."""
        if not (self.page_says_talks(given=True) and self.is_talk(fields)):
            return None
        return Unit("paragraph", line, line + 1, block.end, fields, block)


def embedded_player(read: Fields, *, alone: bool = False) -> Piece | None:
    """The one player that blocks read as a talk's body embed (an ``<iframe>``, a
    shortcode: no link to it; or a deck shown in a frame, ``<iframe
    src="/ViewerJS/#decks/queues.pdf">``) where they name no one (``alone``: and say nothing
    else)."""
    shown = [p for p in read.media if p.media.kind == "video" or p.framed]
    shortcodes = [a for a in read.abstract if a.startswith(("{{", "{%"))]
    if len(shown) != 1 or read.speakers or (alone and len(read.abstract) > len(shortcodes)):
        return None
    piece = shown[0]
    return piece if shortcodes or piece.remove is not None or piece.framed else None


def _embeds(block: Block) -> bool:
    """Whether a block may embed a player: raw HTML, or a paragraph that holds a site
    generator's shortcode or tag (``{{< youtube … >}}``, ``{% youtube … %}``), a link (a
    player's thumbnail) or an address."""
    if block.kind == "html":
        return True
    inline = block.inline
    return (
        block.kind == "paragraph"
        and inline is not None
        and (
            "{{" in inline.text
            or "{%" in inline.text
            or bool(inline.links)
            or "http" in inline.text
        )
    )


def _names_over_strong(
    reader: Reader, inline: Inline, lines: list[tuple[int, str]], at: int
) -> tuple[People, str, int] | None:
    """A line that only names people in full (``Ann Lee (Acme)``) over one that opens with
    words in bold (``**Title** <details>…``): the speakers, the title in bold under them,
    and the source line after it; ``None`` for any other two lines."""
    named = reader.only_names(lines[at][1], inline)  # at: 1, of two lines or more
    if named is None or not named[0] or not all(p.in_full for p in named[0]):
        return None
    under = next(((n, text) for n, text in lines[at + 1 :] if text.strip()), None)
    if under is None or not inline.strong:
        return None
    line, text = under
    bold = next((run for run in inline.strong if inline.visible(text).lstrip().startswith(run)), "")
    if len(bold.split()) < 2:
        return None  # "**Abstract:**", "**Q&A**": no title's
    return named, clean_text(bold), line + 1


def _bold_title_first(inline: Inline, text: str) -> bool:
    """Whether a line opens with its title in bold, then a comma, a stop, a colon, a dash or
    nothing more (``**Intro to Astro**, An introduction to Astro.``)."""
    visible = inline.visible(text).strip()
    lead = next((r.strip() for r in inline.strong if visible.startswith(r.strip())), "")
    rest = visible[len(lead) :].lstrip()
    return len(lead) >= _TITLE_LEAST and rest[:1] in ("", *",.:–—-")


_TITLE_LEAST = 3
"""The fewest characters of a title in bold."""
