"""Reading a roundup page: where its talks are, and what each one holds.

:func:`parse_page` works on the Markdown source as written (line numbers stay true) and
returns a :class:`PagePlan`: the talk records plus, for each talk, the spans of source it
introduces, keeps and moves into the card. :mod:`mkdocs_roundup.extension` turns that plan
into HTML; nothing here imports MkDocs or builds markup.

The forms it knows are catalogued in the documentation ("Supported formats"):

- talk headings at any level from h2 to h6, the talk level being the one whose headings
  name speakers or hold media; levels above it are sections (``Day 1 Sessions``);
- ``[**Title, Speaker**`` + image + ``](video)`` blocks, with no heading at all;
- HTML ``<strong><a href=slides>Title</a> - Speakers</strong>`` lines.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from itertools import accumulate
from operator import itemgetter
from pathlib import PurePosixPath
from typing import Any, NamedTuple

import yaml
from markdown.extensions.toc import slugify as default_slugify
from markdown.extensions.toc import unique

from . import providers
from .model import Diagnostic, Event, Media, Party, Talk
from .people import (
    HTML_LINK,
    LINK,
    Split,
    clean_text,
    is_profile_url,
    name_key,
    parse_people_text,
    split_heading,
    split_html_heading,
    strip_inline,
)

Slugify = Callable[[str, str], str]

# -- Source patterns ------------------------------------------------------------------------

_FRONT_MATTER = re.compile(
    r"\A\ufeff?-{3}[ \t]*\n(?P<yaml>.*?\n)?(?:-{3}|\.{3})[ \t]*(?:\n|\Z)", re.S
)
_FENCE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})")
_FENCE_HEAD = re.compile(r"\n[ \t]{0,3}[`~]")
_ATX_OPEN = re.compile(r"[ \t]{0,3}(#{1,6})[ \t]+")
_ATTR_LIST = re.compile(r"[ \t]*\{:?[ \t]*(?P<attrs>[^}]*)\}[ \t]*$")
_ATTR_ID = re.compile(r"(?:^|\s)#(?P<id>[\w-]+)")
_HTML_HEADING = re.compile(
    r"^[ \t]*<h(?P<level>[1-6])\b[^>]*>(?P<text>.*?)</h(?P=level)\s*>[ \t]*$", re.I
)
_BLOCK_OPEN = re.compile(r"^[ \t]*<div\b[^>]*>[ \t]*$", re.I)
_BLOCK_CLOSE = re.compile(r"^[ \t]*</div\s*>[ \t]*$", re.I)
_BOLD_LINK_HEAD = re.compile(r"^[ \t]*\[(?:\*\*|__)(?P<text>.+?)(?:\*\*|__)[ \t]*(?P<rest>!\[.*)?$")
_BOLD_LINK_TAIL = re.compile(
    r"^[ \t]*!\[[^\]]*\]\((?P<img>[^)]*)\)[ \t]*\]\((?P<url>[^)\s]+)(?:\s+\"[^\"]*\")?\)[ \t]*$"
)
_STRONG_LINE = re.compile(
    r"^[ \t]*(?:<(?:div|p|span)\b[^>]*>\s*)*<(?:strong|b)>(?P<inner>.*?)</(?:strong|b)>"
    r"(?:\s*</(?:div|p|span)\s*>)*[ \t]*$",
    re.I,
)
_INTRO_HEADS = ("#", "<", "[")
# How an introducer line opens: an ATX heading, a bold link, an HTML heading or strong line.
_INTRO_LINE_HEAD = re.compile(r"\n[ \t]*(?:[#\[]|<(?i:h[1-6]|div|p|span|strong|b))")
_PEOPLE_AFTER_LINK = re.compile(r"^\s*[-–—,:]")
_DASH = re.compile(r"\s[-–—]\s")
_AGENDA_TIME = re.compile(r"^\(?\d{1,2}[:.h]\d{2}\b")
_WRAPPER_TAG = re.compile(r"</?(?:span|div|p)\b[^>]*>", re.I)
_DIV_TAG = re.compile(r"<div\b[^>]*?(?<!/)>|</div\s*>", re.I)

_IFRAME = re.compile(r"<iframe\b(?P<attrs>[^>]*)>(?:(?P<inner>.*?)</iframe\s*>)?", re.I | re.S)
_SCHEME = re.compile(r"^https?://")
_ATTR = re.compile(r"([\w:-]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+)))?")
"""An attribute: its name, then its value in one of three groups (double, single, no quotes)."""
_MD_LINKED_IMAGE = re.compile(
    r"\[!\[(?P<alt>[^\]\n]*)\]\((?P<src><[^>]*>|[^)\s]*)(?:\s+\"(?P<title>[^\"]*)\")?\)\]"
    r"\((?P<href>[^)\s]+)(?:\s+\"[^\"]*\")?\)"
)
_MD_MALFORMED_IMAGE = re.compile(
    r"\[!\[\][ \t]*\"(?P<title>[^\"]*)\"\]\((?P<src>[^)\s]+)\s+(?P<href>https?://[^)\s]+)\)"
)
_HTML_LINKED_IMAGE = re.compile(
    # Starts with a literal "<" so the engine does not try an optional group at every offset.
    r"<(?:(?P<p>p>)\s*<)?a\b(?P<attrs>[^>]*)>\s*<img\b[^>]*>\s*</a\s*>(?(p)\s*</p>)",
    re.I,
)
_OPEN_IN = re.compile(
    r"<(?:br\s*/?>\s*(?:<strong>\s*)?<|strong>\s*<)?a\b(?P<attrs>[^>]*)>\s*(?:Open|View|See|Watch)\s+(?:in|on)\s+"
    r"(?P<label>[\w .]+?)\s*</a\s*>(?:\s*</strong>)?",
    re.I,
)
# How a line must start for the two patterns below to match there (their openings).
_LINK_LINE_HEAD = re.compile(r"\n[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?\[")
_URL_LINE_HEAD = re.compile(r"\n[ \t]*<?h")
_MD_LINK_LINE = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?P<link>\[(?P<text>[^\]\n]+)\]\((?P<href>[^)\s]+)\))(?:\*\*|__)?[ \t]*$",
    re.M,
)
_BARE_URL_LINE = re.compile(r"^[ \t]*<?(?P<href>https?://[^\s<>]+)>?[ \t]*$", re.M)
_MEDIA_SUFFIX = re.compile(r"\s+[-–—]\s+(?:slides?|video|recording|deck)$", re.I)
_MEDIA_LABEL = re.compile(
    r"^(?:the\s+)?(?:slides?|slide ?deck|deck|presentation|pdf|video|recording|"
    r"watch\b.*|view\b.*(?:slides|video|recording)|download\b.*(?:slides|pdf))$",
    re.I,
)
_PEOPLE_LINE = re.compile(
    r"^[ \t]*(?:[*_]{1,2})?(?P<label>speakers?|presenters?|presented by|panell?ists?|hosts?|moderators?)"
    r"(?P<colon>[ \t]*:)?(?:[*_]{1,2})?(?(colon)|[ \t]*:?)[ \t]*(?:[*_]{1,2}[ \t]*)?(?P<rest>\S.*?)[ \t]*$",
    re.I,
)
_BIO_LABEL = re.compile(
    r"^(?:about\b[^:]{0,60}|speakers?\s+bios?|bios?|about the speakers?)\s*:", re.I
)
_BIO_WORD = re.compile(r"(?i)bios?:|about\b")
_LEADING_LABEL = re.compile(r"^(?:session\s+description|description|abstract|summary)\s*:\s*", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|<br\s*/?>\s*<br\s*/?>|</?div[^>]*>|</?p>|<p/>")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
"""The paragraph breaks of a text without tags (a pattern that starts with a literal)."""
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_SPEAKERS_PARAGRAPH = re.compile(r"(?i)speakers?\s*:.*")
_URL_PARAGRAPH = re.compile(r"https?://\S+")
_PLACEHOLDER = re.compile(
    r"^\(?\*?\s*(?:the\s+session\s+(?:recording|abstract)\b.*(?:not available|unavailable)|pending slides"
    r"|slides?\s+(?:coming soon|pending)|no (?:slides|recording)\b.*)[.)]*\s*$",
    re.I,
)
_DATE_IN_NAME = re.compile(r"(?<!\d)(?P<date>\d{4}-\d{2}-\d{2})(?!\d)")
_GENERIC_SECTIONS = re.compile(
    r"^(?:sessions?|talks?|presentations?|recordings?|agenda|program(?:me)?|schedule|"
    r"(?:the\s+)?(?:session|talk)s?\s+(?:and|&)\s+(?:slides|recordings|videos))\s*:?$",
    re.I,
)
_INFIMA_BUTTON = re.compile(r"(<a\b[^>]*\bclass=\")(?P<classes>[^\"]*\bbutton\b[^\"]*)(\")", re.I)
_LINK_TEXT = itemgetter("text")
"""A link's text, to replace the link with (``LINK.sub(_LINK_TEXT, text)``)."""


_TOC_TAG = re.compile(r"<[^>]*>")
_TOC_MARKUP = re.compile(r"(?<!\\)(\*\*|__|\*|_|`)")
_TOC_ESCAPE = re.compile(r"\\(.)")
_TRUNCATE = re.compile(r"<!--\s*truncate\s*-->[ \t]*$", re.M)
"""Docusaurus' excerpt marker, on a line of its own (the start is checked by
:func:`rewrite_docusaurus`: a pattern opening with ``^`` would be tried at every character)."""

_KIND_WORDS = {
    "keynote": "keynote",
    "panel": "panel",
    "workshop": "workshop",
    "lightning": "lightning",
    "demo": "demo",
}
_KIND_PREFIX = re.compile(
    r"^(?P<marker>keynote(?:\s+(?:talk|speech|session|address))?|panel(?:\s+discussion)?|workshop|"
    r"lightning(?:\s+talk)?|demo|live\s+demo)\s*[:|]\s*(?P<rest>.+)$",
    re.I,
)
_KIND_SUFFIX = re.compile(
    r"^(?P<rest>.+?)\s+[-–—|]\s+(?P<marker>keynote|panel(?:\s+discussion)?|workshop|lightning\s+talk|demo)$",
    re.I,
)
_KIND_WORD = re.compile(r"\b(keynote|panel|workshop|lightning|demo)\b", re.I)
_KIND_HINT = re.compile("|".join(_KIND_WORDS))
"""Any kind word, even inside another word (in lowercase ASCII text)."""
_WORDS = re.compile(r"\w+")


def talk_kind(title: str) -> tuple[str, str]:
    """The talk's kind and its title without an explicit kind marker.

    ``Keynote Talk: X`` and ``X – Workshop`` lose the marker, which becomes the badge; a kind
    word that belongs to the title (``StackBill Workshop``, ``News and Demo``) stays in it.
    """
    if title.isascii() and not _KIND_HINT.search(title.lower()):
        return "talk", title  # every marker and kind word holds one of these words
    for pattern in (_KIND_PREFIX, _KIND_SUFFIX):
        found = pattern.match(title)
        if found:
            word = found["marker"].split()[-1 if found["marker"].lower().startswith("live") else 0]
            return _KIND_WORDS.get(word.lower(), "talk"), found["rest"].strip()
    head = title.split(":", 1)[0] if ":" in title else None
    last_word = _WORDS.findall(title)[-1:] if title else []
    for candidate in (*last_word, *(_KIND_WORD.findall(head) if head else ())):
        kind = _KIND_WORDS.get(candidate.lower())
        if kind:
            return kind, title
    return "talk", title


PeopleLine = tuple[tuple[int, int], tuple[Party, ...], tuple[Party, ...]]
"""Where a ``Speakers: …`` line is (start and end offsets), and whom it names."""

# -- Plans ----------------------------------------------------------------------------------


@dataclass
class Intro:
    """A line (or two) that opens a talk or a section."""

    start: int
    end: int
    line: int
    form: str
    """``atx`` or ``html`` (headings), ``boldlink`` or ``strong`` (heading-less talks)."""
    level: int
    text: str
    split: Split
    """The text read as a title, speakers and organizations."""
    toc_text: str = ""
    explicit_id: str | None = None
    media: list[Found] = field(default_factory=list)
    has_media: bool = False
    people: PeopleLine | None = None
    """A ``Speakers: …`` line right under a heading (it wins over the heading's own names)."""

    @property
    def is_heading(self) -> bool:
        """Whether this is a heading (``atx`` or ``html``), not a heading-less talk."""
        return self.form in ("atx", "html")

    @property
    def is_candidate(self) -> bool:
        """Whether a heading reads as a talk: it names people or holds media."""
        return self.has_media or self.people is not None or self.split.has_people


@dataclass(frozen=True, slots=True)
class TalkPlan:
    """One talk, and what its card does to the source."""

    talk: Talk
    start: int
    """Offset of the first character of the talk's introducer."""
    heading_end: int
    """Offset just past the introducer: the body starts here."""
    end: int
    keeps_heading: bool
    """Whether the Markdown heading stays as written (``False``: the card makes one)."""
    level: int
    removals: tuple[tuple[int, int], ...]
    """Spans of the body that the card shows itself (embeds, the speakers line)."""
    open_fix: str = ""
    """What the card puts before the talk's text: the openings of HTML blocks the text closes
    (see :meth:`_Page.balance`), after what the heading line had that stays as written (an
    unknown host's iframe: the card remakes the heading)."""
    close_fix: str = ""
    """What the card puts after it: the closings of HTML blocks the text leaves open."""


@dataclass(frozen=True, slots=True)
class PagePlan:
    path: str
    first_line: int
    talks: tuple[TalkPlan, ...]
    diagnostics: tuple[Diagnostic, ...]
    meta: Mapping[str, Any]
    fingerprint: tuple[int, int]
    """The text's length and hash: a plan made early is reused only for the same text."""
    notes: tuple[Diagnostic, ...] = ()
    """What the reader noticed but did not act on: parts of the page that looked like a talk
    list and were left as written, with the reason (``mkdocs-roundup check`` lists them; the
    plugin logs them at info level, they are never warnings)."""

    def made_from(self, text: str) -> bool:
        """Whether this plan was made from ``text`` (the talks' offsets are into it)."""
        return (len(text), hash(text)) == self.fingerprint

    def event(self) -> Event:
        return make_event(self.path, self.meta, tuple(t.talk for t in self.talks))


class Found(NamedTuple):
    """Media (or an embed that is not) found in the page, and what to do with it."""

    start: int
    end: int
    hit: providers.Hit | None
    """What the media is; a talk makes its :class:`Media` (with the talk's title if need be)."""
    form: str
    title: str | None = None
    """The media's own title (an iframe's, a thumbnail's)."""
    remove: bool = True
    note: str | None = None


# -- Helpers --------------------------------------------------------------------------------


def split_front_matter(text: str) -> tuple[dict[str, Any], str, int]:
    """Front matter, the text after it, and how many lines it took."""
    found = _FRONT_MATTER.match(text)
    if not found:
        return {}, text, 0
    try:
        meta = yaml.safe_load(found["yaml"] or "") or {}
    except yaml.YAMLError:
        meta = {}
    return (meta if isinstance(meta, dict) else {}), text[found.end() :], found.group(0).count("\n")


def _unescape(value: str) -> str:
    if "&" not in value:
        return value
    if value.count("&") == value.count("&amp;"):
        return value.replace("&amp;", "&")  # the one entity of an embed code's URL
    return html.unescape(value)


def attrs_of(tag_attrs: str) -> dict[str, str]:
    result: dict[str, str] = {}
    for name, double, single, bare in _ATTR.findall(tag_attrs):
        value = double or single or bare  # at most one matched; "" for none (or an empty one)
        result[name.lower()] = _unescape(value)
    return result


def _media_title(title: str | None) -> str | None:
    if not title:
        return None
    title = clean_text(title)
    if "-" in title or "–" in title or "—" in title:
        title = _MEDIA_SUFFIX.sub("", title)
    if title.lower() in {"youtube video player", "vimeo video player", "video", "slides", ""}:
        return None
    return title


def make_event(path: str, meta: Mapping[str, Any], talks: tuple[Talk, ...]) -> Event:
    title = meta.get("title")
    return Event(
        source=path,
        title=clean_text(str(title)) if title else None,
        date=event_date(path, meta),
        talks=talks,
        location=str(meta["location"]) if meta.get("location") else None,
        meta=dict(meta),
    )


def event_date(path: str, meta: Mapping[str, Any]) -> str | None:
    """Front matter ``date``, else a ``YYYY-MM-DD`` in the file or folder name."""
    value = meta.get("date")
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):  # Material's blog: date: {created: …}
        first = value.get("created") or next(iter(value.values()), None)
        return event_date(path, {"date": first}) if first else None
    if isinstance(value, str) and _DATE_IN_NAME.search(value):
        return _DATE_IN_NAME.search(value)["date"]  # type: ignore[index]
    for part in reversed(PurePosixPath(path).parts):
        found = _DATE_IN_NAME.search(part)
        if found:
            try:
                return dt.date.fromisoformat(found["date"]).isoformat()
            except ValueError:
                continue
    return None


def rewrite_docusaurus(text: str) -> str:
    """Docusaurus leftovers in Material's terms: the excerpt marker and Infima buttons."""
    if "truncate" in text:

        def more(m: re.Match[str]) -> str:
            at_line_start = m.start() == 0 or text[m.start() - 1] == "\n"
            return "<!-- more -->" if at_line_start else m.group(0)

        text = _TRUNCATE.sub(more, text)

    def button(m: re.Match[str]) -> str:
        classes = m["classes"].split()
        mapped = {"button": "md-button", "button--primary": "md-button--primary"}
        extra = [mapped[c] for c in classes if c in mapped and mapped[c] not in classes]
        return m.group(1) + " ".join(classes + extra) + m.group(3)

    return _INFIMA_BUTTON.sub(button, text)


# -- The parser -----------------------------------------------------------------------------


class _Page:
    def __init__(
        self,
        text: str,
        path: str,
        first_line: int,
        known_orgs: frozenset[str],
        slugify: Slugify,
        separator: str,
    ) -> None:
        self.text = text
        self.path = path
        self.first_line = first_line
        self.known_orgs = known_orgs
        self.slugify = slugify
        self.separator = separator
        self.source_lines = text.split("\n")
        self.line_starts = [0, *accumulate(len(line) + 1 for line in self.source_lines[:-1])]
        self.diagnostics: list[Diagnostic] = []
        self._media: list[Found] | None = None
        self._has_divs: bool | None = None

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset) - 1 + self.first_line

    def warn(self, offset: int, message: str) -> None:
        self.diagnostics.append(Diagnostic(self.path, self.line_of(offset), message))

    # -- lines and introducers ------------------------------------------------------------

    def fenced_code(self) -> set[int]:
        """Indices of the lines of fenced code blocks, fences included."""
        fenced: set[int] = set()
        for start, end in fenced_spans(self.text):
            first = bisect.bisect_right(self.line_starts, start) - 1
            last = bisect.bisect_right(self.line_starts, end) - 1
            fenced.update(range(first, last + 1))
        return fenced

    def intros(self) -> list[Intro]:
        found: list[Intro] = []
        fenced = self.fenced_code()

        def line_at(index: int) -> tuple[int, str] | None:
            """(offset, line) of a line outside fenced code."""
            if index < 0 or index >= len(self.source_lines) or index in fenced:
                return None
            return self.line_starts[index], self.source_lines[index]

        # Only the lines that open as an introducer can are read (and the first line).
        for offset in _line_heads(_INTRO_LINE_HEAD, self.text):
            index = bisect.bisect_right(self.line_starts, offset) - 1
            if index in fenced:
                continue
            line = self.source_lines[index]
            head = line[:1]
            if head == " " or head == "\t":
                head = line.lstrip(" \t")[:1]
            if head not in _INTRO_HEADS:
                continue
            end = offset + len(line) + 1
            atx = _atx(line) if head == "#" else None
            if atx:
                level, text = atx
                explicit = None
                attr_list = _ATTR_LIST.search(text) if "{" in text else None
                if attr_list:
                    text = text[: attr_list.start()]
                    explicit_match = _ATTR_ID.search(attr_list["attrs"])
                    explicit = explicit_match["id"] if explicit_match else None
                found.append(
                    Intro(
                        offset,
                        end,
                        self.line_of(offset),
                        "atx",
                        level,
                        text,
                        split_heading(text, self.known_orgs),
                        _toc_text(text),
                        explicit,
                    )
                )
                continue
            heading = _HTML_HEADING.match(line) if head == "<" else None
            if heading:
                start = offset
                before, after = line_at(index - 1), line_at(index + 1)
                if (
                    before
                    and after
                    and _BLOCK_OPEN.match(before[1])
                    and _BLOCK_CLOSE.match(after[1])
                ):
                    start, end = before[0], after[0] + len(after[1]) + 1
                text = strip_inline(heading["text"])
                level = int(heading["level"])
                split = split_html_heading(heading["text"], self.known_orgs)
                found.append(Intro(start, end, self.line_of(offset), "html", level, text, split))
                continue
            bold = _BOLD_LINK_HEAD.match(line) if head == "[" else None
            if bold:
                intro = self._bold_link(offset, line, bold, line_at(index + 1))
                if intro:
                    found.append(intro)
                continue
            strong = _STRONG_LINE.match(line) if head == "<" else None
            if strong:
                intro = self._strong(offset, end, strong["inner"])
                if intro:
                    found.append(intro)
        return found

    def _bold_link(
        self, offset: int, line: str, bold: re.Match[str], next_line: tuple[int, str] | None
    ) -> Intro | None:
        tail_line = bold["rest"] if bold["rest"] else (next_line or (0, ""))[1]
        tail = _BOLD_LINK_TAIL.match(tail_line)
        if not tail:
            return None
        end_offset = offset + len(line) + 1
        if not bold["rest"] and next_line:
            end_offset = next_line[0] + len(tail_line) + 1
        text = bold["text"]
        hit = providers.find(tail["url"])
        return Intro(
            offset,
            end_offset,
            self.line_of(offset),
            "boldlink",
            0,
            text,
            split_heading(text, self.known_orgs),
            media=[Found(offset, end_offset, hit, "boldlink")] if hit else [],
        )

    def _strong(self, offset: int, end: int, inner: str) -> Intro | None:
        inner = _WRAPPER_TAG.sub("", inner).strip()
        link = HTML_LINK.match(inner)
        if link and not _AGENDA_TIME.match(strip_inline(inner)):
            title = strip_inline(link["text"])
            rest = inner[link.end() :]
            if not _PEOPLE_AFTER_LINK.match(rest):
                return None
            speakers, orgs = parse_people_text(strip_inline(rest), self.known_orgs)
            url = html.unescape(link["url"])
            hit = providers.find(url, pdf=True)
            split = Split(title, speakers, orgs)
            media = [Found(offset, end, hit, "strong", title)] if hit else []
            return Intro(offset, end, self.line_of(offset), "strong", 0, title, split, media=media)
        text = strip_inline(inner)
        if text.endswith(":") or not _DASH.search(text) or _AGENDA_TIME.match(text):
            return None  # a label such as "About Simon Weller:", or an agenda's time slot
        split = split_heading(text, self.known_orgs)
        if not split.speakers:
            return None
        return Intro(offset, end, self.line_of(offset), "strong", 0, text, split)

    # -- media ----------------------------------------------------------------------------

    def media_in(self, start: int, end: int) -> list[Found]:
        """Every embed, linked thumbnail and media link starting between two offsets."""
        if self._media is None:  # the page is scanned once; talks take their slices
            self._media = self._scan()
        low = bisect.bisect_left(self._media, (start,))  # Found starts with its start
        high = bisect.bisect_left(self._media, (end,))
        return self._media[low:high]

    def _scan(self) -> list[Found]:
        """The page's media, each form in turn; a span taken by one form is not read again."""
        text = self.text
        # Embeds first: nothing is taken yet, and one pattern's matches never overlap.
        found = [self._iframe(m) for m in _IFRAME.finditer(text)]
        taken = [(item.start, item.end) for item in found]  # disjoint spans, sorted

        def add(item: Found) -> None:
            # Only the last taken span starting before this item's end can overlap it.
            at = bisect.bisect_left(taken, (item.end,))
            if at and taken[at - 1][1] > item.start:
                return
            taken.insert(at, (item.start, item.end))
            found.append(item)

        linked_images = "[![" in text  # once: a search for a string is slow on non-ASCII text
        for m in _MD_MALFORMED_IMAGE.finditer(text) if linked_images and "[![]" in text else ():
            hit = providers.find(m["href"])
            note = 'malformed linked image (expected [![](image "title")](url)); read as ' + (
                hit.provider.label if hit else "an unknown link"
            )
            add(Found(m.start(), m.end(), hit, "malformed", _media_title(m["title"]),
                      remove=hit is not None, note=note))  # fmt: skip
        for m in _MD_LINKED_IMAGE.finditer(text) if linked_images else ():
            hit = providers.find(m["href"])
            if hit:
                add(Found(m.start(), m.end(), hit, "linked-image", _media_title(m["title"])))
        for m in _HTML_LINKED_IMAGE.finditer(text):
            hit = providers.find(attrs_of(m["attrs"]).get("href", ""))
            if hit:
                add(Found(m.start(), m.end(), hit, "linked-image"))
        for m in _OPEN_IN.finditer(text):
            hit = providers.find(attrs_of(m["attrs"]).get("href", ""))
            if hit:
                add(Found(m.start(), m.end(), hit, "open-in"))
        for m in _line_matches(_MD_LINK_LINE, _LINK_LINE_HEAD, text):
            label = strip_inline(m["text"])
            hit = providers.find(m["href"], pdf=bool(_MEDIA_LABEL.match(label)))
            if hit:
                # The site's own files keep the author's link: MkDocs rewrites relative links
                # in Markdown, not in the card's HTML.
                add(Found(m.start(), m.end(), hit, "link", remove=hit.external))
        for m in LINK.finditer(text):
            label = strip_inline(m["text"])
            if not _MEDIA_LABEL.match(label):
                continue
            hit = providers.find(m["url"].strip("<>"), pdf=True)
            if hit:
                add(Found(m.start(), m.end(), hit, "inline-link", remove=False))
        for m in _line_matches(_BARE_URL_LINE, _URL_LINE_HEAD, text):
            hit = providers.find(m["href"])
            if hit and hit.embed_url:
                add(Found(m.start(), m.end(), hit, "bare-url"))
        found.sort(key=lambda f: f.start)
        return found

    def _iframe(self, m: re.Match[str]) -> Found:
        s, end = m.span()
        attrs = attrs_of(m["attrs"])
        src, title = attrs.get("src", "").strip(), attrs.get("title")
        hit = providers.find(src) if src else None
        if m["inner"] is None:
            return Found(s, end, hit, "iframe", _media_title(title), remove=False,
                         note="malformed embed: <iframe> without </iframe>; left as written")  # fmt: skip
        if hit and hit.embed_url:
            return Found(s, end, hit, "iframe", _media_title(title))
        if not src:
            note = "malformed embed: <iframe> without src; left as written"
        elif providers.is_known_host(src):
            note = f"embed URL form not recognized: {src}; left as written"
        else:
            host = _SCHEME.sub("", src).split("/")[0] or src
            note = (
                f"iframe from unknown host {host}; left as written (no card embed is built for it)"
            )
        return Found(s, end, None, "iframe", remove=False, note=note)

    # -- talks ----------------------------------------------------------------------------

    def plan(self, meta: Mapping[str, Any], min_talks: int) -> list[TalkPlan]:
        intros = self.intros()
        heading_levels = [i for i in intros if i.is_heading]
        for position, intro in enumerate(intros):
            if intro.is_heading:
                following = (
                    intros[position + 1].start if position + 1 < len(intros) else len(self.text)
                )
                intro.people = self.people_line(intro.end, following)
                # An embed written in the heading's own line (the card remakes the heading
                # from its title, which has no room for it) is the talk's, like one under it.
                intro.media = [
                    f for f in self.media_in(intro.start, intro.end) if f.form == "iframe"
                ]
                intro.has_media = any(
                    f.hit is not None and f.form != "inline-link"
                    for f in self.media_in(intro.end, following)
                )
        scores: dict[int, int] = {}
        for intro in heading_levels:
            if 2 <= intro.level <= 6 and intro.is_candidate:
                scores[intro.level] = scores.get(intro.level, 0) + 1
        talk_level = max(scores, key=lambda lvl: (scores[lvl], lvl)) if scores else 0
        # Heading-less talks sit one level under the deepest section heading.
        section_level = max(
            (i.level for i in heading_levels if not talk_level or i.level < talk_level), default=1
        )
        implicit_level = min(max(section_level + 1, 2), 6)

        def is_talk(intro: Intro) -> bool:
            if not intro.is_heading:
                return True
            return intro.level == talk_level and intro.is_candidate

        talk_intros = [i for i in intros if is_talk(i)]
        forced = meta.get("roundup")
        if (
            forced is False
            or (forced is not True and len(talk_intros) < min_talks)
            or not talk_intros
        ):
            return []

        boundary = talk_level or 6  # heading-less talks end at any heading
        used_ids = self.heading_ids(intros)
        plans: list[TalkPlan] = []
        section: str | None = None
        seen_ids: dict[str, int] = {}
        for position, intro in enumerate(intros):
            if not is_talk(intro):
                if intro.is_heading and (not talk_level or intro.level < talk_level):
                    label = intro.text.strip().rstrip(":").strip()
                    section = (
                        None
                        if _GENERIC_SECTIONS.match(label) or intro.level == 1
                        else strip_inline(label)
                    )
                continue
            end = len(self.text)
            for later in intros[position + 1 :]:
                if is_talk(later) or (later.is_heading and later.level <= boundary):
                    end = later.start
                    break
            level = intro.level if intro.is_heading else (talk_level or implicit_level)
            talk_id, base_id = used_ids.get(intro.start, ("", ""))
            plan = self.talk(intro, end, section, level, talk_id)
            if base_id in seen_ids:
                self.warn(
                    intro.start,
                    f"duplicate talk id '{base_id}' (first on line {seen_ids[base_id]}); "
                    f"this talk's anchor becomes '{talk_id}'",
                )
            if base_id:  # none for HTML headings: toc gives their ids as it renders them
                seen_ids.setdefault(base_id, intro.line)
            plans.append(plan)
        self.unattributed(plans)
        return plans

    def heading_ids(self, intros: list[Intro]) -> dict[int, tuple[str, str]]:
        """The anchors the ``toc`` extension gives headings (talk ids must not change), each
        with the slug it was made from (two talks of one slug get ``slug`` and ``slug_1``)."""
        used: set[str] = set()
        ids: dict[int, tuple[str, str]] = {}
        for intro in intros:
            if intro.form == "atx":
                base = intro.explicit_id or self.slugify(intro.toc_text, self.separator)
            elif not intro.is_heading:
                base = self.slugify(talk_kind(intro.split.title)[1], self.separator)
            else:
                continue
            anchor = base if intro.explicit_id else unique(base, used)
            used.add(anchor)
            ids[intro.start] = (anchor, base)
        return ids

    def talk(
        self, intro: Intro, end: int, section: str | None, level: int, talk_id: str
    ) -> TalkPlan:
        split = intro.split
        body_start = intro.end if intro.end <= end else end
        removals: list[tuple[int, int]] = []
        speakers, orgs = split.speakers, split.organizations
        title = split.title
        people_line = intro.people if intro.is_heading else self.people_line(body_start, end)
        if people_line:
            (line_start, line_end), speakers, orgs = people_line
            removals.append((line_start, line_end))
            title = (
                strip_inline(_strip_links(intro.text))
                if intro.form in ("atx", "html", "boldlink")
                else title
            )
        kind, title = talk_kind(title)
        slides: list[Entry] = []
        videos: list[Entry] = []
        page_links: dict[str, str] = {}
        kept: list[str] = []
        for item in intro.media:
            if item.note:
                self.warn(item.start, item.note)
            if item.hit:
                (slides if item.hit.provider.kind == "slides" else videos).append((item.hit, item))
            if not item.remove:  # left as written: the card remakes the heading, so under it
                kept.append(self.text[item.start : item.end])
        for item in self.media_in(body_start, end):
            if item.note:
                self.warn(item.start, item.note)
            hit = item.hit
            if hit is None:
                continue
            if item.remove:
                removals.append((item.start, item.end))
            if item.form == "open-in":  # "Open in SlideShare": the deck's page
                page_links.setdefault(hit.provider.key, hit.url)
                if hit.embed_url is None or any(
                    m.provider is hit.provider for m, _ in slides + videos
                ):
                    continue
            (slides if hit.provider.kind == "slides" else videos).append((hit, item))
        speakers = self.bio_links(body_start, end, speakers)
        open_fix, close_fix = self.balance(body_start, end, removals)
        if kept:
            open_fix = "".join(f"{html}\n\n" for html in kept) + open_fix
        talk = Talk(
            id=talk_id,
            title=title,
            kind=kind,
            section=section,
            speakers=speakers,
            organizations=orgs,
            abstract=abstract_of(self.text, body_start, end, removals),
            slides=self.media(slides, page_links, title),
            videos=self.media(videos, page_links, title),
            path=self.path,
            line=intro.line,
        )
        return TalkPlan(
            talk=talk,
            start=intro.start,
            heading_end=body_start,
            end=end,
            keeps_heading=intro.form == "atx",
            level=level,
            removals=tuple(sorted(removals)),
            open_fix=open_fix,
            close_fix=close_fix,
        )

    def media(
        self, entries: list[Entry], page_links: dict[str, str], title: str
    ) -> tuple[Media, ...]:
        """A talk's decks (or videos), each made once: named as the talk when it has no title
        of its own, linked at its page on the provider's site when the talk links one."""
        made = []
        for hit, item in _merge(entries, page_links):
            url = page_links.get(hit.provider.key) if hit.embed_url == hit.url else None
            made.append(hit.media(item.title or title, self.line_of(item.start), url))
        return tuple(made)

    def people_line(self, start: int, end: int) -> PeopleLine | None:
        """A ``Speakers: …`` line among the first lines under a heading."""
        seen = 0
        offset = start
        while offset < end and seen < 3:
            line_end = self.text.find("\n", offset, end)
            line_end = end if line_end == -1 else line_end
            line = self.text[offset:line_end]
            if line.strip():
                seen += 1
                found = _PEOPLE_LINE.match(line)
                if found and (
                    found["colon"]
                    or found["label"].lower() == "presented by"
                    or ":" in line[: found.start("rest")]
                ):
                    rest = found["rest"].strip().strip("*_ ").strip()
                    speakers, orgs = parse_people_text(rest, self.known_orgs)
                    if speakers:
                        return (offset, min(line_end + 1, end)), speakers, orgs
            offset = line_end + 1
        return None

    def bio_links(self, start: int, end: int, speakers: tuple[Party, ...]) -> tuple[Party, ...]:
        """Fill a speaker's missing profile link from the bio under the talk (``[Rohit](…)``)."""
        if all(s.url for s in speakers):
            return speakers
        body = self.text[start:end]
        if "](" not in body and "<a" not in body:
            return speakers  # no link to take a profile from
        label = _BIO_LABEL.search(strip_inline(body)) or _BIO_WORD.search(body)
        if not label:
            return speakers
        links = [(strip_inline(m["text"]), m["url"].strip("<>")) for m in LINK.finditer(body)]
        links += [
            (strip_inline(m["text"]), html.unescape(m["url"])) for m in HTML_LINK.finditer(body)
        ]
        updated = []
        for speaker in speakers:
            url = speaker.url
            if not url:
                full, first = name_key(speaker.name), name_key(speaker.name.split()[0])
                for text, href in links:
                    if is_profile_url(href) and name_key(text) in {full, first}:
                        url = href
                        break
            updated.append(speaker if url == speaker.url else replace(speaker, url=url))
        return tuple(updated)

    def balance(self, start: int, end: int, removals: list[tuple[int, int]]) -> tuple[str, str]:
        """Tags to add so that a card's HTML blocks open and close inside it."""
        open_at: list[int] = []
        extra_close: list[int] = []
        if self._has_divs is None:  # a tag inside a talk is a tag of the page
            self._has_divs = _DIV_TAG.search(self.text) is not None
        for m in _DIV_TAG.finditer(self.text, start, end) if self._has_divs else ():
            if any(a <= m.start() < b for a, b in removals):
                continue
            if not m.group(0).startswith("</"):
                open_at.append(m.start())
            elif open_at:
                open_at.pop()
            else:
                extra_close.append(m.start())
        for offset in extra_close:
            self.warn(
                offset, "</div> closes a block opened before this talk; an opening <div> is added"
            )
        for offset in open_at:
            self.warn(
                offset, "<div> is never closed in this talk; it is closed at the end of the talk"
            )
        return "<div>\n" * len(extra_close), "\n</div>" * len(open_at)

    def unattributed(self, plans: list[TalkPlan]) -> None:
        spans = [(p.start, p.end) for p in plans]
        edges = [0] + [x for s in spans for x in s] + [len(self.text)]
        for a, b in zip(edges[::2], edges[1::2], strict=False):
            for item in self.media_in(a, b):
                if item.hit is not None and item.form in {"iframe", "linked-image", "malformed"}:
                    provider = item.hit.provider
                    self.warn(item.start, f"{provider.label} {provider.kind} outside any talk;"
                              " it stays where it is, in no card")  # fmt: skip
                elif item.note and item.form == "iframe":
                    self.warn(item.start, item.note)


def fenced_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the fenced code blocks of ``text``, fences included: a fence opens at the
    start of a line (up to three spaces in) and closes at a fence of the same character at
    least as long, with nothing after it on its line. A fence never closed opens no block:
    what follows it is not code, as ``pymdownx.superfences`` reads it (Python-Markdown's
    ``fenced_code`` agrees but for two fences after the unclosed one, which it may pair into
    a block)."""
    spans: list[tuple[int, int]] = []
    # One character first: a search for a longer string is slow on non-ASCII text.
    if not ("`" in text and "```" in text) and not ("~" in text and "~~~" in text):
        return spans
    opened: tuple[int, str] | None = None
    for run in _line_matches(_FENCE, _FENCE_HEAD, text):
        fence = run[1]
        if opened is None:
            opened = (run.start(), fence)
        elif fence[0] == opened[1][0] and len(fence) >= len(opened[1]):
            line_end = text.find("\n", run.end())
            if text[run.end() : None if line_end < 0 else line_end].strip(" \t"):
                continue  # a closing fence has nothing after it (```text opens, never closes)
            spans.append((opened[0], len(text) if line_end < 0 else line_end))
            opened = None
    return spans


def _atx(line: str) -> tuple[int, str] | None:
    """An ATX heading's level and text (without a closing ``#`` sequence), as the pattern
    ``[ \t]{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$`` reads them, without its
    backtracking at every character."""
    opened = _ATX_OPEN.match(line)
    if not opened:
        return None
    text = line[opened.end() :].rstrip(" \t")
    bare = text.rstrip("#")
    if bare != text and bare[-1:] in (" ", "\t"):
        text = bare.rstrip(" \t")  # a closing sequence: blanks, hashes (and blanks)
    return len(opened[1]), text


def _line_heads(heads: re.Pattern[str], text: str) -> Iterator[int]:
    """Offsets of the lines that ``heads`` (a newline, then how a line opens) finds, and of the
    first line: a pattern runs in C over the text, Python looks at a few lines only."""
    yield 0
    for head in heads.finditer(text):
        yield head.start() + 1


def _line_matches(
    pattern: re.Pattern[str], heads: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a multiline pattern anchored at ``^``, tried only at the
    line starts where ``heads`` (a newline and the characters that can open a match) finds one:
    far fewer offsets for the engine to try."""
    end = 0
    for start in _line_heads(heads, text):
        if start >= end and (found := pattern.match(text, start)):
            end = found.end()
            yield found


def _strip_links(text: str) -> str:
    return LINK.sub(_LINK_TEXT, text) if "](" in text else text


def _toc_text(text: str) -> str:
    """Heading text as the ``toc`` extension slugs it (no look-alike folding here)."""
    text = _strip_links(text)
    if "<" in text:
        text = _TOC_TAG.sub("", text)
    if "*" in text or "_" in text or "`" in text:
        text = _TOC_MARKUP.sub("", text)
    if "\\" in text:
        text = _TOC_ESCAPE.sub(r"\1", text)
    return html.unescape(text)


def _without(
    text: str, start: int, end: int, removals: list[tuple[int, int]] | tuple[tuple[int, int], ...]
) -> str:
    pieces, cursor = [], start
    for a, b in sorted(removals):
        if a < cursor:
            continue
        pieces.append(text[cursor:a])
        cursor = b
    pieces.append(text[cursor:end])
    return "".join(pieces)


Entry = tuple[providers.Hit, Found]
"""A talk's deck or video before it is made: what it is, and where it was found."""


def _merge(entries: list[Entry], page_links: dict[str, str]) -> list[Entry]:
    """One entry per deck or video: a page link folds into the embed of the same provider."""
    merged: list[Entry] = []
    for entry in entries:
        hit = entry[0]
        provider = hit.provider
        if any(m.provider is provider and m.id == hit.id for m, _ in merged):
            continue
        if hit.embed_url is None:
            if any(m.provider is provider and m.embed_url for m, _ in merged):
                page_links.setdefault(provider.key, hit.url)
                continue
        else:
            orphan = next(
                (e for e in merged if e[0].provider is provider and e[0].embed_url is None), None
            )
            if orphan:
                merged.remove(orphan)
                page_links.setdefault(provider.key, orphan[0].url)
        merged.append(entry)
    return merged


def abstract_of(
    text: str, start: int, end: int, removals: tuple[tuple[int, int], ...] | list[tuple[int, int]]
) -> str:
    """The talk's description as plain text: bios, labels and placeholders left out."""
    body = _without(text, start, end, removals)
    paragraphs: list[str] = []
    for block in (_PARAGRAPH_BREAK if "<" in body else _BLANK_LINE).split(body):
        if not block or block.isspace():
            continue  # what is left between two embeds
        # Each pass only where its pattern can match: this runs for every paragraph.
        if "![" in block:
            block = _IMAGE.sub("", block)
        block = _strip_links(block)
        if "<a" in block:
            block = HTML_LINK.sub(_LINK_TEXT, block)
        clean = strip_inline(block).replace("&nbsp;", " ").strip()
        if not clean or clean in {"-", "*"}:
            continue
        if _BIO_LABEL.match(clean):
            break
        label = _LEADING_LABEL.match(clean)
        if label:
            clean = clean[label.end() :].strip()
        if not clean or _PLACEHOLDER.match(clean) or _SPEAKERS_PARAGRAPH.fullmatch(clean):
            continue
        if _URL_PARAGRAPH.fullmatch(clean):
            continue
        paragraphs.append(clean)
    return "\n\n".join(paragraphs)


def parse_page(
    text: str,
    *,
    path: str,
    meta: Mapping[str, Any] | None = None,
    first_line: int = 1,
    known_orgs: frozenset[str] = frozenset(),
    slugify: Slugify = default_slugify,
    separator: str = "-",
    min_talks: int = 2,
) -> PagePlan:
    """Find the talks of one page.

    ``text`` is the page's Markdown. When ``meta`` is ``None`` the text may still start with
    front matter, which is read and skipped; otherwise ``text`` is the body alone and
    ``first_line`` the line of the file it starts on.
    """
    if meta is None:
        meta, text, skipped = split_front_matter(text)
        first_line += skipped
    page = _Page(text, path, first_line, known_orgs, slugify, separator)
    plans = page.plan(meta, min_talks)
    return PagePlan(
        path,
        first_line,
        tuple(plans),
        tuple(page.diagnostics),
        meta,
        (len(text), hash(text)),
    )
