"""Every candidate page of a site, read once (as MkDocs reads it) and planned.

The plugin plans all pages in ``on_files``, before any page renders, so that site-wide
data never depends on which pages ``serve --dirty`` re-renders. The extension then reuses
each plan: the body is normalized here exactly as Python-Markdown's first preprocessor
will, so the texts compare equal and no page is parsed twice.

A :class:`PlanCache` keeps the plans from one build to the next (on disk, see
:mod:`~mkdocs_roundup.plan_store`, and in memory under ``mkdocs serve``): a page is planned
again only when its text, the organizations the site knows or the reading options changed
(an edit to one page of 120 re-plans that page alone).
"""

from __future__ import annotations

import functools
import gc
import sys
from collections.abc import Collection, Hashable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from markdown.extensions.toc import slugify as default_slugify
from mkdocs.structure.files import File
from mkdocs.utils.meta import get_data

from . import links
from .labels import DEFAULT_LABELS
from .log import log
from .model import Event
from .names import name_key
from .parse import Fingerprint, PagePlan, Slugify, fingerprint, parse_page
from .patterns import lazy
from .profiles import is_profile_site_page


class Source:
    """A page as read: its text is split into front matter and body only when the page is
    planned (a page whose plan is kept is not split at all), and then only the body is
    kept, as Python-Markdown will see it."""

    __slots__ = ("_split", "_text", "file", "fingerprint")

    def __init__(self, file: File, text: str) -> None:
        self.file = file
        self.fingerprint = fingerprint(text)
        """What a kept plan was made from."""
        self._text = text
        self._split: tuple[dict[str, Any], str, int] | None = None

    def _parts(self) -> tuple[dict[str, Any], str, int]:
        if self._split is None:
            body, meta = get_data(self._text)  # exactly as MkDocs reads the page
            self._split = meta, normalized(body), first_line(self._text, body)
            self._text = ""  # one copy of a page is enough
        return self._split

    @property
    def meta(self) -> dict[str, Any]:
        return self._parts()[0]

    @property
    def body(self) -> str:
        """The page without front matter, normalized as Python-Markdown will see it."""
        return self._parts()[1]

    @property
    def first_line(self) -> int:
        return self._parts()[2]


_BLANK_LINE_SPACES = lazy(r"\n +(?=\n)")


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
        return Source(file, file.content_string)
    except (OSError, UnicodeDecodeError) as error:
        log.warning("%s: cannot be read: %s", file.src_uri, error)
        return None


Pages = dict[str, tuple[Fingerprint, dict[frozenset[str], PagePlan]]]
"""Each page's plans by the organizations known when it was read, with its text's
fingerprint."""


class PlanCache:
    """Plans of the pages kept from one build to the next, each with the text it was made
    from and the organizations known then; all are dropped when the reading options change.
    A plain ``mkdocs build`` lets its cache go once the plans are kept on disk (a page's plan
    is let go once handed over)."""

    def __init__(self, planner: Planner | None = None, pages: Pages | None = None) -> None:
        self.planner = planner
        self.pages: Pages = pages or {}
        self.changed = False
        """Whether a page was planned, or forgotten, since the cache was made."""

    def start(self, planner: Planner) -> None:
        """Begin a build read with ``planner``: plans made with other options go."""
        if planner != self.planner:
            self.planner = planner
            self.pages = {}
        self.changed = False

    def plan(self, path: str, source: Source, known: frozenset[str]) -> PagePlan:
        """The plan of ``source`` with ``known`` organizations, made only if not kept."""
        assert self.planner is not None, "start() first"
        fingerprint = source.fingerprint
        kept = self.pages.get(path)
        if kept is None or kept[0] != fingerprint:
            kept = self.pages[path] = (fingerprint, {})
        by_known = kept[1]
        found = by_known.get(known)
        if found is None:
            found = self.planner(path, source, known)
            self.changed = True
            if len(by_known) >= 2:  # a page is planned at most twice per build
                del by_known[next(iter(by_known))]
            by_known[known] = found
        return found

    def keep_only(self, paths: Collection[str]) -> None:
        """Forget pages that are gone."""
        for path in self.pages.keys() - set(paths):
            del self.pages[path]
            self.changed = True


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while the pages are read. Reading makes and drops
    many small objects (tokens, blocks) and no cycles, so reference counting frees them all;
    the collector would only walk the whole heap again and again while the plans grow
    (0.1 s of a 120-page build, ``benchmarks/stage_times.py``)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def plan_site(
    sources: Mapping[str, Source],
    plan: Planner,
    known: frozenset[str],
    cache: PlanCache | None = None,
) -> tuple[dict[str, PagePlan], frozenset[str]]:
    """Plans of every page, and the organizations the site names (``cache``: plans kept
    from the previous build of a ``serve``).

    A first pass plans each page on its own. Organizations linked on one page then teach
    the others (an unlinked "Lumen" after the speakers is an organization): only pages
    with an unlinked speaker of such a name are planned again.
    """
    if cache is None:
        cache = PlanCache()  # this build's own: kept by no one
    cache.start(plan)
    with _no_cycle_collection():
        plans = {path: cache.plan(path, source, known) for path, source in sources.items()}
    learned = known | {
        name_key(o.name)
        for p in plans.values()
        for t in p.talks
        for o in t.talk.organizations
        if o.url and not is_profile_site_page(o.url)  # a repository names no organization
    }
    for path, page in plans.items():
        unlinked = {name_key(s.name) for t in page.talks for s in t.talk.speakers if not s.url}
        if unlinked & learned:
            plans[path] = cache.plan(path, sources[path], learned)
    cache.keep_only(sources)
    return plans, learned


@dataclass(frozen=True, eq=False)  # equal by options (see _options)
class Planner:
    """How the site's pages are planned: the reader with the site's options (the plugin and
    ``mkdocs-roundup check`` read pages alike). Two planners with the same options are
    equal, so plans kept by a :class:`PlanCache` outlive the config they were read with."""

    min_talks: int
    slugify: Slugify
    separator: str
    labels: Mapping[str, str]

    def __call__(self, path: str, source: Source, known: frozenset[str]) -> PagePlan:
        return parse_page(
            source.body,
            path=path,
            meta=source.meta,
            first_line=source.first_line,
            known_orgs=known,
            min_talks=self.min_talks,
            slugify=self.slugify,
            separator=self.separator,
            labels=self.labels,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Planner) and self._options() == other._options()

    def __hash__(self) -> int:
        return hash(self._options())

    def disk_key(self) -> str | None:
        """The options written out, for plans kept on disk (:mod:`mkdocs_roundup.plan_store`);
        ``None`` where the slugify function has no name another process can find (a lambda)."""
        min_talks, slugify, separator, labels = self._options()
        func, args = (slugify[0], slugify[1:]) if isinstance(slugify, tuple) else (slugify, ())
        module = str(getattr(func, "__module__", ""))
        name = f"{module}.{getattr(func, '__qualname__', '<?>')}"
        if "<" in name:
            return None
        package = sys.modules.get(module.partition(".")[0])  # its version: its slugs may change
        version = str(getattr(package, "__version__", ""))
        return repr((min_talks, name, version, args, separator, labels))

    def _options(self) -> tuple[Hashable, ...]:
        slugify: Hashable = self.slugify
        if isinstance(slugify, functools.partial):  # pymdownx.slugs.slugify(...): new each load
            slugify = (slugify.func, slugify.args, tuple(sorted(slugify.keywords.items())))
        labels = tuple(sorted(self.labels.items()))
        return self.min_talks, slugify, self.separator, labels


def planner(
    *,
    min_talks: int,
    slugify: Slugify = default_slugify,
    separator: str = "-",
    labels: Mapping[str, str] = DEFAULT_LABELS,
) -> Planner:
    """The site's :class:`Planner`."""
    return Planner(min_talks, slugify, separator, dict(labels))


def site_event(plan: PagePlan, url: str) -> Event:
    """The event of a planned page whose site URL is ``url``, each talk with its card's URL;
    links that are not http(s) or mailto are taken off its people, each with a warning."""
    event, unsafe = links.safe_event(plan.event())
    for diagnostic in unsafe:
        log.warning("%s", diagnostic)
    talks = tuple(t.at(f"{url}#{t.id}" if t.id else url) for t in event.talks)
    return replace(event, talks=talks, url=url)
