"""The lines under a unit's own line: labelled fields (``Speaker:``, ``Slides:``), media,
a presenter's sentence, the abstract; :func:`unit_body` reads a unit's blocks into its
:class:`~mkdocs_roundup.fields.Fields`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .at_events import names_event
from .blocks import Block
from .byline_cut import BY_WORDS
from .bylines import LINKED_RUN, at_where
from .described_speakers import described_speakers
from .fields import Fields, People, event_with_year, given_at
from .inline import ONE_SLOT, SLOT, Inline
from .labels import (
    CLOSE_QUOTES,
    DATE_ENDS,
    HERE_WORDS,
    ICON,
    LEADING_DATE,
    LINK_WORDS,
    OPEN_QUOTES,
    PAPER_LABEL,
    YEAR,
    is_date,
    is_kind_alone,
)
from .link_targets import is_session_page
from .media import URL
from .model import Party
from .names import (
    EVENT_NAME,
    acronym_org,
    clean_text,
    ends_legal_form,
    is_org_name,
    is_role,
    looks_like_name,
)
from .paren_remarks import without_remark_first
from .patterns import lazy
from .people_text import BY_PREFIX
from .profiles import is_person_url, is_profile_url
from .providers import PROVIDER_NAMES, url_parts
from .titles import TitleReader
from .written_names import honored_with_handle, name_then_where, written_people
from .written_players import written_player

_LINK_FIRST = lazy(r"\s*\x00(\d+)\x00\s*[-–—|]\s")
"""A line that opens with a link, then a dash (``[Title](…) - Ann Lee``)."""


def _title_link_first(text: str, inline: Inline) -> bool:
    """Whether a line opens with a link that names no one, then a dash: a talk's line, its
    title first (``[Title](notes.txt) - Ann Lee``)."""
    first = _LINK_FIRST.match(text) if text.lstrip()[:1] == "\x00" else None
    if first is None:
        return False
    words = clean_text(inline.links[int(first[1])].text)
    # "[Harbor Conf 2031](…) - Ann Lee", "[Mar 2031](…) - Ann Lee": where or when, then who
    return not (looks_like_name(words) or names_event(words))


_EVENT_LINE = lazy(
    r"^\s*(?:presented|given|held|delivered|recorded|talk\s+given|vorgetragen|gehalten|"
    r"présenté|presentado|apresentado)\b",
    re.I,
)
_NEXT_LABEL = lazy(r"(?<=[.;,])\s+(?=[^\s:.;,\x00]{1,30}(?:\s[^\s:.;,\x00]{1,30}){0,2}\s*[:：]\s)")
"""Where a sentence or a comma ends and the next label starts on one line (``… Lind.
Panelists: …``, ``Date: May 2, 2023, Authors: …``)."""
_NO_DECK_TITLE = HERE_WORDS | LINK_WORDS | PROVIDER_NAMES
"""A media link's words that name where it is, not what it is called."""
_SAYS_WHICH_FILE = lazy(
    r"\b(?:recording|video|slides?|deck|stream|livestream|version|edition|pdf|download|"
    r"english|day\s*\d+|part\s*\d+|speaker\s*deck|slideshare|youtube|vimeo|google)\b|"
    r"版|録画|動画|スライド|资料|視頻|视频",
    re.I,
)
"""Words of a media link that say which file it is, not what the talk is called."""
_FILE_NAME = lazy(r"\S*(?:\.\w{2,4}|/\S*)")
"""A file's name or an address as a link's words (``slides-2031.pdf``, ``ann.example/x``)."""
_SUBJECTS = lazy(
    r"[\s*_]*(?:topics?|thema|themen|tema|temas|sujets?|主题|主題|주제)[\s*_]*[:：]", re.I
)
"""A label that says what a talk is about (``Topic:``), rather than what it is called."""


def _speakers_written(rest: str, inline: Inline) -> People | None:
    """A speaker's label's value in a form the people rules do not read: a name in a
    script without capitals, a dash, her company (``王忠勤 - 海光信息``), or a name, an
    honorific and her handle linked (``Yusuke Hatanaka さん( [@Hatajoe](…) )``)."""
    if "\x00" not in rest:
        return name_then_where(rest)
    return honored_with_handle(rest, inline.links)


_NAMES_THEN_AFFILIATION = lazy(r"(?P<names>[^—–\x00]{3,80}?)\s+[—–]\s+(?P<rest>[^—–\x00]{2,160})")
"""Names, an em or en dash, then what they do and where (``Ann Lee — CTO, Acme``)."""
_PRESENTED_BY = lazy(
    r"^\s*(?:(?:presented|given|delivered|hosted|led|vorgetragen|présenté|presentado|apresentado)"
    rf"\s+(?:{BY_WORDS})|panell?ists?|speakers?|presenters?)\s+(?P<names>.+)$",
    re.I,
)
_GIVEN_BY = lazy(
    r"\b(?:given|presented|delivered)\s+by\s+|\b(?:talk|presentation|session|keynote|workshop)"
    r"\s+(?:given\s+|presented\s+|delivered\s+|led\s+)?by\s+",
    re.I,
)
"""Who gave the talk, in a sentence about it (``… a talk given by Ann Lee``); "led by" only
of a session (``a project led by Acme`` names no speaker)."""
_SPEAKS = lazy(
    r"\s*(?:(?P<org>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)?)\s+(?:engineers|developers)\s+)?"
    rf"(?P<names>{LINKED_RUN})(?:\s+at\s+(?P<at>[^\x00.,;:]{{2,60}}?))?"
    r"(?:['’]s\s+(?:talk|presentation|keynote)|\s+(?:talks?|speaks?|presents?|"
    r"explains?|discuss(?:es)?|introduces?|shows?|gives?|demonstrates?|walks?|describes?|"
    r"covers?|shares?|reviews?|investigates?|explores?|"
    r"(?P<past>talked|spoke|presented|explained|discussed|introduced|showed|"
    r"gave|demonstrated|described|shared|reviewed|investigated|explored)))\b",
    re.I,
)
"""``[Ann Lee](profile) talks Babel at …``, ``[Ann](profile) presented "Title" at …``: the
linked people a talk's first sentence opens with (maybe after where they work, ``Acme
engineers [Ann](…) and [Bo](…) talk …``; maybe then where, ``[Ann](…) at Harbor Conf
discusses …``), then what they do or did there (or ``[Ann](…)'s talk at …``)."""
_QUOTED_TITLE = lazy(
    rf"\s*[{OPEN_QUOTES}](?P<title>[^{CLOSE_QUOTES}\x00]{{3,200}})[{CLOSE_QUOTES}]"
)
"""A title in quotes right after what the speakers did (``presented "Title"``)."""
_SPOKE_AT = lazy(
    r"\x00\d+\x00[^\x00。]{0,20}?(?:で|にて)\s*(?:登壇|講演|発表)"
    r"(?:させて(?:頂|いただ)いた|した|しました|いたしました)(?:際|時|とき)?の?(?:資料|スライド)"
    r"(?:です|になります|となります|を公開|。|\s*$)"
)
"""A linked event, then that its speaker spoke or presented there and these are the
materials, and says no more (``で登壇させて頂いた際の資料です``, ``で発表した際のスライド``;
not ``…際の資料を元に採用情報を…``, nor ``で登壇者を募集``,
a call for speakers, nor ``で発表した新製品``, a product announced there)."""
_ANOTHER_TALK = lazy(
    r"\balso\s+(?:presented|gave|spoke|talked|delivered)\b|"
    r"\balso\b[^.!?]{0,60}\b(?:in|at)\s+(?:the|a|an|another)\s+(?:presentation|talk|session)\b|"
    r"\b(?:hielt|präsentierte)\s+auch\b|\ba\s+(?:aussi|également)\s+présenté\b|"
    r"\btambién\s+(?:presentó|habló)\b|\btambém\s+(?:apresentou|falou)\b",
    re.I,
)
"""A later sentence that says the speakers gave another talk (``She also presented
"Title"``, ``He also showed it in the talk "Title"``): the unit holds several talks, no
one card."""
_ALSO = lazy("also|auch|aussi|également|también|também")
"""The words :data:`_ANOTHER_TALK` needs: a line without any (in lower case) tells of no
other talk (a search without ``re.I``, many times faster on a long line)."""
_PLACEHOLDER = lazy(
    r"^\(?\*?\s*(?:the\s+session\s+(?:recording|abstract)\b.*(?:not available|unavailable)|pending slides"
    r"|slides?\s+(?:coming soon|pending)|no (?:slides|recording)\b.*)[.)]*\s*$",
    re.I,
)

_LINKED_NAMES = lazy(rf"{LINKED_RUN}(?=\s+(?:at|on|in|during|here|below)\b|[,.;:)]|\s*$)")
"""Linked names after ``by``, then where or the sentence's end (``Watch the talk by [Ann
Lee](…) here:``, over its player; not ``[Ann](…)'s students``)."""
_AND = lazy(r"\s+(?:and|&)\s+")
"""What joins two names after ``by`` in a sentence."""
_TALK_OF = lazy(
    r"\b(?:charla|conferencia|ponencia|presentación|plática|palestra|apresentação|conférence|"
    r"présentation|intervention|exposé|vortrag|präsentation|talk|intervento|presentazione)\s+"
    r"(?:(?:completa|completo|complète|vollständigen?)\s+)?(?:de|da|do|von|di|del)\s+"
    r"(?P<names>\x00\d+\x00(?:(?:\s*,)?\s*(?:y|e|et|und|i|and|&)\s*\x00\d+\x00|\s*,\s*\x00\d+\x00)*)"
    r"(?=\s+(?:aquí|aqui|ici|hier|qui|abajo|ci-dessous|unten|en|em|auf|sur|su)\b|\s*[,.;:)]|\s*$)",
    re.I,
)
"""A sentence's talk, then whose, in words that say it by ``de`` or ``von`` (``la charla
de [Ann Lee](…) aquí``), the linked names up to where it is or the sentence's end."""
_THIS_TALK = lazy(r"\s*(?:(?:a|an|this|the|our)\s+)?", re.I)
"""What opens a sentence about the talk itself, before its kind (``A talk by …``, ``This
talk by …``), not one that mentions another (``It builds on a talk given by …``)."""
_PRESENTED_AFTER = lazy(
    r"\s+(?:(?:was|were|is)\s+)?(?:presented|given|delivered|recorded|filmed)\b"
)
"""Where a sentence goes on after the names ``by`` gives (``… by Ann Lee presented at``)."""
_BY_END = lazy(
    r"\s+(?:at|on|in|during)\s+|[,;(]|(?<!Dr)(?<!Mr)(?<!Ms)(?<!Mrs)(?<!St)(?<!Prof)\.(?:\s|$)"
)
"""Where the name after ``by`` ends: ``at``, a comma, a full stop (not an honorific's)."""


def _opens_code(text: str, inline: Inline) -> bool:
    """Whether a line opens with code (`` `Speaker: Ann Lee` ``, a docs page's example):
    what it shows is written as code, no label of the unit's."""
    if not inline.code:
        return False
    opening = text.lstrip(_OPENING_MARKS)
    return any(
        shown and opening.startswith(shown)
        for code in inline.code
        if (shown := code.strip().lstrip(_OPENING_MARKS))
    )


_OPENING_MARKS = " *_-(["
"""What may open a line before its words (emphasis, a bullet, a bracket)."""


class Reader(TitleReader):
    """Reads units' lines into :class:`~mkdocs_roundup.fields.Fields`, with the site's labels
    and organizations."""

    def people_heading(self, block: Block) -> People | None:
        """The people of a heading that only names them in full or by their links
        (``#### [Ann Lee](…) (Lumen University)`` under the talk's title heading)."""
        inline = block.inline
        named = self.only_names(inline.text, inline) if inline is not None else None
        if named and all(p.in_full for p in named[0]):
            return named
        return None

    def byline_heading(self, block: Block) -> People | None:
        """The people of a heading that is a talk's byline (``#### Ann Lee and Bo Lind,
        Acme Corp, Harbor Summit, Oslo 2031`` under the talk's title heading): people named
        in full (and where they work), then where and when, the last part with its year;
        the event is no organization."""
        inline = block.inline
        if inline is None or inline.text.count(", ") < 2 or not YEAR.search(inline.text[-6:]):
            return None
        parts = inline.text.split(", ")
        cut = len(parts) - 1  # "Oslo 2031", "September 2031": where and when
        while cut > 1 and names_event(inline.visible(parts[cut - 1])):
            cut -= 1  # "Harbor Summit": the event
        named = self.only_names(", ".join(parts[:cut]), inline, roles=True)
        if named and all(p.in_full for p in named[0]):
            return named
        return None

    def body_line(self, text: str, inline: Inline, line: int, fields: Fields) -> None:
        """One line of a unit's body (a paragraph's line, a list item's first line)."""
        visible = inline.visible(text).strip()
        if self._kind_said(visible, inline, fields):
            return
        if not fields.paper and _names_paper(text, visible, inline):
            fields.paper = True  # "**Paper:** [x.pdf](…)": what the unit links is a paper
        labelled = self._line_label(text, visible, inline)
        self._event_named(text, labelled, inline, fields)
        if labelled:
            fields.subjects = fields.subjects or bool(_SUBJECTS.match(text))
            for number, (role, rest) in enumerate(self._label_parts(text, inline, labelled)):
                if number and role == "speakers":  # "Moderator: Bo. Panelists: Cy, Di."
                    fields.add_people(*self.people(rest, inline))
                else:
                    self._labelled_line(role, rest, inline, line, fields)
            return
        if fields.bio:
            return
        if fields.label_role in ("slides", "video") and "\x00" in text:
            self.labelled_media(text, inline, fields.label_role, line, fields)
            return
        if self._media_line(text, visible, inline, line, fields):
            return
        if not self._said_by(text, visible, inline, fields):
            self._prose_line(text, visible, inline, line, fields)

    def _kind_said(self, visible: str, inline: Inline, fields: Fields) -> bool:
        """Note a body's line before any prose that only names the talk's kind, in bold, on
        a page that says talks (``## Title`` over ``**Keynote**``); whether it was one."""
        before_prose = not fields.prose and not fields.abstract
        if not (before_prose and self.page_talks and _kind_in_bold(visible, inline)):
            return False
        fields.kind_said = True
        return True

    def _line_label(self, text: str, visible: str, inline: Inline) -> tuple[str, str] | None:
        """What a body's line labels: a field (``Speaker: …``), media its sentence names
        (``Plus d'infos sur les slides : […](…)``), or a bio under a name (``Ann Lee:``)."""
        labelled = self.label(text) if not _opens_code(text, inline) else None
        if labelled is None and "\x00" in text:
            labelled = self.media_said(text, inline.links)
        if labelled is None and visible.endswith(":") and looks_like_name(visible[:-1]):
            labelled = ("bio", "")
        return labelled

    def _event_named(
        self, text: str, labelled: tuple[str, str] | None, inline: Inline, fields: Fields
    ) -> None:
        """The event a line's label names (``Event: Harbor Days``, ``Conference: Lumen
        Meetup #15``; not a video call's, :func:`_call`)."""
        event = self.event_label(text) if labelled is None or labelled[0] == "other" else None
        if event is not None and not _call(event, inline):
            fields.event_named = clean_text(inline.visible(event))

    def _said_by(self, text: str, visible: str, inline: Inline, fields: Fields) -> bool:
        """Whether a line only says who gave the talk or where (``Presented by Ann Lee``,
        ``Presented at Harbor Conf``), read so."""
        return self._presented_by(text, inline, fields) or bool(_EVENT_LINE.match(visible))

    def _label_parts(
        self, text: str, inline: Inline, first: tuple[str, str]
    ) -> list[tuple[str, str]]:
        """A line's labelled parts, each after the sentence before it (``Moderator: Bo Lind.
        Panelists: Cy Moe, Di Ray.``); the first label alone where what follows is none (or
        code, `` `Topic: …` ``)."""
        pieces = _NEXT_LABEL.split(text)
        parts = [
            found
            for piece in pieces
            if not _opens_code(piece, inline) and (found := self.label(piece))
        ]
        return parts if len(pieces) > 1 and len(parts) == len(pieces) else [first]

    def _labelled_line(
        self, role: str, rest: str, inline: Inline, line: int, fields: Fields
    ) -> None:
        """A line whose label gives its role (``Speaker: …``, ``Slides: …``)."""
        fields.bio = role == "bio"
        if role == "authors":
            fields.authors = self.people(rest, inline)  # a talk's, or a post's (take_authors)
        elif role == "speakers":
            self._speakers_label(rest, inline, fields)
        elif role == "title":
            self._title_label(rest, inline, line, fields)
        elif role in ("slides", "video"):
            self.labelled_media(rest, inline, role, line, fields)
            if (one := ONE_SLOT.fullmatch(rest)) and fields.media:
                fields.deck_named = self._deck_title(inline.links[int(one[1])].text)
        elif role == "abstract" and inline.visible(rest).strip():
            fields.abstract.append(clean_text(inline.visible(rest)))
        elif role == "organizations":
            fields.add_people((), _affiliation(rest, inline))
        elif role == "other" and "\x00" in rest:
            self.labelled_links(rest, inline, fields)  # "Organiza: Acme. [Vídeo](…)"

    def _deck_title(self, text: str) -> str:
        """The words of a media label's one link where they are its own title (``Slide:
        [Boats for Pythonistas](…)``), not a media's name (``[PDF]``, ``[Speaker Deck]``, a
        file's name): two words or more, or words of a script without spaces."""
        words = clean_text(text)
        folded = words.casefold()
        if self.media_role(words) or folded in _NO_DECK_TITLE or _FILE_NAME.fullmatch(words):
            return ""
        if _SAYS_WHICH_FILE.search(words):
            return ""  # "Day 1 recording", "English version", "日本語版": which file it is
        return words if len(words.split()) >= 2 or not words.isascii() else ""

    def _speakers_label(self, rest: str, inline: Inline, fields: Fields) -> None:
        """``Speaker: Ann Lee (Acme)``, ``発表者: 村上 涼、nikkie``: the speakers it names (a
        remark before them is none of theirs: ``Speaker: (to be confirmed) Ann Lee``)."""
        rest = without_remark_first(rest)
        han = _HAN_NAME_THEN.fullmatch(rest) if "，" in rest else None
        role = han is not None and _HAN_ROLE.search(han["more"]) is not None
        if han and (role or _han_org(han)):
            # "分享讲师：邵海杨，又拍云": a name in Chinese, then where she works or her role
            org = () if role else (Party(han["more"].rstrip("。. ")),)
            _named_speakers((Party(han["name"]),), org, fields)
            return
        speakers, orgs = (
            han_name_org_role(rest) or _speakers_written(rest, inline) or self.people(rest, inline)
        )
        if not speakers and "\x00" not in rest:  # no link: its words as they are
            speakers, orgs = written_people(rest, orgs)  # "発表者: 村上 涼、nikkie"
        if speakers:
            _named_speakers(speakers, orgs, fields)

    def _title_label(self, rest: str, inline: Inline, line: int, fields: Fields) -> None:
        """``Talk: Title``, ``Talk: [«Title»](video)``: the title, and its own link; a
        second title label that links a deck is its deck (``Prednáška: Title`` then
        ``Prezentácia: [Download PDF](k8s.pdf)``)."""
        slot = ONE_SLOT.fullmatch(rest) if "titled" in fields.evidence else None
        link = inline.links[int(slot[1])] if slot else None
        if link and self.player_piece(link, files=True):
            self.labelled_media(rest, inline, "slides", line, fields)
            return
        rest = self.line_media(rest, inline, fields)  # "Talk: **Title**: [slides](…)"
        linked = ONE_SLOT.fullmatch(rest)
        if linked:  # "Talk: [«Title»](video)": the title's own link
            self.title_media(inline.links[int(linked[1])], fields)
        title = inline.visible(rest).strip().strip(f"{OPEN_QUOTES}{CLOSE_QUOTES}:：").strip()
        if title and fields.explicit and "titled" in fields.evidence:
            fields.evidence.add("several")  # "Title: A" "Speaker: Ann" "Title: B": two talks
        if title:
            fields.title = clean_text(title)
            fields.evidence.update(("label", "titled"))

    def _media_line(
        self, text: str, visible: str, inline: Inline, line: int, fields: Fields
    ) -> bool:
        """Read a line's shortcodes; whether it is media links only, or empty."""
        if "{{" in visible or "{%" in visible:
            self._shortcodes(visible, inline, line, fields)
        return self.media_only(text, inline, fields) or not visible

    def _presented_by(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``Presented by Ann Lee``: the speakers, named as such."""
        presented = _PRESENTED_BY.match(text)
        if not presented or fields.explicit:
            return False
        if presented["names"].lstrip().casefold().startswith(("and ", "& ")):
            return False  # "Speakers and Topics:" over a list: its labels, no one named
        speakers, orgs = self.people(presented["names"], inline)
        if not speakers:
            return False
        _named_speakers(speakers, orgs, fields)
        return True

    def _prose_line(
        self, text: str, visible: str, inline: Inline, line: int, fields: Fields
    ) -> None:
        """A line of text: its media links and URLs, the speakers' names, the abstract."""
        if "http" in visible:
            self._written_urls(visible, inline, line, fields)
            fields.titled_media += written_player(self, text, inline, line) is not None
        if "\x00" in text:
            before = len(fields.media)
            self.labelled_links(text, inline, fields)
            fields.mentioned += len(fields.media) - before
        fields.prose += 1
        if fields.prose == 1 and (page := _session_page(text, visible, inline)):
            fields.session_page = page  # "## Title" over its page in the program, maybe
            return
        if fields.prose > 1 and _ALSO.search(visible.lower()) and _ANOTHER_TALK.search(visible):
            fields.evidence.add("several")
        if self._names_line(text, inline, fields) or self._speaks(text, inline, fields):
            return
        self._described(text, inline, fields)
        if fields.untitled and not fields.title and len(visible) < 120:
            fields.title = clean_text(visible)
            return
        _given_by(text, inline, fields)
        _talk_of(text, inline, fields)
        if ("登壇" in text or "発表" in text or "講演" in text) and _SPOKE_AT.search(text):
            fields.evidence.add("event")  # "[Harbor Conf](…)で登壇させて頂いた際の資料です"
        if not _PLACEHOLDER.match(visible):
            fields.abstract.append(clean_text(visible))

    def _described(self, text: str, inline: Inline, fields: Fields) -> None:
        """The people a talk's description opens with (``Ann Lee presents …``), kept."""
        if fields.prose <= _DESCRIBING_LINES and not fields.speakers and not fields.described:
            fields.described = described_speakers(self, text, inline)

    def _speaks(self, text: str, inline: Inline, fields: Fields) -> bool:
        """A first sentence that opens with the speakers, linked, and what they do there
        (``[Ann Lee](profile) talks Babel at [Harbor Conf](…).``): the speakers, and the
        sentence the abstract."""
        first = fields.prose == 1 and not fields.speakers and "\x00" in text  # speakers linked
        found = _SPEAKS.match(text) if first else None
        named = self._speakers_said(text, inline, found) if found else None
        if found is None or named is None:
            return False
        org = found["org"] or ""  # not "Our", "Senior"
        fields.add_people(named[0], (Party(org),) if looks_like_name(org) else ())
        fields.explicit = True
        fields.abstract.append(clean_text(inline.visible(text)))
        if found["past"]:  # "… presented "Title" at Harbor Conf": the title
            _quoted_title(
                inline.visible(inline.text[inline.text.find(text) + found.end() :]), fields
            )
        return True

    def _speakers_said(self, text: str, inline: Inline, found: re.Match[str]) -> People | None:
        """The people a sentence opens with and says speak (:data:`_SPEAKS`): linked and
        named in full (or by a profile); at an event, where a link is no profile's."""
        if found["at"] and not names_event(found["at"]):
            return None  # "[Ann Lee](…) at Harbor Labs explores …": where she works
        named = self.only_names(found["names"], inline, speaking=True)
        if not named or not all(p.url and (p.in_full or is_person_url(p.url)) for p in named[0]):
            return None
        if not all(is_person_url(p.url or "") for p in named[0]) and not _at_event(text, found):
            return None  # "[Ann Lee](her site) shows how to …": a tutorial, unless given at
        return named

    def _names_line(self, text: str, inline: Inline, fields: Fields) -> bool:
        """A first line of text that is only full names (maybe then ``at`` and the event):
        the speakers."""
        if fields.prose != 1 or fields.speakers:
            return False
        names = self.without_media_links(text, inline)
        if _title_link_first(names, inline):
            return False  # "[Title](notes.txt) - Ann Lee": a talk's line, its title first
        names = _bare_names(names)  # "May 2031 - Ann Lee", "(with Ann Lee and Bo Lind),"
        if (undated := _without_day_after(names)) is not None:
            # "[Ann Lee](…) (Acme) -- Thursday, May 5 @ 4 pm": each named with her own link
            # (a post's "By Ann Lee | May 5, 2031", a place's "Oslo - May 5" name no speaker)
            named = None if BY_PREFIX.match(undated.lstrip()) else self.only_names(undated, inline)
            if not named or not all(p.url for p in named[0]):
                return False
            names = undated
        if names.lstrip().startswith(("@ ", "at ")):
            fields.evidence.add("event")  # "@ Harbor Conf London ([recording](…))": where
            return True
        named = self._line_people(names, inline, fields)
        if not named:
            # "[Ann Lee](profile), Harbor Conf 3.0": her talk's, once the unit is a talk on
            # its own evidence (an award's winner, a photo's author are written so too)
            fields.attributed = fields.attributed or self._linked_then_event(names, inline)
            return False
        speakers, orgs = named
        if not all(p.in_full for p in speakers):  # full names, not "Queues."
            return False
        events = [o for o in orgs if YEAR.search(o.name)]  # "by Ann Lee, [Harbor Conf 2019](…)"
        fields.add_people(speakers, [o for o in orgs if o not in events])
        fields.explicit = True
        fields.by = fields.by or bool(BY_PREFIX.match(names.lstrip()))
        given_at(fields, [event.name for event in events])
        return True

    def _line_people(self, names: str, inline: Inline, fields: Fields) -> People | None:
        """The people a names line gives: before a dash and their affiliation, as names,
        at an event, or in a byline then the event; none where what follows a dash would be
        more speakers (``Ann Lee — Ford Motor Company``: no speaker, for sure)."""
        dashed = _NAMES_THEN_AFFILIATION.fullmatch(names) if "—" in names or "–" in names else None
        before = self.only_names(dashed["names"], inline) if dashed else None
        named = _named_then_affiliation(dashed, before) if dashed else None
        named = named or self.only_names(names, inline, roles=True) or self._named_at(names, inline)
        named = named or self._by_at_event(names, inline, fields)
        if named and dashed and (before is None or len(named[0]) != len(before[0])):
            return None
        return named

    def _by_at_event(self, names: str, inline: Inline, fields: Fields) -> People | None:
        """``By Ann Lee & Bo Lind | Harbor Conf 2024``: the speakers, then where they spoke
        (a post's ``By Ann Lee | March 3, 2024`` names its author)."""
        if not BY_PREFIX.match(names.lstrip()) or " | " not in names:
            return None
        names, _, event = names.partition(" | ")
        named = self.only_names(names, inline) if event_with_year(event) else None
        if named:
            given_at(fields, [event])
        return named

    def _linked_then_event(self, names: str, inline: Inline) -> People | None:
        """``[Ann Lee](profile), Harbor Conf 3.0, May 2031``: people each linked to a
        profile, then after a comma the event they spoke at, by its name (maybe then when);
        not a year alone, a date, or a clause that mentions one (``attendee of Lumen Summit
        2031``, a book's author and its year)."""
        if not names.lstrip().startswith("\x00"):
            return None  # (most lines: no link first, so no linked name)
        for cut in reversed([i for i, c in enumerate(names) if c == ","]):
            where = names[cut + 1 :]
            if "\x00" in where or not _event_then_when(where):
                continue
            named = self.only_names(names[:cut], inline)
            if named and not named[1] and all(map(_profiled, named[0])):
                return named
        return None

    def _named_at(self, names: str, inline: Inline) -> People | None:
        """``Ann Lee at Harbor Summit 2021``, ``[Ann Lee](her site) at Build Night.``: the
        people, then where they spoke (linked names, at an event or a place's name; not
        ``at Acme explores how …``, where she works)."""
        where = at_where(names)
        if where is None:
            return None
        at = names[where.start() :]
        head, comma, day = at.rpartition(",")
        if comma and is_date(day.strip(" .")):
            at = head  # "Ann Lee at [Harbor Days](…), 7 July 2031": where, then when
        place = at.strip(" .").partition(" ")[2]
        speaking = "\x00" in names and (names_event(at) or looks_like_name(place))
        group = ONE_SLOT.fullmatch(place)
        link = inline.links[int(group[1])] if group else None
        if link is not None and is_profile_url(link.href):
            account = clean_text(link.text)
            if account and " " not in account:  # "[Ann Lee](…) at [HarborGophers](…)": a
                return self.only_names(names[: where.start()], inline)  # group's account
        return self.names_at(names[: where.start()], at, inline, speaking=speaking)


_CALL_HOSTS = frozenset(
    {"zoom.us", "meet.google.com", "teams.microsoft.com", "teams.live.com", "webex.com",
     "meet.jit.si", "whereby.com"}
)  # fmt: skip
"""Hosts of video calls: a ``Conference:`` that links one is a call, no event."""
_DIAL_IN = lazy(r"\bdial[\s-]?in\b|\bzoom\b", re.I)


def _call(event: str, inline: Inline) -> bool:
    """Whether an event's label gives a video call (``Conference: [Zoom](https://zoom.us/j/…)``,
    ``Conference: Room 4B, dial-in …``), not where a talk was given."""
    hosts = [url_parts(inline.links[int(n)].href).host for n in SLOT.findall(event)]
    called = any(h == c or h.endswith(f".{c}") for h in hosts for c in _CALL_HOSTS)
    return called or bool(_DIAL_IN.search(inline.visible(event)))


def _session_page(text: str, visible: str, inline: Inline) -> str:
    """The address a line is, only it, written out or linked, where it is one session's
    page in an event's program (``""``: none)."""
    if "\x00" in text:
        slot = ONE_SLOT.fullmatch(text)
        href = inline.links[int(slot[1])].href if slot else ""
        return href if slot and is_session_page(href) else ""
    url = URL.fullmatch(visible.strip()) if "http" in visible else None
    return url[0] if url is not None and is_session_page(url[0]) else ""


_WHEN_AFTER = lazy(
    r"\s+(?:--?|[–—|])\s+(?P<when>[^\x00()|–—]{3,60}?)(?:\s*\([^\x00()]{1,30}\))?\s*$"
)
"""A separator, then what may be when, maybe with a remark, at a line's end (``[Ann Lee](…)
(Acme) -- Thursday, May 5 @ 4 pm (virtual)``)."""
_AT_TIME = lazy(
    r",?\s*(?:@|at|,)?\s*(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)$", re.I
)
"""A time of day after a day (``@ 4 pm``, ``at 16:00``, ``, 4:30pm``)."""
_DAY_NUMBER = lazy(r"(?<![\d:.])\d{1,2}(?![\d:])")
"""A day's number in a date (``May 5, 2031``; not ``1984`` nor ``March 2031``)."""


def _profiled(party: Party) -> bool:
    """Whether a person is linked to a profile of hers (an encyclopedia's article names an
    author, a director: no speaker)."""
    url = party.url or ""
    return is_profile_url(url) and not url_parts(url).host.endswith("wikipedia.org")


def _event_then_when(text: str) -> bool:
    """Whether ``text`` is an event's name, capitalised, maybe with its edition, then maybe
    when (``Harbor Conf 3.0, May 2031``, ``_Lumen Summit_``)."""
    name, *when = (part.strip(" _*") for part in text.split(","))
    words = name.split()
    return (
        0 < len(words) <= _EVENT_WORDS_MOST
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and bool(EVENT_NAME.search(name))
        and all(is_date(w) or YEAR.fullmatch(w) for w in when)
    )


_EVENT_WORDS_MOST = 6
"""The most words of an event's name after a line's names."""


def _without_day_after(names: str) -> str | None:
    """A line of names without the day after them, and its time and a remark (``[Ann
    Lee](…) (Acme) -- Thursday, May 5 @ 4 pm (virtual)``); ``None`` where no day ends it
    (a year alone, ``George Orwell - 1984``, names a work)."""
    if not any(mark in names for mark in "-–—|"):
        return None  # (most lines: no separator before a day)
    when = _WHEN_AFTER.search(names)
    day = _AT_TIME.sub("", when["when"]) if when else ""
    return names[: when.start()] if when and is_date(day) and _DAY_NUMBER.search(day) else None


def _bare_names(names: str) -> str:
    """A line of names without the date before them (``May 2031 - Ann Lee``: when) or the
    parentheses around them (``(with Ann Lee and [Bo Lind](…)),``: co-speakers)."""
    dated = names.lstrip()[:1].isalnum() and any(mark in names for mark in DATE_ENDS)
    date = LEADING_DATE.match(names) if dated else None
    names = names[date.end() :] if date else names
    inner = names.strip(" ,.")
    if inner[:1] == "(" and inner[-1:] == ")" and inner.count("(") == 1 == inner.count(")"):
        return inner[1:-1]
    return names


_DESCRIBING_LINES = 2
"""The lines of a talk's description that may open with its speakers (``Ann Lee presents …``)."""


def _at_event(text: str, found: re.Match[str] | None) -> bool:
    """Whether a sentence says its speaker spoke at an event: ``'s talk at``, or ``at`` and
    an event's name (``… at Harbor Conf 2014 discusses``; ``at Harbor Labs`` is where she
    works)."""
    if found is not None and ("'s" in found[0] or "’s" in found[0]):
        return True
    where = at_where(text)
    return where is not None and names_event(text[where.start() :])


def _quoted_title(after: str, fields: Fields) -> None:
    """The title the speakers' sentence quotes right after its verb (over lines)."""
    quoted = _QUOTED_TITLE.match(after)
    if quoted:
        fields.title = clean_text(quoted["title"])
        fields.evidence.add("label")


_HAN_NAME_THEN = lazy(
    r"\s*(?P<name>[\u4e00-\u9fff]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\s*，\s*"
    r"(?P<more>[^，\x00]{1,30})(?:，[^\x00]*)?"
)
"""A name in Chinese characters (or a first and a family name in Latin letters), then,
after a full-width comma, where she works or what she does (``邵海杨，又拍云``,
``王振威，Coding初创团队主力工程师。``, ``Ann Lee，Acme 工程师``), maybe then more of her
bio after another comma (``…，曾开发多个工具``: what she did, no one's name)."""
_HAN_ROLE = lazy(
    r"工程师|创始人|联合创始人|总监|经理|负责人|架构师|专家|讲师|主管|合伙人|顾问|总裁|"
    r"CEO|CTO|COO|VP|研究员|教授|学生|博士|开发者|设计师"
)
"""Words of a role in Chinese (or its acronym): a role, no organization's name."""
_HAN_SPACED = lazy(
    r"\s*(?P<name>[\u4e00-\u9fff]{2,4})\s+(?P<org>[^\s，、\x00]{2,20})"
    r"\s+(?P<role>[^\s，、\x00]{2,20})\s*"
)
"""A name in Chinese characters, where she works, then what she does, apart by blanks
(``贾岛 海港科技 高级技术专家``)."""
_HAN_ORG_END = lazy(
    r"(?:云|科技|公司|集团|网络|软件|技术|大学|学院|研究院|研究所|实验室|工作室|基金会|社区)[。.]?$"
)
"""How an organization's name ends in Chinese (``又拍云``, ``海港科技``)."""
_LATIN_ORG = lazy(r"[A-Za-z][\w.&-]*(?:\s[A-Za-z][\w.&-]*)?[。.]?")
"""An organization's name in Latin letters, in a word or two (``LeanCloud``)."""


def _org_written(words: str) -> bool:
    """Whether words are an organization's name in Chinese (by its ending) or in Latin
    letters (``海港科技``, ``LeanCloud``): not a second person's name (``张伟，李娜``), nor a
    sentence."""
    return bool(_HAN_ORG_END.search(words) or _LATIN_ORG.fullmatch(words))


def _han_org(han: re.Match[str]) -> bool:
    """Whether what follows a name and a full-width comma (:data:`_HAN_NAME_THEN`) is where
    she works: an organization's name in Chinese (``海港科技``); one in Latin letters
    (``LeanCloud``) before her role (``赵敏，Tencent Cloud，资深架构师``) or alone at the end
    after a name in Chinese (``张伟，LeanCloud``), and after a name in Latin letters where it
    is one word or an organization's by its words (``Ann Lee，Microsoft``, ``Ann Lee，Acme
    Inc``; ``Ann Lee，Bo Lind`` names two people)."""
    more = han["more"].strip()
    if _HAN_ORG_END.search(more):
        return True
    if not _LATIN_ORG.fullmatch(more):
        return False
    more_after = han.string[han.end("more") :].strip()
    if more_after:  # "，资深架构师，…": her role next, where she works before it
        return bool(_HAN_ROLE.search(more_after.lstrip("，").split("，", 1)[0]))
    if not han["name"].isascii():
        return True
    word = more.rstrip("。.")
    return " " not in word or org_like(word)


def _named_then_affiliation(dashed: re.Match[str], before: People | None) -> People | None:
    """``Ann Lee — Senior Vice-President, Corporate Strategy, Harbor Airlines``: people
    named in full (``before``: what the words before the dash name), an em or en dash, then
    what they do and where: the organizations (:func:`_affiliation_orgs`), no one more."""
    if not before or before[1] or not all(p.in_full for p in before[0]):
        return None
    orgs = _affiliation_orgs(dashed["rest"])
    return None if orgs is None else (before[0], orgs)


def _affiliation_orgs(rest: str) -> tuple[Party, ...] | None:
    """The organizations of ``Senior Vice-President, Corporate Strategy, Harbor Airlines``:
    after the roles (and a department's words between a role and the organizations), each
    part an organization, a last word alone the place of the one before it (``University of
    California, Davis``); none where a part left is no organization by its words (``Founder
    of Zipcar``, ``Washington, DC``: nothing to be sure of). ``None`` where the words after
    the dash are no affiliation: no role first, and not all organizations (a title, a room,
    a day, a co-speaker: ``Ann Lee – Building Queues at Scale``)."""
    parts = [part.strip() for part in rest.split(",") if part.strip()]
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


def org_like(part: str) -> bool:
    """Whether a part of an affiliation is an organization by its words or its letters."""
    return (is_org_name(part) or acronym_org(part) or ends_legal_form(part)) and not is_role(part)


def han_name_org_role(text: str) -> People | None:
    """``贾岛 海港科技 高级技术专家``: the speaker, named in Chinese, and where she works,
    what she does after it (a role's words) no part of either; ``None`` for other words,
    and where the middle may be a name (two characters, no organization's ending: ``腾讯
    王芳 工程师`` gives the company first)."""
    found = _HAN_SPACED.fullmatch(text)
    if found is None or not _HAN_ROLE.search(found["role"]) or _HAN_ROLE.search(found["org"]):
        return None
    org = found["org"]
    if len(org) < 3 and not _org_written(org):
        return None  # "腾讯 王芳 工程师", "王芳 张伟 工程师": a name in the middle, maybe
    return (Party(found["name"]),), (Party(org),)


def _named_speakers(speakers: Iterable[Party], orgs: Iterable[Party], fields: Fields) -> None:
    """Speakers a label or a sentence names as such: they replace any read before but
    those another label named (``Moderator: Ann Lee`` over ``Panelists: …``), and say the
    unit is a talk."""
    if not fields.explicit:
        fields.speakers.clear()
    fields.add_people(speakers, orgs)
    fields.evidence.update(("person", "label"))
    fields.explicit = True


def _given_by(text: str, inline: Inline, fields: Fields) -> None:
    """``… talk given by Ann Lee at …``, ``… presented by [Dr. Ann Lee](…) at …``: the
    speaker (with her link), unless named already."""
    given = _GIVEN_BY.search(text) if " by " in text.lower() else None
    if given is None or fields.explicit or fields.speakers:
        return  # "It builds on a talk given by Bo Lind": another talk's, hers named already
    after = text[given.end() :]
    about = _THIS_TALK.fullmatch(text[: given.start()]) is not None
    linked = _LINKED_NAMES.match(after)  # "[Dr. Ann Lee](…) and [Bo Lind](…) at …"
    if linked:
        people = _linked_parties(linked[0], inline)
    elif SLOT.match(after):
        return  # "[Bo Lind](…)'s students": no one named so
    else:  # "A talk by Ann Lee and Bo Lind presented at …": each of them, in a sentence
        named = _BY_END.split(inline.visible(after))[0]  # about the talk itself
        parts = _AND.split(_PRESENTED_AFTER.split(named)[0]) if about else [named]
        people = [Party(clean_text(n).strip()) for n in parts if n.strip()]
    if len(people) > 1 and not all(" " in p.name for p in people):
        return  # "A talk by Ann Lee and Acme": a company with her, no speaker
    if people and all(looks_like_name(p.name) for p in people):
        fields.speakers.clear()
        fields.add_people(people, ())
        fields.explicit = linked is not None or not about  # "A talk by Ann Lee …" leaves
        # the heading its own reading


def _linked_parties(names: str, inline: Inline) -> list[Party]:
    """The people a run of linked names gives, each with her link (``[Ann Lee](…) and
    [Bo Lind](…)``)."""
    links = [inline.links[int(n)] for n in SLOT.findall(names)]
    return [Party(clean_text(link.text).strip(), link.href.strip()) for link in links]


def _talk_of(text: str, inline: Inline, fields: Fields) -> None:
    """``Vea la conferencia completa de [Ann Lee](…) aquí:``, ``den Vortrag von [Ann](…)
    hier``: the speakers, each linked to her profile, of the talk a sentence points to (in
    the languages that say whose talk by ``de``, ``von``, ``di``: a word also of events and
    places, so only profiles name its speakers)."""
    if fields.explicit or fields.speakers or "\x00" not in text:
        return
    of = _TALK_OF.search(text)
    if of is None:
        return
    people = _linked_parties(of["names"], inline)
    if all(is_person_url(p.url or "") and looks_like_name(p.name) for p in people):
        fields.add_people(people, ())
        fields.explicit = True


def _affiliation(rest: str, inline: Inline) -> tuple[Party, ...]:
    """What follows ``Affiliation:``: the organization it names first, linked or not
    (``[Acme](…), Senior Architect``); nothing where that is no name."""
    first = rest.split(",", 1)[0].strip()
    slot = ONE_SLOT.fullmatch(first)
    if slot:
        link = inline.links[int(slot[1])]
        return (Party(clean_text(link.text), link.href.strip() or None),)
    name = clean_text(inline.visible(first))
    return (Party(name),) if looks_like_name(name) else ()


def _kind_in_bold(visible: str, inline: Inline) -> bool:
    """Whether a line is only a talk's kind, in bold (``**Keynote**``, ``**Conférence**``)."""
    return is_kind_alone(visible) and visible in inline.strong


def _names_paper(text: str, visible: str, inline: Inline) -> bool:
    """Whether a line labels its link as a paper: ``Paper: [x.pdf](…)`` (maybe after an
    icon, ``:material-file-pdf-box:``), or a link whose text says so (``[paper](…)``)."""
    if "\x00" not in text:
        return False
    label, colon, _ = ICON.sub("", visible).partition(":")  # ":material-file-pdf-box: Paper:"
    if colon and PAPER_LABEL.fullmatch(label.strip(" *_")):
        return True
    return any(
        PAPER_LABEL.fullmatch(inline.links[int(n)].text.strip(" *_[]")) for n in SLOT.findall(text)
    )
