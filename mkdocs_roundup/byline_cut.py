"""Where a line's byline starts: its last ``by`` (``von``, ``par``, ``por``, ``moderated
by``, a pictograph of people), and the words before a ``by`` that say someone did
something else than speak (``translated by``); where its names end (a recording's length,
an event, a description after them)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .labels import MONTH_MAYBE_DAY, MONTHS
from .names import JOINING_WORDS, TITLES
from .patterns import lazy

BY_WORDS = "by|von|par|por"
"""The words before a byline's people (``by``, ``von``, ``par``, ``por``), as a regular
expression's alternatives."""
WITH_WORDS = "with|mit|avec|con|com"
"""The words before the people a talk is given with (``… with Ann Lee``, ``mit``, ``avec``…),
as a regular expression's alternatives."""
WITH_PEOPLE = lazy(rf"\s*\((?:{WITH_WORDS})\s+(?P<names>[^()]+)\)", re.I)
"""The people a talk was given with, in parentheses (``(mit Ann Lee)``, ``(avec Bo Chen)``)."""

_PEOPLE_PICTOGRAPHS = r":busts?_in_silhouette:|:speaking_head(?:_in_silhouette)?:|👥|👤|🗣️?"
"""Pictographs of people that stand for ``by`` (``[Title](…) 👥 Ann Lee, Bo Lind``)."""
_BY = lazy(
    rf"(?:,?\s+(?:presented|given|led|hosted|moderated|facilitated))?\s+(?:{BY_WORDS})\s+"
    rf"|\s+(?:{_PEOPLE_PICTOGRAPHS})\s*",
    re.I,
)
"""``by`` before a title's speakers (``… moderated by Ann Lee``: the panel's host), or a
pictograph of people."""
BY_OTHER = lazy(
    r"\b(?:translated|translation|designed|taken|written|(?:co-?)?authored|edited|illustrated|photos?|"
    r"maintained|curated|sponsored|powered|built|made|produced|organi[sz]ed|reviewed|"
    r"compiled|prepared|minutes|notes|recorded|traducido|traduzido|traduit|organizado|"
    r"mantenido|revisado|ilustrado|conçue?|übersetzt|gestaltet|subtitles?|captions?|"
    r"transcripts?|transcriptions?|translations|untertitel|sous-titres|subtítulos|legendas)$",
    re.I,
)
"""The word before a ``by`` that says who did something else than speak (``User manual,
translated by Ann Lee``, ``Poster designed by Bo Lind``, ``Minutes taken by Cy Moe``,
``Spanish subtitles by Di Ray``); a
title may end with a noun (``Inclusive API design by Ann Lee`` is her talk)."""
_BY_WORDS = lazy(f"{BY_WORDS}|silhouette|:speaking_head|👥|👤|🗣")
"""The words of :data:`_BY`: a line without any (in lower case) has no byline (a search
without ``re.I``, many times faster on a long line)."""


def last_by(text: str) -> tuple[str, str] | None:
    """A line cut at its last ``by`` (``von``, ``moderated by``…): what comes before it, and
    the people after it; ``None`` where it says none. A ``by`` in the description after a
    byline's dash is the description's (``[Gobot](…) by [Ann Lee](…) - robots controlled by
    Go``)."""
    if not _BY_WORDS.search(text.lower()):
        return None
    cuts = list(_BY.finditer(text))
    while len(cuts) > 1 and _NAMES_DESCRIBED.match(text, cuts[-2].end(), cuts[-1].start()):
        cuts.pop()
    return (text[: cuts[-1].start()], text[cuts[-1].end() :]) if cuts else None


_NAMES_DESCRIBED = lazy(r"(?:\x00\d+\x00(?:,?\s+(?:and|&)\s+|,\s+)?)+\s[-–—]\s+[a-z]")
"""Linked names after a ``by``, then a dash and a word in lower case: a description begins
(``[Gobot](…) by [Ann Lee](…) - robots controlled by Go``; not ``Step by Step Debugging - a
workshop by Ann Lee``)."""


_DATE_AFTER = lazy(
    rf"(?:,|\s[-–—|])\s+(?:{MONTH_MAYBE_DAY}\d{{4}}"
    rf"|\d{{1,2}}\.?\s+(?:{MONTHS})\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}(?:-\d{{2}})?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:19|20)\d{2})[\s.]*$",
    re.I,
)
"""A date after a byline's people, a comma, a dash or a bar before it (``by Ann Lee - Mar
11, 2019.``, ``by Ann Lee, October 2020``, ``by Ann Lee | 2021-03-11``): when, not who."""


def last_by_undated(
    text: str, links_talk: Callable[[str], bool]
) -> tuple[tuple[str, str] | None, bool]:
    """:func:`last_by`, and whether a date after the people was cut off (``by Ann Lee - Mar
    11, 2019.``): only where what comes before the byline ``links_talk`` (a player, a deck,
    its page in a program; a blog's list of posts dates them so)."""
    by = last_by(text)
    people = by[1].rstrip(" .") if by is not None else ""
    found = _DATE_AFTER.search(by[1]) if by is not None and people[-1:].isdigit() else None
    if by is None or found is None or not links_talk(by[0]):
        return by, False
    return (by[0], by[1][: found.start()]), True


_AFTER_NAMES = lazy(r"\s*\[\d{1,2}(?::\d{2}){1,2}\][^\x00]*$|\s+[A-Z][\w.+-]*?(?:19|20)\d{2}\s*$")
"""What follows the names after ``by`` and is none of them: the recording's length, and
what follows it (``by Ann Lee [1:13:40] Harbor Conf 2031``), or an event with its year
glued (``by Ann Lee CppCon2014``)."""
_WHEN_AFTER = lazy(
    rf",\s*(?:{MONTH_MAYBE_DAY})?(?:19|20)\d{{2}}\b(?:[^\x00]|\x00\d+\x00)*$"
    rf"|\s+{MONTH_MAYBE_DAY}(?:19|20)\d{{2}}\b[^\x00]*$"
    rf"|(?<=[a-z]{{3}})\.\s+(?-i:[A-Z])[^.,\x00]{{1,40}},\s*(?:{MONTH_MAYBE_DAY})?(?:19|20)\d{{2}}\b[^\x00]*$",
    re.I,
)
"""When a talk was given, then where, after the names (``, April 2031, Harbor Days, Oslo``,
`` December 2031, Harbor Days``), or where, then when, after a sentence's end (``. Harbor
Con, 2031``; not after an initial or a title, ``Dr. Ann Lee, 2031``)."""
_CO_SPEAKER = frozenset([*JOINING_WORDS.split("|"), *WITH_WORDS.split("|")])
"""The words before a co-speaker's name (``and``, ``with``, ``mit``…)."""
DASHES = lazy(r"\s[-–—|]\s")
"""A dash or a bar between blanks."""


def without_after_names(names: str) -> str:
    """The names after ``by`` without what follows them (:data:`_AFTER_NAMES`; when, then
    where, after a comma: ``by Ann Lee & Bo Lind, April 2031, Harbor Days, Oslo``), but an
    event after ``at`` (``by Ann Lee at PyCon2019``: where, read so)."""
    when = _WHEN_AFTER.search(names)
    while when is not None:
        before = names[: when.start()].split()[-1:]
        if not (before and TITLES.match(f"{before[0]}. X")):
            kept = names[: when.start()]
            opened = kept.rfind("(")  # "Ann Lee ([Harbor Meetup](…), May 2, 2031)": in them
            return kept[:opened] if opened > kept.rfind(")") else kept
        when = _WHEN_AFTER.search(names, when.start() + 1)  # "Prof. Ann Lee": her title
    if not (names.rstrip()[-1:].isdigit() or "]" in names):
        return names
    kept = _AFTER_NAMES.sub("", names)
    return names if kept.rstrip().endswith((" at", "@")) else kept


def described(by: tuple[str, str]) -> tuple[str, str] | None:
    """A byline, then a dash and a description in lower case (``by Ann Lee - the author of
    Kites explains …``): the title and the names, the description set aside; ``None`` for
    any other."""
    parts = DASHES.split(by[1], maxsplit=1)
    if len(parts) < 2 or not parts[1].lstrip()[:1].islower():
        return None
    if parts[1].split(maxsplit=1)[0] in _CO_SPEAKER:
        return None  # "by Ann Lee - with Bo Lind": a co-speaker, no description
    return by[0], parts[0]
