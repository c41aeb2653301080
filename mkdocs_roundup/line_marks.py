"""Marks on a talk's line that are no words of its talk: the pictographs that bullet it,
a meetup's number and topics in brackets, a numbered series before its title, the time
of its slot and the talk's length before it, the language it is given in written as code
(```fr```), a recording's length and the video site's name after it."""

from __future__ import annotations

import re

from .inline import Inline
from .labels import (
    CLOSE_QUOTES,
    DAY_WORDS,
    ICON,
    IN_LANGUAGE,
    LANGUAGES,
    MONTH_DAY,
    MONTHS,
    OPEN_QUOTES,
    PICTOGRAPHS,
    WEEKDAYS,
)
from .patterns import lazy

_SHORTCODE = lazy(rf"({ICON.pattern})\s+(?=\S)")
"""An emoji's shortcode before a line (``:scroll:``, ``:movie_camera:``), as GitHub and
``pymdownx.emoji`` show a pictograph (an icon of Material's sets, ``:material-video:``, too)."""
_PICTOGRAPHS = lazy(rf"[\u2022\u2023\u2043{PICTOGRAPHS}][\ufe0f\u200d\W]*?\s+(?=\S)")
"""Pictographs that open a line (``🗣 [Ann Lee - Title](…)``, ``🎤 Title``, ``• Title``): a
bullet, no word of the line (typographic bullets, arrows, symbols, dingbats and emoji; a
letter of any script is none)."""
_NUMBERED_TAG = lazy(
    r"^\[(?:[^\]\x00]{0,40}?#?\d+|(?![^\]]*\b(?:keynote|panel|workshop|lightning|demo|talks?|sessions?)\b)"
    r"[A-Z][^\]\x00\d]{1,40})\]\s+(?=\S)",
    re.I,
)
"""A meetup's number or an event in brackets before the line (``[Gathering #2] Title``,
``[React London Meetup] Title``): when and where, not what (a kind, ``[Keynote]``,
``[TALK]``, stays)."""
_NO_WORDS = lazy(r"[\s|,;:\-–—]*(?:\x00\d+\x00[\s|,;:\-–—]*)*")
"""Separators and links, no words: what follows a line's own words in brackets."""
_TAGS = lazy(r"\s+\[[^\]\x00\d]{1,60}\]$")
"""Topics in brackets after the line (``Title - Ann Lee [Maps, Robots]``): no one's."""
_DURATION = lazy(r"\s*[(\[]\d{1,2}(?::\d{2}){1,2}[)\]]$")
"""A recording's length after the line (``[Title](video) (31:02)``): no word of the title."""
_CLOCK = r"\d{1,2}(?::|h)\d{2}(?:\s*[ap]\.?m\.?)?"
"""A time of day (``18:45``, ``10h30``, ``9:00 am``)."""
_ZONE = (
    r"(?-i:UTC|GMT|CET|CEST|WET|WEST|EET|EEST|BST|IST|MSK|JST|KST|AEST|AEDT|"
    r"[PMCE][SD]T|ET|PT)(?:[+-]\d{1,2}(?::?\d{2})?)?"
)
"""A time zone's name after a time of day (``CET``, ``UTC+2``, ``PST``), before a separator
only: ``10:15 REST APIs`` is a title's acronym."""
_DAY_NAMES = (*DAY_WORDS.split("|"), "giorno")
_DAY_STARTS = frozenset(word[:3] for word in _DAY_NAMES)
"""The first three letters of the words for a program's day (a line's start to try)."""
_DAY = rf"(?:(?:{'|'.join(_DAY_NAMES)})\s*\d{{1,2}}\s*[-–—:|,]\s*)?"
CLOCK_SLOT = rf"\(?{_CLOCK}(?:\s*[-–—]\s*{_CLOCK})?"
"""A time of day, or a slot's start and end (``18:45``, ``9:00 am - 9:45 am``, ``(10h30``), a
regular expression's."""
_SLOT_DAY = (
    rf"(?:(?:{WEEKDAYS})\.?,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:{MONTHS})\.?|{MONTH_DAY})"
    rf"(?:,?\s+(?:{WEEKDAYS})\.?)?|(?:{WEEKDAYS}|mo|tu|we|th|fr|sa|su)\.?\s+\d{{1,2}}/\d{{1,2}}"
)
"""A day without its year, maybe its weekday (``23 September``, ``16 APR, FRI``, ``Fr 27/9``)."""
_SLOT_ASIDE = r"(?:,?\s*\([^()\x00]{1,20}\)|,\s*[A-Z]{1,2}\d{2,4}\b)"
"""A slot's room or a remark in parentheses, or a room's code after a comma (``, J577``)."""
LEADING_SLOT = lazy(
    rf"^\s*(?:{_SLOT_DAY})(?:{_SLOT_ASIDE}(?:,?\s+{CLOCK_SLOT})?|,?\s+{CLOCK_SLOT}){_SLOT_ASIDE}?"
    r"(?:\s*[-–—:|,]\s*|\s+(?=(?-i:[A-ZÀ-Þ])))",
    re.I,
)
"""A day without its year, maybe its weekday, then the hours or the room of a talk's slot (a
day alone opens titles too: ``4 May The Force Of Habit``) before its line, as a term's
schedule writes it (``23 September, 10:15 - 12:00 (J406), …``, ``Fr 27/9 10:15 - 12:00 Ann
Lee …``, ``16 APR, FRI 10:15 – 12:00, …``, ``29 April, J577: …``): when and where, not
what."""
_TIME = lazy(
    rf"^\s*{_DAY}{CLOCK_SLOT}(?:\s+{_ZONE}\)?\s*[-–—:|]\s+|\)?(?:\s*[-–—:|]\s+|\s+))", re.I
)
"""A time of day, or a slot's start and end, maybe after the day of the event, maybe in its
zone before a separator, before a line of a program (``18:45 – …``, ``9:00 am - 9:45 am |
…``, ``10h30 …``, ``3:00pm CET - …``, ``day 1 - 10:15 - 11:00 - …``): when, not what."""
_TRACK = lazy(r"(?:(?:[A-Z][\w.+#-]*\s+){1,2}track|[Tt]rack\s+[A-Z0-9]\d?)\s*(?=\(|\x00|$)")
"""After a slot's time, the track it is in and nothing more of a title (``day 1 - 11:20 -
12:00 - Mobile track ([slides](…))``, ``Track B``; a title says ``Inside Track``): where,
not what."""
_SPAN = r"\d{1,3}\s*(?:min(?:s|utes?|uten|utos?|uti)?|hrs?|hours?|h|m|分钟|分)\.?"
_LENGTH = lazy(
    rf"\s*(?:[(\[]{_SPAN}[)\]]\s*[-–—:|]?|{_SPAN}\s*[-–—:|])\s*(?:\{{[^{{}}\x00]*\}}\s*)?(?=\S)",
    re.I,
)
"""A talk's length before its line, in parentheses or brackets or before a separator (``30
min - Title``, ``(5 min) Title``, ``[30 min] [Title](…)``, ``(40m) Title``): how long, not
what (an ``attr_list`` after it, ``{.backtick}``, with it); ``30 Minutes or Less: Title`` is
all title."""
LENGTH_AFTER = lazy(rf"\s*[(\[]{_SPAN}[)\]]\s*$", re.I)
"""A talk's length after its line, in parentheses or brackets (``Ann Lee: Title (30min)``)."""
_SITE_NAME = lazy(r"\s+[-–—|]\s+(?:YouTube|Vimeo|SlideShare|Speaker\s?Deck)$", re.I)
"""The site's name a page's title ends with, copied with it (``Title - YouTube``)."""
_LANGUAGE = lazy(rf"\s*{IN_LANGUAGE}(?=\s*(?:[:|,;–—-]|$))", re.I)
"""The language a talk is given in, in parentheses after its title or at the line's end
(``Title (English): [slides](…)``, ``Title: [slides](…) (Spanish)``): how, not what."""
_LANGUAGE_FIRST = lazy(rf"\s*(?:in|en|auf)\s+(?:{'|'.join(LANGUAGES)})\s*:\s*(?=\S)", re.I)
"""The language a talk is given in, before its line (``In German: Title``, ``En español:
…``): how, not what."""
_SERIES = lazy(r"(?P<series>[^\x00]{2,40}?)\s#\d+\s*[-–—:]\s+(?P<title>\S.*)")
"""``Lunch & Learn #2 - Title``: a numbered series' name before the title."""


LAYOUT_SHORTCODE = lazy(r"\{\{[<%]\s*/?(?:br|hr|nbsp|space|newline|clear)\s*/?[>%]\}\}", re.I)
"""Hugo's shortcodes of layout (``{{< br >}}``): no word of a line."""


def without_layout(text: str) -> str:
    """A line without Hugo's shortcodes of layout (``{{< br >}} Title {{< br >}}``)."""
    return LAYOUT_SHORTCODE.sub(" ", text) if "{{" in text else text


_PROGRAM_TIME = lazy(rf"\s*(?:{_CLOCK}|(?:[01]\d|2[0-3])\.[0-5]\d)\s+(?=\S)", re.I)
"""A program's time of day before a line's words (:data:`_CLOCK`'s, ``14:00``, ``10h30``),
or written with a stop (``14.00``, ``09.30``: two digits each). It matches ``23.10 Mantic
Minotaur`` as well: the caller applies it to a program's lines only, never to a title
(where ``23.10`` may be a release)."""


def without_time(line: str) -> str:
    """A program's line without the time of day it opens with (``14:00 **Ann Lee** …``,
    ``09.30 **Ann Lee** …``)."""
    timed = _PROGRAM_TIME.match(line) if line.lstrip()[:1].isdigit() else None
    return line[timed.end() :] if timed else line


def without_marks(line: str) -> str:
    """A talk's line without the marks around it (``[Meetup #4] 🎤 Title (31:02)``)."""
    line = without_bullet(line)
    tag = _NUMBERED_TAG.match(line)
    if tag and not _NO_WORDS.fullmatch(line, tag.end()):
        line = line[tag.end() :]  # "[Title] | [Slides](…)": the bracket is the line's own
    timed = (
        _TIME.match(line)
        if line[:3].lstrip().lstrip("(")[:1].isdigit() or line[:3].casefold() in _DAY_STARTS
        else None
    )
    if timed:
        line = line[timed.end() :]  # "18:45 – Title (Ann Lee)": a program's slot
        track = _TRACK.match(line)
        line = line[track.end() :] if track else line  # "… - Mobile track ([slides](…))"
    length = _LENGTH.match(line) if line[:5].lstrip().lstrip("([")[:1].isdigit() else None
    if length:  # "30 min - Title"; "45 projects in 30 minutes" is all title
        line = line[length.end() :]
    if "(" in line:
        line = _LANGUAGE.sub("", line)
    if ":" in line[:20] and (language := _LANGUAGE_FIRST.match(line)):
        line = line[language.end() :]
    if line[-1:] in ")]":
        line = _TAGS.sub("", _DURATION.sub("", line))
    return line


def without_site_name(title: str, host: str) -> str:
    """A linked title without the site's name it was copied with (``Title - YouTube``), or
    the name of the site it links to (``host``), that opens with the site's own name
    (``html5slides - A slide template - Google Project Hosting`` for ``code.google.com``)."""
    title = _SITE_NAME.sub("", title)
    head, dash, site = title.rpartition(" - ")
    words = site.casefold().split()
    label = host.split(".")[-2:-1]  # its domain's own name: "google" of code.google.com
    if dash and head.strip() and 2 < len(words) <= _SITE_WORDS and words[0] in label:
        return head  # not "Sara Lind" for sara.dev: a person's own site
    return title


_SITE_WORDS = 4
"""The most words of a site's name after a title (``Google Project Hosting``); three at
least, since a name of two on a site named for it is its owner's (``Sara Lind`` on
``sara.dev``)."""


def without_quotes(title: str) -> str:
    """A title without the quote marks it is wholly written in (``"Taming Flaky Pipes"``,
    ``„Kites“``), or the one that opens it and is never closed (``"Taming Flaky Pipes``); a
    quote within it (``"Kites" and "Sails"``) keeps them all."""
    if len(title) < 3 or title[0] not in OPEN_QUOTES:
        return title
    if not any(mark in title[1:] for mark in OPEN_QUOTES + CLOSE_QUOTES):
        return title[1:].lstrip()  # its quote never closed
    if title[-1] not in CLOSE_QUOTES:
        return title
    inner = title[1:-1]
    if any(mark in inner for mark in OPEN_QUOTES + CLOSE_QUOTES):
        return title
    return inner.strip()


def without_toggle(title: str) -> str:
    """A title without the triangle at its end that opens or closes more about it (``Title
    ▼``, ``Title ▸``): a control of the page, no word of the title (an arrow, ``Next →``, and
    shapes, ``△ ○ □``, are words)."""
    return _TOGGLE.sub("", title) if title[-1:] in "▼▾▶▸►▲▴◀◂◄" else title


_TOGGLE = lazy(r"\s+[▼▾▶▸►▲▴◀◂◄]$")
"""A triangle alone at a line's end, a disclosure's mark (``▼``, ``▸``; not ``Stocks ▲▼``)."""


def without_series(title: str) -> str:
    """A title without the numbered series it opens with (``Learning Day #1 - …``): when,
    not what."""
    found = _SERIES.fullmatch(title) if "#" in title else None
    return found["title"] if found else title


def without_bullet(line: str) -> str:
    """A line without the pictographs that open it as a bullet, written or as a shortcode
    (``🎤 Title``, ``:scroll: [Slides](…)``); one the line repeats (``⚡️ Vite ⚡️ in
    Practice``) is its own."""
    if line[:1] == ":":
        shortcode = _SHORTCODE.match(line)
        if shortcode and shortcode[1] not in line[shortcode.end() :]:
            return line[shortcode.end() :]
        return line
    bullet = _PICTOGRAPHS.match(line) if line[:1] >= "\u2022" else None
    return line[bullet.end() :] if bullet and line[0] not in line[bullet.end() :] else line


LANGUAGE_CODES = (
    "en|de|fr|es|pt|it|nl|ja|jp|zh|cn|ko|kr|ru|pl|sv|no|da|fi|cs|tr|uk|ua|el|he|ar|hi|hu|ro|"
    "id|vi|th|pt-br|zh-cn|zh-tw|en-us|en-gb"
)
"""Languages' codes as talks are marked with them (``en``, ``zh``, ``jp``, ``pt-br``), as a
regular expression's alternatives."""
_LANGUAGE_BADGE = lazy(rf"\s*((?i:{LANGUAGE_CODES})(?:[+/](?i:{LANGUAGE_CODES}))*)\s+(?=\S)")
"""Languages' codes before a line's words, written as code (```fr` Title``, ```en+jp```)."""


def without_badge(text: str, inline: Inline) -> str:
    """A line without the language it opens with, written as code (```fr` [Title](…)``):
    the language the talk is given in, no word of its title."""
    badge = _LANGUAGE_BADGE.match(text) if inline.code else None
    return text[badge.end() :] if badge and badge[1] in inline.code else text
