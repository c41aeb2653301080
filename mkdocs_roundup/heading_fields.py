"""A heading's talk: its own line read beside the blocks under it that no inner unit holds.

The heading's line gives the title and, often, the speakers (``## Title, Ann Lee``); the
blocks under it give the media, the abstract, and labelled fields that win over the line
(``Speaker: …``, ``Talk: …``). A heading that only names people over a bold line is the
speakers' (``## Ann Lee`` / ``**Title**``); on a speakers page, a heading that names one
person gives the talks listed under it their speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from .affiliations import PAREN_ORG, org_like
from .at_events import names_event
from .blocks import Block
from .body import UNTITLED_MOST, Reader
from .extents import heading_end
from .fields import STRONG, Fields, People, take_authors
from .given_at import given_there
from .han_people import han_role_or_award
from .inline import Inline
from .labels import is_date
from .link_targets import names_its_session
from .model import Party
from .names import clean_text, looks_like_name, name_key
from .patterns import lazy
from .profiles import is_person_url
from .program_entries import names_talks_event
from .section_labels import is_generic
from .talk_kinds import KIND_WORDS
from .unit_lines import unit_body
from .weighing import NOT_TALK

if TYPE_CHECKING:
    from .unit import Unit


def heading_fields(
    reader: Reader,
    heading: Block,
    visible: str,
    region: list[Block],
    inner: list[Unit],
    *,
    person: bool,
) -> Fields | None:
    """A heading's talk, read from its own line and the blocks under it that no inner unit
    holds; ``None``: marked as no talk, or no strong evidence beside inner units.
    ``person``: the heading stands where a speakers page names its speakers."""
    inline = heading.inline
    assert inline is not None
    text = inline.text.strip()
    claimed = {line for unit in inner for line in range(unit.start, unit.end)}
    free = [b for b in region if claimed.isdisjoint(range(b.start, b.end))]
    body = _body(reader, free, visible)
    head = Fields(untitled=bool(body.title) and "label" in body.evidence)
    reader.title_line(text, inline, head, heading.start)
    reader.embeds(inline, head, set())
    if person:
        _named_over_title(reader, text, inline, free, head, body)
    if head.classes & NOT_TALK or body.titles_listed > 1 or body.titled_media > 1:
        return None  # marked so, "**Topics:**" over several, videos listed: no one talk
    if inner and not (head.strong or body.strong):
        return None
    mentioned = (  # "# Spring Meetup" over "Watch the [recording](…) of the evening"
        body.strong and not head.strong and not _shown(body) & STRONG and names_event(visible)
    )
    merged = merge(head, body, visible)
    _profiles_below(merged, free)
    if mentioned:
        merged.evidence.add("mentioned")  # its only media named in a sentence: the event's?
    _titled_where(merged, body, visible)
    return merged


def _profiles_below(fields: Fields, blocks: list[Block]) -> None:
    """A speaker the heading names without a link, linked by her full name to her profile
    in the words under it (``### Flux Panel - Ann Lee`` over ``Our own [Ann Lee](…/annlee)
    was on the panel``): that is her profile."""
    unlinked = {name_key(p.name): n for n, p in enumerate(fields.speakers) if not p.url}
    if not unlinked:
        return
    for block in blocks:
        for link in block.inline.links if block.inline is not None else ():
            key = name_key(clean_text(link.text))
            if key in unlinked and " " in link.text.strip() and is_person_url(link.href):
                at = unlinked.pop(key)
                fields.speakers[at] = replace(fields.speakers[at], url=link.href)


def _titled_where(merged: Fields, body: Fields, heading: str) -> None:
    """A heading that says where the talk was given, not what it is called: the title of
    the deck under it is the talk's (``## 2031/04/01 Cloud Fest 2031`` over its embedded
    deck; ``## Harbor Meetup #3`` over ``Event: [Harbor Meetup #3](…)`` and ``Slide:
    [Title](…)``)."""
    if _DAY_THEN_WHERE.match(merged.title):
        _deck_titled(merged)
    elif body.deck_named and not body.title and _names_same(heading, body.event_named):
        merged.title = body.deck_named
        merged.evidence.add("event")


def _names_same(heading: str, event: str) -> bool:
    """Whether an ``Event:`` label says what the heading over it says: spaces aside, its
    words are the heading's, or begin with a heading that numbers or names an event
    (``テクトモ #7`` and ``テクトモ#7 Googleの…``), or it gives an address only, under a
    heading that names an event by its words (``Harbor Conference 2031`` over ``Event:
    https://…``)."""
    if _ADDRESS_ONLY.fullmatch(event):
        return names_event(heading)
    said = "".join(heading.casefold().split())
    written = "".join(event.casefold().split())
    # "## PostgreSQL" over "Event: PostgreSQL Conference Europe": a talk's title, its subject
    numbered = any(c.isdigit() for c in heading) or names_event(heading)
    return said == written or (len(said) >= 3 and written.startswith(said) and numbered)


_ADDRESS_ONLY = lazy(r"\s*<?https?://\S+?>?\s*")


def _body(reader: Reader, free: list[Block], visible: str) -> Fields:
    """What the blocks under a heading (``free``: those no inner unit holds) say of its
    talk; ``visible``: the heading's words."""
    body = Fields()
    unit_body(reader, free, body)
    if han_role_or_award(visible):  # "## 最佳新人奖" over "张伟，灯塔科技工程师，…": a prize's
        body.speakers, body.organizations = [], []
        body.evidence.discard("names")
    if _speakers_listed_apart(reader, free):
        body.evidence.add("several")  # each talk's line, then a list that names its speaker
    if _subjects_listed(body, visible):
        body.abstract.insert(0, body.title)  # "**Topic:** CDI, mock plugins, Volcano": what
        body.title = ""  # it is about, listed, under the heading that gives its title
    if body.session_page and names_its_session(visible, body.session_page):
        body.evidence.add("session")  # "## Parsing Logs" over "…/event/12-parsing-logs/"
    return body


def _speakers_listed_apart(reader: Reader, blocks: list[Block]) -> bool:
    """Whether two lists or more under a heading, each after a paragraph of its own, name
    speakers by a label (``13:30 "Title"`` over ``- Speaker: Ann Lee``, then ``14:15
    "Title"`` over ``- Speaker: Bo Lind``): a talk each, the heading over them none."""
    lists = 0
    for before, block in pairwise(blocks):
        if before.kind != "paragraph" or block.kind != "list":
            continue
        lines = (i.children[0].inline for i in block.children if i.children)
        labels = (reader.label(inline.text) for inline in lines if inline is not None)
        lists += any(found is not None and found[0] == "speakers" for found in labels)
    return lists >= 2


def events_over_talks(
    talks: list[Unit], headings: list[Block], notes: list[tuple[int, str]]
) -> list[Unit]:
    """The talks but a heading's that names an event, whose section holds two talks of its
    own or more (one, where it names a meetup, a conference…) and whose media are the
    event's, :func:`_events_recording` (``# Spring Meetup`` / ``Watch the [recording](…) of
    the evening`` over ``### Small Queues, Ann Lee``): the event's recording, not a talk's
    (a talk's heading over its follow-up keeps its own)."""
    kept = []
    for unit in talks:
        if unit.form == "heading" and _events_recording(unit.fields):
            end = heading_end(unit.block, headings)
            # an event by its name over one talk: its recording the evening's, or the talk's
            least = 1 if names_talks_event(unit.fields.title) else 2
            if sum(unit.start < t.start < end for t in talks) >= least:
                said = f"'{unit.fields.title}' holds talks of its own"
                notes.append((unit.start, f"{said}; the media its text names are left as written"))
                continue
        kept.append(unit)
    return kept


def _events_recording(fields: Fields) -> bool:
    """Whether a heading's media may be its event's: named by a sentence, or under an
    event's heading that names no one (``# VRC-LT #5`` over ``Archive: [youtu.be/…](…)``,
    over the evening's decks; ``### Summer Harbor Meetup``)."""
    if "mentioned" in fields.evidence:
        return True
    if fields.speakers:
        return False
    # "### Summer Harbor Meetup" over "- Recording: …", then its program's talks
    return bool(_EVENT_NUMBER.search(fields.title)) or names_talks_event(fields.title)


_EVENT_NUMBER = lazy(r"(?:^|\s)#\d+\s*$")
"""An event's number at the end of its heading (``VRC-LT #5``, ``Harbor Meetup #12``)."""

_TITLE_WORDS = 3
"""How many words a heading gives at least where it is a talk's title over its topics."""


def _subjects_listed(body: Fields, heading: str) -> bool:
    """Whether a ``Topic:`` label lists what the talk is about, three subjects or more,
    under a heading that gives its title (``### Faster Scheduling`` over ``**Topic:** CDI,
    mock plugins, Volcano``: three words or more, no event's, no name); under an event's, a date's,
    a session's or a person's heading (``### Meetup #14``, ``### 14 March``, ``### Ann
    Lee``), or written as a title (``Lakes, Warehouses, and Lakehouses: What Changed``),
    it is the title."""
    if not (body.subjects and body.title.count(",") >= 2 and ":" not in body.title):
        return False
    titled = len(heading.split()) >= _TITLE_WORDS and not names_event(heading)
    return titled and "label" in body.evidence and not looks_like_name(heading)  # "Ann Lee"


def _shown(body: Fields) -> set[str]:
    """The evidence of a heading's own blocks, but media that sentences only name (the
    event's recording, over the talks of the evening)."""
    return body.evidence if len(body.media) > body.mentioned else body.evidence - {"media"}


_DAY_THEN_WHERE = lazy(r"\s*\d{4}[/.-]\d{1,2}[/.-]\d{1,2}/?\s+\S")
"""A heading that gives a day, then where (``2022/11/04 Harbor Fest 2022``): no talk's title."""


def _deck_titled(fields: Fields) -> None:
    """Under a heading of a day and an event, the title of the talk's embedded deck is its
    title (``雲の上の設計 / design above clouds``, a title and its English, is ``雲の上の設計``;
    ``Client / Server`` stays whole); the heading says where it was given."""
    deck = next((p.media.title for p in fields.media if p.media.kind == "slides"), None)
    if not deck:
        return
    title, slash, slug = deck.rpartition(" / ")
    translated = slash and not title.isascii() and slug.isascii()  # "雲の上の設計 / design…"
    fields.title = title.strip() if translated and title.strip() else deck
    fields.evidence.add("event")


def opens_on_player(region: list[Block], inner: list[Unit]) -> bool:
    """Whether the first block under a heading, before any talk of its own, is a player
    and nothing else (an ``<iframe>`` right under the title)."""
    first = region[0] if region else None
    if first is None or first.kind != "html" or first.inline is None:
        return False
    if not first.inline.embeds or clean_text(first.inline.visible()):
        return False
    return not inner or inner[0].start >= first.end


def _named_over_title(
    reader: Reader, text: str, inline: Inline, free: list[Block], head: Fields, body: Fields
) -> None:
    """``## Ann Lee`` over ``**Title**``: a heading that only names people in full, over a
    paragraph that opens with a line in bold, is the speakers'; the bold line the title."""
    first = next((b.inline for b in free if b.kind != "code"), None)
    if first is None or not first.strong:
        return
    title = clean_text(first.strong[0])
    if clean_text(first.visible(first.lines()[0][1])) != title:
        return  # the first line is more than its bold words
    named = reader.only_names(text, inline)
    if not named or not all(p.in_full for p in named[0]):
        return
    head.title, head.speakers, head.organizations = title, [], []
    head.add_people(*named)
    if body.abstract and body.abstract[0].startswith(title):
        rest = body.abstract[0][len(title) :].strip()
        body.abstract[:1] = [rest] if rest else []


def item_named_over_title(
    reader: Reader, item: Block, text: str, inline: Inline, fields: Fields
) -> bool:
    """``- [Ann Lee](profile)`` over one nested ``- Title``: an item whose line only names
    people, each linked or in full, over one nested item of plain words, is the speakers';
    the nested line is the title (as written: ``… by Cory Doctorow`` names a book's author).
    A labelled nested line says what it holds: a title (``- Talk: Title``), or else the item
    is the title (``- Speaker: Bo Lind``); a nested line that reads as a name as well
    leaves the item as it is."""
    line = _one_nested_line(item)
    if line is None or given_there(line.visible()):
        return False  # "- Title" over "- Harbor Conf, Porto (02.10.2031)": where it was given
    labelled = reader.label(line.text)
    if labelled is not None and labelled[0] != "title":
        return False
    named = reader.only_names(text, inline)
    if not named or not all(p.in_full for p in named[0]):
        return False
    title = labelled[1] if labelled else line.text  # "- Talk: Title" under her name
    if labelled is None and not any(p.url for p in named[0]) and reader.only_names(title, line):
        return False  # "- Quiet Queues" over "- Ann Lee": which is the name, no link tells
    fields.title = clean_text(line.visible(title))
    fields.add_people(*named)
    fields.explicit = True
    return bool(fields.title)


def _one_nested_line(item: Block) -> Inline | None:
    """The one line of plain words an item holds nested under it (no link, no embed), if
    it holds one and nothing more."""
    nested = item.children[1] if len(item.children) == 2 else None
    if nested is None or nested.kind != "list" or len(nested.children) != 1:
        return None
    inner = nested.children[0].children
    line = inner[0].inline if len(inner) == 1 and inner[0].kind == "paragraph" else None
    if line is None or line.links or line.embeds or "\n" in line.text:
        return None
    return line


def merge(head: Fields, body: Fields, heading_text: str) -> Fields:
    """A heading's own reading and its body's: a label in the body wins."""
    take_authors(body, head)
    _merge_title(head, body)
    _merge_people(head, body, heading_text)
    labelled = body.title and "label" in body.evidence and body.speakers and body.explicit
    named = _organizations_over(heading_text, body) if labelled else []
    if named:  # the heading's own reading aside
        head.organizations = [*named, *(o for o in body.organizations if o not in named)]
    elif labelled and body.organizations:
        head.organizations = _said_in_full(head.organizations, body.organizations)
    head.media += body.media
    head.abstract += body.abstract
    head.evidence |= body.evidence
    head.warnings += body.warnings
    head.paper = head.paper or body.paper
    if body.kind_said and _titled_as_talk(head.title):
        head.evidence.add("kind")
    head.event_named = head.event_named or body.event_named
    head.authors = head.authors or body.authors  # "**Authors**: Ann Lee", a post's or a talk's
    head.described = head.described or body.described  # "Ann Lee presents …"
    head.attributed = head.attributed or body.attributed  # "[Ann Lee](…), Harbor Conf"
    return head


def _titled_as_talk(title: str) -> bool:
    """Whether a heading over a line that only names a talk's kind (``**Keynote**``) reads
    as that talk's title: three words or more (not a kind's own section, ``## Tutorials``,
    nor a format's, ``## Half day``), no question (a guide's ``What is a keynote?``), no
    day."""
    return len(title.split()) >= 3 and not title.rstrip().endswith("?") and not is_date(title)


_JOINED_ORGS = lazy(r"\s+(?:and|&)\s+|,\s+(?!(?:Inc|Ltd|LLC|GmbH|AG|SA)\b)")
"""What stands between the organizations a heading names (``Harbor University and Kite
Labs``)."""


def _organizations_over(heading: str, body: Fields) -> list[Party]:
    """The organizations a heading names over the labels of its talk's title and speakers
    (``#### Harbor Labs`` over ``- Title: …`` and ``- Presenters: …``): a few words, each
    part an organization's by its words or letters (``NVIDIA``, ``… University``), no
    number, no event's or kind's name, nor the title's or a speaker's."""
    speakers = {name_key(p.name) for p in body.speakers}
    byline = PAREN_ORG.match(heading)
    if byline and name_key(byline["name"]) in speakers:
        heading = byline["org"]  # "### Ann Lee (Harbor University)": hers, where she works
    words = heading.split()
    if not 0 < len(words) <= 5 or any(map(str.isdigit, heading)) or names_event(heading):
        return []
    if heading.casefold() in body.title.casefold() or any(
        w.casefold() in KIND_WORDS for w in words
    ):
        return []
    names = [n.strip() for n in _JOINED_ORGS.split(heading) if n.strip()]
    if not names or not all(map(org_like, names)):
        return []  # "#### Morning block", "#### Observability": no organization's words
    if any(name_key(n) in speakers for n in names):
        return []  # "#### Ann Lee" over her talk's labels: her byline
    return [Party(n) for n in names]


def _said_in_full(organizations: list[Party], below: list[Party]) -> list[Party]:
    """``organizations`` without those a heading's byline gives in short where the labelled
    line below names them in full (``### Ann Lee (Acme)`` over ``Presenters: Ann Lee,
    Director at Acme Research Labs``; ``(Harbor University, Acme)`` over ``… at Harbor
    University, Senior Researcher at Acme``)."""
    full = {name_key(o.name) for o in below}

    def short(org: Party) -> bool:
        key = name_key(org.name)
        if key in full:
            return False
        parts = [name_key(n) for n in _JOINED_ORGS.split(org.name) if n.strip()]
        return (len(parts) > 1 and full.issuperset(parts)) or any(
            k.startswith(key + " ") for k in full
        )

    return [o for o in organizations if not short(o)]


def _merge_title(head: Fields, body: Fields) -> None:
    labelled = bool(body.title) and "label" in body.evidence
    if labelled and not head.speakers:
        head.organizations = []  # "## Course at Lumen University" over "Talk: …": where
    if labelled or (not head.title and body.title):
        head.title = body.title
    elif (
        not head.title and head.untitled and body.abstract and len(body.abstract[0]) < UNTITLED_MOST
    ):
        head.title = body.abstract.pop(0)  # "Lightning talk 1: Ann" over "- Its title"


def _merge_people(head: Fields, body: Fields, heading_text: str) -> None:
    if not body.speakers and head.speakers:  # "## Ann Lee" over "- Affiliation: [Acme](…)"
        head.organizations += [o for o in body.organizations if o not in head.organizations]
    if not body.speakers or not (body.explicit or not head.speakers):
        return
    if (head.by or head.quoted) and head.speakers and body.said_in_prose:
        return  # '### "Title" by Ann Lee' over "… based on a workshop by Bo Lind": hers
    if head.speakers and all(not s.url for s in head.speakers) and not head.untitled:
        head.title = heading_text  # the heading's "names" were words of its title
        head.organizations = []
    head.speakers = list(body.speakers)
    head.organizations += [o for o in body.organizations if o not in head.organizations]


def speaker_levels(
    reader: Reader, headings: list[Block]
) -> tuple[dict[Block, People], dict[Block, People]]:
    """The headings of a speakers page, each with the person it names: those of a level
    with two headings or more, each of which only names a person in full (a page of topics,
    ``## Machine Learning``, has one that names no one: ``## Databases``); and, for the
    headings right over a talk's, those of a level where all but one in ten do and two link
    their person's profile (``### [Ann Lee](https://github.com/…)``; ``### Ann Lee aka
    Annie`` among them names no one the reader knows)."""
    by_level: dict[int, list[Block]] = {}
    for heading in headings:
        by_level.setdefault(heading.level, []).append(heading)
    people: dict[Block, People] = {}
    loose: dict[Block, People] = {}
    for found in by_level.values():
        if len(found) < 2:
            continue
        said = {h: named for h in found if (named := talks_by_person(reader, h)) is not None}
        level = {h: person for h in found if (person := said.get(h) or _person_only(reader, h))}
        missed = len(found) - len(level)
        profiled = sum(
            1 for named in level.values() if named[0][0].url and is_person_url(named[0][0].url)
        )
        if not missed:
            people.update(level)
        else:  # "## Talks by Ann Lee" among "## Talks at Harbor Conf": hers, whatever the others
            people.update(said)
        if not missed or (missed * _OTHERS_IN <= len(found) and profiled >= 2):
            loose.update(level)
    return people, loose


_OTHERS_IN = 10
"""Of how many headings of a speakers' level one at most may name no one the reader knows."""


def by_heading_speaker(named: People, inner: list[Unit]) -> None:
    """``### Ann Lee`` (``named``: the person the heading names) over a list of talks that
    name no one (a speakers page): hers, and the heading, which groups them, their
    section."""
    if not inner or any(u.fields.speakers or u.form != "item" for u in inner):
        return
    for unit in inner:
        fields = unit.fields
        if "aside" in fields.evidence and not (fields.media or fields.strong):
            continue  # "Title. [Article](…)": something she wrote, no talk of hers
        fields.add_people(*named)


_TALKS_BY = lazy(
    r"\s*(?:(?:talks|presentations|slides)\s+(?:by|of|from)|vorträge\s+von|"
    r"charlas\s+de|palestras\s+de|exposés\s+de)\s+(?P<name>[^<>()]+?)"
    r"\s*(?:<\x00(?P<link>\d+)\x00>|\(\x00(?P<paren>\d+)\x00\))?\s*",
    re.I,
)
"""Words that say talks, then ``by`` and a name, maybe then her account linked in angle
brackets or parentheses (``Talks by Ann Lee <[@annlee](…)>``; not ``Recordings by``, a
musician's as much as a speaker's)."""


def talks_by_person(reader: Reader, heading: Block) -> People | None:
    """``## Talks by Ann Lee <[@annlee](profile)>``: the person whose talks are under the
    heading, with her account's link where it is a profile's."""
    inline = heading.inline
    found = _TALKS_BY.fullmatch(inline.text) if inline is not None else None
    if inline is None or found is None:
        return None
    named = reader.only_names(found["name"], inline)
    if not named or len(named[0]) != 1 or named[1] or not named[0][0].in_full:
        return None
    (speaker,) = named[0]
    slot = found["link"] or found["paren"]
    href = inline.links[int(slot)].href.strip() if slot else ""
    return ((Party(speaker.name, href),), ()) if href and is_person_url(href) else named


def _person_only(reader: Reader, heading: Block) -> People | None:
    """The one person a heading only names, in full; ``None`` for any other heading."""
    inline = heading.inline
    if inline is None or "," in inline.text or is_generic(clean_text(inline.visible())):
        return None  # "## Title, [Ann Lee](…)", "## Talks Given Recently"
    named = reader.only_names(inline.text.strip(), inline)
    if not named or len(named[0]) != 1 or named[1]:
        return None
    (speaker,) = named[0]
    return named if 2 <= len(speaker.name.split()) <= 4 else None
