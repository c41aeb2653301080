"""Every candidate page of a site, read once (as MkDocs reads it) and planned.

The plugin plans all pages in ``on_files``, before any page renders, so that site-wide
data never depends on which pages ``serve --dirty`` re-renders. The extension then reuses
each plan: the body is normalized here exactly as Python-Markdown's first preprocessor
will, so the texts compare equal and no page is parsed twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from markdown.extensions.toc import slugify as default_slugify
from mkdocs.structure.files import File
from mkdocs.utils.meta import get_data

from . import links
from .labels import DEFAULT_LABELS
from .log import log
from .model import Event
from .parse import PagePlan, Slugify, parse_page
from .people import name_key


@dataclass(frozen=True)
class Source:
    file: File
    meta: dict[str, Any]
    body: str
    """The page without front matter, normalized as Python-Markdown will see it."""
    first_line: int


_BLANK_LINE_SPACES = re.compile(r"\n +(?=\n)")


def normalized(text: str, tab_length: int = 4) -> str:
    """Text as Python-Markdown's whitespace normalizer leaves it."""
    text = text.replace("\x02", "").replace("\x03", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n") + "\n\n"
    text = text.expandtabs(tab_length)
    # Python-Markdown's ``(?<=\n) +\n``, written to start with a literal (ten times faster).
    return _BLANK_LINE_SPACES.sub("\n", text)


def first_line(source: str, body: str) -> int:
    """The line of the file where ``body`` (the page without its front matter) starts."""
    return source[: len(source) - len(body)].count("\n") + 1 if source.endswith(body) else 1


def read(file: File) -> Source | None:
    try:
        source = file.content_string
    except (OSError, UnicodeDecodeError) as error:
        log.warning("%s: cannot be read: %s", file.src_uri, error)
        return None
    body, meta = get_data(source)  # exactly as MkDocs reads the page
    return Source(file, meta, normalized(body), first_line(source, body))


def plan_site(
    sources: Mapping[str, Source],
    plan: Callable[[str, Source, frozenset[str]], PagePlan],
    known: frozenset[str],
) -> tuple[dict[str, PagePlan], frozenset[str]]:
    """Plans of every page, and the organizations the site names.

    A first pass plans each page on its own. Organizations linked on one page then teach
    the others (an unlinked "Lumen" after the speakers is an organization): only pages
    with an unlinked speaker of such a name are planned again.
    """
    plans = {path: plan(path, source, known) for path, source in sources.items()}
    learned = known | {
        name_key(o.name)
        for p in plans.values()
        for t in p.talks
        for o in t.talk.organizations
        if o.url
    }
    for path, page in plans.items():
        unlinked = {name_key(s.name) for t in page.talks for s in t.talk.speakers if not s.url}
        if unlinked & learned:
            plans[path] = plan(path, sources[path], learned)
    return plans, learned


Planner = Callable[[str, Source, frozenset[str]], PagePlan]


def planner(
    *,
    min_talks: int,
    slugify: Slugify = default_slugify,
    separator: str = "-",
    labels: Mapping[str, str] = DEFAULT_LABELS,
) -> Planner:
    """How the site's pages are planned: the reader with the site's options (the plugin and
    ``mkdocs-roundup check`` read pages alike)."""

    def plan(path: str, source: Source, known: frozenset[str]) -> PagePlan:
        return parse_page(
            source.body,
            path=path,
            meta=source.meta,
            first_line=source.first_line,
            known_orgs=known,
            min_talks=min_talks,
            slugify=slugify,
            separator=separator,
            labels=labels,
        )

    return plan


def site_event(plan: PagePlan, url: str) -> Event:
    """The event of a planned page whose site URL is ``url``, each talk with its card's URL;
    links that are not http(s) or mailto are taken off its people, each with a warning."""
    event, unsafe = links.safe_event(plan.event())
    for diagnostic in unsafe:
        log.warning("%s", diagnostic)
    talks = tuple(t.at(f"{url}#{t.id}") for t in event.talks)
    return replace(event, talks=talks, url=url)
