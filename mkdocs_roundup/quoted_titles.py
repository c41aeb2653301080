"""A title in quotes, and what stands around it: the people before it (``Ann Lee: "Title"``),
where it was given before or after it (``Harbor Conf – „Titel“``), a byline after it; a
title in corner brackets or a book's marks (``「Title」``, ``《Title》``).
"""

from __future__ import annotations

import re

from .at_events import EventReader, names_place_of_talk
from .byline_cut import BY_WORDS, without_after_names
from .fields import Fields, People
from .inline import ONE_SLOT, SLOT, Inline
from .labels import CLOSE_QUOTES, MONTHS, OPEN_QUOTES, YEAR
from .link_targets import names_its_file
from .model import Party
from .names import (
    EVENT_WORD_END,
    NAME_PARTICLES,
    TALK_EVENT,
    clean_text,
    named_in_full,
)
from .patterns import lazy
from .people_links import is_file
from .written_names import names_as_written

_HAN_RUN = lazy(r"[\u4e00-\u9fff]{5,}")
"""Five Chinese characters or more, and nothing else."""

_KANA = lazy(r"[\u3040-\u30ff]")

_EVENT_KANJI = lazy(r"講演|発表|招待|募集|参加|懇親|基調|登壇|特別|企画|告知|案内|開催")
"""Words of an event's program in kanji, in no one's name (``基調講演``: keynote)."""


def _chinese_phrase(names: str, line: str) -> bool:
    """Whether the words before corner brackets are a phrase, no one's name: in Chinese, five
    characters or more (a Chinese name has two to four) on a line without kana (``你为什么
    需要「…」``; a Japanese name may be as long, ``長谷川亮太「型安全なAPI設計」``); in
    Japanese, words of an event (``特別招待講演「…」``, ``懇親会参加募集「…」``)."""
    words = names.strip()
    if _EVENT_KANJI.search(words):
        return True
    return bool(_HAN_RUN.fullmatch(words)) and not _KANA.search(line)


_EVENT_END = lazy(rf"(?:(?:19|20)\d{{2}}|{EVENT_WORD_END.pattern})$")
"""How an event's name in bold ends: its year (``OFFZONE 2026``), or its word
(``HarborConf``, ``Harbor Meetup``)."""

_MORE_WHERE = lazy(rf"(?:[^{OPEN_QUOTES}\x00]{{0,60}}?\s[-–—]\s+)?")
"""More of where a talk was given before a dash and its quoted title (``, Security track
— «Title»``), or nothing."""

_JOINED_AFTER = lazy(r"(?:and|or|vs\.?|versus|und|oder|et|ou|y|e|o)\s", re.I)
"""A word after a closing quote that joins more words to the quoted ones (``"Fast" and Slow
Parsers``): the quote opens the title, it is not all of it."""

_TITLE_GOES_ON = frozenset("!?")
"""What after a closing quote says the title goes on (``“Kites”! Our journey``)."""

_QUOTED = lazy(rf"^\s*[{OPEN_QUOTES}](?P<title>[^{CLOSE_QUOTES}]+)[{CLOSE_QUOTES}]\s*(?P<rest>.*)$")

_SINGLE_QUOTED = lazy(
    r"^\s*['‘](?P<title>[^'’\x00]{3,}?)['’](?=\s+[-–—|]\s|\s*,\s|\s*$)\s*(?P<rest>.*)$"
)
"""``'Title' - Ann Lee``: a title in single quotes, all of the line's first part (an
apostrophe within words, ``'90s Web``, ``Don't``, closes none before a separator)."""

_TALK_QUOTE = lazy(
    r"\b(?:talk|keynote|presentation|session|workshop|panel|vortrag|charla|palestra|ponencia)"
    rf"\s*[:;]?\s*[{OPEN_QUOTES}](?P<title>[^{CLOSE_QUOTES}\x00]{{3,}}|\x00\d+\x00)[{CLOSE_QUOTES}]",
    re.I,
)
"""``… lightning talk "Title" …``, ``… talk; "[Title](…)"``: the quoted words are the title
(a link's, when the quote holds one link and nothing else)."""

_NUMBERED_PART = lazy(
    r"\s*(?:第\s*\d+\s*[章回部話節]|\d+\s*[章回部話節.:)]|(?:chapter|part|lesson|step|episode)\s*\d)",
    re.I,
)
"""A numbered chapter or part before a title in corner brackets (``第1章``, ``Part 2``): a
book's or a course's, no one's name (a handle may hold digits: ``oka4shi``)."""

_SLOT = lazy(
    r"\s*(?:\d+\s*コマ目|LT\s*\d+|セッション\s*\d+|発表\s*\d+|session\s*\d+)\s*[:：]?\s*", re.I
)
"""A program's slot before a title in corner brackets (``1コマ目``, ``LT2``, ``セッション3``):
when, not who."""

_CORNER_QUOTED = lazy(r"\s*(?P<names>[^「」\x00]{1,40}?)\s*「(?P<title>[^「」]+)」\s*")
"""A name, then the title in corner brackets (``佐藤 春「雲の数え方」``), as Japanese pages list
talks."""

_BOOK_TITLED = lazy(r"(?P<before>[^《》\x00]*)《(?P<title>[^《》\x00]+)》(?P<after>[^《》\x00]*)")
"""A line with one title in book-title marks (``《Title》``), as Chinese pages mark titles."""

_BEFORE_BOOK_TITLE = lazy(r"(?:\d+(?:\.\d+)?[.、)]\s*)?(?P<name>[^:：|]+?)\s*[:：|–—-]\s*")
"""A name, then a separator, before a title in book-title marks (``2. 黄毅：《Title》``; the
list's number before it is no part of it)."""

_AFTER_BOOK_TITLE = lazy(r"\s*[|–—-]\s*(?P<name>.+?)\s*")
"""A separator, then a name, after a title in book-title marks (``《Title》 - 刘永峰``)."""

_HANDLE_AFTER = lazy(
    r"(?P<name>[^\x00-\x7f]+?)\s*(?:[-－]\s*[A-Za-z0-9_.]+|[(（][A-Za-z0-9_. ]+[)）])"
)
"""A name in a script without capitals, then its owner's handle (``胡志强-popoer``,
``老甘(cngump)``): the name alone."""

_NO_PERSON = lazy(
    r"演讲|演講|讨论|討論|主持|讲座|講座|报告|報告|分享|嘉宾|嘉賓|开场|開場|介绍|介紹|主题|主題|对话|對話|圆桌|圓桌|闪电|閃電|生活|随笔|隨筆|读书|讀書|笔记|筆記"
)
"""Words of a talk's kind, a role or a category where a name would stand before a title in
book-title marks (``主题演讲``: keynote; ``主持人``: host; ``读书笔记``: reading notes)."""

_NAMES_THEN_QUOTED = lazy(
    rf"\s*(?P<names>[^{OPEN_QUOTES}{CLOSE_QUOTES}\x00]{{3,160}}?)\s*(?:[,:–—-]|\son)?\s*"
    rf"[{OPEN_QUOTES}](?P<title>[^{CLOSE_QUOTES}\x00]{{3,}})[{CLOSE_QUOTES}]"
    r"(?P<rest>[\s,.;:|–—-]*(?:\x00\d+\x00[\s,.;:|–—-]*)*"
    rf"|(?:[,.;]|\s+(?=[a-z]|[A-Z][a-z]*\s+(?!(?:{NAME_PARTICLES})\s)[a-z]))"
    rf"\s*[^{OPEN_QUOTES}{CLOSE_QUOTES}\x00]*)"
)
"""Speakers named in full, then the title in quotes, then at most links or a remark
without quotes, after a comma, a period, in lower case or as a sentence that opens so
(``Ann Lee, "Title", [deck.pdf](…)``, ``Ann Lee "Title"``, ``Ann Lee (UCL) and Bo Lind
(MIT) on "Title"``, ``Ann Lee (UCL): "Title", jointly with the data science seminar``,
``Ann Lee (UCL) "Title" Joint with the data science seminar``; not ``… "Title" Bo
Lind``, ``… "Title" Jan van Olst``)."""

_CALLED_OFF = lazy(
    r"\b(?:cancell?ed|postponed|called\s+off|abgesagt|verschoben|annulée?|reportée?|"
    r"cancelad[oa]|aplazad[oa]|adiad[oa])\b",
    re.I,
)
"""A remark that says a talk was not given (``Cancelled due to illness``, ``Postponed``)."""

_NAMED_IN_REMARK = lazy(r"\b(?:by|with|and)\s+[A-Z][a-z]+\s+[A-Z][a-z]")
"""A remark that names someone in full (``Joint work with Bo Lind``, ``Moderated by Bo
Lind``): who else gave the talk, maybe; not ``Joint with CERN DS seminar``."""

_EVENT_IN_PARENTHESES = lazy(r"\(([^()]{3,60})\)")
"""Words in parentheses after a quoted title: where it was given, maybe."""


def _names_event_given(rest: str, title: str) -> bool:
    """Whether what follows a quoted title is where it was given, in parentheses, an event
    of talks by its words and a year (``(Harbor Meetup 2019)``, ``(LumenConf, 2020)``; not
    ``(Acme Books 1965)``, ``(Cannes Film Festival 2012)``, nor ``(with Ann Lee)``), a
    ``title`` that names no event itself (``"Harbor Conf in 3 minutes" (Harbor Conf
    2019)``: the event's own video)."""
    found = _EVENT_IN_PARENTHESES.fullmatch(rest)
    words = found[1] if found else ""
    if not (YEAR.search(words) and TALK_EVENT.search(words)):
        return False
    return (
        not TALK_EVENT.search(title)
        and YEAR.sub("", words).strip(" ,").casefold() not in title.casefold()
    )


_PODCAST_GIVEN = lazy(r"\([^()]*\bpodcast\b[^()]*\)", re.I)
"""Where a quoted title was recorded, in parentheses, a podcast (``(Harbor Podcast, episode
39, 2031)``): an episode, no talk."""

_BYLINE_WORDS = rf"(?-i:{BY_WORDS}|di|door|By)"
"""A byline's word in lower case (``Di Ray`` is a name), or ``By``."""

_AFTER_QUOTE = lazy(
    rf"^(?:[-–—,:]\s*(?P<sep_word>(?:{_BYLINE_WORDS})\s+)?|(?P<bare_word>{_BYLINE_WORDS})\b)"
    r"\s*(?P<names>.+)$",
    re.I,
)
"""What follows a quoted title that names its people: a separator or a byline's word in any
of its languages (``- Ann Lee``, ``by Ann Lee``, ``, por Ann Lee``)."""

_ADDRESS_AFTER = lazy(r"\s*<[^<>\x00]{0,40}(?:@|\(at\)|\[at\]|\bat\b)[^<>\x00]{0,40}>")
"""An address in angle brackets after a name (``<ann (at) acme.example>``), not a remark
(``<with Bo Lind>``)."""

_TAIL_TOKEN = lazy(r"(?:\s*(?:,|&|\band\b|\x00(?P<n>\d+)\x00))$")
"""The last token of a byline's tail: a separator, or a link's slot."""

_IN_AFTER = lazy(r"\s+in$")

_FORMAT_NAME = lazy(
    r"html?|odp|key(?:note)?|sxi|swf|zip|tgz|mp3|webm|(?:open|libre)\s*office|shockwave|"
    r"flash|audio",
    re.I,
)
"""A link's words that name a file's format (``[HTML](…)``, ``[OpenOffice](…)``) where no
media word does (:meth:`~mkdocs_roundup.labels.Labels.media_role`: ``[PDF]``, ``[Slides]``)."""

_LONGEST_BYLINE = 300
"""The longest byline read after a quoted title (more is prose)."""

_WHERE_THEN_QUOTED = lazy(
    rf"\s*(?P<where>[^{OPEN_QUOTES}{CLOSE_QUOTES}\x00]{{2,120}}?)\s*:\s*[{OPEN_QUOTES}]"
    rf"(?P<title>[^{OPEN_QUOTES}{CLOSE_QUOTES}\x00]{{3,}})[{CLOSE_QUOTES}](?P<rest>[^\x00]*)",
    re.S,
)
"""Where and when, a colon, then the title in quotes (``Harbor Meetup - Oslo - May 2031:
"Title"``), and maybe a sentence on it after."""

_WHEN = lazy(rf"\b(?:{MONTHS})\b|[‘'’]\d{{2}}\b|\s[-–—]\s", re.I)
"""Words of a line's part before its title that say when, or set apart where from when:
a month, a year's two digits after an apostrophe (``‘25``), a dash."""

_WHERE_PARTS = lazy(r"\s[-–—]\s|[,(:]")
"""What parts the words before a quoted title (``Harbor Meetup - Oslo, NO - May 2031``):
the first part says who or where."""


def _quote_of(text: str) -> re.Match[str] | None:
    """The quote that gives a line's title: in single quotes at its start, in double quotes
    at its start, or after the talk's kind (``… talk "Title"``)."""
    if text.lstrip()[:1] in "'‘":
        single = _SINGLE_QUOTED.match(text)
        if single:
            return single
    if not _opens_quote(text):
        return None  # both other patterns need a quote
    return _QUOTED.match(text) or _TALK_QUOTE.search(text)


def _uncased_names(text: str) -> tuple[Party, ...]:
    """Chinese names (``黄毅``, ``王芳、李雷``), each of two to four characters, without the
    handle after it; none where a part is other words."""
    named = names_as_written(text)
    names = []
    for party in named:
        handled = _HANDLE_AFTER.fullmatch(party.name)
        name = handled["name"] if handled else party.name
        if (
            not 2 <= len(name) <= 4
            or _NO_PERSON.search(name)
            or not all(c.isalpha() and not (c.isupper() or c.islower()) for c in name)
        ):
            return ()  # "主题演讲：《Title》": the talk's kind; "腾讯 李雷": where, then who
        names.append(Party(name))
    return tuple(names)


def _opens_quote(text: str) -> bool:
    """Whether a line holds a mark that opens a quote (both quoted-title rules need one):
    a test of each mark, cheaper than a pattern on every unlabelled line."""
    return any(mark in text for mark in OPEN_QUOTES)


class QuotedTitles(EventReader):
    """Reads a line's quoted title and what stands around it (a page's reader is one)."""

    def _event_then_quoted(self, lead: str, rest: str, fields: Fields) -> bool:
        """``**Harbor Conf 2031** — «Title»``: strong words that end with an event's year
        (or its word) before a title in quotes that opens with a capital, maybe with more of
        where after them (``**Harbor Conf 2031**, Security track — «Title»``): where, then
        what; a title in bold with a quoted subtitle in lower case stays the title
        (``**State of Rust 2030** — "a yearly review"``)."""
        more = _MORE_WHERE.match(rest) if _opens_quote(rest) else None
        quoted = _QUOTED.match(rest[more.end() :]) if more else None
        if quoted is None or not _EVENT_END.search(lead.strip()):
            return False  # "**State of Rust 2030**" ends with its year, but…
        opening = quoted["title"].strip()[:1]  # "« Le typage »": spaces inside the quotes
        if not opening.isupper() and not opening.isdigit():
            return False  # …'"a yearly review for newcomers"' is its subtitle
        fields.title = clean_text(quoted["title"])
        fields.evidence.add("event")
        return True

    def _quoted(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``"Title" - Ann Lee``, ``'Title' - Ann Lee``, ``… talk "Title" …``: the quoted
        words are the title."""
        quoted = _quote_of(text)
        linked = (
            ONE_SLOT.fullmatch(quoted["title"])
            if quoted and quoted.re.pattern == _TALK_QUOTE.pattern
            else None
        )
        if not quoted or ("\x00" in quoted["title"] and not linked):
            return False
        after = quoted.groupdict().get("rest") or ""
        if after[:1] in _TITLE_GOES_ON:
            return False  # '"Kites"! Our journey': the quote opens the title
        if text[quoted.end("title") + 1 : quoted.end("title") + 2].isalnum():
            return False  # "“Kites”から“Sails”へ": a word right after it, the title goes on
        if _JOINED_AFTER.match(after):
            return False  # '"Fast" and Slow Parsers - Bo Lind': the quote opens the title
        if linked:  # 'talk "[Title](…)"': the link is the title's own
            self.title_media(inline.links[int(linked[1])], fields)
        fields.title = clean_text(inline.visible(quoted["title"]))
        rest = after.strip()
        kind_first = quoted.re.pattern == _TALK_QUOTE.pattern and not text[: quoted.start()].strip()
        if kind_first:
            rest = text[quoted.end() :].strip()  # 'Palestra "Title", por Ann Lee': who gave it
        self._after_quote(rest, inline, fields, kind_first=kind_first)
        return True

    def _after_quote(
        self, rest: str, inline: Inline, fields: Fields, *, kind_first: bool = False
    ) -> None:
        """What follows a quoted title: its people (``- Ann Lee``, ``, por Ann Lee``), or
        where it was given or recorded. After a kind (``Palestra "Title"``) only a byline's
        word opens people (``- Sala Verde`` is where); a byline's word of another language
        than English names people in full on a page that says talks only (``"Il nome della
        rosa" di Umberto Eco`` is a book's; ``por Zoom``, how it was given)."""
        after = _AFTER_QUOTE.match(rest)
        named = self._named_after_quote(after, inline)
        if named:
            named = self._quote_byline(named, after, rest, kind_first=kind_first)
        if named:
            fields.add_people(*named)
            fields.quoted = not rest.startswith(",")
        elif _names_event_given(rest, fields.title):
            fields.evidence.add("event")  # '"Title" (Harbor Meetup 2019)': where it was given
        elif _PODCAST_GIVEN.fullmatch(rest):
            fields.evidence.add("written")  # '"Title" (Harbor Podcast, episode 39)': recorded

    def _quote_byline(
        self, named: People, after: re.Match[str] | None, rest: str, *, kind_first: bool
    ) -> People | None:
        """The people named after a quoted title (``after``: :data:`_AFTER_QUOTE`'s match of
        what follows it, ``rest``), where its words say they gave the talk."""
        said = (after["sep_word"] or after["bare_word"] or "") if after else ""
        word = said.strip().casefold()
        if kind_first and not word:
            return None  # 'Workshop "Git" - Sala Verde': the room
        in_full = all(map(named_in_full, named[0]))
        if word not in ("", "by"):  # "- von der Leyen": a name's particle, the rest no name
            capitals = all(p.name[:1].isupper() for p in named[0])
            return named if in_full and capitals and self.page_talks else None
        if after and after["sep_word"]:
            return named if in_full else None  # '"Title", by Zoom': no one in full
        if rest.startswith(","):  # '"Title", PyCon US, Pittsburgh': where
            return named if not named[1] and in_full else None
        return named

    def _named_after_quote(self, after: re.Match[str] | None, inline: Inline) -> People | None:
        """The people named after a quoted title (``after``: :data:`_AFTER_QUOTE`'s match of
        what follows it: ``- Ann Lee``, ``by Ann Lee, April 2031``, ``by Ann Lee in
        [PDF](…)``), if only people are."""
        names = without_after_names(after["names"]) if after else ""  # ", April 2031, …"
        if len(names) < _LONGEST_BYLINE:
            names = self._without_files(names, inline)  # "… in [PDF](…)": its files
        return self.only_names(names, inline) if names else None

    def _without_files(self, names: str, inline: Inline) -> str:
        """A byline without the talk's files after it (maybe after ``in``), what is left
        of files read already, and an address in angle brackets (``Ann Lee <ann (at)
        acme.example> [PDF](…)``); a linked name, a company, an event stay."""
        kept = names.rstrip(" .")
        while (token := _TAIL_TOKEN.search(kept)) is not None:
            if token["n"] is not None:
                link = inline.links[int(token["n"])]
                written = link.text.strip()
                if not (
                    is_file(link.href)
                    or self.media_role(written) is not None
                    or _FORMAT_NAME.fullmatch(written)
                    or self.player_piece(link, files=True)
                ):
                    break  # "… and [Bo Lind](…)", "… in [Harbor Conf](…)"
            kept = kept[: token.start()].rstrip()
        if kept != names.rstrip(" ."):
            kept = _IN_AFTER.sub("", kept)  # "by Ann Lee in [PDF](…)"
        kept = _ADDRESS_AFTER.sub("", kept)
        return kept if kept.strip() else names

    def where_then_quoted(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``Harbor Meetup - Oslo - May 2031: "Title"``, ``HarborConf ‘31: “Title”.``: a
        speaker's own list gives where and when, then the title in quotes; whatever follows
        the quote is a remark (``, accepted for the conference``), but names after a dash."""
        found = _WHERE_THEN_QUOTED.fullmatch(text) if ":" in text else None
        if found is None or any(q in found["rest"] for q in OPEN_QUOTES):
            return False  # '"Kites" and "Sails"': the quotes are the title's own
        where = found["where"]
        if not (YEAR.search(where) or _WHEN.search(where) or names_place_of_talk(where)):
            return False  # "Ann Lee: “Title”": who, then what
        head = _WHERE_PARTS.split(where, 1)[0]
        named = self.only_names(head, inline) if not names_place_of_talk(head) else None
        if named and named[0] and all(map(named_in_full, named[0])):
            return False  # "Ann Lee (Acme), March 2031: “Title”": who first
        fields.title = clean_text(found["title"])
        rest = found["rest"].strip()
        after = _AFTER_QUOTE.match(rest) if not rest.startswith((",", ":")) else None
        named = self.only_names(without_after_names(after["names"]), inline) if after else None
        if named:  # "… di Umberto Eco": a book's author, off a page of talks
            named = self._quote_byline(named, after, rest, kind_first=False)
        if named:
            fields.add_people(*named)
        return True

    def _names_then_quoted(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``Ann Lee, "Title", [deck.pdf](…)``: the speakers, each named in full, then the
        title in quotes."""
        found = _NAMES_THEN_QUOTED.fullmatch(text) if _opens_quote(text) else None
        named = self.only_names(found["names"], inline) if found else None
        if not found or not named or not all(map(named_in_full, named[0])):
            return False
        if _CALLED_OFF.search(found["rest"]) or _NAMED_IN_REMARK.search(found["rest"]):
            return False  # '… "Title", cancelled', '… "Title" Joint work with Bo Lind'
        fields.title = clean_text(found["title"])
        fields.add_people(*named)
        fields.speaker_first = fields.names_quoted = True
        for n in SLOT.findall(found["rest"]):  # "[queues.pdf](2031-05-queues.pdf)": its deck
            link = inline.links[int(n)]
            piece = (
                self.link_piece(link, "slides") if names_its_file(link.text, link.href) else None
            )
            if piece is not None:
                fields.media.append(piece)
                fields.evidence.add("media")
                fields.explicit = True  # the quotes say which part is the title
        return True

    def _corner_quoted(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``haru「[石の重さ](deck)」``: the speakers as written, then the title in corner
        brackets (its link, the talk's material)."""
        found = _CORNER_QUOTED.fullmatch(text)
        names = inline.visible(found["names"]) if found else ""
        if found and _SLOT.fullmatch(names) and "\x00" not in found["title"]:
            fields.title = clean_text(found["title"])  # "1コマ目「Title」": the first slot's
            return True
        speakers = names_as_written(names) if names and not _NUMBERED_PART.match(names) else ()
        if not found or not speakers or _chinese_phrase(names, text):
            return False  # "第1章「はじめに」": a book's chapter, no one's talk
        whole = ONE_SLOT.fullmatch(found["title"])
        if whole:
            link = inline.links[int(whole[1])]
            fields.title = clean_text(link.text)
            self.title_media(link, fields)
        else:
            fields.title = clean_text(inline.visible(found["title"]))
        fields.add_people(speakers, ())
        fields.explicit = True  # the brackets say which part is the title
        return True

    def _book_titled(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``2. 黄毅-codeplayer：《Title》``, ``《Title》 - 刘永峰``: a title in book-title
        marks and, on its one side, the speaker's name in a script without capitals (her
        handle after it is no part of it), set apart by a separator."""
        found = _BOOK_TITLED.fullmatch(inline.visible(text).strip())
        if not found:
            return False
        before, after = found["before"].strip(), found["after"].strip()
        side = (
            _BEFORE_BOOK_TITLE.fullmatch(found["before"])
            if before and not after
            else _AFTER_BOOK_TITLE.fullmatch(found["after"])
            if after and not before
            else None
        )
        speakers = _uncased_names(side["name"]) if side else ()
        if not speakers:
            return False
        fields.title = clean_text(found["title"])
        fields.add_people(speakers, ())
        fields.explicit = True  # the marks say which part is the title
        return True
