"""A talk written as two lines over its player: who gave it where, then its title in quotes
(``**[Ann Lee](…) at Harbor Days - May 2031**`` over ``**'Quiet Queues'**``, then a ``<div>``
around its ``<iframe>``), as a project's post of recordings lists them."""

from __future__ import annotations

import re

from .at_events import names_place_of_talk
from .fields import Fields
from .inline import SLOT, Inline
from .labels import YEAR
from .model import Party
from .names import clean_text
from .patterns import lazy
from .topic_lists import one_person_in_full

_BYLINE = lazy(r"\s*(?P<name>[^\x00]{3,40}?|\x00\d+\x00)\s+at\s+(?P<where>\S.{1,80})")
"""Who, ``at``, then where (and when): ``[Ann Lee](…) at Harbor Days - May 2031``."""
_QUOTED = lazy(r"\s*(?P<q>['‘\"“])(?P<title>[^'‘’\"“”]{2,120})['’\"”]\s*")
"""A title in quotes, and nothing else: ``'Quiet Queues'``."""


def byline_over_title(inline: Inline, lines: list[tuple[int, str]]) -> Fields | None:
    """The title and speaker of a paragraph of two lines, a byline that names one person in
    full before ``at``, then the title in quotes; ``None`` for any other paragraph."""
    if len(lines) != 2:
        return None
    byline = _BYLINE.fullmatch(lines[0][1])
    quoted = _QUOTED.fullmatch(inline.visible(lines[1][1]))
    if byline is None or quoted is None:
        return None
    name = byline["name"]
    slot = SLOT.fullmatch(name)
    link = inline.links[int(slot[1])] if slot else None
    person = Party(clean_text(link.text if link else name), link.href.strip() if link else None)
    title = clean_text(quoted["title"])
    where = clean_text(inline.visible(byline["where"]))
    if not (one_person_in_full(person.name) and _a_talks_place(where) and _a_title(title)):
        return None
    fields = Fields(title=title)
    fields.add_people([person], [])
    return fields


def _a_talks_place(where: str) -> bool:
    """Whether where a byline says it was given is an event: named by its words, or dated
    by its year (``Harbor Days - May 2031``), and no ceremony's (``the Open Source Awards
    2031``)."""
    return (names_place_of_talk(where) or bool(YEAR.search(where))) and not _CEREMONY.search(where)


def _a_title(title: str) -> bool:
    """Whether quoted words are a title, not a sentence someone said (``"We want …."``)."""
    return not title.endswith(".") and len(title.split()) <= _TITLE_WORDS


_CEREMONY = lazy(r"\b(?:awards?|gala|ceremony|prize|wedding|reception|news)\b", re.I)
"""Where a video is no talk's: an award's ceremony, a wedding, the news."""
_TITLE_WORDS = 16
"""The most words of a quoted title."""
