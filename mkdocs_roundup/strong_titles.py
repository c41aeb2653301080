"""A talk's line whose title is marked out in bold at its start (``**Title** - Ann Lee``,
``**Title** (Ann Lee, remote) [[slides](…)]``: what follows it is its people, or the event it
was given at), or in emphasis after its people; a title in quotes or in corner brackets is
read by :mod:`~mkdocs_roundup.quoted_titles`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .at_events import names_place_of_talk
from .fields import Fields, Kept, People
from .inline import ONE_SLOT, SLOT, Inline, Link
from .labels import DAY_REMARK, GIVEN, LEADING_DATE, PROFILE_WORDS, YEAR
from .names import (
    JOINING_WORDS,
    clean_text,
    is_role,
    named_in_full,
)
from .paren_remarks import is_affiliation, one_word_speakers, without_remark_first
from .patterns import lazy
from .people import OWN_SITE_WORDS
from .people_text import BY_PREFIX
from .profiles import is_profile_url
from .quoted_titles import QuotedTitles
from .talk_kinds import KIND_WORDS, is_kind_alone

_AT_OR_REMARK = lazy(r"\s*\([^()]*\)|\s+(?:@|at)\s.*$")
"""What bold words say after a name: a remark, where she spoke (``Ann Lee (Rencontres R)``,
``Ann Lee @ Harbor Conf``)."""


_WORDS = lazy(r"\w+")
_MATERIAL_WORDS = 8
"""The most words after a title's colon, beside its links, that only label them."""


def _remark_after(after: str, *, material: bool) -> str | None:
    """What follows a title in emphasis, where it is at most a remark in parentheses, or,
    on a page that says talks (``material``), its material (:func:`_material_after`: then
    no remark; a page of recipes or songs links its videos so); ``None`` where it is more."""
    after = after.strip().removeprefix(".").lstrip()  # "_Title_.": its sentence's end
    if not after or (after.startswith("(") and after.endswith(")")):
        return after
    return "" if material and _material_after(after) else None


def _linked_after(named: People, after: str, inline: Inline, before: str) -> People:
    """One speaker, not linked, given the first profile her title's material links under a
    name of her own links (``**Ann Lee** - _Title_: [video](…) / [repo](https://github.com/
    annlee) / [twitter](…)``)."""
    speakers, orgs = named
    if len(speakers) != 1 or speakers[0].url:
        return named
    if not after.lstrip().startswith(":"):
        return named
    whose = {int(n) for n in SLOT.findall(before)}  # "**Ann Lee** ([github](org's))": no hers
    for n, link in enumerate(inline.links):  # the material read off the line, in order
        if n in whose:
            continue
        if is_profile_url(link.href) and clean_text(link.text).casefold() in _HERS:
            return (replace(speakers[0], url=link.href),), orgs
    return named


_HERS = OWN_SITE_WORDS | PROFILE_WORDS | {"github", "gitlab", "repo"}
"""What a speaker's own link is named among a talk's material (``[twitter](…)``,
``[repo](https://github.com/annlee)``; not ``[host](…)``, ``[inspired by](…)``)."""


def _material_after(after: str) -> bool:
    """Whether what follows a title in emphasis is a colon, then its material: links, and
    a few words that label them or the links left out (``_Title_: [video](…) / slides /
    [repo](…)``)."""
    if not after.startswith(":") or not ("\x00" in after or "/" in after or after.strip() == ":"):
        return False  # (the line's media links are taken out of it before: "_Title_: / ")
    return len(_WORDS.findall(SLOT.sub(" ", after))) <= _MATERIAL_WORDS


def _entry_title(words: str) -> bool:
    """Whether a dated entry's words in emphasis are its title, not a note on it
    (``_postponed to the autumn_``, ``_cancelled, speaker ill_``)."""
    return not _STATUS_NOTE.match(words.strip())


_STATUS_NOTE = lazy(
    r"(?:postponed|cancell?ed|rescheduled|moved\s+(?:to|online|from)|delayed\s+(?:by|until|to)|"
    r"tb[acd]|to\s+be\s+(?:announced|"
    r"confirmed)|verschoben|abgesagt|entfällt|annulé|reporté|cancelad[oa]|aplazad[oa])\b",
    re.I,
)
"""A note on an entry's state, in a title's place."""


_IN_PARENTHESES = lazy(r"\((?P<names>[^()\x00]+)\)")
"""What follows a strong title, wholly in parentheses: its speakers (``(Ann Lee)``)."""
_ORG_THEN_TITLE = lazy(
    r"\s*\((?P<org>[^()\x00]+)\)\s*[.:–—-]\s+(?P<title>[^\x00(]{3,}?)"
    r"(?:\s*\((?:[\s,;|]|\x00\d+\x00)*\)(?:\s*,\s*[^\x00()]*)?)?\s*"
)
"""Where a person works, in parentheses, then a stop, a colon or a dash, and a title with
no link of its own (``(Lumen Institute). Title``), maybe with links in parentheses after it
and a remark after a comma (``([abstract](…), [slides](…)), *invited talk*``: beside the
title; one in italics that names the talk's kind may close the title's words too, where
the links before it were the talk's media)."""
_REMARK_LINK = lazy(r"\s*\(\x00\d+\x00\)\s*(?=by\s+\x00\d+\x00)")
"""A link in parentheses before ``by`` and a linked name (``[(Site Source)](…) by [Ann
Lee](…)``): a remark on the title (a book's ``[(Free edition)](…) by Ann Lee`` is none)."""


_KIND_REMARK = lazy(
    r"(?:\w+\s+)?(?:talk|lecture|presentation|tutorial|charla|ponencia|conferencia|"
    r"conférence|exposé|vortrag|palestra|relazione)(?:\s+\w+)?",
    re.I,
)
"""A remark after a program's title that says what kind of talk it is (``invited talk``,
``charla invitada``, ``eingeladener Vortrag``)."""
_JOINER = lazy(rf"(?:\s*\([^()\x00]+\))?\s*(?:,|&|{JOINING_WORDS}|и)\s+")
"""What joins two names in bold, maybe after where the first works (``**Ann Lee** and
**Bo Lind**``, ``**Ann Lee** (MIT), **Bo Lind**``)."""


def _joined_strong(text: str, lead: str, inline: Inline) -> str:
    """The strong words a line opens with, with the strong names joined to them (``**Ann
    Lee** and **Bo Lind** (MIT). Title`` opens with ``Ann Lee and Bo Lind``, ``**Ann Lee**
    (MIT) and **Bo Lind** (KTH). Title`` with ``Ann Lee (MIT) and Bo Lind``)."""
    end = len(lead)
    while (joiner := _JOINER.match(text, end)) is not None:
        run = next((r for r in inline.strong if text.startswith(r, joiner.end())), "")
        if not run:
            break
        end = joiner.end() + len(run)
    return text[:end]


_HOW_GIVEN = lazy(rf",\s*(?:{'|'.join(GIVEN)})$", re.I)
"""How a speaker gives the talk, after the name (``(Ann Lee, remote)``)."""


class StrongTitleReader(QuotedTitles):
    """Reads a line that opens with its strong title."""

    def link_title(self, link: Link, fields: Fields) -> None:
        """A line that is one link: its text is the title (read by the title reader)."""
        raise NotImplementedError

    def strong_lead(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``**Title** - Ann Lee`` or ``**Title** - Harbor Conf, Lucerne CH``: the strong
        words are the title; after them, only full names are people (an event, a place
        is neither). Followed by a link to a deck or a player alone, they are the event."""
        stripped = text.lstrip()
        # the line's own (in a paragraph of talks' lines, each opens with its strong words)
        lead = next((run for run in inline.strong if stripped.startswith(run)), "")
        if not lead or len(stripped) == len(lead):
            return False
        if LEADING_DATE.match(f"{lead} "):
            return False  # "**2018:** Title, Event": when, not the title
        if lead.strip(" :").casefold() in KIND_WORDS:
            return False  # "**Keynote**: [Title](…)": the talk's kind, then the talk
        rest = stripped[len(lead) :].strip(" \t-–—:|,")
        if stripped[len(lead) :].lstrip().startswith(":") and self.names_lead(lead, rest, fields):
            return True  # "**Ann Lee**: Title"
        dated = "dated" in fields.evidence and self.talks_listed
        if dated and rest.startswith("on ") and self.names_lead(lead, rest[3:], fields):
            return True  # "23 September, 10:15 (J406), **Ann Lee** on Title": a term's slot
        joined = _joined_strong(stripped, lead, inline)  # "**Ann Lee** and **Bo Lind** (MIT)"
        if self._affiliated_lead(joined, stripped[len(joined) :], inline, fields):
            return True  # "**Ann Lee** (Lumen Institute). Title"
        if self._event_then_quoted(lead, rest, fields):
            return True  # "**Harbor Conf 2031** — «Title» · [slides](…)": where, then what
        slot = ONE_SLOT.fullmatch(rest)
        link = inline.links[int(slot[1])] if slot else None
        if link and self.player_piece(link, files=True):
            self.link_title(link, fields)  # "**PyCon US** - [Title](deck)": where, then what
            return True
        fields.title = clean_text(lead).strip(" -–—:|")
        in_parentheses = _IN_PARENTHESES.fullmatch(rest)
        if in_parentheses:  # "**Title** (Ann Lee, remote)"
            self._people_in_parentheses(lead, in_parentheses["names"], inline, fields)
        elif rest:
            self._people_after_strong(rest, inline, fields)
        return True

    def _affiliated_lead(self, lead: str, after: str, inline: Inline, fields: Fields) -> bool:
        """``**Ann Lee** (Lumen Institute). Title``, ``… (MIT): Title``, ``… (MIT) - Title``:
        strong words that name people in full, where they work in parentheses, then the
        title, on a line that links the talk's media (a program's line); not where the
        parentheses hold a remark (``**Title** (remote). More words``), nor where the words
        after them are a sentence's in lower case (``**Alan Turing** (Bletchley Park):
        codebreaker and pioneer``), nor on a sponsor's line (``**Acme** (Oslo). Gold sponsor
        ([website](…))``: no media)."""
        found = _ORG_THEN_TITLE.fullmatch(after) if "(" in after and fields.media else None
        if found is None or not all(map(is_affiliation, found["org"].split(", "))):
            return False  # "(remote)", "(Workshop)", "(Acme, TBD)": no one's workplaces
        if not found["title"][:1].isupper() and not found["title"][:1].isdigit():
            return False  # "**Alan Turing** (Bletchley Park): codebreaker and pioneer"
        named = self.only_names(f"{lead.strip()} ({found['org']})", Inline())
        if not named or not all(map(named_in_full, named[0])):
            return False
        title, comma, remark = found["title"].rpartition(",")
        kind = _KIND_REMARK.fullmatch(remark.strip()) or is_kind_alone(remark.strip())
        if not (comma and kind and remark.strip() in inline.emphasis):  # "…, *invited talk*"
            title = found["title"]  # "Learning, *fast and slow*": the title's own words
        fields.add_people(*named)
        fields.title = clean_text(title)
        fields.speaker_first = True
        return True

    def _people_after_strong(self, rest: str, inline: Inline, fields: Fields) -> None:
        """The people after a strong title: names in full (``— Ann Lee``, ``— Ann Lee,
        Harbor Conf 2023``), or any names after ``by``; a link in parentheses between the
        title and ``by`` is a remark on the title (``**Title** [(Site Source)](…) by Ann
        Lee``)."""
        if remark := _REMARK_LINK.match(rest):
            rest = rest[remark.end() :]  # (a linked speaker after it: a book's author is not)
        named = self.only_names(rest, inline)
        name, _, where = rest.partition(",")
        if not named and YEAR.search(where):  # "**Title** — Ann Lee, Harbor Conf 2023"
            named = self.only_names(name, inline)
        if named:
            if all(named_in_full(p) for p in named[0]):
                fields.add_people(*named)
            return
        by = BY_PREFIX.match(rest)
        named = self.only_names(rest[by.end() :], inline, speaking=True) if by else None
        if named:
            fields.add_people(*named)

    def _people_in_parentheses(self, lead: str, names: str, inline: Inline, fields: Fields) -> None:
        """``**Title** (Ann Lee, remote)``: the speakers in parentheses after a strong title,
        named in full; one-word names (``(Ann)``, ``(Bo/Cy)``) are kept for the page to
        choose (they are names where other talks of the page name theirs so in full)."""
        names = _HOW_GIVEN.sub("", names)
        named = self.only_names(names, inline)
        if named and all(named_in_full(p) for p in named[0]):
            fields.add_people(*named)
            fields.in_parentheses = True
            return
        every = self.column_people(names.replace("/", ", "), inline)
        if one_word_speakers(every):
            fields.one_word_names = Kept(lead, inline, every)

    def names_then_emphasized(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``[Ann Lee](…) (Acme) _Title_ (27/5/2031 2pm, in person)``: the speakers, each
        named in full, linked or strong (or on a line its day opens, on a page whose title or
        headings say it lists talks given: ``[2031-05-22](…) Ann Lee, _Title_``, a calendar's
        entry), then the title in emphasis, the one of the line,
        then at most a remark in parentheses (its day: the line is dated)."""
        before, emphasis, after = inline.lone_emphasis(text) or ("", "", "")
        if len(emphasis.split()) < 2 or is_role(emphasis):
            return False  # "[Ann Lee](…) (Acme) _Senior Engineer_": what she does
        if BY_PREFIX.match(emphasis.lstrip()):
            return False  # "**Title** _by Ann Lee_": the byline in emphasis, the title first
        remark = _remark_after(after, material=self.page_talks or self.talks_listed)
        if remark is None:
            return False  # "…_Title_ (2/4/2031), with Bo Lind": more than a remark
        who = without_remark_first(before.strip(" ,:–—-"))  # "(Harbor JUG) Ann Lee"
        if names_place_of_talk(_AT_OR_REMARK.sub("", inline.visible(who))):
            return False  # "**II Jornada de Comunicación**: *Title*": where, not who
        named = self.only_names(who, inline)
        if not named or not named[0] or not all(map(named_in_full, named[0])):
            return False
        strong = {clean_text(words) for words in inline.strong}
        # "[2031-05-22](…) Ann Lee, _Title_": an entry of a calendar of talks (a photo's
        # or a book's of the day is written so too), not its note ("_postponed_")
        dated = "dated" in fields.evidence and self.talks_listed and _entry_title(emphasis)
        if not dated and not any(p.url or p.name in strong for p in named[0]):
            return False  # "Ann Lee (Acme) _Best talk ever_": a quote's byline, maybe
        fields.title = clean_text(emphasis)
        fields.add_people(*_linked_after(named, after, inline, before))
        fields.speaker_first = fields.names_quoted = True
        if DAY_REMARK.match(remark):
            fields.evidence.add("dated")
        return True
