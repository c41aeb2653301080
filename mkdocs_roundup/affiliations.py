"""Where a speaker works, as written after her name: an organization in parentheses (``Ann Lee
(Harbor Group)``), after a role (``CTO at Acme``), shared by the names before it (``(both
Acme)``), several in capitals (``LORIA, CNRS``), or after a dash and her roles (``Ann Lee —
CTO, Acme``).
"""

from __future__ import annotations

import re

from .fields import People
from .honorifics import honored_name
from .labels import COUNTRY_END
from .model import Party
from .names import (
    DEGREES,
    acronym_org,
    ends_legal_form,
    is_legal_form,
    is_org_name,
    is_role,
    looks_like_name,
    names_no_org_acronym,
)
from .paren_remarks import names_no_org
from .patterns import lazy

PAREN_ORG = lazy(r"^(?P<name>[^()]+?)\s*\((?P<org>[^()]+)\)$")


def name_parts(label: str) -> tuple[str, str, str | None]:
    """A link's text that says where its person works or her degree after her name
    (``Ann Lee (Harbor Group)``, ``Ann Lee, PhD``): the name, the organization, the degree.
    What the parentheses hold must read as an organization's name (a company's form,
    ``Acme GmbH``, or a word organizations are named with, ``Harbor Labs``), no role, no
    pronouns (``she/her``), and in the name's script (``Xuan Huang (黄玄)``: her name in
    another script); other words (``Berlin``, ``New York``, ``Guest Speaker``) may be
    anything."""
    paren = name_and_parentheses(label)
    if paren and looks_like_name(paren[0]) and _org_in_parentheses(paren[1]):
        return paren[0].strip(), paren[1].strip(), None
    name, comma, after = label.rpartition(",")
    if comma and after.strip().casefold().rstrip(".") in DEGREES and looks_like_name(name):
        return name.strip(), "", after.strip()
    return honored_name(label) or label, "", None  # "[김민수님](…)": 김민수, honored


_ORG_WORDS = frozenset({
    "lab", "group", "team", "company", "corp", "systems", "software", "technologies",
    "solutions", "consulting", "studio", "studios", "collective", "community", "ladies",
})  # fmt: skip
"""Words that make a name in parentheses an organization's (``Harbor Group``, ``R-Ladies
Rome``), beside an institution's that :func:`~mkdocs_roundup.names.is_org_name` knows
(``Harbor Labs``); not a place's or a role's (``New York``, ``Guest Speaker``)."""

_ORG_WORD_SPLIT = lazy(r"[\s-]+")

_COUNTRY_CODES = (
    "AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ "
    "CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI "
    "FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HK HN HR HT HU ID IE IL IN IQ IR IS IT "
    "JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME "
    "MG MH MK ML MM MN MO MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG "
    "PH PK PL PR PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST "
    "SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG UK US UY UZ VA VC VE VN VU WS "
    "YE ZA ZM ZW"
)

_COUNTRIES = frozenset(_COUNTRY_CODES.split())
"""Countries' codes (ISO 3166, and ``UK``): not two letters a company goes by (``HP``)."""

_SHARED = lazy(
    r"^(?:both|all(?:\s+(?:two|three|four))?|beide|alle|tou(?:s|tes)(?:\s+(?:deux|les\s+deux))?|"
    r"amb[oa]s|tod[oa]s|entrambi|tutti)\s+(?:(?:from|at|of|von|bei|de|da|di)\s+)?(?=\S)"
)
"""A word in lower case that says the organization after it is all the speakers' (``(both
Acme)``; ``All Things Open`` is a name)."""


def shared_org(org: str, speakers: int) -> str:
    """An organization in parentheses, after two names or more without the word that says
    it is theirs (``both Acme``: Acme), and without its country's code."""
    return without_country(_SHARED.sub("", org, count=1) if speakers > 1 else org)


def without_country(org: str) -> str:
    """An organization without the code of its country after it (``(KTH, SE)``: KTH);
    a legal form written so stays (``Acme, AG``), and so does a second organization of two
    letters no country has (``Northwind, HP``)."""
    found = COUNTRY_END.search(org)
    if found is None or found[1] not in _COUNTRIES or is_legal_form(found[1]):
        return org
    return org[: found.start()].rstrip()


def _org_in_parentheses(text: str) -> bool:
    """Whether a link's words in parentheses after a name read as an organization's: a
    company's form, or a word organizations are named with."""
    if names_no_org(text) or "/" in text or is_role(text):
        return False
    words = {w.strip(".,").casefold() for w in _ORG_WORD_SPLIT.split(text)}
    return is_org_name(text) or bool(words & _ORG_WORDS)


def name_and_parentheses(label: str) -> tuple[str, str] | None:
    """A name and what parentheses after it hold, written in the name's script (``Ann Lee
    (Harbor Group)``; not ``Xuan Huang (黄玄)``, her name in another script); ``None`` for
    any other text. Whether the parentheses name where she works, the caller judges."""
    paren = PAREN_ORG.match(label) if label.endswith(")") else None
    if paren is None or not _same_script(paren["name"], paren["org"]):
        return None
    return paren["name"], paren["org"]


_ORG_ACRONYM = lazy(r"[A-Z][A-Z0-9-]*[A-Z0-9](?:\s+[A-Z][A-Z0-9-]+)?")
"""An organization written in capitals (``CNRS``, ``FEMTO-ST``, ``CEA LIST``)."""

_ROLE_IN = lazy(r"(?P<role>[^()]+?)\s+(?:at|@|en|bei|chez|presso|na|no|em)\s+(?P<org>[A-Z][^()]*)")
"""What she does, then where, in any of a few languages (``Dev en Coinscrap``, ``CTO bei
Acme``)."""


def org_of_role(words: str) -> str:
    """The organization words in parentheses after a name give, after what she does there
    (``(CTO at Acme)``: Acme); the words as written else."""
    found = _ROLE_IN.fullmatch(words)
    return found["org"] if found and is_role(found["role"]) else words


def org_list(org: str) -> list[str]:
    """The organizations words in parentheses after a name list: two or more written in
    capitals or named as institutes, apart by commas or dashes (``LORIA, CNRS``, ``LPSM,
    Sorbonne Université``, ``IPS2 - Université Paris``), after her role maybe (``Senior
    Researcher, INRAE``), or joined by ``and`` where one is (``Princeton and IAS``); else the
    words as one (``Acme, Oslo``: where she works, then where)."""
    for cut in (", ", " - "):  # "LPSM, Sorbonne Université"; "IPS2 - Université Paris"
        if (listed := _listed_parts(org, cut)) is not None:
            return listed
    parts = [p.strip() for p in org.split(" and ")]
    if len(parts) == 2 and any(map(_org_acronym, parts)):
        named = all(p[:1].isupper() and not names_no_org_acronym(p) for p in parts)
        return parts if named else [org]
    parts = org.split("/")
    capitals = len(parts) == 2 and all(p[:1].isupper() and p == p.strip() for p in parts)
    if capitals and any(map(_INSTITUTION.search, parts)) and not any(map(is_role, parts)):
        return parts  # "DIKU/University of Copenhagen": a department, its university
    return [org]


def _listed_parts(org: str, cut: str) -> list[str] | None:
    """The organizations of words apart by ``cut``, each in capitals or named as an
    institute, after her role maybe (``Senior Researcher in Statistics, INRAE``)."""
    parts = [p.strip() for p in org.split(cut)]
    while len(parts) > 1 and is_role(parts[0]):
        parts.pop(0)  # her role, then where
    if len(parts) > 1 and all(_org_acronym(p) or _INSTITUTION.search(p) for p in parts):
        return parts
    return parts if len(parts) == 1 and parts[0] != org and org_like(parts[0]) else None


_INSTITUTION = lazy(
    r"\b(?:Universit\w*|Institut\w*|College|Hochschule|École|Academy|Akademie|Faculty|"
    r"Fakultät|Facultad)\b"
)
"""Words of a university or an institute, one side of a department's affiliation written
with a slash (``DIKU/University of Copenhagen``; not ``CI/CD Team``, ``AC/DC Labs``)."""


def holds_org_acronym(text: str) -> bool:
    """Whether an affiliation's words hold an organization in capitals (``INRA/Rennes``,
    ``Senior Researcher, INRAE``; not ``CEO``, ``USA``)."""
    return any(map(_org_acronym, _ACRONYM_APART.split(text)))


_ACRONYM_APART = lazy(r"[\s,;/()]+")
"""What stands between the words of an affiliation."""


def _org_acronym(words: str) -> bool:
    """Whether words are an organization's in capitals (``CNRS``, ``CEA LIST``): no role's,
    degree's, country's or placeholder's (:func:`~mkdocs_roundup.names.names_no_org_acronym`)."""
    return bool(_ORG_ACRONYM.fullmatch(words)) and not any(map(names_no_org_acronym, words.split()))


def _same_script(name: str, org: str) -> bool:
    """Whether an organization in parentheses is written in a name's script (both with
    Latin letters, or neither)."""
    return any(c.isascii() and c.isalpha() for c in name) == any(
        c.isascii() and c.isalpha() for c in org
    )


def named_then_affiliation(dashed: re.Match[str], before: People | None) -> People | None:
    """``Ann Lee — Senior Vice-President, Corporate Strategy, Harbor Airlines``: people
    named in full (``before``: what the words before the dash name), an em or en dash, then
    what they do and where: the organizations (:func:`affiliation_orgs`), no one more."""
    if not before or before[1] or not all(p.in_full for p in before[0]):
        return None
    orgs = affiliation_orgs(dashed["rest"])
    return None if orgs is None else (before[0], orgs)


def affiliation_orgs(rest: str) -> tuple[Party, ...] | None:
    """The organizations of ``Senior Vice-President, Corporate Strategy, Harbor Airlines``:
    after the roles (and a department's words between a role and the organizations), each
    part an organization, a last word alone the place of the one before it (``University of
    California, Davis``); none where a part left is no organization by its words (``Founder
    of Zipcar``, ``Washington, DC``: nothing to be sure of). ``None`` where the words after
    the dash are no affiliation: no role first, and not all organizations (a title, a room,
    a day, a co-speaker: ``Ann Lee – Building Queues at Scale``)."""
    parts = _comma_parts(rest)
    if not parts or not (is_role(parts[0]) or all(map(org_like, parts))):
        return None
    while parts and is_role(parts[0]):
        parts.pop(0)
        while len(parts) > 1 and not org_like(parts[0]):
            parts.pop(0)  # "…, Corporate Strategy, Harbor Airlines": her department
    orgs: list[str] = []
    for part in parts:
        place = orgs and " " not in part and part[:1].isupper() and not acronym_org(part)
        if not (place or org_like(part)):
            return ()
        orgs.append(f"{orgs.pop()}, {part}" if place else part)
    return tuple(Party(org) for org in orgs)


def _comma_parts(text: str) -> list[str]:
    """The parts of ``text`` apart by commas, a legal form after one its company's
    (``Northwind, Inc.``: one name)."""
    parts: list[str] = []
    for part in (part.strip() for part in text.split(",")):
        if parts and is_legal_form(part):
            parts[-1] += f", {part}"
        elif part:
            parts.append(part)
    return parts


def org_like(part: str) -> bool:
    """Whether a part of an affiliation is an organization by its words or its letters."""
    return (is_org_name(part) or acronym_org(part) or ends_legal_form(part)) and not is_role(part)
