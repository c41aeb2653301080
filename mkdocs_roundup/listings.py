"""The listing writers: the HTML of the index pages and of the listing markers, from the
templates (``roundup/events.html`` …) and a few fixed pieces of markup written in Python.

Nothing here imports MkDocs.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import jinja2
from markupsafe import Markup

from .catalog import EventInfo, Listed, PersonEntry
from .language import ENGLISH, Language
from .links import is_safe_link
from .markers import Marker
from .model import KINDS, Talk
from .profiles import link_label
from .render import CardRenderer
from .site_urls import relative_to, site_root
from .site_view import SiteView

_escape = html.escape


class TalkItems:
    """Talks as list items (``<li>``), as every index and listing shows them: the title
    linking to the card, the kind badge, the slides and video marks, then a ``<small>`` line
    with the talk's people and its event. For example::

        <li><a href="../blog/summit/#quiet-queues">Quiet Queues</a>
          <span class="roundup-badge roundup-badge--keynote">Keynote</span>
          <span class="roundup-mark">Slides</span>
          <span class="roundup-mark roundup-mark--video">Video</span><small>
          <span class="roundup-item__people"><a href="../speakers/#ada-vos">Ada Vos</a></span>
          <span class="roundup-item__orgs">Acme</span>
          <span class="roundup-item__event">Summit</span><time datetime="2025-04-02">April
          2, 2025</time></small></li>

    (on one line). Written here rather than in a template: a large site lists each talk
    several times (under its event, each of its speakers and organizations), and this small,
    fixed markup is written many times faster in Python. Each event's line is written once
    per build; a talk's part is written each time (kept, thousands of them would stay in
    memory while the largest index renders, to save microseconds); links are ``root``
    (``../`` per folder of the page) plus a site URL, so they hold for any page.
    """

    def __init__(self, language: Language) -> None:
        self.language = language
        self.labels = labels = language.labels
        self.slides = f' <span class="roundup-mark">{_escape(labels["slides"])}</span>'
        self.video = (
            f' <span class="roundup-mark roundup-mark--video">{_escape(labels["video"])}</span>'
        )
        self.badges = {kind: self._badge(kind) for kind in KINDS}
        self.events: dict[str, str] = {}
        """By event source: the event's part of the ``<small>`` line."""

    def item(self, listed: Listed, root: str, *, show_event: bool, show_people: bool) -> str:
        talk = listed.talk
        meta = self._people(listed, root) if show_people else ""
        if show_event:
            meta += self._event(listed.event)
        small = f"<small>{meta}</small>" if meta else ""
        return f'<li><a href="{root}{_escape(talk.url)}{self._title(talk)}{small}</li>'

    def _title(self, talk: Talk) -> str:
        return (
            f'">{_escape(talk.title)}</a>'
            + self.badges[talk.kind]
            + (self.slides if talk.slides else "")
            + (self.video if talk.videos else "")
        )

    def _badge(self, kind: str) -> str:
        if kind == "talk":
            return ""
        label = _escape(self.labels.get(f"kind_{kind}", kind))
        return f' <span class="roundup-badge roundup-badge--{_escape(kind)}">{label}</span>'

    @staticmethod
    def _people(listed: Listed, root: str) -> str:
        text = ""
        for part, names in (("people", listed.speakers), ("orgs", listed.organizations)):
            if names:
                shown = ", ".join(
                    f'<a href="{root}{_escape(n.href)}">{_escape(n.name)}</a>'
                    if n.href
                    else _escape(n.name)
                    for n in names
                )
                text += f'<span class="roundup-item__{part}">{shown}</span>'
        return text

    def _event(self, event: EventInfo) -> str:
        text = self.events.get(event.source)
        if text is None:
            text = f'<span class="roundup-item__event">{_escape(event.title)}</span>'
            if event.date:
                shown = _escape(self.language.date(event.date))
                text += f'<time datetime="{_escape(event.date)}">{shown}</time>'
            self.events[event.source] = text
        return text


def person_entry(
    entry: PersonEntry,
    talks: str,
    relative: Callable[[str], str],
    labels: Mapping[str, str],
    *,
    standalone: bool = False,
) -> str:
    """A person's (or an organization's) entry, with the list of their ``talks``::

        <section class="roundup-person" id="ada-vos">
        <h3 class="roundup-person__name">Ada Vos</h3>
        <img class="roundup-person__photo" src="../img/ada.jpg" alt="" loading="lazy">
        <p class="roundup-person__affiliation">Acme</p>
        <p class="roundup-person__bio">Runs the storage team.</p>
        <p class="roundup-person__links"><span class="roundup-person__label">Profiles:</span>
          <a href="https://github.com/ada">GitHub</a>, <a href="…">LinkedIn</a></p>
        <p class="roundup-person__aliases"><span class="roundup-person__label">Also written:</span>
          Ada Voss</p>
        <ul class="roundup-list">…</ul>
        </section>

    Photo, affiliation, bio, links and aliases only when there are any; the name is a link
    when the person has a page of their own. ``standalone`` (their own page, whose title is
    their name): no id, no name. Written here for the reason :class:`TalkItems` gives: the
    speakers index of a large site has thousands of entries."""
    person = entry.person
    if standalone:
        parts = ['<section class="roundup-person">']
    else:
        name = _escape(person.name)
        if entry.has_page and entry.href:
            name = f'<a href="{_escape(relative(entry.href))}">{name}</a>'
        parts = [
            f'<section class="roundup-person" id="{_escape(person.id)}">',
            f'<h3 class="roundup-person__name">{name}</h3>',
        ]
    if person.photo and is_safe_link(person.photo):
        photo = _escape(relative(person.photo))
        parts.append(f'<img class="roundup-person__photo" src="{photo}" alt="" loading="lazy">')
    for part, text in (("affiliation", person.affiliation), ("bio", person.bio)):
        if text:
            parts.append(f'<p class="roundup-person__{part}">{_escape(text)}</p>')
    profiles = entry.profiles
    if profiles:
        links = ", ".join(
            f'<a href="{_escape(url)}">{_escape(label)}</a>' for url, label in profiles
        )
        label = _escape(labels["links"])
        parts.append(
            f'<p class="roundup-person__links"><span class="roundup-person__label">{label}:</span>'
            f" {links}</p>"
        )
    if person.aliases:
        label = _escape(labels["aliases"])
        aliases = _escape(", ".join(person.aliases))
        parts.append(
            f'<p class="roundup-person__aliases"><span class="roundup-person__label">{label}:</span>'
            f" {aliases}</p>"
        )
    parts.append(talks)
    parts.append("</section>")
    return "\n".join(parts)


class IndexRenderer:
    """The index templates (``roundup/events.html`` …), rendered for one page at a time.

    Templates lay out the pages; the lists of talks in them come from :class:`TalkItems`,
    through the ``talk_list`` function each template receives, the entries of people from
    :func:`person_entry`, through ``person``. Links start with ``root`` (``../`` per folder
    of the page): no per-link path arithmetic.
    """

    def __init__(self, env: jinja2.Environment, language: Language = ENGLISH) -> None:
        self.env = env
        self.cards: CardRenderer | None = None
        """What writes a ``roundup:card`` marker's card (the plugin's, set once made)."""
        self.language = language
        self.labels = dict(language.labels)
        self.items = TalkItems(language)

    def render(self, template: str, page_url: str, **context: Any) -> list[str]:
        """The template's output, without the white space at its ends, in the pieces Jinja
        writes: the page they go into joins them once (an index of a large site is megabytes,
        and one string of it, then another of the page, would hold it twice)."""
        root = site_root(page_url)
        relative = relative_to(page_url)
        labels = self.labels
        item = self.items.item

        def talks(list_of: Iterable[Listed], show_event: bool, show_people: bool) -> str:
            items = "\n".join(
                item(t, root, show_event=show_event, show_people=show_people) for t in list_of
            )
            return f'<ul class="roundup-list">\n{items}\n</ul>'

        def talk_list(
            list_of: Iterable[Listed], show_event: bool = True, show_people: bool = True
        ) -> Markup:
            return Markup(talks(list_of, show_event, show_people))

        def person(entry: PersonEntry, standalone: bool = False) -> Markup:
            listed = talks(entry.talks, show_event=True, show_people=False)
            return Markup(person_entry(entry, listed, relative, labels, standalone=standalone))

        pieces = self.env.get_template(f"roundup/{template}.html").generate(
            root=root,
            relative=relative,
            talk_list=talk_list,
            person=person,
            labels=labels,
            count=self.language.count,
            date=self.language.date,
            dir="rtl" if self.language.rtl else "",
            link_label=link_label,
            page_url=page_url,
            **context,
        )
        return _stripped(list(pieces))

    def card(self, talk: Talk, page_url: str) -> list[str]:
        """A talk's card on another page: the card's template around a heading linking to
        the talk on its own page (no anchor: the page's own headings keep theirs) and its
        abstract, as plain text."""
        cards = self.cards
        assert cards is not None
        cards.root = site_root(page_url)
        head, meta, foot = cards.parts(talk)
        link = _escape(relative_to(page_url)(talk.url))
        heading = f'<h3 class="roundup-talk__title"><a href="{link}">{_escape(talk.title)}</a></h3>'
        body = f"<p>{_escape(talk.abstract)}</p>" if talk.abstract else ""
        return [part for part in (head, heading, meta, body, foot) if part]

    def marker(
        self, marker: Marker, view: SiteView, page_source: str, page_url: str
    ) -> tuple[list[str] | None, str | None]:
        """HTML for one marker, or ``None`` and why not."""
        if marker.kind == "talks":
            talks, problem = view.select(marker, page_source)
            if problem:
                return None, problem
            return self.render("listing", page_url, talks=talks, marker=marker), None
        if marker.kind == "events":
            return self.render("events", page_url, events=view.events), None
        if marker.kind == "card":
            listed, problem = view.talk(marker, page_source)
            if listed is None or self.cards is None:
                return None, problem
            return self.card(listed.talk, page_url), None
        if marker.kind in {"speakers", "organizations"}:
            entries = view.speakers if marker.kind == "speakers" else view.organizations
            letters = list(dict.fromkeys(e.letter for e in entries))
            return self.render(marker.kind, page_url, entries=entries, letters=letters), None
        entry, problem = view.person(marker)
        if entry is None:
            return None, problem
        return self.render(
            "speaker", page_url, entry=entry, kind=marker.kind, standalone=True
        ), None


def _stripped(pieces: list[str]) -> list[str]:
    """``pieces`` as ``"".join(pieces).strip()`` has them."""
    first = next((n for n, piece in enumerate(pieces) if not piece.isspace() and piece), None)
    if first is None:
        return []
    last = next(n for n in range(len(pieces) - 1, -1, -1) if pieces[n] and not pieces[n].isspace())
    kept = pieces[first : last + 1]
    kept[0] = kept[0].lstrip()
    kept[-1] = kept[-1].rstrip()
    return kept
