"""A page's regions: the headings that open them (not a talk's label, byline or bio), each
with the headings above it, cut where a container (``!!! note``) that holds its heading ends.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import takewhile

from .blocks import Block
from .byline_headings import BylineHeadings
from .containers import Containers
from .labels import bio_of
from .names import clean_text
from .patterns import lazy
from .unit import Unit

_PLAYER_REMARK = lazy(
    r"\([^()]*\)|(?:starting\s+|from\s+)?(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?|part\s+\d+(?:/\d+)?",
    re.I,
)
"""A remark after a player's label: in parentheses, where it starts, which part."""


def quoted_cards(region: list[Block], *, talks_said: bool) -> list[Block]:
    """A region's blocks, each quote that holds one paragraph opening with words in bold
    and linking something given as that paragraph, where three quotes or more of the region
    are written so, on a page that says it lists talks (``talks_said``; ``> **Title**<br/>``
    / ``> … [PDF](…) | Par [Ann Lee](…)``: the page's way of setting its talks apart); other
    quotes stay quotes (a testimonial, a tweet, a question and its answer)."""
    cards = [b for b in region if b.kind == "quote" and _card(b)] if talks_said else []
    if len(cards) < _LEAST_CARDS:
        return region
    return [b.children[0] if b in cards else b for b in region]


def _card(quote: Block) -> bool:
    """Whether a quote holds one paragraph that opens with words in bold, no question,
    and links something."""
    if len(quote.children) != 1 or quote.children[0].kind != "paragraph":
        return False
    inline = quote.children[0].inline
    if inline is None or not inline.strong or not inline.text.startswith(inline.strong[0]):
        return False
    return "\x00" in inline.text and not inline.strong[0].rstrip(" *_").endswith(("?", "？"))


_LEAST_CARDS = 3
"""How many quotes written as a talk's card a region holds, at least, for them to be read."""


class Regions(BylineHeadings):
    """Finds a page's regions (the finder of a page's talks is one)."""

    blocks: list[Block]
    containers: Containers | None
    """Where Material's containers are: a heading in one is a heading of its content only."""
    sections: set[Block]
    """The region headings that are sections by their words, judged once."""

    def regions(self, headings: list[int]) -> list[tuple[Block | None, list[Block]]]:
        """The blocks before the first heading, then each heading's own blocks."""
        blocks = self.blocks
        bounds = [*headings, len(blocks)]
        regions: list[tuple[Block | None, list[Block]]] = [
            (None, quoted_cards(blocks[: bounds[0]], talks_said=self.reader.page_talks))
        ]
        for n, h in enumerate(headings):
            region = quoted_cards(blocks[h + 1 : bounds[n + 1]], talks_said=self.reader.page_talks)
            regions += self.contained(blocks[h], region)
        return regions

    def container_end(self, line: int, default: int) -> int:
        """The line after the content of the innermost container that holds ``line``."""
        end = self.containers.end(line) if self.containers is not None else None
        return default if end is None else end

    def contained(
        self, heading: Block, region: list[Block]
    ) -> list[tuple[Block | None, list[Block]]]:
        """A heading's region, cut where the container that holds the heading ends: what
        follows the container is no part of it ("### Title" in a ``!!! note``)."""
        end = self.container_end(heading.start, -1)
        if end < 0 or all(b.start < end for b in region):
            return [(heading, region)]
        inside = [b for b in region if b.start < end]
        return [(heading, inside), (None, region[len(inside) :])]

    def by_container(
        self, talks: list[Unit], headings: list[Block]
    ) -> list[tuple[list[Unit], list[Block]]]:
        """The talks in each container and outside any, each with the headings above them
        that hold them: those outside any container and those in a container of theirs."""
        groups: dict[int, list[Unit]] = {}
        for unit in talks:
            groups.setdefault(self.container_end(unit.start, -1), []).append(unit)
        return [
            (group, [h for h in headings if group[0].start < self.container_end(h.start, 1 << 30)])
            for group in groups.values()
        ]

    def region_headings(self) -> list[int]:
        """The headings that start a region: not a label (``### Recording:``) nor a heading
        that names the speakers of the one right above it (``#### [Ann Lee](…)``), which
        are lines of the talk above."""
        blocks = self.blocks
        headings: list[int] = []
        for i, block in enumerate(blocks):
            if block.kind != "heading":
                continue
            above = blocks[headings[-1]].level if headings else 7
            if block.level > above and self.reader.heading_label(block) is not None:
                continue  # "### Recording": a line of the talk above
            if block.level > above and self._player_label(block, blocks[i + 1 :]):
                continue  # "#### Talk <small>from 3:22</small>" over its player: the same
            if headings and block.level >= above and self._bio_heading(blocks[headings[-1]], block):
                continue  # "## About Ann Lee" under "## Ann Lee: Title": her bio, that talk's
            before = blocks[i - 1] if i else None
            under_title = before and before.kind == "heading" and before.level == block.level
            if under_title and self.reader.people_heading(block) is not None:
                continue
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            if self.byline_under(before, block, after):
                continue
            headings.append(i)
        return headings

    def _player_label(self, heading: Block, after: list[Block]) -> bool:
        """Whether a heading is a word that labels a talk or its media (``Talk``, ``Slides``,
        ``Video``), maybe then a remark (in ``<small>``, in parentheses, a time, a part),
        over raw HTML alone to the next heading (an embedded player): the player's label, a
        line of the talk above."""
        inline = heading.inline
        words = clean_text(inline.visible()).split() if inline else []
        role = self.reader.labels.get(words[0].casefold()) if words else None
        if inline is None or role not in ("title", "slides", "video"):
            return False
        rest = " ".join(words[1:])
        if rest and not (_PLAYER_REMARK.fullmatch(rest) or "<small" in inline.text):
            return False  # "### Talk: Quiet Queues", "### Session 1 — Terraform": a title
        under = list(takewhile(lambda b: b.kind != "heading", after))
        return bool(under) and all(b.kind == "html" for b in under)

    @staticmethod
    def _bio_heading(above: Block, heading: Block) -> bool:
        """Whether ``heading`` is over the bio of the speaker the heading ``above`` names."""
        if above.inline is None or heading.inline is None:
            return False
        return bio_of(heading.inline.visible(), above.inline.visible())

    def headings_above(self, regions: list[tuple[Block | None, list[Block]]]) -> list[list[Block]]:
        """Each region's heading and the headings it stands under."""
        above: list[Block] = []
        result = []
        for heading, _ in regions:
            if heading is not None and heading.inline is not None:
                while above and above[-1].level >= heading.level:
                    above.pop()
                above.append(heading)
            result.append(list(above))
        return result

    def through_dates(self, over: list[Block]) -> Iterator[Block]:
        """A region's heading, then, while it is a date's or a group's (``### May 2024``),
        the heading over it (``## Past meetups``): the headings that say what the region
        holds."""
        for heading in reversed(over):
            yield heading
            if not self.section_heading(heading):
                return

    def section_heading(self, heading: Block) -> bool:
        """Whether a heading is a section's by its words (a date, a day, a generic word; a
        meetup's date and place: ``May 3 2021 - Old Mill``; a numbered meeting's date:
        ``#6 - Tuesday, November 22nd``)."""
        return heading in self.sections
