"""How a table's speakers column writes its people, where one cell says so for every cell:
each speaker's organization after her name, people apart by semicolons (``Ann Lee, Acme Labs;
Bo Lind, Red Hat``), or one person to a line (``Ann Lee<br>Bo Lind``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .affiliations import name_and_parentheses
from .fields import People
from .inline import Inline
from .model import Party
from .names import DEGREES, TITLES, acronym_org, clean_text, is_org_name, is_role
from .paren_remarks import is_affiliation

if TYPE_CHECKING:
    from .blocks import Block
    from .body import Reader


@dataclass(frozen=True)
class SpeakersWay:
    """How a table's speakers column writes its people, said by some of its cells for all."""

    with_orgs: bool = False
    """Each speaker with where she works, people apart by semicolons (:func:`_names_with_orgs`)."""
    per_line: bool = False
    """One speaker to a line (:func:`_names_per_line`)."""
    linked_orgs: bool = False
    """Each speaker linked as ``[Ann Lee (Lumen)](…)``, the parentheses her organization
    (:func:`_links_give_orgs`)."""


def speakers_way(reader: Reader, rows: list[Block], roles: list[str | None]) -> SpeakersWay:
    """How the speakers column of a table whose columns play ``roles`` writes its people."""
    return SpeakersWay(
        with_orgs=_names_with_orgs(rows, roles),
        per_line=_names_per_line(reader, rows, roles),
        linked_orgs=_links_give_orgs(rows, roles),
    )


def _names_with_orgs(rows: list[Block], roles: list[str | None]) -> bool:
    """Whether a table's speakers column names each speaker with where she works, people
    apart by semicolons (``Ann Lee, Acme Labs; Bo Lind, Red Hat``), in one cell at least."""
    return any(
        len(parts := cell.text.split(";")) >= 2
        and all(_name_then_org(part, cell) for part in parts)
        for cell in _speaker_cells(rows, roles)
        if ";" in cell.text
    )


def _links_give_orgs(rows: list[Block], roles: list[str | None]) -> bool:
    """Whether a table's speakers column links each speaker by her name and where she works
    in parentheses (``[Ann Lee (Lumen)](her page)``), in two cells at least and in most of
    those that link one person, one of them an organization's name by its words (``ETH``,
    ``Acme GmbH``; a column of cities or nicknames shows none), and no column of
    organizations gives them: the parentheses are her organization there."""
    if "organizations" in roles:
        return False
    linked = [cell for cell in _speaker_cells(rows, roles) if len(cell.links) == 1]
    orgs = [org for cell in linked if (org := _linked_org(cell)) is not None]
    shown = any(is_org_name(org) or acronym_org(org.split()[0]) for org in orgs)
    return shown and len(orgs) >= 2 and len(orgs) * 3 >= len(linked) * 2


def _linked_org(cell: Inline) -> str | None:
    """The organization a cell's one link gives after a name (``[Ann Lee (Lumen)](…)``)."""
    text = cell.links[0].text.strip()
    parts = _name_and_org(text) if cell.visible().strip() == text else None
    return parts[1] if parts else None


def _name_and_org(text: str) -> tuple[str, str] | None:
    """A person named in full and where she works, in parentheses after her name
    (:func:`~mkdocs_roundup.affiliations.name_and_parentheses`,
    :func:`~mkdocs_roundup.paren_remarks.is_affiliation`); ``None`` for any other text."""
    parts = name_and_parentheses(text.strip())
    if parts is None:
        return None
    name, org = parts[0].strip(), parts[1].strip()
    return (name, org) if len(name.split()) >= 2 and is_affiliation(org) else None


def people_from_linked_orgs(speakers: tuple[Party, ...]) -> People:
    """Speakers read from links named ``Ann Lee (Lumen)`` (:func:`_links_give_orgs`): each
    person by her name, with her link, and where she works (:func:`_name_and_org`)."""
    people: list[Party] = []
    orgs: list[Party] = []
    for person in speakers:
        parts = _name_and_org(person.name)
        if parts is None:
            people.append(person)
            continue
        people.append(Party(parts[0], person.url, person.role))
        if (org := Party(parts[1])) not in orgs:
            orgs.append(org)
    return tuple(people), tuple(orgs)


def _speaker_cells(rows: list[Block], roles: list[str | None]) -> list[Inline]:
    """The cells of a table's speakers columns (named so, or read so from their cells)."""
    columns = [n for n, role in enumerate(roles) if role in ("speakers", "people")]
    return [row.cells[n] for row in rows for n in columns if n < len(row.cells)]


def _names_per_line(reader: Reader, rows: list[Block], roles: list[str | None]) -> bool:
    """Whether a table's speakers column names one person to a line (``Ann Lee<br>Bo Lind``),
    as one cell at least shows (:func:`_shows_people`). A name over one line more (``Ann
    Lee<br>Acme Labs``) is otherwise a name over where she works."""
    cells = _speaker_cells(rows, roles)
    return any(_shows_people(cell, _person_lines(reader, cell)) for cell in cells)


def _shows_people(cell: Inline, lines: list[tuple[str, Party]] | None) -> bool:
    """Whether a cell's lines are people, one to a line, by themselves: three or more, each
    a full name, or a line after the first that opens with an academic title (``Ann
    Lee<br>Prof. Bo Lind``)."""
    if not lines:
        return False
    return len(lines) >= 3 or any(
        TITLES.match(cell.visible(line).lstrip()) for line, _ in lines[1:]
    )


def people_per_line(reader: Reader, cell: Inline) -> People | None:
    """The people of a cell of a column that names one to a line (:func:`_names_per_line`);
    ``None`` where a line names no one person in full (``Ann Lee<br><small>CTO,
    Acme</small>``). A cell of two names that does not show it itself (``Ann Lee<br>Goldman
    Sachs``: a firm's name may read as a person's) names the first alone."""
    lines = _person_lines(reader, cell)
    if lines is None:
        return None
    named = lines if _shows_people(cell, lines) else lines[:1]
    return tuple(person for _, person in named), ()


def _person_lines(reader: Reader, cell: Inline) -> list[tuple[str, Party]] | None:
    """The lines of a cell of two or more, each with the one person it names in full (and
    no organization); ``None`` for any other cell."""
    if "\n" not in cell.text:
        return None
    lines = [line for line in cell.text.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    people = []
    for line in lines:
        named = reader.only_names(line, cell)
        if not named or len(named[0]) != 1 or named[1]:
            return None
        person = named[0][0]
        if " " not in person.name or is_org_name(person.name, reader.known_orgs):
            return None
        people.append((line, person))
    return people


def _name_then_org(part: str, cell: Inline) -> bool:
    """``Ann Lee, Acme Labs``: a full name, a comma, where she works."""
    name, comma, org = part.partition(",")
    words = cell.visible(name).split()
    return bool(comma and org.strip()) and "," not in org and 2 <= len(words) <= 5


def people_with_orgs(reader: Reader, cell: Inline) -> People:
    """The people of a cell of a column that names each one's organization after her name
    (:func:`_names_with_orgs`): ``Ann Lee, Acme Labs; Bo Lind``."""
    speakers: list[Party] = []
    orgs: list[Party] = []
    parts = cell.text.split(";")
    for part in parts:
        name, _, org = part.partition(",")
        organization = clean_text(cell.visible(org)).strip()
        # "Cleo Marsh, Ema Sol" in a cell of its own: two people, as a column without
        # semicolons reads them; "Ann Lee, MD", "Ann Lee, Staff Nurse": her degree, her role
        alone = len(parts) == 1 and len(organization.split()) > 1
        if (
            not _name_then_org(part, cell)
            or alone
            or organization.casefold().strip(". ") in DEGREES
        ):
            named = reader.column_people(part, cell)
            speakers += named[0]
            orgs += named[1]
            continue
        speakers += reader.column_people(name, cell)[0]
        if not is_role(organization) and all(o.name != organization for o in orgs):
            orgs.append(Party(organization))
    return tuple(speakers), tuple(orgs)
