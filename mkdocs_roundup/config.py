"""The plugin's options, as written under ``plugins: - roundup:`` in ``mkdocs.yml``."""

from __future__ import annotations

import posixpath
import string
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError

from .posters import OEMBED


def index_source(url: str) -> str | None:
    """The ``src_uri`` of a generated page from its configured URL (``""`` turns it off).

    ``speakers/`` and ``speakers`` give ``speakers/index.md``; ``speakers.md`` or
    ``speakers.html`` give ``speakers.md``.
    """
    url = url.strip().lstrip("/")
    if not url:
        return None
    if url.endswith("/"):
        return url + "index.md"
    for suffix in (".md", ".html"):
        if url.endswith(suffix):
            return url[: -len(suffix)] + ".md"
    return url + "/index.md"


class _Count(c.Type[int]):
    """A whole number, at least 1."""

    def __init__(self, default: int) -> None:
        super().__init__(int, default=default)

    def run_validation(self, value: object) -> int:
        number = super().run_validation(value)
        if isinstance(number, bool) or number < 1:
            raise ValidationError(f"must be a whole number of 1 or more, not {value!r}")
        return number


class _SitePath(c.Type[str]):
    """A file path inside ``site_dir`` (relative, not leaving it), or empty."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        path = super().run_validation(value)
        if not path:
            return path
        normal = posixpath.normpath(path.replace("\\", "/"))
        if posixpath.isabs(normal) or normal == ".." or normal.startswith("../"):
            raise ValidationError(f"{path!r} is outside site_dir: write a path relative to it")
        if normal == "." or path.endswith(("/", "\\")):
            raise ValidationError(f"{path!r} is a folder: write a file name, such as roundup.json")
        return path


_INDEX_URLS = ("events_url", "speakers_url", "organizations_url")


class _IndexUrl(c.Type[str]):
    """The URL of a generated index, which no other index may have."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def post_validation(self, config: base.Config, key_name: str) -> None:
        mine = index_source(config[key_name])
        for other in _INDEX_URLS[: _INDEX_URLS.index(key_name)]:
            if mine is not None and index_source(config[other]) == mine:
                raise ValidationError(
                    f"{config[key_name]!r} is the page of {other} ({config[other]!r}) too: "
                    "give each index its own URL, or an empty one to turn it off"
                )


class _Endpoints(c.Type[dict]):  # type: ignore[type-arg]
    """oEmbed endpoints by provider key, with ``{url}`` as their one placeholder."""

    def __init__(self) -> None:
        super().__init__(dict, default={})

    def run_validation(self, value: object) -> dict[str, str]:
        endpoints: dict[Any, Any] = super().run_validation(value)
        for key, endpoint in endpoints.items():
            if key not in OEMBED:
                known = ", ".join(OEMBED)
                raise ValidationError(f"unknown provider {key!r} (known: {known})")
            if not isinstance(endpoint, str):
                raise ValidationError(f"{key}: expected a URL, not {endpoint!r}")
            try:
                fields = list(string.Formatter().parse(endpoint))
            except ValueError as error:
                raise ValidationError(f"{key}: {endpoint!r}: {error}") from None
            for _, name, spec, conversion in fields:
                if name is not None and (name != "url" or spec or conversion):
                    raise ValidationError(
                        f"{key}: {endpoint!r} has the placeholder {{{name}}}; "
                        "the only one is {url} (write {{ and }} for braces)"
                    )
        return endpoints


class RoundupConfig(base.Config):  # type: ignore[no-untyped-call]
    enabled = c.Type(bool, default=True)
    """Turn the plugin off without removing its configuration (for example in a quick preview)."""

    include = c.ListOfItems(c.Type(str), default=[])
    """Glob patterns of pages (relative to `docs_dir`) that may be roundups. Empty: every page."""

    exclude = c.ListOfItems(c.Type(str), default=[])
    """Glob patterns of pages that are never roundups, even if they look like one."""

    min_talks = _Count(default=2)
    """How many talk sections make a page a roundup (1 or more). Front matter
    `roundup: true|false` overrides it."""

    embeds = c.Choice(("facade", "lazy", "eager"), default="facade")
    """How slides and videos load: `facade` shows a placeholder that loads the player on click
    (no third-party request until then), `lazy` uses `<iframe loading="lazy">`, `eager` loads
    every player with the page."""

    export = _SitePath(default="roundup.json")
    """Where the machine-readable export is written: a file path relative to `site_dir`,
    inside it. Empty to turn it off."""

    events_url = _IndexUrl(default="events/")
    """URL of the generated events index (`events/`, or a page such as `events.md`); no two
    indexes may share one. Empty to turn it off. A page of yours at that path is kept; `<!-- roundup:events -->` in it shows
    the index."""

    speakers_url = _IndexUrl(default="speakers/")
    """URL of the generated speakers index. Empty to turn it off (speaker names in the indexes
    are then not linked, unless `speaker_pages` is on)."""

    organizations_url = _IndexUrl(default="organizations/")
    """URL of the generated organizations index. Empty to turn it off."""

    speaker_pages = c.Type(bool, default=False)
    """Also generate one page per speaker under `speakers_url` (`speakers/<id>/`), outside the
    navigation; speaker names in the indexes then link to these pages."""

    speakers_file = c.Optional(c.Type(str))
    """YAML file (relative to `mkdocs.yml`) listing speakers: `name` (the display name),
    `aliases`, `links`, `id`, `photo`, `affiliation`, `bio`, and `distinct` (look-alike names
    of other people). `mkdocs serve` watches it."""

    posters = c.Type(bool, default=True)
    """Fetch video and slide thumbnails at build time (oEmbed) and serve them from the site
    (cached in `cache_dir`; an offline build keeps the typeset covers). `false` to turn off."""

    posters_strict = c.Type(bool, default=False)
    """Report a poster that could not be fetched as a warning (fails `--strict`) instead of an info line."""

    poster_endpoints = _Endpoints()
    """oEmbed endpoint per provider (`youtube`, `vimeo`, `slideshare`, `speakerdeck`), replacing
    the provider's own, for a mirror or a proxy; `{url}` stands for the media's page URL and
    is the only placeholder."""

    cache = c.Type(bool, default=True)
    """Keep each page's reading in `cache_dir`, so that the next build reads again only the
    pages that changed. `false` to read every page on every build."""

    cache_dir = c.Type(str, default=".cache/roundup")
    """Where fetched posters and the pages' readings are kept between builds (relative to
    `mkdocs.yml`)."""

    lookalikes = c.Choice(("info", "warn"), default="info")
    """How names of different speakers that look alike ("may be the same speaker") are
    reported: `info` (a guess; `mkdocs build --strict` still passes) or `warn` (a warning,
    so that `--strict` fails until the speakers file settles each one)."""

    known_organizations = c.ListOfItems(c.Type(str), default=[])
    """Names that are always organizations, never speakers (the site's own pages teach the rest)."""

    field_labels = c.DictOfItems(c.ListOfItems(c.Type(str)), default={})
    """More label words, by the role they give what follows them: `speakers`, `title`,
    `slides`, `video`, `abstract`, `bio` (a speaker's bio: never the talk's), `other` (read
    as nothing). For example `{speakers: [Vortragsperson], slides: [Unterlagen]}` reads
    `Vortragsperson: Ada Vos` as the speaker. Words for English, German, French, Spanish,
    Portuguese, Japanese and Chinese are built in."""

    language = c.Optional(c.Type(str))
    """The language of every word the plugin writes (`de`, `pt-BR` …). Default: the theme's
    (`theme.language` of Material, `theme.locale` of MkDocs' themes), else English."""

    labels = c.Type(dict, default={})
    """Your own text for any string the plugin writes, by key (`slides: Decks`); a count
    takes its plural forms (`talk_count: {one: "{n} session", other: "{n} sessions"}`)."""
