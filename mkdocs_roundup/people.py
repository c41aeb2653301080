"""Who a run of text names: the speakers and organizations after a talk's title, cut at
its separators into *parts* (links kept whole), each read as names, roles and
affiliations (``Ann Lee, CTO at [Acme](…)``, ``Bo Lind (Globex)``).
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterable

from .affiliations import PAREN_ORG, name_parts, org_list, org_of_role, shared_org, without_country
from .inline import SLOT
from .model import Party
from .names import (
    DEGREES,
    JOINING_WORDS,
    acronym_org,
    collapse_spaces,
    is_legal_form,
    is_org_name,
    is_role,
    looks_like_name,
    name_key,
    names_no_one,
)
from .paren_remarks import NO_ONE_WORD, names_no_org
from .patterns import lazy
from .people_links import Slots, is_file, link_kind, personal_name
from .profiles import is_profile_site_page, is_profile_url, names_own_site, on_personal_site
from .providers import url_parts

_NAME_THEN_HANDLE = lazy(
    r"\s*(?P<name>[^\x00()\[\]]{3,60}?)\s+(?P<cut>[-–—|]\s+)?"
    r"(?:(?P<paren>\(\s*)|(?P<bracket>\[\s*))?"
    r"(?P<slots>\x00\d+\x00(?:\s*[,|/·]?\s*\x00\d+\x00)*)\s*(?(paren)\))(?(bracket)\])\s*"
)
"""A name, then her links, maybe in parentheses or brackets or after a dash (her handle:
``Ann Lee [@ann](…)``, ``Ann Lee ([@ann](…))``, ``Ann Lee [[github:@ann](…)]``; her
profiles by their sites: ``Ann Lee ([twitter](…), [github](…))``, ``Ann Lee -
[LinkedIn](…)``)."""

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
    rf"\s+(?:{JOINING_WORDS}|&(?:amp;)?|/|\+)\s+|\s*;\s*|(&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);)",
    re.I,
)
"""What joins names: a word (``and``, ``&``, ``&amp;`` …), a spaced ``/`` or ``;``, but not the ``;`` that ends
an entity (the third branch matches what may be one; :func:`joined_names` decides)."""


def joined_names(text: str) -> list[str]:
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


_ROLE_AT = lazy(
    r"^(?P<role>.*?\S)\s+(?:at|@|from)\s+(?:(?-i:the)\s+)?(?P<org>.+?)\s*(?P<rest>#.*)?$", re.I
)
"""A role, then where (``Head of Sales at Acme``, ``Professor at the University of Tokyo``:
the article no organization's name)."""
_LINK_PAREN_ORG = lazy(r"^\s*(?P<slot>\x00\d+\x00)\s*\((?P<org>[^()\x00]+|\s*\x00\d+\x00\s*)\)\s*$")


def _own_page(name: str, url: str) -> bool:
    """Whether an address's path names a person by her last name (``…/team/ann-lee``,
    ``/~lee/``): her page on a site, not a company's or a project's."""
    last = [word for word in _PATH_WORDS.split(name_key(name).split()[-1]) if word]
    path = url.partition("://")[2].partition("/")[2].partition("?")[0].casefold()
    return bool(last) and set(last) <= set(_PATH_WORDS.split(path))


_PATH_WORDS = lazy(r"[/\-_.~+%]+")


def line_parts(text: str) -> tuple[list[str], list[str]]:
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


def people_lifted(
    text: str, links: Iterable[tuple[str, str]], known_orgs: frozenset[str] = frozenset()
) -> tuple[tuple[Party, ...], tuple[Party, ...]]:
    """The people of a run of text (as written after ``Speakers:`` or a title), its links
    lifted out as in :func:`~mkdocs_roundup.line_split.split_lifted`."""
    slots = Slots(text, links)
    parts, _ = line_parts(slots.text.strip(" ,-–—:"))
    return parse_people(parts, slots, known_orgs)


def parse_people(
    parts: list[str], slots: Slots, known_orgs: frozenset[str]
) -> tuple[tuple[Party, ...], tuple[Party, ...]]:
    """The speakers and organizations of a talk line's parts (``line_parts``), in order."""
    titled = _name_role_org(parts, slots) or _name_org_pairs(parts, slots)
    if titled is not None:
        return titled
    if any(_names_no_one(part, slots, first=n == 0) for n, part in enumerate(parts)):
        return (), ()  # "Climate & Water Seminar. Lumen Universität, Berlin": where, no one
    people = _People(slots, known_orgs)
    shared = len(parts) > 1 and _affiliated(parts[-1])
    for index, part in enumerate(parts):
        if shared and index < len(parts) - 1 and people.co_speaker(part):
            continue  # "[Ann Lee](…), [Bo Lind](…) and [Cy Moe](…) (Acme)"
        people.beside = parts[index - 1 : index + 2 : 2] if index else []  # the parts around it
        following = parts[index + 1].strip() if index + 1 < len(parts) else ""
        last = index == len(parts) - 1
        if last and index >= 2 and people.org_after_role(part, parts[index - 1]):
            continue  # "Ann Lee, DevSecOps Engineer, [Practical DevSecOps](site)"
        if index and people.org_after_handle(part, parts[index - 1]):
            continue  # "Ann Lee [@annlee](…), [Lumen Labs](site)"
        people.part(part, following, last_part=last)
    return _unique(people.speakers), _unique(people.orgs)


OWN_SITE_WORDS = frozenset(
    {"website", "web site", "site", "homepage", "home page", "blog", "web", "page", "site web",
     "sitio web", "webseite", "ホームページ", "博客", "个人网站", "contact", "kontakt",
     "contacto", "contato", "profile", "profil", "perfil"}
)  # fmt: skip
"""A link's words after a person that name her own site or her page elsewhere
(``[website](…)``, ``[Blog](…)``, ``[Contact](…)``): her link, no organization's name."""


def _page_named(name: str, url: str) -> bool:
    """Whether a link is a page of a site (not its home) under a full name a person has."""
    return " " in name and personal_name(name) and bool(url_parts(url).path.strip("/"))


def _affiliated(part: str) -> bool:
    """Whether a part ends with one linked name, then where she works in parentheses (``and
    [Cy Moe](…) (Acme)``, ``[Bo Lind](…) and [Cy Moe](…) (Acme)``)."""
    items = [item for item in joined_names(part) if item.strip()]
    last = items[-1].strip() if items else ""
    last = last[4:] if last.startswith("and ") else last[2:] if last.startswith("& ") else last
    return _LINK_PAREN_ORG.match(last) is not None


def _names_no_one(part: str, slots: Slots, *, first: bool) -> bool:
    """Whether a part, the ``first`` of its line or one that joins words (``&``), holds
    words that name no one (:func:`~mkdocs_roundup.names.names_no_one`)."""
    if "\x00" in part or not (first or "&" in part or " and " in part):
        return False
    items = [slots.visible(i) for i in joined_names(part) if i.strip()]
    return (first or len(items) >= 2) and any(map(names_no_one, items))


def _name_org_pairs(
    parts: list[str], slots: Slots
) -> tuple[tuple[Party, ...], tuple[Party, ...]] | None:
    """``Ann Lee, Acme & Bo Lind, Globex Inc.``: each speaker named in full, then where she
    works, the pairs joined by ``&`` or ``and``; ``None`` for other parts, or where what
    stands between two names may be a third person's (``Ann Lee, Bo Lind & Cy Moe, Acme``)."""
    if len(parts) < 3 or any("\x00" in p for p in parts):
        return None
    said = [slots.visible(p).strip() for p in parts]
    if len(said) > 3 and is_legal_form(said[-1]):
        said[-2:] = [f"{said[-2]}, {said[-1]}"]  # "CyberAgent, Inc.": one organization
    joined = [_JOINED_PAIR.fullmatch(part) for part in said[1:-1]]
    if not _in_full(said[0]) or _in_full(said[-1]) or not all(joined):
        return None
    speakers, orgs = [Party(said[0])], []
    for pair in filter(None, joined):
        org, name = pair["org"].strip(), pair["name"].strip()
        if not _in_full(name) or _in_full(org):  # "Ann Lee & Bo Lind": no organization
            return None
        orgs.append(Party(org))
        speakers.append(Party(name))
    return tuple(speakers), (*orgs, Party(said[-1]))


_JOINED_PAIR = lazy(r"(?P<org>[^&+]+?)\s+(?:&|and|\+)\s+(?P<name>[^&+]+)")
"""Where one speaker works, then the next speaker's name (``Acme & Bo Lind``, ``Acme + Bo
Lind``)."""


def _in_full(words: str, known_orgs: frozenset[str] = frozenset()) -> bool:
    """Whether words name one person in full (``Ann Lee``; not ``Acme``, ``Harbor Labs``)."""
    return len(words.split()) >= 2 and looks_like_name(words) and not is_org_name(words, known_orgs)


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
        self.beside: list[str] = []
        """The parts before and after the one read: where both link people, a full name
        linked to another site's page between them is a person's too (``[Ann
        Lee](https://github.como/…)``, mistyped; where she works is linked after the names)."""

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
        name, org, degree = name_parts(label)
        kind = link_kind(name, url, self.known_orgs)
        if kind == "org" and _page_named(name, url) and self._between_people():
            kind = "person"  # "[Ann Lee](https://github.como/ann)", not "[Hewlett Packard](hp.com)"
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

    def org_after_role(self, part: str, before: str) -> bool:
        """Read a line's last part, one link to no profile, right after the role of the one
        speaker read (``Ann Lee, DevSecOps Engineer, [Practical DevSecOps](site)``), as where
        she works, though its words may read as a name (or one word in lower case,
        :meth:`_brand_after_role`); whether it was one."""
        if len(self.speakers) != 1 or self.speakers[0].role is None:
            return False
        if not is_role(self.slots.visible(before).strip()):
            return False
        link = self.slots.link(part)
        return self._brand_after_role(part) if link is None else self._site_org(link)

    def org_after_handle(self, part: str, before: str) -> bool:
        """Read a part that is one link to no profile, right after the one speaker read,
        named then linked by her handle (``Ann Lee [@annlee](…), [Lumen Labs](site)``), as
        where she works, though its words may read as a name: one named so links her
        handle too; whether it was one."""
        if len(self.speakers) != 1 or self.speakers[0].url is None:
            return False
        named = _NAME_THEN_HANDLE.fullmatch(before)
        handle = self.slots.link(named["slots"]) if named else None
        link = self.slots.link(part)
        if handle is None or link is None or not handle[0].strip().startswith("@"):
            return False
        return self._site_org(link)

    def _site_org(self, link: tuple[str, str]) -> bool:
        """Read a link after a speaker as where she works, unless it is a profile or her own
        site (``[@bo](…)``, ``[website](…)``: a person's, or hers, :meth:`_her_profile`);
        whether it was one."""
        if is_profile_url(link[1]) or link[0].strip().casefold() in OWN_SITE_WORDS:
            return False
        self.orgs.append(Party(link[0].strip(), link[1]))
        return True

    def _brand_after_role(self, part: str) -> bool:
        """Read a line's last part, one word in lower case after the one speaker's role,
        as where she works (``Ann Lee, Senior Android Developer, busuu``: a brand written
        so); whether it was one."""
        word = self.slots.visible(part).strip()
        if "\x00" in part or " " in word or not word[:1].islower() or not word.isalnum():
            return False
        if is_role(word) or word.casefold() in NO_ONE_WORD:
            return False  # "…, Speaker, remote", "…, english": how, no one's workplace
        self.orgs.append(Party(word))
        return True

    def _between_people(self) -> bool:
        """Whether the parts on both sides of the one read each link a person."""
        links = [self.slots.link(part) for part in self.beside]
        kinds = [link_kind(*link, self.known_orgs) for link in links if link]
        return len(kinds) == 2 and kinds == ["person", "person"]

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
        items = [i for i in joined_names(part) if i.strip()]
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
        unlinked = bool(following) and "\x00" not in following
        affiliation = _ROLE_AT.match(following) or (
            unlinked
            and (is_org_name(following, self.known_orgs) or self._her_role(following, link[0]))
        )
        if not self.speakers and affiliation and "\x00" not in following[:2]:
            self.add_person(*link)  # "[Ann Lee](her site), Head of Sales at [Acme](…)"
        else:
            self.add_link(*link)

    def _her_role(self, following: str, name: str) -> bool:
        """Whether the part after a linked full name is what she does (``[Ann Lee](her
        site), Senior Lecturer, …``): the link is hers, not an organization's (``[Harbor
        Labs](…), Director of Engineering, Ana Silva``: his company, then his role)."""
        return is_role(following) and _in_full(name, self.known_orgs)

    def _her_profile(self, text: str, url: str) -> bool:
        """Read a link after a person's name that names its profile site or her handle, to a
        profile spelled from her name (``Ann Lee - [LinkedIn](…/in/ann-lee-42/)``, ``Ann Lee,
        [@annlee](…)``), as hers (a second one after it, another of hers); whether it was
        one. Another handle is another speaker's (``Ann Lee, [@bolind](…)``); another link
        named for its site is an event's or a company's account, no one's (``Ann Lee -
        [Twitter](…/harbordays)``), as is a channel on a video site or a blog."""
        last = self.speakers[-1] if self.speakers else None
        if last is not None and text.strip().casefold() in OWN_SITE_WORDS:
            if last.url is None and not is_file(url):  # "Ann Lee, …, [website](…)": hers
                self.speakers[-1] = Party(last.name, url, last.role)
            return True
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
        elif self.speakers and is_role(visible):
            self.set_role(visible)  # "Ann Lee, Senior Research Scientist, Acme", "…, Student"
        elif is_org_name(visible, self.known_orgs) and (self.speakers or last or count == 1):
            self.orgs.append(Party(visible))
        elif self.speakers and acronym_org(visible):
            self.orgs.append(Party(visible))  # "Ann Lee, VITO"
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
        paren = PAREN_ORG.match(visible)
        if paren is None:
            return False
        if "\x00" in item and self._handle_after_name(item):
            return True
        if not looks_like_name(paren["name"]):
            return False
        self.speakers.append(Party(paren["name"]))
        org = without_country(org_of_role(paren["org"].strip()))
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
            self.orgs.append(Party(shared_org(org, len(self.speakers))))
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
        in_source = PAREN_ORG.match(item.strip())
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
