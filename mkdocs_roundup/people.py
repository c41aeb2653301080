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

import bisect
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .event_names import AFTER_TITLE, event_name_only
from .inline import ONE_LINK, SLOT
from .labels import COUNTRY_END, PROGRAM_PLACE
from .model import Party
from .names import (
    DEGREES,
    EVENT_PART,
    JOINING_WORDS,
    acronym_org,
    collapse_spaces,
    is_legal_form,
    is_org_name,
    is_role,
    looks_like_name,
    name_key,
    names_no_one,
    names_no_org_acronym,
)
from .paren_remarks import names_no_org
from .patterns import lazy
from .people_links import Slots, is_file, link_kind
from .profiles import is_profile_site_page, names_own_site, on_personal_site

_NAME_THEN_HANDLE = lazy(
    r"\s*(?P<name>[^\x00()]{3,60}?)\s+(?P<cut>[-–—|]\s+)?(?P<open>\(\s*)?"
    r"(?P<slots>\x00\d+\x00(?:\s*[,|/·]?\s*\x00\d+\x00)*)\s*(?(open)\))\s*"
)
"""A name, then her links, maybe in parentheses or after a dash (her handle: ``Ann Lee
[@ann](…)``, ``Ann Lee ([@ann](…))``; her profiles by their sites: ``Ann Lee ([twitter](…),
[github](…))``, ``Ann Lee - [LinkedIn](…)``)."""

_NAME_WORDS = lazy(r"[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}")
"""A name's words as anyone writes them, in any script, capitals or none."""


_NOT_HANDLE_OWNERS = frozenset({
    "tbd", "tba", "tbc", "n/a", "host", "hosts", "twitter", "x", "github", "gitlab", "mastodon",
    "linkedin", "bluesky", "facebook", "instagram", "youtube", "website", "blog", "contact",
})  # fmt: skip
"""Words before a handle that name no one: a placeholder, a site, what the handle is."""


def _handles_name(name: str, label: str) -> bool:
    """Whether the words before a handle (``[@peterd](…)``) are its owner's name: one word
    (``Peter``, ``gholk``, ``王小明``), or a few in more than one script (``Jim Huang
    黃敬群``); a title's words are none (``Queues at Dawn [@ann](…)``)."""
    one = " " not in name or not name.isascii()
    if not label.startswith("@") or not one or name.casefold() in _NOT_HANDLE_OWNERS:
        return False
    return bool(_NAME_WORDS.fullmatch(name)) and not is_role(name)


def _spelled_from(name: str, text: str, url: str) -> bool:
    """Whether a link to a profile on a site of people's profiles is spelled from a name's
    words, by its handle or its address (``[@cdiaz](…)``, ``[LinkedIn](…/in/cara-diaz-42/)``
    for Cara Diaz; not ``[@bolind](…)``, not ``[GitHub](…/globex)``)."""
    handle = text.strip() if text.strip()[:1] == "@" else url.rstrip("/").rpartition("/")[2]
    spelled = handle.lstrip("@").casefold()
    words = name_key(name).split()
    return on_personal_site(url) and any(len(w) >= 3 and w in spelled for w in words)


# -- The split ------------------------------------------------------------------------------

_SEPARATOR = lazy(
    # ``\s*,\s+|\s*,$|\s+[-–—]\s+|\s*[–—]\s*(?=\x00)`` (tried in that order), grouped by the
    # first character so that the engine drops most offsets at once, and the blanks before
    # the comma or dash read once (they can only be all the blanks there).
    r"(\s\s*(?:,(?:\s+|$)|[-–—]\s+|[–—]\s*(?=\x00))|,(?:\s+|$)|[–—]\s*(?=\x00))"
)
_IN_PARENTHESES = lazy(r"\([^()]*\)")
_JOINER = lazy(
    rf"\s+(?:{JOINING_WORDS}|&(?:amp;)?|/)\s+|\s*;\s*|(&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);)",
    re.I,
)
"""What joins names: a word (``and``, ``&``, ``&amp;`` …), a spaced ``/`` or ``;``, but not the ``;`` that ends
an entity (the third branch matches what may be one; :func:`_joined` decides)."""


def _joined(text: str) -> list[str]:
    """``text`` cut where names are joined (``A and B``, ``A &amp; B``, ``A; B``, ``AT&T; B``),
    but inside parentheses (``Ann Lee (Acme & Lumen)``)."""
    if "&" not in text and "(" not in text:  # no entity: the C split does it all
        return _JOINER.split(text)[::2]
    masked = _IN_PARENTHESES.sub(_blanked, text) if "(" in text else text
    items: list[str] = []
    start = 0
    for joint in _JOINER.finditer(masked):
        entity = joint.group(1)
        if entity is None:
            items.append(text[start : joint.start()])
            start = joint.end()
        elif html.unescape(entity) == entity:  # not an entity ("AT&T;"): its ";" joins
            items.append(text[start : joint.end() - 1].rstrip())
            rest = text[joint.end() :]
            start = len(text) - len(rest.lstrip())
    items.append(text[start:])
    return items


def _blanked(found: re.Match[str]) -> str:
    """Parentheses with blanks in place of what they hold: no joint inside them."""
    return "(" + "\x01" * (len(found[0]) - 2) + ")"


_ROLE_AT = lazy(r"^(?P<role>.*?\S)\s+(?:at|@|from)\s+(?P<org>.+?)\s*(?P<rest>#.*)?$", re.I)
_PAREN_ORG = lazy(r"^(?P<name>[^()]+?)\s*\((?P<org>[^()]+)\)$")
_LINK_PAREN_ORG = lazy(r"^\s*(?P<slot>\x00\d+\x00)\s*\((?P<org>[^()\x00]+|\s*\x00\d+\x00\s*)\)\s*$")


def _name_parts(label: str) -> tuple[str, str, str | None]:
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
    return label, "", None


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


def _shared_org(org: str, speakers: int) -> str:
    """An organization in parentheses, after two names or more without the word that says
    it is theirs (``both Acme``: Acme), and without its country's code."""
    return without_country(_SHARED.sub("", org, count=1) if speakers > 1 else org)


def _own_page(name: str, url: str) -> bool:
    """Whether an address's path names a person by her last name (``…/team/ann-lee``,
    ``/~lee/``): her page on a site, not a company's or a project's."""
    last = [word for word in _PATH_WORDS.split(name_key(name).split()[-1]) if word]
    path = url.partition("://")[2].partition("/")[2].partition("?")[0].casefold()
    return bool(last) and set(last) <= set(_PATH_WORDS.split(path))


_PATH_WORDS = lazy(r"[/\-_.~+%]+")


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
    paren = _PAREN_ORG.match(label) if label.endswith(")") else None
    if paren is None or not _same_script(paren["name"], paren["org"]):
        return None
    return paren["name"], paren["org"]


_ORG_ACRONYM = lazy(r"[A-Z][A-Z0-9-]*[A-Z0-9](?:\s+[A-Z][A-Z0-9-]+)?")
"""An organization written in capitals (``CNRS``, ``FEMTO-ST``, ``CEA LIST``)."""


_ROLE_IN = lazy(r"(?P<role>[^()]+?)\s+(?:at|@|en|bei|chez|presso|na|no|em)\s+(?P<org>[A-Z][^()]*)")
"""What she does, then where, in any of a few languages (``Dev en Coinscrap``, ``CTO bei
Acme``)."""


def _org_of_role(words: str) -> str:
    """The organization words in parentheses after a name give, after what she does there
    (``(CTO at Acme)``: Acme); the words as written else."""
    found = _ROLE_IN.fullmatch(words)
    return found["org"] if found and is_role(found["role"]) else words


def org_list(org: str) -> list[str]:
    """The organizations words in parentheses after a name list: two or more written in
    capitals apart by commas (``LORIA, CNRS``), or joined by ``and`` where one is (``Princeton
    and IAS``); else the words as one (``Acme, Oslo``: where she works, then where)."""
    parts = [p.strip() for p in org.split(", ")]
    if len(parts) > 1 and all(map(_org_acronym, parts)):
        return parts
    parts = [p.strip() for p in org.split(" and ")]
    if len(parts) == 2 and any(map(_org_acronym, parts)):
        named = all(p[:1].isupper() and not names_no_org_acronym(p) for p in parts)
        return parts if named else [org]
    return [org]


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


@dataclass(frozen=True)
class Split:
    title: str
    speakers: tuple[Party, ...]
    organizations: tuple[Party, ...]


def _parts(text: str) -> tuple[list[str], list[str]]:
    """Cut at separators: the parts, and the separator *before* each part ('' for the first).
    A separator in parentheses cuts nothing (``Ann Lee (Acme, Berlin)``)."""
    pieces = _SEPARATOR.split(text) if "(" not in text else _split_outside_parentheses(text)
    parts, seps = pieces[::2], ["", *pieces[1::2]]
    if all(map(str.strip, parts[1:])):
        return parts, seps
    # Drop empty parts left by a trailing separator or doubled separators.
    kept = [(p, s) for p, s in zip(parts, seps, strict=True) if p.strip() or not s]
    return [p for p, _ in kept], [s for _, s in kept]


def _split_outside_parentheses(text: str) -> list[str]:
    """``_SEPARATOR.split(text)``, but for the separators inside parentheses."""
    inside = [m.span() for m in _IN_PARENTHESES.finditer(text)]  # in order, apart
    starts = [start for start, _ in inside]
    pieces: list[str] = []
    at = 0
    for cut in _SEPARATOR.finditer(text):
        span = bisect.bisect_left(starts, cut.start()) - 1
        if span >= 0 and cut.start() < inside[span][1]:
            continue
        pieces += [text[at : cut.start()], cut[0]]
        at = cut.end()
    return [*pieces, text[at:]]


def _names_in(part: str, slots: Slots, *, last: bool) -> bool:
    """Whether a link-free part reads as a list of names (``A``, ``A and B``)."""
    items = _joined(slots.visible(part))
    if any(not looks_like_name(i) or _capitals_only(i) for i in items):
        return False
    # A lone one-word part is a name only at the very end (``…, Ravichandran``): inside a
    # title, ``Backroll, News and Demo`` must not turn into speakers.
    return last or any(len(i.split()) > 1 for i in items)


def _capitals_only(name: str) -> bool:
    """Whether a name's words, two or more, are all written in capitals, two letters or
    more each (``JSON LD``): acronyms, no one's name (``Ann LEE`` writes her surname so; one
    word, ``ACME``, may be an organization's)."""
    words = name.split()
    return len(words) > 1 and all(map(_in_capitals, words))


def _in_capitals(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _event_at_end(parts: list[str], slots: Slots) -> int:
    """The index of the part that names an event at a line's end, after its title, maybe
    followed by its place in one word (``…, Kubernetes Forum, India``); 0 where none does."""
    last = len(parts) - 1
    if last >= 1 and EVENT_PART.search(slots.visible(parts[last])):
        return last
    place = slots.visible(parts[last]).split() if last >= 2 else []
    return last - 1 if len(place) == 1 and EVENT_PART.search(slots.visible(parts[-2])) else 0


def _people_start(parts: list[str], slots: Slots, known_orgs: frozenset[str], linked: int) -> int:
    """The index of the first part that names people: the ``linked`` part (the first after
    the title that opens with a link) or the names before it, where it links an
    organization; else the run of names the line ends with; ``len(parts)`` where none does."""
    start = len(parts)
    if not linked:
        while start > 1 and _names_in(parts[start - 1], slots, last=start == len(parts)):
            start -= 1
        lone = slots.visible(parts[start]).split() if start == len(parts) - 1 else []
        return len(parts) if len(lone) == 1 and _in_capitals(lone[0]) else start  # "…, RDF"
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
    parts, seps = _parts(_name_apart(slots))
    linked = next((i for i, p in enumerate(parts) if i and p.lstrip().startswith("\x00")), 0)
    event = _event_at_end(parts, slots) if not linked else 0
    if event:  # "Title, Kubernetes Forum, India", "Title, Pycon India": where, not who
        before = _before(parts, seps, event, slots, known_orgs)
        return before or Split(slots.visible(_leading(parts, seps, event)).strip(" ,-–—:"), (), ())
    if talks_said and _when_at_end(parts, slots, linked):
        before = _before(parts, seps, len(parts) - 1, slots, known_orgs)
        if before:
            return before  # "[Title](video), Ann Lee, Curry On! 2019": who, then when
    start = _people_start(parts, slots, known_orgs, linked)
    if start >= len(parts):
        return Split(slots.visible(slots.text), (), ())
    speakers, orgs = parse_people(parts[start:], slots, known_orgs)
    title = slots.visible(_leading(parts, seps, start)).strip(" ,-–—:")
    if not linked and (
        (not any(" " in p.name for p in speakers) and _single_words(speakers, orgs, title))
        or _part_named(title, speakers, orgs)
    ):
        return Split(slots.visible(slots.text), (), ())
    if speakers and all(not p.url and event_name_only(p.name, AFTER_TITLE) for p in speakers):
        return Split(title, (), orgs)  # "Title - MtnWest JS", "Title - Harbor Conf": where
    return Split(title, speakers, orgs)


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


def _single_words(speakers: tuple[Party, ...], orgs: tuple[Party, ...], title: str) -> bool:
    """Whether unlinked one-word "names" are the title's words: a list of them ("Caching,
    Queues and Logs"), or one after what reads as a person's full name ("John Doe -
    Sharing": the speaker first)."""
    if len(speakers) + len(orgs) > 1:
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


def people_lifted(
    text: str, links: Iterable[tuple[str, str]], known_orgs: frozenset[str] = frozenset()
) -> tuple[tuple[Party, ...], tuple[Party, ...]]:
    """The people of a run of text (as written after ``Speakers:`` or a title), its links
    lifted out as in :func:`split_lifted`."""
    slots = Slots(text, links)
    parts, _ = _parts(slots.text.strip(" ,-–—:"))
    return parse_people(parts, slots, known_orgs)


def parse_people(
    parts: list[str], slots: Slots, known_orgs: frozenset[str]
) -> tuple[tuple[Party, ...], tuple[Party, ...]]:
    """The speakers and organizations of a talk line's parts (``_parts``), in order."""
    titled = _name_role_org(parts, slots)
    if titled is not None:
        return titled
    if any(_names_no_one(part, slots, first=n == 0) for n, part in enumerate(parts)):
        return (), ()  # "Climate & Water Seminar. Lumen Universität, Berlin": where, no one
    people = _People(slots, known_orgs)
    shared = len(parts) > 1 and _affiliated(parts[-1])
    for index, part in enumerate(parts):
        if shared and index < len(parts) - 1 and people.co_speaker(part):
            continue  # "[Ann Lee](…), [Bo Lind](…) and [Cy Moe](…) (Acme)"
        following = parts[index + 1].strip() if index + 1 < len(parts) else ""
        people.part(part, following, last_part=index == len(parts) - 1)
    return _unique(people.speakers), _unique(people.orgs)


def _affiliated(part: str) -> bool:
    """Whether a part ends with one linked name, then where she works in parentheses (``and
    [Cy Moe](…) (Acme)``, ``[Bo Lind](…) and [Cy Moe](…) (Acme)``)."""
    items = [item for item in _joined(part) if item.strip()]
    last = items[-1].strip() if items else ""
    last = last[4:] if last.startswith("and ") else last[2:] if last.startswith("& ") else last
    return _LINK_PAREN_ORG.match(last) is not None


def _names_no_one(part: str, slots: Slots, *, first: bool) -> bool:
    """Whether a part, the ``first`` of its line or one that joins words (``&``), holds
    words that name no one (:func:`~mkdocs_roundup.names.names_no_one`)."""
    if "\x00" in part or not (first or "&" in part or " and " in part):
        return False
    items = [slots.visible(i) for i in _joined(part) if i.strip()]
    return (first or len(items) >= 2) and any(map(names_no_one, items))


def _name_role_org(
    parts: list[str], slots: Slots
) -> tuple[tuple[Party, ...], tuple[Party, ...]] | None:
    """``Ann Lee, Country Manager, Norway, Sweden & Finland, Acme``: one person named in
    full, then what she does over three parts or more (or two roles, ``Vice President,
    General Manager Asia Pacific and Japan``), then where she works; ``None`` for other
    parts, or where another person follows (``Ann Lee, CTO, Acme, Bo Lind``)."""
    if len(parts) < 4 or any("\x00" in p or ";" in p for p in parts):
        return None  # three parts, "Ann Lee, CTO, Acme": read part by part
    said = [slots.visible(p).strip() for p in parts]
    if len(said[0].split()) < 2 or not looks_like_name(said[0]) or not is_role(said[1]):
        return None
    if len(said) == 4 and not is_role(said[2]):
        return None  # "Ann Lee, CTO, Acme, Berlin": read part by part
    for part in said[2:]:
        if part.split()[0].lower() in ("and", "with", "&") or (
            " " in part and looks_like_name(part) and not is_role(part) and "&" not in part
        ):
            return None  # "…, Acme, Bo Lind", "…, and Bo Lind": a second person
    org = () if is_role(said[-1]) else (Party(said[-1]),)
    role = ", ".join(said[1:-1] if org else said[1:])
    return (Party(said[0], None, role),), org


class _People:
    """Reads parts one by one into speakers and organizations (a part's role, ``Head of
    Sales at Acme``, goes to the speaker before it)."""

    def __init__(self, slots: Slots, known_orgs: frozenset[str]) -> None:
        self.slots = slots
        self.known_orgs = known_orgs
        self.speakers: list[Party] = []
        self.orgs: list[Party] = []
        self.joined = False
        """Whether the last part joined names (``Ann Lee & Bo Lind``): a last part after
        it is where they work."""

    def add_org(self, fragment: str) -> None:
        link = self.slots.link(fragment)
        if link:
            self.orgs.append(Party(link[0], link[1]))
        elif looks_like_name(name := self.slots.visible(fragment)) or is_org_name(
            name, self.known_orgs
        ):
            self.orgs.append(Party(name))

    def set_role(self, role: str) -> None:
        role = self.slots.visible(role).strip(" ,-–—")
        if self.speakers and role:
            last = self.speakers[-1]
            self.speakers[-1] = Party(last.name, last.url, role)

    def add_link(self, label: str, url: str) -> None:
        if is_file(url):
            return  # "([Rust Code](main.rs))": the talk's material, no one's name
        if "://" in label or label.startswith("www."):
            return  # "[https://github.com/acme](…)": an address written out, no one's name
        name, org, degree = _name_parts(label)
        kind = link_kind(name, url, self.known_orgs)
        if kind == "thing":
            return  # "[scrypt](…/wiki/Scrypt)": an encyclopedia's article on a thing
        if kind == "person" and len(name.split()) > 3 and not looks_like_name(name):
            return  # "[Book me for your event](profile)": a sentence, no one's name
        if kind == "org":
            self.orgs.append(Party(label, url))
            return
        self.speakers.append(Party(name, url, degree))
        if org:
            self.orgs.append(Party(org))

    def add_person(self, label: str, url: str) -> None:
        if name_key(label) in self.known_orgs or not looks_like_name(label):
            self.add_link(label, url)
        else:
            self.speakers.append(Party(label, url))

    def part(self, part: str, following: str, *, last_part: bool) -> None:
        link = self.slots.link(part)
        if link:  # the common part: one link, nothing around it
            self.link_part(link, following)
            return
        if self.role_part(part):
            return
        if part.lstrip().lower().startswith(("and ", "& ")):
            part = part.lstrip()[part.lstrip().index(" ") + 1 :]  # ", and Lucio Franco"
        items = [i for i in _joined(part) if i.strip()]
        if self.joined and last_part and len(items) == 1 and "\x00" not in part:
            self.orgs.append(Party(self.slots.visible(part).strip()))  # "Ann & Bo, Acme"
            return
        shared = len(items) > 1 and _affiliated(items[-1])
        for position, item in enumerate(items):
            if shared and position < len(items) - 1 and self.co_speaker(item):
                continue  # "[Ann Lee](her site) and [Bo Lind](his) (both Acme)"
            self.item(item, last=last_part and position == len(items) - 1, count=len(items))
        self.joined = len(items) >= 2 and "\x00" not in part

    def co_speaker(self, part: str) -> bool:
        """Read a part that is one link to a person's full name (to her own site) before
        a linked name and where they work (``[Ann Lee](…) and [Bo Lind](…) (Acme)``): she
        speaks with him; whether it was one."""
        link = self.slots.link(part)
        name = link[0].strip() if link else ""
        if not link or " " not in name or not looks_like_name(name):
            return False
        if (
            is_org_name(name, self.known_orgs)
            or link_kind(name, link[1], self.known_orgs) == "person"
            or is_file(link[1])
            or not _own_page(name, link[1])
        ):
            return False  # a company, a file, a site's front page; a profile reads so anyway
        self.speakers.append(Party(name, link[1]))
        return True

    def link_part(self, link: tuple[str, str], following: str) -> None:
        if self._her_profile(*link):
            return
        affiliation = _ROLE_AT.match(following) or (
            following and "\x00" not in following and is_org_name(following, self.known_orgs)
        )
        if not self.speakers and affiliation and "\x00" not in following[:2]:
            self.add_person(*link)  # "[Ann Lee](her site), Head of Sales at [Acme](…)"
        else:
            self.add_link(*link)

    def _her_profile(self, text: str, url: str) -> bool:
        """Read a link after a person's name that names its profile site or her handle, to a
        profile spelled from her name (``Ann Lee - [LinkedIn](…/in/ann-lee-42/)``, ``Ann Lee,
        [@annlee](…)``), as hers (a second one after it, another of hers); whether it was
        one. Another handle is another speaker's (``Ann Lee, [@bolind](…)``); another link
        named for its site is an event's or a company's account, no one's (``Ann Lee -
        [Twitter](…/harbordays)``), as is a channel on a video site or a blog."""
        last = self.speakers[-1] if self.speakers else None
        if last is None or not names_own_site(text, url):
            return False
        if not _spelled_from(last.name, text, url):
            return text.strip()[:1] != "@"  # a site's name is no one's; a handle someone's
        if last.url is None:
            self.speakers[-1] = Party(last.name, url, last.role)
        return True

    def role_part(self, part: str) -> bool:
        """``[Ann](…) from Acme``, ``Head of Sales at Acme``."""
        role_at = _ROLE_AT.match(part.strip())
        if not role_at or self._institution(role_at["role"]):
            return False  # "Toyota Institute at Chicago": an organization's name
        if person := self.slots.link(role_at["role"]):
            self.add_person(*person)  # "[Ann](…) from Acme"
            self.add_org(role_at["org"])
            return True
        if not looks_like_name(self.slots.visible(part)):
            self.set_role(role_at["role"])  # the organization is listed with the others
            self.add_org(role_at["org"])
            return True
        return False

    def _institution(self, text: str) -> bool:
        name = self.slots.visible(text)
        return looks_like_name(name) and is_org_name(name, self.known_orgs)

    def item(self, item: str, *, last: bool, count: int) -> None:
        """One item of a part (``Ann Lee``, ``Ann Lee (Acme)``, ``Acme``, a role)."""
        slots = self.slots
        link = slots.link(item)
        if link:
            self.add_link(*link)
            return
        visible = slots.visible(item)
        if "(" in item and self._parenthesized(item, visible):
            return
        if "\x00" in item:
            if not self._handle_after_name(item):
                self.links_only(item)
        elif is_org_name(visible, self.known_orgs) and (self.speakers or last or count == 1):
            self.orgs.append(Party(visible))
        elif self.speakers and acronym_org(visible):
            self.orgs.append(Party(visible))  # "Ann Lee, VITO"
        elif self.speakers and is_role(visible):
            self.set_role(visible)  # "Ann Lee, Fullstack Dev, Acme", "Ann Lee, Student"
        elif looks_like_name(visible):
            self.name(visible, last=last, count=count)
        else:
            self.set_role(visible)

    def _parenthesized(self, item: str, visible: str) -> bool:
        """An item with a part in parentheses, read: ``[Ann Lee](…) (Org)``, ``Ann Lee
        ([@ann](profile))`` (she speaks, linked to her profile), ``Ann Lee (Acme)``;
        whether it was one."""
        linked_paren = _LINK_PAREN_ORG.match(item)
        if linked_paren and self.slots.link(linked_paren["slot"]):
            self.affiliated(linked_paren)
            return True
        paren = _PAREN_ORG.match(visible)
        if paren is None:
            return False
        if "\x00" in item and self._handle_after_name(item):
            return True
        if not looks_like_name(paren["name"]):
            return False
        self.speakers.append(Party(paren["name"]))
        org = without_country(_org_of_role(paren["org"].strip()))
        # "([Code](main.rs))": the talk's material, no one's
        if not (names_no_org(org) or self._file_in_parentheses(item)):
            self.orgs += [Party(part) for part in org_list(org)]
        return True

    def affiliated(self, found: re.Match[str]) -> None:
        """``[Ann Lee](her page) (Org)``, ``… ([Org](…))``: a full name with an affiliation
        is a person, the affiliation her organization (a file or a repository none)."""
        link = self.slots.link(found["slot"])
        assert link is not None
        full_name = " " in link[0] and not is_org_name(link[0], self.known_orgs)
        (self.add_person if full_name else self.add_link)(*link)
        linked_org = self.slots.link(found["org"])
        if linked_org is None:
            org = collapse_spaces(found["org"])
            self.orgs.append(Party(_shared_org(org, len(self.speakers))))
        elif not (is_file(linked_org[1]) or is_profile_site_page(linked_org[1])):
            self.orgs.append(Party(*linked_org))

    def _handle_after_name(self, item: str) -> bool:
        """``Ann Lee [@ann](profile)``, ``Ann Lee ([twitter](…), [github](…))``: a name in
        full, then her handle or her profiles, each link's words naming its site: she
        speaks, linked to the first."""
        found = _NAME_THEN_HANDLE.fullmatch(item)
        slots = found["slots"] if found else ""
        links = [self.slots.links[int(n)] for n in SLOT.findall(slots)]
        if found is None or not all(names_own_site(*link) for link in links):
            return False
        if found["cut"] and not _spelled_from(found["name"].strip(), *links[0]):
            return False  # "Ann Lee | [GitHub](…/acme)": her company's account
        name = found["name"].strip()
        alone = not self.speakers  # "Ann Lee, Twitter [@ann]": the site of hers, no one
        if not (
            (" " in name and looks_like_name(name)) or (alone and _handles_name(name, links[0][0]))
        ):
            return False
        self.speakers.append(Party(name, links[0][1]))
        return True

    def links_only(self, item: str) -> None:
        """Text around links that is not "role at org": the links, without the text; a
        handle after another link is its account (``[Conf](…) // [@conf](…)``)."""
        for number, slot in enumerate(SLOT.finditer(item)):
            label, url = self.slots.links[int(slot.group(1))]
            if not (number and label.startswith("@")):
                self.add_link(label, url)

    def _file_in_parentheses(self, item: str) -> bool:
        in_source = _PAREN_ORG.match(item.strip())
        link = self.slots.link(in_source["org"]) if in_source else None
        return link is not None and is_file(link[1])

    def name(self, visible: str, *, last: bool, count: int) -> None:
        """A plain name: a speaker's, or (one word after speakers) an organization's."""
        if self.speakers and visible.casefold().strip(". ") in DEGREES:
            self.set_role(visible)  # "Ann Lee, PhD"
            return
        alone = count == 1 and len(visible.split()) == 1
        if self.speakers and (last or alone) and len(visible.split()) == 1:
            self.orgs.append(Party(visible))  # "…, Lucian Burlacu, ShapeBlue"
        else:
            self.speakers.append(Party(visible))


def _unique(parties: list[Party]) -> tuple[Party, ...]:
    seen: set[str] = set()
    kept = []
    for party in parties:
        key = name_key(party.name)
        if key and key not in seen:
            seen.add(key)
            kept.append(party)
    return tuple(kept)
