"""What a ``mkdocs serve`` rebuild keeps from the one before (see :class:`Rebuilds`).

An author edits one page and saves; every page used to be planned again, every talk made
into a site event again, every poster looked up again, and under ``--dirty`` the index
pages, which list every talk of the site, were written again (MkDocs counts a page made
from content in memory as modified every time). Now a rebuild redoes what depends on the
changed text only: plans are kept by :class:`~mkdocs_roundup.collect.PlanCache`, events
and posters here, and index pages that would show the same are left as written.

Measured with ``benchmarks/serve_rebuild.py``: see ``docs/performance.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from . import collect
from .model import Event, Media, Talk
from .parse import PagePlan
from .posters import Poster

Placed = tuple[str, int, Media]


def _talk(talk: Talk) -> tuple[Any, ...]:
    """What an index shows of a talk: all but its abstract and its source line."""
    return (
        talk.id,
        talk.title,
        talk.kind,
        talk.section,
        talk.speakers,
        talk.organizations,
        talk.slides,
        talk.videos,
        talk.url,
    )


def shown(events: Mapping[str, Event], *context: Any) -> list[Any]:
    """What the index pages show of ``events`` (by source), with the ``context`` they are
    made in (options, the speakers file, site URL...): two builds with equal values write
    the same index pages."""
    listed = [
        (path, e.title, e.date, e.url, e.location, [_talk(t) for t in e.talks])
        for path, e in sorted(events.items())
    ]
    return [listed, *context]


def keep_written(
    files: Files, generated: Iterable[File], config: MkDocsConfig
) -> dict[str, File] | None:
    """The generated pages left as the previous build wrote them, by ``src_uri``, each added
    to ``files`` as a file whose source is its own output (which MkDocs' dirty build sees as
    unmodified, and skips); ``None``, and nothing added, if one is not written."""
    written = list(generated)
    if not all(Path(file.abs_dest_path).is_file() for file in written):
        return None
    kept = {}
    for file in written:
        kept[file.src_uri] = File.generated(
            config, file.src_uri, abs_src_path=file.abs_dest_path, inclusion=file.inclusion
        )
        files.append(kept[file.src_uri])
    return kept


class Rebuilds:
    """What the previous build of a ``serve`` made, for the next to reuse: each page's event
    (for the same plan, the same event object), the posters (for the same media) and what
    the index pages showed."""

    def __init__(self) -> None:
        self.events: dict[str, tuple[PagePlan, Event]] = {}
        self.media: list[Placed] = []
        self.posters: dict[str, Poster] = {}
        self.shown: list[Any] = []
        self.same_events = False
        """Whether this build's events equal the previous build's (talk by talk)."""

    def site_events(
        self, plans: Mapping[str, PagePlan], url_of: Callable[[str], str]
    ) -> dict[str, Event]:
        """The event of each page with talks (see :func:`collect.site_event`), kept from the
        previous build when made from the very same plan at the same URL."""
        made: dict[str, tuple[PagePlan, Event]] = {}
        for path, plan in plans.items():
            if not plan.talks:
                continue
            url = url_of(path)
            kept = self.events.get(path)
            if kept is None or kept[0] is not plan or kept[1].url != url:
                kept = (plan, collect.site_event(plan, url))
            made[path] = kept
        events = {path: event for path, (_, event) in made.items()}
        self.same_events = events == {path: event for path, (_, event) in self.events.items()}
        self.events = made
        return events

    def posters_of(
        self, media: list[Placed], collect_posters: Callable[[list[Placed]], dict[str, Poster]]
    ) -> dict[str, Poster]:
        """The posters of ``media``, looked up again only when the media changed."""
        if media != self.media:
            self.media, self.posters = media, collect_posters(media)
        return self.posters

    def same_as_before(self, now: list[Any]) -> bool:
        """Whether the index pages show ``now`` (see :func:`shown`) as in the previous build."""
        same, self.shown = now == self.shown, now
        return same

    def forget(self) -> None:
        """After a failed build: the next writes its index pages and export again."""
        self.shown = []
        self.events = {}
