"""An event's name, and nothing more: words in capitals ending with the word that makes
them an event's where talks are given (``PyCon``, ``Harbor Conf``, ``Lumen Summit``), then
maybe a place and its year or edition (``JSConf EU 2014``, ``Harbor Meetup #12``).

Read where a name stands for where a talk was given: after a talk's title and a dash
(``Quiet Queues - PyCon 2019``, never its speaker, nor a speaker-first line's title), or
as a heading over a conference's talks (``## Lumen Conf 2031``). A title that only mentions an event is none (``Kubernetes Summit Recap``,
``Lessons From PyCon``, ``Books Recommended at the Conference``, ``Harbor Conf 2031
Awards``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .patterns import lazy


class Vocabulary(NamedTuple):
    """What may end an event's name, and what may follow it, where it is read."""

    word: re.Pattern[str]
    """The word that ends the name (``Meetup``, ``PyCon``)."""
    edition: re.Pattern[str]
    """Its year or edition after it, maybe after a place."""
    most: int
    """The most words of the name."""


AFTER_TITLE = Vocabulary(
    lazy(r"(?-i:\w*(?:Con|Conf|JS)|JS|Conference|Symposium|Summit|Meetup)"),
    lazy(r"(?:19|20)\d\d|#\d{1,4}"),
    5,
)
"""An event's name after a talk's title and a dash: its word in its capitals, then a year
or a numbered edition (``PyCon 2019``, ``Vue Meetup Oslo #12``; ``Meetup Organizing 101``
and ``Rosa DeCamp`` are no event's)."""
HEADING = Vocabulary(
    lazy(r"(?i:conf|conference|congress|summit|meetups?|symposium)|\w+(?-i:Con|Conf|CON|Camp|JS)"),
    lazy(r"#?\d{1,4}|[IVX]+"),
    1 << 30,
)
"""An event's name as a heading over its talks: its words in any case, glued ones too
(``RiverCon``, ``BarCamp``), then any edition (``JHipster Conf 2``, ``Harbor Meetup IV``)."""
_SENTENCE_WORDS = frozenset(
    {"of", "from", "at", "the", "on", "in", "for", "to", "with", "and", "a", "an", "why", "how"}
)
"""Words of a title's sentence, no event's name's (``Lessons From PyCon``)."""


def event_name_only(text: str, vocabulary: Vocabulary) -> bool:
    """Whether ``text`` is an event's name and nothing more, in a ``vocabulary``."""
    words = text.split()
    ends = [i for i, word in enumerate(words) if vocabulary.word.fullmatch(word)]
    if not ends or len(words) > vocabulary.most:
        return False
    before, after = words[: ends[-1]], words[ends[-1] + 1 :]
    if any(_no_name_word(word) for word in before):
        return False
    place = after[:-1]  # "JSConf EU 2014": where, then the year
    return not after or (
        vocabulary.edition.fullmatch(after[-1]) is not None
        and len(place) <= 1
        and all(word[:1].isupper() for word in place)
    )


def _no_name_word(word: str) -> bool:
    """Whether a word before an event's word is none of its name's: in lower case, a
    sentence's (``From``, ``At``) or a separator (``Summit Recap - KubeCon``); a digit or a
    sign may be (``KubeCon + CloudNativeCon``)."""
    if word.casefold() in _SENTENCE_WORDS or word in _SEPARATORS:
        return True
    return not (word[:1].isupper() or word[:1].isdigit() or not word[:1].isalnum())


_SEPARATORS = frozenset({"-", "–", "—", "|", ":", "/", "·"})
"""Marks that part a line's fields, never a name's words."""
