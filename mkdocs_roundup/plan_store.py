"""The pages' plans kept on disk from one build to the next, so that a build reads only the
pages that changed since the last (as Sphinx keeps its environment, and Material's plugins
their images, in a cache folder).

The file is a pickle of :class:`~mkdocs_roundup.collect.PlanCache`'s pages under a key: the
reader's own code (its version and its modules' sizes and times), the Markdown parser's
version, Python's, and the reading options. Any change of these, a file that cannot be read,
or one that holds anything but the reader's own records, and every page is read again.
"""

from __future__ import annotations

import datetime
import io
import os
import pickle
import sys
from pathlib import Path
from typing import Any

import markdown_it

from . import __version__
from .log import log

FILE_NAME = "plans.pickle"

_PACKAGE = Path(__file__).parent


def code_key() -> str:
    """What the plans depend on besides the pages and the options: this reader's code (its
    version, and each module's size and time, which an editable install changes without a
    new version), the Markdown parser's version and Python's."""
    modules = sorted(
        (entry.name, stat.st_size, stat.st_mtime_ns)
        for entry in os.scandir(_PACKAGE)
        if entry.name.endswith(".py") and (stat := entry.stat())
    )
    python = ".".join(map(str, sys.version_info[:2]))
    return repr((__version__, modules, markdown_it.__version__, python))


class _RecordsOnly(pickle.Unpickler):
    """Loads the reader's own records and nothing else (a file in the cache folder is data,
    never code to run)."""

    def find_class(self, module: str, name: str) -> Any:
        ours = module.startswith("mkdocs_roundup.") or module == "datetime"
        found = super().find_class(module, name) if ours else None
        if isinstance(found, type) and (module != "datetime" or found in _DATES):
            return found
        raise pickle.UnpicklingError(f"{module}.{name} is no record of a plan")


_DATES = (datetime.date, datetime.datetime, datetime.time, datetime.timedelta, datetime.timezone)


def load(folder: Path, key: str) -> dict[str, Any]:
    """The pages kept in ``folder`` under ``key``: empty when there are none, or they were
    made under another key."""
    try:
        data = (folder / FILE_NAME).read_bytes()
    except OSError:
        return {}
    try:
        stored = _RecordsOnly(io.BytesIO(data)).load()
    except Exception as error:  # a file cut short, or another program's: read every page
        log.debug("plans in %s not reused: %s", folder, error)
        return {}
    if not isinstance(stored, tuple) or len(stored) != 2 or stored[0] != key:
        return {}
    pages = stored[1]
    return pages if isinstance(pages, dict) else {}


def save(folder: Path, key: str, pages: dict[str, Any]) -> None:
    """Keep ``pages`` in ``folder`` under ``key`` (written whole, then moved in place, so that
    a build stopped half-way leaves the last file as it was)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        part = folder / f"{FILE_NAME}.{os.getpid()}"
        part.write_bytes(pickle.dumps((key, pages), protocol=pickle.HIGHEST_PROTOCOL))
        part.replace(folder / FILE_NAME)
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as error:
        log.debug("plans not kept in %s: %s", folder, error)
