"""An event's recap that gives a section to each talk it saw: ``## Title`` over a paragraph
that names, by the links to their profiles, who gave it (``Lors de cette conférence, [Ann
Lee](https://twitter.com/…) et [Bo Lind](…) nous ont parlé de …``). The words around the
names are the writer's, in any language; the page's title naming the event and the
sections written alike are the evidence.
"""

from __future__ import annotations

import re
from collections import Counter

from .at_events import names_event
from .blocks import Block
from .labels import YEAR
from .model import Party
from .names import clean_text, looks_like_name
from .patterns import lazy
from .profiles import is_person_url
from .topic_lists import is_person

_SAYS_TALK = lazy(
    r"\b(?:talk(?:s|ed)?|presentations?|present(?:s|ed)?|keynotes?|spoke|speaks?|lectures?|"
    r"sessions?|demo(?:s|ed)?|show(?:s|ed)|explain(?:s|ed)|walk(?:s|ed)\s+(?:us\s+)?through|"
    r"introduc(?:es|ed)|discuss(?:es|ed)|describ(?:es|ed)|demonstrat(?:es|ed)|on\s+stage|"
    r"conf[ée]rences?|pr[ée]sent(?:[ée]e?s?|ations?|er)|parl[ée]s?|"
    r"expliqu[ée]e?s?|anim[ée]e?s?|d[ée]mos?|vortr[aä]ge?|präsent\w*|sprach|erklärte|zeigte|"
    r"charlas?|ponencias?|present[óa]|habló|explicó|palestras?|apresent\w*)\b",
    re.I,
)
"""Words in a section's opening paragraph that say its people gave a talk there (``nous ont
parlé``, ``a proposé une conférence``, ``gave a talk``, ``hielt einen Vortrag``)."""
_RECAP_SECTIONS = 3
"""How many sections of one level, at least, name their speakers so."""
_MOST_SPEAKERS = 5
"""The most people one section's opening names as its speakers (a panel's)."""


def recap_speakers(
    title: str, regions: list[tuple[Block | None, list[Block]]]
) -> dict[Block, tuple[Party, ...]]:
    """The speakers of each section of an event's recap, by its heading: on a page whose
    title names an event by its words and its year (``API Days Paris 2031``), headings of
    one level, three or more and half of that level or more, whose section opens with a
    paragraph whose first line links people's profiles, each named in full, and says they
    gave a talk. Nothing on any other page."""
    if not (YEAR.search(title) and names_event(YEAR.sub("", title))):
        return {}  # "Team news 2031": a year names no event
    found = {
        heading: people
        for heading, region in regions
        if heading is not None and (people := _opening_people(region))
    }
    levels = Counter(h.level for h in found)
    headings = Counter(h.level for h, _ in regions if h is not None)
    return {
        heading: people
        for heading, people in found.items()
        if levels[heading.level] >= _RECAP_SECTIONS
        and levels[heading.level] * 2 >= headings[heading.level]
    }


def _opening_people(region: list[Block]) -> tuple[Party, ...]:
    """The people a section's opening paragraph links in its first line, by their
    profiles, each named in full, where the paragraph says they gave a talk; none where it
    opens otherwise."""
    first = region[0] if region else None
    inline = first.inline if first is not None and first.kind == "paragraph" else None
    if inline is None or not inline.links:
        return ()
    line = inline.lines()[0][0]
    if not _SAYS_TALK.search(inline.visible()):
        return ()  # "Built by [Ann Lee](…)", "Won by …", "We met [Bo Lind](…) at lunch"
    people = []
    for link in inline.links:
        if link.line != line or not is_person_url(link.href):
            continue
        name = clean_text(link.text)
        if len(name.split()) < 2 or not looks_like_name(name) or not is_person(name):
            return ()  # "[@ann](…)", "[Acme](…)": a handle, a company; no speakers' line
        people.append(Party(name, link.href))
    return tuple(people) if len(people) <= _MOST_SPEAKERS else ()
