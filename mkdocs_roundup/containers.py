"""Material's containers: admonitions (``!!! note``), collapsible blocks (``??? note``,
``???+ note``) and content tabs (``=== "2024"``) hold indented Markdown, which CommonMark
would read as code. Their content is read as the Markdown it is, line for line, and the
talks found in it are read for the site's indexes and left on the page as written.
"""

from __future__ import annotations

import re

_OPENER = re.compile(r"( *)(?:!!!|\?\?\?\+?|===\+?)[ \t]+\S")
"""A container's first line, at its indent: ``!!! note "Title"``, ``=== "Tab"``."""
_WIDTH = 4
"""How much further than its opener a container's content is indented."""


def unwrap(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each container's opener blanked and its content dedented (the same
    lines, so line numbers hold), and the lines (0-based, past the last) each container's
    content spans."""
    if "!!!" not in text and "???" not in text and "===" not in text:
        return text, []
    lines = text.split("\n")
    spans: list[tuple[int, int]] = []
    number = 0
    while number < len(lines):
        opener = _OPENER.match(lines[number])
        if opener is None:
            number += 1
            continue
        indent = len(opener[1]) + _WIDTH
        end = _content_end(lines, number + 1, indent)
        if end == number + 1:
            number += 1  # no content: a line of text, as Markdown shows it
            continue
        lines[number] = ""
        for inner in range(number + 1, end):
            line = lines[inner]
            cut = min(_WIDTH, len(line) - len(line.lstrip(" ")))
            lines[inner] = line[cut:]
        spans.append((number + 1, end))
        # its content may hold containers of its own, now one level out: read on inside
        number += 1
    return "\n".join(lines), spans


def _content_end(lines: list[str], start: int, indent: int) -> int:
    """The line after a container's content: its lines are blank or indented ``indent``."""
    end = start
    last = start
    while end < len(lines):
        line = lines[end]
        if line.strip():
            if len(line) - len(line.lstrip(" ")) < indent:
                break
            last = end + 1
        end += 1
    return last


def inside(spans: list[tuple[int, int]], line: int) -> bool:
    """Whether ``line`` is in a container's content."""
    return any(start <= line < end for start, end in spans)
