"""Who a talk's line names, and where: its people read in each way a line gives them
(``Title (Ann Lee)``, ``Title by Ann Lee``, ``Title | Ann Lee``, ``Ann Lee - Title``,
``[Ann Lee](…): Title``), and the readings kept for the page to choose
(:mod:`~mkdocs_roundup.weighing`). :mod:`~mkdocs_roundup.titles` reads the rest of the line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from .byline_cut import BY_OTHER, DASHES, described, last_by, last_by_undated, without_after_names
from .fields import Fields, Kept, People, given_at
from .handles import handles
from .inline import ONE_SLOT, SLOT, Inline, Link
from .labels import LANGUAGES, MONTHS, SEPARATORS, YEAR, is_date
from .line_media import LineMediaReader
from .link_targets import is_media_address, is_repository
from .model import Party
from .names import (
    JOINING_WORDS,
    acronym_org,
    clean_text,
    is_org_name,
    is_role,
    looks_like_name,
    names_event_by_word,
)
from .paren_remarks import one_word_speakers, talk_remark
from .patterns import lazy
from .people import people_lifted
from .people_links import profile_link
from .people_text import after_dash_link, clean_people, link_pairs, parenthesized
from .profiles import is_person_url, is_profile_site_page, is_profile_url, names_own_site
from .written_names import name_then_where

PARENTHESES = lazy(r"\([^()]*\)")
"""A remark in parentheses."""
_BY_IDIOMS = frozenset({
    "hand", "example", "examples", "design", "default", "night", "day", "accident", "heart",
    "numbers", "proxy", "reference", "value", "nature", "choice", "chance", "name", "force",
    "doing", "itself", "myself", "ourselves", "committee", "contract", "convention",
    "request", "demand",
})  # fmt: skip
"""Words that end a title after ``by`` as its own (``Parsers by Hand``, ``Rust by
Example``, ``Secure by Design``): no one's name."""
_NAME_GLUE = lazy(rf"[\W_]|\b(?:{JOINING_WORDS})\b", re.I)
"""What may stand between names on a line of names: joiners, punctuation, symbols."""
_PAREN_PEOPLE = lazy(r"(?P<title>.+?)\s*\((?P<names>[^()]+)\)\s*")
"""``Title (Ann Lee and Bo Ray)``, ``[Title](…) ([Ann Lee](…))``."""
_PAREN_REMARKS = lazy(
    rf"^(?:(?:(?:pre-)?{YEAR.pattern}|video|slides|paper|{'|'.join(LANGUAGES)})\s*[-–—,:]\s*)+",
    re.I,
)
"""Remarks before the people in a title's parentheses: when, in which language, which
media (``Title (2017 - Ann Lee)``, ``Title (Spanish, Ann Lee)``, ``Title (video, Ann Lee)``)."""
_WHERE_LAST = lazy(
    rf",\s*(?!(?:{MONTHS})\.?\s+(?:19|20))(?:[^\s,\d\x00]+\s+){{1,4}}(?:19|20)\d{{2}}\s*$",
    re.I,
)
"""The last part of the names in parentheses, one to four words and a year: where and
when the talk was given (``(Ann Lee, CppCon 2019)``; a date, ``(Ann Lee, May 2019)``, is a
post's as well)."""
_AT_ORG = lazy(r"\s+@\s+(?=[A-Z])")
"""An ``@`` between spaces after names, before where they work (``Ann Lee @ Acme``)."""
_RECORDING_REMARK = lazy(
    r"\b(?:version|recording|video|trailer|teaser|edition|cut|remix|live|official|full|"
    r"extended|short|lyrics?|audio|remastered|stream|livestream|highlights?)\b",
    re.I,
)
"""Words in parentheses that remark on the recording (``(Extended Version, GOTO Berlin
2020)``): no one's name before the event."""
_DASH_OR_BAR = lazy("[-–—|]")
_PIPE = lazy(r" \| ")
LINKED_RUN = rf"\x00\d+\x00(?:\s*(?:,|&|{JOINING_WORDS})\s*\x00\d+\x00)*"
"""Links joined by commas or the words that join names (``[Ann](…), [Bo](…) and
[Cy](…)``), as a regular expression's part: linked names, in a speaker's place."""
_FEATURING = lazy(r"(?P<title>.+?)\s+(?:ft\.?|feat\.?|featuring)\s*,?\s+(?P<names>.+)", re.I)
_PEOPLE_MARKS = ((_PAREN_PEOPLE, ("(",)), (_FEATURING, ("ft", "feat")))
"""Each pattern of :meth:`BylineReader._paren_people`, and what a line it matches holds."""
_LINK_REMARK = lazy(r"\s*\x00(\d+)\x00\s*\([^()\x00]*\)\s*")
"""One link, then a remark in parentheses (``[Title](deck) (Rust & Zig)``)."""
_ORG_FIRST = lazy(r"\s*(?P<org>[^:\x00]{2,40}):\s+(?P<names>\S.*)")
"""Where the people work, a colon, then their names (``Cedar Genomics: Ann Lee, Bo Lind``)."""
AT_WHERE = lazy(r"\s+(?:at|@)\s+\S")
"""Where a byline's names end and the event they spoke at begins (``by Ann Lee at PyCon``)."""


def at_where(text: str) -> re.Match[str] | None:
    """:data:`AT_WHERE` in ``text``, searched for only where it may be: in printable ASCII
    the one blank is the space, so ``" at "`` or ``" @ "`` stands in any line it finds (a
    scan in C; the pattern tries each blank of a paragraph, 5 us for a 600-character one)."""
    if text.isascii() and text.isprintable() and " at " not in text and " @ " not in text:
        return None
    return AT_WHERE.search(text)


_AFFILIATED = lazy(r"(?P<name>[^()\x00]+?)\.?\s*\((?P<role>[^()\x00]+)\)\.?")
"""``Ann Lee (Engineering Director at Acme)``: a name, then who she is and where."""
_TAIL = lazy(rf",\s+|{DASHES.pattern}")
"""Where a title may end and its speaker's name begin (``Title, Ann Lee``, ``Title - Ann Lee``)."""
_ROLE_ORG = lazy(r"(?:,|\s(?:at|@|в|bei|chez|en))\s+(?P<org>[^,]+?)\s*$")
"""The organization a role ends with (``CTO, Acme``, ``Director at Acme``)."""


def _org_written(text: str) -> bool:
    """Whether the words a role ends with may name where she works (``Acme``, ``acme``,
    ``Red Hat``), not say what she does there (``explains why the sail never tears.``)."""
    words = text.split()
    return not any(c in text for c in "/?!…") and (len(words) <= 2 or text[:1].isupper())


def _names_only(names: str) -> str:
    """The names in parentheses after a title, without remarks on the talk and, after them,
    where and when it was given (``(Ann Lee, CppCon 2019)``); ``@`` before where they work
    is a comma (``(Ann Lee @ Acme)``)."""
    names = _PAREN_REMARKS.sub("", names)
    if " @ " in names:
        who, _, where = names.rpartition(" @ ")
        at_event = names_event_by_word(where)
        names = who if at_event else _AT_ORG.sub(", ", names)  # "(Ann Lee @ Acme)"
    if "," in names and not _RECORDING_REMARK.search(names):
        names = _WHERE_LAST.sub("", names)
    return names


_PLACE_BEFORE = lazy(r",\s*[A-Z][\w'’.-]+\s*$")
"""One capitalised word after a comma at a title's end (``…, Bristol``): a place."""


_FULL_WIDTH_PARENTHESES = lazy(r"\s*（([^（）]*)）")
"""Parentheses written full-width, as Japanese and Chinese text writes them."""


class BylineReader(LineMediaReader):
    """Reads the people of a unit's own line."""

    def __init__(self, labels: Mapping[str, str], known_orgs: frozenset[str]) -> None:
        super().__init__(labels)
        self.known_orgs = known_orgs

    def people(self, text: str, inline: Inline) -> tuple[tuple[Party, ...], tuple[Party, ...]]:
        pairs = link_pairs(inline)
        if any(map(parenthesized, pairs)):  # "[(Acme)](…)" reads as "([Acme](…))"
            text = SLOT.sub(
                lambda m: f"({m[0]})" if parenthesized(pairs[int(m[1])]) else m[0], text
            )
            pairs = [(t[1:-1].strip(), h) if parenthesized((t, h)) else (t, h) for t, h in pairs]
        return people_lifted(clean_people(text), pairs, self.known_orgs)

    def column_people(
        self, text: str, inline: Inline
    ) -> tuple[tuple[Party, ...], tuple[Party, ...]]:
        """The people of a speakers column: every name in it presents (``Mou, Song, Zhou``),
        but an institution (``Lumen University``), and where they work, in parentheses or
        before a colon (``Ann Lee (Lopez Lab)``, ``Cedar Genomics: Ann Lee, Bo Lind``)."""
        if "\x00" not in text and ("（" in text or "(" in text) and not text.isascii():
            written = name_then_where(inline.visible(text))
            if written is not None:
                return written  # "森花子（港湾工業大学 教授）": a name in a script without capitals
            text = _FULL_WIDTH_PARENTHESES.sub(r" (\1)", text)  # "Ann Lee（港湾大学）"
        first = _ORG_FIRST.fullmatch(text) if ":" in text else None
        if first and looks_like_name(first["org"]) and self.label(text) is None:
            speakers, orgs = self.column_people(first["names"], inline)
            return speakers, (Party(clean_text(first["org"])), *orgs)
        speakers, orgs = self.people(text, inline)
        visible = inline.visible(text)
        names = [
            o
            for o in orgs
            if looks_like_name(o.name)
            and not (is_org_name(o.name) or acronym_org(o.name))
            and f"({o.name})" not in visible
        ]  # "Ann Lee (Lopez Lab)": where she works
        if not names:
            return speakers, orgs
        return (*speakers, *names), tuple(o for o in orgs if o not in names)

    def only_names(
        self, text: str, inline: Inline, *, speaking: bool = False, roles: bool = False
    ) -> People | None:
        """The people of a line that holds only names (and their links, organizations,
        events); ``None`` for any other line. ``speaking``: the line stands where speakers
        are named (after ``by``), so a name linked to any site is a person's; ``roles``:
        their roles may stand beside them (``Ann Lee, SRE, [Acme](…)``, a line of its own
        under the talk's)."""
        if len(text) > 400 or text.count(" ") > 40 or _ends_a_sentence(text):
            return None
        visible = inline.visible(clean_people(text)).strip().replace("\xa0", " ")
        if not visible or len(visible) > 160:
            return None
        speakers, orgs = people = self.people(text, inline)
        if speaking and (named := [o for o in orgs if self._speaking(o, speakers)]):
            # "by [Ann Lee](her site)": she speaks, in the line's order
            speakers = tuple(sorted((*speakers, *named), key=lambda p: visible.find(p.name)))
            people = speakers, tuple(o for o in orgs if o not in named)
        if not speakers:
            return None
        leftover = PARENTHESES.sub("", _unread(visible, text, inline, people, roles=roles))
        return None if _NAME_GLUE.sub("", leftover) else people

    def _paren_people(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``Title (Ann Lee)``, ``Title feat. Ann Lee``."""
        lowered = text.lower()
        for pattern, marks in _PEOPLE_MARKS:
            found = pattern.fullmatch(text) if any(m in lowered for m in marks) else None
            if found and pattern is _PAREN_PEOPLE and self._said_apart(found, inline):
                continue
            names = _names_only(found["names"]) if found else ""
            named = self.only_names(names, inline) if found else None
            if not found or not found["title"].strip() or not named:
                continue
            speakers, orgs = named
            if all(p.in_full for p in speakers):  # "(Ann Lee)", not "(CAPI)"
                self._title_part(found["title"], inline, fields)
                fields.add_people(speakers, orgs)
                fields.in_parentheses = pattern is _PAREN_PEOPLE
                if pattern is _PAREN_PEOPLE and len(speakers) == 1 and not orgs:
                    fields.dash_org = self._dash_org(found["title"], speakers[0], inline)
                return True
            if pattern is _PAREN_PEOPLE and ONE_SLOT.fullmatch(found["title"]):
                every = self.column_people(names, inline)  # "(Bo, Cy e Di)"
                if one_word_speakers(every):
                    fields.one_word_names = Kept(found["title"], inline, every)
        return False

    def _said_apart(self, found: re.Match[str], inline: Inline) -> bool:
        """Whether what parentheses after a title hold is no one's name for a reason of its
        own: the title names its people already, the parentheses say where or who she is
        (``Title by Ann Lee (Harbor Conf)``, ``Title, Oslo (Norway)``: one word after a
        comma, a city's), or they spell out the acronym before them (``HKD (Higher Kinded
        Datatype)``)."""
        title = found["title"]
        if _PLACE_BEFORE.search(inline.visible(title)):
            return True  # "…, Bristol (United Kingdom)": where the city is
        if _handles_after_name(title, found["names"], inline):
            return True  # "Title - Ann Lee ([@ann](…))": her handle, after her name
        return self._byline(title, inline) or _spelled_out(title, found["names"])

    def _byline(self, text: str, inline: Inline) -> bool:
        """Whether ``text`` ends with a byline that names people in full (``Title by Ann
        Lee``; ``Parsers by Hand`` is a title)."""
        cut = last_by(text)
        named = self.only_names(cut[1], inline) if cut else None
        return named is not None and bool(named[0]) and all(p.in_full for p in named[0])

    def _dash_org(self, text: str, org: Party, inline: Inline) -> Kept | None:
        """``[Title](…) - Ann Lee`` before ``(Blue Harbor)``: the title, and one person named
        in full, of the organization in parentheses (the page's other items say which)."""
        cut = after_dash_link(text)
        named = self.only_names(cut[1], inline) if cut else None
        if cut is None or not named or named[1] or not self._one_in_full(named):
            return None
        if talk_remark(org.name):
            return None  # not "(Part Two)", a remark on the talk
        return Kept(cut[0], inline, (named[0], (org,)))

    def take_dash_org(self, fields: Fields) -> bool:
        """Read ``[Title](…) - Ann Lee (Blue Harbor)`` as Ann Lee's talk, of Blue Harbor."""
        if not self._reread(fields, fields.dash_org):
            return False
        fields.in_parentheses = False
        return True

    @staticmethod
    def _surnames_kept(title: str, named: People | None, inline: Inline, read: bool) -> Kept | None:
        """A recorded title's byline of surnames alone, kept for the list's other items
        to choose (:meth:`take_by_surnames`); ``None`` for any other, and where the line
        is ``read`` otherwise (its media known, or dated)."""
        if not named or read or all(p.in_full for p in named[0]):
            return None
        alike = _surnames_alike(named) if _recorded(title, inline) else None
        return Kept(title, inline, alike) if alike else None

    def take_by_surnames(self, fields: Fields) -> bool:
        """Read ``[Title](video) by Hewitt, Meijer and Szyperski`` as a title and its
        speakers (once items beside it name theirs in full after ``by``)."""
        kept = fields.by_surnames
        if not self._reread(fields, kept):
            return False
        assert kept is not None
        fields.by = True
        for n in SLOT.findall(kept.title):
            self.title_media(kept.inline.links[int(n)], fields)
        return True

    def take_one_word_names(self, fields: Fields) -> bool:
        """Read ``[Title](…) (Ann, Bo)`` as a title and its speakers (once items beside it
        show that their parentheses name speakers)."""
        return self._reread(fields, fields.one_word_names)

    def _reread(self, fields: Fields, kept: Kept | None) -> bool:
        """A line's other reading, kept for the page to choose: its title and speakers."""
        if kept is None:
            return False
        title, inline, (speakers, orgs) = kept
        fields.speakers, fields.organizations = [], []
        self._title_part(title, inline, fields)
        fields.add_people(speakers, orgs)
        return True

    def _pipe_people(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``Title | Ann Lee, Org``."""
        return " | " in text and self.people_after_last(_PIPE, text, inline, fields)

    def role_after_name(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``Title - Ann Lee, CTO, Acme``, ``Title, Ann Lee, Country Manager``: the title,
        then one person named in full, then her role (a part whose words say what someone
        does), and maybe where she works."""
        if "," not in text or "\n" in text or len(text) > 160:
            return False
        if text.count(",") < 2 and not _DASH_OR_BAR.search(text):
            return False  # its only cut is its one comma: no comma after it ends a name
        for cut in _TAIL.finditer(text):
            name, comma, role = text[cut.end() :].partition(",")
            if (
                not comma
                or "\x00" in role
                or role.count(",") > 1
                or not is_role(role.split(",")[0])
            ):
                continue  # a linked organization is read with the others
            named = self.named_then_role(name, role, inline)
            head = text[: cut.start()]
            before = self.only_names(_TAIL.split(head)[-1], inline)
            if named is None or not head.strip() or (before and all(p.in_full for p in before[0])):
                continue  # "Title, Bo Lind, Ann Lee, CTO": whose role it is is unclear
            self._title_part(head, inline, fields)
            fields.add_people(*named)
            fields.evidence.add("person")
            return True
        return False

    def people_after_last(
        self,
        separator: re.Pattern[str],
        text: str,
        inline: Inline,
        fields: Fields,
        accept: Callable[[str, People], bool] | None = None,
    ) -> bool:
        """A title, then after the last ``separator`` only names (``accept``: and names the
        caller takes, given the names' text)."""
        cut = list(separator.finditer(text))
        if not cut:
            return False
        title, people = text[: cut[-1].start()], text[cut[-1].end() :]
        named = self.only_names(people, inline)
        if not named or (accept is not None and not accept(people, named)):
            return False
        fields.title = clean_text(inline.visible(title))
        fields.add_people(*named)
        return True

    def by_people(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``Title by Ann Lee``: full names (or any names beside the talk's media)."""
        by, dated = last_by_undated(text, lambda head: self.links_talk(head, inline, fields))
        if by is not None and DASHES.search(by[1]):
            # "by Ann Lee - [Lumen team](…)": where she works; "by Ann Lee - a look at …"
            by = _team_after(by, inline) or (described(by) if self.talks_said else None)
        if by is None or DASHES.search(by[1]) or BY_OTHER.search(by[0].rstrip(" ,")):
            return False
        # "by Ann Lee, at [Harbor Summit 2016](…), Ireland": where, no one's workplace
        by = (by[0], _before_event(by[1], inline, dated=dated))
        named = _no_events(
            self._affiliated(by[1], inline, fields) or self._byline_names(by, inline)
        )
        fields.by_surnames = self._surnames_kept(by[0], named, inline, bool(fields.media) or dated)
        if not named or not ((fields.media and not dated) or all(p.in_full for p in named[0])):
            return False  # dated, names in full: "Parsers by Hand - 2019" is a title's words
        if any(p.name.casefold() in _BY_IDIOMS for p in named[0]):
            return False  # "Parsers by Hand", "Rust by Example": the title's own words
        # "Title - by …", "[Title](video) + [slides](…), by …": the joiner the media left
        fields.title = clean_text(inline.visible(by[0])).rstrip(" +&" + SEPARATORS)
        fields.add_people(*named)
        fields.by = True
        fields.title_linked = bool(SLOT.search(by[0]))
        given_at(fields, [inline.links[int(n)].text for n in SLOT.findall(by[1])])
        for n in SLOT.findall(by[0]):  # "[Title](deck) by Ann Lee": the title's own link
            self.title_media(inline.links[int(n)], fields)
        return True

    def _affiliated(self, names: str, inline: Inline, fields: Fields) -> People | None:
        """The one person a byline names, then her role and where she works in parentheses
        (``by Ann Lee (CTO, Acme)``)."""
        affiliated = _AFFILIATED.fullmatch(names.strip())
        if affiliated is None:
            return None
        named = self.named_then_role(affiliated["name"], affiliated["role"], inline)
        if named:
            fields.evidence.update(("person", "byline"))
        return named

    def _byline_names(self, by: tuple[str, str], inline: Inline) -> People | None:
        """The people after ``by``: handles only (``by @ann and @bo``), names only (``by Ann
        Lee``), then where (``by Ann Lee at PyCon``), then a sentence (``… by Ann Lee.
        Why…``), then a role (``by Ann Lee, CTO``)."""
        names = without_after_names(by[1]) if self.talks_said else by[1]
        named = handles(names, inline) if "@" in names else None  # "by @ann and @bo"
        named = named or self.only_names(names, inline, speaking=True)
        if not named and (where := at_where(names)):
            named = self.names_at(names[: where.start()], names[where.start() :], inline)
        if not named and ". " in names and self._plays(by[0], inline):
            named = self.only_names(names.split(". ", 1)[0], inline)
        if not named and "," in names:
            name, _, role = names.partition(",")
            named = self.named_then_role(name, role, inline)
        return named

    def named_then_role(self, name: str, role: str, inline: Inline) -> People | None:
        """``by Ann Lee, CTO, Acme Labs``: one person named in full, then her role, where
        only the organizations are people of the talk."""
        named = self.only_names(name, inline)
        if not named or len(named[0]) != 1 or " " not in named[0][0].name:
            return None
        _, orgs = self.people(role, inline)
        kept = [o for o in orgs if "/" not in o.name and is_org_name(o.name, self.known_orgs)]
        where = _ROLE_ORG.search(role)  # "Engineering Director at Acme", "CTO, acme"
        if not kept and where and _org_written(where["org"]):
            kept = [Party(clean_text(where["org"]).strip(" .()"))]
        elif not kept and looks_like_name(org := clean_text(role).strip()) and not is_role(org):
            kept = [Party(org)]  # "by Ann Lee (Lumen)": where she works, no role said
        return named[0], tuple(kept)  # "…, http://ann.example/": her site, no organization

    def names_lead(self, lead: str, rest: str, fields: Fields) -> bool:
        """``**Ann Lee**: Title``: strong words that only name people in full, then a colon
        and the title: the speakers first."""
        plain = Inline()
        named = self.only_names(lead.rstrip(" :"), plain) if rest and "\x00" not in rest else None
        if not named or not all(" " in p.name for p in named[0]):
            return False
        fields.add_people(*named)
        title = clean_text(rest)
        when = _WHEN_LAST.search(title)
        fields.title = title[: when.start()] if when and is_date(when["when"]) else title
        fields.speaker_first = True
        return True

    def _plays(self, text: str, inline: Inline) -> bool:
        """Whether ``text`` links a player or a deck (a watch list's talk, not a reading
        list's article)."""
        return any(self.player_piece(inline.links[int(n)]) for n in SLOT.findall(text))

    def names_at(
        self, names: str, where: str, inline: Inline, *, speaking: bool = False
    ) -> People | None:
        """``by Ann Lee at PyCon 2019``: the names before the event they spoke at; none
        where the event's part goes on to a list or a person (``… at Universities, Ann
        Lee``: the title's words)."""
        links = (inline.links[int(n)] for n in SLOT.findall(where))
        if "," in where or any(is_profile_url(link.href) for link in links):
            return None
        return self.only_names(names, inline, speaking=speaking)

    def _one_in_full(self, named: People) -> bool:
        """Whether ``named`` is one person, named in full (``Ann Lee``, not ``Acme Labs``)."""
        return len(named[0]) == 1 and self._full_name(named[0][0])

    def _linked_person(self, party: Party) -> bool:
        return profile_link(party.name, party.url or "") and self._full_name(party, 1)

    def _named_person(self, party: Party) -> bool:
        """A person's full name, not linked to a project ("[Python Markdown](repo)")."""
        return self._full_name(party) and not (party.url and is_profile_site_page(party.url))

    def _speaking(self, party: Party, speakers: tuple[Party, ...]) -> bool:
        """Whether an "organization" among names that speak is a person, named in full:
        linked (to her site), or the only one named."""
        return bool(party.url or not speakers) and self._named_person(party)

    def _full_name(self, party: Party, words: int = 2) -> bool:
        """A person's name of ``words`` words or more, no organization's ("Acme Labs")."""
        return len(party.name.split()) >= words and not is_org_name(party.name, self.known_orgs)

    def title_media(self, link: Link, fields: Fields) -> None:
        """A talk title's own link: the talk's material, when it is media. A repository is
        evidence of a talk only on a page that says talks: a list of resources links
        repositories with their authors (``[Queues in Python](github…), by Ann Lee``)."""
        piece = self.link_piece(link, None, title_link=True)
        if piece:
            fields.media.append(piece)
            if self.page_talks or not is_repository(link.href.strip()):
                fields.evidence.add("media")

    def linked_title_by(self, link: Link, named: People, fields: Fields) -> bool:
        """A talk whose title is one link and its people read apart: the link's words are
        the title, its target the talk's material (``[Title](…). Ann Lee.``)."""
        fields.title = clean_text(link.text)
        fields.add_people(*named)
        self.title_media(link, fields)
        return True

    def _title_part(self, text: str, inline: Inline, fields: Fields) -> None:
        """The title of a line whose people are read apart; a title that is one link links
        to the talk's material."""
        slot = ONE_SLOT.fullmatch(text) or _LINK_REMARK.fullmatch(text)
        if slot:  # "[Title](deck)", "[Title](deck) (Rust & Zig)"
            self.title_media(inline.links[int(slot[1])], fields)
        fields.title = title_words(text, inline)


def _unread(visible: str, text: str, inline: Inline, people: People, *, roles: bool) -> str:
    """What a line of names (``visible``, its words as shown) says beyond its links, its
    people and (``roles``) their roles (``Infrastructure / DevSecOps Engineer``, ``CTO &
    Co-founder``)."""
    rest = visible
    for link in (inline.links[int(n)] for n in SLOT.findall(text)):
        rest = rest.replace(link.text, "", 1)  # "[김민수님](…)": all of it, her honorific too
    speakers, orgs = people
    for party in (*speakers, *orgs):
        rest = rest.replace(party.name, "", 1)
    if not roles:
        return rest
    rest = ",".join(part for part in rest.split(",") if not is_role(part))
    for party in speakers:
        if party.role and is_role(party.role):
            rest = rest.replace(party.role, "", 1)
    return rest


def _spelled_out(title: str, names: str) -> bool:
    """Whether the words in parentheses spell out the word before them, an acronym, by their
    initials (``HKD (Higher Kinded Datatype)``, ``GC (Garbage Collection)``; a name with an
    initial's stop is a person's, ``JVM (Jana V. Mertens)``). A name whose initials happen
    to spell it is read so too (``Practical ML (Maria Lopez)``): an acronym's words are far
    more often written after it."""
    words = title.split()
    acronym = words[-1] if words else ""
    initials = "".join(word[0] for word in names.split() if word[:1].isalpha())
    if "." in names:
        return False  # "JVM (Jana V. Mertens)": a name's initial, hers
    return len(acronym) > 1 and acronym.isupper() and initials.upper() == acronym


def title_words(text: str, inline: Inline) -> str:
    """A line's part as its title reads: its visible words, without the separators around
    them."""
    return clean_text(inline.visible(text)).strip(" ,-–—:|")


def _recorded(title: str, inline: Inline) -> bool:
    """Whether a talk's title links its recording or its deck (``[Title](video) by …``)."""
    links = (inline.links[int(n)] for n in SLOT.findall(title))
    return any(is_media_address(link.href.strip()) for link in links)


def _surnames_alike(named: People) -> People | None:
    """The people of a byline of surnames alone, capitalised, none linked and none an
    organization's by its words (``Hewitt, Meijer and Szyperski``, whose last one may
    have read as an organization); ``None`` for any other."""
    parties = (*named[0], *named[1])
    if any(" " in p.name or p.url or is_org_name(p.name) for p in parties):
        return None
    if any(p.name.casefold() in _BY_IDIOMS for p in parties):
        return None  # "Live coding by Accident": the title's own words
    if not all(p.name[:1].isupper() for p in parties) or len(parties) > _MOST_SURNAMES:
        return None
    return parties, ()


_MOST_SURNAMES = 6
"""The most surnames a byline of them names."""


def _team_after(by: tuple[str, str], inline: Inline) -> tuple[str, str] | None:
    """A byline of a full name followed by a dash and one link to no one's profile (``Ann
    Lee - [Lumen team](…)``), read as ``Ann Lee ([Lumen team](…))``; ``None`` for any other
    (``Parsers by Hand - [Bo Lind](profile)``: the title goes on)."""
    cut = list(DASHES.finditer(by[1]))
    slot = ONE_SLOT.fullmatch(by[1][cut[0].end() :]) if len(cut) == 1 else None
    names = by[1][: cut[0].start()].strip() if slot else ""
    if not slot or len(names.split()) < 2 or not looks_like_name(names):
        return None
    if is_person_url(inline.links[int(slot[1])].href):
        return None
    return by[0], f"{names} ({slot[0].strip()})"


def _ends_a_sentence(text: str) -> bool:
    """A line whose last word is a lower-case word (``… it is about.``) ends a sentence: a
    name, an organization or a link ends a line of names."""
    words = text.rstrip(" .!?;:\t\n").rsplit(None, 1)
    last = words[-1] if words else ""
    return last.isalpha() and last.islower() and not _NAME_GLUE.fullmatch(last)


def _handles_after_name(title: str, names: str, inline: Inline) -> bool:
    """Whether parentheses hold only handles or profiles each named for its site, after a
    title that ends with a dash and a name in full (``Title - Ann Lee ([@ann](…))``): hers,
    no one else."""
    links = [inline.links[int(n)] for n in SLOT.findall(names)]
    if not links or inline.visible(SLOT.sub("", names)).strip(" ,|/·"):
        return False
    if not all(names_own_site(link.text, link.href) for link in links):
        return False
    cut = _LAST_DASH.search(inline.visible(title))
    return cut is not None and " " in cut["name"] and looks_like_name(cut["name"])


_WHEN_LAST = lazy(r"\s+[-–—]\s+(?P<when>[^-–—]{3,30})$")
"""The last part after a dash, maybe the date the talk was given (``Title - May, 2031``)."""
_LAST_DASH = lazy(r"\s[-–—|]\s+(?P<name>(?:(?!\s[-–—|]\s).)+?)\s*$")
"""A title's last dash and the words after it."""


_PLACE_SAID = lazy(r"\sin\s+[A-Z]|,\s*\S")
"""Where a place is named after an event (``… in London``, ``…, UK``)."""
_AT_AFTER_NAMES = lazy(r"(?<!\s),?\s+(?:at|@)\s+(?=\S)")
"""``at`` after a byline's names, before where the talk was given."""


def _before_event(names: str, inline: Inline, *, dated: bool) -> str:
    """A byline's names without where they spoke after ``at``, when it names an event by its
    words or its year (``Ann Lee, at [Harbor Summit 2016](…), Ireland, 2016-04-13``: the
    place and the day after it are no one's organizations); ``at Acme`` stays, where she
    works; where a line ``dated`` at its end names a place after its last ``at``, that is
    cut too (``at Strata World in London, UK, 2015-05-06``; ``at Acme`` names no place).
    The last ``at`` that names where is the cut (``Ann Lee, Staff Engineer at Acme, at
    Harbor Summit 2016``: Acme stays)."""
    for last, found in enumerate(reversed(list(_AT_AFTER_NAMES.finditer(names)))):
        where = inline.visible(names[found.end() :])
        if YEAR.search(where) or names_event_by_word(where):
            return names[: found.start()]
        if dated and not last and _PLACE_SAID.search(where):
            return names[: found.start()]  # "at Strata World in London, UK,": a place's
    return names


def _no_events(named: People | None) -> People | None:
    """A byline's people, but a name with a year, where the talk was given (``by Ann Lee,
    [Harbor Conf 2022](…)``); ``None`` where no one is left."""
    if not named:
        return None
    people = tuple(p for p in named[0] if not YEAR.search(p.name))
    return (people, named[1]) if people else None
