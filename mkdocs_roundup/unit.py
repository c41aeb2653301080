"""A unit of a page that may be a talk (a heading and what follows it, a list item, a table
row, a talk's line, a paragraph), with the fields read from it; and a page's reading: its
talks and what was left as written, with why."""

from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import Block
from .fields import Fields
from .inline import Inline, Link


@dataclass
class Unit:
    form: str
    """``heading``, ``item``, ``row``, ``line`` (a heading-less talk's introducing line) or
    ``paragraph`` (a paragraph that is one talk)."""
    start: int
    """First source line (0-based)."""
    head_end: int
    """The line after the unit's own line(s): the body starts there."""
    end: int
    fields: Fields
    block: Block
    level: int = 0
    section: str | None = None
    indent: int = 0
    """A list item's content column: its body is indented by it."""
    grouped: bool = False
    """Whether its section is set already (the row that groups a table's rows)."""
    own_media: bool = True
    """Whether its own line links media (an item's, not only its nested items')."""
    own_people: bool = True
    """Whether its own line names its speakers, linked or in full (``, Scotland`` names a
    place)."""

    def own_inline(self) -> Inline | None:
        """The words of its own block (a list item's first block's)."""
        block = self.block
        if self.form == "item":
            block = block.children[0] if block.children else block
        return block.inline

    def own_links(self) -> list[Link]:
        """The links of its own block (a list item's first block's)."""
        inline = self.own_inline()
        return inline.links if inline is not None else []


@dataclass
class Reading:
    units: list[Unit] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)
    """Parts that looked like talks and were left as written, with why."""
