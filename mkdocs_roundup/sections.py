"""Each talk's section: the innermost heading above it that is not a talk, named as the
author wrote it (without its media links), never a generic word ("Talks") nor the page's
title.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from .blocks import Block
from .body import Reader
from .extents import heading_end
from .heading_words import heading_words
from .inline import ONE_LINK, Inline
from .labels import AGENDA_BREAK
from .names import EVENT_NAME, clean_text
from .patterns import lazy
from .program_entries import names_talks_event
from .section_labels import (
    MEDIA_WORDS,
    NO_TALKS_PAGE,
    READING,
    WHEN_LEAD,
    WHICH_TALKS,
    WRAPPER_NOUNS,
    is_generic,
    names_no_talks,
    names_people,
    names_project,
    of_talks_only,
)
from .titles import ATTR_LIST

if TYPE_CHECKING:
    from .unit import Unit


def no_talks_under(talks: list[Unit], headings: list[Block], words: dict[Block, str]) -> set[int]:
    """The talks (by ``id``) under a heading that names what is no talk ("In the press");
    ``words``: each heading's cleaned visible text."""
    title = _top_title(headings)
    over = {
        id(h)
        for h in headings
        if h.inline is not None
        and (NO_TALKS_PAGE.match(words[h]) if h is title else names_no_talks(words[h]))
    }  # a page titled "Resources" may hold talks: its title is its site's name for it
    if not over:
        return set()
    stack: list[Block] = []
    position = 0
    under: set[int] = set()
    for unit in talks:
        position = _push_headings(stack, headings, position, unit.start + 1)
        rescued = gathered = False
        for heading in reversed(stack):  # the nearest heading decides
            if id(heading) in over:
                if rescued and READING.match(words[heading]):
                    break  # "## Further reading" > "### Talks": the talks of the chapter
                if not (gathered and names_people(words[heading])):
                    under.add(id(unit))  # "## Sponsors" > "### Talks": no talks still
                break
            said = words.get(heading, "")
            rescued = rescued or of_talks_only(said)
            # "## Organizers" > "### May Meetup": an event's heading its author set a
            # level too deep, no organizer's
            gathered = gathered or (names_talks_event(said) and not names_people(said))
    return under


def set_sections(talks: list[Unit], headings: list[Block], reader: Reader, title: str = "") -> None:
    """Each talk's section: the innermost heading above it that is not a talk (nor the
    page's ``title`` said again, nor a part of a day said again under each day,
    :func:`_repeated`)."""
    groups, others, lone = _section_headings(talks, headings)
    page_title = _page_title(headings, title, reader)
    stacks: tuple[list[Block], list[Block]] = ([], [])
    positions = [0, 0]
    # each heading's label, read once; a lone talk's heading closes the section above it
    # and names none
    labels: dict[Block, str] = dict.fromkeys([*lone, *_repeated(others, talks)], "")
    starts = [u.start for u in talks]
    kinds = functools.cache(lambda: _kinds_held(headings, starts))  # read for a wrapper only
    for unit in talks:  # in page order, with the headings above it on a stack
        for n, found in enumerate((groups, others)):
            positions[n] = _push_headings(stacks[n], found, positions[n], unit.start)
        if not unit.grouped:
            stack = stacks[0] if unit.form == "heading" else stacks[1]
            _set_section(unit, stack, page_title, reader, labels, (headings, starts, kinds))
    _drop_media_section(talks, headings)


def _repeated(headings: list[Block], talks: list[Unit]) -> list[Block]:
    """The headings right over talks that name a part of a day (:data:`_DAY_PART`) another
    such heading of their level says again (``### Morning session`` under each day's ``##
    Tuesday``, ``## Wednesday``): a part of the heading above each, which names the
    section."""
    starts = [h.start for h in headings]
    over = {headings[at - 1] for u in talks if (at := bisect.bisect_left(starts, u.start))}
    parts = {
        h: (h.level, words.casefold())
        for h in over
        if _DAY_PART.fullmatch(words := heading_words(h))
    }
    said = Counter(parts.values())
    return [h for h, part in parts.items() if said[part] > 1]


_DAY_PART = lazy(
    r"\W*(?:(?:morning|afternoon|evening|late|early|first|second|third|final|parallel|"
    r"plenary|poster|talk|paper)\s+)?(?:session|slot|block|morning|afternoon|evening)s?"
    r"(?:\s+(?:\d+|[a-z]|[ivx]+))?\W*",
    re.I,
)
"""A part of a day's program by its time or its number (``Morning session``, ``Afternoon``,
``Session 2``): said again under each day, it is part of that day (a track's, a room's
or a year's heading names its own group)."""


def _section_headings(
    talks: list[Unit], headings: list[Block]
) -> tuple[list[Block], list[Block], list[Block]]:
    """The headings that may name a section: of a talk's heading (those above the talks'
    level), of a list item's or a row's (any but a talk's), and the lone talks' headings a
    level above the others, which close the section above them."""
    talk_starts = {u.start for u in talks if u.form == "heading"}
    talk_levels = Counter(u.level for u in talks if u.form == "heading")
    # the level most talk headings have: a talk or two written a level above the others
    # ("## Opening" and "## Closing" among "### Title"s) leave their groups theirs
    top = max(talk_levels, key=lambda level: (talk_levels[level], -level), default=7)
    # A heading beside talk headings (of a level talks have) is an entry that is no
    # talk ("MesosCon 2014, the playlist"), not the section of what follows.
    # (A list item or a row is in the section of the heading above it, whatever it is.)
    # A break in a program ("### Lunch") is when, not a group: the talks after it are in
    # the day's section.
    others = [h for h in headings if h.start not in talk_starts and not _agenda_break(h)]
    lone = [h for h in headings if h.start in talk_starts and h.level < top]
    other = set(others)
    groups = [h for h in headings if h.level < top and (h.start in talk_starts or h in other)]
    return groups, others, lone


def _agenda_break(heading: Block) -> bool:
    inline = heading.inline
    return inline is not None and bool(AGENDA_BREAK.match(clean_text(inline.visible())))


def _drop_media_section(talks: list[Unit], headings: list[Block]) -> None:
    """``## Slides``, ``## Meetups``, ``## Presentations of Harbor``, ``## Harbor Talks``,
    ``## Invited talks and presentations``, ``### Past Seminars`` over every talk of the
    page says nothing: no section; beside other headings of its level (``## Books``, ``##
    Contributed talks``), it is one."""
    named = {u.section for u in talks}
    label = (next(iter(named)) or "") if len(named) == 1 else ""
    words = label.casefold().split()
    # "Invited talks and presentations" over every talk: the page's one group (where another
    # heading holds talks, "Contributed talks", each talk is not under it)
    unqualified = WHEN_LEAD.sub("", WHICH_TALKS.sub("", label))  # "Past seminars": when
    qualified = label != unqualified and is_generic(unqualified)
    if not (
        qualified
        or MEDIA_WORDS.fullmatch(label)
        or (words and words[0] in WRAPPER_NOUNS)
        or (words and words[-1] in WRAPPER_NOUNS and names_project(label.split()[:-1], label))
    ):
        return
    levels = [h.level for h in headings if h.inline and label in clean_text(h.inline.visible())]
    if not qualified and levels and sum(h.level == levels[0] for h in headings) > 1:
        return
    for unit in talks:
        unit.section = None


def _push_headings(stack: list[Block], groups: list[Block], position: int, start: int) -> int:
    """Put the headings from ``position`` up to line ``start`` on the stack of headings
    above it; the position of the next."""
    while position < len(groups) and groups[position].start < start:
        heading = groups[position]
        while stack and stack[-1].level >= heading.level:
            stack.pop()
        stack.append(heading)
        position += 1
    return position


def _set_section(
    unit: Unit,
    stack: list[Block],
    page_title: Block | None,
    reader: Reader,
    labels: dict[Block, str],
    page: tuple[list[Block], list[int], Callable[[], list[Block]]],
) -> None:
    """A talk's section: the innermost heading above it that says more than a generic
    label (never the page's title); ``labels``: the headings' labels read so far; ``page``:
    its headings, its talks' lines and, once asked for, its headings of a kind's talks
    (:func:`_kinds_held`)."""
    limit = unit.level if unit.form == "heading" else 7
    for heading in reversed([h for h in stack if h.level < limit]):
        if heading is page_title:
            return
        if heading not in labels:
            labels[heading] = _section_label(heading, reader)
        if labels[heading] == _WRAPPER:  # decided once: no group, a kind's, the one above
            headings, starts, kinds = page
            kind = _kind_beside(heading, headings, kinds())  # "## Talks" beside "## Keynotes"
            no_group = _beside_no_talks(heading, headings, starts)
            labels[heading] = kind or (_NO_GROUP if no_group else "")
        if labels[heading] == _NO_GROUP:
            return  # "## Further reading" over "### Talks": a chapter of no talks, no group
        if labels[heading]:
            unit.section = labels[heading]  # "## 2019" over "### Talks": the year
            return


def _parent(heading: Block, headings: list[Block]) -> Block | None:
    """The nearest heading above ``heading`` of a higher level (``headings``: the page's)."""
    at = headings.index(heading)
    return next((h for h in reversed(headings[:at]) if h.level < heading.level), None)


def _kind_beside(heading: Block, headings: list[Block], kinds: list[Block]) -> str:
    """A generic wrapper's words where a heading beside it, at its level under the same
    heading (or, at the page's top, anywhere), holds talks of a kind (``## Talks`` beside
    ``## Keynotes`` over talks or their headings; ``kinds``: such headings, :func:`_kinds_held`):
    the page's talks grouped by kind, and these the talks of no other kind; ``""`` else
    (under a day's or a year's heading, that one groups them)."""
    if not kinds:
        return ""
    parent = _parent(heading, headings)
    if parent is not None and parent.level > 1:
        return ""  # "## Day 1" over "### Talks" and "### Workshops": the day groups them
    end = heading_end(parent, headings) if parent is not None else 1 << 30
    start = parent.start if parent is not None else -1
    if any(k.level == heading.level and start < k.start < end for k in kinds):
        return clean_text(heading.inline.visible()) if heading.inline else ""
    return ""


def _kinds_held(headings: list[Block], starts: list[int]) -> list[Block]:
    """The headings of one word that group talks of a kind (``## Keynotes``) and hold talks
    read (``starts``: theirs) or headings of their own (``### Title``), as a group of talks
    does; a chapter of prose or of products (``## Workshops``, what they are; ``## Demos``,
    a list of tools) holds neither."""
    ordered = sorted(starts)
    kinds = []
    for heading in headings:
        words = heading.inline.visible().casefold().split() if heading.inline else []
        if len(words) != 1 or words[0] not in _KINDS_GROUPED:
            continue
        end = heading_end(heading, headings)
        first = bisect.bisect_right(ordered, heading.start)
        held = first < len(ordered) and ordered[first] < end
        if held or any(heading.start < h.start < end and h.level > heading.level for h in headings):
            kinds.append(heading)
    return kinds


_KINDS_GROUPED = frozenset({"keynotes", "workshops", "panels", "demos", "tutorials"})
"""A heading's one word that groups talks of a kind (``## Keynotes``; not ``## The Workshop``,
an event's, nor ``Lightning Talks``, talks still)."""


def _beside_no_talks(heading: Block, headings: list[Block], starts: list[int]) -> bool:
    """Whether a heading is one of the parts of a chapter, beside a part that holds no talk
    (``### Highlights``, then ``### Talks``, under ``## Current work``): a generic wrapper
    there names no group, nor does the chapter."""
    parent = _parent(heading, headings)
    if parent is None or parent.inline is None:
        return False
    words = parent.inline.visible()  # a link's slot holds digits of its own
    if any(map(str.isdigit, words)) or EVENT_NAME.search(words):
        return False  # "## 2019", "## Meetup #10", "## Harbor Days Lisbon": an occasion's group
    chapter_end = heading_end(parent, headings)
    siblings = [
        (h.start, heading_end(h, headings))
        for h in headings
        if parent.start < h.start < chapter_end and h.level == heading.level and h is not heading
    ]
    return any(not any(a <= s < b for s in starts) for a, b in siblings)


def _top_title(headings: list[Block]) -> Block | None:
    """The page's one top heading, first on the page (top headings that repeat are
    sections, ``# 2018``)."""
    tops = [h for h in headings if h.level == 1]
    return headings[0] if len(tops) == 1 and headings[0] is tops[0] else None


def _page_title(headings: list[Block], title: str, reader: Reader) -> Block | None:
    """The page's title among its headings: its one top heading (top headings that repeat
    are sections, ``# 2018``), or a first heading that says its front matter's ``title``
    again (``CCS Colloquium`` opening a page so titled)."""
    if (top := _top_title(headings)) is not None:
        return top
    said = headings and title and _section_label(headings[0], reader).casefold() == title.casefold()
    return headings[0] if said else None


_HOW_TO_ADD = lazy(
    r"(?:how\s+to\s+)?(?:add(?:ing)?|submit(?:ting)?|propos(?:e|ing)|contribut(?:e|ing))\s+"
    r"(?:a|an|your|new|the)\b.*\b(?:talks?|presentations?|sessions?|slides|videos?|"
    r"recordings?|entr(?:y|ies))\b",
    re.I,
)
"""A heading that tells how to add a talk to the list (``Adding your presentation``): the
list's instructions, no group of its talks."""
_WRAPPER = "\x01"
"""The label of a generic wrapper (``Talks``) before it is known whether the heading above
it names the group."""
_NO_GROUP = "\x00"
"""The label of a heading over what is no talk (``Further reading``): it names no group of
talks, nor does any heading above it."""


def _section_label(heading: Block, reader: Reader) -> str:
    """A heading's words as a section's label, without its media links (``[🎥](playlist)``);
    ``""`` where they say nothing more than a generic label ("Talks")."""
    inline = heading.inline
    if inline is None:
        return ""
    text = reader.without_media_links(inline.text, inline)
    label = clean_text(inline.visible(ATTR_LIST.sub("", text))).rstrip(":").strip()
    if names_no_talks(label) or _points_at_project_file(text, inline):
        return _NO_GROUP  # "## [Contributing Guide](CONTRIBUTING.md)": no group of talks
    if is_generic(label) or _HOW_TO_ADD.match(label):
        return _WRAPPER
    if _tags(label, inline.code, heading.level):
        return ""  # "###### `queues`, `caching`": the talks' tags, the heading above's group
    if reader.labels.get(label.casefold()) == "other":
        return ""  # "Talks"; "### Local" (where), "### When": a field's label, no group
    return label


def _tags(label: str, code: list[str], level: int) -> bool:
    """Whether a heading's words are tags written as code: two or more (``queues``, ``go
    module``), or one word in a heading of the smallest sizes (``###### `container```; a
    larger ``## `pytest``` names a group of talks, as ``### `15th meetup``` a meeting)."""
    if len(code) < 2 and not (code and level >= _TAG_LEVEL and len(code[0].split()) == 1):
        return False
    for tag in code:
        label = label.replace(tag, "")
    return not _TAG_SEPARATORS.sub("", label)


_TAG_LEVEL = 5
"""The largest heading level (``#####``) of a line of one tag."""
_TAG_SEPARATORS = lazy(r"[\s,;/|·•#]+")
"""What stands between a heading's tags written as code."""


def _points_at_project_file(text: str, inline: Inline) -> bool:
    """Whether a heading is one link to a repository's own file of its project
    (``## [Contributing Guide](CONTRIBUTING.md)``, ``## [License](LICENSE)``): a pointer
    to it, no group of the talks below."""
    slot = ONE_LINK.fullmatch(text)
    href = inline.links[int(slot[1])].href.strip() if slot else ""
    path = href.split("#", 1)[0].split("?", 1)[0]
    own = bool(path) and "://" not in path and not path.startswith("//")
    return own and bool(_PROJECT_FILE.fullmatch(path.rsplit("/", 1)[-1]))


_PROJECT_FILE = lazy(
    r"(?:README|CONTRIBUTING|LICEN[SC]E|CHANGELOG|CODE_OF_CONDUCT|AUTHORS|MAINTAINERS|"
    r"GOVERNANCE)(?:\.(?:md|markdown|txt|rst))?"
)
"""A repository's own file of its project (``CONTRIBUTING.md``, ``LICENSE``)."""
