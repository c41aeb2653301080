"""The per-page transformation, as a Python-Markdown extension.

Usable alone (``markdown_extensions: [roundup]``, or ``markdown.Markdown(extensions=[
RoundupExtension()])``) by any tool that runs Python-Markdown, and used by the MkDocs plugin,
which only adds site-wide knowledge (page paths, front matter, organizations named on
other pages) through :attr:`RoundupExtension.page`.

How a talk becomes a card without losing anything the author wrote:

1. a preprocessor (before raw HTML is stashed) parses the page with
   :func:`mkdocs_roundup.parse.parse_page` and rewrites each talk's source: the card's
   opening, meta line, media area and closing go in as stashed HTML; the heading and the
   author's text stay Markdown, minus the embeds and the speakers line the card shows; a
   paragraph of plain prose, which Markdown would render as ``<p>text</p>`` untouched, the
   card puts in as that HTML itself (see :mod:`mkdocs_roundup.shortcuts`);
2. before ``toc`` runs, each talk gets its heading: where Python-Markdown would render the
   heading as written as plain text and links (the usual ``### Title, [Name](…)``), the card
   makes a heading showing the title, with the anchor ``toc`` would have given the heading as
   written, so existing deep links keep working (and Markdown has no links to parse); other
   headings stay as written and get ``data-toc-label`` (the TOC shows the title alone);
   heading-less talks get a real heading here;
3. after ``toc``, the text of a heading kept as written is replaced by the title (speakers
   now sit under it).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE, AtomicString

from . import language, shortcuts
from .labels import label_table
from .log import log
from .parse import (
    PagePlan,
    TalkPlan,
    _without,
    parse_page,
    rewrite_docusaurus,
    split_front_matter,
)
from .render import CardRenderer


@dataclass
class PageContext:
    """One page's exchange between the MkDocs plugin and the extension: what the plugin knows
    of the page (set before the page is converted) and what the extension made of it (read
    after). Used alone, the extension makes one per document from its front matter."""

    path: str
    meta: Mapping[str, Any]
    first_line: int = 1
    known_orgs: frozenset[str] = frozenset()
    enabled: bool = True
    plan: PagePlan | None = None
    """A plan made earlier from the same text (reused instead of parsing twice)."""
    posters: Mapping[str, str] = field(default_factory=dict)
    """Poster image URLs (relative to the page) by ``provider:id``."""

    result: PagePlan | None = None
    """Made by the extension: the page's plan as rendered, with the anchors ``toc`` gave."""
    replanned: bool = False
    """Whether :attr:`result` is other than :attr:`plan`: the page was parsed again (its text
    is not the text planned), or ``toc`` gave some talk another anchor."""
    chrome: list[tuple[str, bool]] = field(default_factory=list)
    """The cards' markup around their headings and the author's text, in page order, each
    with whether its text is for search to read (see :mod:`mkdocs_roundup.chrome`)."""
    facades: list[str] = field(default_factory=list)
    """The addresses of the click-to-load facades the cards write."""


@dataclass
class _Render:
    page: PageContext
    plan: PagePlan
    opens: dict[str, int] = field(default_factory=dict)
    headings: dict[str, int] = field(default_factory=dict)
    """Placeholders of the headings the card makes, by talk."""
    anchored: set[int] = field(default_factory=set)
    """Talks whose made heading takes the anchor of the heading as written (the headings
    kept as written that the card makes, see :mod:`mkdocs_roundup.shortcuts`)."""
    paragraphs: set[str] = field(default_factory=set)
    """The talks' plain-text paragraphs the card makes (see :mod:`mkdocs_roundup.shortcuts`)."""
    stashed: dict[str, str] = field(default_factory=dict)
    """The cards' own HTML (frames and made paragraphs, not headings) by placeholder: where
    they follow each other, one block (see :func:`mkdocs_roundup.shortcuts.merge_stashed`)."""

    def store(self, stash: Callable[[str], str], html: str) -> str:
        """``html`` stashed as the card's own; its placeholder."""
        placeholder = stash(html)
        self.stashed[placeholder] = html
        return placeholder


class RoundupExtension(Extension):
    """Render roundup pages (pages of two or more talks) as talk cards."""

    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "embeds": ["facade", "How embeds load: facade, lazy or eager"],
            "min_talks": [2, "How many talks make a page a roundup"],
            "known_organizations": [[], "Names that are organizations, never speakers"],
            "path": ["<markdown>", "The name used for this document in warnings"],
            "field_labels": [{}, "More label words by role: {speakers: [...], slides: [...]}"],
            "language": ["en", "The language of the words on the cards (en, de, fr, …)"],
        }
        super().__init__(**kwargs)
        self.page: PageContext | None = None
        """Set by the MkDocs plugin before each page; ``None`` when used alone."""
        self.renderer: CardRenderer | None = None
        self._converted: PageContext | None = None

    @property
    def result(self) -> PagePlan | None:
        """The plan of the last page converted, with its rendered talk ids."""
        return self._converted.result if self._converted is not None else None

    def extendMarkdown(self, md: Markdown) -> None:
        md.registerExtension(self)
        # After whitespace is normalized (30), before fenced code blocks are stashed (25,
        # Python-Markdown's and pymdownx.superfences'): the page as it was read and planned.
        md.preprocessors.register(_CardPreprocessor(md, self), "roundup", 28)
        # After every other preprocessor (raw HTML is stashed at 20).
        md.preprocessors.register(_MadeParagraphs(md, self), "roundup_paragraphs", 10)
        # Before the inline patterns (20): the cards' own paragraphs need none.
        md.treeprocessors.register(_StashedParagraphs(md, self), "roundup_stashed", 25)
        md.treeprocessors.register(_HeadingLabels(md, self), "roundup_labels", 6)
        md.treeprocessors.register(_HeadingTitles(md, self), "roundup_titles", 4)
        self._state: _Render | None = None

    def reset(self) -> None:
        self._converted = None
        self._state = None

    def card_renderer(self) -> CardRenderer:
        if self.renderer is None:
            self.renderer = CardRenderer(
                embeds=str(self.getConfig("embeds")),
                language=language.load(str(self.getConfig("language"))),
            )
        return self.renderer


def _toc_settings(md: Markdown) -> tuple[Any, str]:
    from markdown.extensions.toc import slugify

    if "toc" in md.treeprocessors:
        toc = md.treeprocessors["toc"]
        return getattr(toc, "slugify", slugify), getattr(toc, "sep", "-")
    return slugify, "-"


class _CardPreprocessor(Preprocessor):
    def __init__(self, md: Markdown, ext: RoundupExtension) -> None:
        super().__init__(md)
        self.ext = ext

    def run(self, lines: list[str]) -> list[str]:
        ext = self.ext
        ext._state = None
        page = ext.page
        if page is not None and not page.enabled:
            return lines
        text = "\n".join(lines)
        if page is None:  # used alone: the document's own front matter
            meta, text, skipped = split_front_matter(text)  # the offsets are into the body
            about = PageContext(str(ext.getConfig("path")), meta, first_line=1 + skipped)
        else:
            about = page
        ext._converted = about
        plan = about.plan if about.plan is not None and about.plan.made_from(text) else None
        log.debug("%s: %s", about.path, "plan reused" if plan else "parsing")
        if plan is None:
            known = frozenset(ext.getConfig("known_organizations"))
            slugify, separator = _toc_settings(self.md)
            plan = parse_page(
                text,
                path=about.path,
                meta=about.meta,
                first_line=about.first_line,
                known_orgs=about.known_orgs | known,
                min_talks=int(ext.getConfig("min_talks")),
                slugify=slugify,
                separator=separator,
                labels=label_table(ext.getConfig("field_labels")),
            )
            about.replanned = True
        for diagnostic in plan.diagnostics:
            log.warning("%s", diagnostic)
        for note in plan.notes:
            log.info("%s", note)
        about.result = plan
        if not plan.talks:
            return rewrite_docusaurus(text).split("\n") if page is not None else lines
        return rewrite_docusaurus(self.cards(about, plan, text)).split("\n")

    def cards(self, page: PageContext, plan: PagePlan, text: str) -> str:
        """``text`` (the text ``plan`` was made from) with each talk's source made a card."""
        renderer = self.ext.card_renderer()
        made = shortcuts.headings(self.md, plan, text)
        state = _Render(page, plan, anchored=made)
        md_stash = self.md.htmlStash.store

        def stash(html: str) -> str:
            return state.store(md_stash, html)

        page.chrome, page.facades = [], []
        out: list[str] = []
        cursor = 0
        bodies: list[str] = []
        for index, item in enumerate(plan.talks):
            if item.in_place:
                continue  # read, not rewritten (a table row)
            card = renderer.card(item.card or item.talk, page.posters)
            head, meta, foot = renderer.cut(card)
            page.facades += renderer.facades(card)
            page.chrome += [(head, False), (meta, True), (foot, False)]
            out.append(text[cursor : item.start])
            chunk: list[str] = []
            opening = stash(head)
            state.opens[opening] = index
            chunk.append(f"\n\n{opening}\n\n")
            if item.keeps_heading and index not in made:
                heading = text[item.start : item.heading_end].rstrip("\n")
                chunk.append(_dedent(heading, item.nest) + "\n\n")
            else:
                placeholder = md_stash(_heading_html(item))
                state.headings[placeholder] = index
                chunk.append(f"{placeholder}\n\n")
            if meta:
                chunk.append(f"{stash(meta)}\n\n")
            chunk.append(item.open_fix)
            body = _without(text, item.heading_end, item.end, item.removals).strip("\n")
            if item.indent or item.nest:
                body = _dedent(body, item.indent + item.nest)
            bodies.append(body)
            chunk.append(body)
            chunk.append(f"{item.close_fix}\n\n")
            chunk.append(f"{stash(foot)}\n\n")
            out.append(_indent("".join(chunk), item.nest) if item.nest else "".join(chunk))
            cursor = item.end
        out.append(text[cursor:])
        self.ext._state = state
        paragraphs = shortcuts.paragraphs(self.md, bodies)
        result = "".join(out)
        if paragraphs and not shortcuts.may_take_blocks(result):
            # Nothing can take the paragraphs in: they go in now, before Markdown's raw HTML
            # pass reads the page (the larger part of its text is these paragraphs).
            result = shortcuts.put_paragraphs(result, paragraphs, stash)
        else:
            state.paragraphs = paragraphs  # put in by _MadeParagraphs, after the raw HTML pass
        return result


def _dedent(text: str, columns: int) -> str:
    """``text`` with up to ``columns`` leading spaces taken off each line (a list item's
    children become the card's own blocks)."""
    return "\n".join(
        line[min(columns, len(line) - len(line.lstrip(" "))) :] for line in text.split("\n")
    )


def _indent(text: str, columns: int) -> str:
    """``text`` with each line but blank ones indented by ``columns`` (a card inside one of
    Material's containers, ``=== "2024"``)."""
    pad = " " * columns
    return "\n".join(pad + line if line.strip() else line for line in text.split("\n"))


def _heading_html(item: TalkPlan) -> str:
    """The heading a card makes, as HTML. A tree processor puts the heading in the place of
    its placeholder, for ``toc`` to see; this HTML shows only where no tree processor looks
    (the card inside raw HTML, or nested in a list or a block quote), so that the title is
    never lost."""
    talk = item.talk
    anchor = f' id="{html.escape(talk.id)}"' if talk.id else ""
    return f"<h{item.level}{anchor}>{html.escape(talk.title)}</h{item.level}>"


class _MadeParagraphs(Preprocessor):
    """Last of the preprocessors: the talks' plain paragraphs that are still there as written
    (not taken into raw HTML or a code block by an earlier one) go in as the card's HTML,
    and the card's HTML blocks that follow each other become one."""

    def __init__(self, md: Markdown, ext: RoundupExtension) -> None:
        super().__init__(md)
        self.ext = ext

    def run(self, lines: list[str]) -> list[str]:
        state = self.ext._state
        if state is None:
            return lines
        stash = self.md.htmlStash
        text = "\n".join(lines)
        if state.paragraphs:
            text = shortcuts.put_paragraphs(
                text, state.paragraphs, partial(state.store, stash.store)
            )
        return shortcuts.merge_stashed(text, state.stashed, stash, state.opens).split("\n")


class _CardTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, ext: RoundupExtension) -> None:
        super().__init__(md)
        self.ext = ext

    def run(self, root: etree.Element) -> None:
        if self.ext._state is not None:
            self.cards(root, self.ext._state)

    def cards(self, root: etree.Element, state: _Render) -> None:
        raise NotImplementedError


class _StashedParagraphs(_CardTreeprocessor):
    """A paragraph that is only a piece of stashed HTML (a card's frame, a paragraph the
    card made) holds no inline markup: its text is marked so that Python-Markdown's inline
    patterns skip it, rather than each trying every such paragraph of the page in turn
    (a third of the Markdown time left on a page of 30 cards, ``benchmarks/stage_times.py``).
    What the page shows is the same: no pattern finds anything in a placeholder."""

    def cards(self, root: etree.Element, state: _Render) -> None:
        placeholder = HTML_PLACEHOLDER_RE.fullmatch
        for paragraph in root.iter("p"):
            text = paragraph.text
            if text and not len(paragraph) and placeholder(text):
                paragraph.text = AtomicString(text)


class _HeadingLabels(_CardTreeprocessor):
    """Before ``toc``: label talk headings with their title; give heading-less talks one."""

    def cards(self, root: etree.Element, state: _Render) -> None:
        children = list(root)
        for position, child in enumerate(children):
            if child.tag != "p" or not child.text or len(child):
                continue
            marker = child.text.strip()
            if marker in state.opens:
                index = state.opens[marker]
                item = state.plan.talks[index]
                heading = children[position + 1] if position + 1 < len(children) else None
                if (
                    item.keeps_heading
                    and heading is not None
                    and re.fullmatch(r"h[1-6]", heading.tag)
                ):
                    heading.set("data-toc-label", item.talk.title)
                    heading.set("data-roundup-heading", str(index))
            elif marker in state.headings:
                index = state.headings[marker]
                item = state.plan.talks[index]
                tail = child.tail
                child.clear()
                child.tag, child.text, child.tail = f"h{item.level}", item.talk.title, tail
                if index in state.anchored:
                    child.set("id", item.talk.id)
                child.set("data-roundup-heading", str(index))


class _HeadingTitles(_CardTreeprocessor):
    """After ``toc``: the heading shows the title; the anchor it was given stays."""

    def cards(self, root: etree.Element, state: _Render) -> None:
        talks = state.plan.talks
        changed: dict[int, str] = {}
        for heading in root.iter():
            index_text = heading.get("data-roundup-heading")
            if index_text is None:
                continue
            del heading.attrib["data-roundup-heading"]
            index = int(index_text)
            item = talks[index]
            id_ = heading.get("id")
            if id_ and id_ != item.talk.id:
                changed[index] = id_
            if item.keeps_heading and item.retitle and index not in state.anchored:
                _retitle(heading, item.talk.title)
        if changed:  # toc gave some heading another id (a duplicate, a custom slugify)
            talks = tuple(
                replace(t, talk=replace(t.talk, id=changed[i])) if i in changed else t
                for i, t in enumerate(talks)
            )
            state.page.result = replace(state.plan, talks=talks)
            state.page.replanned = True


def _retitle(heading: etree.Element, title: str) -> None:
    """Replace a heading's content by ``title``, keeping ``toc``'s permalink or anchor link."""
    anchor = next((a for a in heading if a.tag == "a" and a.get("class") in {"toclink"}), None)
    target = anchor if anchor is not None else heading
    keep = [a for a in heading if a.tag == "a" and "headerlink" in (a.get("class") or "")]
    for child in list(target):
        target.remove(child)
    target.text = title
    if anchor is not None:
        for child in list(heading):
            if child is not anchor:
                heading.remove(child)
        heading.text = None
    for link in keep:
        link.tail = None
        heading.append(link)


def makeExtension(**kwargs: Any) -> RoundupExtension:
    return RoundupExtension(**kwargs)
