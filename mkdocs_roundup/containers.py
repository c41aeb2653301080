"""Material's containers: admonitions (``!!! note``), collapsible blocks (``??? note``,
``???+ note``) and content tabs (``=== "2024"``) hold indented Markdown, which CommonMark
would read as code. Their content is read as the Markdown it is, line for line; a talk's
card in it is written at the container's indent.
"""

from __future__ import annotations

import re

from .patterns import lazy

_OPENER = lazy(r'( *)(?:!!!|\?\?\?\+?|===\+?)[ \t]+(?=\S)[^"\n]*(?:"(?P<title>[^"\n]*)")?')
"""A container's first line, at its indent: ``!!! note "Title"``, ``=== "Tab"``."""
_WIDTH = 4
"""How much further than its opener a container's content is indented."""
_HEADING = lazy(r" {0,3}#{1,6}(?:[ \t]|$)")
"""A heading's line in a container's content, at its indent."""
_ITEM = lazy(r" {0,3}(?:[-*+]|\d{1,3}[.)])[ \t]")
"""A list item's line in a container's content, at its indent."""


class Containers:
    """Where a page's containers are: the lines their content spans, and how far each line
    was indented by them."""

    def __init__(self, lines: int = 0) -> None:
        self.spans: list[tuple[int, int]] = []
        """The lines (0-based, past the last) each container's content spans."""
        self.indents = [0] * lines

    def end(self, line: int) -> int | None:
        """Where the innermost container that holds ``line`` ends (``None``: none does)."""
        ends = [end for start, end in self.spans if start <= line < end]
        return min(ends) if ends else None

    def indent(self, first: int, end: int) -> int | None:
        """How far the containers indent the lines ``first`` up to ``end`` (blank lines
        aside); ``None`` when they do not indent them all alike."""
        if not self.spans:
            return 0
        indents = {self.indents[line] for line in range(first, min(end, len(self.indents)))}
        indents.discard(-1)
        return indents.pop() if len(indents) == 1 else (0 if not indents else None)


def unwrap(text: str) -> tuple[str, Containers]:
    """``text`` with each container's opener blanked (an admonition's title made a heading)
    and its content dedented (the same lines, so line numbers hold), and where the
    containers are."""
    if "!!!" not in text and "???" not in text and "===" not in text:
        return text, Containers()
    lines = text.split("\n")
    series = _series(lines)
    found = Containers(len(lines))
    spans = found.spans
    number = 0
    previous: tuple[re.Match[str] | None, int] = (None, 0)  # the last opener, where it ended
    while number < len(lines):
        opener = _OPENER.match(lines[number])
        if opener is None:
            number += 1
            continue
        indent = len(opener[1]) + _WIDTH
        end = _content_end(lines, number + 1, indent)
        if end == number + 1:
            number += 1  # no content: a line of text, as Markdown shows it
            continue
        above, above_end = previous
        last = above if not any(map(str.strip, lines[above_end:number])) else None
        titled = _titles_its_content(lines, opener, (number, end), last, series)
        lines[number] = f"{opener[1]}###### {opener['title']}" if titled else ""
        previous = (opener, end)
        found.indents[number] = -1  # as indented as its content
        for inner in range(number + 1, end):
            line = lines[inner]
            if line.strip():
                lines[inner] = line[_WIDTH:]
                found.indents[inner] += _WIDTH
            else:
                lines[inner] = ""
                found.indents[inner] = -1  # blank: as indented as the lines around it
        spans.append((number + 1 - titled, end))  # with its title's heading
        # its content may hold containers of its own, now one level out: read on inside
        number += 1
    return "\n".join(lines), found


def _titles_its_content(
    lines: list[str],
    opener: re.Match[str],
    span: tuple[int, int],
    previous: re.Match[str] | None,
    series: Series,
) -> bool:
    """Whether an admonition's title is the heading of its content (``span``: its opener's
    line and its end), which has no heading of its own: one of admonitions in a row, of one
    kind and titled alike (``!!! example "Seminar #2"`` over the labels of one talk, then
    ``!!! example "Seminar #1"``; ``previous``: the opener of the last admonition, if it
    ended right above), or of a numbered series of the page's that holds a list
    (:func:`_one_of_a_series`, a session's talks). A talk's boxes, ``!!! note "Details"``
    then ``!!! tip "Links"``, are its parts; a collapsible block's title is its summary, a
    tab's label a tab's."""
    number, end = span
    if opener[0].lstrip()[:3] != "!!!":
        return False
    indent = len(opener[1]) + _WIDTH
    if any(_HEADING.match(inside, indent) for inside in lines[number + 1 : end]):
        return False
    after = next((n for n in range(end, len(lines)) if lines[n].strip()), len(lines))
    following = _OPENER.match(lines[after]) if after < len(lines) else None
    beside = any(_alike(opener, other) for other in (following, previous) if other is not None)
    if beside:
        return True
    listing = any(_ITEM.match(inside, indent) for inside in lines[number + 1 : end])
    return listing and _one_of_a_series(opener, series)


Series = dict[tuple[str, str], set[str]]
"""The numbers that admonitions of each kind give in titles holding each word."""


def _series(lines: list[str]) -> Series:
    """Which numbers the page's admonitions of each kind give, by a word of their titles."""
    series: Series = {}
    for line in lines:
        opener = _OPENER.match(line) if "!!!" in line else None
        number = _NUMBER.search(opener["title"] or "") if opener else None
        if opener is not None and number is not None:
            for word in _title_words(opener):
                series.setdefault((_kind(opener), word), set()).add(number[0])
    return series


def _one_of_a_series(opener: re.Match[str], series: Series) -> bool:
    """Whether an admonition is one of a series of its kind on the page, wherever the others
    stand (in a tab or not), each titled with its own number (``!!! session "Session 1
    (Chair: Ann Lee)"``, then after a break ``!!! session "Session 2"``): its title is its
    content's heading. Boxes titled the same (``!!! abstract "Abstract"`` under each talk)
    are parts of talks."""
    number = _NUMBER.search(opener["title"] or "")
    if number is None:
        return False
    kind = _kind(opener)
    return any(series.get((kind, word), set()) - {number[0]} for word in _title_words(opener))


def _kind(opener: re.Match[str]) -> str:
    """An opener's marker and kind, wherever it is indented (``!!! session``)."""
    return " ".join(opener[0].split()[:2])


def _title_words(opener: re.Match[str]) -> set[str]:
    return {word for word in (opener["title"] or "").casefold().split() if word.isalpha()}


_NUMBER = lazy(r"(?<![\d:])\d{1,3}(?![\d:])")
"""A number in a title, not a time's (``Session 2``, not ``09:30``)."""


def _alike(mine: re.Match[str], theirs: re.Match[str]) -> bool:
    """Whether two lines open admonitions of one kind at one indent, titled alike: a word of
    letters in common (``第5回 Seminar #5``, ``第4回 Seminar #4``)."""
    if not (mine["title"] and theirs["title"]):
        return False
    if mine[1] != theirs[1] or _kind(mine) != _kind(theirs):
        return False  # "!!! note" beside "!!! tip": a talk's boxes
    return bool(_title_words(mine) & set(theirs["title"].casefold().split()))


def _content_end(lines: list[str], start: int, indent: int) -> int:
    """The line after a container's content: its lines are blank or indented ``indent``."""
    end = start
    last = start
    while end < len(lines):
        line = lines[end]
        if line.strip():
            if len(line) - len(line.lstrip(" ")) < indent:
                break
            last = end + 1
        end += 1
    return last
