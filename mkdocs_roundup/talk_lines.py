"""A talk's line in a list item or a paragraph: where it starts (after the pictographs
that bullet it) and where it ends (on the next line, where it stops at a dash or at a word
that joins what follows, or where the next line goes on in lower case)."""

from __future__ import annotations

from .inline import Inline
from .line_marks import without_bullet

_DASH_CHARS = frozenset("-–—")
_JOINING_WORDS = frozenset({"a", "an", "and", "&", "at", "by", "for", "from", "in", "into", "of",
                            "on", "or", "the", "to", "using", "via", "vs.", "with"})  # fmt: skip
"""Words that never end a title or a name: a line that stops at one goes on."""


def talk_line(inline: Inline, lines: list[tuple[int, str]], first: int) -> tuple[str, int]:
    """A talk's line from the ``first`` of ``lines``, and the source line after it: a line
    that stops at a dash or a colon (``2016-11-24: Ann Lee -``) goes on on the next."""
    text = without_bullet(lines[first][1])
    last = first
    while last + 1 < len(lines) and (
        _goes_on(inline.visible(text).rstrip(), inline.visible(lines[last + 1][1]).lstrip())
        or _wrapped(lines[last][1], inline.visible(lines[last + 1][1]).lstrip())
    ):
        last += 1  # and on: a citation's authors, title and venue wrapped over three lines
        text = f"{text.rstrip()} {lines[last][1].strip()}"
    return text, lines[last][0] + 1


_WRAP_WIDTH = 64
"""A line this long or longer that stops at a word was wrapped there by a tool (Pandoc wraps
at 72 characters): the next line goes on with it."""


def _wrapped(line: str, following: str) -> bool:
    """Whether a long line stops mid-title, at a word, where a tool wrapped it (``… What You
    Can Buy and How`` / ``Much You'll Pay``); the next line opens with a word, no label."""
    return (
        len(line) >= _WRAP_WIDTH
        and line.rstrip()[-1:].isalnum()
        and following[:1].isalpha()
        and ":" not in following[:24]
    )


def _goes_on(visible: str, following: str) -> bool:
    """Whether a line stops where no title or name ends: at a dash, at a word that joins
    what follows (``… typing REST APIs using``, ``Ann Lee and``), or mid-sentence (the next
    line goes on in lower case: ``… what a forest`` / ``hears at night.``)."""
    if visible[-1:] in _DASH_CHARS or (visible[-1:] == ":" and following[:1] != "-"):
        return True  # "2016-11-24: Ann Lee -", "[Harbor Conf 2015](…):" over the title
    if following[:1].islower() and visible[-1:].isalnum():
        return True
    last = visible.rpartition(" ")[2]
    return last.casefold() in _JOINING_WORDS
