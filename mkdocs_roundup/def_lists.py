"""Definition lists of talks: a term, the talk's title, over its definitions, each on a line
that opens with ``:`` (Python-Markdown's ``def_list``, PHP Markdown Extra, kramdown) or ``~``
(Pandoc), a line that goes on without one still the definition above it::

    Small Parsers for Big Logs
      ~ Harbor Statistics Seminar, Port Ellen, 3rd May
      ~ [Slide deck](https://decks.example/parsers) [Code](https://git.example/parsers)

markdown-it knows no definition lists: a term and its definitions arrive as one paragraph,
read here from its lines. A page's terms are talks only where the list repeats and its
definitions show talks: two terms or more that read as titles (not one or two words, not
questions), two of them or more defined first by where, by links or by a label (not a
sentence, as a glossary or a FAQ defines its terms) and linking a deck or a recording or
naming their speaker or kind. Beside them, a term defined first by where it was given, under
a year's heading or dated itself, is a talk too. A definition's plain line is where the talk
was given: no speaker, no organization; its links other than a deck or a recording (code,
a DOI) are no media.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import Block
from .body import Reader
from .courses import course_sessions
from .fields import Fields
from .inline import ONE_SLOT, SLOT, Inline
from .labels import AGENDA_BREAK, MONTHS, YEAR
from .line_marks import CLOCK_SLOT
from .names import clean_text
from .patterns import lazy
from .unit import Unit

_MARKS = (":", "~")
_MARK = lazy(r"[:~](?:\s|$)")
"""A definition's mark at the start of a line (``: …``, ``~ …``; not ``:icon:``)."""
_KIND = lazy(
    r"(?:(?:invited|contributed|plenary|lightning|short|long)\s+)?"
    r"(?:talk|keynote|presentation)\b",
    re.I,
)
"""A definition that opens with the talk's kind (``Invited talk at …``, ``Keynote, …``)."""
_DATE = lazy(rf"\b(?:{MONTHS})\b", re.I)
_PRINTED_IN = lazy(
    r"\b(?:transactions\s+on|journal\s+of|proceedings\s+of|in\s+proc(?:eedings|\.)|"
    r"pp\.\s*\d|isbn|doi:|vol\.\s*\d|\b\d{1,4}\(\d{1,3}\))",
    re.I,
)
"""Where a paper was printed (``Harbor Studies Review, 12(3), 2030``): a citation's line,
no talk's place."""
_LONGEST_WHERE = 30
"""The most words of a line that says where a talk was given."""
_SPEAKER_ROLES = ("speakers", "authors")
_TIME_TERM = lazy(rf"\s*{CLOCK_SLOT}\)?(?:\s*[-–—])?\s*", re.I)
"""A term that is a program's time (``09:00 - 10:00``): its definition is the talk's line."""


@dataclass
class _Entry:
    blocks: list[Block]
    """The term's paragraph, then those of its definitions written apart."""
    fields: Fields
    evidence: bool = False
    """Whether its definitions link a deck or a recording, or name its speaker or kind."""
    named: bool = False
    """Whether its definitions name its speaker or its kind."""
    worded: bool = False
    """Whether a definition of words (no label of a speaker or of media, not only links)
    was read."""
    where: bool = False
    """Whether its first definition of words says where it was given."""
    first_prose: bool = False
    """Whether its first definition of words is a sentence (a glossary's, a FAQ's)."""
    dated: bool = False


def definition_terms(
    blocks: list[Block], reader: Reader, words: dict[Block, str]
) -> dict[int, Unit | None]:
    """The talks of a page's definition lists, each by the ``id`` of its term's paragraph;
    the paragraphs of their definitions written apart (a blank line after the term, as
    Python-Markdown allows) by theirs, with ``None`` (``words``: each heading's words, to
    tell a year's heading)."""
    entries: list[_Entry] = []
    under_date: list[bool] | None = None
    for position in range(len(blocks)):
        if not _may_open(blocks, position):
            continue
        lines = _entry_lines(blocks, position)
        entry = _entry(lines, reader) if lines else None
        if entry is not None:
            if under_date is None:  # once a page, where it has an entry at all
                under_date = _under_dates(blocks, words)
            entry.dated = entry.dated or under_date[position]
            entries.append(entry)
    if not _talk_list(entries):
        return {}
    terms: dict[int, Unit | None] = {}
    for entry in entries:
        if not (entry.evidence and not entry.first_prose) and not (entry.where and entry.dated):
            continue
        if not entry.evidence:
            entry.fields.evidence.add("series")  # one of the list's talks, by its shape
        term, *apart = entry.blocks
        end = entry.blocks[-1].end
        # the term stays with its definitions, as written, under the card
        head_end = term.start if apart else end
        terms[id(term)] = Unit("paragraph", term.start, head_end, end, entry.fields, term)
        terms.update((id(block), None) for block in apart)
    return terms


def _may_open(blocks: list[Block], position: int) -> bool:
    """Whether a block may open a term over its definitions (a cheap test, on each
    paragraph of every page): a paragraph whose second line, or the paragraph right after
    it, opens with a definition's mark."""
    block = blocks[position]
    inline = block.inline
    if inline is None or block.kind != "paragraph":
        return False
    text = inline.text
    if "\n" in text:
        return ("~" in text or ":" in text) and text.split("\n", 2)[1].lstrip()[:1] in _MARKS
    after = blocks[position + 1].inline if position + 1 < len(blocks) else None
    return after is not None and after.text.lstrip()[:1] in _MARKS


def _under_dates(blocks: list[Block], words: dict[Block, str]) -> list[bool]:
    """For each block, whether it stands under a heading that dates it (``## 2031``, ``##
    May 2031``), its own or one above it: the page's headings read once, in order."""
    above: list[tuple[int, bool]] = []  # the headings each block stands under: level, dated
    dated: list[bool] = []
    for block in blocks:
        dated.append(any(d for _, d in above))
        if block.kind == "heading":
            while above and above[-1][0] >= block.level:
                above.pop()
            above.append((block.level, _dated(words.get(block, ""))))
    return dated


def _dated(text: str) -> bool:
    return bool(YEAR.search(text) or _DATE.search(text))


def _entry_lines(blocks: list[Block], position: int) -> list[tuple[Block, int, str]]:
    """The lines of a term and its definitions that start at a paragraph: in it, or in the
    paragraphs right after a term alone in its own, each opening with a definition's mark;
    none where the paragraph opens no such entry."""
    block = blocks[position]
    inline = block.inline
    if block.kind != "paragraph" or inline is None:
        return []
    if "\n" in inline.text:
        if "~" not in inline.text and ":" not in inline.text:
            return []  # no mark: no term over its definitions
        return [(block, line, text.strip()) for line, text in inline.lines()]
    found = [(block, inline.first_line, inline.text.strip())]
    for later in blocks[position + 1 :]:
        defined = later.inline if later.kind == "paragraph" else None
        if defined is None or not _MARK.match(defined.text.lstrip()):
            break
        found += [(later, line, part.strip()) for line, part in defined.lines()]
    return found if len(found) > 1 else []


def _talk_list(entries: list[_Entry]) -> bool:
    """Whether a page's definition lists give talks: two terms or more, most of them
    titles (three words or more, no question, no course's session), two of them or more
    that name their speaker or kind, or link a deck or a recording and say where or when
    they were given (a tool's links, a tutorial's video say neither); an entry defined
    first by a sentence is no talk (:func:`definition_terms`)."""
    if len(entries) < 2:
        return False
    titles = [e.fields.title for e in entries]
    long = sum(len(title.split()) >= 3 for title in titles)
    questions = sum(title.endswith(("?", "？")) for title in titles)
    shown = sum(_shows_talk(e) for e in entries)
    return (
        shown >= 2
        and long * 2 > len(entries)
        and questions * 2 < len(entries)
        and not course_sessions(titles)
    )


def _shows_talk(entry: _Entry) -> bool:
    """Whether an entry shows a talk by its definitions: its speaker or kind, or its deck or
    recording and where or when it was given; never one defined by a sentence."""
    if entry.first_prose and not entry.named:
        return False
    return entry.named or (entry.evidence and (entry.where or entry.dated))


def _entry(lines: list[tuple[Block, int, str]], reader: Reader) -> _Entry | None:
    """A term over its definitions, read, or ``None``: the first line is no definition,
    the second is one."""
    if len(lines) < 2 or _MARK.match(lines[0][2]) or not _MARK.match(lines[1][2]):
        return None
    term_block, _, term = lines[0]
    inline = term_block.inline
    assert inline is not None
    if inline.code and any(code in term for code in inline.code):
        return None  # "`timeout`" over its default: an option, no title
    definitions: list[tuple[Inline, int, str]] = []
    for block, line, text in lines[1:]:
        assert block.inline is not None
        if _MARK.match(text):
            definitions.append((block.inline, line, text[1:].strip()))
        else:  # a line that goes on without a mark: the definition above
            at, first, above = definitions[-1]
            definitions[-1] = (at, first, f"{above} {text}")
    timed = _TIME_TERM.fullmatch(term) is not None
    fields = _timed(definitions.pop(0), reader) if timed else _term(term, inline, reader)
    if fields is None or not fields.title:
        return None
    blocks = list(dict.fromkeys(block for block, _, _ in lines))
    entry = _Entry(blocks, fields)
    entry.named = timed and bool(fields.speakers)
    for at, line, text in definitions:
        _definition(entry, reader, at, line, text)
    entry.evidence = entry.named or any(
        p.media.kind in ("slides", "video") and not p.file_only for p in fields.media
    )
    return entry


def _timed(definition: tuple[Inline, int, str], reader: Reader) -> Fields | None:
    """The talk a program's definition gives under its time (``09:00 - 10:00`` over ``:
    [TALK](deck) _Ann Lee_: "Title"``); ``None`` for a break (``: Coffee break``)."""
    inline, line, text = definition
    fields = Fields()
    reader.title_line(text, inline, fields, line)
    return None if AGENDA_BREAK.match(fields.title) else fields


def _term(term: str, inline: Inline, reader: Reader) -> Fields:
    """A term's words, its title; a term that is one link to a deck or a player links it."""
    fields = Fields()
    fields.title = clean_text(inline.visible(term)).strip(" :")
    one = ONE_SLOT.fullmatch(term)
    if one is not None:
        piece = reader.player_piece(inline.links[int(one[1])])
        if piece is not None:
            fields.media.append(piece)
            fields.evidence.add("media")
    return fields


def _definition(entry: _Entry, reader: Reader, inline: Inline, line: int, text: str) -> None:
    """Read one definition into its entry: a speaker's or a media label's value, links,
    where (the first line of words), its kind, a sentence."""
    fields = entry.fields
    labelled = reader.label(text)
    role, rest = labelled if labelled is not None else ("", text)
    if role in _SPEAKER_ROLES and rest.strip():
        reader.body_line(text, inline, line, fields)
        entry.named = entry.named or bool(fields.speakers)
        return
    if role in ("slides", "video"):
        reader.labelled_media(rest, inline, role, line, fields)
        return
    if "\x00" in rest and not role:
        _links(fields, reader, inline, rest)
    plain = clean_text(inline.visible(SLOT.sub("", rest))).strip(" ,;|()[]-–—")
    if not plain:
        return
    kind = _KIND.match(plain)
    if kind is not None:
        entry.named = True
        fields.evidence.add("kind")
        word = kind[0].split()[0].casefold()
        fields.kind = word if word in ("keynote", "lightning") else fields.kind
    entry.dated = entry.dated or _dated(plain)
    if not entry.worded:  # its first line of words: where it was given, or a sentence
        entry.worded = True
        entry.where = _where(plain)
        entry.first_prose = _prose(plain)
    elif _prose(plain):
        fields.abstract.append(plain)  # "In this talk …" under where and the links


def _links(fields: Fields, reader: Reader, inline: Inline, text: str) -> None:
    """A definition's links: a deck or a recording, by its label or its host (``Slide deck``,
    ``Recording``); code, a DOI, a homepage are none."""
    for n in SLOT.findall(text):
        link = inline.links[int(n)]
        role = reader.link_role(link) or _first_label(reader, link.text)
        if role is None and reader.beside(link.text):
            continue
        piece = reader.link_piece(link, role)
        if piece is not None and piece.media.kind in ("slides", "video"):
            fields.media.append(piece)
            fields.evidence.add("media")


def _first_label(reader: Reader, text: str) -> str | None:
    """The media role of a link's text that is two labels side by side, its own and the
    next link's to the same target (``Slide deck Code``: the deck, also its code)."""
    words = text.split()
    for cut in range(1, len(words)):
        role = reader.media_role(" ".join(words[:cut]))
        rest = " ".join(words[cut:])
        if role is not None and (reader.beside(rest) or reader.media_role(rest)):
            return role
    return None


def _where(plain: str) -> bool:
    """Whether a definition's plain line says where a talk was given (``Harbor Statistics
    Seminar, Port Ellen, 3rd May``): short, no sentence, no citation."""
    return (
        0 < len(plain.split()) <= _LONGEST_WHERE
        and not _prose(plain)
        and _PRINTED_IN.search(plain) is None
    )


def _prose(plain: str) -> bool:
    """Whether a line is a sentence: five words or more, most of them in lower case, ending
    with a stop or a word in lower case (``A tool that formats code.``)."""
    words = plain.split()
    if len(words) < 5:
        return False
    lower = sum(w[:1].islower() for w in words)
    last = words[-1]
    return lower * 2 > len(words) and (last[-1] in ".!?。" or last[:1].islower())
