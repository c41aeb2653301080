"""The first stage of the reader: a page's structure, read once, with source lines.

``markdown-it-py`` reads the Markdown as CommonMark (with tables) into blocks that know their
lines: headings (ATX and Setext), paragraphs, lists and their items, table rows with their
header, HTML blocks, code. HTML, in blocks and inline, is read by :mod:`html.parser`. What no
reader of the page sees as content never reaches the later stages: code (fenced, indented,
inline), comments, attribute values other than the few that name media.

Each block's inline content becomes an :class:`Inline`: its visible text, with each link
lifted out as a ``\\x00N\\x00`` slot (the form :mod:`mkdocs_roundup.people` reads), the links
themselves, and the embeds (``<iframe>``) with their source lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

from markdown_it import MarkdownIt
from markdown_it.token import Token

_MARKDOWN = MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"])
"""Blocks only: a block's inline content is read by :func:`_inline` when it holds markup."""
_MARKDOWN.normalizeLink = lambda url: url  # type: ignore[method-assign]
_MARKDOWN.validateLink = lambda url: True  # type: ignore[method-assign]
"""Links are kept as written (markdown-it would percent-encode them), and read whatever their
scheme, as Python-Markdown renders them: what the plugin writes is checked where it writes
it (:mod:`mkdocs_roundup.links`)."""
_MARKUP = frozenset("[<`*_\\&")
"""Characters without which a block's inline content is plain text (no link, no tag, no
code, no emphasis, no escape or entity): most of a page's prose, read as it is."""
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_SKIPPED_TAGS = frozenset({"script", "style", "template", "textarea", "code", "pre"})
_HEADING_TAGS = {f"h{n}": n for n in range(1, 7)}


@dataclass(frozen=True, slots=True)
class Image:
    src: str
    alt: str
    title: str | None


@dataclass(slots=True)
class Link:
    """A link as a reader sees it: its visible text, its target, and images inside it."""

    text: str
    href: str
    line: int
    images: list[Image] = field(default_factory=list)
    end_line: int = 0
    """The source line it ends on."""
    strong: bool = False
    """Whether the link's text is strong (``[**Title**](…)``)."""
    html: bool = False
    """Whether it was written as an HTML ``<a>``."""


@dataclass(frozen=True, slots=True)
class Embed:
    """An ``<iframe>`` (only its ``src`` and ``title`` are read)."""

    src: str
    title: str | None
    line: int
    closed: bool
    """Whether the tag is whole: ``<iframe …>`` and ``</iframe>`` (or a truncated tag)."""
    span: tuple[int, int, int, int] | None = None
    """Where it is written: first line, column, last line, column past its end."""
    raw: str = ""
    """How it is written, where it stands in a line of Markdown (a heading's)."""


@dataclass(slots=True)
class Inline:
    """A block's inline content."""

    text: str = ""
    """The visible text, a link as ``\\x00N\\x00`` (``N`` its index in :attr:`links`),
    a line break as ``\\n``."""
    links: list[Link] = field(default_factory=list)
    embeds: list[Embed] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    """Images outside links (photos: never media)."""
    strong: list[str] = field(default_factory=list)
    """The texts written strong (``**…**``, ``<strong>``)."""
    code: list[str] = field(default_factory=list)
    """The texts written as code: shown as they are, never read as links or URLs."""
    first_line: int = 0
    breaks: list[int] = field(default_factory=list)
    """The source line each of the text's line breaks starts (a link broken over two lines
    is one line of the text)."""

    def lines(self) -> list[tuple[int, str]]:
        """The lines (links as slots), each with the source line it starts on."""
        if "\n" not in self.text:
            return [(self.first_line, self.text)]
        starts = [self.first_line, *self.breaks]
        return list(zip(starts, self.text.split("\n"), strict=True))

    def visible(self, text: str | None = None) -> str:
        """``text`` (default: all of it) with each link slot replaced by the link's text."""
        text = self.text if text is None else text
        if "\x00" not in text:
            return text
        parts = text.split("\x00")
        for n in range(1, len(parts), 2):
            parts[n] = self.links[int(parts[n])].text if parts[n].isdigit() else ""
        return "".join(parts)


@dataclass(eq=False, slots=True)
class Block:
    kind: str
    """``heading``, ``paragraph``, ``list``, ``item``, ``table``, ``row``, ``html``, ``code``,
    ``quote``, ``rule``."""
    start: int
    """First source line (0-based, in the text read)."""
    end: int
    """The line after the last."""
    level: int = 0
    """A heading's level."""
    inline: Inline | None = None
    cells: list[Inline] = field(default_factory=list)
    """A table row's cells."""
    header: list[str] = field(default_factory=list)
    """A table row's column names (the header row's texts)."""
    children: list[Block] = field(default_factory=list)
    html: bool = False
    """Whether it was written as HTML (a heading ``<h3>``, a block of raw HTML)."""
    indent: int = 0
    """A list item's content column (its children are indented by it)."""
    source: str = ""
    """An HTML block's raw text."""

    def walk(self) -> Iterator[Block]:
        yield self
        for child in self.children:
            yield from child.walk()


# -- Inline content ---------------------------------------------------------------------------


class _InlineBuilder:
    """Builds an :class:`Inline` from Markdown tokens and HTML fragments alike."""

    def __init__(self, first_line: int) -> None:
        self.out = Inline(first_line=first_line)
        self.parts: list[str] = []
        self.link: Link | None = None
        self.link_parts: list[str] = []
        self.strong_depth = 0
        self.strong_parts: list[str] = []
        self.embed: dict[str, str | None] | None = None
        self.skip = 0
        self.newlines = 0

    @property
    def line(self) -> int:
        return self.out.first_line + self.newlines

    def text(self, value: str) -> None:
        if self.skip or self.embed is not None or not value:
            return
        if self.link is not None:
            self.link_parts.append(value)
        else:
            self.parts.append(value)
        if self.strong_depth:
            self.strong_parts.append(value)

    def newline(self) -> None:
        self.newlines += 1
        if self.link is not None:
            self.link_parts.append(" ")  # a link's text is one line, wherever it breaks
        else:
            self.parts.append("\n")
            self.out.breaks.append(self.line)

    def open_link(self, href: str, *, html: bool = False) -> None:
        if self.link is not None:
            self.close_link()
        self.link = Link("", href.strip(), self.line, html=html, strong=self.strong_depth > 0)
        self.link_parts = []

    def close_link(self) -> None:
        link = self.link
        if link is None:
            return
        raw = "".join(self.link_parts)
        link.text = " ".join(raw.split())
        link.end_line = self.line
        self.link = None
        before = " " if raw[:1].isspace() else ""
        after = " " if raw[-1:].isspace() else ""  # "<a>Title </a>- Name": the blank stays
        self.parts.append(f"{before}\x00{len(self.out.links)}\x00{after}")
        self.out.links.append(link)

    def image(self, src: str, alt: str, title: str | None) -> None:
        image = Image(src.strip(), alt, title)
        if self.link is not None:
            self.link.images.append(image)
        else:
            self.out.images.append(image)

    def open_strong(self) -> None:
        if self.link is not None and not "".join(self.link_parts).strip():
            self.link.strong = True
        self.strong_depth += 1

    def close_strong(self) -> None:
        self.strong_depth = max(0, self.strong_depth - 1)
        if not self.strong_depth:
            text = " ".join("".join(self.strong_parts).split())
            if text:
                self.out.strong.append(text)
            self.strong_parts = []

    def embed_tag(self, attrs: dict[str, str | None], closed: bool, span: Span | None) -> None:
        src = (attrs.get("src") or "").strip()
        self.out.embeds.append(Embed(src, attrs.get("title"), self.line, closed, span))

    def embed_raw(self, raw: str) -> None:
        """The last embed's source, as written."""
        if self.out.embeds:
            last = self.out.embeds[-1]
            self.out.embeds[-1] = Embed(
                last.src, last.title, last.line, last.closed, last.span, raw
            )

    def finish(self) -> Inline:
        self.close_link()
        self.close_strong()
        self.out.text = "".join(self.parts)
        return self.out


Span = tuple[int, int, int, int]


class _HtmlReader(HTMLParser):
    """Reads HTML into an :class:`_InlineBuilder`: text, links, images, iframes, strong."""

    def __init__(self, builder: _InlineBuilder, first_line: int = 0) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = builder
        self.first_line = first_line
        self.iframe: tuple[dict[str, str | None], tuple[int, int]] | None = None

    def _at(self) -> tuple[int, int]:
        line, column = self.getpos()
        return self.first_line + line - 1, column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        b = self.builder
        if tag in _SKIPPED_TAGS:
            b.skip += 1
        elif tag == "a" and dict(attrs).get("href"):
            href = (dict(attrs)["href"] or "").strip().replace(" ", "%20")
            b.open_link(href, html=True)
        elif tag == "img":
            values = dict(attrs)
            b.image(values.get("src") or "", values.get("alt") or "", values.get("title"))
        elif tag == "iframe":
            self.iframe = (dict(attrs), self._at())
        elif tag in ("strong", "b"):
            b.open_strong()
        elif tag == "br" or tag in _BLOCK_TAGS:
            b.text(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "iframe":
            self.builder.embed_tag(dict(attrs), False, None)
        elif tag not in _SKIPPED_TAGS:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        b = self.builder
        if tag in _SKIPPED_TAGS:
            b.skip = max(0, b.skip - 1)
        elif tag == "a":
            b.close_link()
        elif tag == "iframe" and self.iframe is not None:
            attrs, (line, column) = self.iframe
            end_line, end_column = self._at()
            end_column += len(f"</{tag}>")
            b.embed_tag(attrs, True, (line, column, end_line, end_column))
            self.iframe = None
        elif tag in ("strong", "b"):
            b.close_strong()
        elif tag in _BLOCK_TAGS:
            b.text(" ")

    def handle_data(self, data: str) -> None:
        if self.iframe is not None:
            return  # an iframe's fallback content is not the page's text
        lines = data.split("\n")
        for n, line in enumerate(lines):
            if n:
                self.builder.newline()
            self.builder.text(line)

    def close(self) -> None:
        super().close()
        if self.iframe is not None:  # never closed: left as written, read by its src
            self.builder.embed_tag(self.iframe[0], False, None)
            self.iframe = None


def _truncated_tags(text: str, builder: _InlineBuilder) -> None:
    """An ``<iframe`` written in text (its tag never ended, so Markdown shows it as text):
    read by its attributes, never taking anything past the text it stands in."""
    at = text.find("<iframe")
    while at != -1:
        fragment = text[at:].split(">", 1)[0]
        for ending in (">", '">', "'>"):  # the tag may stop inside a quoted value
            reader = _AttrsReader()
            reader.feed(fragment + ending)
            reader.close()
            if reader.attrs:
                break
        builder.embed_tag(reader.attrs, False, None)
        at = text.find("<iframe", at + 7)


class _AttrsReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.attrs: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.attrs:
            self.attrs = dict(attrs)


def _inline(token: Token, first_line: int, env: dict[str, object]) -> Inline:
    builder = _InlineBuilder(first_line)
    content = token.content
    if _MARKUP.isdisjoint(content):
        _plain_lines(content, builder)
        return builder.finish()
    if _simple_links(content, builder):
        return builder.finish()
    children: list[Token] = []
    _MARKDOWN.inline.parse(content, _MARKDOWN, env, children)
    reader: _HtmlReader | None = None
    raw: list[str] = []  # an iframe's source, as written
    for child in children:
        kind = child.type
        if kind in ("text", "text_special"):
            if "<iframe" in child.content:
                _truncated_tags(child.content, builder)
            builder.text(child.content)
        elif kind == "code_inline":
            builder.text(child.content)  # shown as it is, never read as a link or a tag
            builder.out.code.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            builder.newline()
        elif kind == "link_open":
            builder.open_link(str(child.attrs.get("href", "")))
        elif kind == "link_close":
            builder.close_link()
        elif kind == "image":
            title = child.attrs.get("title")
            builder.image(
                str(child.attrs.get("src", "")), child.content, str(title) if title else None
            )
        elif kind == "strong_open":
            builder.open_strong()
        elif kind == "strong_close":
            builder.close_strong()
        elif kind == "html_inline":
            content = child.content
            if content.startswith("<!--"):
                continue
            if content[:7].lower() == "<iframe":
                raw = [content]
            elif raw:
                raw.append(content)
            reader = reader or _HtmlReader(builder, first_line)
            reader.feed(content)
            if raw and content[:8].lower() == "</iframe":
                builder.embed_raw("".join(raw))
                raw = []
        elif raw:
            raw.append(child.content if kind != "softbreak" else "\n")
    if reader is not None:
        reader.close()
    return builder.finish()


_SIMPLE = re.compile(
    r"(?:[^\[\]()<>`*_\\&!\n]|\n(?! {0,3}[-+*>#]|\s*$)|\[[^\[\]\n\\`<>*_&]*\]\([^()\s<>\\&]*\))*"
)
_SIMPLE_LINK = re.compile(r"\[(?P<text>[^\[\]]*)\]\((?P<href>[^()\s]*)\)")


def _simple_links(content: str, builder: _InlineBuilder) -> bool:
    """Read ``content`` when its only markup is ``[text](url)`` links with plain text and
    targets (the usual talk heading, ``Title, [Name](profile)``): CommonMark reads such
    text as exactly these links, and this costs a tenth of its general inline parser
    (measured on 120 synthetic pages; :mod:`benchmarks.stage_times`). ``False``: not such
    text, read nothing."""
    if "[" not in content or not _SIMPLE.fullmatch(content):
        return False
    at = 0
    for found in _SIMPLE_LINK.finditer(content):
        _plain_lines(content[at : found.start()], builder)
        builder.open_link(found["href"])
        builder.text(found["text"])
        builder.close_link()
        at = found.end()
    _plain_lines(content[at:], builder)
    return True


def _plain_lines(text: str, builder: _InlineBuilder) -> None:
    for number, line in enumerate(text.split("\n")):
        if number:
            builder.newline()
        builder.text(line)


def html_inline(source: str, first_line: int) -> Inline:
    """The inline content of a piece of raw HTML."""
    builder = _InlineBuilder(first_line)
    reader = _HtmlReader(builder, first_line)
    cut = _truncated_at(source)
    reader.feed(source[:cut])
    reader.close()
    if cut < len(source):  # a tag never ended: read by its attributes, shown as written
        builder.newlines = source.count("\n", 0, cut)
        _truncated_tags(source[cut:], builder)
    return builder.finish()


def _truncated_at(source: str) -> int:
    """Where a tag that never ends starts in ``source`` (its length if none does)."""
    at = source.rfind("<")
    return at if at != -1 and ">" not in source[at:] else len(source)


# -- Raw HTML blocks ---------------------------------------------------------------------------


class _Elements(HTMLParser):
    """Cuts a block of raw HTML into its top-level elements, each with its lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.depth = 0
        self.start: tuple[int, int] | None = None
        self.tag = ""
        self.pieces: list[tuple[str, int, int, int, int]] = []
        """(top-level tag, first line, column, last line, column past the end)."""

    def _open(self, tag: str) -> None:
        if self.depth == 0:
            self.start, self.tag = self.getpos(), tag

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open(tag)
        if tag in ("br", "img", "hr", "input", "meta", "link", "wbr", "source"):
            self._close_void()
            return
        self.depth += 1

    def _close_void(self) -> None:
        if self.depth == 0 and self.start is not None:
            line, column = self.getpos()
            end = column + len(self.get_starttag_text() or "")
            self.pieces.append((self.tag, *self.start, line, end))
            self.start = None

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open(tag)
        self._close_void()

    def handle_endtag(self, tag: str) -> None:
        if self.depth == 0:
            return  # closes what an earlier block opened
        self.depth -= 1
        if self.depth == 0 and self.start is not None:
            line, column = self.getpos()
            self.pieces.append((self.tag, *self.start, line, column + len(tag) + 3))
            self.start = None

    def handle_data(self, data: str) -> None:
        if self.depth == 0 and data.strip():
            line, column = self.getpos()
            lines = data.split("\n")
            end_line = line + len(lines) - 1
            end_column = (column if len(lines) == 1 else 0) + len(lines[-1])
            self.pieces.append(("", line, column, end_line, end_column))


def _html_blocks(token: Token, first: int) -> list[Block]:
    source = token.content
    if source.lstrip().startswith("<!--"):
        return []  # a comment is not published
    cutter = _Elements()
    if _truncated_at(source) < len(source):  # no element can be trusted to end: one piece
        cutter.pieces.append(("", 1, 0, source.count("\n") + 1, len(source)))
    elif source.count("\n", 0, len(source.rstrip("\n"))) == 0:  # one line: one piece
        opening = source.lstrip()[1:].split(">", 1)[0].split(None, 1)
        name = opening[0].lower() if opening else ""
        cutter.pieces.append((name, 1, 0, 1, len(source.rstrip("\n"))))
    else:
        cutter.feed(source)
        cutter.close()
    lines = source.split("\n")
    if cutter.start is not None:  # an element never closed runs to the block's end
        cutter.pieces.append((cutter.tag, *cutter.start, len(lines), len(lines[-1])))
    blocks = []
    for tag, line, column, end_line, end_column in cutter.pieces:
        if line == end_line:
            text = lines[line - 1][column:end_column]
        else:
            middle = lines[line : end_line - 1]
            text = "\n".join([lines[line - 1][column:], *middle, lines[end_line - 1][:end_column]])
        start = first + line - 1
        level = _HEADING_TAGS.get(tag, 0) or _wrapped_heading(text)
        blocks.append(
            Block(
                "heading" if level else "html",
                start,
                first + end_line,
                level,
                html_inline(text, start),
                html=True,
                source=text,
            )
        )
    return blocks


class _Children(HTMLParser):
    """The elements directly inside one element, and whether text stands beside them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.children: list[str] = []
        self.text = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 1:
            self.children.append(tag)
        self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth == 1 and data.strip():
            self.text = True


def _wrapped_heading(source: str) -> int:
    """The level of a heading that is all an element holds (``<div><h2>…</h2></div>``)."""
    if "<h" not in source and "<H" not in source:
        return 0
    reader = _Children()
    reader.feed(source)
    reader.close()
    if reader.text or len(reader.children) != 1:
        return 0
    return _HEADING_TAGS.get(reader.children[0], 0)


# -- Blocks ----------------------------------------------------------------------------------

_CONTAINERS = {
    "bullet_list_open": "list",
    "ordered_list_open": "list",
    "list_item_open": "item",
    "blockquote_open": "quote",
    "table_open": "table",
    "tr_open": "row",
}


@dataclass
class Structure:
    blocks: list[Block]
    divs: list[tuple[int, bool]]
    """The ``<div>`` tags of raw HTML blocks: line, and whether it opens."""


class _Divs(HTMLParser):
    def __init__(self, first_line: int) -> None:
        super().__init__(convert_charrefs=False)
        self.first_line = first_line
        self.found: list[tuple[int, bool]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "div":
            self.found.append((self.first_line + self.getpos()[0] - 1, True))

    def handle_endtag(self, tag: str) -> None:
        if tag == "div":
            self.found.append((self.first_line + self.getpos()[0] - 1, False))


def read(text: str) -> Structure:
    """The blocks of ``text`` (Markdown without front matter) and its raw HTML's divs."""
    divs: list[tuple[int, bool]] = []
    blocks = read_blocks(text, divs)
    return Structure(blocks, divs)


def read_blocks(text: str, divs: list[tuple[int, bool]] | None = None) -> list[Block]:
    """The blocks of ``text`` (Markdown without front matter), top level first."""
    source_lines = text.split("\n")
    root = Block("root", 0, len(source_lines))
    stack = [root]
    header: list[str] = []
    in_head = False
    pending: Block | None = None  # the heading or paragraph whose inline comes next
    env: dict[str, object] = {}
    for token in _MARKDOWN.parse(text, env):
        kind = token.type
        top = stack[-1]
        lines = token.map or (top.start, top.end)
        if kind in _CONTAINERS:
            block = Block(_CONTAINERS[kind], lines[0], lines[1])
            if kind == "list_item_open":
                block.indent = _content_column(source_lines, token)
            top.children.append(block)
            stack.append(block)
        elif kind.endswith("_close") and kind.replace("_close", "_open") in _CONTAINERS:
            block = stack.pop()
            if block.kind == "row":
                if in_head:
                    header = [cell.visible().strip() for cell in block.cells]
                    top_table = stack[-1]
                    top_table.children.remove(block)
                else:
                    block.header = header
        elif kind == "thead_open":
            in_head = True
        elif kind == "thead_close":
            in_head = False
        elif kind == "heading_open":
            pending = Block("heading", lines[0], lines[1], level=int(token.tag[1]))
            top.children.append(pending)
        elif kind == "paragraph_open":
            pending = Block("paragraph", lines[0], lines[1])
            top.children.append(pending)
        elif kind == "inline":
            inline = _inline(token, lines[0], env)
            if top.kind == "row":
                top.cells.append(inline)
            elif pending is not None:
                pending.inline = inline
                pending = None
        elif kind in ("fence", "code_block"):
            top.children.append(Block("code", lines[0], lines[1]))
        elif kind == "hr":
            top.children.append(Block("rule", lines[0], lines[1]))
        elif kind == "html_block":
            top.children.extend(_html_blocks(token, lines[0]))
            if divs is not None and "div" in token.content:
                counter = _Divs(lines[0])
                counter.feed(token.content)
                counter.close()
                divs += counter.found
    return root.children


def _content_column(lines: list[str], token: Token) -> int:
    """The column a list item's content starts at (its marker's width and spacing)."""
    if not token.map:
        return 0
    line = lines[token.map[0]]
    stripped = line.lstrip(" ")
    marker = token.markup or "-"
    if token.info:  # an ordered item: "1." or "1)"
        marker = token.info + marker
    after = stripped[len(marker) :]
    return len(line) - len(stripped) + len(marker) + min(len(after) - len(after.lstrip(" ")), 4)
