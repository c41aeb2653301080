"""A heading's words as a reader sees them, and whether they date it."""

from __future__ import annotations

from .blocks import Block
from .labels import LEADING_DATE, is_date
from .names import clean_text
from .patterns import lazy
from .titles import ATTR_LIST

_MEETING_NUMBER = lazy(r"\d{1,4}\s*[-–—:.|]\s+")
"""A meeting's number before its date (``6 - Tuesday, November 22nd``)."""


def dated_heading(words: str) -> bool:
    """Whether a heading's words (without symbols) date it: ``May 3 2021 - Old Mill``, a
    numbered meeting's date (``6 - Tuesday, November 22nd``)."""
    numbered = _MEETING_NUMBER.match(words)
    return bool(LEADING_DATE.match(words)) or (
        numbered is not None and is_date(words[numbered.end() :])
    )


def dates_meeting(words: str) -> bool:
    """Whether a heading's words date one meeting, by its day or its month (``22 July``,
    ``Juin 2031``), not a year alone (``2031``, ``2031年``)."""
    return is_date(words) and not _YEAR_ALONE.fullmatch(words)


_YEAR_ALONE = lazy(r"\s*\d{4}\s*年?\s*")


def heading_words(heading: Block) -> str:
    """A heading's words as a reader sees them: its visible text, cleaned, without its
    attribute list (``## May 2031 {#may-2031}``)."""
    text = clean_text(heading.inline.visible()) if heading.inline is not None else ""
    return ATTR_LIST.sub("", text) if "{" in text else text
