"""A talk's line without its media links: each link labelled as media (``([Slides](…),
[Video](…))``), or that is a deck or a player beside the title, is the talk's media and no
word of the line; a link labelled as what stands beside the talk (``([Code](…))``) is
neither; links at its end that say one word in lower case point at its material.
"""

from __future__ import annotations

import re

from . import providers
from .embeds import EmbedReader
from .fields import Fields
from .inline import SLOT, Inline, Link
from .labels import HERE_WORDS, LINK_WORDS, PRESENTATION_WORDS, YEAR, is_date
from .link_targets import front_page, in_deck_place, is_deck_file, is_session_page
from .media import EMPTY_GROUP, known_aside, presented_role
from .names import clean_text, looks_like_name
from .patterns import lazy
from .profiles import is_own_site, is_person_url
from .talk_kinds import is_kind_alone

_JOINERS = (",", "&", "+", " and", " /")
"""What joined the media links a line ended with (``… [Slides](…) and [Video](…)``,
``… [video](…) / [slides](…)``)."""
_POINTED = lazy(
    r"(?:^|[:,;|(–—-]\s*|\s[-–—]\s+|\s(?=\w+\s*:\s*\x00))"
    r"(?P<word>\w+)(?:\s*:)?\s*(?P<slot>\x00(?P<n>\d+)\x00)"
    r"(?=[\s.,;)]*$)"
)
"""The link that ends a line and the one word alone before it, after the line's start or a
separator, maybe with its colon (``Title by Ann Lee: slides [here](…)``), or with its colon
after any word where a label gave the line's title before it (``**Title**: *Queues*
**Slide**: [here](…)``); a link with more
words after it, or after a sentence (``Photos from the recording [here](…)``, ``… watch
[here](…)``), says no more than its own text."""
_ON_SITE = lazy(
    r"\s*(?:on|at|via|auf|sur|en|em|no|на)(?:\s+(?:\x00\d+\x00|[^\s\x00][^\x00]{0,40}))?"
    r"\s*[.,;]?\s*",
    re.I,
)
"""Where a line of media links says they are (``[Slide](…) on Speaker Deck``, ``… on
[Harbor Channel](…)``): no words of a title."""
_LINKS_GROUP = lazy(r"\([,;\s]*(?:\x00\d+\x00[,;\s]*)+\)\.?$")
"""A group in parentheses at a line's end that holds only links (``(, [code](…))``, and
the period after it)."""

_POINTER_AT_END = lazy(r"\s+\x00(\d+)\x00(?:\s*[,;]?\s*\x00\d+\x00)*\s*$")
"""Links at a line's end after its words (``Title - Ann Lee [web](…)``): each, where its
text is one word in lower case and it follows a separator or a name, points at the talk's
material, no word of its title or its people (``… and [docker](…)`` ends a title)."""
_ONLY_POINTING = LINK_WORDS
"""A link's words that only say it is one (``[(link)](…)``, ``[URL](…)``; ``[here](…)``
alone says nothing of what it links, and no line is a talk by it)."""


def _only_points(written: str, before: str) -> bool:
    """Whether a line's last link only says it is one, after the line's words: in
    parentheses (``[(link)](…)``), after a separator or a parenthesis's close (``… -
    [Link](…)``), or in lower case (``Title [link](…)``); not a title's last word (``Effect
    handlers in [Links](…)``, ``Parsing every [URL](…)``)."""
    words = written.strip()
    if words.strip("()[]").casefold() not in _ONLY_POINTING or not before.strip():
        return False
    ended = before.rstrip()[-1:] in _POINTER_AFTER
    return words.startswith(("(", "[")) or ended or words.islower()


_POINTER_WORD = lazy(r"[a-z]{2,12}")
"""A link's text that is one word in lower case: no name, no title."""
_POINTER_AFTER = frozenset(",;:|-–—`'\")]»”")
"""What a line's words end with before links that point at material (``Ann Lee -
[web](…)``, a code span's or a quote's end); after a name's last word too."""


_PARTS = lazy(r"\s[-–—|]\s|[,:]\s|`")
"""What cuts a line into its title and its people (a code span may hold both)."""


class LineMediaReader(EmbedReader):
    """Takes a line's media out of its text."""

    def links_talk(self, text: str, inline: Inline, fields: Fields) -> bool:
        """Whether a line gave its talk's media, or ``text`` links a player, a deck or the
        talk's page in a program (a watch list's or a program's line, no blog's)."""
        links = [inline.links[int(n)] for n in SLOT.findall(text)]
        return bool(fields.media) or any(
            self.player_piece(k) or is_session_page(k.href) for k in links
        )

    def line_media(self, text: str, inline: Inline, fields: Fields) -> str:
        """Take a line's media links (``([Slides](…), [Video](…))``) out of its text."""
        if "\x00" not in text:
            return text
        text, pointed = self.pointed_links(text, inline)
        group = _LINKS_GROUP.search(text) if text.endswith((")", ").")) else None
        grouped = group.start() if group else len(text)  # "(…, […](…) […](…))" at the end

        def take(found: re.Match[str]) -> str:
            link = inline.links[int(found[1])]
            role = self.link_role(link) or pointed.get(found[1])
            presented = presented_role(link) if role is None else None  # a cheap match first
            if presented and text[: found.start()].rstrip().endswith((":", ",", "\x00", "(")):
                role = presented  # "Title: [presented at Harbor Conf, 2031](…)"
            # "([Demo](…))", "Title ([big file](a.pdf) [small file](b.pdf))": beside the title
            aside = text[found.start() - 1 : found.start()] == "(" or found.start() > grouped
            beside = self.beside(link.text)
            if role is None and beside and not (aside and known_aside(link)):
                fields.evidence.add("aside")
                return ""  # "([Code](…))": a link beside the talk, not its title
            icon = not link.text.strip() and not link.images  # "[](deck.pdf){: .pdf }"
            icon = icon or _coded_deck(text, found, link)  # "[FLT01](deck.pdf) Ann Lee: …"
            deck = aside and role is None and not beside and is_deck_file(link.href)
            media = icon or deck or (aside and known_aside(link))
            if role is None and not link.images and not media:
                return found[0]
            piece = self.link_piece(link, role, title_link=icon or deck)
            if piece is None:
                return found[0]
            fields.media.append(piece)
            fields.evidence.add("media")
            return ""

        taken = _without_material_run(text, SLOT.sub(take, text), inline)
        taken = _sentence_before_media(text, taken)
        taken = _when_after_media(text, taken)
        if taken != text:
            if text.lstrip().startswith("\x00") and _ON_SITE.fullmatch(taken):
                return ""  # "[Slide](…) on Speaker Deck": all media
            taken = EMPTY_GROUP.sub("", taken).strip()
            taken = _without_dangling_joiners(taken)
            if " by " in taken:  # "Title - [Slides](…) and [Notebook](…) by Ann Lee"
                taken = _JOINED_BEFORE_BY.sub(" ", taken)
        return taken

    def pointed_links(self, text: str, inline: Inline) -> tuple[str, dict[str, str]]:
        """A line without the words that say what the link that ends it only points at
        (``slides [here](…)``, ``présentation [ici](deck.pdf)``, ``Recording: [here](…)``),
        and the role that link has, by its slot's number."""
        if not any(link.text.strip(" .!").casefold() in HERE_WORDS for link in inline.links):
            return text, {}  # (most lines: no link that only says where)
        pointed: dict[str, str] = {}

        def point(found: re.Match[str]) -> str:
            link = inline.links[int(found["n"])]
            if link.text.strip(" .!").casefold() not in HERE_WORDS:
                return found[0]
            if found[0][:1].isspace() and not self._title_labelled(text[: found.start()]):
                return found[0]  # "User guide PDF: [here](…)": a manual's line, no talk's
            word = found["word"]
            role = self.media_role(word)
            if role is None and word.casefold() in PRESENTATION_WORDS and is_deck_file(link.href):
                role = "slides"  # "présentation [ici](deck.pdf)": the talk's deck
            if role is None:
                return found[0]
            pointed[found["n"]] = role
            return found[0][: found.start("word") - found.start()] + found["slot"]

        return _POINTED.sub(point, text), pointed

    def _title_labelled(self, text: str) -> bool:
        """Whether a label gives the line's title before ``text`` ends (``**Title**:
        *Queues* **Slide**: [here](…)``)."""
        return any(role == "title" for _, _, role in self.labels_in(text))

    def without_pointers(self, text: str, inline: Inline, fields: Fields) -> str:
        """The line without the links at its end that each say one word in lower case
        (``[web](…)``, ``[pdf](…)``): the talk's material, read as media where they are."""
        start = text.rfind("\x00", 0, -1)
        last = inline.links[int(text[start + 1 : -1])]
        if _only_points(last.text, inline.visible(text[:start])):
            self._pointed(last, fields)  # "Title (Harbor Conf)[(link)](…)": what it links
            return text[:start].rstrip()
        if not _POINTER_WORD.fullmatch(last.text.strip()):
            return text  # "Title, [Ann Lee](…)": most lines end so, with a name
        found = _POINTER_AT_END.search(text)
        if found is None:
            return text
        links = [inline.links[int(n)] for n in SLOT.findall(found[0])]
        if any(not _POINTER_WORD.fullmatch(link.text.strip()) for link in links[:-1]):
            return text  # "Title - [Ann Lee](…)": her name
        before = inline.visible(text[: found.start()]).rstrip()
        if not before or not (before[-1] in _POINTER_AFTER or before.split()[-1][:1].isupper()):
            return text  # "… tricks: and [docker](…)": a word of the title
        if not _PARTS.search(before.rstrip(" ,;:|-–—")):
            return text  # "Ann Lee - [htmx](deck)": one part before it, the link the title
        for link in links:
            self._pointed(link, fields)
        return text[: found.start()]

    def _pointed(self, link: Link, fields: Fields) -> None:
        """The talk's media a link that points at it links, if any."""
        piece = self.link_piece(link, None)
        if piece is not None and piece.media.provider != "link":
            fields.media.append(piece)
            fields.evidence.add("media")


_LINKS_AFTER_SENTENCE = lazy(r"(?<=\.)\s+(?:\x00\d+\x00(?:\s*(?:[,;]|and\b|&))*\s*)+$")
"""Links alone after a line's last sentence (``Title. [GitHub](…), [examples](…)``)."""


def _coded_deck(text: str, found: re.Match[str], link: Link) -> bool:
    """Whether a link that opens a line, before more of it, is named by a program's code
    for the talk (``[FLT01](slides/FLT01_Ann_Lee.pdf) _Ann Lee_: "Title"``) and links a
    deck file or the site's folder of slides: the talk's deck, no word of its title."""
    opens = not text[: found.start()].strip() and bool(text[found.end() :].strip())
    deck = is_deck_file(link.href) or in_deck_place(link.href)
    code = link.text.strip()
    return opens and (bool(_CODE.fullmatch(code)) or is_kind_alone(code)) and deck


_CODE = lazy(r"[A-Z]{1,8}[-_]?\d{1,3}")
"""A program's code for a talk (``FLT01``, ``KN-2``; its kind alone, ``TALK``, is read by
:func:`~mkdocs_roundup.talk_kinds.is_kind_alone`)."""


def _without_material_run(text: str, taken: str, inline: Inline) -> str:
    """A line without the links that end it, in parentheses or after its last sentence,
    where they are words of the language (``([notes](…), [code](…))``) or some of them
    were taken as the talk's material (``([code](…), [Android app](…))``, ``Title.
    [GitHub](…), [examples](…)``): all of them are beside the title."""
    for pattern in (_LINKS_GROUP, _LINKS_AFTER_SENTENCE):
        run = pattern.search(taken) if "\x00" in taken else None
        if run is None:
            continue
        kept = SLOT.findall(run[0])
        if any(_names_someone(inline.links[int(n)]) for n in kept):
            return taken  # "([Ann Lee](…), [video](…))": who gave it, after the title
        before = pattern.search(text)
        taken_some = before is not None and len(SLOT.findall(before[0])) > len(kept)
        if taken_some or all(_a_word(inline.links[int(n)].text) for n in kept):
            return taken[: run.start()].rstrip()
    return taken


_SENTENCE_THEN_LINK = lazy(r"(?P<head>\S.*?\w[.!?])\s+\x00(?P<n>\d+)\x00", re.S)
"""A line's first sentence, then a link (``Title. [Slides](…) + video to follow.``)."""


_NAMES_AFTER = lazy(r"@|\bby\b|\bvon\b|\bpar\b|\bpor\b", re.I)
"""Words after a talk's media that name who gave it (``by @ann``)."""


def _sentence_before_media(text: str, taken: str) -> str:
    """A line whose first sentence ends right before a link taken as its media, and whose
    words after it are a remark in lower case (``Title. [Slides](…) + video to follow.``):
    that sentence; what follows is no word of the title."""
    found = _SENTENCE_THEN_LINK.match(text) if "\x00" in text else None
    if found is None or f"\x00{found['n']}\x00" in taken or not taken.startswith(found["head"]):
        return taken  # no sentence before the first link, that link no media, or media in it
    after = taken[len(found["head"]) :]
    rest = SLOT.sub("", after)
    if any(c.isupper() for c in rest) or "\x00" in after or _NAMES_AFTER.search(rest):
        return taken  # "… [Slides](…) by @ann", "… — [@ann](…)": who gave it
    return found["head"]


def _when_after_media(text: str, taken: str) -> str:
    """A line whose title runs to its first link, every link after it taken as its media,
    then a stop and the day it was given, maybe where, or the event and its year (``Title
    [slides](…) [video](…). August 2017. Harbor Days.``, ``… . Harbor Days 2019, March
    2019.``): the title; when and where are no words of it."""
    first, last = text.find("\x00"), text.rfind("\x00")
    head = text[:first].rstrip()
    if first <= 0 or not head or not taken.startswith(head):
        return taken
    if head.rsplit(None, 1)[-1].casefold() in _OPEN_ENDS:
        return taken  # "Intro to [Rust](video). 2019.": the link holds a word of the title
    tail = text[last + 1 :]
    if taken[len(head) :].strip() != tail.strip():
        return taken  # a link between them stayed: a word of the title, or no media
    when = _STOP_THEN_WHEN.match(tail)
    return head if when and (is_date(when["when"]) or YEAR.search(when["when"])) else taken


_OPEN_ENDS = frozenset(
    {"a", "an", "the", "to", "of", "for", "and", "or", "with", "in", "on", "at", "by"}
)
"""Words a title does not end with: a link after one holds the title's next word."""
_STOP_THEN_WHEN = lazy(r"\s*[.,;]\s+(?P<when>[^.,;]+)")
"""A stop, then what the line says next (``. August 2017. Harbor Days.``)."""


def _names_someone(link: Link) -> bool:
    """Whether a link names a person or an organization: a profile, or a name linked to a
    site's front page (``[Acme Labs](https://acme.example/)``), not a talk's material
    (``[GitHub](…/ann/queues)``, ``[Paper PDF](paper.pdf)``)."""
    parts = providers.url_parts(link.href.strip())
    text = clean_text(link.text)
    if is_own_site(text, link.href):
        return True  # "[Ann Lee](https://annlee.dev)"
    if text.casefold().replace(" ", "") in parts.host:
        return False  # "[GitHub](github.com/acme)": the site, named for itself
    return is_person_url(link.href) or (front_page(link.href) and looks_like_name(text))


def _a_word(text: str) -> bool:
    """Whether a link's text is a word of the language (``materials``, ``blaze-react``),
    not a name (``Acme``, ``Ann Lee``)."""
    return bool(text) and text[:1].islower()


_JOINED_BEFORE_BY = lazy(r"\s+[-–—|]\s*(?:(?:and|&|,)\s+)+(?=by\s)")
"""What joined the media links taken from between a title and its byline (``Title - and
by Ann Lee`` once ``[Slides](…)`` and ``[Notebook](…)`` are taken)."""


def _without_dangling_joiners(text: str) -> str:
    """A line without what joined the media links taken from its end (``, and``), and
    without the period that ended its title before them (``Title. [Video](…)``); a loop,
    not a pattern anchored at the end (which a long run of commas made quadratic)."""
    text = text.strip()
    while True:
        joiner = next((j for j in _JOINERS if text.endswith(j)), None)
        if joiner is None:
            break
        text = text[: -len(joiner)].rstrip()
    if text.endswith(".") and not text.endswith("..") and text[-2:-1].strip():
        text = text[:-1]
    return text
