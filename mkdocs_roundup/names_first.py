"""A talk's line that names its speakers first, then the title: after a colon or a dash
(``Ann Lee: Title``, ``[Ann Lee](…) - Title``), or after an honorific (``김민수님 - Title``); read so
at once where the names are linked, else kept for the pages whose talks are written so.
"""

from __future__ import annotations

import re

from .bylines import LINKED_RUN, PARENTHESES, BylineReader
from .event_names import AFTER_TITLE, event_name_only
from .fields import Fields, Kept, People
from .han_people import han_name_and_work
from .inline import ONE_SLOT, SLOT, Inline
from .link_targets import is_media_address
from .model import Party
from .name_cuts import NAMES_COLON, TRACK, names_cut, subtitle, what_they_did
from .names import (
    clean_text,
    is_org_name,
    is_role,
    looks_like_name,
    word_count,
)
from .paren_remarks import is_affiliation
from .patterns import lazy
from .profiles import is_profile_site_page
from .providers import url_parts

_NAMES_FIRST = lazy(r"(?P<names>[^:]{3,60}?)\s*:\s+(?P<title>.{3,})")
"""``[Jane Doe](profile): Title``: the speaker first."""

_NAME_WITH_LINK = lazy(r"[^\x00()]+\(\s*\x00\d+\x00\s*\)")
"""``Ann Lee ([annlee.example](…))``: a name, her site or her organization linked after it."""

_LINKED_FIRST = lazy(rf"\s*(?P<names>{LINKED_RUN})\s*[-–—|]\s+(?P<title>.{{3,}})")
"""Linked speakers, a dash, the title."""

_HONORIFIC_FIRST = lazy(r"(?P<names>[^-–—:|]+?)\s*(?:님|さん)\s*[-–—:|：]\s*(?P<title>.+)")
"""A name and the honorific after it (Korean ``님``, Japanese ``さん``), then the title."""


def _no_names_cut(text: str, found: re.Match[str], inline: Inline, fields: Fields) -> bool:
    """Whether a line's cut names no one before a title: too many words before it, a home
    page's link, a subtitle, what someone did (a news item), or an event's name and no more
    after it."""
    return (
        len(inline.visible(found["names"]).split()) > 8
        or _home_page(found["title"], inline)
        or subtitle(text, found)
        or what_they_did(found, inline, fields)
        or _linked_name_after(found, inline)
        # "Quiet Queues - PyCon 2019": where the talk before the cut was given
        or event_name_only(inline.visible(found["title"]), AFTER_TITLE)
    )


def _linked_name_after(found: re.Match[str], inline: Inline) -> bool:
    """Whether the words after the cut are one link whose two words name someone and the
    words before it link nothing (``Real-Time Systems - [Ann Lee](video)``): the link names
    the speaker, the words before it the title (three words, ``Marta Jug - [Sailing Through
    Schemas](deck)``, are a title's as often as a name's)."""
    slot = ONE_SLOT.fullmatch(found["title"].strip())
    if slot is None or "\x00" in found["names"]:
        return False
    words = clean_text(inline.links[int(slot[1])].text)
    return len(words.split()) == 2 and looks_like_name(words)  # ("Sailing Through Schemas")


def _colon_cut(
    text: str, found: re.Match[str], inline: Inline, fields: Fields, *, tracked: bool
) -> bool:
    """Whether a line cut at a colon after names may read them as its speakers: not a
    title in bold and its subtitle (``**Speaker Diarization: Methods**``), and, where
    neither a track nor a date says it, a title after the names (``- Ann Lee: Acme Corp``,
    ``…: Berlin``, ``…: @ann`` say where or who)."""
    if _wholly_strong(text, inline):
        return False
    dated = "dated" in fields.evidence
    return tracked or dated or _says_what(inline.visible(found["title"]))


def _says_what(title: str) -> bool:
    """Whether the words after ``Ann Lee:`` may be a talk's title: two words or more, no
    organization's name, no room, no address or handle (``Acme Corp``, ``Berlin``, ``Room
    101``, ``@ann`` say where or who)."""
    words = word_count(title)
    if words < 2 or "@" in title or is_org_name(title) or is_role(title):
        return False  # "- Ann Lee: Senior Developer": what she does
    return not (words == 2 and any(map(str.isdigit, title)))


def _wholly_strong(text: str, inline: Inline) -> bool:
    """Whether a line's words are all one bold run (``**Title: Subtitle**``)."""
    return any(inline.visible(text).strip() == clean_text(strong) for strong in inline.strong)


def _affiliations(orgs: tuple[Party, ...], names: str) -> bool:
    """Whether each organization a line's names give is written in parentheses after a
    name (``Ann Lee (MIT)``) and reads as where she works
    (:func:`~mkdocs_roundup.paren_remarks.is_affiliation`)."""
    return all(f"({org.name})" in names and is_affiliation(org.name) for org in orgs)


def _home_page(text: str, inline: Inline) -> bool:
    """Whether ``text`` is one link to a site's home page (``[Acme](https://acme.example/)``
    after a name: where she works, no talk's title)."""
    slot = ONE_SLOT.fullmatch(text)
    if slot is None:
        return False
    parts = url_parts(inline.links[int(slot[1])].href.strip())
    return bool(parts.netloc) and parts.path in ("", "/") and not parts.query


class NamesFirstReader(BylineReader):
    """Reads a line that names its speakers before its title."""

    def _honorific_first(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``정다은님 - Title``, ``[Ann Lee](…)さん: Title``: a name an honorific follows is a
        person's, the speaker's, given first (``Name@Org``: her organization; ``(Alias)``: no
        part of her name)."""
        found = _HONORIFIC_FIRST.fullmatch(text) if "님" in text or "さん" in text else None
        if found is None or not found["title"].strip():
            return False
        slot = ONE_SLOT.fullmatch(found["names"])
        link = inline.links[int(slot[1])] if slot else None
        written = clean_text(link.text if link else inline.visible(found["names"]))
        name, _, org = PARENTHESES.sub("", written).strip(" `").partition("@")
        if not name.strip() or "\x00" in name or len(name.split()) > 4:
            return False
        url = link.href.strip() if link and link.href.strip() else None
        fields.add_people([Party(name.strip(), url)], [Party(org.strip())] if org.strip() else [])
        fields.evidence.add("person")
        self._title_part(found["title"], inline, fields)
        fields.speaker_first = True
        return True

    def _names_first(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``[Jane Doe](…): Queues at Scale``, ``[Jane Doe](…) - Queues at Scale``: the
        speaker first."""
        for pattern in (_NAMES_FIRST, _LINKED_FIRST) if ":" in text else (_LINKED_FIRST,):
            first = pattern.fullmatch(text)  # the names before a colon need one
            named = self.only_names(first["names"], inline) if first else None
            # Only linked names: "Apache Mesos: An Introduction" is a title, not a person;
            # "[Acme Labs](github.com/acmelabs)" is an organization's.
            # A repository among the names ("[Ann](…) - [tool](github.com/ann/tool): …") is
            # the project the title names.
            if (
                first
                and named
                and (
                    all(self._linked_person(p) for p in named[0])
                    or (_NAME_WITH_LINK.fullmatch(first["names"]) and self._one_in_full(named))
                )
                and not any(o.url and is_profile_site_page(o.url) for o in named[1])
                and not any(
                    self.player_piece(inline.links[int(n)], files=True)
                    for n in SLOT.findall(first["names"])
                )
                and not _home_page(first["title"], inline)
            ):
                fields.add_people(*named)
                self._title_part(first["title"], inline, fields)
                fields.speaker_first = True
                return True
        return False

    def _first_person(self, party: Party) -> bool:
        """A person named first on a line, in full, not by a link to a recording or a deck
        (``[Quiet Queues](video) - Ann Lee, Harbor Days``: the title's link)."""
        return self._named_person(party) and not (party.url and is_media_address(party.url))

    def _names_then_title(self, text: str, inline: Inline, fields: Fields) -> None:
        """Keep ``Ann Lee - Title`` (full names, linked or not, maybe each with where she
        works, ``Ann Lee (MIT)``, a dash, a title) for the pages whose talks put their
        speakers first."""
        tracked = TRACK.match(text) if ":" in text else None
        if tracked:  # "Talks - Ann Lee: Title", a conference's recordings as named
            text = text[tracked.end() :]
        found = names_cut(text, fields, tracked=tracked is not None)
        colon = found is not None and found.re.pattern == NAMES_COLON.pattern
        if found and colon and not _colon_cut(text, found, inline, fields, tracked=bool(tracked)):
            return
        if found is None or _no_names_cut(text, found, inline, fields):
            return
        names = found["names"]
        people = self._first_people(names, inline)
        if people is None:
            return
        fields.names_then_title = Kept(found["title"], inline, people)
        if colon:
            dated = "dated" in fields.evidence
            fields.names_colon = "track" if tracked else "dated" if dated else "said"
        # "Machine Learning Basics - Cy Park": both sides read as full names; a link tells
        # ("Spock - Powerful Web Apps" is no one's name: "Spock" is one word)
        other = self.only_names(found["title"], inline) if "\x00" not in names else None
        either = bool(other and all(self._full_name(p) for p in other[0]))
        fields.names_either_way = either and not tracked  # a track's names come first

    def _first_people(self, names: str, inline: Inline) -> People | None:
        """The people a line names before its title, each in full, maybe with where she
        works in parentheses (``Ann Lee (MIT)``); not with an organization after a comma
        (``Ann Lee, Acme`` may say where the talk was)."""
        if "\x00" not in names and (han := han_name_and_work(names)):
            return han  # "赵敏（海港科技高级技术专家）"
        speakers, orgs = self.column_people(names, inline)
        if not speakers or not all(self._first_person(p) for p in speakers):
            return None
        if orgs and not _affiliations(orgs, inline.visible(names)):
            return None
        return speakers, orgs

    def take_names_then_title(self, fields: Fields) -> bool:
        """Read the line kept by :meth:`_names_then_title` speaker first."""
        if fields.speaker_first or not self._reread(fields, fields.names_then_title):
            return False
        fields.speaker_first = True
        if fields.title_material is not None:
            fields.media.append(fields.title_material)
            fields.evidence.add("media")
        return True
