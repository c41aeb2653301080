"""A conference program's entry written over three lines of an item or a paragraph: its
time slot alone, the speakers' names, then the title all in italics (``- **10:30**`` /
``Ann Lee, Bo Lind`` / ``_Title_``), as academic programs print them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .fields import Fields
from .line_marks import without_bullet
from .names import clean_text
from .patterns import lazy

if TYPE_CHECKING:
    from .body import Reader
    from .inline import Inline

_TIME = r"\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?"
_SLOT_ALONE = lazy(rf"[(\[]?{_TIME}(?:\s*[-–—]\s*{_TIME})?[)\]]?\s*:?", re.I)
"""A line that is only a time or a time slot (``10:30``, ``[10:30-11:00]``, ``9.15 am:``)."""


def timed_entry(reader: Reader, inline: Inline, lines: list[tuple[int, str]]) -> Fields | None:
    """The fields of three lines (an item's, a paragraph's) that are a time slot alone, a
    line of names only, each in full, then a title of two words or more wholly in italics,
    under a heading that names an event's program; ``None`` for lines written any other
    way, or anywhere else (a meeting's agenda names who does what)."""
    if not reader.program_listed:
        return None
    if len(lines) != 3:
        return None
    (_, slot), (_, names), (_, title) = lines
    if not _SLOT_ALONE.fullmatch(inline.visible(without_bullet(slot)).strip()):
        return None
    words = inline.visible(title).strip()
    if words not in inline.emphasis or len(words.split()) < 2:
        return None
    named = reader.only_names(names, inline)
    if not named or not all(p.in_full for p in named[0]):
        return None
    fields = Fields(title=clean_text(words), explicit=True, evidence={"series"})  # its shape
    fields.add_people(*named)
    return fields
