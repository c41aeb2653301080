"""The index pages in a MkDocs build: added as generated files, filled, given their JSON-LD.

The site-wide indexes (every event, every speaker and organization across events) are made
of the :mod:`~mkdocs_roundup.catalog`, put together by the :mod:`~mkdocs_roundup.site_view`,
written by the :mod:`~mkdocs_roundup.listings` (pages and listing markers of
:mod:`mkdocs_roundup.markers`), :mod:`~mkdocs_roundup.linked_data` and
:mod:`~mkdocs_roundup.export`; this module is the part that knows MkDocs.

How it fits MkDocs' build (see :mod:`mkdocs_roundup.plugin`):

1. ``on_files``: :meth:`Indexes.create` groups names into people
   (:mod:`mkdocs_roundup.identity`), reports likely duplicates
   (:mod:`mkdocs_roundup.look_alikes`), and adds the index pages as
   generated files (``File.generated``; nothing is written into ``docs/``). Each one is a
   title and a marker, such as ``<!-- roundup:speakers -->``;
2. ``on_page_markdown`` / ``on_page_content``: markers of each page are noted with their
   source line, and roundup pages are noted;
3. ``on_env``: once every page is rendered (talk anchors as rendered), the indexes are made
   (:meth:`Indexes.prepare`);
4. ``on_page_context``: a page's markers are replaced by the templates' HTML, with links
   relative to the page (:meth:`Indexes.fill`), one page at a time, so that only the page
   being written holds an index's HTML;
5. ``on_post_page``: roundup pages, the speakers and organizations indexes and speaker pages
   get their JSON-LD (:meth:`Indexes.data`), from the same view of who is who;
6. ``on_post_build``: the export.

The indexes are computed from the whole site each build, so under ``serve --dirty`` (where
unchanged pages skip their page events) they are never stale: generated pages count as
modified and are rebuilt every time.
"""

from __future__ import annotations

import logging
import posixpath
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from . import export, linked_data, markers
from .catalog import Catalog, EventEntry, Locations, event_title
from .config import RoundupConfig, index_source
from .identity import resolve
from .language import ENGLISH, Language
from .listings import IndexRenderer
from .log import log
from .model import Diagnostic, Event
from .names import collapse_spaces
from .patterns import lazy
from .render import environment
from .site_urls import absolute_to
from .site_view import SiteView
from .speakers_file import SpeakerEntry, SpeakersFileError, read_speakers_file


def _folder(source: str) -> str:
    """Where one page per speaker goes, next to (or under) the speakers index."""
    head, name = posixpath.split(source)
    return head if name == "index.md" else posixpath.join(head, name[: -len(".md")])


def _markdown_text(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|>])", r"\\\1", text)


GENERATED_FRONT_MATTER = "---\nsearch:\n  exclude: true\n---\n\n"
"""Front matter of every generated page: out of the search index, since every talk is found on
its own page already, and an index of thousands of talks would weigh on every reader's search
download."""


def index_page(title: str, marker: str) -> str:
    """The Markdown of a generated page: its title and the marker the index replaces."""
    return f"{GENERATED_FRONT_MATTER}# {_markdown_text(title)}\n\n<!-- roundup:{marker} -->\n"


def site_catalog(
    options: RoundupConfig,
    events: Mapping[str, Event],
    bodies: Mapping[str, str],
    entries: list[SpeakerEntry],
    add: Callable[[str, str, bool], str],
    language: Language = ENGLISH,
    nav_paths: Collection[str] = frozenset(),
) -> Catalog:
    """Who is who across the site and where each index page is, without MkDocs objects.

    Groups names into people (``entries``: the speakers file's), reports likely duplicates,
    and hands each index page to be made to ``add(source, markdown, in_nav)``, which returns
    its site URL (the plugin adds a generated file, ``mkdocs-roundup build`` writes it).
    ``bodies`` are the pages' texts (an event without a title is named by its first heading).
    Index titles are in ``language``; the organizations index is left out when no talk names
    an organization, unless the site's navigation lists it (``nav_paths``).
    """
    speakers, orgs = Catalog.mentions(events[k] for k in sorted(events))
    people = resolve(speakers, entries)
    organizations = resolve(orgs)
    for diagnostic in people.diagnostics:
        log.warning("%s", diagnostic)
    level = logging.WARNING if options.lookalikes == "warn" else logging.INFO
    if log.isEnabledFor(level):  # a quiet build (mkdocs build -q) would drop every notice
        # Imported here: a quiet build never searches, and need not load rapidfuzz.
        from .look_alikes import likely_duplicates

        _report_look_alikes(likely_duplicates(people.directory, people.distinct), level)
    for entry in people.unmatched:
        log.info("%s", Diagnostic(entry.path, entry.line, f"'{entry.name}' matches no talk"))
    titles = {path: event_title(event, bodies.get(path, "")) for path, event in events.items()}

    def place(source: str | None, title: str, marker: str, in_nav: bool = True) -> str | None:
        return None if source is None else add(source, index_page(title, marker), in_nav)

    speakers_source = index_source(options.speakers_url)
    pages: dict[str, str] = {}
    if options.speaker_pages:
        folder = _folder(speakers_source or "speakers/index.md")
        for person in people.directory:
            source = posixpath.join(folder, f"{person.id}.md")
            pages[person.id] = add(
                source, index_page(person.name, f'speaker id="{person.id}"'), False
            )
    organizations_source = index_source(options.organizations_url)
    if not organizations.directory and organizations_source not in nav_paths:
        organizations_source = None
    locations = Locations(
        events=place(index_source(options.events_url), language["events"], "events"),
        speakers=place(speakers_source, language["speakers"], "speakers"),
        organizations=place(organizations_source, language["organizations"], "organizations"),
        speaker_pages=pages,
    )
    return Catalog(people, organizations, titles, locations)


_ID = lazy(r'id=(?<=\sid=)"([^"]+)"')
"""The anchors of a marker's HTML. It starts with a literal, which the regex engine looks for
far faster than for ``\\b`` or ``\\s`` on the megabytes of a large index."""


class Indexes:
    """The generated pages, markers and data of one build."""

    def __init__(
        self,
        catalog: Catalog,
        renderer: IndexRenderer,
        generated: Mapping[str, File],
        site_url: str | None,
    ) -> None:
        self.catalog = catalog
        self.renderer = renderer
        self.generated = dict(generated)
        """Generated files by ``src_uri``."""
        self.site_url = site_url
        self.sources: dict[str, list[tuple[str, int]]] = {}
        self.noted: dict[str, list[tuple[str, int]]] = {}
        """Pages with markers to fill, each with the source lines of its markers."""
        self.entries: dict[str, EventEntry] = {}
        """The roundup pages rendered in this build, as the indexes list them."""
        self.view: SiteView | None = None
        self.speaker_at = {url: key for key, url in catalog.locations.speaker_pages.items()}
        """Speaker ids by the URL of their own page."""

    # -- on_files -------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        options: RoundupConfig,
        config: MkDocsConfig,
        files: Files,
        events: Mapping[str, Event],
        bodies: Mapping[str, str],
        language: Language = ENGLISH,
    ) -> Indexes:
        """Group names into people, report likely duplicates, add the index pages to ``files``
        as generated files (see :func:`site_catalog`)."""
        explicit_nav = config.nav is not None
        generated: dict[str, File] = {}

        def add(source: str, content: str, in_nav: bool) -> str:
            existing = files.get_file_from_path(source)
            if existing is not None:
                if source not in generated:
                    log.info(
                        "%s exists in docs; not generated (a marker in it shows the index)", source
                    )
                return existing.url
            inclusion = (
                InclusionLevel.UNDEFINED
                if in_nav and not explicit_nav
                else InclusionLevel.NOT_IN_NAV
            )
            file = File.generated(config, source, content=content, inclusion=inclusion)
            files.append(file)
            generated[source] = file
            return file.url

        entries = speaker_entries(options, speakers_file(options, config))
        catalog = site_catalog(
            options, events, bodies, entries, add, language, _nav_paths(config.nav)
        )
        renderer = IndexRenderer(environment(config.theme.get_env().loader), language)
        return cls(catalog, renderer, generated, config.site_url)

    # -- pages ----------------------------------------------------------------------------

    def read(self, source: str, markdown: str, first_line: int) -> None:
        """Note the source lines of a page's markers (warnings name them)."""
        found = markers.in_source(markdown, source, first_line)
        if found:
            self.sources[source] = found
        else:
            self.sources.pop(source, None)

    def page_content(self, page: Page, html: str, event: Event | None) -> None:
        """Note the page's markers for :meth:`fill`, and for a roundup page who its talks name
        (found here once, and kept for the indexes and the page's JSON-LD)."""
        source = page.file.src_uri
        if markers.MARKER.search(html):
            self.noted[source] = list(self.sources.get(source, []))
        else:
            self.noted.pop(source, None)
        if event is None or not event.talks:
            self.entries.pop(source, None)
        else:
            self.entries[source] = self.catalog.entry(source, event)

    def absolute(self, page_url: str) -> Callable[[str], str]:
        """Site URL → absolute URL with ``site_url``, else relative to the page."""
        return absolute_to(self.site_url, page_url)

    # -- on_env, then page by page -------------------------------------------------------

    def prepare(self, events: Mapping[str, Event]) -> None:
        """The indexes as of now: every page is rendered, and talk anchors are final."""
        self.view = SiteView(self.catalog, events, self.entries)

    def fill(self, page: Page) -> None:
        """Replace the markers of a page, just before its template is rendered (markers are
        noted in :meth:`page_content`; each page is filled once)."""
        source = page.file.src_uri
        lines = self.noted.pop(source, None)
        view = self.view
        content = page.content
        if lines is None or view is None or content is None:
            return
        # The page is written once, from its pieces and the markers' (see IndexRenderer.render).
        pieces: list[str] = []
        shown: list[tuple[int, int]] = []  # where the markers' HTML is in the page
        end = size = 0
        for match in markers.MARKER.finditer(content):
            pieces.append(content[end : match.start()])
            size += match.start() - end
            end = match.end()
            html = self._shown(match, lines, source, page.url, view)
            written = [match.group(0)] if html is None else html
            length = sum(map(len, written))
            if html is not None:
                shown.append((size, size + length))
            pieces += written
            size += length
        pieces.append(content[end:])
        page.content = "".join(pieces)
        if page.present_anchor_ids is not None:  # for MkDocs' link validation
            for start, stop in shown:
                page.present_anchor_ids.update(_ID.findall(page.content, start, stop))

    def _shown(
        self,
        match: re.Match[str],
        lines: list[tuple[str, int]],
        source: str,
        page_url: str,
        view: SiteView,
    ) -> list[str] | None:
        """The HTML of a marker, or ``None`` (a warning says why: the marker stays)."""
        text = collapse_spaces(match.group(0))
        line = next((n for t, n in lines if t == text), 0)
        if line:
            lines.remove((text, line))
        marker, problems = markers.read(match, source, line)
        for diagnostic in problems:
            log.warning("%s", diagnostic)
        if marker.kind not in markers.OPTIONS:
            return None
        html, problem = self.renderer.marker(marker, view, source, page_url)
        if html is None:
            log.warning("%s", Diagnostic(source, line, problem or "cannot be shown"))
        return html

    def data(self, page: Page) -> str:
        """The ``<script>`` of JSON-LD of a page (``""`` for a page without): a roundup page
        rendered in this build, the speakers or organizations index, a speaker's page."""
        source = page.file.src_uri
        entry = self.entries.get(source)
        if entry is not None:
            return self._event_data(entry, page.url)
        file = self.generated.get(source)
        if self.view is None or file is None:
            return ""
        return self._page_data(file, page.url, self.view)

    def release(self, page: Page) -> None:
        """Drop the HTML of a generated page once it is written: nothing reads it again
        (MkDocs checks links to its anchors from ``page.present_anchor_ids``), and the
        indexes of a large site weigh megabytes."""
        if page.file.src_uri in self.generated:
            page.content = None

    def _event_data(self, entry: EventEntry, page_url: str) -> str:
        """JSON-LD of a roundup page: the event, its talks as sub-events."""
        talks = ((t.talk, t.speakers, t.organizations) for t in entry.talks)
        return linked_data.script(
            linked_data.event_json(entry.event, entry.info.title, talks, self.absolute(page_url))
        )

    def _page_data(self, file: File, page_url: str, view: SiteView) -> str:
        """JSON-LD of a generated page: speakers index, organizations index, speaker page."""
        locations = self.catalog.locations
        url = self.absolute(page_url)

        if file.url == locations.speakers:
            data = linked_data.collection_json(
                self.renderer.labels["speakers"], page_url, "Person", view.speakers, url
            )
            return linked_data.script(data)
        if file.url == locations.organizations:
            data = linked_data.collection_json(
                self.renderer.labels["organizations"],
                page_url,
                "Organization",
                view.organizations,
                url,
            )
            return linked_data.script(data)
        person_id = self.speaker_at.get(file.url)
        entry = view.entry("speaker", person_id) if person_id else None
        if entry is None:
            return ""
        person = entry.person
        image = (
            url(person.photo)
            if person.photo and not urlsplit(person.photo).scheme
            else person.photo
        )
        data = linked_data.profile_json(
            entry,
            page_url=page_url,
            url=url,
            image=image,
            description=person.bio,
            affiliation=person.affiliation,
        )
        return linked_data.script(data)

    # -- on_post_build --------------------------------------------------------------------

    def export(self, events: Mapping[str, Event]) -> Iterator[str]:
        """The pieces of ``roundup.json`` (see :func:`mkdocs_roundup.export.pieces`)."""
        # Events do not change after on_env, where the view was made.
        return export.pieces(self.view or SiteView(self.catalog, events, self.entries))

    def outputs(self) -> set[str]:
        """Where the generated pages are written (to remove them once no longer generated)."""
        return {file.abs_dest_path for file in self.generated.values()}


LOOK_ALIKE_LINES = 50
"""At most this many look-alike notices per build; a line then says how many more."""


def _report_look_alikes(notices: list[Diagnostic], level: int) -> None:
    for diagnostic in notices[:LOOK_ALIKE_LINES]:
        log.log(level, "%s", diagnostic)
    if len(notices) > LOOK_ALIKE_LINES:
        log.log(
            level,
            "%d more groups of speakers whose names look alike are not listed",
            len(notices) - LOOK_ALIKE_LINES,
        )


def _nav_paths(nav: Any) -> set[str]:
    """Every page path an explicit ``nav`` lists."""
    if isinstance(nav, str):
        return {nav.lstrip("/")}
    if isinstance(nav, dict):
        return {p for value in nav.values() for p in _nav_paths(value)}
    if isinstance(nav, list):
        return {p for value in nav for p in _nav_paths(value)}
    return set()


def remove_stale(paths: Iterable[str], site_dir: str) -> None:
    """Remove pages generated by an earlier build of this ``serve`` and no longer generated
    (``serve --dirty`` does not clean the site directory)."""
    root = Path(site_dir).resolve()
    for path in paths:
        target = Path(path).resolve()
        if root in target.parents and target.is_file():
            target.unlink()
            log.debug("removed stale generated page %s", target)


def speakers_file(options: RoundupConfig, config: MkDocsConfig) -> Path | None:
    """The speakers file (relative to ``mkdocs.yml``), for reading and for ``serve`` to watch."""
    base = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
    return speakers_path(options, base)


def speakers_path(options: RoundupConfig, base: Path) -> Path | None:
    """The speakers file of ``options``, relative to ``base`` (the folder of ``mkdocs.yml``)."""
    return base / options.speakers_file if options.speakers_file else None


def speaker_entries(options: RoundupConfig, path: Path | None) -> list[SpeakerEntry]:
    """The entries of the speakers file at ``path`` (``None``: no file, no entries)."""
    if path is None:
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise PluginError(
            f"roundup: speakers_file {options.speakers_file!r} cannot be read: {error.strerror}"
        ) from None
    try:
        entries, diagnostics = read_speakers_file(text, str(options.speakers_file))
    except SpeakersFileError as error:
        raise PluginError(f"roundup: {error}") from None
    for diagnostic in diagnostics:
        log.warning("%s", diagnostic)
    return entries
