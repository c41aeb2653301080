"""Title / people split of talk headings, one written example per trap."""

from __future__ import annotations

import pytest
from reading import LI, orgs, people, talks

from mkdocs_roundup.affiliations import org_list
from mkdocs_roundup.blocks import read_blocks
from mkdocs_roundup.line_split import Split, split_lifted
from mkdocs_roundup.model import Party
from mkdocs_roundup.names import clean_text, collapse_spaces, looks_like_name, name_key
from mkdocs_roundup.people import people_lifted
from mkdocs_roundup.profiles import is_own_site, is_profile_url, normalize_url

SPLITS = [
    # (heading, title, speakers, organizations)
    ("欢迎+简介：Mara Quint, Lyft", "欢迎+简介", ["Mara Quint"], ["Lyft"]),
    (f"Scaling Queues, [Mara Quint]({LI}mquint/)", "Scaling Queues", ["Mara Quint"], []),
    (
        f"Caching, Sharding, and Other Lies, [Ola Berg]({LI}oberg)",
        "Caching, Sharding, and Other Lies",
        ["Ola Berg"],
        [],
    ),
    (
        f"Routing - A Primer - [Ivo Lang]({LI}ivo), [Lumen](https://lumen.example)",
        "Routing - A Primer",
        ["Ivo Lang"],
        ["Lumen"],
    ),
    (
        f"Disks Are Fine – [Pia Roth]({LI}pia/), [Acme](https://www.linkedin.com/company/acme/)",
        "Disks Are Fine",
        ["Pia Roth"],
        ["Acme"],
    ),
    (
        "Edge Zones in Practice, Tomas Vey, [Lumen](https://lumen.example)",
        "Edge Zones in Practice",
        ["Tomas Vey"],
        ["Lumen"],
    ),
    (
        f"Backups, News and Demo, [Ana Paz]({LI}apaz), [Rui Sol]({LI}rsol)",
        "Backups, News and Demo",
        ["Ana Paz", "Rui Sol"],
        [],
    ),
    (
        f"Storage, Quotas, Scheduling, and DR, [Ana Paz]({LI}apaz) & [Rui Sol]({LI}rsol)",
        "Storage, Quotas, Scheduling, and DR",
        ["Ana Paz", "Rui Sol"],
        [],
    ),
    (
        "Panel Discussion: Ask Us Anything, Lea Dorn, Max van der Berg, Sven Öberg",
        "Panel Discussion: Ask Us Anything",
        ["Lea Dorn", "Max van der Berg", "Sven Öberg"],
        [],
    ),
    (
        "Cluster Upgrades - Brief overview & demo, Nina Falk",
        "Cluster Upgrades - Brief overview & demo",
        ["Nina Falk"],
        [],
    ),
    ("Observability, Jon Ware, Lumen", "Observability", ["Jon Ware"], ["Lumen"]),
    ("Running It Twice, Ravindra", "Running It Twice", ["Ravindra"], []),
    (
        "Old Tools, New Tricks, Ada Vos, Bo Lind and Cy, Lumen",
        "Old Tools, New Tricks",
        ["Ada Vos", "Bo Lind", "Cy"],
        ["Lumen"],
    ),
    (
        "Powering Research in Botany, Hydroponics, and Advanced Networking - Kim Holt, FOOBAR",
        "Powering Research in Botany, Hydroponics, and Advanced Networking",
        ["Kim Holt"],
        ["FOOBAR"],
    ),
    (
        f"Kickoff & Welcome - [Ravi Menon]({LI}rmenon/), Chair and CTO at [Lumen](https://lumen.example)",
        "Kickoff & Welcome",
        ["Ravi Menon"],
        ["Lumen"],
    ),
    (
        f"Plugins - Doing Anything - [Hana Ito]({LI}hito/) - Lead Engineer & [Ken Abe]({LI}kabe/) - Engineer at Lumen",
        "Plugins - Doing Anything",
        ["Hana Ito", "Ken Abe"],
        ["Lumen"],
    ),
    (
        f"Private Clouds - [Ana Paz]({LI}apaz/), Engineer at [Lumen](https://www.linkedin.com/company/lumen/) # (https://lumen.example)",
        "Private Clouds",
        ["Ana Paz"],
        ["Lumen"],
    ),
    (
        f"Edge -  [Ana Paz]({LI}apaz/), CTO at [Lumen](https://lumen.example)",
        "Edge",
        ["Ana Paz"],
        ["Lumen"],
    ),
    ("Day 1 Sessions", "Day 1 Sessions", [], []),
    ("Next Stop: Lisbon, October 2nd", "Next Stop: Lisbon, October 2nd", [], []),
    ("Thanks for Coming", "Thanks for Coming", [], []),
    (
        f"We’d Like to Sell It, But..., [Ema Ruiz]({LI}eruiz/), [Nube](https://nube.example/en/)",
        "We’d Like to Sell It, But...",
        ["Ema Ruiz"],
        ["Nube"],
    ),
    (
        "Building a Lab for Students, Jonas Wikström, Pierre Le Roux",
        "Building a Lab for Students",
        ["Jonas Wikström", "Pierre Le Roux"],
        [],
    ),
    (
        "Linked on GitHub, [Kai Rost](https://github.com/krost)",
        "Linked on GitHub",
        ["Kai Rost"],
        [],
    ),
    # An ampersand written as its entity joins names as "&" does; its ";" is not a joiner.
    ("Storage Day, Anna Berg &amp; Carl Dahl", "Storage Day", ["Anna Berg", "Carl Dahl"], []),
    (
        f"Tools &amp; Tricks, [Rui Lopes]({LI}rlopes/) &amp; [Ines Sa]({LI}isa/)",
        "Tools & Tricks",
        ["Rui Lopes", "Ines Sa"],
        [],
    ),
    # A name's link that says where she works or her degree: her name, and the rest apart
    # (a name in another script in parentheses is hers).
    (
        "Queues Again, [Rui Lopes (Harbor Group)](https://ruilopes.dev/)",
        "Queues Again",
        ["Rui Lopes"],
        ["Harbor Group"],
    ),
    (f"Parsers by Hand, [Ines Sa, PhD]({LI}isa/)", "Parsers by Hand", ["Ines Sa"], []),
    (f"Hooks, [Xuan Huang (黄玄)]({LI}xh/)", "Hooks", ["Xuan Huang (黄玄)"], []),
    # a word alone in parentheses may be anything: a city, a role, pronouns; no organization
    (f"Hooks, [Rui Lopes (Keynote)]({LI}rl/)", "Hooks", ["Rui Lopes (Keynote)"], []),
    (f"Hooks, [Rui Lopes (she/her)]({LI}rl/)", "Hooks", ["Rui Lopes (she/her)"], []),
    (f"Hooks, [Rui Lopes (New York)]({LI}rl/)", "Hooks", ["Rui Lopes (New York)"], []),
    (f"Hooks, [Rui Lopes (Guest Speaker)]({LI}rl/)", "Hooks", ["Rui Lopes (Guest Speaker)"], []),
    # one word alone after the title: a surname, but not a product's name in its own case
    ("Storage Days Recap, Lindqvist", "Storage Days Recap", ["Lindqvist"], []),
    ("Storage Days Recap, McAllister", "Storage Days Recap", ["McAllister"], []),
    ("The next storage engine - TideFS", "The next storage engine - TideFS", [], []),
    (
        "Moving our queues to HarborSQL, HarborSQL",
        "Moving our queues to HarborSQL, HarborSQL",
        [],
        [],
    ),
]


def _line(text: str) -> tuple[str, list[tuple[str, str]]]:
    """A heading's text as the reader sees it: visible text, its links lifted out."""
    (block,) = read_blocks(f"# {text}")
    assert block.inline is not None
    return block.inline.text, [(link.text, link.href) for link in block.inline.links]


def split_heading(text: str, known: frozenset[str] = frozenset()) -> Split:
    return split_lifted(*_line(text), known)


def parse_people_text(text: str) -> tuple[tuple[Party, ...], tuple[Party, ...]]:
    return people_lifted(*_line(text))


@pytest.mark.parametrize(
    ("heading", "title", "speakers", "orgs"), SPLITS, ids=[s[0][:40] for s in SPLITS]
)
def test_split_heading(heading: str, title: str, speakers: list[str], orgs: list[str]) -> None:
    split = split_heading(heading)
    assert split.title == title
    assert [p.name for p in split.speakers] == speakers
    assert [o.name for o in split.organizations] == orgs


def test_links_are_kept_and_roles_read() -> None:
    split = split_heading(
        f"Kickoff - [Ravi Menon]({LI}rmenon/), Chair and CTO at [Lumen](https://lumen.example)"
    )
    (ravi,) = split.speakers
    assert ravi.url == f"{LI}rmenon/"
    assert ravi.role == "Chair and CTO"
    assert split.organizations[0].url == "https://lumen.example"


def test_known_organizations_turn_unlinked_names_into_organizations() -> None:
    plain = split_heading("Old Tools, Ada Vos, Blue Harbor")
    assert [p.name for p in plain.speakers] == ["Ada Vos", "Blue Harbor"]
    known = split_heading("Old Tools, Ada Vos, Blue Harbor", frozenset({name_key("Blue Harbor")}))
    assert [p.name for p in known.speakers] == ["Ada Vos"]
    assert [o.name for o in known.organizations] == ["Blue Harbor"]


@pytest.mark.parametrize(
    ("text", "speakers", "orgs"),
    [
        ("[Ada Vos](https://github.com/avos) and Bo Lind", ["Ada Vos", "Bo Lind"], []),
        ("Ada Vos (Lumen), Bo Lind (Nube)", ["Ada Vos", "Bo Lind"], ["Lumen", "Nube"]),
        ("- Ada Vos, Bo Lind", ["Ada Vos", "Bo Lind"], []),
        ("Ada Vos & Bo Lind, Lumen Systems GmbH", ["Ada Vos", "Bo Lind"], ["Lumen Systems GmbH"]),
        ("Ada Vos &amp; Bo Lind; Cy Moe", ["Ada Vos", "Bo Lind", "Cy Moe"], []),
        ("Jos&eacute; Vaz, Bo Lind", ["José Vaz", "Bo Lind"], []),
        # "&T;" is no entity: its ";" joins, as any other.
        ("Jane Doe, AT&T; Bob Ray, IBM", ["Jane Doe", "AT&T", "Bob Ray"], ["IBM"]),
    ],
)
def test_parse_people_text(text: str, speakers: list[str], orgs: list[str]) -> None:
    found_speakers, found_orgs = parse_people_text(text)
    assert [p.name for p in found_speakers] == speakers
    assert [o.name for o in found_orgs] == orgs


@pytest.mark.parametrize(
    ("url", "person"),
    [
        (f"{LI}someone/", True),
        ("https://de.linkedin.com/in/someone", True),
        ("https://mobile.twitter.com/someone", True),  # a mobile site's address
        ("https://www.linkedin.com/company/acme/", False),
        ("https://github.com/someone", True),
        ("https://github.com/org/repo", False),
        ("https://fosstodon.org/@someone", True),
        ("https://any.social/@someone", True),
        ("https://acme.example/", False),
        ("https://bitbucket.org/someone", True),
        ("https://bitbucket.org/someone/repo", False),
        ("https://codeberg.org/someone/", True),
        ("github.com/someone", True),  # the scheme left out: the host still says
        ("www.linkedin.com/in/someone", True),
        ("github.com/org/repo", False),
        ("talks/2031/someone", False),
        ("someone.md", False),
    ],
)
def test_profile_urls(url: str, person: bool) -> None:
    assert is_profile_url(url) is person


def test_text_traps_are_cleaned() -> None:
    # An entity, a BOM and non-breaking spaces are cleaned; a Cyrillic "О" inside a Latin
    # word is the author's text and stays (only matching folds it).
    text = "\ufeffDev\u041eps &amp; \u041ebject\xa0Storage"
    assert clean_text(text) == "Dev\u041eps & \u041ebject Storage"
    assert name_key(text) == name_key("DevOps & Object Storage")
    assert clean_text("Привет") == "Привет"


@pytest.mark.parametrize(
    "text", ["", " ", "a", " a\nb ", "a  b", "a\tb", "a\x0bb", "a\xa0b\u2003c", "a \n b", "é\n\né"]
)
def test_collapse_spaces_is_split_and_join(text: str) -> None:
    assert collapse_spaces(text) == " ".join(text.split())


def test_names_and_urls_fold_for_identity() -> None:
    assert name_key(" Grégoire  Lamodière ") == name_key("gregoire lamodiere")
    assert normalize_url("https://www.linkedin.com/in/gr%C3%A9goire-x/") == normalize_url(
        "https://linkedin.com/in/grégoire-x"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wido den Hollander", True),
        ("MD Rasel", True),
        ("K B Shiv Kumar", True),
        ("Lead Software Engineer", False),
        ("and Advanced Networking", False),
        ("September 18th", False),
        ("VM-HA with CloudStack", False),
        ("PyCon US", False),  # an event, named in one word
        ("RustConf", False),
        ("Francis Bacon", True),
        ("Online", False),  # a place
        ("MN", False),
        ("A Web Service", False),  # a title's article
        ("A. Lee Park", True),
        ("An Nguyen", True),
        ("Harbor Webinar", False),  # an event
        ("Xiaoming Li", True),  # a given name in -ing
        ("Ayelet de-Roos", True),  # a particle joined to the name
        ("de-facto Standard", False),
        ("A J Rao", True),  # an initial, no article
        ("Harbour Camp", False),  # an event
        ("Lumen Congress", False),
        ("CNCF Islamabad", False),  # an acronym first: a body's name
        ("GDSC Harbor City", False),
        ("Jean DUPONT", True),  # a surname some write in capitals
        ("GitOps Con EU", False),  # an event
        ("de Servicio", False),  # a phrase's words, opening with a particle
        ("van der Meer", False),  # a surname alone
        ("Ida van der Meer", True),
    ],
)
def test_looks_like_name(text: str, expected: bool) -> None:
    assert looks_like_name(text) is expected


def test_roles_after_a_speaker_and_a_company_with_its_legal_form() -> None:
    found = talks(
        """
        ## Shipping small services
        Speaker: *Ida Brandt*, Fullstack Dev, Otterworks S.P.A.
        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## Sorting socks with heaps
        Speaker: *Olu Mensah*, Student
        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    )
    assert [([p.name for p in t.speakers], orgs(t)) for t in found] == [
        (["Ida Brandt"], ["Otterworks S.P.A."]),
        (["Olu Mensah"], []),
    ]


def test_a_group_after_a_speakers_role_is_her_organization() -> None:
    found = talks(
        """
        ## Shipping small services
        Speaker: *Ida Brandt*, Chairman, Otterworks Group
        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## Sorting socks with heaps
        Speaker: *Olu Mensah*, Student
        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    )
    assert [([p.name for p in t.speakers], orgs(t)) for t in found] == [
        (["Ida Brandt"], ["Otterworks Group"]),
        (["Olu Mensah"], []),
    ]
    # a group that speaks is no organization of its own; a title may end with "Group"
    found = talks(
        """
        ## Packaging Roadmap
        Speaker: Harbor Packaging Working Group
        <iframe src="https://www.youtube.com/embed/ccccccccccc"></iframe>

        ## Leading the Data Group
        Speaker: *Cy Moe*, Head of Data, Kite Labs
        <iframe src="https://www.youtube.com/embed/ddddddddddd"></iframe>
        """
    )
    assert [(t.title, [p.name for p in t.speakers], orgs(t)) for t in found] == [
        ("Packaging Roadmap", ["Harbor Packaging Working Group"], []),
        ("Leading the Data Group", ["Cy Moe"], ["Kite Labs"]),
    ]


def test_what_a_role_is_followed_by_names_no_organization_when_it_says_what_she_does() -> None:
    found = talks(
        """
        ## Talks

        - [Kites](https://files.example.org/kites.pdf) – Ada Vos, our designer, explains how kites fly.
        - [Sails](https://files.example.org/sails.pdf) – Bo Lind, engineer, Otterworks
        - [Oars](https://files.example.org/oars.pdf) – Cy Moe, founder, acme
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Ada Vos", None)], []),
        ([("Bo Lind", None)], ["Otterworks"]),
        ([("Cy Moe", None)], ["acme"]),
    ]


def test_a_speakers_line_under_a_program_item_with_her_handle_and_role() -> None:
    found = talks(
        """
        ### Spring meetup

        - 18:00 - 18:30: Sorting socks with heaps
          - Ida Brandt [@ibrandt](https://github.com/ibrandt), SRE, [Otterworks](https://otter.example)
          - Slides: https://speakerdeck.com/ibrandt/socks
        - 18:30 - 19:00: Queues at the bakery
          - Olu Mensah, Solutions Architect, [Bakehouse](https://bake.example)
          - Slides: https://speakerdeck.com/omensah/bakery
        """
    )
    assert [([(p.name, p.url) for p in t.speakers], orgs(t)) for t in found] == [
        ([("Ida Brandt", "https://github.com/ibrandt")], ["Otterworks"]),
        ([("Olu Mensah", None)], ["Bakehouse"]),
    ]


def test_a_name_then_a_role_over_several_parts_then_where_she_works() -> None:
    speakers, orgs = people_lifted(
        "Rhea Lund, Country Manager, Norway, Sweden & Finland, Cloudly", ()
    )
    assert [(p.name, p.role) for p in speakers] == [
        ("Rhea Lund", "Country Manager, Norway, Sweden & Finland")
    ]
    assert [o.name for o in orgs] == ["Cloudly"]
    # two people, each with her role, are two
    two, _ = people_lifted("Ann Lee, CTO, Bo Lind, CEO, Acme", ())
    assert [p.name for p in two] == ["Ann Lee", "Bo Lind"]
    # two roles, the second's places joined by "and", then where she works
    roles, orgs = people_lifted(
        "Rhea Lund, Vice President, Head of Sales Nordics and Baltics, Cloudly", ()
    )
    assert [(p.name, p.role) for p in roles] == [
        ("Rhea Lund", "Vice President, Head of Sales Nordics and Baltics")
    ]
    assert [o.name for o in orgs] == ["Cloudly"]
    # a role, then where she works and its city: read part by part
    city, orgs = people_lifted("Rhea Lund, CTO, Cloudly, Berlin", ())
    assert [(p.name, p.role) for p in city] == [("Rhea Lund", "CTO")]


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee, CTO, Acme, Bo Lind",
        "Ann Lee, CEO, Acme, and Bo Lind",
        "Ann Lee, Staff Engineer, Acme, Bo Lind, Globex",
    ],
)
def test_a_second_person_after_a_role_and_its_organization_is_a_speaker(line: str) -> None:
    speakers, _ = people_lifted(line, ())
    assert [p.name for p in speakers] == ["Ann Lee", "Bo Lind"]


def test_a_handle_after_one_name_links_its_owner() -> None:
    found = talks(
        """
        # Meetups

        ### Harbor Meetup
        - Topic: Queues at Dawn
           - Speaker: Ida [@idab](https://github.com/idab)
           - Slides: https://speakerdeck.com/idab/queues
        - Topic: Lantern Caching
           - Speaker: 林小雨 [@xiaoyu](https://github.com/xiaoyu)
           - Slides: https://speakerdeck.com/xiaoyu/caching
        - Topic: Rope Theory
           - Speaker: olu [@olu](https://github.com/olu)
           - Slides: https://speakerdeck.com/olu/ropes
        - Topic: Wick Theory
           - Speaker: Pia Holm 何佩 [@piah](https://github.com/piah)
           - Slides: https://speakerdeck.com/piah/wicks
        """
    )
    assert [people(t) for t in found] == [
        [("Ida", "https://github.com/idab")],
        [("林小雨", "https://github.com/xiaoyu")],
        [("olu", "https://github.com/olu")],
        [("Pia Holm 何佩", "https://github.com/piah")],
    ]


def test_a_linked_title_then_names_then_when_or_where() -> None:
    found = talks(
        """
        # Project

        ### Community talks

        - [_Typing Lanterns_](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb), Ida Brandt, Harbor Days 2031
        - [_Wicks as Programs_](https://www.youtube.com/watch?v=Lq3Wm8Rt2Ze), Olu Mensah, Mar '31
        - [Knot Caches](https://www.youtube.com/watch?v=Ns6Yo0Zu4Bg), Cy Moe, Di Ray
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Typing Lanterns", [("Ida Brandt", None)], []),
        ("Wicks as Programs", [("Olu Mensah", None)], []),
        ("Knot Caches", [("Cy Moe", None), ("Di Ray", None)], []),
    ]
    songs = talks(
        """
        # My favourite songs

        - [Bohemian Lanterns](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb), Ida Brandt, 1975
        - [Wick Blues](https://www.youtube.com/watch?v=Lq3Wm8Rt2Ze), Olu Mensah, 1968
        - [Rope Song](https://www.youtube.com/watch?v=Mr5Xn9Yt3Af), Pia Holm, 2001
        """
    )
    assert songs == []


def test_a_placeholder_or_a_site_before_a_handle_names_no_one() -> None:
    found = talks(
        """
        # Harbor Meetup

        ### Meetup #3
        - Topic: Queues at Dawn
           - Speaker: TBD [@harbormeetup](https://twitter.com/harbormeetup)
           - Slides: https://speakerdeck.com/ida/queues
        - Topic: Wick Caching
           - Speaker: Ida Brandt, Twitter [@idab](https://twitter.com/idab)
           - Slides: https://speakerdeck.com/ida/wicks
        """
    )
    names = [p.name for t in found for p in t.speakers]
    assert len(found) == 2 and "TBD" not in names and "Twitter" not in names


def test_a_name_and_a_japanese_honorific_end_a_talks_line() -> None:
    found = talks(
        """
        # Lantern Kaigi レポート

        #### Goodbye Queues, Hello Wicks - Ida Brandt さん
        スライド: [Goodbye Queues](https://speakerdeck.com/ida/goodbye-queues)

        #### Rope Theory - Olu Mensah さん
        スライド: [Rope Theory](https://speakerdeck.com/olu/rope-theory)

        ### 型の話: @kumo_dev さん
        スライド: [型の話](https://speakerdeck.com/kumo/kata)

        ### 現場の話: 山田 花子さん
        スライド: [現場の話](https://speakerdeck.com/hanako/genba)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Goodbye Queues, Hello Wicks", [("Ida Brandt", None)]),
        ("Rope Theory", [("Olu Mensah", None)]),
        ("型の話", [("@kumo_dev", None)]),
        ("現場の話", [("山田 花子", None)]),
    ]
    staff = talks(
        """
        # Lantern Kaigi レポート

        ### 実行委員長: 山田 花子さん
        ### 会場担当 - Ida Brandt さん
        ### 懇親会: 幹事の山田さん
        ### おわりに: 運営の皆さん
        """
    )
    assert staff == []
    colon = talks(
        """
        # Lantern Kaigi レポート

        ### Kotlin: The Good Parts - Ida Brandt さん
        スライド: [Kotlin](https://speakerdeck.com/ida/kotlin)

        ### Wick Theory – Part 2 – Olu Mensah さん
        スライド: [Wick Theory](https://speakerdeck.com/olu/wick)
        """
    )
    assert [(t.title, people(t)) for t in colon] == [
        ("Kotlin: The Good Parts", [("Ida Brandt", None)]),
        ("Wick Theory – Part 2", [("Olu Mensah", None)]),
    ]


def test_a_speakers_cell_that_names_one_person_of_an_institute() -> None:
    found = talks(
        """
        # Lecture calendar

        | wk | Topic | Speaker |
        | --- | --- | --- |
        | 1 | [Soil and Stones](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb) | Dr. Ida Brandt of the Lake Institute |
        | 2 | [Tide Pools](https://youtu.be/Lq3Wm8Rt2Ze) | Dr. Olu Mensah of the Institute of Marine Sand, Delft and Kiel |
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Dr. Ida Brandt", None)], ["Lake Institute"]),
        ([("Dr. Olu Mensah", None)], ["Institute of Marine Sand, Delft and Kiel"]),
    ]
    others = talks(
        """
        # Lecture calendar

        | wk | Topic | Speaker |
        | --- | --- | --- |
        | 1 | [Soil and Stones](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb) | Ida Brandt of Acme, Olu Mensah of Northwind |
        | 2 | [Tide Pools](https://youtu.be/Lq3Wm8Rt2Ze) | Mary Queen of Scots |
        """
    )
    assert [p.name for t in others for p in t.speakers] != ["Ida Brandt", "Mary Queen"]


def test_a_speakers_line_may_end_with_when_the_talk_is() -> None:
    found = talks(
        """
        ## Spring 2031 speakers

        ### Quiet Queues in Loud Networks

        [Ada Vos](https://ada.example.org/) (Lumen University) --  *Thursday, May 5 @ 4 pm*

        ### Fast Paths for Slow Disks

        [Bo Lind](https://bo.example.net/) (Harbor Labs) | Thursday, May 12, 4:30pm (virtual)

        ### Counting Without Numbers

        [Cy Moe](https://cy.example.com/) (Lumen University) — 19 May 2031
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        (
            "Quiet Queues in Loud Networks",
            [("Ada Vos", "https://ada.example.org/")],
            ["Lumen University"],
        ),
        ("Fast Paths for Slow Disks", [("Bo Lind", "https://bo.example.net/")], ["Harbor Labs"]),
        ("Counting Without Numbers", [("Cy Moe", "https://cy.example.com/")], ["Lumen University"]),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "By [Ada Vos](https://ada.example.org/) | May 5, 2031",  # a post's author
        "Harbor Park -- Saturday, May 17 @ 12 pm",  # a place
        "Ada Vos (Lumen University) -- May 5, 2031",  # no link of her own
        "[Ada Vos](https://ada.example.org/) - 1984",  # a work's year
    ],
)
def test_a_line_that_ends_with_a_day_names_no_one_else(line: str) -> None:
    found = talks(
        f"""
        ## Spring 2031

        ### Quiet Queues in Loud Networks

        {line}

        [Slides](https://speakerdeck.com/ada/quiet-queues)

        ### Fast Paths for Slow Disks

        [Slides](https://speakerdeck.com/bo/fast-paths)
        """
    )
    assert [t.title for t in found] == [
        "Quiet Queues in Loud Networks",
        "Fast Paths for Slow Disks",
    ]
    assert found[0].speakers == ()


def test_names_linked_to_their_sites_before_a_shared_affiliation_all_speak() -> None:
    found = talks(
        """
        ## Seminar talks

        - [Ada Vos](https://ada.example.org/) (Lumen University)
        _Quiet queues in loud networks_
        (27/5/2031 2pm **in person**)

        - [Bo Lind](https://harbor.example.org/team/bo-lind) and [Cy Moe](https://cy.example.org/) (both Harbor Labs)
        _Fast paths for slow disks_
        (3/6/2031 2pm **online**)

        - [Di Ray](https://example.edu/~ray/), [Ed Fox](https://ed.example.org/) (Northwind)
        _Counting without numbers_
        (10/6/2031 2pm **online**)
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Ada Vos", "https://ada.example.org/")], ["Lumen University"]),
        (
            [
                ("Bo Lind", "https://harbor.example.org/team/bo-lind"),
                ("Cy Moe", "https://cy.example.org/"),
            ],
            ["Harbor Labs"],
        ),
        (
            [("Di Ray", "https://example.edu/~ray/"), ("Ed Fox", "https://ed.example.org/")],
            ["Northwind"],
        ),
    ]


def test_an_organization_linked_before_a_speaker_stays_an_organization() -> None:
    (talk,) = talks(
        """
        ## Talks

        ### Quiet Queues, [Harbor Labs](https://harbor.example.org/) and [Ada Vos](https://ada.example.org/) (Lumen)

        [Slides](https://speakerdeck.com/ada/quiet-queues)
        """,
        min_talks=1,
    )
    assert (people(talk), orgs(talk)) == (
        [("Ada Vos", "https://ada.example.org/")],
        ["Harbor Labs", "Lumen"],
    )


@pytest.mark.parametrize(
    "line",
    [
        # a company's site, a file, a project's front page before the speaker
        "[Jane Street](https://www.janestreet.example.com/) and [Ada Vos](https://ada.example.org/) (Lumen)",
        "[Companion Notebook](https://nb.example.org/vos.ipynb) & [Ada Vos](https://ada.example.org/) (Lumen)",
        "[Boston Python](https://www.meetup.example.com/bostonpython/) and [Ada Vos](https://ada.example.org/) (Lumen)",
    ],
)
def test_a_link_before_a_speaker_that_is_no_one_s_page_names_no_one(line: str) -> None:
    (talk,) = talks(
        f"## Talks\n\n### Quiet Queues - {line}\n\n[Slides](https://speakerdeck.com/ada/q)\n",
        min_talks=1,
    )
    assert people(talk) == [("Ada Vos", "https://ada.example.org/")]


def test_all_in_an_organization_s_name_is_its_own_word() -> None:
    (talk,) = talks(
        "## Talks\n\n### Quiet Queues - [Ada Vos](https://ada.example.org/) (All Things Open)\n\n"
        "[Slides](https://speakerdeck.com/ada/q)\n",
        min_talks=1,
    )
    assert orgs(talk) == ["All Things Open"]


def test_a_byline_after_a_quoted_title_ends_where_its_files_begin() -> None:
    found = talks(
        """
        ## Talks

        "Small Queues" by Ada Vos in [OpenOffice](https://example.org/q.sxi), [PDF](https://example.org/q.pdf)

        "Tide Tables" by Bo Lind \\<bo (at) example.org\\> [PDF](https://example.org/t.pdf)

        "Kites" by Cy Moe and Di Ray in [PDF](https://example.org/k.pdf).
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Small Queues", [("Ada Vos", None)]),
        ("Tide Tables", [("Bo Lind", None)]),
        ("Kites", [("Cy Moe", None), ("Di Ray", None)]),
    ]


@pytest.mark.parametrize(
    ("line", "speakers"),
    [
        # a linked name or an event after the byline is no file of the talk
        ('"Sails" by Ada Vos in [Harbor Conf 2031](https://harbor.example.org/)', None),
        (
            '"Sails" - [Ada Vos](https://github.com/adavos)',
            [("Ada Vos", "https://github.com/adavos")],
        ),
        ('"Sails" by Prof. [Bo Lind](https://bo.example.org/) [PDF](s.pdf)', None),
    ],
)
def test_a_byline_keeps_its_linked_names(
    line: str, speakers: list[tuple[str, str | None]] | None
) -> None:
    found = talks(f'## Talks\n\n{line}\n\n"Tides" by Cy Moe in [PDF](t.pdf)\n')
    names = [p.name for t in found for p in t.speakers]
    assert "Prof" not in names and "Harbor Conf 2031" not in names
    if speakers is not None:
        assert people(found[0]) == speakers


@pytest.mark.parametrize("separator", [" -", ",", " |"])
def test_a_link_named_for_its_site_after_a_name_is_her_profile(separator: str) -> None:
    found = talks(
        f"""
        ## Queues at Scale

        * Presenter: Ana Ruiz{separator} [LinkedIn]({LI}ana-ruiz/)
        * Date: Apr 2, 2031

        ## Parsers by Hand

        * Presenter: Bo Lind{separator} [Twitter](https://twitter.com/bolind)
        * Date: May 7, 2031
        """
    )
    assert [people(t) for t in found] == [
        [("Ana Ruiz", f"{LI}ana-ruiz/")],
        [("Bo Lind", "https://twitter.com/bolind")],
    ]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # another person's handle: another speaker
        ("Ana Ruiz, [@bolind](https://twitter.com/bolind)", ["Ana Ruiz", "@bolind"]),
        # her company's account, an event's channel: no link of hers, and no one
        ("Ana Ruiz, [GitHub](https://github.com/northwind)", ["Ana Ruiz"]),
        ("Ana Ruiz, [YouTube](https://www.youtube.com/@harborjs)", ["Ana Ruiz"]),
    ],
)
def test_a_site_s_link_after_a_name_not_spelled_from_it_is_not_hers(
    written: str, read: list[str]
) -> None:
    found = talks(
        f"""
        ## Queues at Scale

        * Presenter: {written}
        * Date: Apr 2, 2031

        ## Parsers by Hand

        * Presenter: Cy Moe - [LinkedIn]({LI}cy-moe/)
        * Date: May 7, 2031
        """
    )
    assert [p for p, url in people(found[0]) if not (p == "Ana Ruiz" and url)] == read


def test_a_remark_before_a_labelled_speaker_is_none_of_hers() -> None:
    found = talks(
        """
        ## Queues at Scale

        **Speaker:** (to be confirmed) Ana Ruiz

        ## Parsers by Hand

        **Speaker:** (TBC) Bo Lind (Acme)
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Ana Ruiz", None)], []),
        ([("Bo Lind", None)], ["Acme"]),
    ]


def test_an_encyclopedias_article_linked_by_a_things_words_is_no_one() -> None:
    """``[scrypt](…/wiki/Scrypt)`` names a thing; ``[Grace Hopper](…/wiki/Grace_Hopper)``
    names her."""
    found = talks(
        """
        # Talks

        - Robust hashing, [Argon2](https://en.wikipedia.org/wiki/Argon2), [scrypt](https://en.wikipedia.org/wiki/Scrypt) or [bcrypt](https://en.wikipedia.org/wiki/Bcrypt)
        - [Nanoseconds, explained](https://www.youtube.com/watch?v=aaaaaaaaaaa) by [Grace Hopper](https://en.wikipedia.org/wiki/Grace_Hopper)
        - [Compilers for everyone](https://www.youtube.com/watch?v=bbbbbbbbbbb) by [Ada Vos](https://en.wikipedia.org/wiki/Ada_Vos)
        - [Literate programs](https://www.youtube.com/watch?v=ccccccccccc) by [Knuth](https://en.wikipedia.org/wiki/Donald_Knuth)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        (
            "Nanoseconds, explained",
            [("Grace Hopper", "https://en.wikipedia.org/wiki/Grace_Hopper")],
        ),
        ("Compilers for everyone", [("Ada Vos", "https://en.wikipedia.org/wiki/Ada_Vos")]),
        ("Literate programs", [("Knuth", "https://en.wikipedia.org/wiki/Donald_Knuth")]),
    ]


def test_organizations_in_capitals_listed_in_parentheses_are_each_one() -> None:
    assert org_list("LORIA, CNRS") == ["LORIA", "CNRS"]
    assert org_list("CEA LIST, LRI") == ["CEA LIST", "LRI"]
    assert org_list("Princeton and IAS") == ["Princeton", "IAS"]
    # where she works, then where: one organization's words, as written
    assert org_list("Acme, Oslo") == ["Acme, Oslo"]
    assert org_list("Research and Development") == ["Research and Development"]
    assert org_list("CEO, ACME") == ["ACME"]  # what she does, then where: where
    assert org_list("MIT, USA") == ["MIT, USA"]  # where, then its country
    assert org_list("CISSP, OSCP") == ["CISSP, OSCP"]  # what she holds, no one's workplace
    # a department and its university, apart by a slash; not a pair of words so written
    assert org_list("DIKU/University of Copenhagen") == ["DIKU", "University of Copenhagen"]
    assert org_list("Math/Lumen University") == ["Math", "Lumen University"]
    assert org_list("Input/Output") == ["Input/Output"]
    assert org_list("CI/CD Team") == ["CI/CD Team"]
    assert org_list("TCP/IP Working Group") == ["TCP/IP Working Group"]
    assert org_list("AC/DC Labs") == ["AC/DC Labs"]
    # a lab and its university, apart by a comma or a dash; her role before them
    assert org_list("LPSM, Lumen Université") == ["LPSM", "Lumen Université"]
    assert org_list("IPS2 - Lumen University") == ["IPS2", "Lumen University"]
    assert org_list("Senior Researcher, Lumen Institute") == ["Lumen Institute"]
    assert org_list("Conseillère en génétique, Institut Lumen") == ["Institut Lumen"]
    assert org_list("Acme - Oslo") == ["Acme - Oslo"]  # where she works, then where
    found = talks(
        """
        # Programme

        - 14:00 **Ada Vos** (LORIA, CNRS). Folding maps by hand ([slides](s/vos.pdf))
        - 15:00 **Bo Lind** (Lumen Institute, Oslo). Quiet queues ([slides](s/lind.pdf))
        """
    )
    assert [orgs(t) for t in found] == [["LORIA", "CNRS"], ["Lumen Institute, Oslo"]]


def test_what_she_does_then_where_in_parentheses_gives_where() -> None:
    found = talks(
        """
        # Charlas relámpago

        - ESLint en la práctica - Ada Vos (Dev en [Coinscrap](https://coinscrap.example.org/)) [vídeo](https://youtu.be/aaaaaaaaaaa)
        - Preprocesadores CSS - Bo Lind (CTO at Lumen) [vídeo](https://youtu.be/bbbbbbbbbbb)
        - Webpack - Cy Moe (Friends of Lumen) [vídeo](https://youtu.be/ccccccccccc)
        """
    )
    assert [orgs(t) for t in found] == [["Coinscrap"], ["Lumen"], ["Friends of Lumen"]]


@pytest.mark.parametrize(
    ("name", "url", "own"),
    [
        ("Ann Lee", "https://annlee.dev/", True),
        ("Ann Lee", "https://www.ann-lee.com.br/", True),  # a country's second level first
        ("Ann Lee", "https://annlee.co.uk/talks/", True),
        ("Ann Lee", "https://lumen.com.br/", False),
        ("Ann Lee", "https://com.br/", False),
        ("Mike Gehard", "https://msgehard.github.io/", True),  # initials, then the surname
        (
            "Jo Lindqvist",
            "https://jlindqvist.com/",
            False,
        ),  # so at a domain of its own: maybe an event's
        ("Ann Lee", "https://annalee-lumen.example/", False),
    ],
)
def test_a_site_at_a_domain_spelled_as_a_name_is_hers(name: str, url: str, own: bool) -> None:
    assert is_own_site(name, url) is own


@pytest.mark.parametrize(
    ("line", "speakers", "organizations"),
    [
        ("Ann Lee, Acme & Bo Lind, Globex", ["Ann Lee", "Bo Lind"], ["Acme", "Globex"]),
        (
            "Ann Lee, Acme & Bo Lind, Globex, Inc.",
            ["Ann Lee", "Bo Lind"],
            ["Acme", "Globex, Inc."],
        ),
        (
            "Ann Lee, Acme and Bo Lind, Globex & Cy Moe, Initech",
            ["Ann Lee", "Bo Lind", "Cy Moe"],
            ["Acme", "Globex", "Initech"],
        ),
        # a third person between two names, all at one company
        ("Ann Lee, Bo Lind & Cy Moe, Acme", ["Ann Lee", "Bo Lind", "Cy Moe"], ["Acme"]),
    ],
)
def test_pairs_of_a_name_and_where_she_works_joined_by_and(
    line: str, speakers: list[str], organizations: list[str]
) -> None:
    found, orgs = people_lifted(line, [])
    assert [p.name for p in found] == speakers
    assert [o.name for o in orgs] == organizations


def test_a_name_ending_like_an_event_before_where_they_work_is_a_name() -> None:
    found = talks(
        """
        # Talks

        * [Scaling Systems](https://youtu.be/aaaaaaaaaaa) - Rafael Chacon & Guido Iaquinti, Acme
        * [Folding Maps](https://youtu.be/bbbbbbbbbbb) - Ann Falcon, Globex
        * [Tide Tables](https://youtu.be/ccccccccccc) - Lumen DevCon, Oslo
        * [Streaming Joins](https://youtu.be/ddddddddddd) - Bo Lind, HarborJSConf, Lisbon
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Scaling Systems", [("Rafael Chacon", None), ("Guido Iaquinti", None)], ["Acme"]),
        ("Folding Maps", [("Ann Falcon", None)], ["Globex"]),
        ("Tide Tables", [], []),  # an event, then its city: where, no one
        ("Streaming Joins", [("Bo Lind", None)], []),  # then where she gave it, and the city
    ]


def test_items_of_people_and_their_decks_under_a_title_are_its_speakers() -> None:
    found = talks(
        f"""
        # Seminar

        ## Tracing queues at scale
        - Ann Lee (Acme University) ([slides](lee.pdf))
        - Bo Lind (UMBRA) ([slides](lind.pdf))

        ## Sorting socks with heaps
        - [Cy Ode]({LI}cyode/) ([slides](ode.pdf))
        - [Di Ray]({LI}diray/) ([slides](ray.pdf))

        ## Parsing by hand
        - Ed Fox, Harbor Institute ([slides](fox.pdf))
        - Flo Gil, Tide Research Institute ([slides](gil.pdf))
        """
    )
    assert [(t.title, people(t), orgs(t), [m.url for m in t.slides]) for t in found] == [
        (
            "Tracing queues at scale",
            [("Ann Lee", None), ("Bo Lind", None)],
            ["Acme University", "UMBRA"],
            ["lee.pdf", "lind.pdf"],
        ),
        (
            "Sorting socks with heaps",
            [("Cy Ode", f"{LI}cyode/"), ("Di Ray", f"{LI}diray/")],
            [],
            ["ode.pdf", "ray.pdf"],
        ),
        (
            "Parsing by hand",
            [("Ed Fox", None), ("Flo Gil", None)],
            ["Harbor Institute", "Tide Research Institute"],
            ["fox.pdf", "gil.pdf"],
        ),
    ]


def test_a_list_of_people_and_their_decks_alone_gives_no_card_titled_by_a_name() -> None:
    found = talks(
        """
        # Seminar

        - Ann Lee (Acme University) ([slides](lee.pdf))
        - Bo Lind (UMBRA) ([slides](lind.pdf))
        - Cy Ode (Harbor Institute) ([slides](ode.pdf))

        A title beside its place in parentheses is a talk's:

        - Disks Are Fine (Harbor) ([slides](a.pdf))
        - Continuous Delivery (Jenkins) ([slides](b.pdf))
        - Quiet Queues (KubeCon EU) ([slides](c.pdf))
        """
    )
    assert [t.title for t in found] == [
        "Disks Are Fine (Harbor)",
        "Continuous Delivery (Jenkins)",
        "Quiet Queues (KubeCon EU)",
    ]


def test_a_session_title_over_the_people_who_gave_it_is_one_talk() -> None:
    """A seminar's page: a dated line in bold, then the session's title, over the two people
    who gave it and their decks; a season's bold line is their section. Lists of people
    whose organizations no word tells (``(Northwind)``) are people still, on a page of
    such lists; the abstracts' sentence around its link is none."""
    found = talks(
        """
        # Seminar

        ***Season 2031***

        **Thursday May 3, 2031. 2pm (main hall)**: <span style="color:teal">Tracing queues</span>
        - Ann Lee (Acme University) ([slides](lee.pdf))
        - Bo Lind (UMBRA) ([slides](lind.pdf))

        The abstracts are in the [pdf](abstracts/1.pdf).

        **Wednesday April 7, 2031. 2pm (main hall)**: Sorting socks with heaps
        - Cy Ode (Harbor Institute)
        - Di Ray (Tide Research Institute)

        Les résumés dans le [pdf](abstracts/2.pdf).

        **Wednesday March 3, 2031. 10am**: Parsing by hand
        - Ed Fox (Northwind) ([slides](fox.pdf))
        - Flo Gil (Globex) ([slides](gil.pdf))

        Les résumés dans le [pdf](abstracts/3.pdf) et les diapositives [ici](3.pdf).
        """
    )
    assert [(t.title, t.section, people(t), [m.url for m in t.slides]) for t in found] == [
        (
            "Tracing queues",
            "Season 2031",
            [("Ann Lee", None), ("Bo Lind", None)],
            ["lee.pdf", "lind.pdf"],
        ),
        ("Sorting socks with heaps", "Season 2031", [("Cy Ode", None), ("Di Ray", None)], []),
        (
            "Parsing by hand",
            "Season 2031",
            [("Ed Fox", None), ("Flo Gil", None)],
            ["fox.pdf", "gil.pdf"],
        ),
    ]


def test_a_bold_label_over_people_who_link_nothing_is_no_talk() -> None:
    found = talks(
        """
        # Harbor Days

        **Organizers**
        - Ann Lee (Acme University)
        - Bo Lind (UMBRA)

        **Program committee**
        - Cy Ode (Harbor Institute)
        - Di Ray (Tide Research Institute)
        """
    )
    assert found == []


def test_a_speaker_linked_to_her_own_site_at_a_code_host_is_evidence_beside_decks() -> None:
    found = talks(
        """
        # Talks

        - [Counting Sheep](https://speakerdeck.com/al/sheep) presented by [Ann Lee](https://github.com/annlee)
        - Tides of Data - [Bo Lind](https://bitbucket.org/blind).
        - Small Caches - [Mike Gehard](https://msgehard.github.io/)
        - Harbor Nights - [Harbor Days](https://harbordays.example/)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Counting Sheep", [("Ann Lee", "https://github.com/annlee")]),
        ("Tides of Data", [("Bo Lind", "https://bitbucket.org/blind")]),
        ("Small Caches", [("Mike Gehard", "https://msgehard.github.io/")]),
    ]


def test_a_role_or_a_country_in_capitals_is_no_organization_that_places_a_person() -> None:
    """``(CEO)``, ``(USA)``: no organization; a person linked to her own site at a code host
    is sure to be one."""
    found = talks(
        """
        # Seminar

        ## Tracing queues at scale
        - Ann Lee (CEO) ([slides](lee.pdf))
        - Bo Lind (USA) ([slides](lind.pdf))

        ## Sorting socks with heaps
        - [Cy Ode](https://cyode.github.io/) ([slides](ode.pdf))
        - [Di Ray](https://diray.github.io/) ([slides](ray.pdf))
        """
    )
    assert not [o for t in found for o in orgs(t) if o in ("CEO", "USA")]
    assert [(t.title, people(t)) for t in found if t.title.startswith("Sorting")] == [
        (
            "Sorting socks with heaps",
            [("Cy Ode", "https://cyode.github.io/"), ("Di Ray", "https://diray.github.io/")],
        ),
    ]


def test_a_pages_lists_of_people_are_its_way_whatever_their_order() -> None:
    """A list whose organizations no word tells, first on a page of two sure lists of
    people, is people too; a line with a title after the person's remark is a talk's."""
    page = """
        # Seminar

        **Monday May 4, 2031. 2pm**: Dynamics of large networks
        - Ed Park (Northwind) ([slides](park.pdf))
        - Flo Quinn (Globex) ([slides](quinn.pdf))

        **Monday April 6, 2031. 2pm**: Stochastic flows
        - Ann Lee (Acme University) ([slides](lee.pdf))
        - Bo Lind (UMBRA) ([slides](lind.pdf))

        **Monday March 2, 2031. 2pm**: Random matrices
        - Cy Moe (Harbor Institute) ([slides](moe.pdf))
        - Di Noor (LPSM) ([slides](noor.pdf))

        ## Lightning talks

        - Ed Park (Northwind) on the dynamics of large networks ([slides](park.pdf))
        - Flo Quinn (Globex) about proteins and their folding ([slides](quinn.pdf))
        """
    found = talks(page)
    assert [(t.title, [p for p, _ in people(t)]) for t in found][:3] == [
        ("Dynamics of large networks", ["Ed Park", "Flo Quinn"]),
        ("Stochastic flows", ["Ann Lee", "Bo Lind"]),
        ("Random matrices", ["Cy Moe", "Di Noor"]),
    ]
    assert len(found) == 5  # the lightning talks stay talks


def test_a_persons_line_alone_in_its_list_with_notes_nested_under_it() -> None:
    found = talks(
        """
        # Talks

        ## Stochastic flows on manifolds

        - Ann Lee (Acme University) ([slides](lee.pdf))

        ## Random matrices and their friends

        - Cy Moe (Harbor Institute) ([slides](moe.pdf))
            - Notes on the proofs
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Stochastic flows on manifolds", [("Ann Lee", None)]),
        ("Random matrices and their friends", [("Cy Moe", None)]),
    ]


def test_pronouns_after_a_speakers_name_are_no_organization() -> None:
    found = talks(
        """
        # Seminário

        | Data | Título | Palestrante |
        |------|--------|-------------|
        | 03/03/2031 | Compiladores Incrementais | Rosa Prado (ela/dela) |
        | 17/03/2031 | Grafos Dinâmicos | Tom Berg (he/him) |
        | 31/03/2031 | Verificação de Contratos | Ivo Lenz (TU München) |
        | 14/04/2031 | Aprendizado Ativo | Eli Sand (They / Them) |
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Rosa Prado", None)], []),
        ([("Tom Berg", None)], []),
        ([("Ivo Lenz", None)], ["TU München"]),
        ([("Eli Sand", None)], []),
    ]


def test_a_name_linked_elsewhere_between_linked_people_is_a_speaker() -> None:
    found = talks(
        """
        # Palestras

        - [**Comunidades mais diversas**](diversas) - [Rosa Prado](https://github.com/rprado), [Ivo Lenz](https://github.como/ivo-lenz), [Tom Berg](https://github.com/tberg)
        - [**Filas sem travas**](filas) - [Eli Sand](https://github.com/esand), [Mia Kort](https://github.com/mkort), [Harbor Labs](https://harborlabs.example.org/)
        - [**Pilhas**](pilhas) - [Eli Sand](https://github.com/esand), [Hewlett Packard](https://www.hp.example/), [Mia Kort](https://github.com/mkort)
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        (
            [
                ("Rosa Prado", "https://github.com/rprado"),
                ("Ivo Lenz", "https://github.como/ivo-lenz"),
                ("Tom Berg", "https://github.com/tberg"),
            ],
            [],
        ),
        (
            [("Eli Sand", "https://github.com/esand"), ("Mia Kort", "https://github.com/mkort")],
            ["Harbor Labs"],
        ),
        (
            [("Eli Sand", "https://github.com/esand"), ("Mia Kort", "https://github.com/mkort")],
            ["Hewlett Packard"],
        ),
    ]


def test_the_name_of_the_site_a_title_links_to_is_no_speaker() -> None:
    found = talks(
        """
        # Talks

        - [Parsers by Hand - Rosa Prado](https://www.youtube.com/watch?v=aaaaaaaaaa1)
        - [Queues at Sea - Tom Berg](https://www.youtube.com/watch?v=aaaaaaaaaa2)
        - [html5slides - A slide template - Google Project Hosting](http://code.google.com/p/html5slides/)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Parsers by Hand", [("Rosa Prado", None)]),
        ("Queues at Sea", [("Tom Berg", None)]),
    ]


def test_a_seminars_presenter_labels_name_her_role_and_where_she_works() -> None:
    found = talks(
        """
        # Seminars

        ### Ann Lee (Acme Labs)

        **Presenters:** [Ann Lee](https://ann.example.org/), Senior Research Scientist, Acme Labs

        **Title:** Queues at Sea

        ### Bo Lind (Harbor University)

        **Presenters:** [Bo Lind](https://bo.example.org/), Associate Professor at the Harbor University

        **Title:** Parsers by Hand
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Queues at Sea", [("Ann Lee", "https://ann.example.org/")], ["Acme Labs"]),
        ("Parsers by Hand", [("Bo Lind", "https://bo.example.org/")], ["Harbor University"]),
    ]
    assert [t.speakers[0].role for t in found] == [
        "Senior Research Scientist",
        "Associate Professor",
    ]


def test_a_speaker_named_in_two_scripts_is_named_in_latin_letters() -> None:
    found = talks(
        """
        # Seminars

        ## Seminar #2

        - Speaker：山田花子（港大学）Hanako Yamada (Harbor University)
        - Title：Queues at Sea

        ## Seminar #1

        - Speaker：Bo Lind (Lumen Institute)
        - Title：Parsers by Hand
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Queues at Sea", [("Hanako Yamada", None)], ["Harbor University"]),
        ("Parsers by Hand", [("Bo Lind", None)], ["Lumen Institute"]),
    ]


def test_a_speaker_named_in_the_heading_is_linked_by_the_words_under_it() -> None:
    found = talks(
        """
        # Presentations

        ### Flux Panel - HarborConf 2031 - Ann Lee

        Our own, [Ann Lee](https://github.com/annlee), was on a panel of Flux experts.

        ### Parsers by Hand - Lumen Days 2030 - Bo Lind

        Bo wrote a parser on stage; [Bo Lind's notes](https://bolind.example.org/notes) are online.

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>
        """
    )
    assert [people(t) for t in found] == [
        [("Ann Lee", "https://github.com/annlee")],
        [("Bo Lind", None)],
    ]


def test_a_role_after_a_linked_name_makes_her_site_a_persons() -> None:
    """``Presenters: [Ann Lee](her own site), Senior Lecturer, Harbor College``: the part
    after the link says what she does, so the link is hers (a site's front page is else an
    organization's), her role is no organization, and where she works follows; a company's
    name so linked stays the company's."""
    found = talks(
        """
        # Seminars

        ## Talk one

        **Presenters:** [Paul Example](https://p.example.org/), Research Fellow, Centre for Applied Vision Research, Northwind

        **Title:** Size and Distance

        ## Talk two

        **Presenters:** [Ann Lee](https://a.example.org/), Senior Lecturer, Harbor College

        **Title:** Maps of the Sea

        ## Talk three

        **Presenters:** [Harbor Labs](https://harborlabs.example/), Director of Engineering, Ana Silva

        **Title:** Edge Caching
        """
    )
    assert [(t.title, people(t), [s.role for s in t.speakers], orgs(t)) for t in found] == [
        (
            "Size and Distance",
            [("Paul Example", "https://p.example.org/")],
            ["Research Fellow"],
            ["Centre for Applied Vision Research", "Northwind"],
        ),
        (
            "Maps of the Sea",
            [("Ann Lee", "https://a.example.org/")],
            ["Senior Lecturer"],
            ["Harbor College"],
        ),
        ("Edge Caching", [("Ana Silva", None)], [None], ["Harbor Labs"]),
    ]


def test_a_headings_short_byline_gives_way_to_the_organizations_below() -> None:
    """``### Ann Lee (Harbor University, Acme)`` over a labelled line that names them in
    full (``… at Harbor University, Senior Researcher at Acme``), or ``(Acme)`` over ``… at
    Acme Research Labs``: each organization once, as the line below writes it."""
    found = talks(
        """
        # Seminars

        ### Ann Lee (Harbor University, Acme)

        **Presenters:** [Ann Lee](https://www.cl.example.ac.uk/~al/), Associate Professor at Harbor University, Senior Researcher at Acme

        **Title:** Modeling for Perception

        **Watch:** [Recording](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        ### Bo Lind (Acme)

        **Presenters:** [Bo Lind](https://alumni.example.edu/~bl/), Director of Display Research at Acme Research Labs, Affiliate Instructor at Harbor University

        **Title:** Passing the Visual Test

        **Watch:** [Recording](https://www.youtube.com/watch?v=bbbbbbbbbbb)

        ### Cy Moe (Lumen)

        **Presenters:** [Cy Moe](https://cy.example.org/~cm/), Engineer at Northwind

        **Title:** Two Jobs at Once
        """
    )
    assert [(t.title, orgs(t)) for t in found] == [
        ("Modeling for Perception", ["Harbor University", "Acme"]),
        ("Passing the Visual Test", ["Acme Research Labs", "Harbor University"]),
        ("Two Jobs at Once", ["Lumen", "Northwind"]),
    ]


def test_a_handle_or_an_organization_in_brackets_after_a_name_is_hers() -> None:
    """A meetup's list writes ``[Title](deck) - Ann Lee [Acme]``, ``… - Ann Lee
    [[Acme](…)]`` and ``… - Bo Lind [[github:@bolind](…)]``: words in brackets that end the
    line are read as in parentheses (where she works), and a handle there, written after
    its site's name or not, links her; no handle is a speaker of its own. A tag in brackets
    (a language's code, a kind, a state: ``[EN]``, ``[Keynote]``, ``[WIP]``) is none."""
    found = talks(
        """
        # Meetup #31

        1. [Queues in Practice](./31/queues.pdf) - Ann Lee [[Acme](https://acme.example/)]
        2. [Parsers by Hand](https://speakerdeck.com/bolind/parsers) - Bo Lind [[github:@bolind](https://github.com/bolind)]
        3. [Maps for All](https://github.com/cymoe/maps) - Cy Moe [Northwind]
        4. [Tide Tables](https://speakerdeck.com/dray/tides) - Di Ray ([@dray](https://github.com/dray))
        5. [Event Stores](https://www.youtube.com/watch?v=eeeeeeeeeee) - Eva Holm [EN]
        6. [Kite Maps](https://www.youtube.com/watch?v=fffffffffff) - Fay Wu [Keynote]
        7. [Small Models](https://www.youtube.com/watch?v=ggggggggggg) - Gil Hart [WIP]
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Queues in Practice", [("Ann Lee", None)], ["Acme"]),
        ("Parsers by Hand", [("Bo Lind", "https://github.com/bolind")], []),
        ("Maps for All", [("Cy Moe", None)], ["Northwind"]),
        ("Tide Tables", [("Di Ray", "https://github.com/dray")], []),
        ("Event Stores", [("Eva Holm", None)], []),
        ("Kite Maps", [("Fay Wu", None)], []),
        ("Small Models", [("Gil Hart", None)], []),
    ]


def test_a_word_with_a_digit_after_a_name_in_full_is_her_organization() -> None:
    """``[Title - Max Lee, D2iQ](video)``, ``… - Ann Lee & Bo Lind, 1Password``: one word
    written as a company's name with a digit in it, after people named in full, is where
    they work (a product's name alone after a title, ``… - HydroFS``, is no one, and a
    version's, a quarter's or a format's, ``Python3``, ``Q3``, leaves the line as written)."""
    found = talks(
        """
        # Recap

        - [Managing Clusters with Flux - Max Lee, D2iQ](https://youtu.be/aaaaaaaaaaa)
        - [Solving Promotion with Flux - Ann Lee & Bo Lind, 1Password](https://youtu.be/bbbbbbbbbbb)
        - [Progressive Delivery - Cy Moe, Anova](https://youtu.be/ccccccccccc)
        - [Storage for Everyone - HydroFS](https://youtu.be/ddddddddddd)
        - [Testing Legacy Code - Di Ray, Q3](https://youtu.be/eeeeeeeeeee)
        - [Building CLIs - Eva Holm, Python3](https://youtu.be/fffffffffff)
        """
    )
    assert [(t.title, [s.name for s in t.speakers], orgs(t)) for t in found] == [
        ("Managing Clusters with Flux", ["Max Lee"], ["D2iQ"]),
        ("Solving Promotion with Flux", ["Ann Lee", "Bo Lind"], ["1Password"]),
        ("Progressive Delivery", ["Cy Moe"], ["Anova"]),
        ("Storage for Everyone - HydroFS", [], []),
        ("Testing Legacy Code - Di Ray, Q3", [], []),
        ("Building CLIs - Eva Holm, Python3", [], []),
    ]


def test_a_headings_speaker_takes_her_profile_after_another_link_of_her_name() -> None:
    """``[Ann Lee](her talk's page)`` before ``[Ann Lee](her GitHub)`` under her talk's
    heading: the first link of her name is no profile and leaves her to the second."""
    found = talks(
        """
        # Presentations

        ### Flux Panel - HarborConf 2031 - Ann Lee

        See [Ann Lee](https://harborconf.example/2031/flux-panel) on the panel; our own
        [Ann Lee](https://github.com/annlee) chaired it.

        ### Parsers by Hand - Lumen Days 2030 - Bo Lind

        Our own [Bo Lind](https://github.com/bolind) wrote a parser on stage.
        """
    )
    assert [people(t) for t in found] == [
        [("Ann Lee", "https://github.com/annlee")],
        [("Bo Lind", "https://github.com/bolind")],
    ]
