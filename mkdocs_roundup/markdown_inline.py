"""Markdown's inline content of a block, read into an :class:`~mkdocs_roundup.inline.Inline`
by ``markdown-it-py``'s inline parser (or, for text whose only markup is plain links, by
:func:`_simple_links`); the HTML in it by :class:`~mkdocs_roundup.inline.HtmlReader`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.common.utils import normalizeReference
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from .inline import HtmlReader, Inline, InlineBuilder, plain_inline, truncated_tags
from .patterns import lazy
from .tight_headings import tight_heading

MARKDOWN = MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"])
"""Blocks only: a block's inline content is read by :func:`read_inline` when it holds markup."""


def _normalize(state: StateCore) -> None:
    """CommonMark's line endings and NUL characters, as markdown-it's own ``normalize``
    makes them, changed only on a page that has any: its rule replaces every line ending
    of every page, a fifth of the time markdown-it takes to read a page."""
    text = state.src
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in text:
        text = text.replace("\0", "\ufffd")
    state.src = text


MARKDOWN.core.ruler.at("normalize", _normalize)
MARKDOWN.block.ruler.before(
    "heading", "tight_heading", tight_heading, {"alt": ["paragraph", "reference", "blockquote"]}
)
MARKDOWN.normalizeLink = lambda url: url  # type: ignore[method-assign]
MARKDOWN.validateLink = lambda url: True  # type: ignore[method-assign]
"""Links are kept as written (markdown-it would percent-encode them), and read whatever their
scheme, as Python-Markdown renders them: what the plugin writes is checked where it writes
it (:mod:`mkdocs_roundup.links`)."""
_MARKUP = "[<`*_\\&"
"""Characters without which a block's inline content is plain text (no link, no tag, no
code, no emphasis, no escape or entity): most of a page's prose, read as it is. Each is
looked for with ``in``, a scan in C far cheaper than a character class's search."""
_SPACED_TARGET = lazy(r"\]\(\s*(?P<target>[^\s()<>\"'][^()<>\"'\n ]* [^()<>\"'\n]*?)\s*\)")
"""A link's target with no parentheses, quotes or brackets, and with a space
(``[Slides](/files/Intro - Part 1.pdf)``, maybe on the next line: ``[Slides](`` over
``files/Intro - Part 1.pdf)``), a link in Python-Markdown, which renders the page, though not
in CommonMark (a target without a space is left alone, unmatched)."""

_SPACED_REFERENCE = lazy(r"\] \[(?P<label>[^\[\]\n]+)\]")
"""A link's text, a space, then its reference (``[Ada Moss] [ada]``): a link in
Python-Markdown, though not in CommonMark."""


ICON_SETS = ("material", "octicons", "fontawesome", "simple")
"""Material's sets of icons, as ``pymdownx.emoji`` names them (``:material-github:``)."""
SET_ICON_NAME = rf"(?:{'|'.join(ICON_SETS)})-[a-z0-9-]+"
"""The name of an icon of those sets (``material-github``), a regular expression."""
_ICON_OPENER = lazy(rf":(?:{'|'.join(ICON_SETS)})-")
"""Where an icon of those sets may start: one search, cheaper than a scan for each set."""
_ICON = rf":{SET_ICON_NAME}:(?:\{{[^{{}}\n]*\}})?"
_SET_ICONS = lazy(rf"(?P<code>`[^`\n]*`)|[ \t]*{_ICON}[ \t]*(?=\]|$)|{_ICON}[ \t]*", re.M)
"""An icon of Material's sets as ``pymdownx.emoji`` writes one (``:material-github:``,
``:octicons-video-16:``), with the ``attr_list`` that sizes it (``{ .lg .middle }``) and the
blanks after it (before it, at the end of a line or a link's text); code
(```:material-github:```) is shown as written."""


_ATTR_LIST = lazy(r"\{:?[^{}\n]*\}")
"""An ``attr_list`` right after an image or a link (``{ align="right" width="40%" }``,
``{target=_blank}``): its attributes, no words."""
_ATTRIBUTED = ("image", "link_close")
"""The tokens an ``attr_list`` right after belongs to."""


def without_icons(text: str) -> str:
    """Text without the icons of Material's sets in it (``[:material-github: Code](…)``,
    ``:fontawesome-solid-person-chalkboard: Ann Lee``): the page shows each as a picture,
    no word of a link's text, a byline or a label."""
    if not _ICON_OPENER.search(text):
        return text  # (most text: at one search of it, not the whole pattern's)
    return _SET_ICONS.sub(lambda found: found["code"] or "", text)


_ZERO_WIDTH = "\u200b"
"""A zero-width space: shown as nothing, it is no word's letter nor a blank Markdown knows
(``\u200b**Title**`` keeps its bold); read as nothing."""


def read_inline(token: Token, first_line: int, env: dict[str, object]) -> Inline:
    """The inline content of a block's ``inline`` token (its first line ``first_line``)."""
    content = without_icons(token.content)
    if _ZERO_WIDTH in content:  # "\u200b**5:10 PM:**": a blank no one sees, left by an editor
        content = content.replace(_ZERO_WIDTH, "")
    simple = _simple_links(content, first_line)
    if simple is not None:  # (neither rewriting below ever applies to plain links)
        return simple
    if "`" not in content:  # read as MkDocs shows it
        if "](" in content:
            content = _SPACED_TARGET.sub(_bracketed, content)
        if "] [" in content and env.get("references"):
            content = _SPACED_REFERENCE.sub(lambda found: _joined(found, env), content)
    if not any(mark in content for mark in _MARKUP):
        return plain_inline(content, first_line)
    builder = InlineBuilder(first_line)
    children: list[Token] = []
    MARKDOWN.inline.parse(content, MARKDOWN, env, children)
    html = _InlineHtml(builder, first_line)
    previous = ""
    for child in children:
        kind = child.type
        attrs = _ATTR_LIST.match(child.content) if previous in _ATTRIBUTED else None
        if attrs and kind == "text":  # "![](…){ align=right }", "[…](…){target=_blank}"
            child.content = child.content[attrs.end() :]
        previous = kind
        read = _TOKENS.get(kind)
        if read is not None:
            read(builder, child)
        elif kind == "html_inline":
            html.feed(child.content)
        elif html.raw:
            html.raw.append(child.content if kind != "softbreak" else "\n")
    html.close()
    return builder.finish()


def _joined(found: re.Match[str], env: dict[str, object]) -> str:
    """``] [label]`` as ``][label]`` where the page defines that label."""
    references = env["references"]
    assert isinstance(references, dict)
    return f"][{found['label']}]" if normalizeReference(found["label"]) in references else found[0]


def _bracketed(found: re.Match[str]) -> str:
    """``](<target>)``: a target with spaces, as CommonMark writes it; two addresses in one
    target (``](preview.png https://…)``) are a broken link, left to be reported."""
    target = found["target"]
    if " " not in target or "://" in target.partition(" ")[2]:
        return found[0]
    return f"](<{target}>)"


def _text(builder: InlineBuilder, token: Token) -> None:
    if "<iframe" in token.content:
        truncated_tags(token.content, builder)
    builder.text(token.content)


def _code(builder: InlineBuilder, token: Token) -> None:
    builder.text(token.content)  # shown as it is, never read as a link or a tag
    builder.out.code.append(token.content)


def _image(builder: InlineBuilder, token: Token) -> None:
    title = token.attrs.get("title")
    builder.image(str(token.attrs.get("src", "")), token.content, str(title) if title else None)


_TOKENS: dict[str, Callable[[InlineBuilder, Token], None]] = {
    "text": _text,
    "text_special": _text,
    "code_inline": _code,
    "softbreak": lambda builder, token: builder.newline(),
    "hardbreak": lambda builder, token: builder.newline(),
    "link_open": lambda builder, token: builder.open_link(str(token.attrs.get("href", ""))),
    "link_close": lambda builder, token: builder.close_link(),
    "image": _image,
    "strong_open": lambda builder, token: builder.open_strong(),
    "strong_close": lambda builder, token: builder.close_strong(),
    "em_open": lambda builder, token: builder.open_em(),
    "em_close": lambda builder, token: builder.close_em(),
}
"""How each kind of inline token is read (``html_inline`` by :class:`_InlineHtml`)."""


class _InlineHtml:
    """The HTML tags of a block's inline content, read in order by one :class:`HtmlReader`;
    an iframe's source is kept as written."""

    def __init__(self, builder: InlineBuilder, first_line: int) -> None:
        self.builder = builder
        self.first_line = first_line
        self.reader: HtmlReader | None = None
        self.raw: list[str] = []  # an iframe's source, as written

    def feed(self, content: str) -> None:
        if content.startswith("<!--"):
            return
        if content[:7].lower() == "<iframe":
            self.raw = [content]
        elif self.raw:
            self.raw.append(content)
        self.reader = self.reader or HtmlReader(self.builder, self.first_line)
        self.reader.feed(content)
        if self.raw and content[:8].lower() == "</iframe":
            self.builder.embed_raw("".join(self.raw))
            self.raw = []

    def close(self) -> None:
        if self.reader is not None:
            self.reader.close()


_SIMPLE = lazy(
    r"(?:[^\[\]()<>`*_\\&!\n]++|\n(?! {0,3}[-+*>#]|\s*$)|\[[^\[\]\n\\`<>*_&]*\]\([^()\s<>\\&]*\))*"
)
"""Plain text (a run of plain characters read at once: possessive, never split again), line
breaks that open no block, and plain links."""
_SIMPLE_LINK = lazy(r"\[(?P<text>[^\[\]]*)\]\((?P<href>[^()\s]*)\)")


def _simple_links(content: str, first_line: int) -> Inline | None:
    """``content`` read when its only markup is ``[text](url)`` links with plain text and
    targets (the usual talk heading, ``Title, [Name](profile)``): CommonMark reads such
    text as exactly these links, and this costs a tenth of its general inline parser
    (measured on 120 synthetic pages; :mod:`benchmarks.stage_times`). ``None``: not such
    text.

    Such text has no target with a space nor a reference after a space (a plain link's
    ``](`` is followed by no blank; a ``]`` stands only before it), so what
    :func:`read_inline` rewrites for MkDocs never applies to it, and rewritten text (``<``
    added, or ``] [`` joined) is never such text."""
    if "[" not in content or not _SIMPLE.fullmatch(content):
        return None
    builder = InlineBuilder(first_line)
    at = 0
    for found in _SIMPLE_LINK.finditer(content):
        _plain_lines(content[at : found.start()], builder)
        builder.open_link(found["href"])
        builder.text(found["text"])
        builder.close_link()
        at = found.end()
    _plain_lines(content[at:], builder)
    return builder.finish()


def _plain_lines(text: str, builder: InlineBuilder) -> None:
    if "\n" not in text:
        builder.text(text)
        return
    for number, line in enumerate(text.split("\n")):
        if number:
            builder.newline()
        builder.text(line)
