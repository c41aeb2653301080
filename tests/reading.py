"""Helpers of the reader's tests: a page's plan and talks, read from an indented example."""

from __future__ import annotations

from textwrap import dedent
from typing import Any

from mkdocs_roundup.model import Talk
from mkdocs_roundup.parse import PagePlan, parse_page

LI = "https://www.linkedin.com/in/"


def plan(text: str, *, path: str = "talks.md", **kwargs: Any) -> PagePlan:
    return parse_page(dedent(text).lstrip("\n"), path=path, **kwargs)


def talks(text: str, **kwargs: Any) -> list[Talk]:
    return [t.talk for t in plan(text, **kwargs).talks]


def people(talk: Talk) -> list[tuple[str, str | None]]:
    return [(p.name, p.url) for p in talk.speakers]


def orgs(talk: Talk) -> list[str]:
    return [o.name for o in talk.organizations]


def media(talk: Talk) -> list[str]:
    return [m.id for m in talk.media]


def over_players(title: str, *headings: str, level: int = 2) -> str:
    """A page titled ``title`` whose headings (of ``level``) each stand over a YouTube
    player of their own."""
    marks = "#" * level
    parts = [f"# {title}", ""]
    for n, heading in enumerate(headings):
        parts += [
            f"{marks} {heading}",
            "",
            f'<iframe src="https://www.youtube.com/embed/player{n:05d}"></iframe>',
            "",
        ]
    return "\n".join(parts)
