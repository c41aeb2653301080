"""The card's script and the Python side agree on what each player may do."""

from __future__ import annotations

import json
import re

import pytest

from mkdocs_roundup.providers import PROVIDERS, find, provider
from mkdocs_roundup.render import TEMPLATES

SCRIPT = TEMPLATES / "assets" / "roundup" / "roundup.js"

# One address per provider that has a player.
SAMPLES = {
    "youtube": "https://www.youtube.com/watch?v=Ab3dEf6hIj9",
    "vimeo": "https://vimeo.com/123456789",
    "slideshare": "https://www.slideshare.net/slideshow/embed_code/key/Qw3rTy7UiOpAsD",
    "speakerdeck": "https://speakerdeck.com/player/0123456789abcdef",
    "google-slides": "https://docs.google.com/presentation/d/e/2PACX-abc/embed",
}


def players() -> tuple[dict[str, dict[str, object]], dict[str, object]]:
    """The script's ``PLAYERS`` table (by host) and ``OTHER_PLAYER``, read as JSON."""
    text = SCRIPT.read_text(encoding="utf-8")
    table = re.search(r"var PLAYERS = (\{.*?\n  \});", text, re.S)
    other = re.search(r"var OTHER_PLAYER = (\{.*?\});", text)
    assert table and other, "roundup.js no longer declares PLAYERS and OTHER_PLAYER"
    return json.loads(table.group(1)), json.loads(other.group(1))


TABLE, OTHER = players()


def test_every_provider_with_a_player_has_a_sample() -> None:
    assert {p.key for p in PROVIDERS} == set(SAMPLES)


@pytest.mark.parametrize("key", sorted(SAMPLES))
def test_script_gives_each_player_what_the_iframe_modes_give_it(key: str) -> None:
    hit = find(SAMPLES[key])
    assert hit is not None and hit.provider.key == key and hit.embed_url
    kind = provider(key)
    host = re.match(r"https?://([^/?#]+)", hit.embed_url)
    assert host is not None
    player = TABLE.get(host.group(1), OTHER)
    assert player["allow"] == kind.iframe_allow
    assert player.get("referrerpolicy") == kind.referrerpolicy
    assert bool(player.get("autoplay")) == (kind.kind == "video")
