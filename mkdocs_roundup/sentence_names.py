"""``Title. Ann Lee. [Recording](…)``: list items that give a talk's title as a sentence,
then its speaker's name as one of its own, as some meetup archives write them.

A title can end with a sentence that reads as a name (``Rust in Production. Lessons
Learned``), so one item alone never says so: three of a list's items or more written the
same way do.
"""

from __future__ import annotations

from .fields import Fields
from .model import Party
from .names import is_org_name, is_role, looks_like_name
from .patterns import lazy

_TITLE_THEN_NAME = lazy(r"(?P<title>\S.*?\w[.!?…)]*)\.\s+(?P<name>[^.\s][^.]{2,40}?)\.?")
"""A title's sentence, a period, then one more sentence of a few words."""
_ITEMS = 3
"""How many items of one list must read so."""


def names_after_sentence(items: list[Fields]) -> None:
    """Where three items or more name no one and read ``Title. Ann Lee``, the last
    sentence a full name (no organization's, no role's), that name is each one's speaker
    and the sentence before it the title."""
    found = []
    for fields in items:
        match = _TITLE_THEN_NAME.fullmatch(fields.title) if not fields.speakers else None
        name = match["name"].strip() if match else ""
        if match and _full_name(name):
            title = match["title"]  # "… etc..." keeps its ellipsis, the period is the sentence's
            found.append((fields, f"{title}." if title.endswith("..") else title, name))
    if len(found) < _ITEMS:
        return
    for fields, title, name in found:
        fields.title = title
        fields.add_people((Party(name),), ())


def _full_name(name: str) -> bool:
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and looks_like_name(name)
        and not is_org_name(name)
        and not is_role(name)
    )
