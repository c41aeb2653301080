"""The blocks of a talk's unit read line by line: a list of people or of labelled values
as one field, each item with the lines under it, each line by the
:class:`~mkdocs_roundup.body.Reader`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from .blocks import Block, checklist_task
from .body import Reader
from .column_names import column_words, names_hosts
from .fields import Fields
from .inline import SLOT, Inline
from .labels import about_someone
from .media import URL
from .patterns import lazy
from .profiles import is_profile_url
from .unit import Unit


def block_lines_empty(inline: Inline) -> set[int]:
    """The source lines of a block whose visible text is empty (an embed's own line)."""
    return {line for line, text in inline.lines() if not inline.visible(text).strip(" \xa0\t")}


def unit_body(
    reader: Reader, blocks: Iterable[Block], fields: Fields, lines: range | None = None
) -> None:
    """Read the blocks under a unit's own line (only the source ``lines`` given, if any)."""
    blocks = list(blocks)
    listed = -1  # the list read as the values of the label above it
    for position, block in enumerate(blocks):
        following = blocks[position + 1] if position + 1 < len(blocks) else None
        if position == listed:
            continue
        if following is not None and _value_below(reader, block, following, fields, lines):
            listed = position + 1
            continue
        if block.kind == "heading":
            _heading_in_body(reader, block, fields)
            continue
        if block.kind in ("code", "rule") or (block.kind == "item" and checklist_task(block)):
            continue
        _block_lines(reader, block, fields, lines)


def _block_lines(reader: Reader, block: Block, fields: Fields, lines: range | None) -> None:
    """One block of a unit's body: a list of people, an item, a record, nested blocks, or
    a paragraph's lines."""
    in_lines = lines is None or block.start in lines
    if block.kind == "list" and in_lines and _people_listed(reader, block, fields):
        return
    if block.kind == "item":
        item_lines(reader, block, fields, lines)
    elif is_record(reader, block):
        _record_lines(reader, block.children[0], fields, lines)
    elif block.children:
        unit_body(reader, block.children, fields, lines)
    elif block.inline is not None:
        if block.kind == "paragraph" and in_lines and reader.speaker_card(block.inline, fields):
            return  # "*Ann Lee*<br>Staff Engineer, Acme Inc."
        inline_lines(reader, block.inline, fields, lines)


_RECORD_ROLES = frozenset({"speakers", "organizations", "slides", "video"})
"""The roles of a one-row table's columns that make it a talk's record."""


def is_record(reader: Reader, table: Block) -> bool:
    """Whether a table under a unit's line is its record: one row under a header of labels
    only, one of them a talk's field and none its title (``| 時間 | 登壇者 | 場所 |``: when,
    who, where; a row with a title is a talk of its own)."""
    if table.kind != "table" or len(table.children) != 1:
        return False
    header = table.children[0].header
    roles = [reader.labels.get(column_words(name)) for name in header]
    if None in roles or "title" in roles or any(map(names_hosts, header)):
        return False  # "| Date | Host | Venue |": an evening's, whoever hosts it
    return bool(_RECORD_ROLES.intersection(roles))


def _record_lines(reader: Reader, row: Block, fields: Fields, lines: range | None) -> None:
    """A record's cells, each read as a line that its column's label opens."""
    if lines is not None and row.start not in lines:
        return
    for label, cell in zip(row.header, row.cells, strict=False):
        if cell.text.strip():
            reader.body_line(f"{label.strip()}: {cell.text.strip()}", cell, row.start, fields)


def _heading_in_body(reader: Reader, block: Block, fields: Fields) -> None:
    """A heading under a unit's own line: its speakers (each a heading under the title's),
    or the label of what follows it (``### Recording``), whose link, where it is one, is
    the talk's (``### [Vídeo](…)``)."""
    people = reader.byline_heading(block) or reader.people_heading(block)
    if people is not None:
        fields.add_people(*people)
        fields.explicit = True
        return
    fields.label_role = reader.heading_label(block)
    fields.bio = fields.label_role == "bio" or bool(
        block.inline and about_someone(block.inline.visible())
    )
    inline = block.inline
    if fields.label_role in ("slides", "video") and inline and inline.links:
        reader.labelled_media(inline.text, inline, fields.label_role, block.start, fields)


_FIELD_ROLES = frozenset({"speakers", "authors", "organizations", "slides", "video", "abstract"})
"""The roles of a labelled paragraph that gives a talk one more of its fields."""


def _labelled_field(reader: Reader, block: Block) -> bool:
    """Whether a block is a paragraph that opens with a field's label (``Speakers: …``,
    ``Slides: …``; not a title's)."""
    inline = block.inline if block.kind == "paragraph" else None
    if inline is None:
        return False
    labelled = reader.label(inline.lines()[0][1].strip())
    return labelled is not None and labelled[0] in _FIELD_ROLES


def fields_after(reader: Reader, talks: list[Unit], region: list[Block]) -> None:
    """Read into each paragraph talk of a region the paragraphs right after it that each
    open with a field's label (``**Title**`` and its links, a blank line, ``Speakers: Ann
    Lee (Acme)``), where a talk before the last has some: a label after the last one
    alone is the page's (``Slides: [all of the night's decks](…)``), and where a label
    stands before the first talk, the one after a talk is the next one's: none is read."""
    if not talks:
        return  # (most regions)
    at = {id(block): n for n, block in enumerate(region)}
    starts = [at[id(talk.block)] for talk in talks]
    if starts[0] and _labelled_field(reader, region[starts[0] - 1]):
        return
    own = {id(talk.block) for talk in talks}
    after = [_labelled_run(reader, itertools.islice(region, n + 1, None), own) for n in starts]
    if not any(after[:-1]):
        return
    for talk, labelled in zip(talks, after, strict=True):
        for block in labelled:
            unit_body(reader, [block], talk.fields)
            talk.end = block.end


def _labelled_run(reader: Reader, following: Iterable[Block], talks: set[int]) -> list[Block]:
    """The paragraphs at the start of ``following`` that each open with a field's label,
    up to one that is a talk's own (by its ``id`` in ``talks``: ``Speaker: Ann Lee`` over
    ``Topic: Title``, a record of its own)."""
    labelled = []
    for block in following:
        if id(block) in talks or not _labelled_field(reader, block):
            break
        labelled.append(block)
    return labelled


def _people_listed(reader: Reader, block: Block, fields: Fields) -> bool:
    """A list of people right under the unit's own line (:meth:`~mkdocs_roundup.
    speaker_lines.SpeakerLineReader.listed_people`): all of them are the unit's people (a
    panel's, a session's), and their material its media. The list says so (``people
    list``): with no media and no kind, the unit is a list of people (the speakers thanked,
    the organizers), no talk."""
    if fields.speakers or fields.prose:
        return False  # "Further reading:" over names: whom the talk points to
    named = reader.listed_people(block)
    if named is None:
        return False
    for people, inline in named:
        fields.add_people(*people)
        reader.labelled_links(inline.text, inline, fields)
    fields.evidence.add("people list")
    return True


def _value_below(
    reader: Reader, block: Block, following: Block, fields: Fields, lines: range | None
) -> bool:
    """A paragraph whose last line is a label alone over its value, read with the value as
    that line's: a list of its values (``**Date:** May 3`` / ``**Speaker:**`` over ``- Ann
    Lee`` / ``- Bo Lind``), or a quote of it, words with no link (``Title:`` over ``> Quiet
    Queues at Scale``)."""
    inline = block.inline if block.kind == "paragraph" else None
    if inline is None or following.kind not in ("list", "quote"):
        return False
    label = _last_line(block)
    if not _label_alone(reader, label):
        return False
    if following.kind == "list":
        value = _listed_value(reader, label, following, fields)
    else:
        value = _quoted_value(following)
    if value is None:
        return False
    *before, (line, _) = inline.lines()
    for at, text in [*before, (line, f"{label} {value}")]:
        if lines is None or at in lines:
            reader.body_line(text, inline, at, fields)
    return True


def _listed_value(reader: Reader, label: str, listed: Block, fields: Fields) -> str | None:
    """The values a list under a label gives, one to an item; none where they link, nor
    where a label of one value (a title) stands over several (:attr:`Fields.titles_listed`
    counts those)."""
    values = [_last_line(item.children[0]) for item in listed.children if item.children]
    role = (reader.label(label) or ("", ""))[0]
    if not all(values) or any("\x00" in v for v in values):
        return None
    if role == "title":
        fields.titles_listed = len(values)
    if not values or (len(values) > 1 and role != "speakers"):
        return None
    return ", ".join(values)


def _quoted_value(quote: Block) -> str | None:
    """The value a quote of one paragraph gives, words that link nothing."""
    one = quote.children[0] if len(quote.children) == 1 else None
    quoted = one.inline if one is not None else None
    if quoted is None or "\x00" in quoted.text:
        return None
    return " ".join(quoted.text.split())


def _last_line(block: Block) -> str:
    """A paragraph's last line, its links as slots (nothing for any other block)."""
    inline = block.inline if block.kind == "paragraph" else None
    return inline.lines()[-1][1].strip() if inline is not None and inline.text else ""


def item_lines(reader: Reader, item: Block, fields: Fields, lines: range | None) -> None:
    """A list item inside a unit: its lines, then its nested blocks."""
    unit_body(reader, item.children, fields, lines)


def inline_lines(reader: Reader, inline: Inline, fields: Fields, lines: range | None) -> None:
    before = len(fields.abstract)
    if inline.embeds or inline.images or any(link.images for link in inline.links):
        reader.embeds(inline, fields, block_lines_empty(inline), lines)
    pairs = [(n, text) for n, text in inline.lines() if lines is None or n in lines]
    at = 0
    while at < len(pairs):
        line, text = pairs[at]
        at += 1
        if at < len(pairs) and _label_alone(reader, text) and not reader.label(pairs[at][1]):
            text = f"{text} {pairs[at][1]}"  # "Talk:" over its title, on the next line
            at += 1
        elif at < len(pairs) and _media_over_address(reader, text, pairs[at][1]):
            text = f"{text.rstrip()}: {pairs[at][1]}"  # "Slides" over its address
            at += 1
        elif at < len(pairs) and _profiles_alone(inline, pairs[at][1]) and reader.label(text):
            text = f"{text.rstrip()} {pairs[at][1].strip()}"  # "Speaker: Ann" over "([X](…))"
            at += 1
        reader.body_line(text, inline, line, fields)
    if len(fields.abstract) > before + 1:  # one paragraph
        fields.abstract[before:] = [" ".join(fields.abstract[before:])]


_LINKS_ALONE = lazy(r"\s*\((?:\s*\x00\d+\x00\s*,?)+\)\s*")
"""A line that is only links in parentheses (``([Twitter](…), [GitHub](…))``)."""


def _profiles_alone(inline: Inline, text: str) -> bool:
    """Whether a line is only links to people's profiles in parentheses: what the labelled
    line above it says goes on (a name's own links; a recording's link is the talk's)."""
    return bool(_LINKS_ALONE.fullmatch(text)) and all(
        is_profile_url(inline.links[int(n)].href) for n in SLOT.findall(text)
    )


def _media_over_address(reader: Reader, text: str, below: str) -> bool:
    """Whether a line names slides alone, with no colon (``Slides``, ``Slides (a must
    read)``), over a line that is only its address (a video's address under its word may be
    a film's, a club's evening's: no talk's evidence)."""
    if not URL.fullmatch(below.strip()) or text.rstrip().endswith((":", "：")):
        return False
    labelled = reader.label(f"{text.rstrip()}:")
    return labelled is not None and labelled[0] == "slides"


def _label_alone(reader: Reader, text: str) -> bool:
    """Whether a line is a label and nothing after it (``_Talk_:``)."""
    return text.rstrip().endswith((":", "：")) and reader.label(text) is not None
