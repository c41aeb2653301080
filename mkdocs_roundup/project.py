"""A site as the command line reads it: ``mkdocs.yml``'s settings and the roundup options, and
every page of the docs folder read and planned as the plugin reads them in ``on_files``.

No MkDocs build runs: pages are read from the folder, so ``mkdocs-roundup check`` lints a site
(and ``mkdocs-roundup build`` writes its indexes) without building it, for any tool that reads
``mkdocs.yml``, Zensical included.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import jinja2
import yaml
from mkdocs.structure.files import File

from . import collect
from .catalog import Catalog
from .config import RoundupConfig
from .index_pages import site_catalog, speaker_entries, speakers_path
from .labels import label_table
from .language import Language, TranslationError
from .language import load as load_language
from .log import log
from .model import Event
from .names import name_key
from .parse import PagePlan
from .render import TEMPLATES

GENERATED_MARK = "mkdocs-roundup build"
"""What the first lines of a file written by ``mkdocs-roundup build`` say: only such a file is
ever overwritten (or left out of the pages read)."""


class ConfigError(Exception):
    """``mkdocs.yml`` cannot be read, or its roundup options are not valid."""


class _TolerantLoader(yaml.SafeLoader):
    """A safe loader that reads MkDocs' tags (``!!python/name:…``, ``!ENV``) as plain values:
    the command line needs the roundup options, never the objects those tags name."""


def _untagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_scalar(node)  # type: ignore[arg-type]


_TolerantLoader.add_multi_constructor("", _untagged)


def read_config(path: Path) -> dict[str, Any]:
    """``mkdocs.yml`` as a mapping (empty when there is none)."""
    if not path.is_file():
        return {}
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ConfigError(f"{path}: cannot be read: {error}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: not a mapping of settings")
    return data


def _named(entries: Any, names: tuple[str, ...]) -> tuple[bool, Mapping[str, Any]]:
    """Whether a ``plugins:`` or ``markdown_extensions:`` list (or mapping) has one of
    ``names``, and its options (empty if it has none)."""
    pairs: list[tuple[Any, Any]] = []
    for entry in [entries] if isinstance(entries, dict) else entries or []:
        pairs += entry.items() if isinstance(entry, dict) else [(entry, None)]
    for name, options in pairs:
        if name in names:
            return True, options if isinstance(options, dict) else {}
    return False, {}


def roundup_options(config: Mapping[str, Any]) -> RoundupConfig:
    """The plugin's options (``plugins: - roundup:``), with the extension's
    (``markdown_extensions: - roundup:``) over them, validated as the plugin validates them.

    Zensical renders the cards with the extension's options and skips ``plugins``, where a
    Zensical site can keep the options only the command reads (``speaker_pages``, the URLs).
    """
    _found, plugin = _named(config.get("plugins"), ("roundup",))
    _found, extension = _named(
        config.get("markdown_extensions"), ("roundup", "mkdocs_roundup.extension")
    )
    result = RoundupConfig()
    result.load_dict({**plugin, **extension})
    errors, _warnings = result.validate()
    if errors:
        raise ConfigError("; ".join(f"roundup option '{key}': {error}" for key, error in errors))
    return result


def is_generated(path: Path) -> bool:
    """Whether the file was written by ``mkdocs-roundup build`` (its first lines say so)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as opened:
            head = opened.read(400)
    except OSError:
        return False
    return GENERATED_MARK in head


@dataclass
class Project:
    """The docs folder, where ``mkdocs.yml`` is, and the settings the plugin would have."""

    docs_dir: Path
    base: Path
    """The folder of ``mkdocs.yml`` (where the speakers file is found from)."""
    options: RoundupConfig
    use_directory_urls: bool = True
    custom_dir: Path | None = None
    """The theme's ``custom_dir``, where templates of the indexes may be overridden."""
    theme_language: str | None = None
    """The theme's language (Material's ``language``, MkDocs' ``locale``)."""
    warnings: list[str] = field(default_factory=list)
    """What the plugin's logger warned while the site was read (``--strict`` fails on them)."""
    notices: list[str] = field(default_factory=list)
    """What it said as information: guesses ("may be the same speaker"), posters not
    fetched; listed, never a failure."""

    @classmethod
    def load(cls, docs_dir: str | None, config_file: Path = Path("mkdocs.yml")) -> Project:
        """The project of ``config_file`` (if there is one) with ``docs_dir`` (default: the
        file's ``docs_dir``, else ``docs``)."""
        config = read_config(config_file)
        base = config_file.parent
        folder = Path(docs_dir) if docs_dir else base / str(config.get("docs_dir", "docs"))
        if not folder.is_dir():
            raise ConfigError(f"{folder}: no such folder of pages")
        theme = config.get("theme")
        custom = theme.get("custom_dir") if isinstance(theme, dict) else None
        return cls(
            docs_dir=folder,
            base=base,
            options=roundup_options(config),
            use_directory_urls=bool(config.get("use_directory_urls", True)),
            custom_dir=base / str(custom) if custom else None,
            theme_language=_theme_language(theme),
        )

    def language(self) -> Language:
        """The words of the site's language, as a build takes them."""
        code = self.options.language or self.theme_language
        try:
            return load_language(code, self.options.labels)
        except TranslationError as error:
            raise ConfigError(str(error)) from None

    def template_loader(self) -> jinja2.BaseLoader | None:
        """The theme's ``custom_dir`` before the package's templates (as in a build), or
        ``None`` for the package's own."""
        if self.custom_dir is None:
            return None
        return jinja2.ChoiceLoader(
            [jinja2.FileSystemLoader(str(self.custom_dir)), jinja2.FileSystemLoader(str(TEMPLATES))]
        )

    def pages(self) -> list[File]:
        """The Markdown pages, sorted, as MkDocs sees them (hidden files left out), without
        the pages ``mkdocs-roundup build`` wrote."""
        found = []
        for path in sorted(self.docs_dir.rglob("*.md")):
            relative = path.relative_to(self.docs_dir)
            if any(part.startswith(".") for part in relative.parts) or is_generated(path):
                continue
            found.append(self.file(relative.as_posix()))
        return found

    def file(self, src_uri: str) -> File:
        """A page of the docs folder, with the URL MkDocs gives it."""
        return File(src_uri, str(self.docs_dir), os.devnull, self.use_directory_urls)

    def candidate(self, src_uri: str) -> bool:
        """Whether a page may be a roundup (the plugin's ``include`` and ``exclude``)."""
        include, exclude = self.options.include, self.options.exclude
        if include and not any(fnmatch(src_uri, p) for p in include):
            return False
        return not any(fnmatch(src_uri, p) for p in exclude)

    @contextmanager
    def recording(self) -> Iterator[None]:
        """Keep what the plugin's logger warns and notes (instead of printing it) while
        reading."""
        handler = _Recorder(self.warnings, self.notices)
        propagate, level = log.propagate, log.level
        log.addHandler(handler)
        log.propagate = False
        log.setLevel(logging.INFO)  # the guesses are made only for a logger that keeps them
        try:
            yield
        finally:
            log.removeHandler(handler)
            log.propagate = propagate
            log.setLevel(level)

    def read(self) -> Site:
        """Every candidate page read and planned, the events and who is who."""
        with self.recording():
            sources = {
                file.src_uri: source
                for file in self.pages()
                if self.candidate(file.src_uri) and (source := collect.read(file)) is not None
            }
            plan = collect.planner(
                min_talks=self.options.min_talks,
                labels=label_table(self.options.field_labels),
            )
            configured = frozenset(name_key(n) for n in self.options.known_organizations)
            plans, _learned = collect.plan_site(sources, plan, configured)
            for page in plans.values():
                self.warnings += map(str, page.diagnostics)
            events = {
                path: collect.site_event(page, sources[path].file.url)
                for path, page in plans.items()
                if page.talks
            }
            bodies = {path: sources[path].body for path in events}
            index_pages: dict[str, str] = {}

            def add(source: str, markdown: str, in_nav: bool) -> str:
                index_pages[source] = markdown
                return self.file(source).url

            entries = speaker_entries(self.options, speakers_path(self.options, self.base))
            catalog = site_catalog(self.options, events, bodies, entries, add, self.language())
        return Site(plans, events, catalog, index_pages)


def _theme_language(theme: object) -> str | None:
    if not isinstance(theme, dict):
        return None
    code = theme.get("language") or theme.get("locale")
    return str(code) if code else None


@dataclass
class Site:
    """A project's pages as read: plans by page, events, who is who, the index pages to make
    (their Markdown with markers, by source path)."""

    plans: dict[str, PagePlan]
    events: dict[str, Event]
    catalog: Catalog
    index_pages: dict[str, str]


class _Recorder(logging.Handler):
    def __init__(self, warnings: list[str], notices: list[str]) -> None:
        super().__init__(logging.INFO)
        self.warnings = warnings
        self.notices = notices

    def emit(self, record: logging.LogRecord) -> None:
        kept = self.warnings if record.levelno >= logging.WARNING else self.notices
        kept.append(record.getMessage())
