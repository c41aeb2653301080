"""The last stage of the reader: talk records, and what each talk's card does to the source.

:func:`plan_talks` reads a page (:mod:`~mkdocs_roundup.blocks`), finds its talks
(:mod:`~mkdocs_roundup.units`) and their fields (:mod:`~mkdocs_roundup.fields`), and turns each
into a :class:`~mkdocs_roundup.model.Talk` and a plan of the card: the source span it covers,
the lines the card shows itself (embeds), the anchor ``toc`` gives its heading.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import Any

from markdown.extensions.toc import unique

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from . import containers
from .at_events import without_date_remark
from .blocks import Block, read
from .body import Reader
from .card_words import OWN_LINES, says_all
from .labels import YEAR_NOTE
from .line_marks import without_quotes, without_series, without_toggle
from .log import log
from .model import Diagnostic, Talk
from .names import clean_text
from .patterns import lazy
from .providers import find, url_parts
from .talk_kinds import talk_kind
from .talk_media import talk_media
from .titles import ATTR_LIST
from .unit import Unit
from .units import find_units

Slugify = Callable[[str, str], str]

FRONT_MATTER = lazy(r"\A\ufeff?-{3}[ \t]*\n(?P<yaml>.*?\n)?(?:-{3}|\.{3})[ \t]*(?:\n|\Z)", re.S)
"""YAML front matter, read and skipped; where MkDocs could not read it (``title: &#x1f195;
…``), it shows it as text, which is never a talk."""
_YAML_KEY = lazy(r"\s*[\w.-]+\s*:(?:\s|$)")
_TOML = lazy(r"\A\+\+\+[ \t]*\n(?P<toml>.*?\n)\+\+\+[ \t]*(?:\n|\Z)", re.S)
_ATTR_ID = lazy(r"\{[^{}]*#(?P<id>[\w-]+)[^{}]*\}\s*$")
_TRAILING_BLANK = lazy(r"\s+\?+$")
"""A blank the author left at a title's end (``Sails and Parley ?``)."""
_QUESTION = lazy(
    r"(?:what|why|how|who|when|where|which|is|are|can|do|does|should|est-ce|comment|pourquoi|"
    r"qui|quoi|quel|quelle|quels|quelles|que|faut-il|peut-on|warum|wie|was|wer|wann|wo|"
    r"welche[rs]?|ist|kann|qué|cómo|por\s+qué|quién|cuándo|dónde|o\s+que|como|porque)\b|"
    r"\w+-(?:t-)?(?:je|tu|ils?|elles?|on|nous|vous)\b",
    re.I,
)
"""A title that asks (``Est-ce que … ?``, ``Êtes-vous prêts ?``, as French writes it): its
mark is no blank."""
_UNITS = ("h1", "h2", "h3", "h4", "h5", "h6", "items", "rows")


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
    """Spans of the body that the card shows itself (embeds)."""
    open_fix: str = ""
    """What the card puts before the talk's text: the openings of HTML blocks the text closes."""
    close_fix: str = ""
    """What the card puts after it: the closings of HTML blocks the text leaves open."""
    indent: int = 0
    """How far the body is indented (a list item's children): the card takes it off."""
    nest: int = 0
    """How far Material's containers indent the talk (``=== "2024"``): the card is
    written as far in."""
    in_place: bool = False
    """The talk stays as written, with no card (a table row): it is read, not rewritten."""
    card: Talk | None = None
    """The talk as its card shows it, when that differs from :attr:`talk`: without the links
    the author's text keeps as written (the card would show them twice)."""
    retitle: bool = True
    """Whether the card may show the title alone in place of the heading as written: only
    when the heading says nothing else than the title, the people and the kind (the card
    shows those); otherwise the heading stays as written, and no word of it is lost."""


@dataclass
class PageReading:
    plans: list[TalkPlan] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    notes: list[Diagnostic] = field(default_factory=list)


class _Page:
    def __init__(self, text: str, path: str, first_line: int, slugify: Slugify, sep: str) -> None:
        self.text = text
        self.path = path
        self.first_line = first_line
        self.slugify = slugify
        self.separator = sep
        lines = text.split("\n")
        self.lines = lines
        self.line_starts = [0, *accumulate(len(line) + 1 for line in lines[:-1])]
        self.result = PageReading()
        self.raw_from: int | None = None
        """The line of a ``<div>`` never closed: Markdown shows the rest as raw HTML."""
        self.containers = containers.Containers()
        """Where Material's containers are (:mod:`~mkdocs_roundup.containers`)."""

    def offset(self, line: int) -> int:
        return self.line_starts[line] if line < len(self.line_starts) else len(self.text)

    def warn(self, line: int, message: str) -> None:
        self.result.diagnostics.append(Diagnostic(self.path, line + self.first_line, message))

    def note(self, line: int, message: str) -> None:
        """What the page is, said at info level: nothing for the author to mend."""
        self.result.notes.append(Diagnostic(self.path, line + self.first_line, message))

    def plan(self, units: list[Unit], blocks: list[Block], divs: list[tuple[int, bool]]) -> None:
        raw = _never_closed(divs)
        if raw is not None and any(u.start > raw for u in units):
            self.result.notes.append(
                Diagnostic(self.path, raw + self.first_line, "a <div> never closed makes the "
                           "rest of the page raw HTML to Markdown; its talks are left as written")
            )  # fmt: skip
            units = [u for u in units if u.start <= raw]
        if raw is not None and units and units[-1].end > raw:
            units[-1].end = len(self.lines)  # the raw HTML runs to the page's end, in its card
        self.raw_from = raw
        _drop_shared_links(units)
        ids = self.anchors(units, blocks)
        levels = _implicit_levels(units, blocks)
        for unit in units:
            if not _as_written(unit):
                self.trim_closers(unit, divs)
            self.result.plans.append(self.talk(unit, ids.get(unit.start, ""), levels, divs))

    def trim_closers(self, unit: Unit, divs: list[tuple[int, bool]]) -> None:
        """End a talk before the closing tags that end it, when they close what was opened
        before it (``<div markdown="1">`` around the talks), and before the opening tags
        after them, of the element around the next talk (``</div>`` then ``<div
        class="card" markdown>``): they are the page's, not the card's."""
        depth, first_extra = 0, None
        for line, opening in divs:
            if not unit.head_end <= line < unit.end:
                continue
            if opening:
                depth += 1
            elif depth:
                depth -= 1
            elif first_extra is None:
                first_extra = line
        if first_extra is not None and _closers_then_openers(self.lines[first_extra : unit.end]):
            unit.end = first_extra

    def outside(self, units: list[Unit], blocks: list[Block]) -> None:
        """Players embedded in no talk of a roundup page: they stay, loaded with the page (a
        player a talk holds above its line, in its raw HTML card, is in that talk)."""
        spans = sorted((u.start, u.end) for u in units if u.form != "row")
        starts = [a for a, _ in spans]
        held = {piece.media.line for u in units if u.form != "row" for piece in u.fields.media}

        def in_a_talk(line: int) -> bool:
            at = bisect.bisect_right(starts, line) - 1
            return at >= 0 and line < spans[at][1]

        for block in blocks:
            for part in block.walk():
                for embed in part.inline.embeds if part.inline else ():
                    hit = find(embed.src) if embed.closed and embed.src else None
                    if hit is None or in_a_talk(embed.line) or embed.line in held:
                        continue
                    provider = hit.provider
                    self.note(embed.line, f"{provider.label} {provider.kind} outside any talk;"
                              " it stays where it is, in no card")  # fmt: skip

    def anchors(self, units: list[Unit], blocks: list[Block]) -> dict[int, str]:
        """The anchors ``toc`` gives the talks' headings, as written or made by the card; a
        talk left as written (a table's row, an item of raw HTML) is found under the heading
        above it."""
        carded = {u.start: u for u in units if not _as_written(u)}
        heads = [b for b in blocks if b.kind == "heading" and not b.html]
        starts = sorted({*(h.start for h in heads), *carded})
        by_start = {h.start: h for h in heads}
        used: set[str] = set()
        seen: dict[str, int] = {}
        ids: dict[int, str] = {}
        above: list[tuple[int, str]] = []  # each heading's line and anchor, in order
        for start in starts:
            unit = carded.get(start)
            found = self._anchor(unit, by_start.get(start), used)
            if found is None:
                continue
            base, anchor = found
            used.add(anchor)
            if start in by_start:
                above.append((start, anchor))
            if unit is not None:
                ids[start] = anchor
                if base in seen and unit.form == "heading":
                    self.note(
                        start,
                        f"duplicate talk id '{base}' (first on line {seen[base]}); "
                        f"this talk's anchor becomes '{anchor}'",
                    )
                seen.setdefault(base, start + self.first_line)
        for unit in units:
            if _as_written(unit):
                at = bisect.bisect_right(above, (unit.start, "\uffff"))
                ids[unit.start] = above[at - 1][1] if at else ""
        return ids

    def _anchor(
        self, unit: Unit | None, heading: Block | None, used: set[str]
    ) -> tuple[str, str] | None:
        """The anchor a heading or a card's heading gets, and the one it asked for (an
        anchor made twice gets a number)."""
        if heading is not None and (unit is None or unit.form == "heading"):
            source = heading.inline.text if heading.inline else ""
            explicit = _ATTR_ID.search(source) if "{" in source else None
            text = heading.inline.visible() if heading.inline else ""
            text = ATTR_LIST.sub("", text) if "{" in text else text
            base = explicit["id"] if explicit else self.slugify(text, self.separator)
            return base, base if explicit else unique(base, used)
        if unit is not None and unit.form != "heading":
            base = self.slugify(talk_kind(unit.fields.title)[1], self.separator)
            return base, unique(base, used)
        return None

    def talk(self, unit: Unit, talk_id: str, levels: dict[int, int], divs: Any) -> TalkPlan:
        fields = unit.fields
        for line, message in fields.warnings:
            self.warn(line, message)
        start, head_end = self.offset(unit.start), self.offset(unit.head_end)
        end = self.offset(unit.end)
        removals = self.removals(unit)
        talk = self.record(unit, talk_id)
        open_fix, close_fix = self.balance(unit, divs, removals)
        kept = _kept_embeds(unit)
        if kept:  # the card remakes the heading: what it cannot show goes under it
            open_fix = kept + open_fix
        says_only = says_all(unit, talk)
        nest = self.containers.indent(unit.start, max(unit.end, unit.head_end))
        return TalkPlan(
            talk=talk,
            card=_card(unit, talk, says_only),
            start=start,
            heading_end=(
                head_end
                if says_only or unit.form not in OWN_LINES
                else start + (nest or 0) + unit.indent
            ),
            end=max(end, head_end),
            keeps_heading=unit.form == "heading" and not unit.block.html,
            level=unit.level or levels.get(unit.start, 3),
            removals=removals,
            open_fix=open_fix,
            close_fix=close_fix,
            indent=unit.indent,
            nest=nest or 0,
            in_place=(
                _as_written(unit)
                or nest is None  # across a container's edge
                or bool(nest and (open_fix or close_fix))
            ),  # read, and left as written
            retitle=says_only,
        )

    def record(self, unit: Unit, talk_id: str) -> Talk:
        """A talk unit's record."""
        fields = unit.fields
        title = fields.title
        if "?" in title and not _QUESTION.match(title):  # a blank before its question mark
            title = _TRAILING_BLANK.sub("", title)
        title = without_toggle(title)
        if not (fields.title_marked and YEAR_NOTE.search(title)):
            title = without_date_remark(title)  # "_Queues (2022)_": the year is the title's
        title = without_quotes(without_series(title))
        kind, title = talk_kind(title)
        if fields.kind != "talk" and kind == "talk":
            kind = fields.kind
        slides, videos = talk_media(fields.media, title)
        return Talk(
            id=talk_id,
            title=title,
            kind=kind,
            section=unit.section,
            speakers=tuple(fields.speakers),
            organizations=tuple(fields.organizations),
            abstract="\n\n".join(fields.abstract),
            slides=slides,
            videos=videos,
            path=self.path,
            line=unit.start + self.first_line,
        )

    def removals(self, unit: Unit) -> tuple[tuple[int, int], ...]:
        """The spans of the page a talk's card shows instead (its players' own lines);
        nothing is taken out of what Markdown shows as raw HTML."""
        raw_from = self.raw_from if self.raw_from is not None else unit.end
        return tuple(
            (self.offset(a), self.offset(b))
            for a, b in sorted({p.remove for p in unit.fields.media if p.remove})
            if unit.head_end <= a < min(unit.end, raw_from)
        )

    def balance(
        self, unit: Unit, divs: list[tuple[int, bool]], removals: tuple[tuple[int, int], ...]
    ) -> tuple[str, str]:
        """Tags to add so that a card's HTML blocks open and close inside it (none for a
        talk read where it stands: a table's row, an item of raw HTML)."""
        if _as_written(unit):
            return "", ""
        removed = {bisect.bisect_right(self.line_starts, a) - 1 for a, _ in removals}
        opened: list[int] = []
        extra: list[int] = []
        for line, opening in divs:
            if not unit.head_end <= line < unit.end or line in removed:
                continue
            if opening:
                opened.append(line)
            elif opened:
                opened.pop()
            else:
                extra.append(line)
        for line in extra:
            self.warn(
                line, "</div> closes a block opened before this talk; an opening <div> is added"
            )
        for line in opened:
            self.warn(
                line, "<div> is never closed in this talk; it is closed at the end of the talk"
            )
        return "<div>\n" * len(extra), "\n</div>" * len(opened)


_WORD = lazy(r"\w+")
_SLUG_WORD = lazy(r"[^\W\d_]+")
"""A word of an address's path (``docker-for-data-science``, ``lets_go``)."""
_CLOSERS = lazy(r"\s*(?:</\w+\s*>\s*)*")
"""A line of closing tags only (or blank)."""
_PLAYER_TAGS = ("<iframe", "<video", "<audio", "<embed", "<object", "<script", "<a ", "<img")


def _closers_then_openers(lines: list[str]) -> bool:
    """Whether lines close elements, then hold only raw HTML without a player or a link
    (``</div>`` over ``<div class="card" markdown>``, a year's label between two cards):
    the page's between two talks, no talk's."""
    closing = True
    for line in lines:
        if closing and _CLOSERS.fullmatch(line):
            continue
        closing = False
        text = line.strip().lower()
        if text and (text[0] != "<" or any(tag in text for tag in _PLAYER_TAGS)):
            return False
    return True


def _without_links(talk: Talk, urls: set[str]) -> Talk | None:
    slides = tuple(m for m in talk.slides if m.embed_url or m.url not in urls)
    videos = tuple(m for m in talk.videos if m.embed_url or m.url not in urls)
    if (slides, videos) == (talk.slides, talk.videos):
        return None
    return replace(talk, slides=slides, videos=videos)


def _kept_embeds(unit: Unit) -> str:
    """The embeds of a heading that the card does not show, as written, each a block."""
    inline = unit.block.inline
    if unit.form != "heading" or unit.block.html or inline is None:
        return ""
    kept = [e.raw for e in inline.embeds if e.raw and not (e.closed and find(e.src))]
    return "".join(f"{raw}\n\n" for raw in kept)


def _drop_shared_links(units: list[Unit]) -> None:
    """A link to a page that is no player nor deck host, given to two talks or more (a
    meetup's folder, an event's page), is none of theirs; but the same talk given twice
    (its title in the same words) links its own deck each time, and so does a talk whose
    title the address of a link named as media names (``[Slides](bit.ly/facade-pattern)``
    for ``Design Patterns: Facade Pattern`` and ``Facade Pattern``: one talk, retitled)."""
    seen: dict[str, set[tuple[str, ...]]] = {}
    for unit in units:
        title = tuple(_WORD.findall(unit.fields.title.casefold()))
        for url in {p.media.url for p in unit.fields.media if p.media.provider == "link"}:
            seen.setdefault(url, set()).add(title)
    shared = {url for url, titles in seen.items() if len(titles) > 1}
    for unit in units if shared else ():
        words = set(_WORD.findall(unit.fields.title.casefold()))
        unit.fields.media = [
            p
            for p in unit.fields.media
            if p.media.url not in shared or (p.named and _names_title(p.media.url, words))
        ]


def _names_title(url: str, title: set[str]) -> bool:
    """Whether the last part of a link's path names a talk's title: two words or more,
    of four letters or more, each a word of the title (``docker-for-data-science``)."""
    last = url_parts(url).path.rstrip("/").rpartition("/")[2]
    words = [w for w in _SLUG_WORD.findall(last.casefold()) if len(w) > 3]
    return len(words) >= 2 and all(w in title or w.rstrip("s") in title for w in words)


def _as_written(unit: Unit) -> bool:
    """Whether a talk is read where it stands and left as written, whatever else: a table's
    row, an item of raw HTML (an HTML list's, an element holding one talk), a talk inside
    the raw HTML of a page's layout."""
    return unit.form == "row" or (unit.form == "item" and unit.block.html) or unit.block.wrapped


def _never_closed(divs: list[tuple[int, bool]]) -> int | None:
    """The line of the first ``<div>`` that no later ``</div>`` closes, if any."""
    opened: list[int] = []
    for line, opening in divs:
        if opening:
            opened.append(line)
        elif opened:
            opened.pop()
    return opened[0] if opened else None


def _card(unit: Unit, talk: Talk, says_only: bool) -> Talk | None:
    """What the card shows when it differs from the record: without the links left as
    written under it. An item's line that says more than the card shows stays, as written,
    in the card (the card's title above it): no word of it is lost."""
    body_line = unit.start if unit.form == "item" and not says_only else unit.head_end
    kept_links = {
        p.media.url
        for p in unit.fields.media
        if p.remove is None and p.line >= body_line and p.media.embed_url is None
    }
    return _without_links(talk, kept_links) if kept_links else None


def _implicit_levels(units: list[Unit], blocks: list[Block]) -> dict[int, int]:
    """The level of the heading a card makes for a talk with none: under its section."""
    heads = [b for b in blocks if b.kind == "heading"]
    levels = {}
    for unit in units:
        if unit.form == "heading":
            continue
        above = [h.level for h in heads if h.start < unit.start]
        levels[unit.start] = min(max((above[-1] if above else 1) + 1, 2), 6)
    return levels


def _toml_meta(written: str) -> dict[str, Any]:
    """TOML front matter's keys (``title = "Talks"``), none where it cannot be read."""
    try:
        return tomllib.loads(written)
    except tomllib.TOMLDecodeError:
        return {}


def _meta_title(meta: Mapping[str, Any]) -> str:
    """The page's title in its front matter, however its key is spelt (``Title: Talks``,
    as a page moved from another generator writes it)."""
    found = meta.get("title") or next(
        (v for k, v in meta.items() if str(k).casefold() == "title"), ""
    )
    return clean_text(str(found or ""))


def _forced(meta: Mapping[str, Any]) -> tuple[bool | None, str | None]:
    """Front matter ``roundup``: ``false`` (never read), ``true`` (read whatever the count),
    or ``{talks: h2}`` (which units are the talks)."""
    value = meta.get("roundup")
    if isinstance(value, bool):
        return value, None
    if isinstance(value, Mapping):
        unit = str(value.get("talks", "")).strip().lower() or None
        enabled = value.get("enabled")
        return (bool(enabled) if enabled is not None else True), unit if unit in _UNITS else None
    return None, None


def plan_talks(
    text: str,
    *,
    path: str,
    meta: Mapping[str, Any],
    first_line: int,
    known_orgs: frozenset[str],
    slugify: Slugify,
    separator: str,
    min_talks: int,
    labels: Mapping[str, str],
) -> PageReading:
    """Read one page (its Markdown without front matter) into talk plans."""
    toml = _TOML.match(text)
    if toml is not None:  # Hugo's front matter, which MkDocs shows as text: read here
        meta = {**_toml_meta(toml["toml"]), **meta}
    enabled, unit = _forced(meta)
    page = _Page(text, path, first_line, slugify, separator)
    if enabled is False:
        return page.result
    front = toml or _yaml_shaped(FRONT_MATTER.match(text))
    source = ("\n" * front.group(0).count("\n") + text[front.end() :]) if front else text
    source, page.containers = containers.unwrap(source)
    try:
        structure = read(source)
        reading = find_units(
            structure.blocks,
            Reader(labels, known_orgs),
            unit,
            source.count("\n") + 1,
            trusted=enabled is True,
            containers=page.containers,
            title=_meta_title(meta),
        )
    except Exception as error:  # a reader's bug must not stop a build, nor lose a page
        log.debug("%s: reading failed", path, exc_info=True)
        page.warn(0, f"the page could not be read ({type(error).__name__}); left as written")
        return page.result
    for line, message in reading.notes:
        page.result.notes.append(Diagnostic(path, line + first_line, message))
    units = reading.units
    if not units or (enabled is not True and len(units) < min_talks):
        if units:
            message = (
                f"{len(units)} talk(s) found, fewer than min_talks ({min_talks}); "
                "the page is left as written"
            )
            page.result.notes.append(Diagnostic(path, units[0].start + first_line, message))
        return page.result
    page.plan(units, structure.blocks, structure.divs)
    page.outside(units, structure.blocks)
    return page.result


def _yaml_shaped(found: re.Match[str] | None) -> re.Match[str] | None:
    """Front matter MkDocs could not read, shown as text: its lines are ``key: value``
    (a page that opens with a rule, ``---``, then a talk, is no front matter)."""
    return found if found and _YAML_KEY.match(found["yaml"] or "") else None
