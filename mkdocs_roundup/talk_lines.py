"""A talk's line in a list item or a paragraph: where it starts (after the pictographs
that bullet it) and where it ends (on the next line, where it stops at a dash or at a word
that joins what follows, or where the next line goes on in lower case)."""

from __future__ import annotations

import re

from .inline import Inline
from .labels import DAY_REMARK, MONTHS
from .line_marks import without_bullet
from .patterns import lazy

DASH_CHARS = frozenset("-–—")
"""A hyphen and the en and em dashes: a line that stops at one goes on on the next."""
_JOINING_WORDS = frozenset({"a", "an", "and", "&", "at", "by", "for", "from", "in", "into", "of",
                            "on", "or", "the", "to", "using", "via", "vs.", "with"})  # fmt: skip
"""Words that never end a title or a name: a line that stops at one goes on."""


def talk_line(inline: Inline, lines: list[tuple[int, str]], first: int) -> tuple[str, int]:
    """A talk's line from the ``first`` of ``lines``, and the source line after it: a line
    that stops at a dash or a colon (``2016-11-24: Ann Lee -``) goes on on the next."""
    text, last = _talk_line(inline, lines, first)
    return text, lines[last][0] + 1


def talk_line_rest(
    inline: Inline, lines: list[tuple[int, str]], first: int
) -> tuple[str, int, list[tuple[int, str]]]:
    """:func:`talk_line`, and the lines after it that HTML's line breaks set on its last
    source line (``**Title**<br>Ann Lee at [Harbor Days](…) [slides](…)``): the talk's
    first lines under its own, which no source line after it holds."""
    text, last = _talk_line(inline, lines, first)
    end = lines[last][0] + 1
    return text, end, [(n, rest) for n, rest in lines[last + 1 :] if n < end]


def _talk_line(inline: Inline, lines: list[tuple[int, str]], first: int) -> tuple[str, int]:
    """A talk's line from the ``first`` of ``lines``, and the index of its last line."""
    text = without_bullet(lines[first][1])
    last = first
    while last + 1 < len(lines) and (
        _goes_on(inline.visible(text).rstrip(), inline.visible(lines[last + 1][1]).lstrip())
        or _wrapped(lines[last][1], inline.visible(lines[last + 1][1]).lstrip(), inline)
        or _emphasized_next(lines[last][1], lines[last + 1][1], inline)
    ):
        last += 1  # and on: a citation's authors, title and venue wrapped over three lines
        text = f"{text.rstrip()} {lines[last][1].strip()}"
    return text, last


def _emphasized_next(line: str, following: str, inline: Inline) -> bool:
    """Whether a line that names people in parentheses' close (``[Ann Lee](…) (Acme)``) is
    followed by a line that is all one emphasized run, the title (``_Caching Tides_``), or
    such a title by its day in parentheses (``(27/5/2031 2pm)``)."""
    words = inline.visible(following).strip()
    if inline.visible(line).strip() in inline.emphasis:  # the title, then its day
        return bool(DAY_REMARK.match(words))
    return line.rstrip().endswith(")") and words in inline.emphasis and len(words.split()) > 1


_WRAP_WIDTH = 56
"""A line this long or longer that stops at a word was wrapped there by a tool (Pandoc wraps
at 72 characters): the next line goes on with it."""


def _wrapped(line: str, following: str, inline: Inline) -> bool:
    """Whether a long line that names its speaker before a colon stops mid-title, at a
    word, where a tool wrapped it (``- July - Ann Lee: What You Can Buy and How`` / ``Much
    You'll Pay``): its people are named, so the next line goes on with its title."""
    bold = inline.strong[0] if inline.strong else ""
    cited = bool(bold) and without_bullet(line).lstrip().startswith(f"{bold},")
    named = cited or _NAMED_COLON.match(line)
    return (
        named is not None
        and len(line) >= _WRAP_WIDTH
        and (line.rstrip()[-1:].isalnum() or line.rstrip()[-1:] in "”’\"'")
        and following[:1].isalpha()
        and ":" not in following[:24]
        and "\x00" not in following
    )


_NAMED_COLON = lazy(
    rf"\s*(?:[-*+]\s+)?(?:(?:{MONTHS})\.?\s+[-–—]\s|"
    r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}:\s+\S)",
    re.I,
)
"""A line that opens as an archive's or a citation's does, its people named before its
title: a month (``- July - Ann Lee: Title``), a name in full and a colon (``- Ann Lee:
Title``); a citation's presenter in bold (``- **Ann Lee**, Bo Lind. Title``) too."""


def _goes_on(visible: str, following: str) -> bool:
    """Whether a line stops where no title or name ends: at a dash, at a word that joins
    what follows (``… typing REST APIs using``, ``Ann Lee and``), or mid-sentence (the next
    line goes on in lower case: ``… what a forest`` / ``hears at night.``, or with ``by``)."""
    if visible[-1:] in DASH_CHARS or (visible[-1:] == ":" and following[:1] != "-"):
        return True  # "2016-11-24: Ann Lee -", "[Harbor Conf 2015](…):" over the title
    if following[:1].islower() and (visible[-1:].isalnum() or following.startswith("by ")):
        return True  # "[Title (But Were Afraid to Ask)](…)" over "by Ann Lee - …"
    words = visible.split()  # any blank: "[Title](…)\u00a0_by_" over the names
    return bool(words) and words[-1].casefold() in _JOINING_WORDS
