"""Generate a synthetic MkDocs site of roundup pages, for the build-speed benchmark.

The pages follow the real roundup format catalogued in ``FORMATS.md`` (the CCC 2023 shape):
front matter, intro paragraphs, ``## Day 1 Sessions`` / ``## Day 2 Sessions``, then one
``### Title, [Speaker](https://www.linkedin.com/in/handle/)`` heading per talk, an abstract,
a YouTube iframe and a SlideShare iframe. All text is invented.

Everything is drawn from ``random.Random(seed)``, so one ``(pages, talks, seed)`` always
writes byte-identical files. Speakers come from a pool that grows with the site (each talk
either introduces a new person or re-invites one, in proportion to how often they have
spoken), and the same person is written in the small ways real posts vary: trailing slash
or not on the profile URL, ``www.`` or not, accents folded or not. Identity merging in the
plugin therefore has real work to do at every size.

Usage::

    python benchmarks/generate_site.py OUT_DIR --pages 120 --talks 30 [--seed 1] [--without-plugin]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import string
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

# -- Word lists (invented) ------------------------------------------------------------------

_FIRST = (
    "Ada", "Bram", "Carmen", "Dario", "Elif", "Fenna", "Goran", "Hana", "Ilse", "Jonas",
    "Kaito", "Lena", "Marek", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Talia",
    "Umar", "Vera", "Wim", "Xenia", "Yusuf", "Zofia", "Anouk", "Bilal", "Chiara", "Dmitri",
    "Esme", "Farid", "Greta", "Hugo", "Ines", "Jasper", "Kavya", "Lucas", "Mila", "Nico",
    "Olga", "Pablo", "Rania", "Stellan", "Tomasz", "Ulla", "Viktor", "Wanjiru", "Yara", "Zeno",
    "Aurélie", "Björn", "Çağla", "Dóra", "Émile", "Søren", "Łucja", "Örjan", "Renée", "José",
)  # fmt: skip
# Surnames are built from syllables, so the space of names is large and sparse like real
# names: two distinct people are rarely a typo apart (which would make the plugin's duplicate
# check report them), while the common first names above still repeat across a large pool.
_ONSET = (
    "b", "br", "d", "dr", "f", "g", "gr", "h", "j", "k", "kr", "l", "m", "n", "p", "r", "s",
    "sk", "st", "t", "v", "w", "z", "ch", "sh", "th",
)  # fmt: skip
_VOWEL = ("a", "e", "i", "o", "u", "a", "e", "o", "é", "ö", "ü", "å", "ei", "ou", "ia")
_CODA = ("", "", "", "n", "r", "l", "s", "m", "k", "nd", "rt", "st")
_SURNAME_TAIL = (
    "berg", "dahl", "enko", "ford", "gaard", "holm", "ić", "kamp", "lund", "mann", "nova",
    "oglu", "quist", "rossi", "sen", "stad", "tini", "vall", "wick", "zak", "ström", "ère",
)  # fmt: skip
_ORG_HEAD = (
    "Nimbus", "Stratus", "Harbor", "Basalt", "Quarry", "Lumen", "Vector", "Cobalt", "Meridian",
    "Kestrel", "Orbit", "Tidal", "Granite", "Aurora", "Pioneer", "Juniper",
)  # fmt: skip
_ORG_TAIL = ("Works", "Labs", "Systems", "Cloud", "Networks", "Hosting", "Data", "IT", "Compute")
_EVENT = (
    "Infrastructure Summit", "Open Cloud Days", "Operators Meetup", "Storage Forum",
    "Virtualisation Conference", "Community Gathering", "Platform Engineering Day",
)  # fmt: skip
_CITY = (
    "Lisbon", "Tallinn", "Porto", "Ghent", "Kraków", "Lyon", "Utrecht", "Turin", "Bergen",
    "Ljubljana", "Seville", "Gdańsk", "Aarhus", "Bologna", "Cluj-Napoca", "Pune", "Kochi",
)  # fmt: skip
_VERB = (
    "Scaling", "Automating", "Securing", "Observing", "Migrating", "Upgrading", "Testing",
    "Operating", "Simplifying", "Rethinking", "Benchmarking", "Hardening",
)  # fmt: skip
_THING = (
    "Object Storage", "Tenant Networks", "GPU Workloads", "Backup Pipelines", "Bare-Metal Pools",
    "Edge Zones", "Billing Records", "Kubernetes Clusters", "Usage Metering", "Live Migration",
    "Image Registries", "Zone Failover", "Secondary Storage", "Audit Trails", "API Gateways",
    "Hypervisor Fleets", "IPv6 Tenancy", "Quota Policies",
)  # fmt: skip
_CONTEXT = (
    "at Regional Scale", "Without Downtime", "in Practice", "for Small Teams", "on a Budget",
    "Across Three Data Centres", "the Boring Way", "with Open Tooling", "Step by Step",
)  # fmt: skip
_SENTENCE_OPEN = (
    "This session walks through", "The speakers share", "We look closely at",
    "The talk reports on", "Attendees see", "This case study covers", "The team explains",
    "A hands-on look at", "The presenter compares", "This update summarises",
)  # fmt: skip
_SENTENCE_OBJECT = (
    "how the platform team rebuilt its provisioning layer",
    "the trade-offs behind a new storage tier",
    "what broke during the last major upgrade and how it was fixed",
    "a year of running multi-tenant networks in production",
    "the metrics that turned out to matter for capacity planning",
    "a migration from a proprietary stack to open components",
    "the design of a plugin framework and its first users",
    "lessons learned from a failed rollout",
    "the roadmap for the next two releases",
    "a reproducible lab for testing failure scenarios",
)  # fmt: skip
_SENTENCE_CLOSE = (
    "with concrete numbers.", "and a live walkthrough.", "and what the team would do differently.",
    "with questions from the audience.", "including the scripts used.", "in under thirty minutes.",
    "and how others can reuse the approach.", "with a short demo at the end.",
)  # fmt: skip
_INTRO = (
    "The {event} took place in {city} on {days}. Operators, developers and users came together "
    "for two days of talks, workshops and hallway conversations about running open "
    "infrastructure.",
    "This year the programme had {talks} sessions across two days, from first-time speakers to "
    "long-standing maintainers. Recordings and slides of every session are collected below.",
    "The organisers thank the volunteers and the sponsors who made the event possible: {sponsors}.",
)  # fmt: skip
_YOUTUBE = (
    '<iframe width="640" height="315" src="https://www.youtube.com/embed/{video}?si={si}'
    '&amp;controls=0" title="YouTube video player" frameborder="0" allow="accelerometer; '
    "autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share"
    '" allowfullscreen></iframe>'
)
_SLIDESHARE = (
    '<iframe src="https://www.slideshare.net/slideshow/embed_code/key/{key}?hostedIn=slideshare'
    '&amp;page=upload" width="640" height="480" frameborder="0" marginwidth="0" '
    'marginheight="0" scrolling="no" allowfullscreen="allowfullscreen"> </iframe>'
)
_ID_CHARS = string.ascii_letters + string.digits

# Share of talks that bring a new person into the pool; the rest re-invite someone who has
# already spoken, chosen in proportion to their talks so far (a few people speak very often).
_NEW_SPEAKER = 0.4


@dataclass(frozen=True)
class Person:
    name: str
    handle: str


@dataclass(frozen=True)
class Site:
    """What was written: enough for the benchmark to report per-talk figures."""

    root: Path
    pages: tuple[Path, ...]
    talks: int
    people: int


def _fold(text: str) -> str:
    """The ASCII spelling some posts use for an accented name (``José`` → ``Jose``)."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("Ł", "L"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ı", "i")


def _slug(text: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in _fold(text).lower()).split())


class _Writer:
    """All random choices of one site, in one fixed order."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.people: list[Person] = []
        self.appearances: list[int] = []  # one entry per talk given: the index of its person
        self.names: set[str] = set()
        self.orgs = [f"{head} {tail}" for head in _ORG_HEAD for tail in _ORG_TAIL]
        self.rng.shuffle(self.orgs)

    def token(self, length: int) -> str:
        return "".join(self.rng.choice(_ID_CHARS) for _ in range(length))

    def word(self, syllables: int) -> str:
        rng = self.rng
        return "".join(
            rng.choice(_ONSET) + rng.choice(_VOWEL) + rng.choice(_CODA) for _ in range(syllables)
        )

    def surname(self) -> str:
        rng = self.rng
        word = self.word(rng.choice((2, 2, 3)))
        if rng.random() < 0.5:
            word += rng.choice(_SURNAME_TAIL)
        return word.capitalize()

    def new_person(self) -> Person:
        rng = self.rng
        while True:
            first = rng.choice(_FIRST) if rng.random() < 0.7 else self.word(2).capitalize()
            name = f"{first} {self.surname()}"
            if rng.random() < 0.08:  # a double-barrelled surname now and then
                name += "-" + self.surname()
            if name not in self.names:
                break
        self.names.add(name)
        suffix = "" if rng.random() < 0.5 else f"-{rng.randrange(16**6):06x}"
        return Person(name=name, handle=_slug(name) + suffix)

    def speaker(self) -> Person:
        if not self.people or self.rng.random() < _NEW_SPEAKER:
            self.people.append(self.new_person())
            index = len(self.people) - 1
        else:
            index = self.rng.choice(self.appearances)
        self.appearances.append(index)
        return self.people[index]

    def speaker_link(self, person: Person) -> str:
        """One appearance of a person, written the way this post happens to write them."""
        rng = self.rng
        name = _fold(person.name) if rng.random() < 0.25 else person.name
        if rng.random() < 0.04:  # an unlinked name
            return name
        host = "www.linkedin.com" if rng.random() < 0.9 else "linkedin.com"
        slash = "/" if rng.random() < 0.6 else ""
        return f"[{name}](https://{host}/in/{person.handle}{slash})"

    def org_link(self) -> str:
        org = self.rng.choice(self.orgs[:60])
        return f"[{org}](https://{_slug(org).replace('-', '')}.example/)"

    def title(self) -> str:
        rng = self.rng
        title = f"{rng.choice(_VERB)} {rng.choice(_THING)} {rng.choice(_CONTEXT)}"
        roll = rng.random()
        if roll < 0.03:
            return f"Keynote: {title}"
        if roll < 0.05:
            return f"Panel Discussion: {title}"
        if roll < 0.09:
            return f"{title} – Workshop"
        if roll < 0.15:
            return f"{title} and Demo"
        if roll < 0.22:  # a comma inside the title, as real posts have
            return f"{rng.choice(_THING)}, {rng.choice(_THING)} and {rng.choice(_THING)}"
        return title

    def heading(self) -> str:
        rng = self.rng
        first = self.speaker()
        people = [self.speaker_link(first)]
        if rng.random() < 0.15:
            second = self.speaker()
            while second == first and len(self.people) > 1:
                second = self.people[rng.randrange(len(self.people))]
            joiner = rng.choice((", ", " & ", " and "))
            people.append(joiner + self.speaker_link(second))
        text = f"### {self.title()}, " + "".join(people)
        if rng.random() < 0.3:
            text += ", " + self.org_link()
        return text

    def paragraph(self, sentences: int) -> str:
        rng = self.rng
        words = " ".join(
            f"{rng.choice(_SENTENCE_OPEN)} {rng.choice(_SENTENCE_OBJECT)} "
            f"{rng.choice(_SENTENCE_CLOSE)}"
            for _ in range(sentences)
        )
        return _wrap(words)

    def talk(self) -> list[str]:
        rng = self.rng
        block = [self.heading(), ""]
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            block += [self.paragraph(rng.randint(2, 5)), ""]
        block += [_YOUTUBE.format(video=self.token(11), si=self.token(16)), ""]
        if rng.random() < 0.95:  # panels and the odd talk have no slides
            block += [_SLIDESHARE.format(key=self.token(14)), ""]
        return block

    def page(self, number: int, talks: int, date: dt.date) -> tuple[str, str]:
        rng = self.rng
        event = f"{rng.choice(_CITY)} {rng.choice(_EVENT)}"
        title = f"{event} {date.year} Roundup"
        sponsors = ", ".join(self.org_link() for _ in range(rng.randint(2, 5)))
        days = f"{date:%d} and {date + dt.timedelta(days=1):%d %B %Y}"
        values = {"event": event, "city": event.split()[0], "days": days, "talks": talks}
        lines = [
            "---",
            f'title: "{title}"',
            f"date: {date.isoformat()}",
            "tags: [news, roundup]",
            "---",
            "",
            *(
                line
                for template in _INTRO
                for line in (_wrap(template.format(**values, sponsors=sponsors)), "")
            ),
            "<!-- truncate -->",
            "",
        ]
        day_one = (talks + 1) // 2
        for index in range(talks):
            if index in (0, day_one):
                lines += [f"## Day {1 if index == 0 else 2} Sessions", ""]
            lines += self.talk()
        name = f"{date.isoformat()}-{_slug(event)}-{number:04d}-roundup.md"
        return name, "\n".join(lines)


def _wrap(text: str, width: int = 88) -> str:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return "\n".join(lines)


def write_config(
    root: Path, name: str, *, with_plugin: bool, options: str = "", extra: str = ""
) -> Path:
    """Write an ``mkdocs.yml`` for the site in ``root``; two of these differ only by roundup.

    ``options``: the plugin's options, as indented YAML lines; ``extra``: YAML appended."""
    roundup = f"  - roundup:\n{options}" if options else "  - roundup\n"
    plugins = "  - search\n" + (roundup if with_plugin else "")
    path = root / name
    path.write_text(
        "site_name: Roundup benchmark\n"
        "site_url: https://bench.example/\n"
        "docs_dir: docs\n"
        "theme:\n"
        "  name: material\n"
        "plugins:\n"
        f"{plugins}"
        "markdown_extensions:\n"
        "  - toc:\n"
        "      permalink: true\n"
        "  - attr_list\n"
        "  - md_in_html\n"
        f"{extra}",
        encoding="utf-8",
    )
    return path


def generate(
    root: Path, pages: int, talks: int, *, seed: int = 1, with_plugin: bool = True
) -> Site:
    """Write ``root/docs/`` (an index page and ``pages`` roundups of ``talks`` talks each) and
    ``root/mkdocs.yml``. An existing ``root/docs/`` is replaced."""
    docs = root / "docs"
    if docs.exists():
        shutil.rmtree(docs)
    (docs / "roundups").mkdir(parents=True)
    writer = _Writer(seed)
    written: list[Path] = []
    date = dt.date(2015, 1, 6)
    for number in range(pages):
        date += dt.timedelta(days=writer.rng.randint(5, 40))
        name, text = writer.page(number, talks, date)
        path = docs / "roundups" / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    (docs / "index.md").write_text(
        "# Roundup benchmark\n\n"
        f"A generated site of {pages} event roundups with {talks} talks each (seed {seed}).\n",
        encoding="utf-8",
    )
    write_config(root, "mkdocs.yml", with_plugin=with_plugin)
    return Site(root=root, pages=tuple(written), talks=pages * talks, people=len(writer.people))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="directory to write docs/ and mkdocs.yml into")
    parser.add_argument("--pages", type=int, default=120, help="roundup pages (default 120)")
    parser.add_argument("--talks", type=int, default=30, help="talks per page (default 30)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--without-plugin", action="store_true", help="leave roundup out of mkdocs.yml"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    site = generate(
        args.out, args.pages, args.talks, seed=args.seed, with_plugin=not args.without_plugin
    )
    print(
        f"{len(site.pages)} pages, {site.talks} talks, {site.people} distinct speakers "
        f"written to {site.root}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
