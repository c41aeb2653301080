"""What a ``mkdocs serve --dirty`` rebuild may leave as the previous build wrote it.

MkDocs rebuilds every generated page each time (a page made from content in memory always
counts as modified), and the plugin's index pages list every talk of the site: after an
edit to one page of 120, writing them again took longer than the page itself. They are
written again only when what they show changed (:func:`shown`); otherwise each stays as
written, and so does the export when no talk changed at all.

Measured with ``benchmarks/serve_rebuild.py`` (120 pages x 30 talks, an edit appending a
sentence to one page): see ``docs/performance.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from .model import Event, Talk


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


def keep_written(files: Files, generated: Iterable[File], config: MkDocsConfig) -> int:
    """Leave each generated page of ``generated`` as the previous build wrote it: in
    ``files`` it becomes a file whose source is its own output, which MkDocs' dirty build
    sees as unmodified and skips (pages not written yet are left to be generated). Returns
    how many are kept."""
    kept = 0
    for file in generated:
        if not Path(file.abs_dest_path).is_file():
            continue
        files.remove(file)
        files.append(
            File.generated(
                config, file.src_uri, abs_src_path=file.abs_dest_path, inclusion=file.inclusion
            )
        )
        kept += 1
    return kept
