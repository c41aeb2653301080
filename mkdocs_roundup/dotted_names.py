"""``- Title. Ann Lee. [Recording](…)``: a list's talks that give the title, a full stop, then
their speakers, each named in full, and nothing more but media. One line so written may be
a title of two sentences (``Hello Vue. Getting Started``); three items of the page or more
written so are a list of talks and their speakers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .inline import Inline
from .patterns import lazy

if TYPE_CHECKING:
    from .bylines import BylineReader
    from .fields import Fields, People

_TITLE_DOT_NAMES = lazy(r"(?P<title>\S.*?\S)\.\s+(?P<names>[^.]+?(?:\s\w\.\s[^.]+?)?)\.?")
"""A title, a full stop, then the last sentence (``… development. Henggao Cai``)."""
_LEAST = 3
"""How many items of the page, at least, name their speakers after the title's full stop."""


def names_after_dot(reader: BylineReader, items: list[Fields]) -> None:
    """Read ``Title. Ann Lee`` as its title and speakers where three items or more that
    name no one yet are written so (their media read already)."""
    found = [(f, read) for f in items if not f.speakers and (read := _dotted(reader, f))]
    if len(found) < _LEAST:
        return
    for fields, (title, named) in found:
        fields.title = title
        fields.add_people(*named)
        fields.evidence.add("names")


def _dotted(reader: BylineReader, fields: Fields) -> tuple[str, People] | None:
    """The title and the people a line's words give after its full stop, each named in
    full and no organization; ``None`` for any other line."""
    found = _TITLE_DOT_NAMES.fullmatch(fields.title) if ". " in fields.title else None
    if found is None or len(found["title"].split()) < 2:
        return None
    named = reader.only_names(found["names"], Inline())
    if named is None or named[1] or not named[0] or not all(p.in_full for p in named[0]):
        return None
    title = fields.title[: found.start("names")].rstrip()
    return (title if title.endswith("...") else title[:-1]), named  # "…/etc... Ann Lee'
