"""A talk's kind as its title marks it (``Keynote: …``, ``… – Workshop``, ``[Panel] …``), in the
languages the reader knows, and the kind's word alone (``**Keynote**``).
"""

from __future__ import annotations

import re

from .patterns import lazy

KIND_WORDS = {"keynote", "panel", "workshop", "lightning", "demo"}

_KIND_ALONE = lazy(
    r"(?:(?:opening|closing|invited)\s+)?(?:keynote|workshop|atelier|tutorial|hands-on\s+lab|"
    r"panel|table\s+ronde|mesa\s+redonda|lightning\s+talk|quickie|(?:conference\s+)?talk|"
    r"conférence|présentation|vortrag|charla|ponencia|palestra|demo)s?",
    re.I,
)
"""Words that name a talk's kind and nothing else, as a talk's first line under its heading
writes them (``**Keynote**``, ``**Conférence**``)."""


def is_kind_alone(text: str) -> bool:
    """Whether a line only names a talk's kind (:data:`_KIND_ALONE`)."""
    return bool(_KIND_ALONE.fullmatch(text))


_KEYNOTE = r"keynote(?:\s+(?:talk|speech|session|address))?"
"""A keynote's marker, maybe with what it is (``Keynote session``)."""

_KIND_PREFIX = lazy(
    rf"^(?P<marker>{_KEYNOTE}|panel(?:\s+discussion)?|workshop|"
    r"lightning(?:\s+talk)?|demo|live\s+demo|round\s*table|mesa\s+redonda|table\s+ronde|"
    r"podiumsdiskussion|tọa\s+đàm)\s*[:|]\s*(?P<rest>.+)$",
    re.I,
)

_KEYNOTE_COMMA = lazy(r"^(?:(?:opening|closing)\s+)?keynote,\s+(?P<rest>\w.*)$", re.I)
"""A keynote's marker, then a comma and the title (``Closing Keynote, Harbor 6.0``)."""

_KIND_SUFFIX = lazy(
    r"^(?P<rest>.+?)\s+[-–—|]\s+(?P<marker>keynote|panel(?:\s+discussion)?|workshop|lightning\s+talk|demo)$"
    rf"|^(?P<rest2>.+?)\s+\((?P<marker2>{_KEYNOTE}|panel(?:\s+discussion)?|workshop|lightning(?:\s+talk)?|"
    r"(?:invited|contributed)\s+talk|"
    r"round\s*table|mesa\s+redonda|table\s+ronde|podiumsdiskussion)\)$",
    re.I,
)

_KIND_HINTS = lazy(
    "|".join(re.escape(word) for word in (*sorted(KIND_WORDS), "(", "table", "mesa", "podiums"))
)
"""Words without which an ASCII title marks no kind (looked for in its lower case: a
search without ``re.I``, many times faster on a long title)."""

_KIND_ONLY = lazy(r"(?:keynote\s+(?:address|speech|talk|session)|panel\s+discussion)", re.I)
"""A title that only says the talk's kind (``Keynote Address``)."""

_PANEL_WORDS = frozenset({"round", "roundtable", "mesa", "table", "podiumsdiskussion", "tọa"})
"""A round table's words, in the languages of the labels: a panel."""

_KIND_BRACKET = lazy(r"^\[(?P<marker>[^\]]*\b(?:keynote|panel|workshop)\b[^\]]*)\]\s*", re.I)

_WORDS = lazy(r"\w+")
_KIND_WORD = lazy(r"\b(keynote|panel|workshop|lightning|demo)\b", re.I)


def talk_kind(title: str) -> tuple[str, str]:
    """The talk's kind and its title without an explicit kind marker.

    ``Keynote Talk: X`` and ``X – Workshop`` lose the marker, which becomes the badge; a kind
    word that belongs to the title (``StackBill Workshop``, ``News and Demo``) stays in it,
    and so does a bracketed marker (``[Conf Keynote] X``).
    """
    if not _may_mark_kind(title):
        return "talk", title
    if comma := _KEYNOTE_COMMA.match(title):
        return "keynote", comma["rest"].strip()
    for pattern in (_KIND_PREFIX, _KIND_SUFFIX):
        found = pattern.match(title)
        if found:
            words = (found["marker"] or found.groupdict()["marker2"]).lower().split()
            word = words[-1] if words[0] == "live" else words[0]
            word = "panel" if word in _PANEL_WORDS else word
            rest = found["rest"] or found.groupdict()["rest2"]
            return (word if word in KIND_WORDS else "talk"), rest.strip()
    if _KIND_ONLY.fullmatch(title):
        return title.split()[0].lower(), title  # "Keynote Address": the title is its kind
    bracket = _KIND_BRACKET.match(title)
    if bracket:
        word = _KIND_WORD.search(bracket["marker"])
        return (word[1].lower() if word else "talk"), title
    head = title.split(":", 1)[0] if ":" in title else None
    words = _WORDS.findall(title)
    ends = [words[-1], words[0]] if len(words) > 2 else words[-1:]
    for candidate in (*ends, *(_KIND_WORD.findall(head) if head else ())):
        if candidate.lower() in KIND_WORDS:
            return candidate.lower(), title
    return "talk", title


def _may_mark_kind(title: str) -> bool:
    """Whether a title may mark its kind: an ASCII title marks none without a word of
    :data:`_KIND_HINTS` (every marker of :data:`_KIND_PREFIX` and :data:`_KIND_SUFFIX`
    holds one)."""
    return not title.isascii() or bool(_KIND_HINTS.search(title.lower()))


def kind_marked(title: str) -> bool:
    """Whether a title carries an explicit kind marker (``Keynote: …``, ``… – Workshop``)."""
    return _may_mark_kind(title) and bool(_KIND_PREFIX.match(title) or _KIND_SUFFIX.match(title))
