"""Inline content of a block: its visible text, with each link lifted out as a
``\\x00N\\x00`` slot (the form :mod:`mkdocs_roundup.people` reads), the links themselves,
the strong texts, the code, and the embeds (``<iframe>``) with their source lines.

HTML, inline or in blocks, is read here by :mod:`html.parser`; Markdown's inline content by
:mod:`~mkdocs_roundup.markdown_inline`. Code (inline), comments and attribute values other
than the few that name media never reach the later stages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from .patterns import lazy

_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "header", "hr", "li", "main", "nav", "ol", "p",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"
})  # fmt: skip
_SKIPPED_TAGS = frozenset({"script", "style", "template", "textarea", "code", "pre"})


@dataclass(frozen=True, slots=True)
class Image:
    src: str
    alt: str
    title: str | None


SLOT = lazy(r"\x00(\d+)\x00")
"""A link lifted out of a line's text (:class:`Inline`)."""
ONE_LINK = lazy(r"\s*\x00(\d+)\x00\s*")
"""Words that are one link and nothing more."""
ONE_SLOT = lazy(r"\s*\x00(\d+)\x00\s*\.?\s*")
"""A line that is one link (and perhaps the sentence's closing dot)."""
_FOOTNOTE_MARK = lazy(r"\^[\w-]{1,20}")
"""A footnote's mark, as a reference link's text (``[^2]``, its note defined below)."""


_SHORTCODE = lazy(r"\{\{[<%][^{}]{0,80}[>%]\}\}")
"""A Hugo shortcode in a link's text (``{{< fa fab youtube 2x >}}``, ``{{% mark %}}``): an
icon or a mark a site's theme draws, no word."""


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
    icon: str | None = None
    """The media an icon in the link's text names (``[<i class="fab fa-slideshare"></i>
    Title](…)``: ``slides``), as Font Awesome's classes name it."""


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
    emphasis: list[str] = field(default_factory=list)
    """The texts written in emphasis outside links (``_…_``, ``*…*``, ``<em>``)."""
    code: list[str] = field(default_factory=list)
    """The texts written as code: shown as they are, never read as links or URLs."""
    first_line: int = 0
    breaks: list[int] = field(default_factory=list)
    """The source line each of the text's line breaks starts (a link broken over two lines
    is one line of the text)."""
    _visible: str | None = field(default=None, init=False, repr=False, compare=False)
    """:meth:`visible` of the whole text, once asked for (each stage of the reader asks)."""

    def lines(self) -> list[tuple[int, str]]:
        """The lines (links as slots), each with the source line it starts on."""
        if "\n" not in self.text:
            return [(self.first_line, self.text)]
        starts = [self.first_line, *self.breaks]
        return list(zip(starts, self.text.split("\n"), strict=True))

    def lone_emphasis(self, text: str) -> tuple[str, str, str] | None:
        """The one emphasized run of ``text`` (``… _Title_ …``), with what stands before and
        after it; ``None`` where there are several, none, or it opens the line."""
        if len(self.emphasis) != 1:
            return None
        run = self.emphasis[0]
        at = text.find(run)
        return (text[:at], run, text[at + len(run) :]) if at > 0 else None

    def visible(self, text: str | None = None) -> str:
        """``text`` (default: all of it) with each link slot replaced by the link's text."""
        if text is None or text == self.text:  # (a one-line text's line: all of it)
            if self._visible is None:
                self._visible = self._shown(self.text)
            return self._visible
        return self._shown(text)

    def _shown(self, text: str) -> str:
        if "\x00" not in text:
            return text
        parts = text.split("\x00")
        for n in range(1, len(parts), 2):
            parts[n] = self.links[int(parts[n])].text if parts[n].isdigit() else ""
        return "".join(parts)


def _outer_parentheses(text: str) -> tuple[str, str]:
    """The parenthesis a link's text opens with and the one it ends with, where each
    holds the whole text or is not closed inside it (``[(Ann Lee)](…)``, ``[(Ann Lee,
    ](…)[Bo Lind)](…)``): the words around the link, not the link's own; one word in
    parentheses (``[(Link)](…)``, ``[(GitHub)](…)``) is a link's mark, as written."""
    if len(text) < 3 or not (text[0] == "(" or text[-1] == ")") or " " not in text.strip("() "):
        return "", ""  # "[(Link)](…)", "[(GitHub)](…)", "[(Agenda)](…)": the link's mark
    inner = text[1:-1]
    opens = "(" if text[0] == "(" and ")" not in inner else ""
    closes = ")" if text[-1] == ")" and "(" not in inner else ""
    if opens and closes and "," in inner:
        return "", ""  # "[(Ann Lee, Northwind)](…)": who and where, one link, as written
    return opens, closes


def plain_inline(text: str, first_line: int) -> Inline:
    """The inline content of ``text`` that holds no markup: the text as it is, a line break
    at each of its newlines (most of a page's prose; no builder needed)."""
    breaks = list(range(first_line + 1, first_line + 1 + text.count("\n")))
    return Inline(text, first_line=first_line, breaks=breaks)


@dataclass
class _Run:
    """The text written inside a mark that may nest (strong, emphasis), kept until the
    outermost one closes."""

    depth: int = 0
    parts: list[str] = field(default_factory=list)

    def close(self, into: list[str]) -> None:
        """Close one mark; at the outermost, add its words to ``into``."""
        self.depth = max(0, self.depth - 1)
        if not self.depth:
            text = " ".join("".join(self.parts).split())
            if text:
                into.append(text)
            self.parts = []


class InlineBuilder:
    """Builds an :class:`Inline` from Markdown tokens and HTML fragments alike."""

    def __init__(self, first_line: int) -> None:
        self.out = Inline(first_line=first_line)
        self.parts: list[str] = []
        self.link: Link | None = None
        self.link_parts: list[str] = []
        self.strong = _Run()
        self.em = _Run()
        self.skip = 0
        self.newlines = 0
        self.joining = False
        """Whether the text goes on on the line of a term (``<dt>``) until a definition's
        first words."""
        self.slot_at = 0
        """Where in :attr:`parts` the last link's slot stands."""

    @property
    def line(self) -> int:
        return self.out.first_line + self.newlines

    def text(self, value: str) -> None:
        if self.skip or not value:
            return
        if self.joining and value.strip():
            self.joining = False
        if self.link is not None:
            self.link_parts.append(value)
        else:
            if value[0] == ")" and self._closes_link():
                value = value[1:]
                if not value:
                    return
            self.parts.append(value)
        if self.strong.depth:
            self.strong.parts.append(value)
        if self.em.depth and self.link is None:
            self.em.parts.append(value)

    def _closes_link(self) -> bool:
        """``[(Ann Lee](…))``: a ``)`` right after a link whose text opens a parenthesis
        closes it; it is the link's text (taken into it)."""
        links = self.out.links
        if not links or self.slot_at != len(self.parts) - 1:
            return False
        slot = self.parts[-1]
        link = links[-1]
        if not slot.endswith("\x00") or link.text.count("(") <= link.text.count(")"):
            return False
        link.text += ")"
        return True

    def newline(self) -> None:
        if self.joining:  # a definition's first words join its term's line
            self.newlines += 1
            self.parts.append(" ")
            return
        self.newlines += 1
        if self.link is not None:
            self.link_parts.append(" ")  # a link's text is one line, wherever it breaks
        else:
            self.parts.append("\n")
            self.out.breaks.append(self.line)

    def paragraph_break(self) -> None:
        """A paragraph of HTML opens (``<p>``): its text starts a line, after any text."""
        if self.link is None and self._line_has_text():
            self.line_break()

    def _line_has_text(self) -> bool:
        """Whether the text's last line holds more than blanks."""
        for part in reversed(self.parts):
            if part.strip(" "):
                return not part.rstrip(" ").endswith("\n")
        return False

    def line_break(self) -> None:
        """A break in the text where the source goes on on the same line (``<br>``)."""
        if self.link is not None:
            self.link_parts.append(" ")
        else:
            self.parts.append("\n")
            self.out.breaks.append(self.line)

    def open_link(self, href: str, *, html: bool = False) -> None:
        if self.link is not None:
            self.close_link()
        self.link = Link("", href.strip(), self.line, html=html, strong=self.strong.depth > 0)
        self.link_parts = []

    def close_link(self) -> None:
        link = self.link
        if link is None:
            return
        raw = "".join(self.link_parts)
        link.text = " ".join(raw.split())
        if link.text[:1] == "^" and _FOOTNOTE_MARK.fullmatch(link.text):
            link.text = ""  # "Title[^2]" with its note "[^2]: …" defined: a mark, no word
        elif "{{" in link.text:
            link.text = " ".join(_SHORTCODE.sub(" ", link.text).split())  # Hugo's icons
        link.end_line = self.line
        self.link = None
        if self._continues(link):
            return
        before = " " if raw[:1].isspace() else ""
        after = " " if raw[-1:].isspace() else ""  # "<a>Title </a>- Name": the blank stays
        opens, closes = _outer_parentheses(link.text)
        if opens or closes:  # "Title [(Ann Lee)](…)": as "Title ([Ann Lee](…))"
            link.text = link.text[len(opens) : len(link.text) - len(closes)].strip(" ,")
        self.slot_at = len(self.parts)
        self.parts.append(f"{before}{opens}\x00{len(self.out.links)}\x00{closes}{after}")
        self.out.links.append(link)

    def _continues(self, link: Link) -> bool:
        """``[Title (](deck.pdf) [Ann Lee)](deck.pdf)``: a link right after one to the same
        target, with only a blank between, is that link's text going on."""
        previous = self.out.links[-1] if self.out.links else None
        if previous is None or previous.href != link.href or not link.text or link.images:
            return False
        between = self.parts[self.slot_at + 1 :]
        if any(part.strip() or "\n" in part for part in between):
            return False
        previous.text = f"{previous.text} {link.text}"
        previous.end_line = link.end_line
        del self.parts[self.slot_at + 1 :]
        return True

    def image(self, src: str, alt: str, title: str | None) -> None:
        image = Image(src.strip(), alt, title)
        if self.link is not None:
            self.link.images.append(image)
        else:
            self.out.images.append(image)

    def open_strong(self) -> None:
        if self.link is not None and not "".join(self.link_parts).strip():
            self.link.strong = True
        self.strong.depth += 1

    def close_strong(self) -> None:
        self.strong.close(self.out.strong)

    def open_em(self) -> None:
        self.em.depth += 1

    def close_em(self) -> None:
        self.em.close(self.out.emphasis)

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
        if self.strong.depth:
            self.close_strong()
        if self.em.depth:
            self.close_em()
        self.out.text = "".join(self.parts)
        return self.out


Span = tuple[int, int, int, int]


_PLAYER_COMPONENT = lazy(r"[a-z]*(?:iframe|youtube|vimeo)[a-z]*|[a-z]*player")
"""A component of MDX or a site's theme that shows a player by its ``src`` (or its ``url``),
written as a tag (``<YouTubeIframe src="https://www.youtube.com/embed/…" />``,
``<ReactPlayer url='https://youtu.be/…' />``): read as an iframe is (its player is built
only for a host the plugin knows)."""


def _component_src(attrs: dict[str, str | None]) -> str | None:
    """What a player's component shows: its ``src``, or its ``url`` (``ReactPlayer``)."""
    return attrs.get("src") or attrs.get("url")


class HtmlReader(HTMLParser):
    """Reads HTML into an :class:`InlineBuilder`: text, links, images, iframes, strong."""

    def __init__(self, builder: InlineBuilder, first_line: int = 0) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = builder
        self.first_line = first_line
        self.iframe: tuple[dict[str, str | None], tuple[int, int]] | None = None

    def _at(self) -> tuple[int, int]:
        line, column = self.getpos()
        return self.first_line + line - 1, column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        b = self.builder
        if tag == "script" and self.iframe is None:
            self.iframe = _script_embed(dict(attrs), self._at())
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
        elif tag in ("em", "i"):
            b.open_em()
            if tag == "i" and b.link is not None and (icon := icon_media(dict(attrs))):
                b.link.icon = icon  # "[<i class="fab fa-youtube"></i> Title](…)"
        elif tag == "br":
            b.line_break()
        elif tag == "p" or tag == "dt":
            b.paragraph_break()
        elif tag in _BLOCK_TAGS:
            b.text(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "iframe":
            self.builder.embed_tag(dict(attrs), False, None)  # "<iframe/>" runs on in HTML
        elif _PLAYER_COMPONENT.fullmatch(tag) and (src := _component_src(dict(attrs))):
            self.builder.embed_tag({**dict(attrs), "src": src}, True, None)  # it closes itself
        elif tag not in _SKIPPED_TAGS:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        b = self.builder
        if tag == "script" and self.iframe is not None:
            self._end_embed(tag)  # a deck's script embed
            b.skip = max(0, b.skip - 1)
        elif tag in _SKIPPED_TAGS:
            b.skip = max(0, b.skip - 1)
        elif tag == "a":
            b.close_link()
        elif tag == "iframe" and self.iframe is not None:
            self._end_embed(tag)
        elif tag in ("strong", "b"):
            b.close_strong()
        elif tag in ("em", "i"):
            b.close_em()
        elif tag == "dt":  # "<dt>Talk Title</dt><dd>Title</dd>": "Talk Title: Title"
            b.text(": ")
            b.joining = True
        elif tag == "br":  # "</br>": a browser breaks the line, as at "<br>"
            b.line_break()
        elif tag in _BLOCK_TAGS:
            b.text(" ")

    def _end_embed(self, tag: str) -> None:
        assert self.iframe is not None
        attrs, (line, column) = self.iframe
        end_line, end_column = self._at()
        end_column += len(f"</{tag}>")
        self.builder.embed_tag(attrs, True, (line, column, end_line, end_column))
        self.iframe = None

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


_ICON_MEDIA = lazy(
    r"\bfa-(?:(?P<slides>slideshare|speaker-deck)|(?P<video>youtube|vimeo(?:-v|-square)?))(?![\w-])"
)
"""A Font Awesome icon's class that names where a talk's media is (``fa-slideshare``,
``fa-youtube``); not one of any video or any lesson (``fa-video``, ``fa-chalkboard``),
which a webinar's or a course's link shows too."""


def icon_media(attrs: dict[str, str | None]) -> str | None:
    """``slides`` or ``video`` when an icon's classes name one, else ``None``."""
    found = _ICON_MEDIA.search(attrs.get("class") or "")
    if found is None:
        return None
    return "slides" if found["slides"] else "video"


def _script_embed(
    attrs: dict[str, str | None], at: tuple[int, int]
) -> tuple[dict[str, str | None], tuple[int, int]] | None:
    """Speaker Deck's script embed (``<script class="speakerdeck-embed" data-id="…">``):
    the deck its player shows, read as that player's iframe. No other script is read."""
    deck = (attrs.get("data-id") or "").strip()
    classes = (attrs.get("class") or "").split()
    if "speakerdeck-embed" not in classes or not deck.isalnum():
        return None
    return {"src": f"https://speakerdeck.com/player/{deck}", "title": attrs.get("title")}, at


def truncated_tags(text: str, builder: InlineBuilder) -> None:
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


def html_inline(source: str, first_line: int) -> Inline:
    """The inline content of a piece of raw HTML."""
    builder = InlineBuilder(first_line)
    reader = HtmlReader(builder, first_line)
    cut = truncated_at(source)
    reader.feed(source[:cut])
    reader.close()
    if cut < len(source):  # a tag never ended: read by its attributes, shown as written
        builder.newlines = source.count("\n", 0, cut)
        truncated_tags(source[cut:], builder)
    return builder.finish()


def truncated_at(source: str) -> int:
    """Where a tag that never ends starts in ``source`` (its length if none does)."""
    at = source.rfind("<")
    return at if at != -1 and ">" not in source[at:] else len(source)
