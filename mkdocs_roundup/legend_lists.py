"""A list under a line that names its items' fields in order, as a table's header would
(``speaker - twitter handle - title - slides`` over ``* Ann Lee - @ann - Small Caches -
https://speakerdeck.com/ann/caches``): each item's parts, cut at the same separator, are
those fields. A legend holds for the lists after it up to the next heading as high as the
one over it (its section, the section's own subsections included), and for a list only where
half of its items or more read so; an item that does not (too few parts, a title that is a
handle or an address, a speaker's part that names no one, an address that is no deck's nor
recording's) is left as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .fields import Fields
from .inline import ONE_SLOT, Inline, Link
from .labels import PROFILE_WORDS
from .names import clean_text
from .patterns import lazy

if TYPE_CHECKING:
    from .blocks import Block
    from .body import Reader

_SEPARATORS = ("-", "|", "/", "–")
"""What may cut a legend, and its items, into fields, with a blank on each side."""
_HANDLE_WORDS = PROFILE_WORDS | {"github"}
"""A legend's words for a speaker's account: no field the card shows."""
_ROLES = frozenset({"speakers", "title", "slides", "video"})
_URL = lazy(r"https?://\S+")
_HANDLE = lazy(r"[@+]\S.*|")
"""A handle's part (``@ann``, ``+Ann Lee``), or nothing."""


@dataclass(frozen=True)
class Legend:
    """Where a list's legend holds (its line, and the line its section ends before), how
    it cuts its items, and each part's field."""

    line: int
    end: int
    separator: str
    roles: tuple[str, ...]


def page_legends(blocks: list[Block], reader: Reader, line_count: int) -> list[Legend]:
    """The legends of a page's lists (:func:`_legend`), each with the end of its section."""
    found: list[Legend] = []
    heading_level = 0  # the level of the heading over a block (0: none)
    for position, block in enumerate(blocks):
        if block.kind == "heading":
            heading_level = block.level
            continue
        legend = _legend(block, reader)
        if legend is None:
            continue
        ends = (
            later.start
            for later in blocks[position + 1 :]
            if later.kind == "heading" and (not heading_level or later.level <= heading_level)
        )  # its section's end: the next heading as high as the one over it, or any
        found.append(Legend(block.start, next(ends, line_count), *legend))
    return found


def _legend(block: Block, reader: Reader) -> tuple[str, tuple[str, ...]] | None:
    """A paragraph of one line that only names fields, cut by one separator, a title and a
    speaker among them (``speaker - twitter handle - title - slides``)."""
    inline = block.inline
    if block.kind != "paragraph" or inline is None or "\n" in inline.text or inline.links:
        return None
    text = clean_text(inline.visible()).casefold()
    for separator in _SEPARATORS:
        parts = [part.strip(" `*_") for part in _cut(text, separator)]
        if len(parts) < 3:
            continue
        roles = tuple(_role(part, reader) for part in parts)
        if "" not in roles and {"title", "speakers"} <= set(roles):
            return separator, roles
    return None


def _cut(text: str, separator: str) -> list[str]:
    """A line's parts at a separator with a blank (or the line's end) on each side; a blank
    part is an empty field (``Ann Lee - - Title -``)."""
    return re.split(rf"(?:(?<=\s)|^){re.escape(separator)}(?=\s|$)", text.strip())


def _role(word: str, reader: Reader) -> str:
    """A legend's word's field: a label's role, ``handle`` for an account, else none."""
    if word in _HANDLE_WORDS:
        return "handle"
    role = reader.only_label(word) or reader.only_label(word.rstrip("s"))
    return role if role in _ROLES else ""


def legend_of(legends: list[Legend], line: int) -> Legend | None:
    """The legend whose section holds a line, the nearest above it."""
    held = [legend for legend in legends if legend.line < line < legend.end]
    return held[-1] if held else None


def legend_fields(reader: Reader, item: Block, legend: Legend) -> Fields | None:
    """An item's fields as its list's legend names them; ``None`` where its line does not
    read so."""
    first = item.children[0] if item.children else None
    inline = first.inline if first is not None and first.kind == "paragraph" else None
    if inline is None or "\n" in inline.text.strip():
        return None
    parts = [part.strip() for part in _cut(inline.text, legend.separator)]
    if len(parts) < legend.roles.index("title") + 1 or len(parts) > len(legend.roles):
        return None
    fields = Fields(evidence={"label"})
    for role, part in zip(legend.roles, parts, strict=False):
        if not _read(reader, role, part, inline, fields):
            return None
    return fields if fields.title and fields.speakers else None


def _read(reader: Reader, role: str, part: str, inline: Inline, fields: Fields) -> bool:
    """Read one part of an item as its field; whether it reads so."""
    words = clean_text(inline.visible(part)).strip()
    if role == "handle":
        return bool(_HANDLE.fullmatch(words))
    if role == "title":
        fields.title = words
        return bool(words) and not _HANDLE.fullmatch(words) and not _URL.match(words)
    if role == "speakers":
        named = reader.only_names(part, inline)
        if not named or not named[0] or not all(p.in_full for p in named[0]):
            return False
        fields.add_people(*named)
        return True
    return _media(reader, part, inline, fields)


def _media(reader: Reader, part: str, inline: Inline, fields: Fields) -> bool:
    """A media part: a deck's or a recording's link or address written out, or nothing (a
    profile's or a blog's address is no such field: the line is no talk's)."""
    words = clean_text(inline.visible(part)).strip()
    if not words:
        return True
    slot = ONE_SLOT.fullmatch(part)
    link = inline.links[int(slot[1])] if slot else Link(words, words, inline.first_line)
    if not _URL.fullmatch(link.href.strip()):
        return False
    piece = reader.player_piece(link, files=True)
    if piece is None:
        return False
    fields.media.append(piece)
    fields.evidence.add("media")
    return True
