"""Where each talk ends on its page: a talk without a heading at the next talk (or its
region's end), a heading's talk at the next talk or the next heading of its level or above.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .blocks import Block

if TYPE_CHECKING:
    from .unit import Unit


def close_lines(units: list[Unit], region_end: int, stops: Iterable[int] = ()) -> None:
    """A heading-less talk runs to the next talk, or to the next line written as a talk's
    that is none (``stops``: an entry of the same list that names no talk of its own), or
    to the end of its region."""
    starts = sorted({u.start for u in units} | {s for s in stops if s < region_end})
    for unit in units:
        if unit.form == "line":
            later = bisect.bisect_right(starts, unit.start)
            unit.end = starts[later] if later < len(starts) else region_end


def heading_end(heading: Block, headings: list[Block]) -> int:
    """Where a heading's section ends: at the next heading of its level or above (``1 <<
    30``: at the page's end); ``headings``: the page's, in order."""
    after = (h.start for h in headings if h.start > heading.start and h.level <= heading.level)
    return next(after, 1 << 30)


def end_headings(talks: list[Unit], headings: list[Block], page_end: int) -> None:
    """A heading talk ends at the next talk, or at the next heading of its level or above
    (talks are in page order)."""
    starts = [h.start for h in headings]
    for position, unit in enumerate(talks):
        if unit.form != "heading":
            continue
        end = min(unit.end, page_end)
        if position + 1 < len(talks):
            end = min(end, talks[position + 1].start)
        for heading in headings[bisect.bisect_right(starts, unit.start) :]:
            if heading.start >= end:
                break
            if heading.level <= unit.level:  # the first heading that closes the talk
                end = heading.start
                break
        unit.end = end
