"""Sites for tests: a docs folder and an ``mkdocs.yml`` written from a few pages, and
``mkdocs build`` run in a fresh process as a user runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, NoReturn

import pytest
import yaml

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
"""CI sets ``CI=true``: there, what a test needs (Chromium, the shared corpus) must be there."""


def unavailable(reason: str, *, module: bool = False) -> NoReturn:
    """Skip for something this machine lacks, but fail in CI, where it is part of the contract
    (a CI run that silently skipped would look green while testing nothing)."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: these tests must run in CI)", pytrace=False)
    pytest.skip(reason, allow_module_level=module)


CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "cloudstack-www"
"""The shared corpus of real roundup pages, beside this clone (and beside CI's)."""


NO_CORPUS = (
    f"tests over real roundup pages: {CORPUS.parent} is not beside this clone (the project's"
    " shared materials, laid beside the clone in CI)"
)
"""Why the tests over the corpus skip: the one line a fresh clone's run shows for all of them
(tests/conftest.py folds their skips into it)."""


def need_corpus(*, module: bool = False) -> None:
    """Skip (fail in CI) when the shared corpus is not beside this clone."""
    if not CORPUS.is_dir():
        unavailable(NO_CORPUS, module=module)


def copy_corpus(into: Path, *, versions: bool = True) -> None:
    """The corpus pages and the negatives into ``into`` (without ``SOURCE.md``); with
    ``versions=False`` only each page's primary version (no ``.v-*`` copies)."""
    into.mkdir(parents=True, exist_ok=True)
    for page in [*CORPUS.glob("*.md"), *CORPUS.glob("negative/*.md")]:
        if page.name != "SOURCE.md" and (versions or ".v-" not in page.name):
            shutil.copy(page, into / page.name)


def write_site(
    root: Path,
    pages: dict[str, str],
    *,
    plugin: dict[str, Any] | None = None,
    theme: str | dict[str, Any] = "material",
    **extra: Any,
) -> Path:
    """``root/docs`` with ``pages`` (and a home page), and ``root/mkdocs.yml`` using the
    plugin with the options ``plugin``; ``theme`` is a name or a ``theme:`` mapping, and
    ``extra`` adds top-level config keys."""
    docs = root / "docs"
    for name, text in {"index.md": "# Home\n", **pages}.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")
    config = {
        "site_name": "test",
        "theme": {"name": theme} if isinstance(theme, str) else theme,
        "plugins": ["search", {"roundup": plugin or {}}],
        "markdown_extensions": ["attr_list", {"toc": {"permalink": True}}],
        **extra,
    }
    path = root / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def mkdocs_build(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``mkdocs build ARGS`` in a new process, output captured (``check`` is the caller's)."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *args],
        cwd=cwd,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=600,
        check=False,
    )


def run_tool(program: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """A command installed beside this Python (``zensical``, ``properdocs``), run in ``cwd``,
    output captured; skipped (failed in CI) when it is not installed."""
    path = Path(sys.executable).parent / program
    if not path.exists():
        unavailable(f"{program} is not installed (pip install -e '.[test]')")
    return subprocess.run(
        [str(path), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=600,
        check=False,
    )
