"""A talk's line written as sentences: its title, then who gives it, then where and when
(``Quiet Queues. Ann Lee, Harbor University. Room 5, 13:15.``), as seminar series write them,
or, in a program's slot, its kind, who gives it, then its title (``09:15 - Invited Talk: Ann
Lee. Quiet Queues.``; not ``Lecture: Ada Lovelace. Her Legacy.``, a subject). One sentence names people only, in full; the title is the sentences
before it, or after it when the talk's kind opens the line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import clean_text
from .patterns import lazy

if TYPE_CHECKING:
    from .bylines import BylineReader
    from .fields import Fields, People
    from .inline import Inline

SENTENCES = "sentences"
"""The evidence of a line read as sentences: its title's, its speakers' (see
:attr:`~mkdocs_roundup.fields.Fields.evidence`)."""
_SENTENCE_END = lazy(
    r"(?<![\s.][A-Z])(?<!\b(?:Dr|Mr|Ms|St|Jr|Sr|vs|No|Co|ft|cf|al))(?<!\bMrs|\bInc|\bLtd|\betc)"
    r"(?<!\bProf|\bfeat|\bincl)(?<!\b[a-z]\.[a-z])"
    r"\.\s+(?=[A-Z0-9\"“'‘\x00_*])"
)
"""A full stop between sentences: after a word (not an initial, ``Ann B. Lee``, nor an
abbreviation, ``Dr.``, ``Jr.``, ``ft.``, ``e.g.``), before a capital, a digit, a quote or a link."""
_KIND_LEAD = lazy(
    r"\s*(?:(?:invited|keynote|plenary|featured|contributed)\s+)?"
    r"(?:talk|keynote|lecture|presentation|tutorial)\s*:\s+(?=\S)",
    re.I,
)
"""A talk's kind, as a program's slot says it before who gives it (``Invited Talk:``)."""
_TIMED = lazy(r"\s*(?:[-*+]\s+)?[\[(]?\d{1,2}(?:[:.h]\d{2}|h\b)")
"""A program's slot, that opens with its time (``09:15 - …``, ``08:45–09:00 - …``, ``[10:30]``,
``14h –``); the line the title is read from has it cut already."""
_BYLINE_SENTENCES = 3
"""The sentences in which the names may stand: after a kind's and the title's."""
_TITLE_WORDS = 2
"""The fewest words of a title between sentences (``PhD Status Seminar``, not ``Math``)."""


def sentences(text: str) -> list[str]:
    """The sentences of a line, without their full stops."""
    return [part.strip().rstrip(".") for part in _SENTENCE_END.split(text.strip())]


def sentence_byline(reader: BylineReader, text: str, inline: Inline, fields: Fields) -> bool:
    """Read a line of sentences of which one, and one only, names its speakers (and where
    they work): the title is the sentences before it; whether it was one."""
    lead = _KIND_LEAD.match(text)
    if lead is not None:  # "09:15 - Invited Talk: …": a program's slot, by its time
        timed = _TIMED.match(inline.visible(inline.text))
        kind = "keynote" if "keynote" in lead[0].casefold() else "talk"
        rest = text[lead.end() :]
        return timed is not None and _kind_then_names(reader, kind, rest, inline, fields)
    parts = sentences(text)
    if len(parts) < 2:
        return False
    named = [
        (index, found)
        for index, part in enumerate(parts[:_BYLINE_SENTENCES])
        if index and (found := _named(reader, part, inline))
    ]
    if len(named) != 1:
        return False  # "Tide Tables. Cy Dorn.": which of two names its speaker, no one knows
    index, people = named[0]
    title = clean_text(inline.visible(". ".join(parts[:index])))
    if len(title.split()) < _TITLE_WORDS:
        return False
    fields.title = title
    fields.add_people(*people)
    fields.evidence.update(("names", SENTENCES))
    return True


def _kind_then_names(
    reader: BylineReader, kind: str, text: str, inline: Inline, fields: Fields
) -> bool:
    """``Invited Talk: Ann Lee. Quiet Queues.``: after the talk's kind (``kind``: keynote or
    talk), its speakers named in full, in a sentence of their own, then the title; whether
    the line reads so."""
    first, *more = sentences(text)  # "Dr. Ann Lee. Quiet Queues.": an honorific's stop ends none
    rest = ". ".join(more)
    named = _named(reader, first, inline)
    title = clean_text(inline.visible(rest)).rstrip(". ")
    if named is None or len(title.split()) < _TITLE_WORDS:
        return False
    if not _title_shaped(title) and _named(reader, title, inline):
        return False  # "Invited Talk: Quiet Queues. Ann Lee.": which is who, no one knows
    fields.title, fields.kind = title, kind
    fields.add_people(*named)
    fields.evidence.update(("names", "kind", SENTENCES))
    return True


def _title_shaped(words: str) -> bool:
    """Whether words that may read as names are shaped as a title's: a colon, a figure, a
    compound (``Schema-guided``), a word in lower case but ``and``, or five words or more."""
    said = words.split()
    return (
        ":" in words
        or any(c.isdigit() for c in words)
        or any("-" in word or (word[:1].islower() and word not in _JOINS) for word in said)
        or len(said) >= _TITLE_SHAPED_WORDS
    )


_JOINS = frozenset({"and", "und", "et", "y", "e", "&"})
"""Words in lower case that join names as often as a title's words."""
_TITLE_SHAPED_WORDS = 5
"""The words from which words that may read as names are a title's (names are fewer)."""


def _named(reader: BylineReader, part: str, inline: Inline) -> People | None:
    """The people of a sentence that names people only, each in full."""
    named = reader.only_names(part, inline, roles=True)
    return named if named and all(p.in_full for p in named[0]) else None
