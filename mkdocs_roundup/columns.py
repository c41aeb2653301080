"""What each column of a table holds: by its name (:mod:`.column_names`), else by what
most of its cells say (a column writes its cells alike): a date or a time, a length, media,
linked people, names, or text; beside titles in a dated table, the events the talks were
given at.
"""

from __future__ import annotations

import re

from .at_events import event_of_year_named, names_event
from .blocks import Block
from .body import Reader
from .column_names import named_roles, names_abstracts, names_authors, names_events, presents
from .fields import People
from .inline import Inline, Link
from .labels import DATE_CELL, YEAR
from .link_targets import front_page
from .patterns import lazy
from .profiles import is_person_url, is_profile_url

_TIME_CELL = lazy(
    r"\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[-–—~]\s*\S*)?(?:\s*[ap]\.?m\.?)?$", re.I
)
"""A cell that holds a time or a time slot (``16.00-18.00``, ``9:30 am``, ``9:10 AM - 9:35
AM``): when, never what."""
_LENGTH_CELL = lazy(
    r"\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|std\.?|m|mins?\.?|minutes?|minuten|s|secs?|分|分钟|時間)"
    r"(?:\s*\d+\s*(?:m|mins?\.?|minutes?|minuten|s|secs?|分|分钟))?",
    re.I,
)
"""A cell that says how long (``1h 30m``, ``45 min``, ``8.5h``): no title, no one."""
_NUMBER_CELL = lazy(r"(?:#|no\.\s*)\d{1,3}|\d{1,3}(?:st|nd|rd|th)", re.I)
"""A cell that numbers its row (``3rd``, ``#3``, ``No. 3``; a bare number may count):
which, never what."""
_EVENT_CELL = lazy(r"\s*\x00(?P<n>\d+)\x00\s*(?:\([^()\x00]{1,30}\))?\s*")
"""``[Harbor Days](https://harbor.example/) (internal)``: one link, and a remark on it."""


_TITLE_WORDS = 15
"""The most words a cell of a column named for abstracts has where it holds titles."""


def column_roles(reader: Reader, rows: list[Block], dated_table: bool) -> list[str | None]:
    """What each column of a table holds: by its name, else by what most of its cells say
    (a column writes its cells alike). A column of linked people is the speakers' (else a
    column of names); beside it, a column of text and names is one of titles, never read
    for names ("Caching & Queues" is a title there). In a table that gives dates
    (``dated_table``, :func:`~mkdocs_roundup.rows.dated`), a column may be the events' the talks were given at."""
    header = rows[0].header if rows else []
    width = max((len(r.cells) for r in rows), default=0)
    roles = named_roles(reader, header, width)
    _presenters_beside_authors(reader, rows, header, roles)
    _presented_titles(rows, header, roles)
    _titled_events(rows, header, roles)
    if dated_table:
        _abstract_titles(rows, header, roles)
    kinds = {
        column: [
            k for r in rows if column < len(r.cells) and (k := cell_kind(reader, r.cells[column]))
        ]
        for column, role in enumerate(roles)
        if role is None
    }
    kinds = {column: found for column, found in kinds.items() if len(found) >= 2}
    _length_columns(roles, kinds)
    _constant_columns(roles, rows)
    named = {"speakers", "presenters"} & set(roles)
    if not named:  # a column named for the speakers (or whose cells say so) says who speaks
        _people_columns(roles, kinds)
    beside = "people" in roles or bool(named)
    for column, found in kinds.items():
        if roles[column] is None and _most(
            found, ("text", "names", "person") if beside else ("text",)
        ):
            roles[column] = "text"
    if rows and not {"people", "speakers", "presenters"} & set(roles) and dated_table:
        _event_column(reader, rows, roles)
    return roles


def _length_columns(roles: list[str | None], kinds: dict[int, list[str]]) -> None:
    """Columns most of whose cells say how long (``| 1h 30m |``) or number the rows (``|
    3rd |``): no title, no one."""
    for column, found in kinds.items():
        if _most(found, ("length",)) or _most(found, ("number",)):
            roles[column] = "other"


_PRESENTER_SAID = lazy(
    r"(?:\b(?:led|presented)\s+by|^\s*(?:speakers?|presenters?)\s*:)\s*(?P<names>\S.*)$",
    re.I | re.S,
)
"""Words of a cell that say who presented (``Discussion led by Ann Lee``, ``Speaker: Ann
Lee``), then the names (not who hosted or moderated: a slot's)."""


def _presenters_beside_authors(
    reader: Reader, rows: list[Block], header: list[str], roles: list[str | None]
) -> None:
    """A reading group's ``Paper | Authors | Format``, whose format's cells say who led each
    session and name only them, in full (``Discussion led by Ann Lee``, ``Speaker: Bo
    Lind``; not ``Presented by the first author``), two or more: that column names the
    speakers, the authors none (they wrote what is read)."""
    authors = [n for n, name in enumerate(header[: len(roles)]) if names_authors(name)]
    if not authors or any(r == "speakers" for n, r in enumerate(roles) if n not in authors):
        return
    for column in range(len(roles)):
        if column in authors:
            continue
        cells = [r.cells[column] for r in rows if column < len(r.cells)]
        if sum(1 for cell in cells if _names_presenters(reader, cell)) >= 2:
            roles[column] = "presenters"
            for author in authors:
                roles[author] = "other"
            return


def presenters(reader: Reader, cell: Inline) -> People | None:
    """The people a cell says led or presented the session (``Discussion led by [Ann
    Lee](…)``, ``Speaker: Bo Lind``), their links theirs; ``None`` where it says no one."""
    found = _PRESENTER_SAID.search(cell.text)
    return reader.only_names(found["names"], cell, speaking=True) if found else None


def _names_presenters(reader: Reader, cell: Inline) -> bool:
    """Whether a cell says who presented and names only them, in full."""
    named = presenters(reader, cell)
    return bool(named and named[0] and all(p.in_full for p in named[0]))


def _presented_titles(rows: list[Block], header: list[str], roles: list[str | None]) -> None:
    """A reading group's ``Presenter | Paper``: beside a column of presenters and none of
    titles, a column of what is presented holds the titles, where most of its cells say
    more than a word (``[arXiv](…)``, ``yes``: a link's label, a mark), of those that say
    anything (a schedule's rows to come leave it empty)."""
    if "title" in roles or not {"speakers", "presenters"} & set(roles):
        return
    for column, name in enumerate(header[: len(roles)]):
        if not presents(name):
            continue
        cells = [r.cells[column].visible().split() for r in rows if column < len(r.cells)]
        cells = [words for words in cells if words]
        if sum(1 for words in cells if len(words) >= 2) * 2 > len(cells):
            roles[column] = "title"


def _abstract_titles(rows: list[Block], header: list[str], roles: list[str | None]) -> None:
    """A seminar's ``Date | Speaker | Abstract`` (a dated table): beside a column of
    speakers and none of titles, a column named ``Abstract`` holds the titles, where most of
    its cells are a title's few words (``Why Categories at All?``), not sentences (one that
    ends with a period) nor paragraphs; a ``Description`` or a ``Summary`` stays one (a
    calendar's, a list of changes')."""
    if "title" in roles or "speakers" not in roles or roles.count("abstract") != 1:
        return
    column = roles.index("abstract")
    if column >= len(header) or not names_abstracts(header[column]):
        return
    cells = [r.cells[column].visible().strip() for r in rows if column < len(r.cells)]
    titled = [c for c in cells if 2 <= len(c.split()) <= _TITLE_WORDS and not c.endswith(".")]
    if len(titled) * 2 > len(cells):
        roles[column] = "title"


def _titled_events(rows: list[Block], header: list[str], roles: list[str | None]) -> None:
    """A group's ``Date | Speaker | Event``: beside a column of speakers and none of titles,
    a column of events that names none (no year, no word of an event's: each row one
    evening, named for its talk, linked to its own page) holds the titles, where its cells,
    three or more, each one link, differ and most say three words or more, in a table of
    the talks' material (a column of slides, videos or links)."""
    if "title" in roles or "speakers" not in roles:
        return
    if not {"slides", "video", "links"} & set(roles):
        return  # a speaker's calendar of events, no talk's material: no titles there
    for column, name in enumerate(header[: len(roles)]):
        cells = [r.cells[column] for r in rows if column < len(r.cells)]
        if names_events(name) and _evenings_named_for_talks(cells):
            roles[column] = "title"
            return


def events_titled(reader: Reader, rows: list[Block], roles: list[str | None]) -> int | None:
    """A project's table of where it was presented (``| 2031-02-03 | Harbor Conf 2031 |
    [Video](…) |``), on a page that lists talks given: no column of titles or of people,
    one of media, and one whose cells, three or more, all different, mostly name an event
    by its year in a few words: the column of the events that name the talks."""
    if not reader.talks_listed or {"title", "speakers", "presenters", "people"} & set(roles):
        return None
    if not {"slides", "video", "links"} & set(roles):
        return None
    for column, role in enumerate(roles):
        if role not in (None, "other", "text"):
            continue
        cells = [r.cells[column].visible().strip() for r in rows if column < len(r.cells)]
        said = list(filter(None, cells))
        events = [w for w in said if event_of_year_named(w)]
        if len(said) >= 3 and len(set(said)) == len(said) and len(events) * 2 > len(said):
            return column
    return None


def _evenings_named_for_talks(cells: list[Inline]) -> bool:
    """Whether a column's cells, three or more, each link its own page (``…/events/301/``),
    all different, none naming an event (no year, no event's word), most in three words or
    more: evenings named for their talks."""
    named = [c for c in cells if c.visible().strip()]
    said = [c.visible().strip() for c in named]
    pages = {c.links[0].href for c in named if len(c.links) == 1}
    if len(said) < 3 or len(set(said)) < len(said) or len(pages) < len(said):
        return False
    if any(YEAR.search(t) or names_event(t) for t in said):
        return False
    return sum(1 for t in said if len(t.split()) >= 3) * 2 > len(said)


def _constant_columns(roles: list[str | None], rows: list[Block]) -> None:
    """Columns no name gives a role whose cells, three or more, all say the same words and
    link nothing (``| 10:00 | bis | 11:50 |``: a word between two times): no title, no one
    (``[Link](…)`` in each, to a different place, is the column's media)."""
    for column, role in enumerate(roles):
        if role is not None:
            continue
        cells = [r.cells[column] for r in rows if column < len(r.cells)]
        if any(c.links for c in cells):
            continue
        said = [words for c in cells if (words := c.visible().strip())]
        if len(said) >= 3 and len(set(said)) == 1:
            roles[column] = "other"


def _event_column(reader: Reader, rows: list[Block], roles: list[str | None]) -> None:
    """In a dated table with no speakers' column, the column no name gives a role whose
    cells each link a site (to no profile, no media), most of them an event's (its front
    page, or a page named for an event by its words) and few of them named like people,
    beside a column of titles: the events the talks were given at (``| 3 May 2024 |
    [Harbor Days](https://harbor.example/) | Title |``)."""
    for column, role in enumerate(roles):
        others = {r for n, r in enumerate(roles) if n != column}
        if role not in (None, "text") or not {"title", "text"} & others:
            continue
        if _links_events(reader, [r.cells[column] for r in rows if column < len(r.cells)]):
            roles[column] = "event"
            return


def _links_events(reader: Reader, cells: list[Inline]) -> bool:
    """Whether a column's cells each link a site, three or more, most of them an event's,
    few of them named like people (``[Ann Lee](https://ann.example/)``)."""
    links = [_event_link(reader, c) for c in cells if c.visible().strip()]
    sites = [link for link in links if link is not None]
    if len(sites) < 3 or len(sites) < len(links):
        return False
    named = sum(1 for c in cells if cell_names(reader, c))
    if named * 3 > len(sites):
        return False
    homes = sum(1 for link in sites if front_page(link.href) or names_event(link.text))
    return homes * 2 > len(sites)


def _event_link(reader: Reader, cell: Inline) -> Link | None:
    """The link a cell holds when it is all the cell says (but a remark in parentheses):
    a site's, not a person's profile nor a talk's media, named in a few words."""
    found = _EVENT_CELL.fullmatch(cell.text)
    link = cell.links[int(found["n"])] if found else None
    if link is None or link.images or not 0 < len(link.text.split()) <= 4:
        return None
    if not link.href.startswith(("http://", "https://")) or is_profile_url(link.href):
        return None
    return None if reader.player_piece(link, files=True) else link


def _people_columns(roles: list[str | None], kinds: dict[int, list[str]]) -> None:
    """The columns whose cells say they are the speakers': those of linked people, else
    those of names."""
    for evidence in (("person",), ("person", "names")):
        for column, found in kinds.items():
            if _most(found, evidence):
                roles[column] = "people"
        if "people" in roles:
            return


def _most(kinds: list[str], wanted: tuple[str, ...]) -> bool:
    """Whether most of a column's cells are of the ``wanted`` kinds."""
    return sum(kinds.count(k) for k in wanted) * 2 > len(kinds)


def cell_names(reader: Reader, cell: Inline) -> People | None:
    """The people a cell names: all of it, or its first line when the lines under it give
    their role (``Ann Lee<br><small>Head of Sales, Acme</small>``), their organization
    named last."""
    named = reader.only_names(cell.text, cell)
    if named or "\n" not in cell.text:
        return named
    first, _, rest = cell.text.partition("\n")
    return reader.named_then_role(first, rest, cell)


def is_when(visible: str) -> bool:
    """Whether a cell holds a date or a time: when, never what."""
    return bool(DATE_CELL.match(visible) or _TIME_CELL.match(visible))


def cell_kind(reader: Reader, cell: Inline) -> str:
    """What one cell says: nothing, a date, a length, media links, linked people, names, or
    text."""
    visible = cell.visible().strip()
    if not visible:
        return ""
    if is_when(visible):
        return "date"
    if _LENGTH_CELL.fullmatch(visible):
        return "length"
    if _NUMBER_CELL.fullmatch(visible):
        return "number"
    if reader.is_media_field(cell.text, cell):
        return "media"
    named = cell_names(reader, cell)
    if not named:
        return "text"
    return "person" if any(p.url and is_person_url(p.url) for p in named[0]) else "names"
