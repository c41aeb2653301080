"""A list under a line that says its items give speakers and their topics (``Speakers and
Topics:`` over ``- Ann Lee: Title``, ``- Bo Lind - Title``): each item is a talk, its
speakers first, where every item of the list reads so."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .blocks import Block
from .fields import EVENT_WORDS, Fields
from .han_people import han_family_named
from .labels import BREAK_WORD, PAUSE_WORDS, PROGRAM_PLACE, is_date
from .model import Party
from .names import (
    GROUP_END,
    clean_text,
    is_org_name,
    is_role,
    looks_like_name,
    named_in_full,
    names_event_by_word,
    word_count,
)
from .patterns import lazy
from .unit import Unit
from .written_names import NAME_SEPARATORS

if TYPE_CHECKING:
    from .body import Reader

_WHO = r"(?:speakers?|presenters?)"
_WHAT = r"(?:topics?|talks?|titles?|presentations?|subjects?)"
_SPEAKERS_AND_TOPICS = lazy(
    rf"\s*(?:{_WHO}\s*(?:and|&|/|\+|,)\s*{_WHAT}|{_WHAT}\s*(?:and|&|/|\+|,)\s*{_WHO}|"
    r"(?:referent(?:en|innen)?|sprecher(?:innen)?)\s+(?:und|&)\s+(?:themen|vorträge)|"
    r"ponentes\s+(?:y|&)\s+(?:temas|charlas)|"
    r"intervenant(?:e?s)?\s+(?:et|&)\s+(?:sujets|présentations)|"
    r"palestrantes\s+(?:e|&)\s+(?:temas|palestras)|"
    r"(?:讲师|讲者|嘉宾|分享嘉宾|演讲嘉宾)\s*(?:与|和|及|&)\s*(?:topics?|议题|主题|题目|话题)|"
    r"(?:登壇者|発表者|講演者)\s*(?:と|&)\s*(?:タイトル|テーマ|演題))\s*[:：]\s*",
    re.I,
)
"""A line that only says the list under it gives speakers and topics (``Speakers and
Topics:``, ``讲师与议题：``, ``登壇者とタイトル：``)."""
_NO_TOPIC = lazy(
    rf"\b(?:{PAUSE_WORDS}|thanks?|to\s+be\s+(?:announced|confirmed)|tb[acd]|host(?:ed|s)?|"
    r"moderat(?:or|ion)|remote|via|online|accueil|bienvenue|clôture|bienvenida|clausura|"
    r"abertura|encerramento|begrüßung|eröffnung|abschluss)\b",
    re.I,
)
"""Words of an item's other side that is no talk's topic: a break, thanks, none yet, a
host's part, where someone joins from, an opening or a closing in another language."""
_LEAST_WORDS = 2
"""The fewest words of a topic (``- Bo Lind - Stockholm`` names a city)."""
_SHORT = 4
"""Up to so many words, a topic may be an organization's name or a room's."""


def says_speakers_and_topics(block: Block) -> bool:
    """Whether a paragraph only says the list under it gives speakers and their topics
    (``Speakers and Topics:``, ``Talks & speakers:``, ``Referenten und Themen:``)."""
    inline = block.inline if block.kind == "paragraph" else None
    return inline is not None and bool(_SPEAKERS_AND_TOPICS.fullmatch(inline.visible()))


def speakers_then_topics(reader: Reader, items: list[Block], units: list[Unit]) -> None:
    """Read each item of such a list speaker first (``Ann Lee: Title``) where every item of
    the list names people in full, then a topic, or is a panel that names its people after
    its topic (``Roundtable: Title: Ann Lee, Bo Lind``): talks, as the line over the list
    says. A list where any item is written otherwise (``- Coffee Break - Snacks``, ``- Main
    Hall: Keynotes``) stays as it reads. ``units``: the items read as talks, in place."""
    read = {id(u.block): u for u in units}
    panels = {id(item): found for item in items if (found := _panel(item)) is not None}
    if not all(id(i) in panels or (id(i) in read and _speaker_first(read[id(i)])) for i in items):
        return
    for item in items:
        if id(item) in panels:
            if id(item) in read:
                units.remove(read[id(item)])  # "Panel: Title: Ann Lee" read as a title
            units.append(_panel_unit(item, *panels[id(item)]))
        elif reader.take_names_then_title(read[id(item)].fields):
            read[id(item)].fields.evidence.add("label")  # the list's label says so
    units.sort(key=lambda unit: unit.start)


_PANEL_ITEM = lazy(
    r"\s*(?:round\s*table|panel(?:\s+discussion)?|圆桌(?:讨论|论坛|对话)?|座谈|"
    r"パネル(?:ディスカッション)?)\s*[:：]\s*(?P<title>.+?)\s*[:：]\s*(?P<names>[^:：\x00]+?)\s*",
    re.I,
)
"""A panel among such a list's items: its kind, its topic, then who sits on it
(``Roundtable：Title：崔秀龙、敖小剑``)."""


def _panel(item: Block) -> tuple[str, list[Party]] | None:
    """The topic and the people of a panel's item (:data:`_PANEL_ITEM`), each a person
    named in full or by a family name in Chinese characters; ``None`` for any other item."""
    first = item.children[0] if item.children else None
    inline = first.inline if first is not None else None
    found = _PANEL_ITEM.fullmatch(inline.visible().strip()) if inline is not None else None
    if found is None:
        return None
    names = [n.strip() for n in NAME_SEPARATORS.split(found["names"]) if n.strip()]
    if len(names) < 2 or not all(han_family_named(n) or one_person_in_full(n) for n in names):
        return None
    return clean_text(found["title"]), [Party(n) for n in names]


def _panel_unit(item: Block, title: str, people: list[Party]) -> Unit:
    """A panel's item as its talk: its topic, its people, its kind."""
    fields = Fields(title=title, kind="panel")
    fields.name_speakers(people, (), "label")  # the list's label says so
    return Unit("item", item.start, item.start + 1, item.end, fields, item, indent=item.indent)


def _speaker_first(unit: Unit) -> bool:
    """Whether an item reads as people named in full, then a topic, and in no other way."""
    fields = unit.fields
    kept = fields.names_then_title
    if unit.form != "item" or kept is None or fields.names_either_way:
        return False
    if any(p.in_full for p in fields.speakers):
        return False  # read title first, it names people in full: it reads either way

    title, inline, (speakers, _) = kept  # each maybe with where she works, "Ann Lee (Acme)"
    return is_topic(clean_text(inline.visible(title))) and all(is_person(p.name) for p in speakers)


def is_topic(words: str) -> bool:
    """Whether an item's other side reads as a talk's topic, not a break, a part of the
    evening, a role, an organization, a room or a day."""
    count = word_count(words)
    if count < _LEAST_WORDS or is_date(words) or is_role(words):
        return False
    if count <= _SHORT and (is_org_name(words) or PROGRAM_PLACE.search(words)):
        return False  # "Harbor Labs", "Fernwick University", "Room 2": where, no topic
    return not (BREAK_WORD.search(words) or _NO_TOPIC.search(words))


def is_person(name: str, known_orgs: frozenset[str] = frozenset()) -> bool:
    """Whether a name read in full is a person's, not a company's (or one the site names,
    ``known_orgs``), a room's or an event's."""
    return not (
        is_org_name(name, known_orgs)
        or PROGRAM_PLACE.search(name)
        or EVENT_WORDS.search(name)
        or BREAK_WORD.search(name)
    )


def one_person_in_full(name: str, known_orgs: frozenset[str] = frozenset()) -> bool:
    """Whether words alone in a speaker's place name one person in full (:func:`is_person`):
    no event's name, whole or by how one word ends (``Devoxx France``, ``BrooklynJS``), no
    team's, no role before the name (``Mayor Ann Lee``)."""
    if not (looks_like_name(name) and named_in_full(Party(name))):
        return False
    named = names_event_by_word(name) or GROUP_END.search(name)
    return not (named or is_role(name)) and is_person(name, known_orgs)
