"""A talk written as two lines over its player: who gave it where, then its title in quotes
(``**[Ann Lee](…) at Harbor Days - May 2031**`` over ``**'Quiet Queues'**``, then a ``<div>``
around its ``<iframe>``), as a project's post of recordings lists them."""

from __future__ import annotations

from .fields import Fields
from .inline import SLOT, Inline
from .model import Party
from .names import clean_text, looks_like_name, named_in_full
from .patterns import lazy

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
    if not looks_like_name(person.name) or not named_in_full(Party(person.name)):
        return None
    fields = Fields(title=clean_text(quoted["title"]))
    fields.add_people([person], [])
    return fields
