"""The lines under a unit's own line: labelled fields (``Speaker:``, ``Slides:``), media,
a presenter's sentence, the abstract; :func:`unit_body` reads a unit's blocks into its
:class:`~mkdocs_roundup.fields.Fields`.
"""

from __future__ import annotations

import re

from .at_events import names_event, names_place_of_talk
from .blocks import Block
from .byline_cut import BY_WORDS
from .bylines import LINKED_RUN, at_where
from .described_speakers import described_speakers
from .fields import Fields, People
from .han_people import han_bio_name, han_name_and_work, han_name_org_role, han_name_then_work
from .inline import ONE_SLOT, SLOT, Inline
from .labels import CLOSE_QUOTES, HERE_WORDS, ICON, LINK_WORDS, OPEN_QUOTES, PAPER_LABEL, YEAR
from .link_targets import is_session_page
from .media import URL
from .model import Party
from .names import clean_text, looks_like_name
from .paren_remarks import without_remark_first
from .patterns import lazy
from .profiles import is_person_url
from .providers import PROVIDER_NAMES, url_parts
from .said_after_byline import SaidAfterByline
from .spoken_by import given_by, talk_of
from .talk_kinds import is_kind_alone
from .written_names import honored_with_handle, name_then_where, written_people
from .written_players import written_player

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
_LATIN_TWIN = lazy(r"\s*[^\x00-\x7f]+?（[^（）]+）\s*(?P<latin>[A-Z][^（）]*?\([^()]+\))\s*")
"""A name and where she works, in a script other than Latin, then the same in Latin letters
(``上保秀夫（筑波大学）Hideo Joho (University of Tsukuba)``): the Latin one, spelled so
on the page's other talks."""
_FILE_NAME = lazy(r"\S*(?:\.\w{2,4}|/\S*)")
"""A file's name or an address as a link's words (``slides-2031.pdf``, ``ann.example/x``)."""
_PLACE = lazy(r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?")
"""Where an event was, in a word or two after it (``Lausanne``, ``New York``)."""
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


_PRESENTED_BY = lazy(
    r"^\s*(?:(?:presented|given|delivered|hosted|led|vorgetragen|présenté|presentado|apresentado)"
    rf"\s+(?:{BY_WORDS})|panell?ists?|speakers?|presenters?)\s+(?P<names>.+)$",
    re.I,
)
_BYLINE_AFTER = lazy(
    rf"(?:^|[|·•]|\s[–—-])\s*(?:{BY_WORDS})\s+(?-i:(?=[A-ZÀ-Þ\x00]))(?P<names>[^|·•]*[^|·•\s.])[\s.]*$",
    re.I,
)
"""A byline at the end of a line, after a bar or a dash (``… | Par [Ann Lee](…) et Bo
Lind.``)."""
_LINK_JOINERS = lazy(r"[\s|·•,–—-]*")
"""What stands between links alone and after them (a bar, a dash, a comma)."""
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


UNTITLED_MOST = 120
"""The most characters of a body's line that gives an untitled unit its title."""


class Reader(SaidAfterByline):
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
        in full (and where they work), then where and when, the last part with its year, or
        without it the event by its words, maybe then where (``### Ann Lee, QCon London``,
        ``### Ann Lee, Harbor Days, Oslo``); the event is no organization."""
        inline = block.inline
        parts = inline.text.split(", ") if inline is not None else []
        if inline is None or len(parts) < 2:
            return None
        if len(parts) > 2 and YEAR.search(inline.text[-6:]):
            cut = len(parts) - 1  # "Oslo 2031", "September 2031": where and when
            events = names_event
        else:  # "Ann Lee, QCon London", "Ann Lee, Harbor Days, Oslo": no year, an event
            place = len(parts) > 2 and _PLACE.fullmatch(inline.visible(parts[-1]))
            cut = len(parts) - 1 if place else len(parts)
            events = names_place_of_talk
            if not events(inline.visible(parts[cut - 1])):
                return None
        while cut > 1 and events(inline.visible(parts[cut - 1])):
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
            if not fields.speakers and (named := han_bio_name(visible)):
                fields.add_people((Party(named),), ())  # "讲师简介：" over "周峰，…架构师，…"
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
        if (twin := _LATIN_TWIN.fullmatch(rest)) is not None:
            rest = twin["latin"]  # "上保秀夫（筑波大学）Hideo Joho (University of Tsukuba)"
        han = han_name_then_work(rest)  # "分享讲师：邵海杨，又拍云"
        if han:
            fields.name_speakers(*han, "person", "label")
            return
        speakers, orgs = (
            han_name_org_role(rest)
            or han_name_and_work(rest)  # "何少岳（Bmob CEO）"
            or _speakers_written(rest, inline)
            or self.people(rest, inline)
        )
        if not speakers and "\x00" not in rest:  # no link: its words as they are
            speakers, orgs = written_people(rest, orgs)  # "発表者: 村上 涼、nikkie"
        if speakers:
            fields.name_speakers(speakers, orgs, "person", "label")

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

    def _byline_after(self, text: str, inline: Inline, fields: Fields) -> bool:
        """A line of a talk's body that ends with a byline after its media links alone
        (``[Version PDF](…) | Par [Ann Lee](…) et [Bo Lind](…).``): its speakers, each named
        in full, where none is named yet."""
        if fields.speakers or fields.bio:
            return False
        found = _BYLINE_AFTER.search(text) if "\x00" in text else None
        before = text[: found.start()] if found is not None else ""
        if (
            found is None
            or "\x00" not in before
            or not _LINK_JOINERS.fullmatch(SLOT.sub("", before))
        ):
            return False  # "Slides made with love by Ann Lee": a sentence's words before
        named = self.only_names(found["names"], inline)
        if not named or not all(p.in_full for p in named[0]):
            return False
        fields.name_speakers(*named, "person", "label")
        return True

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
        fields.name_speakers(speakers, orgs, "person", "label")
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
        if self._byline_after(text, inline, fields):
            return  # "[Version PDF](…) | Par [Ann Lee](…) et [Bo Lind](…)"
        if fields.prose == 1 and (page := _session_page(text, visible, inline)):
            fields.session_page = page  # "## Title" over its page in the program, maybe
            return
        if fields.prose > 1 and _ALSO.search(visible.lower()) and _ANOTHER_TALK.search(visible):
            fields.evidence.add("several")
        if self.names_line(text, inline, fields) or self._speaks(text, inline, fields):
            return
        self._described(text, inline, fields)
        # "<b>Ann Lee</b><br> Title": the line under her name, however long
        if not fields.title and (
            fields.name_over_title or (fields.untitled and len(visible) < UNTITLED_MOST)
        ):
            fields.title = clean_text(visible)
            return
        given_by(text, inline, fields)
        talk_of(text, inline, fields)
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
