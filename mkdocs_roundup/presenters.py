"""A speakers column that names each speaker's organization after her name, people apart by
semicolons (``Ann Lee, Acme Labs; Bo Lind, Red Hat``): where one cell of the column is so
written, every cell is read so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .fields import People
from .inline import Inline
from .model import Party
from .names import DEGREES, clean_text, is_role

if TYPE_CHECKING:
    from .blocks import Block
    from .body import Reader


def names_with_orgs(rows: list[Block], roles: list[str | None]) -> bool:
    """Whether a table's speakers column names each speaker with where she works, people
    apart by semicolons (``Ann Lee, Acme Labs; Bo Lind, Red Hat``), in one cell at least."""
    columns = [n for n, role in enumerate(roles) if role in ("speakers", "people")]
    return any(
        len(parts := cell.text.split(";")) >= 2
        and all(_name_then_org(part, cell) for part in parts)
        for row in rows
        for n in columns
        if n < len(row.cells) and ";" in (cell := row.cells[n]).text
    )


def _name_then_org(part: str, cell: Inline) -> bool:
    """``Ann Lee, Acme Labs``: a full name, a comma, where she works."""
    name, comma, org = part.partition(",")
    words = cell.visible(name).split()
    return bool(comma and org.strip()) and "," not in org and 2 <= len(words) <= 5


def people_with_orgs(reader: Reader, cell: Inline) -> People:
    """The people of a cell of a column that names each one's organization after her name
    (:func:`names_with_orgs`): ``Ann Lee, Acme Labs; Bo Lind``."""
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
