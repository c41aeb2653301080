"""A heading's words as a reader sees them, and whether they date it."""

from __future__ import annotations

import re

from .blocks import Block
from .labels import LEADING_DATE, is_date
from .names import clean_text
from .patterns import lazy
from .titles import ATTR_LIST

_MEETING_NUMBER = lazy(r"\d{1,4}\s*[-–—:.|]\s+")
"""A meeting's number before its date (``6 - Tuesday, November 22nd``)."""


_NUMBERED_MEETING = lazy(
    r"(?:(?:제\s*\d+\s*회|第\s*\d+\s*[回期次届]|#\s*\d+|(?:no|nr|n°)\.?\s*\d+|\d+(?:st|nd|rd|th)\b|"
    r"(?:meetup|meeting|session|edition|treffen|rencontre|encuentro|encontro)\s+#?\d+\b)"
    r"(?P<name>[^()\d]{0,40}?)|\d+)\s*(?:\((?P<inside>[^()]+)\)|[-–—:,|]\s*(?P<after>.+))",
    re.I,
)
"""A meeting's number, maybe the words that name it (after a number that says so: ``#12``,
``34th``, ``제34회``), then its day, in parentheses or after a separator (``제34회
(20/11/05)``, ``12 (2031-05-06)``, ``34th Meetup - May 6, 2031``)."""
_NUMERIC_DATE = lazy(r"\s*\d{2,4}[-/.]\d{1,2}[-/.]\d{1,4}\.?\s*")
"""A date in figures only, in any order, beside those :func:`~mkdocs_roundup.labels.is_date`
reads (``20/11/5``, ``20.11.05.``)."""


def dated_heading(words: str) -> bool:
    """Whether a heading's words (without symbols) date it: ``May 3 2021 - Old Mill``, a
    numbered meeting's date (``6 - Tuesday, November 22nd``, ``#12 (2031-05-06)``, ``제34회
    (20/11/05)``)."""
    numbered = _MEETING_NUMBER.match(words)
    if LEADING_DATE.match(words) or (numbered is not None and is_date(words[numbered.end() :])):
        return True
    meeting = _NUMBERED_MEETING.fullmatch(words.strip())
    when: str = (meeting["inside"] or meeting["after"] or "") if meeting else ""
    return bool(when) and (bool(_NUMERIC_DATE.fullmatch(when)) or dates_meeting(when))


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
