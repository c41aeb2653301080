"""``roundup.json``: every event with its talks, every speaker and organization, as data.

Nothing here imports MkDocs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.encoder import encode_basestring_ascii as _string
from typing import Any

from .catalog import Listed, Named, PersonEntry
from .links import is_safe_link, safe_links
from .model import Media, Party
from .site_view import SiteView


def pieces(view: SiteView) -> Iterator[str]:
    """``roundup.json``, piece by piece: events (by source), then speakers and
    organizations by name. One line per talk and per person, each written on its own with
    the json module's C encoders (which ``indent`` would turn off), so that the whole file
    is never one string, nor one tree of dicts."""
    entries = view.by_source
    yield '{"events": ['
    for number, source in enumerate(sorted(entries)):
        entry = entries[source]
        info = entry.info
        head = _dumps(
            {
                "source": source,
                "url": info.url,
                "title": info.title,
                "date": info.date,
                "location": info.location,
            }
        )
        yield f'{"," if number else ""}\n{head[:-1]},"talks":['
        for index, listed in enumerate(entry.talks):
            yield (",\n" if index else "\n") + _talk_json(listed)
        yield "]}"
    for key, entries_of in (("speakers", view.speakers), ("organizations", view.organizations)):
        yield f'],\n"{key}": ['
        for index, person in enumerate(entries_of):
            data = _person_data(person, with_profile=key == "speakers")
            yield (",\n" if index else "\n") + _dumps(data)
    yield "]}\n"


_ENCODER = json.JSONEncoder(separators=(",", ":"))
"""Compact, and ASCII: non-ASCII letters as ``\\u`` escapes, which any JSON reader decodes
(a file of ASCII lines is written several times faster than one of other text)."""
_dumps = _ENCODER.encode


def _optional(text: str | None) -> str:
    return "null" if text is None else _string(text)


def _safe(url: str | None) -> str | None:
    return url if url is None or is_safe_link(url) else None


def _party_json(party: Party, named: Named) -> str:
    url = _optional(_safe(party.url))
    return f'{{"name":{_string(party.name)},"url":{url},"id":{_optional(named.id)}}}'


def _media_json(item: Media) -> str:
    return (
        f'{{"provider":{_string(item.provider)},"id":{_string(item.id)},"url":{_string(item.url)}'
        f',"embed_url":{_optional(item.embed_url)},"title":{_optional(item.title)}}}'
    )


def _talk_json(listed: Listed) -> str:
    """A talk of the export: :meth:`Talk.as_dict` with each party's ``id``, written as JSON
    text directly (each string through the C encoder): the largest part of the export,
    written without building and walking a tree of dicts per talk."""
    talk = listed.talk
    speakers = ",".join(map(_party_json, talk.speakers, listed.speakers))
    orgs = ",".join(map(_party_json, talk.organizations, listed.organizations))
    slides = ",".join(map(_media_json, talk.slides))
    videos = ",".join(map(_media_json, talk.videos))
    return (
        f'{{"id":{_string(talk.id)},"url":{_string(talk.url)},"line":{int(talk.line)}'
        f',"title":{_string(talk.title)},"kind":{_string(talk.kind)}'
        f',"section":{_optional(talk.section)},"speakers":[{speakers}]'
        f',"organizations":[{orgs}],"abstract":{_string(talk.abstract)}'
        f',"slides":[{slides}],"videos":[{videos}]}}'
    )


def _person_data(entry: PersonEntry, *, with_profile: bool) -> dict[str, Any]:
    person = entry.person
    data: dict[str, Any] = {
        "id": person.id,
        "name": person.name,
        "aliases": list(person.aliases),
        "links": list(safe_links(person.links)),
        "talks": [listed.talk.url for listed in entry.talks],
    }
    if with_profile:
        data.update(photo=_safe(person.photo), affiliation=person.affiliation, bio=person.bio)
    return data
