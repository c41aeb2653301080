"""People named by their handles in a byline (``by @ann and @[bo](…)``, ``por
@ann@social.example (Lumen)``), as a site whose speakers go by their handles writes them."""

from __future__ import annotations

import re

from .fields import People
from .inline import Inline
from .model import Party
from .names import JOINING_WORDS, clean_text, looks_like_name
from .patterns import lazy

HANDLE = lazy(r"@(?:[A-Za-z0-9_][\w.-]*(?:@[\w-]+(?:\.[\w-]+)+)?|\x00(\d+)\x00)")
"""A person named by her handle, unlinked (``@ann``, ``@ann@social.example``) or linked
(``@[ann](…)``)."""
_HANDLES_ORG = lazy(r"(?P<handles>.+?)\s*\((?P<org>[^()\x00]+)\)")
"""Handles, then where they work in parentheses (``@ann (Lumen)``)."""
_HANDLE_JOINER = lazy(rf"\s*,\s*|\s+(?:{JOINING_WORDS}|&)\s+", re.I)


def handles(names: str, inline: Inline) -> People | None:
    """``by @ann and @[bo](…)``: the people a byline names by their handles, each as the
    page shows it (``@bo``, with her link); ``(Lumen)`` after them, where they work (a
    remark, ``(she/her)``, ``(remote)``, names nowhere)."""
    names = names.strip()
    affiliated = _HANDLES_ORG.fullmatch(names)
    if affiliated:
        names = affiliated["handles"]
    people = []
    for part in _HANDLE_JOINER.split(names):
        handle = HANDLE.fullmatch(part)
        if handle is None:
            return None
        if handle[1] is None:
            people.append(Party(part))
        else:
            link = inline.links[int(handle[1])]
            name = clean_text(link.text)
            people.append(
                Party(name if name.startswith("@") else f"@{name}", link.href.strip() or None)
            )
    org = clean_text(affiliated["org"]) if affiliated else ""
    orgs = (Party(org),) if looks_like_name(org) else ()  # not "(she/her)", "(10 min)"
    return (tuple(people), orgs) if people else None
