"""Who gave a talk, as a sentence about it says: ``… a talk given by Ann Lee at …``,
``la charla de [Ann Lee](…) aquí``.
"""

from __future__ import annotations

import re

from .bylines import LINKED_RUN
from .fields import Fields
from .inline import SLOT, Inline
from .model import Party
from .names import clean_text, looks_like_name
from .patterns import lazy
from .profiles import is_person_url

_GIVEN_BY = lazy(
    r"\b(?:given|presented|delivered)\s+by\s+|\b(?:talk|presentation|session|keynote|workshop)"
    r"\s+(?:given\s+|presented\s+|delivered\s+|led\s+)?by\s+",
    re.I,
)
"""Who gave the talk, in a sentence about it (``… a talk given by Ann Lee``); "led by" only
of a session (``a project led by Acme`` names no speaker)."""

_LINKED_NAMES = lazy(rf"{LINKED_RUN}(?=\s+(?:at|on|in|during|here|below)\b|[,.;:)]|\s*$)")
"""Linked names after ``by``, then where or the sentence's end (``Watch the talk by [Ann
Lee](…) here:``, over its player; not ``[Ann](…)'s students``)."""

_AND = lazy(r"\s+(?:and|&)\s+")
"""What joins two names after ``by`` in a sentence."""

_TALK_OF = lazy(
    r"\b(?:charla|conferencia|ponencia|presentación|plática|palestra|apresentação|conférence|"
    r"présentation|intervention|exposé|vortrag|präsentation|talk|intervento|presentazione)\s+"
    r"(?:(?:completa|completo|complète|vollständigen?)\s+)?(?:de|da|do|von|di|del)\s+"
    r"(?P<names>\x00\d+\x00(?:(?:\s*,)?\s*(?:y|e|et|und|i|and|&)\s*\x00\d+\x00|\s*,\s*\x00\d+\x00)*)"
    r"(?=\s+(?:aquí|aqui|ici|hier|qui|abajo|ci-dessous|unten|en|em|auf|sur|su)\b|\s*[,.;:)]|\s*$)",
    re.I,
)
"""A sentence's talk, then whose, in words that say it by ``de`` or ``von`` (``la charla
de [Ann Lee](…) aquí``), the linked names up to where it is or the sentence's end."""

_THIS_TALK = lazy(r"\s*(?:(?:a|an|this|the|our)\s+)?", re.I)
"""What opens a sentence about the talk itself, before its kind (``A talk by …``, ``This
talk by …``), not one that mentions another (``It builds on a talk given by …``)."""

_PRESENTED_AFTER = lazy(
    r"\s+(?:(?:was|were|is)\s+)?(?:presented|given|delivered|recorded|filmed)\b"
)
"""Where a sentence goes on after the names ``by`` gives (``… by Ann Lee presented at``)."""

_BY_END = lazy(
    r"\s+(?:at|on|in|during)\s+|[,;(]|(?<!Dr)(?<!Mr)(?<!Ms)(?<!Mrs)(?<!St)(?<!Prof)\.(?:\s|$)"
)
"""Where the name after ``by`` ends: ``at``, a comma, a full stop (not an honorific's)."""


def given_by(text: str, inline: Inline, fields: Fields) -> None:
    """``… talk given by Ann Lee at …``, ``… presented by [Dr. Ann Lee](…) at …``: the
    speaker (with her link), unless named already."""
    given = _GIVEN_BY.search(text) if " by " in text.lower() else None
    if given is None or fields.explicit or fields.speakers:
        return  # "It builds on a talk given by Bo Lind": another talk's, hers named already
    after = text[given.end() :]
    about = _THIS_TALK.fullmatch(text[: given.start()]) is not None
    linked = _LINKED_NAMES.match(after)  # "[Dr. Ann Lee](…) and [Bo Lind](…) at …"
    if linked:
        people = linked_parties(linked[0], inline)
    elif SLOT.match(after):
        return  # "[Bo Lind](…)'s students": no one named so
    else:  # "A talk by Ann Lee and Bo Lind presented at …": each of them, in a sentence
        named = _BY_END.split(inline.visible(after))[0]  # about the talk itself
        parts = _AND.split(_PRESENTED_AFTER.split(named)[0]) if about else [named]
        people = [Party(clean_text(n).strip()) for n in parts if n.strip()]
    if len(people) > 1 and not all(" " in p.name for p in people):
        return  # "A talk by Ann Lee and Acme": a company with her, no speaker
    if people and all(looks_like_name(p.name) for p in people):
        fields.add_people(people, ())
        fields.said_in_prose = True
        # "A talk by Ann Lee …" leaves the heading its own reading
        fields.explicit = linked is not None or not about


def linked_parties(names: str, inline: Inline) -> list[Party]:
    """The people a run of linked names gives, each with her link (``[Ann Lee](…) and
    [Bo Lind](…)``)."""
    links = [inline.links[int(n)] for n in SLOT.findall(names)]
    return [Party(clean_text(link.text).strip(), link.href.strip()) for link in links]


def talk_of(text: str, inline: Inline, fields: Fields) -> None:
    """``Vea la conferencia completa de [Ann Lee](…) aquí:``, ``den Vortrag von [Ann](…)
    hier``: the speakers, each linked to her profile, of the talk a sentence points to (in
    the languages that say whose talk by ``de``, ``von``, ``di``: a word also of events and
    places, so only profiles name its speakers)."""
    if fields.explicit or fields.speakers or "\x00" not in text:
        return
    of = _TALK_OF.search(text)
    if of is None:
        return
    people = linked_parties(of["names"], inline)
    if all(is_person_url(p.url or "") and looks_like_name(p.name) for p in people):
        fields.add_people(people, ())
        fields.explicit = fields.said_in_prose = True
