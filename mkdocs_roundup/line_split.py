"""Who gave a talk: splitting a talk heading into its title, speakers and organizations.

Headings in real roundups mix separators (``, `` `` - `` `` – ``), titles that contain those
same separators, linked and unlinked names, role text (``CTO at [Org](…)``) and trailing
organizations. The split works on *parts* (the heading cut at its separators, links kept
whole) and decides where the people start:

- with links, at the first linked part, stepping back over unlinked names when that first
  link is an organization (``Title, Rene Peinthor, [LINBIT](…)``);
- without links, from the end, for as long as parts read as lists of names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from .event_names import AFTER_TITLE, event_name_only
from .fields import Fields
from .inline import ONE_LINK
from .labels import PROGRAM_PLACE, YEAR
from .model import Party
from .names import (
    DIGIT_NAME,
    EVENT_PART,
    is_org_name,
    is_role,
    looks_like_name,
    names_event_by_word,
)
from .patterns import lazy
from .people import joined_names, line_parts, parse_people
from .people_links import Slots, link_kind


@dataclass(frozen=True)
class Split:
    title: str
    speakers: tuple[Party, ...]
    organizations: tuple[Party, ...]
    given_at: bool = False
    """Whether the line names the event the talk was given at after its title (``Title -
    Harbor Conf 2031``), cut from the title."""


def _names_in(part: str, slots: Slots, *, last: bool) -> bool:
    """Whether a link-free part reads as a list of names (``A``, ``A and B``)."""
    items = joined_names(slots.visible(part))
    if any(not looks_like_name(i) or _capitals_only(i) for i in items):
        return False
    # A lone one-word part is a name only at the very end (``…, Ravichandran``): inside a
    # title, ``Backroll, News and Demo`` must not turn into speakers.
    return last or any(len(i.split()) > 1 for i in items)


def _org_after_name(part: str, before: str, slots: Slots) -> bool:
    """Whether a line's last part is one word written as a company's name with a digit in it
    (:data:`~mkdocs_roundup.names.DIGIT_NAME`: ``D2iQ``, ``1Password``), after a part that
    names people in full (``Max Lee, D2iQ``, ``Ann Lee & Bo Lind, 1Password``)."""
    if not DIGIT_NAME.fullmatch(slots.visible(part).strip()):
        return False
    items = joined_names(slots.visible(before))
    return bool(items) and all(
        len(i.split()) > 1 and looks_like_name(i) and not _capitals_only(i) for i in items
    )


def _capitals_only(name: str) -> bool:
    """Whether a name's words, two or more, are all written in capitals, two letters or
    more each (``JSON LD``): acronyms, no one's name (``Ann LEE`` writes her surname so; one
    word, ``ACME``, may be an organization's)."""
    words = name.split()
    return len(words) > 1 and all(map(_in_capitals, words))


_PRODUCT_CASE = lazy(r"[a-z][A-Z]{2,}$")
"""A word that ends in capitals after a small letter (``HydroFS``, ``PostgreSQL``): a
product's name, no one's (``McDonald``, ``DeVries`` end in small letters)."""


def _in_capitals(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _event_at_end(parts: list[str], slots: Slots) -> int:
    """The index of the part that names an event at a line's end, after its title, maybe
    followed by its place in one word (``…, Kubernetes Forum, India``); 0 where none does."""
    last = len(parts) - 1
    if last >= 1 and EVENT_PART.search(slots.visible(parts[last])):
        return last
    place = slots.visible(parts[last]).split() if last >= 2 else []
    # the event's word whole, or ending a word in its case: "Kubernetes Forum", "PyCon"; not
    # the end of a name before where they work ("Rafael Chacon & Bo Lind, Slack")
    if len(place) != 1:
        return 0
    return last - 1 if names_event_by_word(slots.visible(parts[-2])) else 0  # "JSConf"


def _people_start(parts: list[str], slots: Slots, known_orgs: frozenset[str], linked: int) -> int:
    """The index of the first part that names people: the ``linked`` part (the first after
    the title that opens with a link) or the names before it, where it links an
    organization; else the run of names the line ends with; ``len(parts)`` where none does."""
    start = len(parts)
    if not linked:
        if start > 2 and _org_after_name(parts[-1], parts[-2], slots):
            start -= 2  # "Title - Max Lee, D2iQ": where he works, after his name in full
        while start > 1 and _names_in(parts[start - 1], slots, last=start == len(parts)):
            start -= 1
        lone = slots.visible(parts[start]).split() if start == len(parts) - 1 else []
        if len(lone) == 1 and (_in_capitals(lone[0]) or _PRODUCT_CASE.search(lone[0])):
            return len(parts)  # "…, RDF", "… - HydroFS": an acronym, a product's name
        return start
    start = linked
    words = parts[start].split()
    first = slots.link(words[0] if words else "")
    is_org_first = first is not None and link_kind(*first, known_orgs) == "org"
    while is_org_first and start > 1 and "\x00" not in parts[start - 1]:
        if not _names_in(parts[start - 1], slots, last=False):
            break
        start -= 1
    return start


def _split(slots: Slots, known_orgs: frozenset[str], *, talks_said: bool = False) -> Split:
    parts, seps = _named_after_colon(*line_parts(_name_apart(slots)), slots)
    linked = next((i for i, p in enumerate(parts) if i and p.lstrip().startswith("\x00")), 0)
    event = _event_at_end(parts, slots) if not linked else 0
    if event:  # "Title, Kubernetes Forum, India", "Title, Pycon India": where, not who
        before = _before(parts, seps, event, slots, known_orgs)
        if before is None:
            before = Split(slots.visible(_leading(parts, seps, event)).strip(" ,-–—:"), (), ())
        return replace(before, given_at=True)
    if talks_said and _when_at_end(parts, slots, linked):
        before = _before(parts, seps, len(parts) - 1, slots, known_orgs)
        if before:
            return before  # "[Title](video), Ann Lee, Curry On! 2019": who, then when
    start = _people_start(parts, slots, known_orgs, linked)
    if start >= len(parts):
        return Split(slots.visible(slots.text), (), ())
    speakers, orgs = parse_people(parts[start:], slots, known_orgs)
    given = _given_between(parts, seps, start, slots)
    title = slots.visible(_leading(parts, seps, start - given)).strip(" ,-–—:")
    if not linked and (
        (
            not any(" " in p.name for p in speakers)
            and _single_words(speakers, orgs, title, listed=seps[start].strip() == ",")
        )
        or _part_named(title, speakers, orgs)
    ):
        return Split(slots.visible(slots.text), (), ())
    if speakers and all(not p.url and event_name_only(p.name, AFTER_TITLE) for p in speakers):
        return Split(title, (), orgs, given_at=True)  # "Title - MtnWest JS", "- Harbor Conf"
    return Split(title, speakers, orgs, given_at=bool(given))


def _given_between(parts: list[str], seps: list[str], start: int, slots: Slots) -> int:
    """How many parts between a line's title and its people, dashes on both sides, say
    where and when the talk was given (``Title - Harbor Meetup, May 2031 - Ann Lee``,
    ``Title - ReactEurope 2015 - Ann Lee``: an event's words, or a name of one word, with its
    year; ``Title - The Road To 2031 - Ann Lee`` is the title's); 0 where none do."""
    first = start - 1
    while first > 1 and seps[first].strip() == ",":
        first -= 1
    if first < 1 or any("\x00" in p for p in parts[first:start]):
        return 0
    if not all(seps[at].strip() in ("-", "–", "—") for at in (first, start)):
        return 0
    between = parts[first:start]  # "Harbor Meetup", "May 2031": its parts, commas between
    words = slots.visible(_leading(between, ["", *seps[first + 1 : start]], len(between)))
    if not YEAR.search(words):
        return 0
    if EVENT_PART.search(words):
        return start - first
    named = [word for word in words.replace(",", " ").split() if not YEAR.fullmatch(word)]
    return (start - first) * (len(named) == 1 and named[0][:1].isupper())


def _named_after_colon(
    parts: list[str], seps: list[str], slots: Slots
) -> tuple[list[str], list[str]]:
    """The parts of a line whose title ends with a full-width colon and a name in full, then
    one word after a comma (``欢迎+简介：Ann Lee, Acme``): the name is cut from the title, so
    that the word is where she works, not a speaker. (After a colon of Latin script the
    words may be the title's own: ``Rust: Fearless Concurrency, Explained``.)"""
    if len(parts) < 2 or "：" not in parts[-2] or "\x00" in parts[-1]:
        return parts, seps
    if len(slots.visible(parts[-1]).split()) != 1:
        return parts, seps
    head, colon, name = parts[-2].rpartition("：")
    if not (head.strip() and "\x00" not in name and _names_in(name, slots, last=False)):
        return parts, seps
    return [*parts[:-2], head, name.lstrip(), parts[-1]], [*seps[:-1], colon, seps[-1]]


_NUMBERED_PART = lazy(
    r"(?:[A-Z][\w'’-]*\s+)?(?:Tip|Episode|Ep\.|Part|Lesson|Chapter|Module|Screencast|Video)"
    r"\s*#?\d{1,4}"
)
"""A numbered part of a series and nothing more, in a word or two before its number (``Tech
Tip #1``, ``Episode 2``, ``Part 3``; not ``Scaling Postgres Part 2``, a title)."""


def _part_named(title: str, speakers: tuple[Party, ...], orgs: tuple[Party, ...]) -> bool:
    """Whether what follows a numbered part names the part, not who gives it: one "name" of
    two words, unlinked, alone (``Tech Tip #4 - Type Resolvers``; but ``Episode 12 - Ann
    Lee and Bo Lind``, ``Part 2 - Cy Park, Globex``, ``Talk #3 - Ann Lee`` name people)."""
    return (
        len(speakers) == 1
        and not orgs
        and not speakers[0].url
        and len(speakers[0].name.split()) == 2
        and bool(_NUMBERED_PART.fullmatch(title))
    )


_WHEN_TAIL = lazy(r"\b(?:19|20)\d{2}\b|['’]\d{2}\b|\s\d{1,2}\s*$")
"""A line's last part that says when (``Curry On! 2019``, ``Aug '21``, ``Code Mesh LDN
18``), after the title and the people."""


def _leading(parts: list[str], seps: list[str], end: int) -> str:
    """The line's parts before ``end``, each after the separator that came before it."""
    return "".join(sep + part for sep, part in zip(seps[:end], parts[:end], strict=False))


def _before(
    parts: list[str], seps: list[str], end: int, slots: Slots, known_orgs: frozenset[str]
) -> Split | None:
    """The line's parts before ``end`` split, where they name people in full at their end
    (``Title - Ann Lee, Harbor Days 2031``: who, then where)."""
    before = _split(Slots(_leading(parts, seps, end).strip(" ,-–—:"), slots.links), known_orgs)
    return before if before.speakers and all(_someone(p.name) for p in before.speakers) else None


def _when_at_end(parts: list[str], slots: Slots, linked: int) -> bool:
    """Whether a line is a linked title, then a name, then when or where they gave it (on a
    page that says talks: a list of songs or films is written so too)."""
    return (
        not linked
        and len(parts) == 3
        and bool(ONE_LINK.fullmatch(parts[0]))
        and bool(_WHEN_TAIL.search(slots.visible(parts[-1])))
    )


def _someone(name: str) -> bool:
    """Whether a name read before an event names a person in full, not where in it
    (``Hall A``, ``Main Stage``, ``Data Track``)."""
    return len(name.split()) >= 2 and not PROGRAM_PLACE.search(name) and not is_role(name)


_TITLE_THEN_LINK = lazy(
    r"^(?P<title>[^\x00]*[^\s,;:|\-–—\x00])\s+(?P<slot>\x00\d+\x00)(?=\s*(?:,|$))"
)
"""``Title ? [Ann Lee](…), [Bo Lind](…)``: a title, then with no separator a linked name."""

_TITLE_SEPARATORS = frozenset(",;:|-–—")
"""What :data:`_TITLE_THEN_LINK`'s title cannot end with."""


def _word_then_link(text: str) -> bool:
    """Whether the line's first link follows a word and blanks, no separator: what
    :data:`_TITLE_THEN_LINK` needs (``Title [Ann Lee](…)``; not ``Title, [Ann Lee](…)``)."""
    head, slot, _ = text.partition("\x00")
    words = head.rstrip()
    return bool(slot and words) and words != head and words[-1] not in _TITLE_SEPARATORS


def _name_apart(slots: Slots) -> str:
    """The line with a separator put between its title and a linked full name written
    right after it, with none (``Title [Ann Lee](…)``)."""
    found = _TITLE_THEN_LINK.match(slots.text) if _word_then_link(slots.text) else None
    if found and not any(map(str.isalnum, found["title"])):
        return slots.text
    link = slots.link(found["slot"]) if found else None
    if found is None or link is None or " " not in link[0].strip() or not looks_like_name(link[0]):
        return slots.text
    return f"{found['title']}, {slots.text[found.start('slot') :]}"


def _single_words(
    speakers: tuple[Party, ...], orgs: tuple[Party, ...], title: str, *, listed: bool
) -> bool:
    """Whether unlinked one-word "names" are the title's words: a list of them ("Caching,
    Queues and Logs"), one that goes on a list of single words the title ends with
    ("Knowledge Bases: Exchange, Information, Discussion": ``listed``, a comma before it,
    not a dash, "Caching, revisited - Marta"), or one after what reads as a person's full
    name ("John Doe - Sharing": the speaker first)."""
    if len(speakers) + len(orgs) > 1:
        return True
    head, comma, last = title.rpartition(",")
    if listed and comma and head.strip() and len(last.split()) == 1:
        return True
    words = title.split()
    return 2 <= len(words) <= 3 and looks_like_name(title) and not is_org_name(title)


def split_lifted(
    text: str,
    links: Iterable[tuple[str, str]],
    known_orgs: frozenset[str] = frozenset(),
    *,
    talks_said: bool = False,
) -> Split:
    """Split a talk's line (visible text, its links lifted out as ``\\x00N\\x00`` slots into
    ``links``, as :mod:`mkdocs_roundup.inline` gives it) into title, speakers and
    organizations (``talks_said``: the page says it is about talks)."""
    return _split(Slots(text, links), known_orgs, talks_said=talks_said)


def take_split(split: Split, fields: Fields) -> None:
    """A line's split as the unit's title and people (and where it was given, evidence)."""
    fields.title = split.title
    fields.add_people(split.speakers, split.organizations)
    if split.given_at:
        fields.evidence.add("event")  # "Title - Harbor Conf 2031": where it was given
