"""A speakers' page: headings that each name one person, with no content of their own,
right over a deeper heading, her talk's (``### Ann Lee`` over ``#### Title`` and its
abstract), on a page that says talks (``## Invited talks``). Two such pairs or more make
the pattern; one alone is a page's parts (``## Past Events`` over ``### Harbor Conf``).
"""

from __future__ import annotations

import re

from .blocks import Block
from .fields import People
from .heading_fields import heading_fields
from .names import is_role
from .patterns import lazy
from .unit import Unit
from .weighing import Weighing

_CURATED = lazy(
    r"\b(?:favou?rites?|picks?|picked|recommend(?:ed|ations?)|must[\s-]see|watch(?:ed|list)|"
    r"liked|translated|subtitled|reviewed)\b",
    re.I,
)
"""Words that say a page lists talks its people chose, translated or reviewed."""
_LEAST = 2
"""How many speakers' headings over a talk's, at least, make a speakers' page."""


def speakers_over(
    regions: list[tuple[Block | None, list[Block]]],
    persons: list[tuple[int, People] | None],
) -> list[People | None]:
    """For each region, the person the heading right above its own names, where its own is
    deeper (``persons``: what each region's heading names, with its level, when it only
    names a person over no content)."""
    speakers: list[People | None] = [None]
    for (heading, _), over in zip(regions[1:], persons, strict=False):
        deeper = over is not None and heading is not None and over[0] < heading.level
        speakers.append(over[1] if over and deeper else None)
    return speakers if sum(1 for found in speakers if found) >= _LEAST else [None] * len(regions)


def one_talk_under(over: Block, heads: list[Block], talk_starts: set[int]) -> bool:
    """Whether a person's heading is over one talk's heading only (``### Ann Lee`` over
    ``#### Title`` and its ``#### Further reading``; not over two talks' headings, whose
    section it is); ``talk_starts``: the lines of the page's talk headings."""
    end = next((h.start for h in heads if h.start > over.start and h.level <= over.level), None)
    inside = [s for s in talk_starts if over.start < s and (end is None or s < end)]
    return len(inside) == 1


class SpeakerHeadings(Weighing):
    """Reads a speakers' page's headings (the finder of a page's talks is one)."""

    words: dict[Block, str]
    """Each heading's words, as a reader sees them."""
    heading_people: dict[Block, People]
    """The person each heading of a speakers page names."""
    byline_people: dict[Block, People]
    """The person each heading names where it may stand right over a talk's heading."""
    title: str
    curated: bool | None = None
    """Whether the page says its talks were picked (read once, when first asked)."""
    line_count: int

    def _speaker_over(
        self, heading: Block | None, region: list[Block], *, given: bool = True
    ) -> tuple[int, People] | None:
        """The person a heading alone names, over no content of its own, on a page whose
        title or headings say it lists talks (not a word in passing: a team's page says its
        people give talks; ``given=False``: or that says talks or names an event, for the
        speaker of a heading that is a talk by itself), with the heading's level."""
        named = self.byline_people.get(heading) if heading is not None and not region else None
        if named is None or heading is None or self._curated():
            return None
        return (heading.level, named) if self.page_says_talks(given=given) else None

    def _curated(self) -> bool:
        """Whether the page's title or first heading says it lists talks someone picked
        (``Our favourite talks``, ``Ann's picks``): the people its headings name picked
        them."""
        if self.curated is None:
            top = next(iter(self.words.values()), "")  # the page's own heading, not a talk's
            self.curated = bool(_CURATED.search(f"{self.title} {top}"))
        return self.curated

    def _under_speaker(
        self, heading: Block, region: list[Block], inner: list[Unit], by: People
    ) -> Unit | None:
        """``### Ann Lee`` over ``#### Title`` and its abstract: her talk; a role (``####
        Senior Engineer``) is none."""
        if inner or heading.inline is None or is_role(self.words[heading]):
            return None
        fields = heading_fields(
            self.reader, heading, self.words[heading], region, inner, person=False
        )
        if fields is None or fields.speakers or not fields.title:
            return None
        fields.add_people(*by)
        fields.evidence.add("person")
        if not self.is_talk(fields):
            return None
        return Unit(
            "heading", heading.start, heading.end, self.line_count, fields, heading, heading.level
        )
