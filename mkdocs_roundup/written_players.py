"""A player's or a deck's address written out as text at the start or the end of a talk's
line (``- https://youtu.be/… Title (Ann Lee, CppCon 2019)``, ``- Title - https://youtu.be/…``):
Python-Markdown shows it as words, and the talk's media it is.
"""

from __future__ import annotations

from . import providers
from .fields import Piece
from .inline import Inline
from .labels import HERE_WORDS, Labels
from .names import clean_text
from .patterns import lazy

_URL_AT_EDGE = lazy(
    r"\s*(?:(?P<first>https?://[^\s<>()\x00]+)\s+(?P<after>\S.*?)"
    r"|(?P<before>.*?[^\s:|–—-])\s*[:|–—-]?\s+(?P<last>https?://[^\s<>()\x00]+)"
    r"(?P<names>\s*\([^()\x00]*\))?)\s*"
)
"""A line that opens with an address written out, or ends with one after its words (and
names in parentheses after it: ``Title - https://… (Ann Lee)``)."""


def written_player(
    labels: Labels, text: str, inline: Inline, line: int
) -> tuple[str, Piece] | None:
    """A line that opens or ends with a player's or a deck's address written out: the line
    without it, and its media; ``None`` where its words only name it (``Watch it here -
    https://…``) or there is no such address (``labels``: the site's label words)."""
    found = _URL_AT_EDGE.fullmatch(text) if "http" in text else None
    url = found["first"] or found["last"] if found else None
    hit = providers.find(url) if url and not any(url in code for code in inline.code) else None
    rest = found["after"] or found["before"] + (found["names"] or "") if found else ""
    if hit is None or _says_media(labels, rest, inline):
        return None
    return rest, Piece(hit.media(None, line, url), line)


def _says_media(labels: Labels, text: str, inline: Inline) -> bool:
    """Whether a line's words only say what its address is (``Recording``, ``Watch it
    here``), or there are none."""
    words = clean_text(inline.visible(text)).strip(" :|–—-")
    last = words.rsplit(None, 1)[-1].casefold() if words else ""
    return not words or last in HERE_WORDS or labels.media_role(words) is not None
