"""A list under a line that names its items' fields in order, as a table's header would
(``speaker - twitter handle - title - slides`` over ``* Ann Lee - @ann - Small Caches -
https://speakerdeck.com/ann/caches``): each item's parts, cut at the same separator, are
those fields. An item whose parts do not read so (too few, a title that is a handle or an
address, a speaker's part that names no one) is left as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .fields import Fields
from .inline import Inline, Link
from .names import clean_text
from .patterns import lazy

if TYPE_CHECKING:
    from .blocks import Block
    from .body import Reader

_SEPARATORS = (" - ", " | ", " / ", " – ")
"""What may cut a legend, and its items, into fields."""
_HANDLE_WORDS = frozenset({"twitter", "twitter handle", "handle", "github", "mastodon", "x"})
"""A legend's words for a speaker's account: no field the card shows."""
_ROLES = frozenset({"speakers", "title", "slides", "video"})
_URL = lazy(r"https?://\S+")
_HANDLE = lazy(r"[@+]\S.*|")
"""A handle's part (``@ann``, ``+Ann Lee``), or nothing."""


@dataclass(frozen=True)
class Legend:
    """Where a list's legend is, how it cuts its items, and each part's field."""

    line: int
    separator: str
    roles: tuple[str, ...]


def page_legend(blocks: list[Block], reader: Reader) -> Legend | None:
    """The one legend of a page's lists (:func:`_legend`), if it has exactly one."""
    found = [legend for block in blocks if (legend := _legend(block, reader)) is not None]
    return found[0] if len(found) == 1 else None


def _legend(block: Block, reader: Reader) -> Legend | None:
    """A paragraph of one line that only names fields, cut by one separator, a title and a
    speaker among them (``speaker - twitter handle - title - slides``)."""
    inline = block.inline
    if block.kind != "paragraph" or inline is None or "\n" in inline.text or inline.links:
        return None
    text = clean_text(inline.visible()).casefold()
    for separator in _SEPARATORS:
        parts = [part.strip(" `*_") for part in text.split(separator)]
        if len(parts) < 3:
            continue
        roles = tuple(_role(part, reader) for part in parts)
        if "" not in roles and {"title", "speakers"} <= set(roles):
            return Legend(block.start, separator, roles)
    return None


def _role(word: str, reader: Reader) -> str:
    """A legend's word's field: a label's role, ``handle`` for an account, else none."""
    if word in _HANDLE_WORDS:
        return "handle"
    role = reader.only_label(word) or reader.only_label(word.rstrip("s"))
    return role if role in _ROLES else ""


def legend_fields(reader: Reader, item: Block, legend: Legend) -> Fields | None:
    """An item's fields as its list's legend names them; ``None`` where its line does not
    read so."""
    first = item.children[0] if item.children else None
    inline = first.inline if first is not None and first.kind == "paragraph" else None
    if inline is None or "\n" in inline.text.strip():
        return None
    parts = [part.strip() for part in inline.text.split(legend.separator)]
    if len(parts) < legend.roles.index("title") + 1 or len(parts) > len(legend.roles):
        return None
    fields = Fields(evidence={"label"})
    for role, part in zip(legend.roles, parts, strict=False):
        if not _read(reader, role, part, inline, fields):
            return None
    return fields if fields.title and fields.speakers else None


def _read(reader: Reader, role: str, part: str, inline: Inline, fields: Fields) -> bool:
    """Read one part of an item as its field; whether it reads so."""
    words = clean_text(inline.visible(part)).strip(" -")
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
    return _media(reader, role, part, inline, fields)


def _media(reader: Reader, role: str, part: str, inline: Inline, fields: Fields) -> bool:
    """A media part: a link or an address written out, or nothing."""
    words = clean_text(inline.visible(part)).strip()
    if not words:
        return True
    href = inline.links[0].href if part.startswith("\x00") and inline.links else words
    if not _URL.fullmatch(href):
        return False
    piece = reader.link_piece(Link(words, href, inline.first_line), role, labelled=True)
    if piece is not None:
        fields.media.append(piece)
        fields.evidence.add("media")
    return True
