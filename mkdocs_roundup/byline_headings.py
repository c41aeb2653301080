"""A heading under a talk's title heading that is its byline: who gave it (``### Title``
over ``#### Ann Lee``, or over ``#### Ann Lee, Acme Corp, Harbor Summit, Oslo 2031``), a line
of the talk above, no region of its own.
"""

from __future__ import annotations

from .at_events import names_event
from .blocks import Block
from .heading_words import dated_heading, heading_words
from .names import looks_like_name
from .paragraph_units import ParagraphUnits
from .section_labels import is_generic


class BylineHeadings(ParagraphUnits):
    """Which headings are the bylines of the headings right above them."""

    def byline_under(self, above: Block | None, block: Block, after: Block | None) -> bool:
        """Whether a heading is the byline of the talk's heading right above it, at any lower
        level where it names where and when (``# Title`` over ``### Ann Lee, QCon London``,
        ``### Title`` over ``#### Ann Lee, Acme Corp, Harbor Summit, Oslo 2031``), one level
        below where it only names people (``### Title`` over ``#### Ann Lee``, unless a
        linked title follows it: ``### Topic`` over ``#### Ann Lee`` over ``[Title](deck)``,
        her talk), on a page that says it lists talks;
        under an event's or a date's heading (``### Harbor Days 2031``) a heading is a
        talk's title."""
        if above is None or above.kind != "heading" or above.level >= block.level:
            return False
        if above.inline is None:
            return False
        words = heading_words(above)
        byline = self.reader.byline_heading(block) is not None
        if not byline and above.level != block.level - 1:
            return False  # "# Title" over "### Ann Lee": one level below only, by her name
        if not byline and (
            not talk_then_person(words, block)
            or self.linked_title(after)
            or not self.reader.people_heading(block)
        ):
            return False  # (most headings: at its first cheap tests)
        if names_event(words) or dated_heading(words) or is_generic(words):
            return False
        return self.talks_named_over(above.level)

    def linked_title(self, block: Block | None) -> bool:
        """Whether a block opens with a link that names no media (``[Title](deck) — …``): a
        talk's title of its own."""
        if block is not None and block.kind == "list" and block.children:
            block = block.children[0].children[0] if block.children[0].children else None
        inline = block.inline if block is not None and block.kind == "paragraph" else None
        if inline is None or not inline.text.startswith("\x00") or not inline.links:
            return False
        return self.reader.link_role(inline.links[0]) is None


def talk_then_person(above: str, block: Block) -> bool:
    """Whether a heading's words (``above``) read as a title over one of a person's name
    alone, two or three words (``### Introduction to Testing`` over ``#### Ann Lee``; not
    ``### Ann Lee`` over ``#### Quiet Queues``, her talk, nor over ``#### Senior
    Engineer``)."""
    name = heading_words(block)
    return 2 <= len(name.split()) <= 3 and not looks_like_name(above) and looks_like_name(name)
