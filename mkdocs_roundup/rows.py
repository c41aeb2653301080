"""A table row as a talk: what each cell holds, by its column's name (``Speaker``,
``Slides``, ``Talk Name``) or, in a column no label names, by what it says.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block
from .body import Reader
from .bylines import title_words
from .column_names import names_authors, names_events, presents, titles_alone
from .columns import cell_names, is_when, presenters
from .fields import Fields, People
from .han_people import han_name_org_role, hangul_name_and_org
from .inline import ONE_SLOT, SLOT, Inline
from .labels import (
    HERE_WORDS,
    LANGUAGE_REMARK,
    LINK_WORDS,
    MONTHS,
    NONE_YET,
    PAPER_LABEL,
    PROGRAM_PLACE,
    SEPARATORS,
)
from .line_marks import without_layout
from .link_targets import front_page, is_deck_file, is_post
from .media import links_podcast
from .model import Party
from .names import clean_text, looks_like_name, name_key
from .patterns import lazy
from .presenters import SpeakersWay, people_from_linked_orgs, people_per_line, people_with_orgs
from .profiles import is_profile_url
from .providers import PROVIDER_NAMES
from .talk_kinds import KIND_WORDS
from .unit import Unit
from .written_names import written_people

_ALIKE = 4
"""The fewest rows whose titles show how the column writes them."""
_CELL_BULLET = lazy(r"\s*[-*+•]\s+(?=\S)")
"""A list item's marker written in a cell (``| | - Title | Ann Lee |``: no list in a table;
``- [Title](…)`` on a line of a cell)."""
_DATE_START = lazy(
    rf"(?:\d{{4}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{0,2}}\.?\s*(?:{MONTHS})\b)",
    re.I,
)
"""A cell that starts with a date ("2026-09-25 14:05", "4,5 Jul 2018", "March 3")."""
_INFERRED = frozenset({None, "people", "text", "event"})
"""The roles :func:`~mkdocs_roundup.columns.column_roles` reads from cells, where no column name gives one."""


def dated(rows: list[Block]) -> bool:
    """Whether most rows of a table give a date in one of their cells."""
    with_date = sum(1 for r in rows if any(_DATE_START.match(c.visible().strip()) for c in r.cells))
    return with_date * 2 > len(rows)


_WRITTEN_KIND = lazy(
    r"(?:blog(?:\s*post)?|article|announcement|launch|hackathon|podcast|newsletter|"
    r"case\s+study|press\s+release)s?",
    re.I,
)
"""What a type column says a row is when it is no talk (``Blog``, ``Launch``, ``Hackathon``)."""


def row_fields(reader: Reader, row: Block, roles: list[str | None], way: SpeakersWay) -> Fields:
    """What a table row's cells say of its talk (``roles``: its table's
    :func:`~mkdocs_roundup.columns.column_roles`; ``way``: how its speakers column writes
    its people, :func:`~mkdocs_roundup.presenters.speakers_way`)."""
    fields = Fields()
    title_cell: Inline | None = None
    for position, cell in enumerate(row.cells):
        role = roles[position] if position < len(roles) else None
        read = _cell(reader, cell, role, roles, row, fields, title_cell, way)
        title_cell = read or title_cell
        if links_podcast(cell):
            fields.evidence.add("podcast")  # "[Podcast](…)": an episode, no talk
        if role in (None, "title", "text") and _lists_items(reader, cell):
            fields.evidence.add("several")  # "- [Title](…)<br> - [Title](…)": several talks
    if title_cell is None:
        return fields
    if _examples_of_code(title_cell):
        return Fields()  # "| speakers | `Speaker:`, `Presenter:`, … |": a docs page's table
    _titled_row(reader, row, roles, title_cell, fields)
    return fields


def _titled_row(
    reader: Reader, row: Block, roles: list[str | None], title_cell: Inline, fields: Fields
) -> None:
    """What a row whose title cell is known says beyond its cells: its speakers' profiles
    column, its title beside its speakers, the title's own link."""
    if "profiles" in roles:
        _profiles(row, roles, fields)
    named = set(roles) - _INFERRED
    if _says_talks(reader, row, roles, fields):
        fields.evidence.add("label")
    if _of_presenters(row, roles) and _presented_lines(reader, title_cell, fields):
        return
    if {"speakers", "people"} & set(roles):
        _title_beside_speakers(reader, title_cell, fields, papers=_titles_papers(row, roles))
    else:
        _title_cell(reader, title_cell, row.start, fields)
        cut = _cut_title(fields, title_cell) if _own_talks_table(row, roles) else None
        if cut:  # "| **.NET 5, 6** for busy developers |", "| **Azure DevOps**: …|"
            _all_title(fields, cut)
        whole = ONE_SLOT.fullmatch(title_cell.text)
        linked = title_cell.links[int(whole[1])] if whole and "title" in named else None
        if linked and linked.href.startswith("#"):
            fields.evidence.add("index")  # "[Title](#2031-may-3)": the talk is told there
        elif linked and not any(p.media.url == linked.href.strip() for p in fields.media):
            reader.title_media(linked, fields)  # a column of titles: the link is the talk's


def _examples_of_code(cell: Inline) -> bool:
    """Whether a cell shows three labels or more as code (`` `Speaker:`, `Speakers:`,
    `Presenter:` ``): a docs page's examples, no talk's title (`` `map`, `filter`, `fold`,
    `scan`: iterator tricks`` is one)."""
    labels = sum(1 for code in cell.code if code.rstrip().endswith((":", "：")))
    return labels >= _CODE_EXAMPLES


_CODE_EXAMPLES = 3
"""The labels written as code that make a cell a list of examples."""


def _profiles(row: Block, roles: list[str | None], fields: Fields) -> None:
    """The speakers' links from a column of their profiles (``Name | Twitter``), one a
    speaker named without hers, in order, where the row links as many profiles."""
    links = [
        link.href.strip()
        for cell, role in zip(row.cells, roles, strict=False)
        if role == "profiles"
        for link in cell.links
        if is_profile_url(link.href.strip())
    ]
    others = [_folded(o.name) for o in fields.organizations]
    if any(_folded(href.rstrip("/").rpartition("/")[2]) in others for href in links):
        return  # "| Acme Cloud | [@acmecloud](…) |": the organization's account
    unlinked = [n for n, person in enumerate(fields.speakers) if not person.url]
    if links and len(links) == len(unlinked) == len(fields.speakers):
        for n, href in zip(unlinked, links, strict=True):
            fields.speakers[n] = replace(fields.speakers[n], url=href)


def _folded(name: str) -> str:
    """A name or a handle folded to its letters and digits (``Acme Cloud``, ``acme_cloud``)."""
    return "".join(ch for ch in name_key(name) if ch.isalnum())


def leaves_speakers_out(row: Block, roles: list[str | None], fields: Fields) -> bool:
    """Whether a row leaves its table's column of speakers empty (or says no one yet, ``n/a``,
    ``—``), names no one elsewhere and links no media: an agenda's entry (``Sep 8 | | Organizational Meeting``, ``Nov 24 | |
    Thanksgiving``), no talk."""
    pairs = zip(row.cells, roles, strict=False)  # a row may have fewer cells than columns
    cells = [cell for cell, role in pairs if role in ("speakers", "people")]
    written = [cell.visible() for cell in cells]
    if not cells or fields.media or not all(map(_no_one_named, written)):
        return False  # (a name read from "n/a" is none: "n", "a")
    return not any(p.name not in " ".join(written) for p in fields.speakers)


def _says_talks(reader: Reader, row: Block, roles: list[str | None], fields: Fields) -> bool:
    """Whether a row's table says its rows are talks: a column named for titles beside
    others (``Date | Talk | Event``; ``Topic | Description`` lists ideas), a program's
    when, who and what in any language, or a column named for who speaks that names
    someone (``| Time | Content | 登壇者 |``)."""
    named = set(roles) - _INFERRED
    if "title" in named and named - {"title", "abstract"}:
        return True
    if (
        "text" in roles
        and {"people", "speakers"} & set(roles)
        and any(is_when(c.visible().strip()) for c in row.cells)
    ):
        return True
    return bool(fields.speakers) and _speakers_column(reader, row.header, roles)


def _speakers_column(reader: Reader, header: list[str], roles: list[str | None]) -> bool:
    """Whether a table's column is named for who speaks by a speaker's label (``Speaker``,
    ``登壇者``; not ``Author``, which a list of books names too)."""
    return any(
        role == "speakers" and reader.only_label(name) == "speakers"
        for name, role in zip(header, roles, strict=False)
    )


_HOW_MANY = lazy(r"\s*\d+\s*(?:人|名|位|speakers?|people|persons|talks?)\s*", re.I)
"""A count where the speakers stand (``7人``, ``8 speakers``): a part of the program that
several give, no one's talk."""


def _no_one_named(written: str) -> bool:
    """Whether a speakers' cell names no one: no one yet (``n/a``, ``—``), or a count."""
    return bool(NONE_YET.fullmatch(written) or _HOW_MANY.fullmatch(written))


def _titles_papers(row: Block, roles: list[str | None]) -> bool:
    """Whether a row's column of titles is named for the papers presented (a reading
    group's ``Presenter | Paper``): its links are the papers', no one's slides."""
    column = roles.index("title") if "title" in roles else -1
    return 0 <= column < len(row.header) and presents(row.header[column])


def _title_beside_speakers(
    reader: Reader, title_cell: Inline, fields: Fields, *, papers: bool = False
) -> None:
    """The speakers have a column of their own: the title cell is all title, but for its
    media links (``Title ([Slides](…))``, ``Title ([print version](deck.pdf))``) and a list
    marker written in it; the title's own link is its deck or its video, but in a column
    of ``papers``."""
    text = reader.line_media(without_layout(title_cell.text), title_cell, fields)
    title = clean_text(title_cell.visible(reader.without_media_links(text, title_cell)))
    title = _CELL_DATE.sub("", title)  # "Title 3/4/2031": a "Topic & date" column's
    title = LANGUAGE_REMARK.sub("", title) or title  # "[Title](…) (French)": in which language
    bullet = _CELL_BULLET.match(title)
    title = title[bullet.end() :] if bullet else title
    fields.title = title.rstrip(" " + SEPARATORS)  # "[Title:](deck.pdf) ([print](…))"
    for n in SLOT.findall(text) if not papers else ():
        link = title_cell.links[int(n)]
        if not any(p.media.url == link.href.strip() for p in fields.media):
            reader.title_media(link, fields)


def _presents(reader: Reader, cell: Inline) -> tuple[str, bool, list[tuple[int, str]]] | None:
    """A cell of labelled lines whose first names what is presented, any others its media
    (``paper：[Title](paper.pdf)<br>video：[…](…)``, ``Topic: Title<br>Slides: […](…)``):
    the first line's words after its label, whether that label is a paper's, and the
    media's lines."""
    lines = [(at, text) for at, text in cell.lines() if cell.visible(text).strip()]
    label = reader.label(lines[0][1]) if lines else None
    if label is None or not cell.visible(label[1]).strip():
        return None
    paper = label[0] != "title" and _names_paper(cell, lines[0][1])
    if label[0] != "title" and not paper:
        return None
    roles = [reader.label(text) for _, text in lines[1:]]
    if not all(role and role[0] in ("slides", "video") for role in roles):
        return None
    return label[1], paper, lines[1:]


def _of_presenters(row: Block, roles: list[str | None]) -> bool:
    """Whether a row's table names who presented (a ``Speaker`` column, not only
    ``Authors``): a cell's paper is then what was presented (a table of awards gives its
    papers and their authors so too, on a page that may say talks in passing)."""
    named = zip(row.header, roles, strict=False)
    people = ("speakers", "people", "presenters")
    return any(r in people and not names_authors(n) for n, r in named)


def _names_paper(cell: Inline, text: str) -> bool:
    """Whether a cell's line opens with a paper's label (``paper：``, ``Paper:``), its label
    word whole (``Paperless …`` is none)."""
    word = _LABEL_WORD.match(cell.visible(text).lstrip())
    return word is not None and PAPER_LABEL.fullmatch(word[0][:-1].strip()) is not None


_LABEL_WORD = lazy(r"[^:：]{1,30}[:：]")
"""A line's label, up to and with its colon (full-width or not)."""


def _presented_lines(reader: Reader, cell: Inline, fields: Fields) -> bool:
    """Whether ``cell`` :func:`_presents` its talk: its title, the first line's after its
    label (a paper's link is the paper, no deck), and its media, the lines under it."""
    presented = _presents(reader, cell)
    if presented is None:
        return False
    rest, paper, media = presented
    fields.title = clean_text(cell.visible(rest))
    whole = ONE_SLOT.fullmatch(rest.strip())
    if whole and not paper:
        reader.title_media(cell.links[int(whole[1])], fields)
    for at, text in media:
        reader.body_line(text, cell, at, fields)
    return True


def _cell(
    reader: Reader,
    cell: Inline,
    role: str | None,
    roles: list[str | None],
    row: Block,
    fields: Fields,
    title_cell: Inline | None,
    way: SpeakersWay,
) -> Inline | None:
    """Read one cell of ``row``; the cell when it is (so far) the talk's title cell."""
    if role in ("other", "abstract", "profiles"):
        return None
    visible = cell.visible().strip()
    if not visible and not (role in ("slides", "video") and _icon_link(cell)):
        return None  # (a slides or video column's link may show its icon alone)
    if role in ("event", "kind", "organizations"):
        _field_cell(role, visible, fields)
        return None
    if role == "presenters":
        _presenters_cell(reader, cell, fields)
    elif role in ("speakers", "people"):
        _speakers_cell(reader, cell, visible, role, fields, way)
    elif role in ("slides", "video", "links"):
        return _media_cell(reader, cell, role, roles, row, fields, title_cell)
    elif role == "title" or (role == "text" and title_cell is None and "title" not in roles):
        return cell
    elif not is_when(visible):  # a column of text, or one no name or cell says
        return _text_cell(reader, cell, role, roles, fields, title_cell)
    return None


def _icon_link(cell: Inline) -> bool:
    """Whether a cell's one link, a picture alone, may be its media: not to a profile nor
    to a site's front page (``[![Twitter](tw.svg)](…/ann)``, an event's logo)."""
    if len(cell.links) != 1:
        return False
    href = cell.links[0].href.strip()
    return not is_profile_url(href) and not front_page(href)


def _text_cell(
    reader: Reader,
    cell: Inline,
    role: str | None,
    roles: list[str | None],
    fields: Fields,
    title_cell: Inline | None,
) -> Inline | None:
    """A cell of free text: its media links, its people; the cell where it is the first
    of its row, to be read as a talk's line."""
    text = cell.text
    if reader.media_only(text, cell, fields):
        return None
    if title_cell is not None or "title" in roles:
        reader.labelled_links(text, cell, fields)  # "[Slides](…) / [Code](…)"
    named = cell_names(reader, cell) if role is None and not fields.speakers else None
    if named:
        fields.add_people(*named)
    elif title_cell is None and "title" not in roles:
        return cell  # the first cell of free text: read as a talk's line
    return None


def _field_cell(role: str, visible: str, fields: Fields) -> None:
    """A cell of where the talk was given, of what it is, or of where its speakers work."""
    if role == "event":
        fields.evidence.add("event")  # where the talk was given: no title, no speaker
    elif role == "organizations":
        fields.add_people((), (Party(clean_text(visible)),))  # "Affiliation": where they work
    elif _WRITTEN_KIND.fullmatch(visible):
        fields.evidence.add("written")  # "| Blog |", "| Launch |": no talk
    elif (kind := " ".join(visible.casefold().split()).removesuffix(" talk")) in KIND_WORDS:
        fields.kind = kind  # "| Keynote |": its kind, if it is a talk (no evidence it is)


def _media_cell(
    reader: Reader,
    cell: Inline,
    role: str,
    roles: list[str | None],
    row: Block,
    fields: Fields,
    title_cell: Inline | None,
) -> Inline | None:
    """A cell of a column of slides, videos or links: its media; the cell, where it names
    the talk in a table with no column of titles (``Speaker | Slide Deck | Video``, ``Year
    | Presenter | Link``)."""
    line = row.start
    titled = title_cell is not None or {"title", "text"} & set(roles)
    if not titled and _of_presenters(row, roles) and _presents(reader, cell):
        return cell  # "paper：[Title](…)<br>video：[…](…)": the talk's title and its media
    if role == "links":
        reader.link_column(cell.text, cell, line, fields)
    else:
        reader.labelled_media(_other_media(reader, cell, role, fields), cell, role, line, fields)
    named = role != "video" and title_cell is None
    return cell if named and _deck_named(reader, cell.visible().strip(), role, roles) else None


def _other_media(reader: Reader, cell: Inline, role: str, fields: Fields) -> str:
    """A media column's cell without its links that name the other media, read as what they
    name (``[PDF](…) [Video](talk.mp4)`` in a column of slides: a deck and a recording),
    nor, in a column of slides, its links to posts (no deck, whatever the column says)."""
    other = "video" if role == "slides" else "slides"

    def read(found: re.Match[str]) -> str:
        link = cell.links[int(found[1])]
        if role == "slides" and is_post(link.href):
            return link.text  # "Title (blog form: [Toward v2](blog.…/toward-v2))": a post
        named = reader.link_role(link) == other  # "[Video](talk.mp4)", not "[Video](talk.pdf)"
        deck = other == "video" and is_deck_file(link.href)
        piece = reader.link_piece(link, other) if named and not deck else None
        if piece is None:
            return found[0]
        fields.media.append(piece)
        fields.evidence.add("media")
        return ""

    return SLOT.sub(read, cell.text)


def _deck_named(reader: Reader, visible: str, role: str, roles: list[str | None]) -> bool:
    """Whether a cell of slides or links names its talk (``[Forward Compatible
    Code](deck/)``, or the title alone where no deck is linked yet), in a table with no
    column of titles."""
    if {"title", "text"} & set(roles) or reader.media_role(visible) is not None:
        return False
    return len(visible.split()) >= 2 or (role == "slides" and _one_word_title(visible))


_PRODUCT_NAME = lazy(r"[A-Z][a-z]*[A-Z0-9][A-Za-z0-9]*")
"""One word written as a product's name, a capital or a digit inside it (``RobustIRC``,
``OpenZFS``, ``TinyGo``), not a plain word (``Thesis``, ``English``, ``Mirror``)."""


def _one_word_title(word: str) -> bool:
    """Whether a deck's link in a column of slides says one word that may be its talk's
    title (``[RobustIRC](…)``): a product's name, not where the link is or what it is."""
    folded = word.casefold()
    return bool(_PRODUCT_NAME.fullmatch(word)) and folded not in (
        HERE_WORDS | LINK_WORDS | PROVIDER_NAMES
    )


_CELL_DATE = lazy(r"\s+\d{1,2}/\d{1,2}/\d{2,4}\s*$")
"""A date after a title in its cell (``Soil and Stones 3/4/2031``)."""
_NAME_OF_ORG = lazy(
    r"\s*(?P<name>(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]*\.?){1,3})"
    r"\s+of\s+(?:the\s+)?(?P<org>[A-Z][^()]{2,120})"
)
"""A speakers' cell that names one person, then where she works after ``of`` (``Dr. Ann
Lee of the Harbor Institute, Oslo and Bergen``): the commas there are the place's."""


_OF_PARTS = lazy(r",|\s(?:and|with)\s|[&/\n]|\{\{")
"""What parts a place after ``of``: its other places (``…, Oslo and Bergen``), or more people."""
_RANKS = frozenset({
    "queen", "king", "bishop", "saint", "st", "pope", "lord", "lady", "prince", "princess",
    "duke", "duchess", "count", "sir", "developers", "team", "members", "friends", "staff",
})  # fmt: skip
"""Words of a name with ``of`` that is no person's and her place (``Mary Queen of Scots``,
``Core Developers of Django``)."""


def _one_person_of(name: str, org: str) -> bool:
    """Whether ``Name of Org`` names one person and where she works: a name in full, no
    rank, and no second person among the places after ``of`` (``Ann Lee of Acme, Bo
    Lind``, ``… and Cy Moe``)."""
    if not looks_like_name(name) or _RANKS & set(name.casefold().replace(".", " ").split()):
        return False
    if "\n" in org or "{{" in org:
        return False
    parts = [p.split(" of ")[0].strip() for p in _OF_PARTS.split(org)[1:]]
    return not any(len(p.split()) >= 2 and looks_like_name(p) for p in parts)


def _presenters_cell(reader: Reader, cell: Inline, fields: Fields) -> None:
    """A cell that says who led the session (``Discussion led by [Ann Lee](…)``): the
    people after those words, her link hers; a cell that names no one (``Group
    discussion``) gives none."""
    speakers, orgs = presenters(reader, cell) or ((), ())
    if speakers:
        fields.add_people(speakers, orgs)
        fields.explicit = True
        fields.evidence.update(("person", "label"))  # its words say who presented


def _without_decks(reader: Reader, cell: Inline, role: str, fields: Fields) -> str:
    """A speakers' cell without the decks linked beside the names (``Ann Lee
    ([slides](…))``), taken as the talk's (a video there may be hers: an interview); the
    cell as it is where there are none, or other media, or the column names no speakers."""
    text = cell.text
    if "\x00" not in text or role != "speakers" or reader.media_role(cell.visible()) is not None:
        return text
    decks = Fields()
    rest = reader.line_media(text, cell, decks)
    if not decks.media or any(p.media.kind != "slides" for p in decks.media):
        return text
    fields.media += decks.media
    fields.evidence.add("media")
    return rest


def _lines_people(reader: Reader, cell: Inline, per_line: bool) -> People | None:
    """The people of a speakers cell of lines: one to a line where the column names them
    so (``per_line``), else a name over her role or where she works."""
    return (per_line and people_per_line(reader, cell)) or cell_names(reader, cell)


_BRACKETED_AFTER = lazy(r"\s*\[[^\[\]\x00]{1,20}\]\s*$")
"""A remark in brackets after a speaker's name, no link (``Ann Lee [LP]``: where she came
from): no part of it (the line's last bracket only: ``[Ann Lee](…)`` is a link's slot)."""


def _speakers_cell(
    reader: Reader, cell: Inline, visible: str, role: str, fields: Fields, way: SpeakersWay
) -> None:
    """A cell of the speakers' column (``role`` "speakers": its label says so; "people": its
    cells do), read the way the column writes its people."""
    if way.with_orgs:
        speakers, orgs = people_with_orgs(reader, cell)
        fields.add_people(speakers, orgs)
        fields.explicit = True
        if speakers and role == "speakers":
            fields.evidence.add("person")
        return
    lines = _lines_people(reader, cell, way.per_line) if "\n" in cell.text else None
    text = _BRACKETED_AFTER.sub("", _without_decks(reader, cell, role, fields))
    visible = cell.visible(text).strip() if text != cell.text else visible
    of = _NAME_OF_ORG.fullmatch(visible) if " of " in visible and "\x00" not in text else None
    if of and _one_person_of(of["name"], of["org"]):  # "Dr. Ann Lee of the Harbor Institute"
        lines = ((Party(of["name"]),), (Party(of["org"].rstrip(" .")),))
    speakers, orgs = (
        lines
        or han_name_org_role(visible)
        or hangul_name_and_org(visible)  # "김민수, 해오름"
        or reader.column_people(text, cell)
    )
    if not speakers and role == "speakers" and "\x00" not in text:
        speakers, orgs = written_people(visible, orgs)  # "付国强": the column says who
    if way.linked_orgs and not orgs:
        speakers, orgs = people_from_linked_orgs(speakers)  # "[Ann Lee (Lumen)](her page)"
    if speakers:
        fields.add_people(speakers, orgs)  # a profile link is evidence of a person
        fields.explicit = True
        if role == "speakers":
            fields.evidence.add("person")  # so is the column's label


def _cut_title(fields: Fields, cell: Inline) -> str | None:
    """A title cell's words where its reading cut its title short with no one after it: a
    part it stresses (``**.NET 5, 6** for busy developers``), or names before it, unlinked
    (``**Azure DevOps**: release faster``); ``None`` for names after it (``Queues - Ann
    Lee``, ``Streams (with Bo Lind)``), which the title's column may give too."""
    whole = title_words(cell.text, cell)
    if not fields.title or fields.title == whole or any(p.url for p in fields.speakers):
        return None
    if fields.speakers:  # the names first, then the title
        return whole if whole.endswith(fields.title) else None
    return whole if whole.startswith(fields.title) else None


def _all_title(fields: Fields, title: str) -> None:
    """Read a row's title cell as all title, no one named in it."""
    fields.title = title
    fields.speakers, fields.organizations = [], []
    fields.evidence.discard("names")


def _own_talks_table(row: Block, roles: list[str | None]) -> bool:
    """Whether a row's one column of titles is named for titles alone (``Title``) beside a
    column of the events they were given at: a speaker's own list, which names no one (a
    program's ``Time | Title`` names its speakers after the title)."""
    columns = [n for n, role in enumerate(roles) if role == "title"]
    if len(columns) != 1 or columns[0] >= len(row.header):
        return False
    return titles_alone(row.header[columns[0]]) and any(map(names_events, row.header))


def _title_cell(reader: Reader, cell: Inline, line: int, fields: Fields) -> None:
    """A cell of free text: read as a talk's own line (title, people, media); a cell of
    lines (``<p>``, ``<br>``) as its first line and the lines under it (``Presented by …``)."""
    sub = Fields()
    lines = [(at, text) for at, text in cell.lines() if cell.visible(text).strip()]
    if len(lines) > 1:
        reader.title_line(lines[0][1], cell, sub, lines[0][0])
        under = Fields()
        for at, text in lines[1:]:
            reader.body_line(text, cell, at, under)
        sub.media += under.media
        if not sub.speakers and len(lines) == 2:
            _byline_under(reader, cell, lines[1], sub)
        if not sub.speakers:
            sub.add_people(under.speakers, under.organizations)
            sub.evidence |= under.evidence & {"person", "label"}
    else:
        reader.title_line(cell.text, cell, sub, line)
    fields.title = sub.title
    fields.media += sub.media
    fields.evidence |= sub.evidence
    if not fields.speakers:
        fields.add_people(sub.speakers, sub.organizations)


def _lists_items(reader: Reader, cell: Inline) -> bool:
    """Whether a cell lists two linked items or more, one to a line (``- [Title](…)<br>
    - [Title](…)``): in a cell of titles, several talks in one row (an event's), no one
    talk (a cell of speakers or of material, ``- [Slides](…)<br>- [Video](…)``, lists
    them as a panel's or a talk's)."""
    listed = [line for _, line in cell.lines() if _CELL_BULLET.match(line)]
    titles = [n for line in listed for n in SLOT.findall(line)[:1]]
    return len(titles) >= 2 and not any(reader.link_role(cell.links[int(n)]) for n in titles)


def _byline_under(reader: Reader, cell: Inline, line: tuple[int, str], fields: Fields) -> None:
    """A cell's second line that gives the title again with its speakers, each in full,
    and their organization or a title of five words or more (``快闪演讲：谁是Envoy<br>
    Lightning Talk: Who is Envoy - Harvey Tuch, Google``: the title, then in another
    language with its byline): the talk's speakers."""
    again = Fields()
    reader.title_line(line[1], cell, again, line[0])
    long_title = len(again.title.split()) >= 5 and not looks_like_name(again.title)
    if not again.title or not (again.organizations or long_title):
        return  # "Ann Lee - Northwind Bank", "Beginner Track - Room Orion": no title again
    people = again.speakers
    if people and all(p.in_full and not PROGRAM_PLACE.search(p.name) for p in people):
        fields.add_people(people, again.organizations)  # "- Main Hall": where, no one


def titles_alike(reader: Reader, rows: list[Unit], roles: list[str | None]) -> None:
    """A column writes its cells alike: in a table whose column of titles is named and no
    column names the speakers, where most titles name no one, the unlinked "people" a few
    of them seem to end with are words of the title (``*DevFest 2020 - Serverless
    Workflows*``, ``*Containers, Kubernetes and Service Mesh*``)."""
    if "title" not in roles or {"speakers", "people"} & set(roles) or len(rows) < _ALIKE:
        return
    column = roles.index("title")
    named = [u for u in rows if u.fields.speakers or u.fields.organizations]
    if len(named) * 4 > len(rows):
        return
    for unit in named:
        fields, cells = unit.fields, unit.block.cells
        linked = any(p.url for p in (*fields.speakers, *fields.organizations))
        if linked or column >= len(cells):
            continue
        cell = cells[column]
        text = reader.without_media_links(cell.text, cell)
        _all_title(fields, clean_text(cell.visible(text)).rstrip(" " + SEPARATORS))
