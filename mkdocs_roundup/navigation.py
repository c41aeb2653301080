"""The automatic navigation around the generated index pages.

MkDocs makes a section of every folder: the events index alone in ``events/`` would be a
section "Events" holding one page "Events". Such a section is replaced by its page.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from mkdocs.structure.nav import Section
from mkdocs.structure.pages import Page


def lift_lone_pages(items: list[Any], sources: Collection[str]) -> None:
    """Replace, in ``items`` (a navigation's, or a section's children, at any depth), each
    section whose only child is one of the pages ``sources`` names by that page."""
    for position, item in enumerate(items):
        if not isinstance(item, Section):
            continue
        (only,) = item.children if len(item.children) == 1 else (None,)
        if isinstance(only, Page) and only.file.src_uri in sources:
            only.parent = item.parent
            items[position] = only
        else:
            lift_lone_pages(item.children, sources)
