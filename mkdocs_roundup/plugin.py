"""The MkDocs plugin: connects MkDocs' events to the parser, the extension and the indexes.

Event order (MkDocs 1.6) and why each hook is where it is:

- ``on_config``: a fresh extension per build (``serve`` keeps one plugin instance, see
  ``on_startup``), the package's theme folder and assets;
- ``on_files``: every candidate page is read and parsed once, here, so site-wide data (the
  organizations the site names, the indexes, the export) never depends on which pages
  ``serve --dirty`` re-renders;
- ``on_page_markdown``: tells the extension which page it is converting, and hands it the
  plan made in ``on_files`` when the text is unchanged;
- ``on_page_content``: keeps the talk anchors as rendered;
- ``on_post_build``: writes the export.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from fnmatch import fnmatch
from pathlib import Path
from typing import Any, Literal

from markdown.extensions.toc import slugify as default_slugify
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import get_data

from .config import RoundupConfig
from .extension import PageContext, RoundupExtension
from .model import Event
from .parse import PagePlan, parse_page
from .people import name_key
from .render import TEMPLATES, CardRenderer, environment

log = get_plugin_logger(__name__)

ASSETS = ("assets/roundup/roundup.css", "assets/roundup/roundup.js")


def _normalized(text: str, tab_length: int = 4) -> str:
    """Text as Python-Markdown's whitespace normalizer leaves it (so plans can be reused)."""
    text = text.replace("\x02", "").replace("\x03", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n") + "\n\n"
    text = text.expandtabs(tab_length)
    return re.sub(r"(?<=\n) +\n", "\n", text)


def _first_line(source: str, body: str) -> int:
    """The line of the file where ``body`` (the page without its front matter) starts."""
    return source[: len(source) - len(body)].count("\n") + 1 if source.endswith(body) else 1


class RoundupPlugin(BasePlugin[RoundupConfig]):  # type: ignore[no-untyped-call]
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.extension: RoundupExtension | None = None
        self.plans: dict[str, PagePlan] = {}
        self.events: dict[str, Event] = {}
        self.known_orgs: frozenset[str] = frozenset()

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        # Defining on_startup keeps one instance across `mkdocs serve` rebuilds; all
        # per-build state is reset in on_config.
        self.command = command

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self.plans, self.events = {}, {}
        self.extension = None
        if not self.config.enabled:
            return config
        config.theme.dirs.append(str(TEMPLATES))
        css, js = ASSETS
        if css not in config.extra_css:
            config.extra_css.insert(0, css)
        if js not in [str(s) for s in config.extra_javascript]:
            config.extra_javascript.append(js)
        self.extension = RoundupExtension(
            embeds=self.config.embeds,
            min_talks=self.config.min_talks,
            known_organizations=list(self.config.known_organizations),
        )
        config.markdown_extensions.append(self.extension)  # type: ignore[arg-type]
        return config

    def _candidate(self, file: File) -> bool:
        if not file.is_documentation_page():
            return False
        path = file.src_uri
        if self.config.include and not any(fnmatch(path, p) for p in self.config.include):
            return False
        return not any(fnmatch(path, p) for p in self.config.exclude)

    @event_priority(50)  # before other plugins generate pages from ours (indexes come later)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if self.extension is None:
            return files
        self.extension.renderer = CardRenderer(
            environment(config.theme.get_env().loader), self.config.embeds
        )
        configured = frozenset(name_key(n) for n in self.config.known_organizations)
        toc = config.mdx_configs.get("toc", {}) if isinstance(config.mdx_configs, dict) else {}
        self.slugify = toc.get("slugify", default_slugify)
        self.separator = str(toc.get("separator", "-"))
        sources: dict[str, tuple[File, dict[str, Any], str, int]] = {}
        for file in files.documentation_pages():
            if not self._candidate(file):
                continue
            try:
                source = file.content_string
                body, meta = get_data(source)  # exactly as MkDocs reads the page
            except (OSError, UnicodeDecodeError) as error:
                log.warning("%s: cannot be read: %s", file.src_uri, error)
                continue
            sources[file.src_uri] = (file, meta, _normalized(body), _first_line(source, body))
        # First pass: every page on its own. Organizations linked on one page teach the
        # others (an unlinked "ShapeBlue" after the speakers is an organization).
        plans = {path: self._plan(path, src, configured) for path, src in sources.items()}
        learned = configured | {
            name_key(o.name)
            for plan in plans.values()
            for t in plan.talks
            for o in t.talk.organizations
            if o.url
        }
        for path, plan in plans.items():
            unlinked = {name_key(p.name) for t in plan.talks for p in t.talk.speakers if not p.url}
            if unlinked & learned:
                plans[path] = self._plan(path, sources[path], learned)
        self.known_orgs = learned
        self.plans = plans
        self.events = {
            path: self._event(plan, sources[path][0]) for path, plan in plans.items() if plan.talks
        }
        return files

    def _plan(
        self, path: str, source: tuple[File, dict[str, Any], str, int], known: frozenset[str]
    ) -> PagePlan:
        _, meta, body, first_line = source
        return parse_page(
            body,
            path=path,
            meta=meta,
            first_line=first_line,
            known_orgs=known,
            min_talks=self.config.min_talks,
            slugify=self.slugify,
            separator=self.separator,
        )

    @staticmethod
    def _event(plan: PagePlan, file: File) -> Event:
        event = plan.event()
        talks = tuple(replace(t, url=f"{file.url}#{t.id}") for t in event.talks)
        return replace(event, talks=talks, url=file.url)

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if self.extension is None:
            return markdown
        path = page.file.src_uri
        if not self._candidate(page.file):
            self.extension.page = PageContext(path, page.meta, enabled=False)
            return markdown
        plan = self.plans.get(path)
        self.extension.page = PageContext(
            path=path,
            meta=page.meta,
            first_line=_first_line(page.file.content_string, markdown),
            known_orgs=self.known_orgs,
            plan=plan,
        )
        return markdown

    def on_page_content(
        self, html: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if self.extension is None:
            return html
        result, self.extension.result = self.extension.result, None
        path = page.file.src_uri
        if result is not None and result.talks and path in self.events:
            self.events[path] = self._event(result, page.file)
        return html

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.extension is None or not self.config.export:
            return
        target = Path(config.site_dir) / self.config.export
        target.parent.mkdir(parents=True, exist_ok=True)
        data = {"events": [e.as_dict() for _, e in sorted(self.events.items())]}
        target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
