"""The first stage of the reader: a page's structure, read once, with source lines.

``markdown-it-py`` reads the Markdown as CommonMark (with tables) into blocks that know their
lines: headings (ATX and Setext), paragraphs, lists and their items, table rows with their
header, HTML blocks, code. HTML, in blocks and inline, is read by :mod:`html.parser`. What no
reader of the page sees as content never reaches the later stages: code (fenced, indented,
inline), comments, attribute values other than the few that name media.

Each block's inline content becomes an :class:`~mkdocs_roundup.inline.Inline`
(:mod:`~mkdocs_roundup.inline`); raw HTML blocks are cut into their elements by
:mod:`~mkdocs_roundup.html_blocks`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from markdown_it.rules_block.table import escapedSplit
from markdown_it.token import Token

from .html_blocks import (
    Elements,
    heading_card,
    heading_level,
    html_divs,
    html_elements,
    inner_source,
    item_heading,
    list_items,
    opens_inline_element,
    opens_raw_element,
    ours,
    summary_card,
)
from .html_tables import Row, table_rows
from .inline import Inline, html_inline
from .markdown_inline import MARKDOWN, read_inline
from .patterns import lazy

_RUN_ON = ("table", "ul", "ol")
"""Raw elements read on past a blank line to their end tag, their rows or items read."""


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
    spans: list[int] = field(default_factory=list)
    """The columns each of a row's cells spans, where one spans more than one (an HTML
    table's ``colspan``); empty where none does."""
    children: list[Block] = field(default_factory=list)
    html: bool = False
    """Whether it was written as HTML (a heading ``<h3>``, a block of raw HTML)."""
    indent: int = 0
    """A list item's content column (its children are indented by it)."""
    source: str = ""
    """An HTML block's raw text."""
    task: bool = False
    """Whether a list item opens with a task list's checkbox (``- [x] …``)."""
    card: bool = False
    """Whether a list is an HTML element's heading and what follows it, as one item
    (``<div class="card"><h3>…</h3>…</div>``)."""
    player: bool = False
    """Whether a list item is an HTML element's words over a player, or an image in its
    place (:func:`_player_card`)."""
    summary: bool = False
    """Whether a list item is a ``<details>`` element, its summary its line."""
    wrapped: bool = False
    """Whether the block stands inside a raw HTML element of the page's layout (``<div
    class="row">``): read where it stands, and left as written."""
    wrapper_end: int = 0
    """Where the outermost element it stands inside ends (the line after its end tag)."""

    def walk(self) -> Iterator[Block]:
        yield self
        for child in self.children:
            yield from child.walk()


_CONTAINERS = {
    "bullet_list_open": "list",
    "ordered_list_open": "list",
    "list_item_open": "item",
    "blockquote_open": "quote",
    "table_open": "table",
    "tr_open": "row",
}
_TASK_MARKER = lazy(r"\[[ xX]\][ \t]+(?=\S)")
"""A task list's marker before an item's words (``- [x] Title``, as ``pymdownx.tasklist``
shows a checkbox)."""
_CLOSERS = frozenset(kind.replace("_open", "_close") for kind in _CONTAINERS)
_RAW_BLOCKS = 50
"""About how many blocks after an open raw HTML element are read for its end tag (four
tokens a block)."""
_LEAVES = frozenset(
    ["heading_open", "paragraph_open", "inline", "fence", "code_block", "hr", "html_block"]
)
"""The tokens :meth:`_BlockReader.leaf` reads (the others close a leaf or a table's part)."""


@dataclass
class Structure:
    blocks: list[Block]
    divs: list[tuple[int, bool]]
    """The ``<div>`` tags of raw HTML blocks: line, and whether it opens."""


def read(text: str) -> Structure:
    """The blocks of ``text`` (Markdown without front matter) and its raw HTML's divs."""
    divs: list[tuple[int, bool]] = []
    blocks = read_blocks(text, divs)
    return Structure(blocks, divs)


def read_blocks(text: str, divs: list[tuple[int, bool]] | None = None) -> list[Block]:
    """The blocks of ``text`` (Markdown without front matter), top level first."""
    return _BlockReader(text, divs).read()


class _BlockReader:
    """Builds the tree of blocks from markdown-it's tokens, in order."""

    def __init__(self, text: str, divs: list[tuple[int, bool]] | None) -> None:
        self.text = text
        self.root = Block("root", 0, text.count("\n") + 1)
        self.stack = [self.root]
        self.header: list[str] = []
        self.in_head = False
        self.pending: Block | None = None  # the heading or paragraph whose inline comes next
        self.env: dict[str, object] = {}
        self.divs = divs
        self.unclosed = False
        """Whether a raw HTML element of the page was never closed."""
        self.divs_read = 0
        """The line up to which the page's ``<div>`` tags are counted."""

    @cached_property
    def source_lines(self) -> list[str]:
        """The page's lines, for the few blocks read from their source (list items, raw
        HTML elements that run on): most pages need none."""
        return self.text.split("\n")

    def read(self) -> list[Block]:
        tokens = MARKDOWN.parse(self.text, self.env)
        skip_to = 0  # the line a raw table read on to ends before
        for position, token in enumerate(tokens):
            kind = token.type
            if skip_to and (token.map is None or token.map[0] < skip_to):
                continue  # inside the raw element read on (its blocks' closing tokens too)
            skip_to = 0
            if kind == "html_block" and self.divs is not None and token.map:
                self.count_divs(token, tokens, position)
            if kind == "html_block" and not token.level and (end := self.run_on(tokens, position)):
                skip_to = self.raw_element(token, end)
            elif kind in _LEAVES:
                top = self.stack[-1]
                self.leaf(kind, token, top, token.map or (top.start, top.end))
            elif kind in _CONTAINERS:
                top = self.stack[-1]
                lines = token.map or (top.start, top.end)
                block = Block(_CONTAINERS[kind], lines[0], lines[1])
                if kind == "list_item_open":
                    block.indent = _content_column(self.source_lines, token)
                top.children.append(block)
                self.stack.append(block)
            elif kind in _CLOSERS:
                self.close()
            elif kind == "thead_open":
                self.in_head = True
            elif kind == "thead_close":
                self.in_head = False
        return _cards_together(_without_data_blocks(self.root.children))

    def run_on(self, tokens: list[Token], position: int) -> tuple[int, bool] | None:
        """Where a raw element that a blank line does not end ends (the line after its end
        tag), as Python-Markdown reads it on, blank lines and all, and whether it holds
        Markdown's text (shown as written): a ``<table>``, a list (``<ul>``, ``<ol>``), a
        ``<div>`` of raw HTML throughout, or ``<details>`` over Markdown's lines. ``None``
        for any other block, and for an element marked to hold Markdown (``markdown="1"``):
        its talks are read as Markdown."""
        token = tokens[position]
        content = token.content
        if token.map is None:
            return None
        raw = opens_raw_element(content)
        if raw is not None:
            end = self._element_end(raw, tokens, position, token.map[1])
            if not _all_html(tokens[position + 1 :], end):
                return None if raw.markdown else (end, True)
            # a layout's cards, or another element's tables and lists (read to the same end)
            runs_on = raw.tag == "div" or _opens_run_on(content)
            return (end, False) if runs_on and end > token.map[1] else None
        element = self._run_on(content)
        if element is None:
            return None  # no table, list or raw div, or every one closed in the block (the usual)
        end = self._element_end(element, tokens, position, token.map[1])
        return (end, False) if end > token.map[1] else None

    def raw_element(self, token: Token, run_on: tuple[int, bool]) -> int:
        """Adds the blocks of a raw element that runs on past a blank line (its rows, items
        or cards; one block of raw HTML where it holds Markdown's text, none of it read),
        and gives the line after it."""
        assert token.map is not None
        start, (end, text) = token.map[0], run_on
        if text:
            self.stack[-1].children.append(Block("html", start, end))
        else:
            source = "\n".join(self.source_lines[start:end])
            self.stack[-1].children.extend(_html_blocks(source, start))
        return end

    @staticmethod
    def _run_on(content: str) -> Elements | None:
        """The reader of a block that opens a raw table or list it does not close, fed the
        block (``<br>\n<table …>``: what opens before the table is read too); ``None`` for
        any other."""
        if not content.startswith("<") or not _opens_run_on(content):
            return None
        element = Elements()
        element.feed(content)
        return element if element.depth > 0 else None

    def count_divs(self, token: Token, tokens: list[Token], position: int) -> None:
        """The ``<div>`` tags of a block of raw HTML; of the blocks after it too, up to its
        end tag, where it opens an element a blank line does not close (Python-Markdown
        reads it on to its end tag, blank lines and all: ``</div>`` indented after a blank
        line closes it, though CommonMark reads that line as code)."""
        assert self.divs is not None and token.map is not None
        start, end = token.map
        if start < self.divs_read or "div" not in token.content:
            return  # counted with the element it stands in; no div to count
        element = None if token.level or self.unclosed else opens_raw_element(token.content)
        if element is None:
            self.divs += html_divs(token.content, start)
            return
        end = self._element_end(element, tokens, position, end)
        self.divs += html_divs("\n".join(self.source_lines[start:end]), start)
        self.divs_read = end

    def _element_end(self, element: Elements, tokens: list[Token], position: int, end: int) -> int:
        """The line after an open raw element's end tag, read from the blocks after it (its
        own block's end when it has none)."""
        read_to = end
        for later in tokens[position + 1 : position + 1 + _RAW_BLOCKS * 4]:
            if later.level or not later.map:
                continue
            element.feed("\n" + "\n".join(self.source_lines[read_to : later.map[1]]))
            read_to = later.map[1]
            if element.depth <= 0:
                return read_to
        self.unclosed = True  # never closed: nor will later elements be looked for
        return end

    def close(self) -> None:
        """A container ends; a table's header row gives the rows after it their header."""
        block = self.stack.pop()
        if block.kind == "row":
            if self.in_head:
                self.header = [cell.visible().strip() for cell in block.cells]
                self.stack[-1].children.remove(block)
            else:
                block.header = self.header

    def leaf(self, kind: str, token: Token, top: Block, lines: Sequence[int]) -> None:
        if kind == "heading_open":
            self.pending = Block("heading", lines[0], lines[1], level=int(token.tag[1]))
            top.children.append(self.pending)
        elif kind == "paragraph_open":
            self.pending = Block("paragraph", lines[0], lines[1])
            top.children.append(self.pending)
        elif kind == "inline":
            paragraph = self.pending is not None and self.pending.kind == "paragraph"
            if paragraph and (table := _pipe_rows(token, lines[0], self.env)):
                top.children[-1] = table  # (the paragraph just opened)
                self.pending = None
                return
            inline = read_inline(token, lines[0], self.env)
            if top.kind == "row":
                top.cells.append(inline)
            elif self.pending is not None:
                if top.kind == "item" and top.children[0] is self.pending:
                    text = inline.text
                    inline.text = _without_task_marker(text)
                    top.task = inline.text != text
                self.pending.inline = inline
                self.pending = None
        elif kind in ("fence", "code_block"):
            top.children.append(Block("code", lines[0], lines[1]))
        elif kind == "hr":
            top.children.append(Block("rule", lines[0], lines[1]))
        elif kind == "html_block" and opens_inline_element(token.content):
            # "<span …>" over Markdown's lines: Python-Markdown reads a paragraph
            words = Token("inline", "", 0, content=token.content.rstrip("\n"))
            inline = _without_blank_lines(read_inline(words, lines[0], self.env))
            top.children.append(Block("paragraph", lines[0], lines[1], inline=inline))
        elif kind == "html_block":
            top.children.extend(_html_blocks(token.content, lines[0]))


_PIPE_ROW = lazy(r"\|.*\|")
"""A line written as a table's row: between pipes."""
_TIME_FIRST = lazy(r"\d{1,2}(?:[:.h]\d{2}(?:\s?[ap]\.?m)?\b|\s?[ap]\.?m\b)", re.I)
"""A cell that opens with a time (``10:15 - 11:00``, ``7:15pm``, ``6 pm``): a program's
slot."""


def _pipe_rows(token: Token, start: int, env: dict[str, object]) -> Block | None:
    """A paragraph whose lines, three or more, are each a table's row with as many cells,
    each opening with its time (``| 10:15 | Edge Caching | [Ann Lee](…) |``), and no line of
    dashes under the first: Markdown shows the lines as text, a reader sees a program with no
    header. Its rows are read where they stand, as any table's are (rows of days or weeks
    are left as written: which column titles them, no header says)."""
    if not token.content.startswith("|"):
        return None  # (most paragraphs: nothing to split)
    lines = [line.strip() for line in token.content.split("\n")]
    if len(lines) < 3 or not all(_PIPE_ROW.fullmatch(line) for line in lines):
        return None
    rows = [escapedSplit(line[1:-1]) for line in lines]
    if len({len(cells) for cells in rows}) != 1 or len(rows[0]) < 2:
        return None
    if not all(_TIME_FIRST.match(cells[0].strip()) for cells in rows):
        return None  # "| Day 1 | …", "| Week 3 | …": no program's slots
    table = Block("table", start, start + len(lines))
    for number, cells in enumerate(rows, start):
        row = Block("row", number, number + 1)
        for cell in cells:
            words = Token("inline", "", 0, content=cell.strip())
            row.cells.append(read_inline(words, number, env))
        table.children.append(row)
    return table


_DATA_OPENS = lazy(r"::(?P<name>[a-z][\w-]*)::")
"""The line that opens a block of data for another extension (``::cards:: cols=2``, as
neoteroi's ``cards``, ``timeline`` and ``spantable`` write them)."""


def _cards_together(blocks: list[Block]) -> list[Block]:
    """The page's blocks with HTML cards side by side (``<div class="card">`` after
    ``<div class="card">``) one list, as Markdown's items side by side are."""
    together: list[Block] = []
    for block in blocks:
        last = together[-1] if together else None
        if block.card and last is not None and last.card:
            last.children += block.children
            last.end = block.end
        else:
            together.append(block)
    return together


def _without_data_blocks(blocks: list[Block]) -> list[Block]:
    """The page's blocks but those between ``::cards::`` and ``::/cards::``: another
    extension's data (each item a card, ``- title: …`` over ``content: …``), no talk list,
    whatever its items say; a block never closed stays."""
    texts = [b.inline.text.strip() if b.kind == "paragraph" and b.inline else "" for b in blocks]
    if not any(text[:2] == "::" for text in texts):
        return blocks  # (most pages: no such block)
    closings: dict[str, list[int]] = {}  # each closing's positions, in order
    for position, block in enumerate(blocks):
        text = _last_line(block)  # a list's too: "::/cards::" right under its last item
        if text[:3] == "::/":
            closings.setdefault(text, []).append(position)
    kept: list[Block] = []
    at = 0
    while at < len(blocks):
        found = _DATA_OPENS.match(texts[at]) if texts[at][:2] == "::" else None
        after = closings.get(f"::/{found['name']}::", []) if found else []
        end = bisect.bisect_right(after, at)
        if end < len(after):
            at = after[end] + 1
        else:
            kept.append(blocks[at])
            at += 1
    return kept


def _last_line(block: Block) -> str:
    """The last line of the words a block ends with (its last nested block's), stripped."""
    while block.children:
        block = block.children[-1]
    text = block.inline.text if block.inline is not None else ""
    return text.rsplit("\n", 1)[-1].strip()


def checklist_task(item: Block) -> bool:
    """Whether a list item is a checklist's task that links nothing on its own line, over
    lines of its own (``- [x] Updates given in 2024`` over the links to them): no talk, nor a
    talk's field (a talk archive kept as a task list names each talk on its line: ``- [x]
    [Title](…)``, ``- [x] Title (von Ann Lee)``)."""
    first = item.children[0].inline if item.task and item.children else None
    if first is None:
        return False
    own, _, under = first.text.partition("\n")
    return bool(under.strip() or len(item.children) > 1) and "\x00" not in own


def _without_task_marker(text: str) -> str:
    """A list item's text without the task list's marker it opens with (``[x] Title``): a
    checkbox, no word of the item (``[x]`` alone stays)."""
    found = _TASK_MARKER.match(text) if text[:1] == "[" else None
    return text[found.end() :] if found else text


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


def _opens_run_on(content: str) -> bool:
    """Whether a block of raw HTML opens a table or a list it does not close."""
    return any(content.count(f"<{tag}") > content.count(f"</{tag}") for tag in _RUN_ON)


def _all_html(tokens: list[Token], end: int) -> bool:
    """Whether the blocks before line ``end`` are all raw HTML (or HTML indented past a
    blank line, which CommonMark reads as code): an element written in HTML throughout."""
    return all(
        token.type in ("html_block", "code_block")
        for token in tokens
        if not token.level and token.map and token.map[0] < end
    )


def _html_blocks(source: str, first: int) -> list[Block]:
    blocks = []
    for tag, line, end_line, text in html_elements(source):
        start = first + line - 1
        items = list_items(text) if tag in ("ul", "ol") else []
        if items:
            blocks.append(_html_list(items, start, first + end_line))
            continue
        rows = table_rows(text) if tag == "table" else []
        if rows:
            blocks.append(_html_table(rows, start, first + end_line))
            continue
        if ours(text):
            continue  # the plugin's own markup: nothing of the author's to read
        card = heading_card(tag, text)
        if card:
            blocks.append(_html_card(card, start, first + end_line))
            continue
        summary = summary_card(tag, text)
        if summary:
            blocks.append(_html_card(summary, start, first + end_line, summary=True))
            continue
        level = heading_level(tag, text)
        inside = None if level else inner_source(tag, text)
        inner = _html_blocks(inside[1], start + inside[0] - 1) if inside is not None else []
        if inner and (player := _player_card(inner, first + end_line)) is not None:
            blocks.append(player)  # "<div>" around a player and the words under it
            continue
        if inside is not None:  # "<div class="row">" around the cards: a wrapper
            for block in inner:
                block.wrapped = True
                block.wrapper_end = max(block.wrapper_end, first + end_line)
                blocks.append(block)
            continue
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


def _html_card(
    card: tuple[int, int, str, str], start: int, end: int, *, summary: bool = False
) -> Block:
    """An element that holds one heading and what follows it, as a list of one item: the
    heading its own line, the rest under it (read where it stands, as an HTML list is).
    ``summary``: the heading is a ``<details>``'s summary and keeps its lines that hold
    words (``<b>Ann Lee</b><br>Title``), else it is one line."""
    heading_line, rest_line, heading, rest = card
    at, rest_at = start + heading_line - 1, start + rest_line - 1
    title, body = html_inline(heading, at), _without_blank_lines(html_inline(rest, rest_at))
    if summary:
        _lines_with_words(title)
    else:
        title.text, title.breaks = " ".join(title.text.split()), []  # HTML's blanks: one space
    children = [
        Block("paragraph", at, rest_at + 1, inline=title, html=True),
        Block("paragraph", rest_at, end, inline=body, html=True),
    ]
    item = Block("item", at, end, children=children, html=True, summary=summary)  # its line
    return Block("list", start, end, children=[item], html=True, card=True)


def _player_card(inner: list[Block], end: int) -> Block | None:
    """An element that holds a player and a few words, each in its own element (``<div><div>
    <iframe …></div><div><b>Ann Lee</b><br> Title</div></div>``), as a list of one item: the
    words its line, the player under it; ``None`` for any other element."""
    read = [(b, b.inline) for b in inner if b.kind == "html" and b.inline is not None]
    if len(inner) != 2 or len(read) != 2:
        return None
    players = [b for b, inline in read if _shows_only(inline)]
    words = [(b, inline) for b, inline in read if not inline.embeds and inline.visible().strip()]
    if len(players) != 1 or len(words) != 1 or not _few_lines(words[0][1]):
        return None
    said, inline = words[0][0], _without_blank_lines(words[0][1])
    at = inline.lines()[0][0]
    line = Block("paragraph", at, said.end, inline=inline, html=True)
    item = Block("item", at, end, children=[line, players[0]], html=True, player=True)
    start = min(b.start for b in inner)
    return Block("list", start, end, children=[item], html=True, card=True)


def _shows_only(inline: Inline) -> bool:
    """Whether an element only shows a player, or an image in its place (``<img
    src="no-recording.png">``), no words."""
    return len(inline.embeds) + len(inline.images) == 1 and not inline.visible().strip()


def _few_lines(inline: Inline) -> bool:
    """Whether words are a card's line or two (at most :data:`_CARD_WORDS` that say any)."""
    return sum(1 for _, text in inline.lines() if text.strip()) <= _CARD_WORDS


_CARD_WORDS = 3
"""The most lines of the words beside a player in a card of raw HTML."""


def _lines_with_words(inline: Inline) -> None:
    """HTML's text without its blank lines, each line's blanks one space."""
    lines = [(line, " ".join(text.split())) for line, text in inline.lines() if text.strip()]
    if lines:
        inline.first_line = lines[0][0]
        inline.breaks = [line for line, _ in lines[1:]]
        inline.text = "\n".join(text for _, text in lines)


def _without_blank_lines(inline: Inline) -> Inline:
    """HTML's text without the blank lines it opens with (the lines between tags)."""
    lines = inline.lines()
    blank = next((n for n, (_, text) in enumerate(lines) if text.strip()), len(lines))
    if blank and blank < len(lines):
        inline.first_line = lines[blank][0]
        inline.breaks = inline.breaks[blank:]
        inline.text = inline.text.split("\n", blank)[blank]
    return inline


def _html_table(rows: list[Row], start: int, end: int) -> Block:
    """An HTML table as Markdown's: its first row of header cells names the columns of the
    rows after it."""
    table = Block("table", start, end, html=True)
    header: list[str] = []
    for row in rows:
        cells = [html_inline(cell.source, start + cell.line - 1) for cell in row]
        if not header and not table.children and all(cell.header for cell in row):
            header = [inline.visible().strip() for inline in cells]
            continue
        if not header and not table.children and (bold := _bold_names(cells)):
            header = bold  # "<td><b>Speaker</b></td>": a header row written in bold
            continue
        first, last = start + row[0].line - 1, start + row[-1].end_line
        block = Block("row", first, last, cells=cells, header=header, html=True)
        if any(cell.span > 1 for cell in row):
            block.spans = [cell.span for cell in row]
        table.children.append(block)
    return table


def _bold_names(cells: list[Inline]) -> list[str]:
    """The column names of a first row whose cells each open with bold words (``<b>Title</b>
    (click a title for its abstract)``); none for any other row."""
    names = []
    for inline in cells:
        visible = inline.visible().strip()
        bold = inline.strong[0].strip() if inline.strong else ""
        if not bold or not visible.startswith(bold) or "\x00" in inline.text:
            return []
        names.append(bold)
    return names if len(names) >= 2 else []


def _html_list(items: list[tuple[int, int, str]], start: int, end: int) -> Block:
    """An HTML list as Markdown's: each ``<li>`` an item holding one paragraph, or, where it
    holds a heading, the heading's words its first line and the rest under it."""
    children = []
    for line, end_line, text in items:
        at, last = start + line - 1, start + end_line
        titled = item_heading(text)
        if titled is not None:  # the heading's paragraph keeps its level: all title
            level, heading_line, heading, rest = titled
            heading_at = at + heading_line - 1
            paragraphs = [
                Block("paragraph", at, last, level, html_inline(heading, heading_at), html=True),
                Block("paragraph", at, last, inline=html_inline(rest, at), html=True),
            ]
        else:
            paragraphs = [Block("paragraph", at, last, inline=html_inline(text, at), html=True)]
        children.append(Block("item", at, last, children=paragraphs, html=True))
    return Block("list", start, end, children=children, html=True)
