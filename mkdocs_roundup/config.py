"""The plugin's options, as written under ``plugins: - roundup:`` in ``mkdocs.yml``."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class RoundupConfig(base.Config):  # type: ignore[no-untyped-call]
    enabled = c.Type(bool, default=True)
    """Turn the plugin off without removing its configuration (for example in a quick preview)."""

    include = c.ListOfItems(c.Type(str), default=[])
    """Glob patterns of pages (relative to `docs_dir`) that may be roundups. Empty: every page."""

    exclude = c.ListOfItems(c.Type(str), default=[])
    """Glob patterns of pages that are never roundups, even if they look like one."""

    min_talks = c.Type(int, default=2)
    """How many talk sections make a page a roundup. Front matter `roundup: true|false` overrides it."""

    embeds = c.Choice(("facade", "lazy", "eager"), default="facade")
    """How slides and videos load: `facade` shows a placeholder that loads the player on click
    (no third-party request until then), `lazy` uses `<iframe loading="lazy">`, `eager` loads
    every player with the page."""

    export = c.Type(str, default="roundup.json")
    """Where the machine-readable export is written, relative to `site_dir`. Empty to turn it off."""

    events_url = c.Type(str, default="events/")
    """URL of the generated events index (`events/`, or a page such as `events.md`). Empty to
    turn it off. A page of yours at that path is kept; `<!-- roundup:events -->` in it shows
    the index."""

    speakers_url = c.Type(str, default="speakers/")
    """URL of the generated speakers index. Empty to turn it off (speaker names in the indexes
    are then not linked, unless `speaker_pages` is on)."""

    organizations_url = c.Type(str, default="organizations/")
    """URL of the generated organizations index. Empty to turn it off."""

    speaker_pages = c.Type(bool, default=False)
    """Also generate one page per speaker under `speakers_url` (`speakers/<id>/`), outside the
    navigation; speaker names in the indexes then link to these pages."""

    speakers_file = c.Optional(c.Type(str))
    """YAML file (relative to `mkdocs.yml`) listing speakers: `name` (the display name),
    `aliases`, `links`, `id`, `photo`, `affiliation`, `bio`, and `distinct` (look-alike names
    of other people). `mkdocs serve` watches it."""

    posters = c.Type(bool, default=False)
    """Fetch video and slide thumbnails at build time (oEmbed) and serve them from the site."""

    posters_strict = c.Type(bool, default=False)
    """Report a poster that could not be fetched as a warning (fails `--strict`) instead of an info line."""

    poster_endpoints = c.Type(dict, default={})
    """oEmbed endpoint per provider (`youtube`, `vimeo`, `slideshare`, `speakerdeck`), replacing
    the provider's own, for a mirror or a proxy; `{url}` stands for the media's page URL."""

    cache_dir = c.Type(str, default=".cache/roundup")
    """Where fetched posters are kept between builds (relative to `mkdocs.yml`)."""

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
