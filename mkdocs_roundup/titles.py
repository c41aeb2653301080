"""A unit's own line (a heading, a list item, a table cell, an intro line): its title,
people, kind and media.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .at_events import names_place_of_talk, without_event
from .byline_cut import BY_WORDS
from .fields import LENGTH, Fields, People
from .honorifics import (
    LENGTH_IN_PARENTHESES,
    NO_ORG_AFTER_NAME,
    NOT_TALK_PART,
    TALK_LENGTH,
    honored_end,
)
from .inline import ONE_SLOT, SLOT, Inline
from .labels import (
    BREAK_WORD,
    COUNTRY_END,
    IN_LANGUAGE,
    LANGUAGES,
    LEADING_DATE,
    MONTH_DAY,
    MONTHS,
    SEPARATORS,
    SPACED_DASH,
    is_date,
)
from .line_labels import (
    labelled_inside,
    labelled_parts,
    labelled_speakers,
    labelled_title,
    speakers_after_title,
)
from .line_marks import (
    CLOCK_SLOT,
    LEADING_SLOT,
    LENGTH_AFTER,
    without_badge,
    without_bullet,
    without_layout,
    without_marks,
)
from .link_targets import (
    is_deck_page,
    is_media_address,
    is_session_page,
    is_work_item,
)
from .media import LINK_ATTRS
from .model import Party
from .names import JOINING_WORDS, clean_text, is_org_name, looks_like_name
from .paren_remarks import NO_ONE_WORD
from .patterns import lazy
from .quoted_at import ON_DAY, quoted_at_event
from .sentence_lines import sentence_byline
from .talk_kinds import KIND_WORDS, kind_marked
from .title_splits import TitleSplits
from .topic_lists import one_person_in_full
from .written_names import names_as_written

_DATE_LINK = lazy(r"\s*\x00(\d+)\x00(?:\s+at\s+[A-Z]{2,}\b)?(?:\s*[-–—:|,]\s+|\s+)")
"""A link that opens a talk's line, maybe where the meeting was in capitals, then a
separator or a blank: when it says a date, the meeting's page (``[Mar 2019](…) - Title by
Ann Lee``, ``[7th October 2031](…) Ann Lee (Acme) "Title"``, ``[7th October 2031](…) at
CERN  Ann Lee (Acme): "Title"``), no word of the title."""


def _says_date(text: str) -> bool:
    """Whether a link's text is a date with its day or year (``Mar 2019``, ``7th October
    2031``; ``May`` alone may be a name, ``2029`` alone a year's page)."""
    return bool(LEADING_DATE.match(f"{text} - ")) or (
        any(c.isdigit() for c in text) and not text.strip().isdigit() and is_date(text)
    )


_DATE_AND_PLACE = lazy(
    rf"\s*(?:{MONTH_DAY}\.?(?:,?\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:\s+(?:@|at)\s+[^,;:()\x00]+?)?(?:\s+(?:ft|feat)\.?)?[\s,;:|\-–—]*",
    re.I,
)
"""What is left of an event's line (``October 25th @ Acme ft., Ann Lee``) once its people
are taken: when and where, no title."""
_SEPARATOR_CHARS = frozenset(" \t" + SEPARATORS)
_TRAILING_SEPARATOR = lazy(r"(?:[\s,;:|\-–—]+|\s+~\s*)(?:\.\s*)?$")
"""What a line ends with once its media links are taken: separators (``Title -``), a tilde
after a blank (``Title ~``; not a subtitle's closing one, ``~from the start~``)."""
_NO_MEDIA = lazy(
    r"\s*\((?:(?:no|without|sin|sem|ohne|keine?|pas\s+de)\s+)?(?:recording|video|slides|grabación|"
    r"gravação|vídeo|diapositivas|aufzeichnung|folien|vidéo|enregistrement)\)",
    re.I,
)
"""A remark on a talk's recording or slides, or that it has none (``Title (Video)``, ``Title
(no slides)``): no word of its title."""
_NUMBERED_KIND = lazy(
    r"^\s*(?P<kind>(?:lightning\s+)?talk|keynote|session|workshop|panel|lightning|demo)"
    r"\s*#?\s*\d+\s*[:.\-–—]\s*(?P<rest>.+)$",
    re.I,
)
ATTR_LIST = lazy(r"(?<!\s)\s*\{:?\s*(?P<attrs>[^{}]*)\}\s*$")
"""An ``attr_list`` at a line's end (``{: .talk #anchor }``), with the blanks before it (tried
from a run's first blank only: from each of them, a long run took time quadratic in it)."""
_UNLINKED = lazy(r"\s*\[(?P<words>[^\[\]\x00]+)\]\s*")
"""A line that is all one bracket linking nowhere (``[Title - Ann Lee]``): a link's text
whose address was left out."""
_BYLINE_TAIL = lazy(
    rf"(?P<head>.+?(?:\s[-–—]\s+|\s(?:{BY_WORDS})\s+)(?P<name>[^\x00()\-–—,]{{3,60}}?)"
    rf"\s*\([^()\x00]{{2,60}}\))\s+(?P<rest>(?!(?:{JOINING_WORDS}|&)\s)[^\s,&(][^()]*)"
)
"""A title, a byline of one name and where she works, then more (``Title - Ann Lee (Acme)
[Demo](…)``, ``… von Ann Lee (Acme) mit [Demo](…)``, ``… - Ann Lee (Acme) - subtitle``),
not another person (``… and Bo Lind (Lumen)``, ``… stood in for by Bo (Lumen)``)."""
_JOINED_PERSON = lazy(
    r"(?:with|mit|zusammen\s+mit|sowie|junto\s+a|con|avec|feat\.?|ft\.?|/|\+)\s+"
    r"(?P<who>[^\x00()]+?)\s*(?:\([^()\x00]*\))?\s*",
    re.I,
)
"""What follows a byline when it names one more person, maybe where she works (``with Bo
Lind``, ``mit Bo Lind (Lumen)``, ``/ Bo Lind``)."""
_BLANKS = lazy(r"\s{2,}")
"""A run of blanks: one is as good as many to the patterns that read a line, and a long run
(``Title`` and 50,000 spaces) made them try every split of it, time quadratic in its length."""


def _without_slot(text: str) -> str:
    """``Session 1: Title``: the title, without its place in the program."""
    slot = _NUMBERED_KIND.match(text)
    return slot["rest"] if slot and slot["kind"].lower() in ("session", "talk") else text


_BY_NAME_IN = lazy(r"\sby\s+\S.*\s[A-Z][^\s,]*\s+(?:in|as)$")
"""A byline, a name in capitals, then ``in``: what the media after it are in (``… by Ann
Lee in [PDF](…)``; not ``Logging in``, ``Zoom in``)."""
_MONTH_LEAD = lazy(rf"\s*(?:{MONTHS})\.?\s+[-–—|]\s+(?=\S)", re.I)
"""A month alone before a talk's line that links its material (``November - Ann Lee:
[Title](slides.pdf)``), under its year."""
_NUMBERED_TOPIC = lazy(
    r"\s*(?:主题|主題|议题|議題|话题|話題|分享|演讲|演講|세션|セッション)\s*"
    r"[一二三四五六七八九十\d]{1,3}\s*[:：]\s*(?=\S)"
)
"""A Chinese, Korean or Japanese program's topic or session by its number before its title
(``主题一：Title``, ``세션 1 : Title``)."""
_PLACE_THEN_TITLE = lazy(r"(?P<where>[^-–—]{3,120}?,\s*[A-Z]{2})\s+[-–—]\s+(?P<rest>\S.*)", re.S)
"""Where a talk was given, ending with its country's code after a comma (``[Harbor Days](…),
Oslo, NO``), a dash, then the talk's line: a speaker's own list names no one there."""
_EVENT_THEN_REST = lazy(r"\s*(?P<where>[^-–—\x00]{3,60}?)\s+[-–—]\s+(?P<rest>\S.*)", re.S)
"""Where a dated line's talk was given, unlinked (a linked event is read with its list), a
dash, then the rest of the line."""
_LANGUAGE_AFTER = lazy(
    rf"\s+[-–—]\s+(?:in\s+)?(?:{'|'.join(LANGUAGES)})\s*$|\s*{IN_LANGUAGE}\s*$",
    re.I,
)
"""The language a talk was given in, after its title (``Title - in English``)."""
_SLOT_AFTER = lazy(rf"\s*[-–—,]?\s*{CLOCK_SLOT}\)?\s*$", re.I)
"""A time slot after a name (``Ann Lee - 12:05 - 12:20``, ``Bo 12:20-12:40``): when she spoke."""
_KIND_FIRST = lazy(r"(?P<kind>keynote|panel|workshop|tutorial)\s*[-–—:]\s+(?=\S)", re.I)
"""A talk's kind before its title, set apart (``Keynote - Title``)."""
_NAME_THEN_COLON = lazy(r"\s*([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*:\s")
"""Words in capitals that may be a name, then a colon (``Ann Lee: …``)."""


def _names_where(where: str, inline: Inline) -> bool:
    """Whether a part that ends with a country's code names where a talk was given: it opens
    with a link (the event's page) or names an event by its words (``Harbor Days, Oslo,
    NO``; not ``Terraform, Ansible, CI`` nor ``Bo Lind, EA``)."""
    first = where.split(",", 1)[0].strip()
    link = SLOT.match(first)
    if link:  # the event's page, not the talk's own deck ("[Title](deck), Austin, TX")
        href = inline.links[int(link[1])].href
        return not (is_media_address(href) or is_deck_page(href))
    return names_place_of_talk(inline.visible(first))


def _named_first(text: str) -> re.Match[str] | None:
    """A line that opens with a person's full name, then a colon (``Ann Lee: …``; not
    ``Sponsor: …``, ``Berlin: …``, ``Acme Corp: …``): the name, its first group."""
    found = _NAME_THEN_COLON.match(text)
    named = found is not None and looks_like_name(found[1]) and not is_org_name(found[1])
    return found if named else None


_REMARK_THEN_LINK = lazy(r"(?P<lead>[^\x00:：]{3,80}?)\s*[:：]\s*\x00(?P<n>\d+)\x00\s*")
"""A few words, a colon, then one link and nothing more."""
_BRACKETED_LINK = lazy(r"\[(\x00\d+\x00)\]")
"""A link in brackets after a title (``[Title](paper.pdf) [[slides](…)]``), as one in
parentheses is: a remark on the talk, its media."""
_BRACKETED_LAST = lazy(r"(?<=\w)(\s+)\[([^\[\],]{1,60})\]\s*$")
"""Words in brackets that end a line (``Title - Ann Lee [Acme]``), as words in parentheses
would: where she works, a remark."""
_TAG = lazy(r"[A-Z]{2,3}(?:\s*/\s*[A-Z]{2,3})*")
"""A tag of two or three capitals (``[EN]``, ``[WIP]``, ``[EN/FR]``): a language's code or a
state, no one's organization."""
_TAG_WORDS = NO_ONE_WORD | {
    "talk", "on site", "beginner", "intermediate", "advanced", "draft", "new", "updated", "postponed"
}  # fmt: skip
"""Words in brackets that tag a talk (its language, kind, format, level or state)."""


def _bracketed_last(found: re.Match[str]) -> str:
    """Words in brackets that end a line after a dash and a name, as if in parentheses,
    but a tag (``[EN]``, ``[Keynote]``, ``[Remote]``), which stays as written."""
    words = found[2].strip()
    after_name = SPACED_DASH.search(found.string, 0, found.start()) is not None
    if not after_name or _TAG.fullmatch(words) or words.casefold() in _TAG_WORDS:
        return found[0]  # "## Quiet Queues [Part 2]": the title's own
    return f"{found[1]}({found[2]})"


_DECK_WORD = lazy(
    r"\W*(?:slides?|deck|presentation|pr[äé]sentation|presentaci[óo]n|apresenta[çc][ãa]o|folien)"
    r"\W*",
    re.I,
)
"""A link's text that says it is the talk's deck (``[presentation](…)``)."""


def _as_read(text: str) -> str:
    """A unit's line as the reader reads it: without Hugo's line breaks (``{{< br >}}``),
    a link in brackets as one in parentheses (``[[slides](…)]``), and so the words in
    brackets that end it (``Ann Lee [Acme]``), its blanks one space."""
    text = without_layout(text)
    if "[\x00" in text:
        text = _BRACKETED_LINK.sub(r"(\1)", text)
    if text.endswith("]"):
        text = _BRACKETED_LAST.sub(_bracketed_last, text)
    if _has_blanks(text):
        text = _BLANKS.sub(" ", text)
    return text


def _title_link_beside_deck(text: str, inline: Inline, fields: Fields) -> None:
    """``[Title](paper.pdf) ([presentation](deck.pdf))``: where a line links its deck by a
    word that says so, the title's own link is another document's (a paper's), no slides."""
    slots = SLOT.findall(text)
    if not slots or not text.lstrip().startswith(f"\x00{slots[0]}\x00"):
        return
    decks = [n for n in slots[1:] if _DECK_WORD.fullmatch(inline.links[int(n)].text)]
    if not decks:
        return
    title_href = inline.links[int(slots[0])].href.strip()
    fields.media = [
        p for p in fields.media if p.media.url != title_href or p.media.kind != "slides"
    ]


def _dated_name(text: str, inline: Inline, fields: Fields) -> bool:
    """Whether a line gives its day in bold, a dash, then only a person's name in full
    (``**May 16th, 2031** - Ann Lee``): where a bold lead is a title and what follows the dash
    names who gave it, the day stands in the title's place; when and who, no title. (Without
    the bold, ``2031-03-01 - Shipping Heaps Faster`` may be a title.)"""
    day = LEADING_DATE.match(without_bullet(text))
    if day is None or day[0].rstrip()[-1:] not in "-–—" or len(inline.strong) != 1:
        return False
    lead = without_bullet(inline.strong[0]).strip()
    return day[0].rstrip(" -–—").strip() == lead and one_person_in_full(fields.title)


def _in_corner_brackets(title: str) -> tuple[str | None, str]:
    """The kind of a talk whose title is in corner brackets before its speaker's honorific,
    and the words inside (``セッション「Title」``, ``パネルディスカッション「Title」``; the
    title as it is, a talk's, where no brackets hold it); no kind (``None``) where the
    words before the brackets name something else (``乾杯「…」``, ``書籍紹介「…」``)."""
    found = _CORNER_TITLE.fullmatch(title) if "「" in title else None
    if found is None:
        return "talk", title
    return _kind_before(found["kind"].strip().casefold()), found["title"]


_LENGTH_FIRST = lazy(LENGTH_IN_PARENTHESES)
"""How long a talk lasts, in parentheses before its speaker's name (``(10分) 又吉さん``)."""
_CORNER_TITLE = lazy(r"\s*(?P<kind>[^「」\x00]{0,20}?)\s*「(?P<title>[^「」]+)」\s*")
"""A title in corner brackets, maybe after its kind (``セッション「Title」``)."""
_JAPANESE_ROLE = lazy(r"提供|幹事|司会|主催|協賛|担当|運営")
"""Words before a name that say what she did there but speaking (``提供``, provided by)."""


def _kind_before(words: str) -> str | None:
    """The kind of talk the words before a title's corner brackets name (``セッション``,
    ``パネルディスカッション``; ``特別講演``: words ending with a talk's), ``"talk"`` where
    none stand before them, ``None`` where they name something else (``乾杯「…」``,
    ``余興「…」``, ``書籍紹介「…」``: a toast, a show, a book)."""
    if not words:
        return "talk"
    return _JAPANESE_KINDS.get(words) or ("talk" if _TALK_WORD_END.search(words) else None)


_TALK_WORD_END = lazy(r"(?:講演|発表|セッション|トーク|lt\d*)$", re.I)
"""How words that name a kind of talk end (``特別講演``, ``招待講演``, ``LT1``)."""


_JAPANESE_KINDS = {
    "セッション": "talk", "講演": "talk", "発表": "talk", "lt": "lightning",
    "ライトニングトーク": "lightning", "パネルディスカッション": "panel", "パネル": "panel",
    "ワークショップ": "workshop", "ハンズオン": "workshop", "基調講演": "keynote",
    "キーノート": "keynote",
}  # fmt: skip
"""The kinds of talk a Japanese program names before a title in corner brackets."""


class TitleReader(TitleSplits):
    """Reads a unit's own line into its :class:`~mkdocs_roundup.fields.Fields`."""

    def title_line(self, text: str, inline: Inline, fields: Fields, line: int) -> None:
        """Read the line that introduces a unit: title, people, media, kind. An event's
        line that names no talk (``October 25th @ Acme ft., Ann Lee``) is the title as
        written."""
        text = _as_read(text)
        text, named = self._line_head(text, inline, fields)
        given = self.year_then_event(without_bullet(text), inline)
        if given is not None:
            text = given  # "[2023] Rust Tallinn - Title": when and where, then what
            fields.evidence.add("event")
        if text.rstrip()[-1:] in ")]" and (length := LENGTH_AFTER.search(text)):
            text = text[: length.start()]  # "Ann Lee: Title (30min)": a program's slot
            if self.talks_titled and not BREAK_WORD.search(text):  # not "Open discussion"
                fields.evidence.add(LENGTH)
        text = without_marks(text)
        text = without_badge(text, inline)  # "`fr` [Title](…)": the language it is given in
        if "\x00{" in text:  # "[](deck.pdf){: .pdf }": the link's attributes, no words
            text = LINK_ATTRS.sub(r"\1", text)
        if "\x00" in text:
            links = (inline.links[int(n)] for n in SLOT.findall(text))
            fields.work_item = any(is_work_item(link.href) for link in links)
        self.title_fields(text, inline, fields)
        if "dated" in fields.evidence and not fields.speakers and _dated_name(text, inline, fields):
            fields.title = ""  # "**May 16th, 2031** - Ann Lee ([slides](…))": when and who only
        if len(fields.media) > 1:
            _title_link_beside_deck(text, inline, fields)
        if named:
            self._honored_title(text, inline, named, fields)
        if fields.title and sum(is_session_page(link.href) for link in inline.links) == 1:
            # the title, or a link beside it, links the talk's page in a program
            fields.evidence.add("session")
        if fields.calendar_reading is not None:  # what the first reading gave, to undo
            read = (tuple(fields.speakers), tuple(fields.organizations), len(fields.media))
            fields.calendar_reading = replace(fields.calendar_reading, read=read)
        self._title_as_read(text, inline, fields)

    def _title_as_read(self, text: str, inline: Inline, fields: Fields) -> None:
        """The title read from a line, without the remarks and the event it may end with."""
        if fields.title and _DATE_AND_PLACE.fullmatch(fields.title):
            fields.title = self.line_named(fields.title, text, inline)
        if "(" in fields.title:
            fields.title = _NO_MEDIA.sub("", fields.title)  # "Title (no recording)"
        titled = without_event(fields.title)  # "Title — KubeCon, 2023", "PGcon 2012: Title"
        if titled:
            fields.title = titled
            fields.evidence.add("event")

    def _line_head(self, text: str, inline: Inline, fields: Fields) -> tuple[str, People | None]:
        """A line without what opens it before the talk (a month alone, a Chinese topic's
        number) and without a name and an honorific that end it, with those people."""
        month = _MONTH_LEAD.match(text) if self.talks_said else None
        if month and _named_first(rest := text[month.end() :]):
            text = rest  # "November - Ann Lee: [Title](…)", on a page of talks: when
            fields.evidence.add("dated")
        if not text.isascii() and (topic := _NUMBERED_TOPIC.match(text)):
            text = text[topic.end() :]  # "主题一：Title": the first topic, its title
        honored = honored_end(text, page_talks=self.page_talks)
        if honored is None or NOT_TALK_PART.search(inline.visible(honored["title"])):
            return text, None  # "### 実行委員長: 山田 花子さん": who did what, no talk
        who = honored["who"]
        length = _LENGTH_FIRST.match(who)  # "「Title」(10分) 又吉さん"
        who = who[length.end() :] if length else who
        kind, title = _in_corner_brackets(honored["title"])
        if _JAPANESE_ROLE.search(who) or kind is None:
            return (
                text,
                None,
            )  # "「Rust入門」提供 伊藤さん", "乾杯「開会のあいさつ」山田さん": no talk
        named = self._honored(who, inline)
        if not named:
            return text, None
        org = clean_text(honored.groupdict().get("org") or "")  # "김민수님 (Acme)": hers
        orgs = (Party(org),) if org and not NO_ORG_AFTER_NAME.search(org) else ()
        if length or (org and TALK_LENGTH.fullmatch(org)):
            fields.evidence.add(LENGTH)  # "「Title」又吉さん(30分)": a program's slot
        fields.kind = kind if kind != "talk" else fields.kind
        return title, (tuple(named), orgs)

    def _honored_title(self, text: str, inline: Inline, named: People, fields: Fields) -> None:
        """The people a line names before its honorific, its title all before them
        (``Goodbye X, Hello Y - Ann Lee さん`` names no "Hello Y")."""
        if fields.speakers:
            fields.title = clean_text(inline.visible(self.without_media_links(text, inline)))
        fields.speakers[:] = named[0]
        fields.organizations[:] = named[1]
        fields.evidence.update(("names", "honored"))  # as "Title - Ann Lee" names her

    def _honored(self, who: str, inline: Inline) -> list[Party]:
        """The people a line names before an honorific: read as names (``Ann Lee
        (@ann)``), else as written (``@ann``, ``田中 花子``)."""
        speakers, _ = self.people(who, inline)
        if speakers and all(p.in_full for p in speakers):
            return list(speakers)
        return list(names_as_written(inline.visible(who)))

    def line_named(self, title: str, text: str, inline: Inline) -> str:
        """The words of ``text`` that begin with ``title``: the link's text that does, or
        the visible line without its media links and trailing separators."""
        for n in SLOT.findall(text):
            written = clean_text(inline.links[int(n)].text)
            if written.startswith(title):
                return written
        visible = clean_text(inline.visible(self.without_media_links(text, inline)))
        visible = _TRAILING_SEPARATOR.sub("", visible)
        return visible if visible.startswith(title) else title

    def title_fields(self, text: str, inline: Inline, fields: Fields) -> None:
        text = self.attr_list(text, fields)
        after_event = self.event_then_title(text, inline)
        if after_event is not None:
            fields.evidence.add("event")  # "[Harbor Conf 2015](…): [Title](…)"
            text = after_event
        elif (lead := self._remark_before_player(text, inline)) is not None:
            fields.abstract.append(lead)  # "Max's talk on clusters: [Title - Max Lee](video)"
            text = text[text.index("\x00") :]
        whole = ONE_SLOT.fullmatch(text)
        if whole and not fields.untitled:
            link = inline.links[int(whole[1])]
            if not self.bold_name_in_link(link, inline, fields):
                self.link_title(link, fields)
            return
        if self._named_link(text, inline, fields) or self._linked_then_names(text, inline, fields):
            return
        dated = "dated" in fields.evidence
        text = self._line_text(text, inline, fields)
        if not dated and "dated" in fields.evidence:
            self.calendar_line(text, inline, fields)  # "2019-05-02 - [Harbor Days](…) - …"
        text = self.without_remark(text, inline)  # "[Title](video) with 2.1K views"
        whole = ONE_SLOT.fullmatch(text)  # "[Title](video) - [Transcript](…)": one link left
        if whole and not fields.untitled:
            self.link_title(inline.links[int(whole[1])], fields)
            return
        if self.described_link(text, inline, fields):
            return
        if self._names_then_strong(text, inline, fields):
            return
        if fields.untitled:
            if whole:  # "## [Meetup May](deck.pdf)" over "Talk: Title": the talk's deck
                self.title_media(inline.links[int(whole[1])], fields)
            text = self._without_slot(text, inline)  # "## Ann Lee - 12:05 - 12:20"
            if not labelled_speakers(self, text, inline, fields):  # "## Speaker: Ann Lee"
                speakers, orgs = self.people(_NUMBERED_KIND.sub(r"\g<rest>", text), inline)
                fields.add_people(speakers, orgs)
            return
        if not self._labelled(text, inline, fields):
            self._unlabelled(text, inline, fields)

    def _remark_before_player(self, text: str, inline: Inline) -> str | None:
        """The remark before a colon and a player's one link whose words give the title, a
        dash, then its speakers in full (``Max's talk on clusters: [Managing Clusters with
        Flux - Max Lee, Acme](video)``), on a page that says talks: what the link's words
        tell is the talk."""
        found = _REMARK_THEN_LINK.fullmatch(text) if self.page_talks and "\x00" in text else None
        if found is None:
            return None  # a playlist's "Morning: [Clair de Lune - Claude Debussy](…)"
        link = inline.links[int(found["n"])]
        cut = SPACED_DASH.split(clean_text(link.text))
        if len(cut) < 2 or self.player_piece(link) is None:
            return None
        named = self.only_names(cut[-1], Inline(cut[-1]))
        if not named or not named[0] or not all(p.in_full for p in named[0]):
            return None
        return clean_text(found["lead"])

    def _without_slot(self, text: str, inline: Inline) -> str:
        """A line without the time slot after the name of the one who spoke then (``Ann Lee -
        12:05 - 12:20``, ``Speaker: Ann Lee 12:05``): a name in full, no place, room or
        event (``Main Hall 10:00``, ``Berlin 10:00``, a first name alone, stay as written)."""
        slot = _SLOT_AFTER.search(text)
        if slot is None:
            return text
        before = text[: slot.start()]
        labelled = self.label(before)
        name = clean_text(inline.visible(labelled[1] if labelled else before))
        return before if one_person_in_full(name, self.known_orgs) else text

    def _labelled(self, text: str, inline: Inline, fields: Fields) -> bool:
        """A line whose labels or kind say what its parts are (``Speaker: …, Topic: …``,
        ``Lightning talk 2: Ann Lee``)."""
        return (
            labelled_parts(self, text, inline, fields)
            or labelled_inside(self, text, inline, fields)
            or labelled_title(self, text, inline, fields)
            or labelled_speakers(self, text, inline, fields)
            or speakers_after_title(self, text, inline, fields)
            or self._numbered(text, inline, fields)
        )

    def _unlabelled(self, text: str, inline: Inline, fields: Fields) -> None:
        """A line that says what its parts are by their order and separators only."""
        text = _without_slot(text) if fields.evidence else text
        tail = _BYLINE_TAIL.fullmatch(text) if ")" in text else None
        if tail and self._byline_then_more(tail, inline, fields):
            return
        if self._citation(text, inline, fields) or self._dated_name_colon(text, inline, fields):
            return
        if self._marked_title(text, inline, fields) or self._place_then_title(text, inline, fields):
            return
        if not (
            self.at_event(text, inline, fields)
            or self.linked_title_at_event(text, inline, fields)
            or self.given_for(text, inline, fields)
            or (". " in text and sentence_byline(self, text, inline, fields))
        ):
            self._split_title(text, inline, fields)
        if kind_marked(fields.title):
            fields.evidence.add("kind")  # "Keynote: …", "… – Workshop": a talk, by its kind

    def _dated_name_colon(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``2031-09-12 - Ann Lee: Title``, ``September - Ann Lee: Title`` (under its year): a
        dated line's speaker named in full, a colon, then the title in capitals, no link
        needed (a line with links is read otherwise), on a page that says talks (a club's
        calendar, ``Board Meeting: Budget review``, and news, ``Ann Lee: joined the board``,
        are none); whether it was one."""
        dated = "dated" in fields.evidence and self.page_talks
        found = _named_first(text) if dated and "\x00" not in text else None
        if found is None:
            return False  # a linked line ("Tracing Queues: Tempo @ [Otter Days](…)") reads else
        if any(found[1] in run for run in (*inline.emphasis, *inline.strong)):
            return False  # "2024: *Fuzzing Web APIs: Overview*": a title marked whole
        named = self.only_names(found[1], inline)
        title = clean_text(inline.visible(text[found.end() :]))
        if not named or not all(p.in_full for p in named[0]) or len(title.split()) < 2:
            return False
        if "//" in title or not title[:1].isupper():
            return False  # "Ann Lee: joined the board": news; "…: \[//www…pdf": a link gone wrong
        fields.add_people(*named)
        fields.title = title
        fields.speaker_first = True
        return True

    def _marked_title(self, text: str, inline: Inline, fields: Fields) -> bool:
        """A line whose title its marks set apart: in strong words, in quotes (with where
        and when, or names, before them), in emphasis after where and when, in corner
        brackets or book-title marks; whether it was one."""
        if inline.emphasis and self.names_then_emphasized(text, inline, fields):
            return True  # "**Ann Lee** (Acme) _Title_ (27/5/2031)": who, then what
        if inline.emphasis and self.emphasized_title(text, inline, fields):
            return True
        if self.strong_lead(text, inline, fields) or self._quoted(text, inline, fields):
            return True
        if self.where_then_quoted(text, inline, fields):
            return True
        if self._names_then_quoted(text, inline, fields):
            return True
        if "「" in text and self._corner_quoted(text, inline, fields):
            return True
        return "《" in text and self._book_titled(text, inline, fields)

    def _place_then_title(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``[Harbor Days](…), Oslo, NO - Keynote - [Title](deck).``: where, then the talk's
        line (its kind, its title); whether it was one."""
        where = _PLACE_THEN_TITLE.fullmatch(text)
        if where is None or not _names_where(where["where"], inline):
            return False
        fields.evidence.add("event")
        rest = where["rest"].rstrip()
        rest = rest[:-1] if rest.endswith("\x00.") else rest  # "[Title](deck).": its end
        if kind := _KIND_FIRST.match(rest):
            fields.kind = " ".join(kind["kind"].casefold().split())
            rest = rest[kind.end() :]  # "Keynote - [Title](deck)": its kind, then its title
        self._unlabelled(rest, inline, fields)
        return True

    def _dated_event_first(self, text: str, inline: Inline, fields: Fields) -> str:
        """A dated line's event, a dash, then the title (``5.5.2015 - Harbor Meetup, Oslo -
        Title - in English``; a linked event is read with its list): the title, without the
        language it was given in after it; any other line as it is."""
        found = _EVENT_THEN_REST.fullmatch(text)
        if found is None:
            return text
        where = clean_text(inline.visible(found["where"]))
        if COUNTRY_END.search(where):
            return text  # "[Harbor Days](…), Oslo, NO - …": read with its place
        rest = _LANGUAGE_AFTER.sub("", found["rest"]).rstrip()
        if not names_place_of_talk(where) or self.only_names(where, inline) or not rest:
            return text
        if self.only_names(rest, inline):
            return text  # "Harbor Meetup - Ann Lee": who spoke there, no title
        fields.evidence.add("event")
        return rest

    def _line_text(self, text: str, inline: Inline, fields: Fields) -> str:
        """The line without its media links, a leading date and trailing separators."""
        media = len(fields.media)
        text = self.line_media(text, inline, fields)
        dated = LEADING_DATE.match(text) or LEADING_SLOT.match(text)
        if dated is None and text.lstrip()[:1] == "\x00":  # "[Mar 2019](meetup) - Title"
            dated = _DATE_LINK.match(text)
            if dated and not _says_date(inline.links[int(dated[1])].text):
                dated = None
        if dated:
            text = text[dated.end() :]
            fields.evidence.add("dated")  # "2014-01-30: Ann Lee - Title": given that day
            text = self._dated_event_first(text, inline, fields)
        on_day = ON_DAY.match(text) if text[:1] == "\x00" else None
        link = inline.links[int(on_day[1].strip("\x00"))] if on_day else None
        if (
            on_day and link and quoted_at_event(link.text, link.href, decks=self.slides_listed)
        ):  # '["Title" at Harbor Conf](deck) on October 27th (…)'
            text = on_day[1]  # when, then remarks
            fields.evidence.add("dated")
        if text[-1:] == "\x00":
            text = self.without_pointers(text, inline, fields)
        if text[-1:] in _SEPARATOR_CHARS or text[-1:] in ".~":  # "Title ~ [video](…)"
            text = _TRAILING_SEPARATOR.sub("", text)
        if len(fields.media) > media and text[-3:] in (" in", " as") and _BY_NAME_IN.search(text):
            text = text[:-3]  # "Title by Ann Lee in [PDF](…), [PPT](…)": what the media is in
        unlinked = _UNLINKED.fullmatch(text) if text[-1:] == "]" else None
        return unlinked["words"] if unlinked else text  # "[Title - Ann Lee] | [Slides](…)"

    def _numbered(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``Lightning talk 2: Ann Lee``: the kind, and the people when the rest is names
        (the title then comes from the body)."""
        numbered = _NUMBERED_KIND.match(inline.visible(text))
        if not numbered:
            return False
        fields.evidence.add("kind")
        word = numbered["kind"].lower().split()[0]
        fields.kind = word if word in KIND_WORDS else "talk"
        in_source = _NUMBERED_KIND.match(text)
        people_text = in_source["rest"] if in_source else ""
        speakers, orgs = self.only_names(people_text, inline) or ((), ())
        if not speakers:
            return False
        fields.add_people(speakers, orgs)
        fields.untitled = True
        return True

    def _byline_then_more(self, tail: re.Match[str], inline: Inline, fields: Fields) -> bool:
        """``Title - Ann Lee (Acme) [Demo](…)``: the title and its byline, read as a line of
        their own where the byline names one person in full; what follows them is set aside
        (a demo, a subtitle, a stand-in), but a deck or a recording it links."""
        name = tail["name"].strip()
        if len(name.split()) < 2 or not looks_like_name(name) or is_org_name(name):
            return False
        joined = _JOINED_PERSON.fullmatch(tail["rest"])
        if joined and len(joined["who"].split()) >= 2 and looks_like_name(joined["who"]):
            return False  # "… (Acme) with Bo Lind", "mit", "sowie", "con": a co-speaker
        self._unlabelled(tail["head"], inline, fields)
        for n in SLOT.findall(tail["rest"]):
            piece = self.link_piece(inline.links[int(n)], None)
            if piece and piece.media.kind in ("slides", "video"):
                fields.media.append(piece)
                fields.evidence.add("media")
        return True

    def attr_list(self, text: str, fields: Fields) -> str:
        found = ATTR_LIST.search(text) if "{" in text else None
        if not found:
            return text
        fields.classes.update(c[1:] for c in found["attrs"].split() if c.startswith("."))
        return text[: found.start()]


def _has_blanks(text: str) -> bool:
    """Whether ``text`` may hold a run of blanks (:data:`_BLANKS`): two spaces, or a blank
    other than a space (none is printable but the space; a link's slot is no blank)."""
    return "  " in text or not text.replace("\x00", "").isprintable()
