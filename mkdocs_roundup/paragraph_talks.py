"""Which paragraphs of a region are talks beside its other units: a paragraph under a strong
line that names its talk (``**Title - Ann Lee**``) is the line's body, unless it is a title
of its own; paragraph talks count two or more side by side, one under each section heading,
one beside strong lines, or a talk's line over its player under a page of events' headings.
"""

from __future__ import annotations

from .labels import YEAR
from .paragraph_units import PLAYER_LINE
from .patterns import lazy
from .section_labels import is_generic
from .unit import Unit


def side_by_side(
    inners: list[tuple[list[Unit], list[Unit]]],
    under_sections: list[bool],
    under_events: list[bool],
) -> list[list[Unit]]:
    """Each region's talks; its paragraphs that give a talk among them: two or more side
    by side, or one under each of the page's section headings (a meetup's date), or one
    that names its speakers in full under an event's heading among others (``## Harbor
    Conf 2031`` over ``Title - Ann Lee, Acme`` and its player), where the page has two or
    more (a lone one under a talk's own heading is its body)."""
    lined = [_beside_lines(units) for units, _ in inners]
    counted = [
        p if len(p) >= 2 or section or _over_players(p) or by_lines or (event and _named(p)) else []
        for (_, p), section, by_lines, event in zip(
            inners, under_sections, lined, under_events, strict=True
        )
    ]
    beside = any(p and by_lines for p, by_lines in zip(counted, lined, strict=True))
    if sum(map(len, counted)) < 2 and not beside:
        return [units for units, _ in inners]
    return [
        sorted(units + p, key=lambda u: u.start)
        for (units, _), p in zip(inners, counted, strict=True)
    ]


def _named(paragraphs: list[Unit]) -> bool:
    """Whether a lone paragraph names its talk's speakers, each in full, over its recording
    (a venue's map by Ann Lee is no talk)."""
    fields = paragraphs[0].fields if len(paragraphs) == 1 else None
    if fields is None or not any(p.media.kind == "video" for p in fields.media):
        return False
    return fields.named_in_full


def line_over(paragraph: Unit, units: list[Unit]) -> Unit | None:
    """The strong line a paragraph that names no one is the body of, with no talk between
    them, where that line names its talk and speakers but links nothing (``**Title - Ann
    Lee**`` over what she told and ``[Slides](…) [Audio](…)``)."""
    last = units[-1] if units else None
    if (
        last is None
        or last.form != "line"
        or paragraph.fields.speakers
        or not last.fields.speakers
        or last.fields.media
        or is_generic(last.fields.title)
        or not _no_title(paragraph.fields.title)
    ):
        return None
    return last


_LINK_ROW = lazy(r"(?:\s*\[[^\[\]]{1,30}\])+\s*")
"""A row of bracketed links' words (``[Audio] [Photos]``): what a talk links, no title."""


def _no_title(title: str) -> bool:
    """Whether a paragraph's "title" is no talk's: a sentence of prose (``Ann told us how
    …``), or a row of bracketed links' words (``[Audio] [Photos]``); ``Rivers at Night``
    is one, of a talk of its own."""
    if _LINK_ROW.fullmatch(title):
        return True
    if " " not in title.strip():  # a script without spaces: a clause's commas, its length
        return len(title) > 30 or "，" in title
    return len(title.split()) >= 8


def _beside_lines(units: list[Unit]) -> bool:
    """Whether a region's talks are strong lines (``**Title - Ann Lee**``): a paragraph
    talk among them, not their body, is one as they are."""
    return any(unit.form == "line" for unit in units)


def _over_players(paragraphs: list[Unit]) -> bool:
    """Whether a region's paragraph talks are each a talk's line over its player (``Title -
    Ann Lee, Acme`` over ``{{< youtube … >}}``): a talk each, even alone under its
    heading."""
    return bool(paragraphs) and all(PLAYER_LINE in p.fields.evidence for p in paragraphs)


def event_of_year(words: str) -> bool:
    """Whether a heading's words give a year (``Harbor Conf 2031``, ``Perconalive 2021``):
    one of a page's events, where others of its level give theirs (a year is an event's
    word to :func:`~mkdocs_roundup.at_events.names_event`, so no other word is asked for)."""
    return bool(YEAR.search(words))
