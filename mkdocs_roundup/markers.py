"""Listing markers: HTML comments an author puts in any page to show talks there.

A marker is an HTML comment on its own line (a comment leaves no trace where the plugin is
off, and Markdown passes it through untouched)::

    <!-- roundup:talks latest=5 -->
    <!-- roundup:talks speaker="Wido den Hollander" -->
    <!-- roundup:talks event="blog/2023-12-07-ccc2023-roundup.md" -->
    <!-- roundup:talks organization="ShapeBlue" kind=keynote latest=3 -->
    <!-- roundup:events -->
    <!-- roundup:speakers -->
    <!-- roundup:organizations -->
    <!-- roundup:speaker id="wido-den-hollander" -->
    <!-- roundup:card event="blog/2023-12-07-ccc2023-roundup.md" talk="State of the Union" -->

``talks`` lists talks newest event first (page order within an event) and takes any of:

- ``latest=N``: the first ``N`` of them;
- ``speaker="…"``: a speaker's talks, by any name of theirs (accents and case do not matter),
  by id or by profile link;
- ``organization="…"``: the same for an organization;
- ``event="…"``: the talks of one roundup page, by its path in ``docs_dir`` (or relative to
  the page the marker is in);
- ``kind=…``: ``talk``, ``keynote``, ``panel``, ``workshop``, ``lightning`` or ``demo``.

``events``, ``speakers`` and ``organizations`` show a whole index (what the generated pages
hold), ``speaker`` (or ``organization``) one entry with ``id=``; ``card`` one talk's card
(its title, people, abstract and players), by ``event=`` and ``talk=`` (its anchor or its
title). An unknown speaker or event
is reported as a warning with the marker's ``path:line``. Markers inside code blocks are
left alone.

Nothing here imports MkDocs.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .model import Diagnostic
from .names import collapse_spaces
from .parse import fenced_spans
from .patterns import lazy

KINDS = ("talks", "events", "speakers", "organizations", "speaker", "organization", "card")
OPTIONS: dict[str, frozenset[str]] = {
    "talks": frozenset({"latest", "speaker", "organization", "event", "kind"}),
    "events": frozenset(),
    "speakers": frozenset(),
    "organizations": frozenset(),
    "speaker": frozenset({"id"}),
    "organization": frozenset({"id"}),
    "card": frozenset({"event", "talk"}),
}

MARKER = lazy(r"<!--\s*roundup:(?P<kind>[\w-]+)(?P<args>(?:(?!-->).)*?)\s*-->", re.S)
_OPTION = lazy(
    r"\s*(?P<key>[\w-]+)\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|(?P<bare>[^\s\"']+))"
)


@dataclass(frozen=True, slots=True)
class Marker:
    kind: str
    options: tuple[tuple[str, str], ...]
    path: str = ""
    line: int = 0

    def get(self, key: str) -> str | None:
        return next((v for k, v in self.options if k == key), None)


def read(match: re.Match[str], path: str = "", line: int = 0) -> tuple[Marker, list[Diagnostic]]:
    """A marker from a match of :data:`MARKER`, and what is wrong with it."""
    kind, args = match["kind"], match["args"]
    problems: list[Diagnostic] = []
    options: list[tuple[str, str]] = []
    position = 0
    while position < len(args):
        found = _OPTION.match(args, position)
        if not found:
            if args[position:].strip():
                problems.append(
                    Diagnostic(
                        path, line, f"roundup:{kind}: cannot read '{args[position:].strip()}'"
                    )
                )
            break
        value = next(v for v in (found["dq"], found["sq"], found["bare"]) if v is not None)
        options.append((found["key"], value))
        position = found.end()
    if kind not in OPTIONS:
        known = ", ".join(f"roundup:{k}" for k in KINDS)
        problems.append(Diagnostic(path, line, f"unknown marker 'roundup:{kind}' (known: {known})"))
    else:
        for key, _ in options:
            if key not in OPTIONS[kind]:
                allowed = ", ".join(sorted(OPTIONS[kind])) or "none"
                problems.append(
                    Diagnostic(
                        path, line, f"roundup:{kind}: unknown option '{key}' (options: {allowed})"
                    )
                )
    return Marker(kind, tuple(options), path, line), problems


def in_source(markdown: str, path: str, first_line: int = 1) -> list[tuple[str, int]]:
    """``(comment text, line)`` of each marker of a page's Markdown, outside fenced code."""
    # Every page of the site is read here: fences are looked for only on a page with markers.
    markers = list(MARKER.finditer(markdown)) if "roundup:" in markdown else []
    fenced = fenced_spans(markdown) if markers else []
    found = []
    line, counted = first_line, 0  # lines counted from the last marker: one pass in all
    for match in markers:
        at = match.start()
        line += markdown.count("\n", counted, at)
        counted = at
        fence = bisect.bisect_right(fenced, (at, len(markdown) + 1)) - 1
        if fence >= 0 and fenced[fence][0] <= at < fenced[fence][1]:
            continue  # in fenced code: shown, never read
        found.append((collapse_spaces(match.group(0)), line))
    return found
