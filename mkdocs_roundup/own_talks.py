"""A speaker's own list of talks, by year: under a year's heading (``## 2019``) on a page
whose title, or a heading over the year, says it lists talks (``Talks``, ``Palestras e
Workshops``), each item gives a title, then where it was given (``- 2019-09: Title,
Harbor Camp, Kiel``, ``- [Title](event-site) - Talk at Harbor Days (Kiel - May 2019)``).
The page's owner gives them; the words after the title name no speaker."""

from __future__ import annotations

import re

from .blocks import Block
from .line_marks import without_bullet
from .names import looks_like_name
from .sections import names_talks, says_own_talks

_YEAR = re.compile(r"(?:19|20)\d\d")
_LEAD = re.compile(r"\s*(?:\d{4}(?:[-/.]\d{1,2}){0,2}\s*:\s*)?(?:`[^`]*`\s*)?")
"""What may open an item's line before its title: a date (``2019-09:``), a code badge."""
_SLOT = re.compile(r"\x00\d+\x00")
_DASH = re.compile(r"\s[-–—]\s")
_PAIRS = {"(": ")", "[": "]"}
_NOT_GIVEN = re.compile(
    r"\b(?:co-?)?(?:organi[sz]|host|mc\b|emcee|ceremon|cerimôn|moderat|moderad|chair|committee|"
    r"review|volunteer|voluntári|mentor|coach|judge|jury|attend|particip|sponsor|patrocin|booth|"
    r"exhibit|submission|schedule|announc|registration|ticket|cfp|call\s+for|coordena|releas|"
    r"veranstalt|teilnahme|teilnehmer|bénévole)",
    re.I,
)
"""A short title that says what someone did at an event beside giving a talk (``Program
committee``, ``Organizer``, ``Mestre de cerimônias``), or a notice (``Submissions open``)."""


def owned_year(over: list[str], title: str) -> str:
    """The year a region's heading names alone (``## 2019``, the last of the headings
    ``over`` it, by their words), where the page's ``title``, or a heading over the year,
    says it lists talks: a speaker's own talks, by year; else ``""``."""
    year = over[-1] if over else ""
    if len(year) != 4 or not _YEAR.fullmatch(year):
        return ""
    if says_own_talks(title) or any(names_talks(w) or says_own_talks(w) for w in over[:-1]):
        return year
    return ""


def title_part(text: str) -> str | None:
    """An item's line up to where it says where the talk was given: the first comma or dash
    after its linked title (``[Title](…) - Harbor Days``), or the first comma after a title
    not linked (``Title - part two, Harbor Camp``), outside parentheses; ``None`` where no
    such words follow."""
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    slot = _SLOT.match(text, start)
    begin = slot.end() if slot else start
    depth: list[str] = []
    for at in range(begin, len(text)):
        char = text[at]
        if char in _PAIRS:
            depth.append(_PAIRS[char])
        elif depth and char == depth[-1]:
            depth.pop()
        elif not depth and _cut_at(text, at, linked=slot is not None):
            title, rest = text[:at].rstrip(), text[at:].lstrip(",-–— \n")
            return title if rest and title[start:].strip() else None
    return None


def _cut_at(text: str, at: int, *, linked: bool) -> bool:
    """Whether a title's words end at ``at`` (a comma; a dash after a linked title)."""
    if text[at] == ",":
        return text[at + 1 : at + 2] in (" ", "\n")
    return linked and text[at] in " \n" and bool(_DASH.match(text, at))


def where_given(text: str, title: str) -> str:
    """The words after an item's title: where it was given (``Harbor Camp, Kiel``)."""
    return without_bullet(text[len(title) :]).lstrip(",-–— \n")


def dated_in(text: str, title: str, year: str) -> bool:
    """Whether an item's line is dated in ``year``, before its title (``2019-09:``) or in
    the words after it (``(Kiel - May 2019)``)."""
    lead = _LEAD.match(text)
    return year in (lead[0] if lead else "") or year in text[len(title) :]


def not_given(title: str) -> bool:
    """Whether a title of three words or fewer names a role at an event or a notice, no
    talk (``Program committee``, ``Speakers announced``)."""
    return len(title.split()) <= 3 and bool(_NOT_GIVEN.search(title))


def names_someone(where: str) -> bool:
    """Whether the words after a title open with a person's name in full (``Title, Ann
    Lee``): a speaker, maybe, not where."""
    first = where.split(",")[0].strip()
    return len(first.split()) > 1 and "\x00" not in first and looks_like_name(first)


def plain_item(item: Block) -> bool:
    """Whether a list item is one paragraph, with no list nested under it."""
    first = item.children[0] if item.children else None
    return (
        first is not None
        and first.kind == "paragraph"
        and first.inline is not None
        and not any(child.kind == "list" for child in item.children[1:])
    )
