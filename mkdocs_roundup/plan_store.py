"""The pages' plans kept on disk from one build to the next, so that a build reads only the
pages that changed since the last (as Sphinx keeps its environment, and Material's plugins
their images, in a cache folder).

The file is a pickle of :class:`~mkdocs_roundup.collect.PlanCache`'s pages under a key: the
reader's own code (a digest of its modules' text), the Markdown parsers' versions, Python's,
and the reading options. Any change of these, a file that cannot be read, or one that holds
anything but the reader's own records, and every page is read again. The file is loaded by
an unpickler that builds the record classes named in :data:`RECORDS` and nothing else: no
function is ever called, no other class made.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

import markdown
import markdown_it

from . import __version__
from .log import log
from .model import Diagnostic, Media, Party, Talk
from .parse import PagePlan
from .talks import TalkPlan

FILE_NAME = "plans.pickle"

RECORDS: dict[tuple[str, str], type] = {
    (cls.__module__, cls.__qualname__): cls
    for cls in (
        PagePlan,
        TalkPlan,
        Talk,
        Party,
        Media,
        Diagnostic,
        # front matter's dates, as YAML reads them
        datetime.date,
        datetime.datetime,
        datetime.time,
        datetime.timedelta,
        datetime.timezone,
    )
}
"""The classes a plan is made of, by module and name: all the unpickler will build."""


def _code_key() -> str:
    """This reader's code (a digest of its modules' text: an editable install changes it
    without a new version, and an install's files' times say nothing), the Markdown parsers'
    versions and Python's."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    python = ".".join(map(str, sys.version_info[:2]))
    parsers = f"{markdown.__version__} {markdown_it.__version__}"
    return f"{__version__} {digest.hexdigest()} {parsers} {python}"


CODE_KEY = _code_key()
"""The code's part of the key, computed once when the reader is imported (a ``serve`` that
outlives an edit of the plugin keeps the key of the code that made its plans)."""


class _RecordsOnly(pickle.Unpickler):
    """Builds the reader's own records and nothing else (a file in the cache folder is data,
    never code to run)."""

    def find_class(self, module: str, name: str) -> Any:
        found = RECORDS.get((module, name))
        if found is None:
            raise pickle.UnpicklingError(f"{module}.{name} is no record of a plan")
        return found


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
    if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key):
        return {}
    pages = stored[1]
    return pages if _well_formed(pages) else {}


def _well_formed(pages: object) -> bool:
    """Whether what was loaded is pages as :class:`~mkdocs_roundup.collect.PlanCache` keeps
    them: each path, the text's fingerprint and the page's plans by what was known."""
    if not isinstance(pages, dict):
        return False
    for path, kept in pages.items():
        if not (isinstance(path, str) and isinstance(kept, tuple) and len(kept) == 2):
            return False
        fingerprint, plans = kept
        if not (isinstance(fingerprint, tuple) and isinstance(plans, dict)):
            return False
        if not all(isinstance(k, frozenset) and isinstance(p, PagePlan) for k, p in plans.items()):
            return False
    return True


def save(folder: Path, key: str, pages: dict[str, Any]) -> None:
    """Keep ``pages`` in ``folder`` under ``key`` (written whole to a file of its own, then
    moved in place: a build stopped half-way, or another writing at once, leaves a whole
    file)."""
    part = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f"{FILE_NAME}.", dir=folder)
        part = Path(name)
        with os.fdopen(handle, "wb") as out:
            pickle.dump((key, pages), out, protocol=pickle.HIGHEST_PROTOCOL)
        part.replace(folder / FILE_NAME)
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as error:
        log.debug("plans not kept in %s: %s", folder, error)
        if part is not None:
            part.unlink(missing_ok=True)
