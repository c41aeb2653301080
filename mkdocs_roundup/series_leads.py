"""Headings that open with the same words in bold, then a colon (``### **Lumen**: *Title*``
on two talks or more): the bold words name the series or the event the talks were given
at, never a title. Each such talk's title is the words set in italics after them, with the
people it was given with (``(with Bo Lind)``); a heading that gives no such words is left
as written rather than titled with the series' name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .fields import Fields
from .names import clean_text

if TYPE_CHECKING:
    from .body import Reader
    from .unit import Unit


def series_leads(reader: Reader, units: list[Unit]) -> list[Unit]:
    """``units`` without the talks whose title was their heading's series, the others of
    those retitled (see the module)."""
    leads: dict[str, list[Unit]] = {}
    for unit in units:
        if lead := _lead(unit):
            leads.setdefault(lead.casefold(), []).append(unit)
    untitled: set[int] = set()
    for lead, unit in ((lead, u) for lead, group in leads.items() if len(group) > 1 for u in group):
        if unit.fields.title.casefold() != lead:
            continue  # "**Lumen**: *Title*": read so already
        inline = unit.block.inline
        assert inline is not None
        fresh = Fields()
        if not reader.emphasized_title(inline.text, inline, fresh, series=True):
            untitled.add(id(unit))
            continue
        unit.fields.title, unit.fields.speakers = fresh.title, fresh.speakers
        unit.fields.organizations = []
    return [u for u in units if id(u) not in untitled] if untitled else units


def _lead(unit: Unit) -> str:
    """The bold words a heading's line opens with before a colon and more words (``**Lumen**:
    …``), read as a title would be; empty where it opens otherwise."""
    inline = unit.block.inline
    if unit.form != "heading" or inline is None or not inline.strong:
        return ""
    text, lead = inline.text.lstrip(), inline.strong[0]
    after = text[len(lead) :].lstrip() if text.startswith(lead) else ""
    return clean_text(lead) if after.startswith(":") and after[1:].strip() else ""
