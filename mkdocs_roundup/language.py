"""The words the plugin writes, in the site's language.

One YAML file per language in ``mkdocs_roundup/translations/`` (``de.yml``, ``pt.yml`` …)
holds every string a reader sees: labels and badges, index titles, counts with their plural
forms, month names and date patterns, and the writing direction. ``en.yml`` is complete and
is the fallback for any string another file leaves out. The site's language comes from the
theme (Material's ``theme.language``, MkDocs' ``theme.locale``) or the ``language`` option;
``labels`` (plugin option) overrides single strings.

Nothing here imports MkDocs: the Markdown extension used alone takes a language too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .log import log
from .parse import YAML_LOADER
from .patterns import lazy

FOLDER = Path(__file__).parent / "translations"
DEFAULT = "en"


def _one_other(n: int) -> str:
    return "one" if n == 1 else "other"


def _zero_one_other(n: int) -> str:
    return "one" if n in (0, 1) else "other"


def _slavic(n: int, *, east: bool) -> str:
    last, tens = n % 10, n % 100
    if n == 1 or (east and last == 1 and tens != 11):
        return "one"
    if 2 <= last <= 4 and not 12 <= tens <= 14:
        return "few"
    return "many"


def _arabic(n: int) -> str:
    tens = n % 100
    if n in (0, 1, 2):
        return ("zero", "one", "two")[n]
    if 3 <= tens <= 10:
        return "few"
    return "many" if 11 <= tens <= 99 else "other"


PLURAL_RULES: dict[str, Callable[[int], str]] = {
    "en": _one_other,
    "fr": _zero_one_other,
    "ja": lambda n: "other",
    "ru": lambda n: _slavic(n, east=True),
    "pl": lambda n: _slavic(n, east=False),
    "ar": _arabic,
}
"""Plural rules (after CLDR's, for whole numbers), named by a language that uses them: a
translation file names its rule with ``plural:``. ``en``: one, other (German, Dutch,
Spanish, Italian …); ``fr``: 0 and 1 are one (French, Portuguese); ``ja``: a single form
(Japanese, Chinese, Korean); ``ru``: one, few, many (Russian, Ukrainian); ``pl``: one, few,
many (Polish, Czech uses ``pl`` closely enough for counts of talks); ``ar``: zero, one,
two, few, many, other."""

_ISO_DATE = lazy(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


class TranslationError(ValueError):
    """A translation file or a ``labels`` override that cannot be used."""


@dataclass(frozen=True)
class Language:
    """Every string of one language, with its plural rule and date patterns."""

    code: str
    """The language asked for, as the theme writes it (``de``, ``pt-BR``)."""
    direction: str
    """``ltr`` or ``rtl``."""
    labels: Mapping[str, str]
    counts: Mapping[str, Mapping[str, str]]
    """Plural forms by count key: ``{"talks": {"one": "{n} talk", "other": "{n} talks"}}``."""
    plural: Callable[[int], str]
    months: tuple[str, ...]
    """Month names as they follow a day (``7. Dezember``)."""
    months_alone: tuple[str, ...]
    """Month names on their own (``Dezember 2023``; Polish and Russian change the word)."""
    day_pattern: str
    """A full date: ``{day}``, ``{month}``, ``{year}``, ``{mm}``."""
    month_pattern: str
    """A month of a year."""

    def __getitem__(self, key: str) -> str:
        return self.labels[key]

    def count(self, key: str, n: int) -> str:
        """``n`` things in words: ``count("talks", 3)`` is ``3 talks`` (``3 Vorträge``)."""
        forms = self.counts[key]
        form = forms.get(self.plural(n)) or forms.get("other") or next(iter(forms.values()))
        return form.replace("{n}", str(n))

    def date(self, text: str) -> str:
        """An ISO date (``2023-12-07``, or a month ``2023-12``) in words; else as given."""
        found = _ISO_DATE.fullmatch(text.strip())
        if found is None or not 1 <= int(found[2]) <= 12:
            return text
        year, month, day = found[1], int(found[2]), found[3]
        if day is None:
            return self.month_pattern.format(
                month=self.months_alone[month - 1], year=year, mm=month
            )
        return self.day_pattern.format(
            day=int(day), month=self.months[month - 1], year=year, mm=month
        )

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"


def normalize(code: str) -> str:
    """``pt_BR``, ``pt-br`` → ``pt-br``: file names are lower case with a hyphen."""
    return code.strip().replace("_", "-").lower()


def available() -> list[str]:
    """The languages shipped (file names without ``.yml``)."""
    return sorted(path.stem for path in FOLDER.glob("*.yml"))


@cache
def _table(name: str) -> dict[str, Any]:
    path = FOLDER / f"{name}.yml"
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    if not isinstance(data, dict):
        raise TranslationError(f"{path.name}: expected a mapping")
    return data


SAME_AS = {"zh-tw": "zh-hant", "zh-hk": "zh-hant", "zh-mo": "zh-hant"}
"""Codes that name a script through a region: Taiwan, Hong Kong and Macau write Chinese in
traditional characters."""


def _file_for(code: str) -> str | None:
    """The translation file for a language code: the code itself (``pt-br``), then its
    language (``pt``)."""
    shipped = set(available())
    wanted = normalize(code)
    wanted = SAME_AS.get(wanted, wanted)
    for name in (wanted, wanted.split("-", 1)[0]):
        if name in shipped:
            return name
    return None


def load(code: str | None, overrides: Mapping[str, Any] | None = None) -> Language:
    """The strings of language ``code`` (English where it has none), with ``overrides``
    (the ``labels`` option: a string per label, or per count a string or forms by plural
    category) applied last."""
    code = code or DEFAULT
    name = _file_for(code)
    if name is None:
        log.info(
            "roundup: no translation for language '%s' (shipped: %s); English is used. "
            "The 'labels' option sets any string.",
            code,
            ", ".join(available()),
        )
        name = DEFAULT
    base, table = _table(DEFAULT), _table(name)
    labels = {**base["labels"], **table.get("labels", {})}
    counts = {**base["counts"], **table.get("counts", {})}
    dates = {**base["dates"], **table.get("dates", {})}
    for key, value in (overrides or {}).items():
        if key in counts:
            counts[key] = value if isinstance(value, dict) else {"other": str(value)}
        elif key in labels:
            labels[key] = str(value)
        else:
            known = ", ".join(sorted([*labels, *counts]))
            raise TranslationError(f"labels: unknown label '{key}' (labels: {known})")
    rule = str(table.get("plural", "en"))
    if rule not in PLURAL_RULES:
        raise TranslationError(
            f"{name}.yml: unknown plural rule '{rule}' (rules: {', '.join(PLURAL_RULES)})"
        )
    months = tuple(dates["months"])
    return Language(
        code=code,
        direction=str(table.get("direction", "ltr")),
        labels={k: str(v) for k, v in labels.items()},
        counts={k: {f: str(t) for f, t in v.items()} for k, v in counts.items()},
        plural=PLURAL_RULES[rule],
        months=months,
        months_alone=tuple(dates.get("months_alone") or months),
        day_pattern=str(dates["day"]),
        month_pattern=str(dates["month"]),
    )


ENGLISH = load(DEFAULT)
"""The default strings (what the renderers use when not given a language)."""
