"""A line that is a link, or opens with one: the link's text is the title (and maybe names
its people); what follows the link is a remark on it or a description of the talk.
"""

from __future__ import annotations

import re

from .at_events import names_event
from .emphasized_titles import EmphasizedTitleReader
from .fields import Fields, event_with_year
from .inline import Inline, Link
from .labels import (
    CLOSE_QUOTES,
    LEADING_DATE,
    OPEN_QUOTES,
    SPACED_DASH,
    YEAR,
    YEAR_NOTE,
)
from .line_labels import (
    speakers_after_title,
)
from .line_marks import (
    without_site_name,
)
from .line_split import split_lifted, take_split
from .link_targets import (
    is_deck_page,
    is_media_address,
    is_session_page,
)
from .named_lines import in_full
from .names import clean_text
from .patterns import lazy
from .people_links import social_person
from .people_text import BY_PREFIX, clean_people
from .profiles import is_person_url
from .providers import url_parts
from .quoted_at import quoted_at_event

_QUOTED_THEN_WHERE = lazy(
    rf"\s*[{OPEN_QUOTES}](?P<title>[^{OPEN_QUOTES}{CLOSE_QUOTES}]{{3,}})[{CLOSE_QUOTES}]\s*(?:,|$)"
)
"""A title in quotes opening what follows a date, then where it was given after a comma
(``"Title", Harbor Conf, Oslo``)."""

_NAME_SEPARATOR = lazy(r"\s*[/:|–—-]\s+")
"""What stands between a name given first and the title (``Ann Lee / Title``)."""


_LINK_REMARK_AFTER = lazy(
    r"\s*\x00(\d+)\x00\s+(?P<remark>[a-z][^\x00:;]{0,40}?)\s*",
)
"""One link, then a few words (``with 2.1K views``): maybe a remark on what it links."""
_TAG_AFTER = lazy(r"\s*\x00(\d+)\x00\s*(?:\(#\w+\)|#\w+)\s*")
"""One link, then a hashtag, maybe in parentheses (``(#HarborConf)``): the event's tag."""

_GOES_ON = frozenset({"of", "for", "from", "about", "by", "to", "on", "at", "in", "and",
                     "or", "was", "is", "were", "are"})  # fmt: skip
"""Words that carry on what a link says, rather than remark on it (``[Part 1](video) of the
packaging talk``, ``… was cancelled``)."""

_DESCRIBED = lazy(r"\s*\x00(\d+)\x00(?P<sep>\s+[-–—:]|:)\s+(?P<about>[^\x00]+)")
"""A linked title, then a description (after a dash, or a colon right after the link)."""

_SAID_ON = lazy(
    r"\s*\x00(\d+)\x00\s+(?P<about>(?:because|to\s+(?:get|see|discover|learn|hear|know|"
    r"understand|find\s+out))\s[^\x00]+[.!])\s*"
)
"""A linked title, then why the author saw it, a sentence in lower case (``[Title](…) to get
a history of it.``): read so where the link is the talk's own page in an event's program
(``[Intro](…) to Rust for embedded developers`` is one title)."""

_SENTENCE_WORDS = 12
"""Words enough that what follows a linked title describes the talk, not who gives it."""

_GAVE = lazy(r"(?:i|we)\s+(?:gave|presented|talked|spoke|did)\b", re.I)
"""A description that says the author gave a talk there: its link is where, not what."""

_EDITION_NAME = lazy(r"(?:[A-Z][\w.'’-]*\s+){1,3}(?:19|20)\d\d")
"""A name in capitals and its year (``EuroPython 2031``, ``PyData Oslo 2031``): an event's
edition."""

_OF_SOMEONE = lazy(r"\b(?:she|he|her|his|hers|him|they|their|them)\b", re.I)
"""Words of a comment that speak of the link as someone (``[Mei Tanaka](…) because her
slides …``)."""

_CAPITALISED = 0.5
"""The share of a text's words written with a capital above which it is a title's
(``Lessons Learned from Running Two Hundred Clusters``), not a sentence."""


def _title_cased(text: str) -> bool:
    """Whether most words of a text are capitalised, as a title's or a subtitle's are."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) > _CAPITALISED * len(words)


def _where_or_who(link: Link) -> bool:
    """Whether a linked "title" names where a talk was given or who gave it (``[PyCon US
    2031](video)``, ``[EuroPython 2031](…)``, a profile)."""
    named = clean_text(link.text)
    return bool(
        event_with_year(named)
        or _EDITION_NAME.fullmatch(named)
        or YEAR.fullmatch(named)
        or is_person_url(link.href)
        or social_person(named, link.href)
    )


_TALKS_ABOUT = lazy(
    r"\s*(?P<names>[^,:;|()\[\]\x00]{3,60}?)\s+(?:on|talks?\s+about|speaks?\s+about)\s+"
    r"(?P<title>\S.{2,})"
)
"""Names, then ``on`` or ``talk(s) about`` and the title, in a player's link's text."""


class LinkTitleReader(EmphasizedTitleReader):
    """Reads a line whose title is a link's text."""

    def without_remark(self, text: str, inline: Inline) -> str:
        """A player's link without the few words in lower case after it (``[Title](video)
        with 2.1K views``, ``… must watch``): a remark on the recording, no title's words
        and no one's name; so too a player's or a deck's link without a hashtag after it."""
        if text[:2].lstrip()[:1] != "\x00":
            return text
        if (tag := _TAG_AFTER.fullmatch(text)) and self.player_piece(
            inline.links[int(tag[1])], files=True
        ):
            return text[: tag.end(1) + 1]  # "[Title](deck.pdf) (#HarborConf)": where it was given
        found = _LINK_REMARK_AFTER.fullmatch(text)
        words = found["remark"].split() if found else []
        if found is None or words[0] in _GOES_ON or any(word[:1].isupper() for word in words):
            return text  # "[Part 1](video) of the packaging talk": the words go on
        return text[: found.end(1) + 1] if self.player_piece(inline.links[int(found[1])]) else text

    def described_link(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``[Title](deck) - A sentence about the talk …``, ``[Title](deck): a sentence
        …``: the link's text is the title, the sentence its abstract; so too ``[Title](its
        page in the program) to see how it works.``"""
        described = None if fields.untitled else self._description(text, inline)
        if described is None:
            return False
        link, about = described
        if BY_PREFIX.match(about) and self.by_people(text, inline, fields):
            return True  # "[Title](…) - By Ann Lee & Bo Lind, April 2031, …": a byline
        if _where_or_who(link) or _GAVE.match(about):
            return False  # "[PyData Oslo 2031](video): I gave a talk on …": where she gave it
        self.link_title(link, fields)
        fields.attributed = self.attributed(about, inline)  # "– Ann Lee, Acme, explains …"
        fields.abstract.append(about)
        return True

    def _description(self, text: str, inline: Inline) -> tuple[Link, str] | None:
        """A line's linked title and what follows it as its description: after a dash or a
        colon, a sentence of twelve words or more (not a subtitle in capitals, ``[Title](…):
        Lessons Learned from Two Hundred Clusters``); after a link to the talk's own page in
        a program, why the author saw it (``to see …``, ``because …``; not of someone)."""
        found = _DESCRIBED.fullmatch(text)
        about = clean_text(inline.visible(found["about"])) if found else ""
        subtitle = found is not None and found["sep"] == ":" and _title_cased(about)
        if found and len(about.split()) >= _SENTENCE_WORDS and not subtitle:
            return inline.links[int(found[1])], about
        said = _SAID_ON.fullmatch(text)
        link = inline.links[int(said[1])] if said else None
        if said is None or link is None or not is_session_page(link.href):
            return None
        about = clean_text(inline.visible(said["about"]))
        if _OF_SOMEONE.search(about):
            return None  # "[Mei Tanaka](…/talk/…) because her slides …": who
        return link, about

    def bold_name_in_link(self, link: Link, inline: Inline, fields: Fields) -> bool:
        """``[**Ann Lee** / Title](talk/)``: a link's text that opens with a full name in
        bold, then a separator, names the speaker, then the title."""
        lead = clean_text(inline.strong[0]) if inline.strong else ""
        text = clean_text(link.text)
        sep = _NAME_SEPARATOR.match(text, len(lead)) if lead and text.startswith(lead) else None
        if sep is None or not self.names_lead(lead, text[sep.end() :], fields):
            return False
        if is_media_address(link.href):
            self.title_media(link, fields)  # "[**Ann Lee** - Title](video)": its recording
        return True

    def link_title(self, link: Link, fields: Fields) -> None:
        """A line that is one link: its text is the title (and maybe the people)."""
        piece = self.link_piece(link, None, title_link=True)
        self._plain_title(
            without_site_name(link.text, url_parts(link.href).host),
            fields,
            by=piece is not None and piece.media.provider != "link",
            href=link.href,
        )
        # A link to a repository is a talk's material only beside its speaker (an
        # "awesome" list links repositories, not talks); a deck's own page is its slides.
        if piece and (
            fields.speakers
            or piece.media.provider != "link"
            or is_deck_page(link.href)
            or piece.said  # its icon, "## Slides", "Slides & code for my talks" say it is
        ):
            fields.media.append(piece)
            fields.evidence.add("media")
        elif piece and fields.names_then_title:
            fields.title_material = piece  # "[Ann Lee - Title](deck)": hers, read so

    def _plain_title(self, text: str, fields: Fields, *, by: bool = False, href: str = "") -> None:
        """A title line with no links of its own (a link's text); ``Title by Ann Lee`` is
        read when ``by`` (a player's link: a book's, ``… by Ann Lee``, is no talk);
        ``href``: where the link whose text it is goes."""
        text = YEAR_NOTE.sub("", text)  # "Title - Ann Lee (2018)": when, not who
        dated = LEADING_DATE.match(text)
        if dated:  # "[2024-09-03: "Title", Harbor Conf, Oslo](deck)": when, what, where
            text = text[dated.end() :]
            fields.evidence.add("dated")
            quoted = _QUOTED_THEN_WHERE.match(text)
            if quoted:
                fields.title = clean_text(quoted["title"])
                self._who_then_where(text[quoted.end() :], fields)
                return
        if speakers_after_title(self, text, Inline(), fields):
            return  # "[Title: Speaker: Ann Lee](…)"
        quoted_at = quoted_at_event(text, href, decks=self.slides_listed)
        if quoted_at:
            fields.title = clean_text(quoted_at["title"])  # '["Title" at Harbor Conf 2031](…)'
            fields.evidence.add("event")
            return
        if " | " in text:
            title, _, people = text.rpartition(" | ")
            speakers, orgs = self.people(people, Inline())
            if speakers:
                fields.title = clean_text(title)
                fields.add_people(speakers, orgs)
                if "," in people:
                    fields.affiliation = clean_text(people.rpartition(",")[2])
                return
        plain = Inline()
        if self._last_dash_people(text, plain, fields):  # "[Move Fast, Break Nothing - Ann](…)"
            return
        if by and self._talks_about(text, fields):  # "[Ann Lee talks about Queues](video)"
            return
        self._names_then_title(text, plain, fields)  # "[Ann Lee - Title](video)"
        if self._paren_people(text, plain, fields) or (by and self.by_people(text, plain, fields)):
            return
        split = split_lifted(clean_people(text), (), self.known_orgs)
        take_split(split, fields)

    def _talks_about(self, text: str, fields: Fields) -> bool:
        """A player's link that names its speakers in full, then what they speak about
        (``Drew Neil on Vim``, ``Ann Lee and Bo Lind talk about Queues``): they, and the
        title; a title in lower case after them is none (``Ann Lee on stage``)."""
        found = _TALKS_ABOUT.fullmatch(text) if self.page_talks else None
        if found is None or not found["title"][:1].isupper():
            return False  # (a playlist's "Miles Davis on Trumpet", a film's "Rain on Glass")
        speakers, orgs = self.column_people(found["names"], Inline())
        if not speakers or orgs or not all(map(self._speaker_named, speakers)):
            return False
        fields.title = clean_text(found["title"])
        fields.add_people(speakers, ())
        return True

    def _who_then_where(self, rest: str, fields: Fields) -> None:
        """What follows a dated title in quotes: its speakers, named in full, where they
        end the line or an event follows them (``Ann Lee and Bo Lind, Harbor Conf``); else
        where it was given, no one (``Lumen Institute, Brisbane, Australia``)."""
        parts = [part.strip() for part in rest.split(",") if part.strip()]
        named = self.only_names(parts[0], Inline()) if parts else None
        if named is None or not all(p.in_full for p in named[0]):
            return
        if len(parts) == 1 or names_event(parts[1]):
            fields.add_people(named[0], ())

    def _last_dash_people(self, text: str, plain: Inline, fields: Fields) -> bool:
        """A link's text ``Title, with commas - Ann Lee``: its people after the last dash,
        each named in full; the rest, commas and all, the title."""
        return "," in text and self.people_after_last(SPACED_DASH, text, plain, fields, in_full)
