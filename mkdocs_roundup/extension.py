"""The per-page transformation, as a Python-Markdown extension.

Usable alone (``markdown_extensions: [roundup]``, or ``markdown.Markdown(extensions=[
RoundupExtension()])``) by any tool that runs Python-Markdown, and used by the MkDocs plugin,
which only adds site-wide knowledge (page paths, front matter, organizations named on
other pages) through :attr:`RoundupExtension.page`.

How a talk becomes a card without losing anything the author wrote:

1. a preprocessor (before raw HTML is stashed) parses the page with
   :func:`mkdocs_roundup.parse.parse_page` and rewrites each talk's source: the card's
   opening, meta line, media area and closing go in as stashed HTML; the heading and the
   author's text stay Markdown, minus the embeds and the speakers line the card shows;
2. before ``toc`` runs, each talk heading gets ``data-toc-label`` (the TOC shows the title
   alone) while its anchor is still computed from the text as written, so existing deep
   links keep working; heading-less talks get a real heading here;
3. after ``toc``, the heading's text is replaced by the title (speakers now sit under it).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from .log import log
from .model import Diagnostic
from .parse import PagePlan, _without, parse_page, rewrite_docusaurus, split_front_matter
from .render import CardRenderer


@dataclass
class PageContext:
    """What the MkDocs plugin knows about the page being rendered."""

    path: str
    meta: Mapping[str, Any]
    first_line: int = 1
    known_orgs: frozenset[str] = frozenset()
    enabled: bool = True
    plan: PagePlan | None = None
    """A plan made earlier from the same text (reused instead of parsing twice)."""
    posters: Mapping[str, str] = field(default_factory=dict)
    """Poster image URLs (relative to the page) by ``provider:id``."""


@dataclass
class _Render:
    plan: PagePlan
    opens: dict[str, int] = field(default_factory=dict)
    headings: dict[str, int] = field(default_factory=dict)
    ids: dict[int, str] = field(default_factory=dict)


def report(diagnostics: tuple[Diagnostic, ...] | list[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        log.warning("%s", diagnostic)


class RoundupExtension(Extension):
    """Render roundup pages (pages of two or more talks) as talk cards."""

    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "embeds": ["facade", "How embeds load: facade, lazy or eager"],
            "min_talks": [2, "How many talks make a page a roundup"],
            "known_organizations": [[], "Names that are organizations, never speakers"],
            "path": ["<markdown>", "The name used for this document in warnings"],
        }
        super().__init__(**kwargs)
        self.page: PageContext | None = None
        """Set by the MkDocs plugin before each page; ``None`` when used alone."""
        self.renderer: CardRenderer | None = None
        self.result: PagePlan | None = None
        """The plan of the last page converted, with its rendered talk ids."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.registerExtension(self)
        md.preprocessors.register(_CardPreprocessor(md, self), "roundup", 25)
        md.treeprocessors.register(_HeadingLabels(md, self), "roundup_labels", 6)
        md.treeprocessors.register(_HeadingTitles(md, self), "roundup_titles", 4)
        self._state: _Render | None = None

    def reset(self) -> None:
        self.result = None
        self._state = None

    def card_renderer(self) -> CardRenderer:
        if self.renderer is None:
            self.renderer = CardRenderer(embeds=str(self.getConfig("embeds")))
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
        plan = (
            page.plan
            if page is not None and page.plan is not None and page.plan.made_from(text)
            else None
        )
        log.debug("%s: %s", page.path if page else "-", "plan reused" if plan else "parsing")
        if plan is None:
            slugify, separator = _toc_settings(self.md)
            known = frozenset(ext.getConfig("known_organizations"))
            options: dict[str, Any] = {
                "slugify": slugify,
                "separator": separator,
                "min_talks": int(ext.getConfig("min_talks")),
            }
            if page is None:
                meta, text, skipped = split_front_matter(text)  # the offsets are into the body
                plan = parse_page(
                    text,
                    path=str(ext.getConfig("path")),
                    meta=meta,
                    first_line=1 + skipped,
                    known_orgs=known,
                    **options,
                )
            else:
                plan = parse_page(
                    text,
                    path=page.path,
                    meta=page.meta,
                    first_line=page.first_line,
                    known_orgs=page.known_orgs | known,
                    **options,
                )
        report(plan.diagnostics)
        ext.result = plan
        if not plan.talks:
            return rewrite_docusaurus(text).split("\n") if page is not None else lines
        return rewrite_docusaurus(self.cards(plan, text)).split("\n")

    def cards(self, plan: PagePlan, text: str) -> str:
        """``text`` (the text ``plan`` was made from) with each talk's source made a card."""
        renderer = self.ext.card_renderer()
        stash = self.md.htmlStash.store
        posters = self.ext.page.posters if self.ext.page else {}
        state = _Render(plan)
        out: list[str] = []
        cursor = 0
        for index, item in enumerate(plan.talks):
            head, meta, foot = renderer.parts(item.talk, posters)
            out.append(text[cursor : item.start])
            opening = stash(head)
            state.opens[opening] = index
            out.append(f"\n\n{opening}\n\n")
            if item.keeps_heading:
                out.append(text[item.start : item.heading_end].rstrip("\n") + "\n\n")
            else:
                placeholder = stash("")
                state.headings[placeholder] = index
                out.append(f"{placeholder}\n\n")
            if meta:
                out.append(f"{stash(meta)}\n\n")
            out.append(item.open_fix)
            out.append(_without(text, item.heading_end, item.end, item.removals).strip("\n"))
            out.append(f"{item.close_fix}\n\n")
            out.append(f"{stash(foot)}\n\n")
            cursor = item.end
        out.append(text[cursor:])
        self.ext._state = state
        return "".join(out)


class _CardTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, ext: RoundupExtension) -> None:
        super().__init__(md)
        self.ext = ext

    def run(self, root: etree.Element) -> None:
        if self.ext._state is not None:
            self.cards(root, self.ext._state)

    def cards(self, root: etree.Element, state: _Render) -> None:
        raise NotImplementedError


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
                child.clear()
                child.tag = f"h{item.level}"
                child.text = item.talk.title
                child.set("data-roundup-heading", str(index))


class _HeadingTitles(_CardTreeprocessor):
    """After ``toc``: the heading shows the title; the anchor it was given stays."""

    def cards(self, root: etree.Element, state: _Render) -> None:
        for heading in root.iter():
            index_text = heading.get("data-roundup-heading")
            if index_text is None:
                continue
            del heading.attrib["data-roundup-heading"]
            index = int(index_text)
            item = state.plan.talks[index]
            if heading.get("id"):
                state.ids[index] = heading.get("id", "")
            if item.keeps_heading:
                _retitle(heading, item.talk.title)
        talks = state.plan.talks
        changed = {i: id_ for i, id_ in state.ids.items() if id_ != talks[i].talk.id}
        if changed:  # toc gave some heading another id (a duplicate, a custom slugify)
            talks = tuple(
                replace(t, talk=replace(t.talk, id=changed[i])) if i in changed else t
                for i, t in enumerate(talks)
            )
            self.ext.result = replace(state.plan, talks=talks)
        else:
            self.ext.result = state.plan


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
