"""The speakers file: what the site owner knows about people the pages name.

:func:`read_speakers_file` reads it into :class:`SpeakerEntry` records (display names,
aliases, links, ids, and names declared to be someone else), saying at ``path:line`` what
is wrong in it; :func:`mkdocs_roundup.identity.resolve` joins them with the pages' names.

Nothing here imports MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from .links import dropped, is_safe_link, safe_links
from .model import Diagnostic
from .names import clean_text
from .patterns import lazy


@dataclass(frozen=True, slots=True)
class SpeakerEntry:
    """One entry of the speakers file: what the site owner knows about a person."""

    name: str
    """The display name (it wins over every spelling found in pages)."""
    aliases: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    id: str | None = None
    photo: str | None = None
    affiliation: str | None = None
    bio: str | None = None
    distinct: tuple[str, ...] = ()
    """Names that look like this person's but are someone else (silences the warning)."""
    path: str = ""
    line: int = 0
    sort: str | None = None
    """What the index sorts them by, for a name the family-name rule gets wrong."""


_FIELDS = {"name", "aliases", "links", "id", "photo", "affiliation", "bio", "distinct", "sort"}
_LISTS = {"aliases", "links", "distinct"}
_LINKS = {"links", "photo"}
_ID = lazy(r"\w[\w.-]*")
"""An id is a page's name and an anchor: nothing a browser would read as a scheme or a path."""


class SpeakersFileError(ValueError):
    """The speakers file cannot be read at all (the build should stop)."""


def read_speakers_file(text: str, path: str) -> tuple[list[SpeakerEntry], list[Diagnostic]]:
    """Entries of a speakers file, and what is wrong in it (``path:line``).

    The file is a YAML list; every field but ``name`` is optional::

        - name: Daan Hoogland              # the display name
          aliases: [Dahn Hoogland]         # other spellings found in pages
          links: [https://www.linkedin.com/in/dhoogland]
          id: daan                         # the anchor and page name (default: from the name)
          photo: https://example.org/daan.jpg   # or a path inside docs/
          affiliation: ShapeBlue
          bio: Committer and PMC member of Apache CloudStack.
          distinct: [Daan Hooglander]      # look-alike names of other people
          sort: Hoogland Daan              # sort key (default: family name, then the name)

    An empty file has no entries. A file that is not YAML raises :class:`SpeakersFileError`.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else path
        raise SpeakersFileError(
            f"{where}: not valid YAML: {getattr(error, 'problem', None) or error}"
        ) from None
    if root is None:
        return [], []
    if not isinstance(root, yaml.SequenceNode):
        raise SpeakersFileError(f"{path}:{_line(root)}: expected a list of speakers (- name: …)")
    entries: list[SpeakerEntry] = []
    diagnostics: list[Diagnostic] = []
    for item in root.value:
        entry = _entry(item, path, diagnostics)
        if entry is not None:
            entries.append(entry)
    return entries, diagnostics


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _entry(item: yaml.Node, path: str, diagnostics: list[Diagnostic]) -> SpeakerEntry | None:
    """One entry of the speakers file, or ``None`` (what is wrong goes to ``diagnostics``)."""
    if not isinstance(item, yaml.MappingNode):
        diagnostics.append(
            Diagnostic(path, _line(item), "expected a speaker (name: …); entry ignored")
        )
        return None
    values: dict[str, str | tuple[str, ...]] = {}
    for key_node, value_node in item.value:
        key = str(key_node.value)
        value = _field(key, key_node, value_node, path, diagnostics)
        if value is not None:
            values[key] = value
    name = values.pop("name", None)
    if not isinstance(name, str) or not name.strip():
        diagnostics.append(Diagnostic(path, _line(item), "a speaker without 'name'; entry ignored"))
        return None
    lists = {k: v for k, v in values.items() if isinstance(v, tuple)}
    texts = {k: v for k, v in values.items() if isinstance(v, str)}
    return SpeakerEntry(
        name=clean_text(name),
        aliases=tuple(clean_text(a) for a in lists.get("aliases", ())),
        links=lists.get("links", ()),
        distinct=tuple(clean_text(a) for a in lists.get("distinct", ())),
        id=texts.get("id") or None,
        photo=texts.get("photo") or None,
        affiliation=texts.get("affiliation") or None,
        bio=texts.get("bio") or None,
        path=path,
        line=_line(item),
        sort=texts.get("sort") or None,
    )


def _field(
    key: str,
    key_node: yaml.Node,
    value_node: yaml.Node,
    path: str,
    diagnostics: list[Diagnostic],
) -> str | tuple[str, ...] | None:
    """The value of one field of an entry, or ``None`` when it is left out (and why, in
    ``diagnostics``): an unknown field, a value of the wrong shape, a link that is not
    http(s) or mailto, an id that is not a page name."""
    if key not in _FIELDS:
        known = ", ".join(sorted(_FIELDS))
        diagnostics.append(
            Diagnostic(path, _line(key_node), f"unknown field '{key}' (known: {known})")
        )
        return None
    value = _strings(value_node, many=key in _LISTS)
    if value is None:
        expected = "a list of texts" if key in _LISTS else "a text"
        diagnostics.append(
            Diagnostic(path, _line(value_node), f"'{key}' must be {expected}; ignored")
        )
        return None
    if key in _LINKS:
        return _safe_value(value, value_node, f"'{key}'", path, diagnostics)
    if key == "id" and value and not _ID.fullmatch(str(value)):
        diagnostics.append(
            Diagnostic(
                path,
                _line(value_node),
                f"'id' must be letters, digits, '-', '_' and '.', not '{value}'; ignored",
            )
        )
        return None
    return value


def _safe_value(
    value: str | tuple[str, ...],
    node: yaml.Node,
    field: str,
    path: str,
    diagnostics: list[Diagnostic],
) -> str | tuple[str, ...] | None:
    """A link field without the links that are not http(s) or mailto (each one said)."""
    nodes = node.value if isinstance(node, yaml.SequenceNode) else [node]
    diagnostics += [
        Diagnostic(path, _line(n), dropped(str(n.value).strip(), field))
        for n in nodes
        if not is_safe_link(str(n.value).strip())
    ]
    if isinstance(value, tuple):
        return safe_links(value)
    return value if is_safe_link(value) else None


def _strings(node: yaml.Node, *, many: bool) -> str | tuple[str, ...] | None:
    if isinstance(node, yaml.ScalarNode):
        text = str(node.value).strip()
        return (text,) if many else text
    if (
        many
        and isinstance(node, yaml.SequenceNode)
        and all(isinstance(n, yaml.ScalarNode) for n in node.value)
    ):
        return tuple(str(n.value).strip() for n in node.value if str(n.value).strip())
    return None
