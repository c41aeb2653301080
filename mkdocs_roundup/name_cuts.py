"""Where a talk's line that names its speakers first cuts the names from the title: a dash
(``Ann Lee - Title``), or a colon after a track (``Talks - Ann Lee: Title``) or on a dated
line (``Oct 9: Ann Lee: Title``); and what after the names is no title.
"""

from __future__ import annotations

import re

from .fields import Fields
from .inline import Inline
from .labels import BREAK_WORD
from .patterns import lazy

_DASH = lazy("[-–—]")
"""A dash of any length: a line without one has no ``Names - Title`` cut."""
_NAMES_DASH = lazy(
    r"\s*(?P<names>(?:[^-–—]|(?<=\w)-(?=\w))+?)\s+[-–—]\s+"
    r"(?:@\w[\w.]*\s+[-–—]\s+)?(?P<title>.{3,})"
)
"""Names, a dash, a title (the names' side has no dash of its own, but a hyphen inside a
name: ``Tom Preston-Werner``); a handle between them is the names' own (``Ann Lee -
@annlee - Title``), no part of the title."""
TRACK = lazy(
    r"\s*(?:talks?|tutorials?|sponsor\s+(?:presentations?|talks?|workshops?)|lightning\s+talks?|"
    r"workshops?|posters?|charlas?|vortr(?:ag|äge)|palestras?)\s+[-–—]\s+(?=\S)",
    re.I,
)
"""The track a conference's recording is named with before its speakers (``Talks - Ann
Lee: Title``, ``Tutorials - …``): what kind, not who."""
NAMES_COLON = lazy(r"\s*(?P<names>[^:：\x00]+?)\s*(?::\s+|：\s*)(?P<title>.{3,})")
"""Names, a colon, a title with no colon of its own (a dated line's: ``Ann Lee: Title``;
a full-width colon needs no blank after it, ``赵敏：Title``)."""


def names_cut(text: str, fields: Fields, *, tracked: bool) -> re.Match[str] | None:
    """Where a line's names end and its title starts: a dash (``Ann Lee - Title``), or a
    colon (``Ann Lee: Title``; after a track, ``Talks - Ann Lee: Title``, or on a dated
    line, ``Oct 9: Ann Lee: Title``, a day's program), whichever comes first."""
    found = _NAMES_DASH.fullmatch(text) if _DASH.search(text) and not tracked else None
    at = min((i for i in (text.find(":"), text.find("：")) if i >= 0), default=-1)
    if at < 0 or (found is not None and at > found.end("names")):
        return found  # no colon, or one after the dash's cut: "Ann Lee - Title: More"
    # "赵敏（海港）：Title - Subtitle": the first cut (a colon before the dash's cut is)
    return NAMES_COLON.fullmatch(text) or found


def what_they_did(found: re.Match[str], inline: Inline, fields: Fields) -> bool:
    """Whether a dated line's cut says what someone did, no talk: the words after the
    names are a news item's sentence in lower case (``2031-05-03: Ann Lee - joined the
    board``), or either side names a break of a program (``Feb 9: Pizza Lunch: Room 204``,
    ``Feb 5: Ann Lee: Coffee and cookies``)."""
    if "dated" not in fields.evidence:
        return False
    title = inline.visible(found["title"])
    return title.lstrip()[:1].islower() or bool(
        BREAK_WORD.search(title) or BREAK_WORD.search(inline.visible(found["names"]))
    )


def subtitle(text: str, found: re.Match[str]) -> bool:
    """Whether a long dash opens a subtitle in lower case (``Binary Python — introducing
    native code``): the title goes on, no one is named before it (``Ann Lee - gopls + vim``
    names her)."""
    dash = text[found.end("names") : found.start("title")]
    return ("—" in dash or "–" in dash) and found["title"].lstrip()[:1].islower()
