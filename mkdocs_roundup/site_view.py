"""The indexes as of now: every event, speaker and organization with their talks, and the
queries the listing markers make of them (``roundup:talks speaker="…"``, ``roundup:card``…).

Nothing here imports MkDocs.
"""

from __future__ import annotations

import difflib
import posixpath
from collections.abc import Callable, Mapping

from .catalog import Catalog, EventEntry, Listed, Named, PersonEntry, sort_key
from .identity import Directory
from .markers import Marker
from .model import KINDS, Event
from .names import name_key


class SiteView:
    """The indexes as of now: built from the events once every page is rendered."""

    def __init__(
        self,
        catalog: Catalog,
        events: Mapping[str, Event],
        made: Mapping[str, EventEntry],
    ) -> None:
        """``made``: entries already made for some of the events (when their page was
        rendered); an entry is used only for the very event it was made of."""
        self.catalog = catalog
        entries = []
        for source, event in events.items():
            entry = made.get(source)
            if entry is None or entry.event is not event:
                entry = catalog.entry(source, event)
            entries.append(entry)
        # Newest first; events without a date last, by title.
        entries.sort(key=lambda e: (e.info.title.casefold(), e.info.source))
        entries.sort(key=lambda e: e.info.date or "", reverse=True)
        self.events: tuple[EventEntry, ...] = tuple(entries)
        self.by_source = {entry.info.source: entry for entry in entries}
        self.talks: tuple[Listed, ...] = tuple(t for e in entries for t in e.talks)
        self.speakers = self._entries(
            catalog.people, lambda n: n.speakers, catalog.person_href, family_first=True
        )
        self.organizations = self._entries(
            catalog.organizations,
            lambda n: n.organizations,
            catalog.organization_href,
            family_first=False,
        )
        self._by_id = {("speaker", e.person.id): e for e in self.speakers}
        self._by_id.update((("organization", e.person.id), e) for e in self.organizations)

    def _entries(
        self,
        directory: Directory,
        names: Callable[[Listed], tuple[Named, ...]],
        where: Mapping[str, str | None],
        *,
        family_first: bool,
    ) -> tuple[PersonEntry, ...]:
        talks: dict[str, list[Listed]] = {}
        for listed in self.talks:
            for named in names(listed):
                if named.id is None:
                    continue
                found = talks.setdefault(named.id, [])
                if not found or found[-1] is not listed:  # two names of one person, one talk
                    found.append(listed)
        entries = [
            PersonEntry(p, where[p.id], tuple(talks[p.id]), sort_key(p, family_first=family_first))
            for p in directory
            if talks.get(p.id)
        ]
        entries.sort(key=lambda e: (e.sort_key, name_key(e.person.name), e.person.id))
        return tuple(entries)

    # -- markers --------------------------------------------------------------------------

    def select(self, marker: Marker, page_source: str) -> tuple[list[Listed], str | None]:
        """The talks a ``roundup:talks`` marker asks for, or why it cannot be shown."""
        found = list(self.talks)
        event = marker.get("event")
        for key, directory, known, parties in (
            ("speaker", self.catalog.people, self.speakers, "speakers"),
            ("organization", self.catalog.organizations, self.organizations, "organizations"),
        ):
            wanted = marker.get(key)
            if wanted is None:
                continue
            party = directory.find(wanted)
            if party is None:
                return [], f"roundup:talks: no {key} '{wanted}'{self._suggest(wanted, known)}"
            found = [t for t in found if any(n.id == party.id for n in getattr(t, parties))]
        if event is not None:
            source = self.event_source(event, page_source)
            if source is None:
                return [], f"roundup:talks: no roundup page '{event}'"
            found = [t for t in found if t.event.source == source]
        kind = marker.get("kind")
        if kind is not None:
            if kind not in KINDS:
                return [], f"roundup:talks: unknown kind '{kind}' (kinds: {', '.join(KINDS)})"
            found = [t for t in found if t.talk.kind == kind]
        latest = marker.get("latest")
        if latest is not None:
            if not latest.isdigit() or int(latest) < 1:
                return [], f"roundup:talks: latest must be a number of talks, not '{latest}'"
            found = found[: int(latest)]
        return found, None

    def talk(self, marker: Marker, page_source: str) -> tuple[Listed | None, str | None]:
        """The talk a ``roundup:card`` marker names (``event=`` and ``talk=``, its anchor
        or its title), or why not."""
        event, wanted = marker.get("event"), marker.get("talk")
        if event is None or wanted is None:
            return None, 'roundup:card: needs event="page.md" and talk="anchor or title"'
        source = self.event_source(event, page_source)
        if source is None:
            return None, f"roundup:card: no roundup page '{event}'"
        talks = self.by_source[source].talks
        key = name_key(wanted)
        found = next(
            (t for t in talks if t.talk.id == wanted or name_key(t.talk.title) == key), None
        )
        if found is None:
            titles = {name_key(t.talk.title): t.talk.title for t in talks}
            close = difflib.get_close_matches(key, list(titles), n=1, cutoff=0.75)
            hint = f" (did you mean '{titles[close[0]]}'?)" if close else ""
            return None, f"roundup:card: no talk '{wanted}' in {source}{hint}"
        return found, None

    def event_source(self, text: str, page_source: str) -> str | None:
        candidates = [
            text.lstrip("/"),
            posixpath.normpath(posixpath.join(posixpath.dirname(page_source), text)),
        ]
        for candidate in candidates:
            for source in (candidate, candidate + ".md", candidate.rstrip("/") + "/index.md"):
                if source in self.by_source:
                    return source
        return None

    def person(self, marker: Marker) -> tuple[PersonEntry | None, str | None]:
        entries = self.speakers if marker.kind == "speaker" else self.organizations
        wanted = marker.get("id") or ""
        directory = self.catalog.people if marker.kind == "speaker" else self.catalog.organizations
        person = directory.find(wanted)
        entry = self.entry(marker.kind, person.id) if person is not None else None
        if entry is None:
            return (
                None,
                f"roundup:{marker.kind}: no {marker.kind} '{wanted}'{self._suggest(wanted, entries)}",
            )
        return entry, None

    def entry(self, kind: str, person_id: str) -> PersonEntry | None:
        """The entry of a ``speaker`` or an ``organization`` by id."""
        return self._by_id.get((kind, person_id))

    @staticmethod
    def _suggest(text: str, entries: tuple[PersonEntry, ...]) -> str:
        names = {name_key(n): n for e in entries for n in e.person.names}
        close = difflib.get_close_matches(name_key(text), list(names), n=1, cutoff=0.75)
        return f" (did you mean '{names[close[0]]}'?)" if close else ""
