"""The command line: ``mkdocs-roundup check`` and ``mkdocs-roundup build`` (also
``python -m mkdocs_roundup …``).

- ``check [DOCS_DIR]`` prints what the reader found on each page (talks, and what it left as
  written and why), and the warnings a build would give; ``--json`` for tools, ``--strict``
  to fail on warnings (how CI lints a site without building it);
- ``build [DOCS_DIR]`` writes the index pages, the export and the cards' assets into the docs
  folder, for tools that ignore MkDocs plugins (:mod:`mkdocs_roundup.generate`).

Both read ``mkdocs.yml`` (``-f`` to name another) for ``docs_dir`` and the roundup options.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from mkdocs.exceptions import PluginError

from . import generate
from .model import Diagnostic, Media, Talk
from .project import ConfigError, Project, Site


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mkdocs-roundup",
        description="Read talk pages as the mkdocs-roundup plugin does, without building the site.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, summary in (
        ("check", "print the talks read on each page, what was left as written, and warnings"),
        ("build", "write the index pages, roundup.json and the cards' assets into the docs"),
    ):
        command = commands.add_parser(name, help=summary, description=summary)
        command.add_argument(
            "docs_dir",
            nargs="?",
            metavar="DOCS_DIR",
            help="folder of Markdown pages (default: docs_dir of mkdocs.yml, else docs)",
        )
        command.add_argument(
            "-f",
            "--config-file",
            type=Path,
            default=Path("mkdocs.yml"),
            help="the site's mkdocs.yml, for docs_dir and the roundup options (default: %(default)s)",
        )
        command.add_argument(
            "--strict", action="store_true", help="exit with status 1 when there are warnings"
        )
        if name == "check":
            command.add_argument("--json", action="store_true", help="print JSON, for tools")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    try:
        project = Project.load(arguments.docs_dir, arguments.config_file)
        site = project.read()
    except (ConfigError, PluginError) as error:
        print(f"mkdocs-roundup: {error}", file=sys.stderr)
        return 2
    try:
        if arguments.command == "check":
            if arguments.json:
                json.dump(check_json(project, site), sys.stdout, ensure_ascii=False, indent=2)
                sys.stdout.write("\n")
            else:
                print_check(project, site, sys.stdout)
        else:
            print_build(generate.write(project, site), project, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:  # `mkdocs-roundup check | head`: the reader has seen enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 1 if arguments.strict and project.warnings else 0


# -- check ----------------------------------------------------------------------------------


def _media(items: tuple[Media, ...]) -> str:
    return ", ".join(m.provider for m in items)


def _names(talk: Talk) -> str:
    return ", ".join(p.name for p in talk.speakers) or "-"


def _line_of(warning: str, path: str) -> str | None:
    """The rest of a warning about ``path`` (``path:line: message``), else ``None``."""
    return warning[len(path) + 1 :] if warning.startswith(f"{path}:") else None


def print_check(project: Project, site: Site, out: TextIO) -> None:
    """Per page with something to say: its talks (line, kind, title, speakers, media), its
    notes and its warnings; then the warnings of the site as a whole, and a summary."""
    shown: set[str] = set()
    talks = 0
    said = [("warning", w) for w in project.warnings] + [("info", n) for n in project.notices]
    for path, plan in sorted(site.plans.items()):
        own = [
            (kind, text, rest) for kind, text in said if (rest := _line_of(text, path)) is not None
        ]
        if not (plan.talks or plan.notes or own):
            continue
        talks += len(plan.talks)
        out.write(f"{path}: {_count(len(plan.talks), 'talk')}\n")
        for item in plan.talks:
            _print_talk(item.talk, out)
        for note in plan.notes:
            out.write(f"  note: {note.line}: {note.message}\n")
        for kind, text, rest in own:
            out.write(f"  {kind}: {rest}\n")
            shown.add(text)
    for kind, text in said:
        if text not in shown:
            out.write(f"{kind}: {text}\n")
    out.write(
        f"\n{_count(len(site.plans), 'page')} read, {len(site.events)} with talks, "
        f"{_count(talks, 'talk')}, {_count(len(project.warnings), 'warning')}\n"
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _print_talk(talk: Talk, out: TextIO) -> None:
    """A talk's lines: line, kind and title; speakers; organizations and media if any."""
    out.write(f"  {talk.line:>5}  {talk.kind:<9}  {talk.title}\n")
    out.write(f"{'':20}speakers: {_names(talk)}\n")
    if talk.organizations:
        orgs = ", ".join(o.name for o in talk.organizations)
        out.write(f"{'':20}organizations: {orgs}\n")
    if talk.videos or talk.slides:
        media = [f"video {_media(talk.videos)}"] if talk.videos else []
        media += [f"slides {_media(talk.slides)}"] if talk.slides else []
        out.write(f"{'':20}media: {'; '.join(media)}\n")


def _diagnostic(item: Diagnostic) -> dict[str, Any]:
    return {"line": item.line, "message": item.message}


def _talk(talk: Talk) -> dict[str, Any]:
    """A talk as the export has it (:meth:`Talk.as_dict`), less the site URL a build gives."""
    data = talk.as_dict()
    del data["url"]
    return data


def check_json(project: Project, site: Site) -> dict[str, Any]:
    """What :func:`print_check` prints, for tools: every page read, with its talks and notes,
    every warning and every piece of information, such as guesses (``path:line: message``)."""
    return {
        "docs_dir": str(project.docs_dir),
        "pages": [
            {
                "path": path,
                "talks": [_talk(t.talk) for t in plan.talks],
                "notes": [_diagnostic(n) for n in plan.notes],
            }
            for path, plan in sorted(site.plans.items())
        ],
        "warnings": list(project.warnings),
        "info": list(project.notices),
    }


# -- build ----------------------------------------------------------------------------------


def print_build(done: generate.Written, project: Project, out: TextIO) -> None:
    for warning in project.warnings:
        out.write(f"warning: {warning}\n")
    for path in done.written:
        out.write(f"wrote {project.docs_dir / path}\n")
    for path in done.kept:
        out.write(f"kept {project.docs_dir / path}: not written by mkdocs-roundup build\n")
    if done.unchanged:
        count = len(done.unchanged)
        out.write(f"{count} file{'' if count == 1 else 's'} already up to date\n")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
