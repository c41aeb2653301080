"""Headings as Python-Markdown reads them where CommonMark does not: ``###5. May 2016``,
hashes with no blank after them. MkDocs renders such a line as a heading, so the reader
reads it as one (a block rule for ``markdown-it-py``, tried before CommonMark's own).
"""

from __future__ import annotations

from markdown_it.rules_block import StateBlock

from .patterns import lazy

_TIGHT = lazy(r"(?P<level>#{1,6})(?=[^#\s])(?P<text>.*?)[#\s]*$")
"""Hashes, then a character that is neither a hash nor a blank; trailing hashes close it."""


def tight_heading(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """Read a heading whose hashes no blank follows (at the block's own indent: Python-Markdown
    does not read an indented one)."""
    if state.sCount[start] != state.blkIndent:
        return False
    found = _TIGHT.match(state.src, state.bMarks[start] + state.tShift[start], state.eMarks[start])
    if found is None:
        return False
    if silent:
        return True
    state.line = start + 1
    tag = f"h{len(found['level'])}"
    token = state.push("heading_open", tag, 1)
    token.markup = found["level"]
    token.map = [start, state.line]
    token = state.push("inline", "", 0)
    token.content = found["text"].strip()
    token.map = [start, state.line]
    token.children = []
    token = state.push("heading_close", tag, -1)
    token.markup = found["level"]
    return True
