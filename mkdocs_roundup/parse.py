"""Reading a roundup page: where its talks are, and what each one holds.

:func:`parse_page` runs the reader, a pipeline of small stages, each a module named by what
it produces, and returns a :class:`PagePlan`; :mod:`mkdocs_roundup.extension` turns it into
HTML. Nothing here imports MkDocs or builds markup.

1. :mod:`~mkdocs_roundup.blocks`: the page's structure, with source lines (the inline
   content of each block from :mod:`~mkdocs_roundup.inline`, raw HTML blocks cut by
   :mod:`~mkdocs_roundup.html_blocks`);
2. :mod:`~mkdocs_roundup.units`: which units are talks (table rows read by
   :mod:`~mkdocs_roundup.rows`);
3. :mod:`~mkdocs_roundup.fields`: what each part of a talk is, read with the label words of
   :mod:`~mkdocs_roundup.labels`, links as media by :mod:`~mkdocs_roundup.media`, a unit's
   own line by :mod:`~mkdocs_roundup.titles` (its media taken out by
   :mod:`~mkdocs_roundup.line_media`; who, by :mod:`~mkdocs_roundup.bylines`; where, by
   :mod:`~mkdocs_roundup.at_events`) and the lines under it by
   :mod:`~mkdocs_roundup.body`; names by :mod:`~mkdocs_roundup.people`, links to people by
   :mod:`~mkdocs_roundup.profiles`;
4. :mod:`~mkdocs_roundup.talks`: records and card plans (a talk's line the card cannot say
   in full stays under it: :mod:`~mkdocs_roundup.card_words`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

import yaml
from markdown.extensions.toc import slugify as default_slugify

from .labels import DEFAULT_LABELS
from .model import Diagnostic, Event, Talk
from .names import clean_text
from .patterns import lazy
from .talk_kinds import talk_kind
from .talks import FRONT_MATTER, TalkPlan, plan_talks

__all__ = ["PagePlan", "TalkPlan", "parse_page", "talk_kind"]

Slugify = Callable[[str, str], str]
Fingerprint = tuple[int, bytes]


def fingerprint(text: str) -> Fingerprint:
    """A text's length and digest, the same in every process (a plan kept on disk is reused
    only for the very text it was made from)."""
    data = text.encode("utf-8", "surrogatepass")
    return len(text), hashlib.blake2b(data, digest_size=16).digest()


_FENCE = lazy(r"[ \t]{0,3}(`{3,}|~{3,})")
_FENCE_HEAD = lazy(r"\n[ \t]{0,3}[`~]")
_ATX_OPEN = lazy(r"[ \t]{0,3}(#{1,6})[ \t]+")
_DATE_IN_NAME = lazy(r"(?<!\d)(?P<date>\d{4}-\d{2}-\d{2})(?!\d)")
_INFIMA_BUTTON = lazy(r"(<a\b[^>]*\bclass=\")(?P<classes>[^\"]*\bbutton\b[^\"]*)(\")", re.I)
_LINK = lazy(r"\[(?<!!\[)(?P<text>[^\[\]]*)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
"""An inline link of a heading's source, for :func:`_strip_links`."""
_TRUNCATE = lazy(r"<!--\s*truncate\s*-->[ \t]*$", re.M)
"""Docusaurus' excerpt marker, on a line of its own (the start is checked by
:func:`rewrite_docusaurus`: a pattern opening with ``^`` would be tried at every character)."""


@dataclass(frozen=True, slots=True)
class PagePlan:
    path: str
    first_line: int
    talks: tuple[TalkPlan, ...]
    diagnostics: tuple[Diagnostic, ...]
    meta: Mapping[str, Any]
    fingerprint: Fingerprint
    """The text's: a plan made early is reused only for the same text."""
    notes: tuple[Diagnostic, ...] = ()
    """What the reader noticed but did not act on: parts of the page that looked like a talk
    list and were left as written, with the reason (``mkdocs-roundup check`` lists them; the
    plugin logs them at info level, they are never warnings)."""

    def made_from(self, text: str) -> bool:
        """Whether this plan was made from ``text`` (the talks' offsets are into it)."""
        return fingerprint(text) == self.fingerprint

    def event(self) -> Event:
        return make_event(self.path, self.meta, tuple(t.talk for t in self.talks))


# -- Helpers --------------------------------------------------------------------------------


YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""PyYAML's safe loader, in C where PyYAML is built with libyaml (a tenth of the pure
loader's time: front matter is read from every page of a build), else its own."""


def split_front_matter(text: str) -> tuple[dict[str, Any], str, int]:
    """Front matter, the text after it, and how many lines it took."""
    found = FRONT_MATTER.match(text)
    if not found:
        return {}, text, 0
    try:
        meta = yaml.load(found["yaml"] or "", Loader=YAML_LOADER) or {}
    except yaml.YAMLError:
        meta = {}
    return (meta if isinstance(meta, dict) else {}), text[found.end() :], found.group(0).count("\n")


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
    return _LINK.sub(lambda m: m["text"], text) if "](" in text else text


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
    labels: Mapping[str, str] = DEFAULT_LABELS,
) -> PagePlan:
    """Find the talks of one page.

    ``text`` is the page's Markdown. When ``meta`` is ``None`` the text may still start with
    front matter, which is read and skipped; otherwise ``text`` is the body alone and
    ``first_line`` the line of the file it starts on. ``labels`` maps label words to roles
    (:func:`mkdocs_roundup.labels.label_table`).
    """
    if meta is None:
        meta, text, skipped = split_front_matter(text)
        first_line += skipped
    reading = plan_talks(
        text,
        path=path,
        meta=meta,
        first_line=first_line,
        known_orgs=known_orgs,
        slugify=slugify,
        separator=separator,
        min_talks=min_talks,
        labels=labels,
    )
    return PagePlan(
        path,
        first_line,
        tuple(reading.plans),
        tuple(reading.diagnostics),
        meta,
        fingerprint(text),
        tuple(reading.notes),
    )
