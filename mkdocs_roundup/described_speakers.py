"""``Ann Lee presents an overview of queues.``: a talk's description that opens with its
speakers, named in full and not linked, then what they do in the talk. Kept as the talk's
speakers where nothing else names them and the page names them as speakers elsewhere
(:attr:`Fields.described`): a name there may be a product's, a host's, a historian's
subject (``Ada Lovelace described …``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .at_events import names_event
from .fields import People
from .inline import Inline
from .model import Party
from .names import NAME_PARTICLES, is_org_name
from .patterns import lazy

if TYPE_CHECKING:
    from .bylines import BylineReader

_DESCRIBED = lazy(
    rf"\s*(?P<names>[A-ZÀ-Þ][\w'’-]*\s+(?:(?:{NAME_PARTICLES})\s+)?[A-ZÀ-Þ][^\x00,.;:()!?]{{0,60}}?)\s+"
    r"(?:from\s+(?P<org>(?-i:[A-Z])[\w&.-]*(?:\s(?-i:[A-Z])[\w&.-]*)?)\s+)?"
    r"(?:(?:present|demonstrate|show|explain|discuss|describe|talk|share|walk|cover)(?:e?s)?"
    r"|gives|provides\s+an\s+overview)\b"
    r"(?!\s+(?:(?:the|our)\s+(?:\w+\s+)?(?:panel|speakers?|guests?|winners?|"
    r"awards?|prizes?|schedule|agenda)|with\b|us\s+through\s+the\s+(?:\w+\s+)?"
    r"(?:week|day|schedule|agenda))|[^.]*\bevery\s+year)",
    re.I,
)
"""Names (two words at least, a first and a family name, maybe a particle between),
maybe where they work (``from Acme``), then what they do in the talk (``Ann Lee and Bo Lind
present …``, ``Ann Lee from Acme provides an overview of …``; not a host's
``presents the panel``, ``presents our guest``, ``talks with``, ``walks us through the
week``, ``gives the awards``, nor a habit's ``talks about queues every year``)."""
_DETERMINERS = frozenset(
    {"this", "that", "the", "a", "an", "our", "my", "his", "her", "their", "each", "every"}
)
"""Words that open what is no one's name (``This GTUG presents …``)."""
_MOST_NAMES = 3
"""The most people such a sentence names."""


def described_speakers(reader: BylineReader, text: str, inline: Inline) -> People | None:
    """The people a description's sentence opens with, each named in full (two words or
    more, no link, no organization's or event's name), and says present the talk; ``None``
    for any other sentence."""
    found = _DESCRIBED.match(text) if "\x00" not in text[:80] else None
    if found is None or names_event(found["names"]):
        return None
    if found["names"].split()[0].casefold() in _DETERMINERS:
        return None  # "This group presents …", "Our team shows …": no one's name
    named = reader.only_names(found["names"], inline)
    if named is None or named[1] or not 0 < len(named[0]) <= _MOST_NAMES:
        return None
    people = named[0]
    if any(p.url or not p.in_full or is_org_name(p.name) for p in people):
        return None
    return people, (Party(found["org"]),) if found["org"] else ()
