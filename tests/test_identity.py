"""Who is who: links, names and the speakers file group mentions into people; look-alike
names that stay apart are reported with both places. Plain records, no MkDocs."""

from __future__ import annotations

import random
from typing import Any

import pytest
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from reading import LI

from mkdocs_roundup.identity import Mention, resolve
from mkdocs_roundup.identity_keys import link_key, slug
from mkdocs_roundup.look_alikes import WINDOW, likely_duplicates, look_alikes
from mkdocs_roundup.model import Party
from mkdocs_roundup.names import name_key
from mkdocs_roundup.speakers_file import SpeakerEntry, SpeakersFileError, read_speakers_file


def m(
    name: str, url: str | None = None, path: str = "a.md", line: int = 1, date: str | None = None
) -> Mention:
    return Mention(name, url, path, line, date)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (f"{LI}msinhore", f"{LI}msinhore/"),
        (
            f"{LI}gr%C3%A9goire-lamodi%C3%A8re-04171210",
            "https://linkedin.com/in/grégoire-lamodière-04171210",
        ),
        ("http://WWW.LinkedIn.com/in/WidoDH", f"{LI}widodh/"),
        (f"{LI}widodh?originalSubdomain=nl", f"{LI}widodh"),
        ("https://de.linkedin.com/in/widodh", f"{LI}widodh"),
        ("https://mobile.twitter.com/widodh", "https://twitter.com/widodh"),
        ("https://github.com/rp-", "https://github.com/rp-/"),
        ("https://jane.dev/?utm_source=x", "https://jane.dev"),
        ("mailto:Ann@Example.org", "mailto:ann@example.org"),
        ("mailto:ann@example.org?subject=Talk", "MAILTO:ann%40example.org"),
        ("https://jane.dev:443/", "https://jane.dev"),
    ],
)
def test_same_link(a: str, b: str) -> None:
    assert link_key(a) == link_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://www.youtube.com/watch?v=one", "https://www.youtube.com/watch?v=two"),
        (f"{LI}widodh", f"{LI}wido"),
        ("https://github.com/rp-", "https://gitlab.com/rp-"),
        # Links without a "//" host: the whole address is the key.
        ("mailto:ann@example.org", "mailto:bob@example.org"),
        ("mailto:ann@example.org", "https://example.org"),
        ("tel:+15550100", "tel:+15550199"),
        ("urn:isbn:0451450523", "urn:isbn:0451450524"),
        ("mailto:ann@example.org", "ann@example.org"),
        # What a host's name leaves out: who and which port.
        ("https://ann@example.org/", "https://bob@example.org/"),
        ("https://example.org:8001/", "https://example.org:8002/"),
        # One page of speakers, a place on it for each.
        ("/speakers.html#ann", "/speakers.html#bob"),
        ("/speakers/#ann", "/speakers/#bob"),
        ("../people/#ann", "../people/#bob"),
        ("https://example.org/team/#ann", "https://example.org/team/#bob"),
    ],
)
def test_different_links(a: str, b: str) -> None:
    assert link_key(a) != link_key(b)


def test_two_mail_addresses_are_two_people() -> None:
    found = resolve(
        [
            m("Ann", "mailto:ann@example.org", "a.md", 1),
            m("Bob", "mailto:bob@example.org", "a.md", 2),
            m("Ann Lee", "mailto:ANN@example.org", "b.md", 3),
        ]
    )
    people = {p.name: p.names for p in found.directory}
    assert people == {"Ann Lee": ("Ann Lee", "Ann"), "Bob": ("Bob",)}
    assert found.directory.find("mailto:bob@example.org") is not None


def test_a_link_urlsplit_rejects_has_a_key_all_the_same() -> None:
    # urllib raises on these ("is not an IPv4 or IPv6 address"); a page may well have one.
    assert link_key("https://x[y]/?a=1") != link_key("https://x[z]/?a=1")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Wido den Hollander", "wido-den-hollander"),
        ("Grégoire Lamodière", "gregoire-lamodiere"),
        ("Yusuf Yıldız", "yusuf-yildiz"),
        ("  Jean-Luc  O'Neil ", "jean-luc-o-neil"),
        ("!!!", "speaker"),
    ],
)
def test_slug(name: str, expected: str) -> None:
    assert slug(name) == expected


def test_one_link_is_one_person_whatever_the_spelling() -> None:
    found = resolve(
        [
            m("Marco Sinhoreli", f"{LI}msinhore", "ccc23.md", 10, "2023-12-07"),
            m("Marco Sinhorelli", f"{LI}msinhore/", "cseug24.md", 20, "2024-10-01"),
            m("Grégoire Lamodière", f"{LI}gr%C3%A9goire-lamodi%C3%A8re-04171210", "ccc23.md", 30),
            m(
                "Grégoire Lamodiere",
                "https://linkedin.com/in/grégoire-lamodière-04171210",
                "cseug25.md",
                5,
            ),
        ]
    )
    marco, gregoire = sorted(found.directory, key=lambda p: p.id, reverse=True)
    assert marco.names == ("Marco Sinhorelli", "Marco Sinhoreli")  # a tie: the latest spelling
    assert marco.links == (f"{LI}msinhore",)
    assert gregoire.name == "Grégoire Lamodière"  # accents are kept when spellings tie
    assert gregoire.aliases == ("Grégoire Lamodiere",)
    assert len(gregoire.links) == 1


def test_same_name_is_one_person_linked_or_not() -> None:
    found = resolve(
        [
            m("Wido den Hollander", None, "ccc22.md", 3),
            m("Wido Den Hollander", None, "cseug23.md", 4),
            m("Wido  den Hollander", f"{LI}widodh/", "ccc23.md", 5),
            m("Andrija Panic", None, "ccc22.md", 6),
            m("Andrija Panić", f"{LI}andrijapanic", "ccc23.md", 7),
        ]
    )
    people = {p.id: p for p in found.directory}
    assert set(people) == {"wido-den-hollander", "andrija-panic"}
    assert people["wido-den-hollander"].name == "Wido den Hollander"
    assert people["wido-den-hollander"].links == (f"{LI}widodh/",)
    assert people["andrija-panic"].name == "Andrija Panić"
    assert found.directory.id_of(Party("WIDO DEN HOLLANDER")) == "wido-den-hollander"
    assert found.directory.id_of(Party("Someone", f"{LI}widodh")) == "wido-den-hollander"
    assert found.directory.id_of(Party("Nobody")) is None


def test_titles_before_a_name_do_not_part_one_person() -> None:
    found = resolve(
        [
            m("Dr. Ada Vos", None, "seminars.md", 3),
            m("Ada Vos", f"{LI}adavos", "meetup.md", 4),
            m("Prof. Dr. Bo Lind", None, "seminars.md", 5),
        ]
    )
    people = {p.id: p for p in found.directory}
    assert set(people) == {"ada-vos", "bo-lind"}
    assert people["ada-vos"].links == (f"{LI}adavos",)
    assert found.directory.id_of(Party("Ada Vos")) == "ada-vos"


def test_a_fuller_name_wins_over_a_shorter_one() -> None:
    found = resolve(
        [
            m("Ravichandran", f"{LI}ravichandran-p-99948054/"),
            m("Ravichandran Palanisamy", f"{LI}ravichandran-p-99948054/"),
        ]
    )
    (person,) = found.directory
    assert (person.name, person.aliases) == ("Ravichandran Palanisamy", ("Ravichandran",))


def test_speakers_file_merges_aliases_and_fixes_the_display_name() -> None:
    entries = [
        SpeakerEntry(
            "Daan Hoogland",
            aliases=("Dahn Hoogland",),
            links=("https://github.com/DaanHoogland",),
            photo="img/daan.jpg",
            affiliation="ShapeBlue",
            bio="Committer.",
            path="speakers.yml",
            line=1,
        ),
        SpeakerEntry(
            "Ousmane Diarra", aliases=("Ousmane",), id="ousmane", path="speakers.yml", line=8
        ),
        SpeakerEntry("Nobody Here", path="speakers.yml", line=12),
    ]
    found = resolve(
        [
            m("Daan Hoogland", f"{LI}dhoogland", "ccc23.md", 1),
            m("Dahn Hoogland", None, "seed.md", 2),
            m("daan hoogland", None, "ccc22.md", 3),
            m("Ousmane", None, "cseug23.md", 4),
            m("Ousmane Diarra", f"{LI}odiarra1/", "ccc23.md", 5),
        ],
        entries,
    )
    daan, ousmane = sorted(found.directory, key=lambda p: p.id)
    assert daan.id == "daan-hoogland" and daan.name == "Daan Hoogland"
    assert set(daan.aliases) == {"Dahn Hoogland", "daan hoogland"}
    assert daan.links == ("https://github.com/DaanHoogland", f"{LI}dhoogland")
    assert (daan.photo, daan.affiliation, daan.bio) == ("img/daan.jpg", "ShapeBlue", "Committer.")
    assert ousmane.id == "ousmane" and ousmane.name == "Ousmane Diarra"
    assert found.diagnostics == ()
    assert [e.name for e in found.unmatched] == ["Nobody Here"]
    assert likely_duplicates(found.directory) == []


def test_speakers_file_links_join_people() -> None:
    entry = SpeakerEntry("Rene Peinthor", links=("https://github.com/rp-",))
    found = resolve([m("René P.", "https://github.com/rp-/"), m("Rene Peinthor")], [entry])
    (person,) = found.directory
    assert person.name == "Rene Peinthor" and person.aliases == ("René P.",)


def test_two_entries_for_one_person_are_reported() -> None:
    entries = [
        SpeakerEntry("Wido den Hollander", links=(f"{LI}widodh",), path="s.yml", line=1),
        SpeakerEntry("Wido", aliases=("Wido den Hollander",), path="s.yml", line=3),
    ]
    found = resolve([m("Wido den Hollander", f"{LI}widodh/")], entries)
    (person,) = found.directory
    assert person.name == "Wido den Hollander"
    messages = [str(d) for d in found.diagnostics]
    assert messages == [
        "s.yml:3: 'wido den hollander' is already listed for 'Wido den Hollander' (line 1); both entries merge",
        "s.yml:1: entry 'Wido den Hollander' names the same person as 'Wido' (line 3); the first one is used",
    ]


def test_ids_are_unique_and_stable() -> None:
    mentions = [m("Jean-Luc Picard", None, "b.md", 1), m("Jean Luc Picard", None, "a.md", 9)]
    first = sorted(p.id for p in resolve(mentions).directory)
    again = sorted(p.id for p in resolve(list(reversed(mentions))).directory)
    assert first == again == ["jean-luc-picard", "jean-luc-picard-2"]
    by_name = {p.name: p.id for p in resolve(mentions).directory}
    assert by_name["Jean Luc Picard"] == "jean-luc-picard"  # first in the site (a.md)


def test_likely_duplicates_name_both_places() -> None:
    found = resolve(
        [
            m("Ousmane", None, "cseug23.md", 77),
            m("Ousmane Diarra", f"{LI}odiarra1/", "ccc23.md", 209),
            m("Dahn Hoogland", None, "seed.md", 350),
            m("Daan Hoogland", f"{LI}dhoogland", "ccc22.md", 333),
            m("SwenBrüseke", None, "cseug25.md", 40),
            m("Swen Brüseke", f"{LI}swen", "ccc23.md", 41),
            # Different people, not reported:
            m("Vinod Kumar", None, "x.md", 1),
            m("Vivek Kumar", None, "x.md", 2),
            m("Rene Glover", None, "x.md", 3),
            m("Rene Peinthor", None, "x.md", 4),
            m("Niki Tenev", None, "x.md", 5),
            m("Nikolay Tenev", None, "x.md", 6),
        ]
    )
    assert [str(d) for d in likely_duplicates(found.directory)] == [
        "ccc22.md:333: speaker 'Daan Hoogland' may be the same as 'Dahn Hoogland' (seed.md:350); "
        "if so, add an alias in the speakers file, if not, list one under the other's 'distinct'",
        "ccc23.md:41: speaker 'Swen Brüseke' may be the same as 'SwenBrüseke' (cseug25.md:40); "
        "if so, add an alias in the speakers file, if not, list one under the other's 'distinct'",
        "ccc23.md:209: speaker 'Ousmane Diarra' may be the same as 'Ousmane' (cseug23.md:77); "
        "if so, add an alias in the speakers file, if not, list one under the other's 'distinct'",
    ]


def test_distinct_silences_a_likely_duplicate() -> None:
    mentions = [m("Wei Zhou", None, "a.md", 1), m("Wei Zhu", None, "b.md", 2)]
    assert len(likely_duplicates(resolve(mentions).directory)) == 1
    found = resolve(mentions, [SpeakerEntry("Wei Zhou", distinct=("Wei Zhu",))])
    assert likely_duplicates(found.directory, found.distinct) == []


def test_a_crowd_of_look_alikes_is_one_notice() -> None:
    mentions = [m(f"Person N{i} Ex", f"{LI}p{i}/", "talks.md", 3 + 4 * i) for i in range(300)]
    (notice,) = likely_duplicates(resolve(mentions).directory)
    assert str(notice) == (
        "talks.md:3: speaker 'Person N0 Ex' may be the same as 'Person N1 Ex' (talks.md:7), "
        "'Person N2 Ex' (talks.md:11), 'Person N3 Ex' (talks.md:15) and 296 others; if so, "
        "add an alias in the speakers file, if not, list one under the other's 'distinct'"
    )


def test_two_edits_in_one_word_of_a_long_name_are_a_look_alike() -> None:
    mentions = [m("Wido den Hollander", None, "a.md", 1), m("Wido den Hollendor", None, "b.md", 2)]
    assert [len(g) for g in look_alikes(resolve(mentions).directory)] == [2]


def test_the_search_finds_the_groups_that_comparing_every_pair_finds() -> None:
    """Seeded names with typos: the index and blocks find exactly the groups that comparing
    every pair of short names (all one edit apart, or a leading part) makes."""
    rng = random.Random(15)
    letters = "aeiouklmnrst"
    names = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 6))) for _ in range(120)]
    names = [f"{a.title()} {b.title()}" for a, b in zip(names[::2], names[1::2], strict=True)]
    for name in list(names):  # a typo of some: one letter changed, dropped or doubled
        at = rng.randrange(len(name))
        names.append(
            rng.choice(
                [
                    name[:at] + "x" + name[at + 1 :],
                    name[:at] + name[at + 1 :],
                    name[:at] + name[at] + name[at:],
                ]
            )
        )
    names += [n.split()[0] for n in names[:5]]
    found = resolve([m(n, None, "a.md", line) for line, n in enumerate(names, 1)])
    groups = {frozenset(mention.name for mention in g) for g in look_alikes(found.directory)}

    keys = {name_key(p.name): p.name for p in found.directory}
    parent = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    for a in keys:
        for b in keys:
            if Levenshtein.distance(a, b) <= 1 or b.startswith(a + " "):
                parent[root(a)] = root(b)
    expected: dict[str, set[str]] = {}
    for k in keys:
        expected.setdefault(root(k), set()).add(keys[k])
    assert groups == {frozenset(g) for g in expected.values() if len(g) > 1}
    assert len(groups) > 10


def test_grouping_and_duplicates_scale(monkeypatch: pytest.MonkeyPatch) -> None:
    """800 pages of 30 talks with two speakers each: far from quadratic in speakers. Names
    one edit apart are found by lookups, long ones two edits apart by comparing each with a
    few in its blocks (four blocks a name, at most two windows in each), never all pairs."""
    syllables = [
        "ka",
        "lo",
        "mi",
        "ra",
        "ten",
        "vos",
        "an",
        "der",
        "sil",
        "mar",
        "to",
        "ni",
        "bel",
        "gor",
        "ha",
        "ju",
        "ze",
        "pa",
        "ri",
        "wen",
    ]
    state = 12345

    def pick() -> str:
        nonlocal state
        state = (state * 1103515245 + 12345) % 2**31
        return syllables[state % len(syllables)]

    names = [
        f"{(pick() + pick() + pick()).title()} {(pick() + pick() + pick()).title()}"
        for _ in range(8000)
    ]
    mentions = [
        m(names[(page * 60 + talk * 2 + seat) * 7 % len(names)], None, f"p{page}.md", talk + 1)
        for page in range(800)
        for talk in range(30)
        for seat in range(2)
    ]
    compared = 0
    extract = process.extract

    def counted(query: str, choices: list[str], **options: Any) -> Any:
        nonlocal compared
        compared += len(choices)
        return extract(query, choices, **options)

    monkeypatch.setattr(process, "extract", counted)
    found = resolve(mentions)
    assert likely_duplicates(found.directory)
    people = len(found.directory)
    assert people > 3000
    assert 0 < compared <= 4 * 2 * WINDOW * people < people * people // 20


# -- The speakers file ----------------------------------------------------------------------

SPEAKERS = """\
# aliases and facts the pages do not have
- name: Daan Hoogland
  aliases: [Dahn Hoogland]
  links:
    - https://www.linkedin.com/in/dhoogland
  affiliation: ShapeBlue
  bio: Committer and PMC member.

- name: Ousmane Diarra
  aliases: Ousmane
  id: ousmane
  distinct: [Ousmane Sow]
"""


def test_read_speakers_file() -> None:
    entries, problems = read_speakers_file(SPEAKERS, "speakers.yml")
    assert problems == []
    assert entries == [
        SpeakerEntry(
            "Daan Hoogland",
            aliases=("Dahn Hoogland",),
            links=(f"{LI}dhoogland",),
            affiliation="ShapeBlue",
            bio="Committer and PMC member.",
            path="speakers.yml",
            line=2,
        ),
        SpeakerEntry(
            "Ousmane Diarra",
            aliases=("Ousmane",),
            id="ousmane",
            distinct=("Ousmane Sow",),
            path="speakers.yml",
            line=9,
        ),
    ]


def test_speakers_file_problems_name_their_line() -> None:
    text = "- name: A\n  nick: Al\n- links: [x]\n- just text\n- name: B\n  aliases: {x: 1}\n"
    entries, problems = read_speakers_file(text, "s.yml")
    assert [e.name for e in entries] == ["A", "B"]
    assert [str(p) for p in problems] == [
        "s.yml:2: unknown field 'nick' (known: affiliation, aliases, bio, distinct, id, links, name, photo, sort)",
        "s.yml:3: a speaker without 'name'; entry ignored",
        "s.yml:4: expected a speaker (name: …); entry ignored",
        "s.yml:6: 'aliases' must be a list of texts; ignored",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- name: [unclosed\n", "s.yml:2: not valid YAML"),
        ("name: A\n", "s.yml:1: expected a list of speakers"),
    ],
)
def test_unreadable_speakers_file(text: str, message: str) -> None:
    with pytest.raises(SpeakersFileError, match=message.replace("(", r"\(")):
        read_speakers_file(text, "s.yml")


def test_empty_speakers_file() -> None:
    assert read_speakers_file("# nothing yet\n", "s.yml") == ([], [])


def test_each_name_and_link_is_folded_once_per_build(monkeypatch: pytest.MonkeyPatch) -> None:
    """Grouping folds each name and link it meets once; then every talk's lookup (cards,
    indexes, JSON-LD) and every lookup by text reuse the fold."""
    import mkdocs_roundup.identity_keys as identity_keys

    folded: list[str] = []

    def counted(fold):  # type: ignore[no-untyped-def]
        return lambda text: folded.append(text) or fold(text)

    monkeypatch.setattr(identity_keys, "name_key", counted(name_key))
    monkeypatch.setattr(identity_keys, "link_key", counted(link_key))
    ada, bo = Party("Ada Vos", f"{LI}ada"), Party("Bo Lind")
    talks = [m("Ada Vos", f"{LI}ada", line=n) for n in range(5)] + [m("Bo Lind", line=9)] * 3
    directory = resolve(talks).directory
    assert sorted(folded) == ["Ada Vos", "Bo Lind", f"{LI}ada"]
    folded.clear()
    for _ in range(3):
        assert directory.id_of(ada) == "ada-vos" and directory.id_of(bo) == "bo-lind"
    assert folded == []
    for _ in range(3):
        assert directory.find("Ada Vos") is directory.find(f"{LI}ada") is directory.get("ada-vos")
    assert folded == [f"{LI}ada"]  # a new text, tried as a name first: folded once
