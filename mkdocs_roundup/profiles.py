"""What a reader calls a profile link: ``LinkedIn``, ``GitHub``, else the site's host."""

from __future__ import annotations

from .people import site_host
from .providers import url_parts

SITES = {
    "linkedin.com": "LinkedIn",
    "github.com": "GitHub",
    "gitlab.com": "GitLab",
    "twitter.com": "X (Twitter)",
    "x.com": "X",
    "bsky.app": "Bluesky",
    "mastodon.social": "Mastodon",
    "fosstodon.org": "Mastodon",
    "hachyderm.io": "Mastodon",
    "sessionize.com": "Sessionize",
    "medium.com": "Medium",
}


def link_label(url: str) -> str:
    """What a reader calls a profile link: ``LinkedIn``, ``GitHub``, else the host."""
    host = site_host(url_parts(url).host or url.lower())
    return SITES.get(host, host)
