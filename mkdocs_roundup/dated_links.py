"""A paragraph that is one talk of a speaker's own list: its title linked to its deck, the
day it was given, then where, on the next line (``[**Title**](deck/) Mar 3, 2032<br>`` over
``Harbor Python Meetup``). Read so on a page whose title or headings say talks (a word in
passing in its opening paragraph is not enough), where two such paragraphs or more stand
(:meth:`~mkdocs_roundup.units._Finder.side_by_side`): a blog's archive writes its posts
alike, on a page that says none, and links the site's own posts (``/blog/…``).
"""

from __future__ import annotations

import re

from .body import Reader
from .fields import Fields
from .inline import Inline
from .labels import YEAR, is_date
from .names import SERIES, clean_text
from .patterns import lazy

_LINK_THEN_DATE = lazy(r"\s*\x00(?P<n>\d+)\x00\s*[-–—,|·]?\s*(?P<date>[^\x00]{6,30}?)\s*")
"""A linked title, then the day it was given (``[**Title**](…) Mar 3, 2032``)."""
_GIVEN = lazy(
    rf"\b(?:talks?|presentations?|présentations?|speaking|slides|keynotes?|lectures?|{SERIES}|"
    r"vortr[äa]ge|charlas|palestras|prezentacje|prelekcje|wystąpienia|presentazioni|"
    r"presentaties|přednášky|доклады|выступления|sunumlar|"
    r"exposés)\b|講演|発表|登壇|演讲|报告|分享",
    re.I,
)
"""Words that say a page lists talks given (not an event's: ``Conference news``)."""
_POST = lazy(r"/(?:blog|posts?)/", re.I)
"""The start of a site's own path to one of its posts (``/blog/why-queues/``)."""
_PLACE_WORDS = 16
"""The most words of the line that says where (``R training program by …, and … Club``)."""


def says_talks_given(said: str) -> bool:
    """Whether the page's title and headings (``said``) say it lists talks given:
    ``Talks``, ``Slides``, ``The talks I gave``."""
    return bool(_GIVEN.search(said))


def dated_link_talk(reader: Reader, inline: Inline, lines: list[tuple[int, str]]) -> Fields | None:
    """The talk a paragraph of two lines gives: a title that is one link, the day (with
    its year), then where it was given, a few words that link nothing (no speaker, no
    organization: the event stays as written); the title's link is its deck (or its
    video). ``None`` for any other paragraph."""
    if not inline.links:
        return None
    lines = [line for line in lines if line[1].strip()]  # "<br>" then a new line: one break
    if len(lines) != 2 or "\x00" in lines[1][1]:
        return None
    found = _LINK_THEN_DATE.fullmatch(lines[0][1])
    if found is None or not (is_date(found["date"]) and YEAR.search(found["date"])):
        return None
    place = clean_text(inline.visible(lines[1][1]))
    if not 0 < len(place.split()) <= _PLACE_WORDS or is_date(place):
        return None
    link = inline.links[int(found["n"])]
    if _POST.match(link.href) or reader.names_no_talk(link):
        return None  # a blog's own post; "[Ann Lee](…)", "[Harbor Days 2031](…)", "[Slides](…)"
    fields = Fields()
    if not reader.calendar_title(link, fields) or not fields.media:
        return None
    fields.evidence.update(("dated", "media"))
    return fields
